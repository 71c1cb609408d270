using MdpDsl.Runtime.Tests.TestModels;
using MdpDsl.Storage;

namespace MdpDsl.Runtime.Tests.Storage;

/// <summary>
/// A table is fixed-width exactly when every pair owns the same number K ≥ 1 of entries at pair · K; a terminal
/// state or a disallowed action (which own empty rows), rows of different lengths, or deterministic storage (no
/// probabilities) make it 0, and the kernels then read row starts.
/// </summary>
public class UniformRowsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void Flat_tables_are_uniform_with_their_width(int width)
    {
        var pairs = 5 * 2;
        var successors = Enumerable.Range(0, pairs * width).Select(i => i % 5).ToArray();
        var probabilities = Enumerable.Repeat(1.0 / width, pairs * width).ToArray();
        var table = TransitionTable.FromUniformRows(5, 2, successors, probabilities, new double[pairs]);
        Assert.Equal(width, table.UniformWidth);
    }

    [Fact]
    public void Rows_of_the_same_length_between_row_starts_that_are_not_multiples_are_not_uniform()
    {
        // Lengths 2, 2, 1, 3: the total is 4 · 2 but the third and fourth rows do not start at 2 · pair.
        int[] rowStart = [0, 2, 4, 5, 8];
        Assert.Equal(0, UniformRows.WidthOf(rowStart, [true, true, true, true], [false, false]));
        Assert.Equal(2, UniformRows.WidthOf([0, 2, 4, 6, 8], [true, true, true, true], [false, false]));
    }

    [Fact]
    public void A_terminal_state_or_a_disallowed_action_makes_a_table_non_uniform()
    {
        int[] rowStart = [0, 2, 4, 6, 8];
        Assert.Equal(0, UniformRows.WidthOf(rowStart, [true, true, true, true], [false, true]));
        Assert.Equal(0, UniformRows.WidthOf(rowStart, [true, false, true, true], [false, false]));
        Assert.Equal(0, UniformRows.WidthOf([0, 0, 0], [true, true], [false]));
    }

    [Fact]
    public void Compiled_tables_are_uniform_only_when_every_row_has_the_same_length()
    {
        var uniform = new MdpArrays(3, 2);
        var mixed = new MdpArrays(3, 2);
        var deterministic = new MdpArrays(3, 2) { Deterministic = true };
        for (var s = 0; s < 3; s++)
        {
            for (var a = 0; a < 2; a++)
            {
                (int, double)[] two = [((s + 1) % 3, 0.5), ((s + 2) % 3, 0.5)];
                uniform.Set(s, (Act)a, -1, two);
                mixed.Set(s, (Act)a, -1, s == 0 && a == 0 ? [(1, 1.0)] : two);
                deterministic.Set(s, (Act)a, -1, ((s + 1) % 3, 1.0));
            }
        }
        Assert.Equal(2, ArrayModel.Compile(uniform, 0.9).Table.UniformWidth);
        Assert.Equal(0, ArrayModel.Compile(mixed, 0.9).Table.UniformWidth);
        Assert.Equal(0, ArrayModel.Compile(deterministic, 0.9).Table.UniformWidth);
    }
}
