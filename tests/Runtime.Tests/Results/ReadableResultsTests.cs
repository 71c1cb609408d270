using System.Globalization;
using System.IO;
using MdpDsl.Foundation;
using MdpDsl.Rendering;
using MdpDsl.Runtime.Tests.Dsl;
using MdpDsl.Runtime.Tests.TestModels;
using Cell = MdpDsl.Runtime.Tests.Dsl.SuttonBartoGrid.Cell;
using Move = MdpDsl.Runtime.Tests.Dsl.SuttonBartoGrid.Move;

namespace MdpDsl.Runtime.Tests.Results;

/// <summary>
/// Printing, tables, grids and CSV on Sutton &amp; Barto's Example 4.1 grid, whose optimal values are known in closed
/// form: V*(r, c) = −(steps to the nearer terminal corner) = −min(r + c, 6 − r − c).
/// </summary>
public class ReadableResultsTests
{
    private static readonly SuttonBartoGrid.Model Model = SuttonBartoGrid.Compile();
    private static readonly Solution<Cell, Move> Optimal = Model.ValueIteration();

    private static double Expected(Cell cell) => -Math.Min(cell.Row + cell.Column, 6 - cell.Row - cell.Column);

    [Fact]
    public void The_value_grid_shows_each_cell_at_its_row_and_column()
    {
        var lines = Lines(Optimal.V.ToGrid());
        Assert.Equal(["Row", "\\", "Column", "0", "1", "2", "3"], Tokens(lines[0]));
        Assert.Equal(5, lines.Length);
        for (var row = 0; row < 4; row++)
        {
            var tokens = Tokens(lines[row + 1]);
            Assert.Equal(row.ToString(CultureInfo.InvariantCulture), tokens[0]);
            for (var column = 0; column < 4; column++)
                Assert.Equal(Expected(new Cell(row, column)), double.Parse(tokens[column + 1], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void The_row_field_can_be_chosen_and_an_unknown_one_is_named()
    {
        var transposed = Lines(Optimal.V.ToGrid(rowField: "Column"));
        Assert.Equal(["Column", "\\", "Row", "0", "1", "2", "3"], Tokens(transposed[0]));
        // V*(row 3, column 0) = −3 lies in the row of column 0, under row 3.
        Assert.Equal("-3", Tokens(transposed[1])[4]);

        var error = Assert.Throws<ArgumentException>(() => Optimal.V.ToGrid(rowField: "Height"));
        Assert.Contains("Height", error.Message);
        Assert.Contains("Row and Column", error.Message);
    }

    [Fact]
    public void The_policy_grid_marks_terminal_corners_and_points_to_the_nearer_corner()
    {
        var lines = Lines(Optimal.Policy.ToGrid()).Select(Tokens).ToArray();
        Assert.Equal("■", lines[1][1]);
        Assert.Equal("■", lines[4][4]);
        // One step from a corner, the only optimal move is into it.
        Assert.Equal("Left", lines[1][2]);
        Assert.Equal("Up", lines[2][1]);
        Assert.Equal("Right", lines[4][3]);
        Assert.Equal("Down", lines[3][4]);
    }

    [Fact]
    public void A_state_that_is_not_two_integers_has_no_grid()
    {
        var line = ArrayModel.Compile(SmallModels.Line(3), 0.9).ValueIteration();
        var error = Assert.Throws<InvalidOperationException>(() => line.V.ToGrid());
        Assert.Contains("two integer fields", error.Message);
    }

    [Fact]
    public void The_solution_table_has_a_column_per_state_field_then_V_and_the_action()
    {
        var lines = Lines(Optimal.ToTable(maxRows: 100));
        Assert.Equal(["Row", "Column", "V", "π"], Tokens(lines[0]));
        Assert.Equal(17, lines.Length);
        foreach (var line in lines.Skip(1))
        {
            var tokens = Tokens(line);
            var cell = new Cell(int.Parse(tokens[0], CultureInfo.InvariantCulture), int.Parse(tokens[1], CultureInfo.InvariantCulture));
            Assert.Equal(Expected(cell), double.Parse(tokens[2], CultureInfo.InvariantCulture));
            Assert.Equal(Model.IsTerminal(cell) ? "terminal" : Optimal.Policy.Act(cell).ToString(), tokens[3]);
        }
    }

    [Fact]
    public void A_long_table_shows_its_head_and_tail_and_counts_what_it_leaves_out()
    {
        var lines = Lines(Optimal.ToTable(maxRows: 5));
        Assert.Equal(7, lines.Length);
        Assert.Equal("… 11 more rows …", lines[4]);
        Assert.Equal(["0", "0"], Tokens(lines[1])[..2]);
        Assert.Equal(["3", "3"], Tokens(lines[6])[..2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimal.ToTable(maxRows: 0));
    }

    [Fact]
    public void A_stochastic_policy_shows_its_likeliest_actions_with_their_probabilities()
    {
        // Below 1 / ln 4 the entropy bonus cannot outweigh the step cost, so the undiscounted soft values stay finite.
        var soft = Model.SoftValueIteration(temperature: 0.5);
        var corner = new Cell(0, 1);
        var row = Lines(soft.Policy.ToTable(maxRows: 100)).Select(Tokens).Single(t => t[0] == "0" && t[1] == "1");
        var likeliest = soft.Policy.Distribution(corner).OrderByDescending(d => d.Probability).First();
        Assert.Equal(likeliest.Action.ToString(), row[2]);
        Assert.Equal(likeliest.Probability, double.Parse(row[3].TrimEnd(','), CultureInfo.InvariantCulture), 5);
        Assert.Equal("…", row[^1]);
        Assert.StartsWith("Stochastic policy over 16 states (2 terminal) and 4 actions", soft.Policy.ToString());
        Assert.StartsWith("Deterministic policy over 16 states (2 terminal) and 4 actions", Optimal.Policy.ToString());
    }

    [Fact]
    public void Value_csv_reads_back_to_every_digit()
    {
        var writer = new StringWriter();
        Optimal.V.WriteCsv(writer);
        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Row,Column,V", lines[0]);
        Assert.Equal(16, lines.Length - 1);
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            var cell = new Cell(int.Parse(fields[0], CultureInfo.InvariantCulture), int.Parse(fields[1], CultureInfo.InvariantCulture));
            Assert.Equal(Optimal.V[cell], double.Parse(fields[2], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Q_and_policy_csv_are_long_form_with_action_names()
    {
        var q = new StringWriter();
        Optimal.Q.WriteCsv(q);
        var qLines = q.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Row,Column,action,Q", qLines[0]);
        Assert.Equal(16 * 4, qLines.Length - 1);
        // Q*((1, 1), Up) = −1 + V*(0, 1) = −2.
        Assert.Contains("1,1,Up,-2", qLines);

        var pi = new StringWriter();
        Optimal.Policy.WriteCsv(pi);
        var piLines = pi.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Row,Column,action,probability", piLines[0]);
        // A deterministic policy: one line per non-terminal state, none for the two corners.
        Assert.Equal(14, piLines.Length - 1);
        Assert.Contains("0,1,Left,1", piLines);
    }

    [Fact]
    public void Csv_files_are_written_whole()
    {
        var path = Path.Combine(Path.GetTempPath(), $"values-{Guid.NewGuid():N}.csv");
        try
        {
            Optimal.V.WriteCsv(path);
            Assert.Equal(17, File.ReadAllLines(path).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Csv_fields_with_separators_or_quotes_are_quoted(string field, string written)
    {
        var writer = new StringWriter();
        Csv.WriteLine(writer, [field, "x"]);
        Assert.Equal(written + ",x\r\n", writer.ToString());
    }

    [Theory]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NaN, "nan")]
    [InlineData(0.1, "0.1")]
    [InlineData(-574.9537106, "-574.9537106")]
    public void Csv_numbers_are_invariant_and_round_trip(double value, string written) =>
        Assert.Equal(written, NumberText.RoundTrip(value));

    [Fact]
    public void Printing_says_what_was_solved_and_whether_it_converged()
    {
        Assert.StartsWith("Solution over 16 states × 4 actions: converged after", Optimal.ToString());
        Assert.Equal("V over 16 states: min -3 at Cell { Row = 0, Column = 3 }, max 0 at Cell { Row = 0, Column = 0 }", Optimal.V.ToString());
        Assert.Equal("Q over 16 states × 4 actions", Optimal.Q.ToString());

        var cut = Model.ValueIteration(maxIterations: 2);
        Assert.False(cut.Converged);
        Assert.StartsWith("Solution over 16 states × 4 actions: NOT CONVERGED: stopped after 2 iterations", cut.ToString());
    }

    [Fact]
    public void Ensure_converged_passes_a_converged_solution_through_and_throws_for_one_cut_short()
    {
        Assert.Same(Optimal, Optimal.EnsureConverged());
        var error = Assert.Throws<NotConvergedException>(() => Model.ValueIteration(maxIterations: 2).EnsureConverged());
        Assert.Equal(2, error.Iterations);
        Assert.True(error.Residual > 0);
        Assert.Contains("2 iterations", error.Message);
    }

    [Fact]
    public void A_finite_horizon_solution_prints_its_horizon()
    {
        var staged = Model.ValueIteration(horizon: 3);
        Assert.Equal("Solution over 16 states × 4 actions, horizon 3: exact by backward induction", staged.ToString());
    }

    [Fact]
    public void The_model_prints_its_size()
    {
        // 14 non-terminal cells × 4 moves, each with one successor; the corners store one self-loop entry each or
        // none, so the successor count is read from the table rather than assumed.
        Assert.Equal(
            $"MdpDsl.Runtime.Tests.Dsl.SuttonBartoGrid.Model: 16 states (2 terminal), 4 actions, 56 allowed pairs, {Model.Table.EntryCount} successors (deterministic), γ = 1, infinite horizon",
            Model.ToString());
    }

    [Fact]
    public void Compile_reports_its_size_its_bytes_and_its_time()
    {
        var compilation = Model.Compilation;
        Assert.Equal((16, 2, 4, 56L), (compilation.States, compilation.TerminalStates, compilation.Actions, compilation.AllowedPairs));
        Assert.Equal(Model.Table.EntryCount, compilation.Successors);
        // Deterministic storage: a 4-byte successor per entry, an 8-byte reward and a 1-byte allowed flag per (s, a),
        // a 1-byte terminal flag per state; no row starts and no probabilities.
        Assert.Equal(4L * Model.Table.EntryCount + 8 * 64 + 64 + 16, compilation.Bytes);
        Assert.True(compilation.Time > TimeSpan.Zero);
        Assert.StartsWith($"16 states (2 terminal) × 4 actions, 56 allowed pairs, {Model.Table.EntryCount} successors, ", compilation.ToString());
        Assert.Contains(", compiled in ", compilation.ToString());

        // A table built elsewhere has no compile time to report.
        var shared = TabularMdp.FromTable(Model.Table, 1.0);
        Assert.Equal(TimeSpan.Zero, shared.Compilation.Time);
        Assert.DoesNotContain("compiled in", shared.Compilation.ToString());
    }

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    private static string[] Tokens(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
