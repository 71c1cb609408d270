using MdpDsl.Runtime.Tests.Inference;
using MdpDsl.Runtime.Tests.Soft;

namespace MdpDsl.Runtime.Tests.Policies;

/// <summary>
/// Every entry point that takes a policy, solution or feature matrix refuses one made by another compiled model,
/// even of the same model type and shape, with one message: such an object is indexed by the other model's states.
/// </summary>
public class OwnershipTests
{
    // Two compilations of the same declaration: equal shapes, separate models.
    private static readonly TiedRing.Model Ring = TiedRing.Compile();
    private static readonly TiedRing.Model OtherRing = TiedRing.Compile();
    private static readonly Lottery.Model Game = Lottery.Compile();
    private static readonly Lottery.Model OtherGame = Lottery.Compile();

    private static readonly Dictionary<string, (string Parameter, Action Call)> EntryPoints = new()
    {
        ["SoftValueIteration"] = ("actionPrior", () => Ring.SoftValueIteration(actionPrior: OtherRing.UniformPolicy())),
        ["PolicyEvaluation"] = ("policy", () => Ring.PolicyEvaluation(OtherRing.UniformPolicy())),
        ["TdLearning"] = ("policy", () => Ring.TdLearning(OtherRing.UniformPolicy(), new TdOptions { Episodes = 1 })),
        ["Inference"] = ("actionPrior", () => Game.Inference(actionPrior: OtherGame.UniformPolicy())),
        ["Elbo of policies"] = ("policies", () => Game.Elbo(new[] { Game.UniformPolicy(), OtherGame.UniformPolicy() })),
        ["Elbo's prior"] = ("actionPrior", () => Game.Elbo(new[] { Game.UniformPolicy() }, OtherGame.UniformPolicy())),
        ["Elbo of a solution"] = ("solution", () => Game.Elbo(OtherGame.SoftValueIteration())),
        ["MaxEntIrl"] = ("features", () => Game.MaxEntIrl(OtherGame.Features(("play", (s, c) => c == Lottery.Choice.Play ? 1 : 0)), [[(Lottery.Spot.Start, Lottery.Choice.Hold)]])),
        ["SavePolicy"] = ("policy", () => Ring.SavePolicy(OtherRing.UniformPolicy(), new System.IO.MemoryStream())),
        ["SaveSolution"] = ("solution", () => Ring.SaveSolution(OtherRing.ValueIteration(), new System.IO.MemoryStream())),
    };

    public static TheoryData<string> Names => new(EntryPoints.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_foreign_object_is_refused_naming_the_parameter(string entryPoint)
    {
        var (parameter, call) = EntryPoints[entryPoint];
        var exception = Assert.Throws<ArgumentException>(call);
        Assert.Equal(parameter, exception.ParamName);
        Assert.Contains("belongs to another compiled model", exception.Message);
    }

    [Fact]
    public void The_same_objects_are_accepted_by_the_model_that_made_them()
    {
        // The counterpart of the refusals: the check compares owners, not shapes or values.
        Ring.SoftValueIteration(actionPrior: Ring.UniformPolicy());
        Ring.PolicyEvaluation(Ring.UniformPolicy());
        Ring.TdLearning(Ring.UniformPolicy(), new TdOptions { Episodes = 1 });
        Game.Inference(actionPrior: Game.UniformPolicy());
        Game.Elbo(Game.SoftValueIteration(), Game.UniformPolicy());
        Ring.SavePolicy(Ring.UniformPolicy(), new System.IO.MemoryStream());
        Ring.SaveSolution(Ring.ValueIteration(), new System.IO.MemoryStream());
    }

    [Fact]
    public void A_null_model_is_refused_by_name()
    {
        TiedRing.Model? none = null;
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => none!.ValueIteration()).ParamName);
        // The overloads that build the policy from a delegate first must check before they use the model.
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => none!.PolicyEvaluation(_ => TiedRing.Way.Back)).ParamName);
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => none!.PolicyEvaluation((_, _) => 0.5)).ParamName);
    }
}
