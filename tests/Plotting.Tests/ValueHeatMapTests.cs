using static MdpDsl.Plotting.Tests.Corridor;

namespace MdpDsl.Plotting.Tests;

public sealed class ValueHeatMapTests : IDisposable
{
    private readonly Scratch _scratch = new();
    private readonly Corridor.Model _model = Corridor.Compile();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void The_svg_labels_each_cell_with_its_closed_form_value_and_leaves_the_goal_unlabelled()
    {
        var map = _model.ValueIteration().ValueHeatMap(_model);

        var svg = Svg.Load(map.SaveSvg(_scratch.File("corridor.svg")));

        // V*(x) = −(1 − 2^−d) / (1 − γ) with d = 3 − x and γ = 1/2.
        var expected = new[] { "-1.75", "-1.50", "-1.00" };
        Assert.All(expected, label => Assert.Single(svg.Texts, text => text == label));
        Assert.DoesNotContain(svg.Texts, text => text == "0.00");
    }

    [Fact]
    public void The_svg_holds_one_greedy_arrow_per_state_that_is_not_terminal()
    {
        var oneArrow = new HeatMap(1, 1);
        oneArrow.AddArrow(0, 0, 1, 0);
        var elementsPerArrow = Svg.Load(oneArrow.SaveSvg(_scratch.File("one-arrow.svg"))).CountFilled(HeatMap.ArrowColor.ToHex());

        var map = _model.ValueIteration().ValueHeatMap(_model);
        var svg = Svg.Load(map.SaveSvg(_scratch.File("corridor.svg")));

        var nonTerminal = _model.States.Count(state => !_model.IsTerminal(state));
        Assert.Equal(3, nonTerminal);
        Assert.Equal(nonTerminal, map.ArrowCount);
        Assert.True(elementsPerArrow > 0);
        Assert.Equal(nonTerminal * elementsPerArrow, svg.CountFilled(HeatMap.ArrowColor.ToHex()));
    }

    [Fact]
    public void The_map_is_as_wide_and_tall_as_the_largest_coordinates()
    {
        var map = _model.ValueIteration().ValueHeatMap(_model);

        Assert.Equal((4, 1), (map.Columns, map.Rows));
    }

    [Fact]
    public void A_uniform_policy_draws_an_arrow_for_every_move_except_the_one_that_stays_put()
    {
        // At T → large the soft policy is nearly uniform: both moves have positive probability everywhere. In the
        // left end Left stays put, an expected move of zero, which has no direction to draw.
        var map = _model.SoftValueIteration(1000).ValueHeatMap(_model, PolicyArrows.Distribution);

        Assert.Equal(2 + 2 + 1, map.ArrowCount);
    }

    [Fact]
    public void A_state_type_without_two_integers_is_refused_with_its_name()
    {
        var error = Assert.Throws<ArgumentException>(() => GridPosition<Triple>.Read(new Triple(1, 2, 3)));

        Assert.Contains(nameof(Triple), error.Message);
        Assert.Contains("position", error.Message);
    }

    [Fact]
    public void A_model_whose_state_is_one_integer_needs_a_position_and_is_drawn_with_one()
    {
        var line = Line.Compile();
        var solution = line.ValueIteration();

        var error = Assert.Throws<ArgumentException>(() => solution.ValueHeatMap(line));
        Assert.Contains(nameof(Line.Spot), error.Message);

        var map = solution.ValueHeatMap(line, position: spot => (spot.X, 0));
        Assert.Equal((3, 1), (map.Columns, map.Rows));
        Assert.Equal(2, map.ArrowCount);
    }

    [Fact]
    public void A_record_of_two_integers_is_read_in_declaration_order()
    {
        Assert.Equal((2, 0), GridPosition<Cell>.Read(new Cell(2, 0)));
        Assert.Equal((7, -1), GridPosition<Reversed>.Read(new Reversed(7, -1)));
    }

    [Fact]
    public void A_negative_position_is_refused_naming_the_state()
    {
        var error = Assert.Throws<ArgumentException>(() => _model.ValueIteration().ValueHeatMap(_model, position: cell => (cell.X - 1, cell.Y)));

        Assert.Contains("(-1, 0)", error.Message);
        Assert.Contains("X = 0", error.Message);
    }

    public readonly record struct Triple(int A, int B, int C);

    public readonly record struct Reversed(int Y, int X);
}
