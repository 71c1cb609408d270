namespace MdpDsl.Runtime.Tests.Validation;

/// <summary>
/// When the model's own members throw or return null, Compile() says which member, state and action, and keeps the
/// user's exception as the inner exception, instead of letting it escape raw (or as a NullReferenceException from
/// inside generated code).
/// </summary>
public class UserCodeFailureTests
{
    [Fact]
    public void A_reward_that_throws_is_wrapped_with_state_and_action()
    {
        var error = Assert.Throws<ModelValidationException>(() => Faulty.Compile());

        Assert.Equal(Faulty.Spot.B, error.State);
        Assert.Equal(Faulty.Go.Move, error.Action);
        var inner = Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Equal("no reward at B", inner.Message);
        Assert.Contains("State B, action Move: the model's [Reward] member threw InvalidOperationException: no reward at B", error.Message);
    }

    [Fact]
    public void A_transition_that_throws_is_wrapped_with_state_and_action()
    {
        var error = Assert.Throws<ModelValidationException>(() => new Broken { FailingStep = 1 }.Compile());

        Assert.Equal(new Broken.Cell(1), error.State);
        Assert.Equal(Broken.Go.Right, error.Action);
        Assert.IsType<ArgumentException>(error.InnerException);
        Assert.Contains("the model's [Transition] member threw ArgumentException", error.Message);
    }

    [Fact]
    public void A_deterministic_transition_that_returns_a_null_state_is_named()
    {
        var error = Assert.Throws<ModelValidationException>(() => new Broken { NullAt = 2 }.Compile());

        Assert.Equal(new Broken.Cell(2), error.State);
        Assert.Equal(Broken.Go.Right, error.Action);
        Assert.Contains("returned a null successor state", error.Message);
    }

    [Fact]
    public void A_stochastic_transition_that_returns_a_null_sequence_is_named()
    {
        var error = Assert.Throws<ModelValidationException>(() => new Dice { NullAt = 1 }.Compile());

        Assert.Equal(new Dice.Face(1), error.State);
        Assert.Equal(Dice.Roll.Once, error.Action);
        Assert.IsType<NullReferenceException>(error.InnerException);
        Assert.Contains("returns null instead of a sequence", error.Message);
    }

    [Fact]
    public void Initial_terminal_and_allowed_members_that_throw_are_named_too()
    {
        var initial = Assert.Throws<ModelValidationException>(() => new Fragile { Fails = "initial" }.Compile());
        Assert.StartsWith("While reading the initial distribution: the model's [Initial] member threw", initial.Message, StringComparison.Ordinal);

        var terminal = Assert.Throws<ModelValidationException>(() => new Fragile { Fails = "terminal" }.Compile());
        Assert.StartsWith("State B: the model's [Terminal] member threw InvalidOperationException: terminal", terminal.Message, StringComparison.Ordinal);
        Assert.Equal(Fragile.Spot.B, terminal.State);

        var allowed = Assert.Throws<ModelValidationException>(() => new Fragile { Fails = "allowed" }.Compile());
        Assert.StartsWith("State B, action Jump: the model's [Allowed] member threw InvalidOperationException: allowed", allowed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_models_compile_when_their_members_behave()
    {
        Assert.Equal(3, new Broken().Compile().StateCount);
        Assert.Equal(3, new Dice().Compile().StateCount);
        Assert.Equal(2, new Fragile().Compile().StateCount);
    }
}

[Mdp(Discount = 0.9)]
public static partial class Faulty
{
    [State] public enum Spot { A, B }

    [Action] public enum Go { Stay, Move }

    [Reward] public static double Cost(Spot s, Go a) => s == Spot.B && a == Go.Move ? throw new InvalidOperationException("no reward at B") : -1;

    [Transition] public static Spot Next(Spot s, Go a) => a == Go.Stay ? s : s == Spot.A ? Spot.B : Spot.A;
}

/// <summary>A record-class state whose deterministic transition can throw or return null where a test says so.</summary>
[Mdp(Discount = 0.9)]
public partial class Broken
{
    public int FailingStep { get; init; } = -1;

    public int NullAt { get; init; } = -1;

    [State] public sealed record Cell([Range(0, 2)] int X);

    [Action] public enum Go { Left, Right }

    [Reward] public static double Cost(Cell s, Go a) => -1;

    [Transition]
    public Cell Next(Cell s, Go a)
    {
        if (a == Go.Right && s.X == FailingStep)
            throw new ArgumentException("cannot step from here");
        if (a == Go.Right && s.X == NullAt)
            return null!;
        return new Cell(Math.Clamp(s.X + (a == Go.Right ? 1 : -1), 0, 2));
    }
}

/// <summary>A record-class state whose stochastic transition returns null where a test says so.</summary>
[Mdp(Discount = 0.9)]
public partial class Dice
{
    public int NullAt { get; init; } = -1;

    [State] public sealed record Face([Range(0, 2)] int Value);

    [Action] public enum Roll { Once }

    [Reward] public static double Cost(Face s, Roll a) => -1;

    [Transition]
    public IEnumerable<(Face, double)> Next(Face s, Roll a) =>
        s.Value == NullAt ? null! : [(new Face(0), 0.5), (new Face(2), 0.5)];
}

/// <summary>Initial, terminal and allowed members that throw in state B (or at the start) when a test says so.</summary>
[Mdp(Discount = 0.9)]
public partial class Fragile
{
    public string Fails { get; init; } = "";

    [State] public enum Spot { A, B }

    [Action] public enum Go { Walk, Jump }

    [Initial] public Spot Start => Fails == "initial" ? throw new InvalidOperationException("initial") : Spot.A;

    [Terminal] public bool End(Spot s) => Fails == "terminal" && s == Spot.B ? throw new InvalidOperationException("terminal") : false;

    [Allowed] public bool Allowed(Spot s, Go a) => Fails == "allowed" && s == Spot.B && a == Go.Jump ? throw new InvalidOperationException("allowed") : true;

    [Reward] public static double Cost(Spot s, Go a) => -1;

    [Transition] public static Spot Next(Spot s, Go a) => a == Go.Walk ? s : s == Spot.A ? Spot.B : Spot.A;
}
