using MdpDsl.Generator.Tests.Models;

namespace MdpDsl.Generator.Tests.Execution;

/// <summary>Instance members, run: the compiled model reads the parameters of the instance <c>Compile()</c> was called on.</summary>
public sealed class InstanceMemberTests
{
    [Fact]
    public void Instance_transition_uses_the_instance_parameters()
    {
        var model = LoadedModel.Load(MemberShapes.InstanceParameters, "Maintenance.Machine");

        var compiled = model.Compile(model.NewInstance(("WearRate", 0.125)));

        var successors = ((System.Collections.IEnumerable)compiled.Transitions(Condition(model, "New"), Decision(model, "Keep")))
            .Cast<dynamic>()
            .Select(t => (model.IndexOf((object)t.Item1), (double)t.Item2))
            .OrderBy(t => t.Item1);
        Assert.Equal(new[] { (0, 0.875), (1, 0.125) }, successors);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Instance_terminal_uses_the_instance_parameters(bool stopWhenBroken)
    {
        var model = LoadedModel.Load(MemberShapes.InstanceParameters, "Maintenance.Machine");

        var compiled = model.Compile(model.NewInstance(("StopWhenBroken", stopWhenBroken)));

        Assert.Equal(stopWhenBroken, (bool)compiled.IsTerminal(Condition(model, "Broken")));
    }

    [Fact]
    public void Instance_reward_uses_the_instance_parameters()
    {
        var model = LoadedModel.Load(MemberShapes.InstanceParameters, "Maintenance.Machine");

        var compiled = model.Compile(model.NewInstance(("ReplacementCost", 7.0)));

        Assert.Equal(-7.0, (double)compiled.Reward(Condition(model, "Worn"), Decision(model, "Replace")));
    }

    private static dynamic Condition(LoadedModel model, string name) => Enum.Parse(model.Type.GetNestedType("Condition")!, name);

    private static dynamic Decision(LoadedModel model, string name) => Enum.Parse(model.Type.GetNestedType("Decision")!, name);
}
