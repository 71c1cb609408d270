using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Compilation;

/// <summary>Dynamics declared deterministic compile to storage without probabilities, and solve the same.</summary>
public class DeterministicStorageTests
{
    [Fact]
    public void Deterministic_dynamics_compile_to_deterministic_storage()
    {
        var m = SmallModels.Line(6);
        m.Deterministic = true;
        var model = ArrayModel.Compile(m, 0.9);
        Assert.True(model.Table.IsDeterministic);
        Assert.Equal(new[] { (3, 1.0) }, model.Transitions(2, Act.A0));
        Assert.Empty(model.Transitions(5, Act.A0));
    }

    [Fact]
    public void The_same_dynamics_without_the_deterministic_flag_use_sparse_rows()
    {
        Assert.False(ArrayModel.Compile(SmallModels.Line(6), 0.9).Table.IsDeterministic);
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(1.0)]
    public void Deterministic_and_sparse_storage_give_the_closed_form_values(double discount)
    {
        // On the line, the best plan walks right: V(s) = −Σ_{k<n−1−s} γ^k, and staying costs as much as one step.
        var sparse = SmallModels.Line(6);
        var deterministic = SmallModels.Line(6);
        deterministic.Deterministic = true;
        var expected = Enumerable.Range(0, 6).Select(s => -Enumerable.Range(0, 5 - s).Sum(k => Math.Pow(discount, k))).ToArray();
        // ε = 1e-12 in the stopping rule; rounding of sums of at most 5 terms is far smaller.
        Approx.Values(expected, ArrayModel.Compile(sparse, discount).ValueIteration(1e-12).V, 1e-11, "sparse");
        Approx.Values(expected, ArrayModel.Compile(deterministic, discount).ValueIteration(1e-12).V, 1e-11, "deterministic");
    }

    [Fact]
    public void Dynamics_declared_deterministic_but_reporting_two_successors_are_rejected()
    {
        // IsDeterministic promises one successor per pair; storage without row starts cannot hold two, so
        // Compile() must refuse rather than build a table whose later rows are shifted onto the wrong pairs.
        var m = SmallModels.Line(6);
        m.Deterministic = true;
        m.Set(1, Act.A1, -1, (1, 0.5), (4, 0.5));
        var exception = Assert.Throws<ModelValidationException>(() => ArrayModel.Compile(m, 0.9));
        Assert.Equal(1, exception.State);
        Assert.Equal(Act.A1, exception.Action);
    }
}
