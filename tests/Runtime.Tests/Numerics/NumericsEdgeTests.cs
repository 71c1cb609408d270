using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Runtime.Tests.Numerics;

/// <summary>
/// Edges of the numerics that the solvers' oracles never reach: the messages of a misused sweep, a softmax whose
/// maximum is not finite, a weight-0 entry far above the others, a singular linear system and the hard backup's
/// block form. Each case is a mutation that once survived the whole suite.
/// </summary>
public class NumericsEdgeTests
{
    [Fact]
    public void A_misused_sweep_says_what_is_wrong()
    {
        var table = TransitionTable.FromUniformRows(2, 1, [1, 0], [1.0, 1.0], [0.0, 0.0]);
        var values = new double[2];

        var shared = Assert.Throws<ArgumentException>(() => Bellman.Sweep(table, 0.9, values, values));
        Assert.Contains("separate input and output arrays", shared.Message, StringComparison.Ordinal);
        var wrongLength = Assert.Throws<ArgumentException>(() => Bellman.Sweep(table, 0.9, values, new double[3]));
        Assert.Contains("one entry per state (2)", wrongLength.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_softmax_over_a_NaN_or_an_infinite_maximum_is_NaN_but_over_no_entry_is_zero()
    {
        var probabilities = new double[2];

        LogSumExp.Softmax([double.NaN, 1.0], [1.0, 1.0], 1.0, probabilities);
        Assert.All(probabilities, p => Assert.True(double.IsNaN(p)));

        LogSumExp.Softmax([double.PositiveInfinity, 1.0], [1.0, 1.0], 1.0, probabilities);
        Assert.All(probabilities, p => Assert.True(double.IsNaN(p)));

        var value = LogSumExp.Softmax([double.NegativeInfinity, double.NegativeInfinity], [1.0, 1.0], 1.0, probabilities);
        Assert.Equal(double.NegativeInfinity, value);
        Assert.All(probabilities, p => Assert.Equal(0.0, p));
    }

    [Fact]
    public void A_weight_zero_entry_far_above_the_others_does_not_shift_the_column_soft_maximum()
    {
        // Two actions × one state, action-major. The first action has weight 0 and a Q of 1000: it takes no part, so
        // V = T log e^0 = 0. Were it used as the shift, e^(0 − 1000) would underflow and V would be −∞.
        double[] q = [1000.0, 0.0];
        double[] weights = [0.0, 1.0];
        var values = new double[1];

        LogSumExp.SoftMaximumColumns(q, weights, stride: 1, temperature: 1.0, values);

        Assert.Equal(0.0, values[0], 12);
    }

    [Fact]
    public void A_singular_system_is_reported_not_solved()
    {
        // Rows (1, 2) and (2, 4): rank 1.
        double[] matrix = [1, 2, 2, 4];
        double[] rhs = [1, 2];

        Assert.False(DenseLinearSystem.TrySolve(matrix, rhs));
    }

    [Fact]
    public void A_regular_system_is_solved()
    {
        // 2x + y = 5, x + 3y = 10: x = 1, y = 3.
        double[] matrix = [2, 1, 1, 3];
        double[] rhs = [5, 10];

        Assert.True(DenseLinearSystem.TrySolve(matrix, rhs));
        Assert.Equal(1.0, rhs[0], 12);
        Assert.Equal(3.0, rhs[1], 12);
    }

    [Fact]
    public void The_hard_backup_of_a_block_is_each_columns_maximum()
    {
        // Three actions × two states, action-major with a stride of 2: state 0 sees 1, 5, −2; state 1 sees 4, 0, 7.
        double[] q = [1, 4, 5, 0, -2, 7];
        var values = new double[2];

        default(MaxBackup).Values(firstState: 0, q, stride: 2, values);

        Assert.Equal([5.0, 7.0], values);
    }
}
