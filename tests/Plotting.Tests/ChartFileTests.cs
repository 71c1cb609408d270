using System.Buffers.Binary;
using CsCheck;
using static MdpDsl.Plotting.Tests.Corridor;

namespace MdpDsl.Plotting.Tests;

public sealed class ChartFileTests : IDisposable
{
    // The PNG specification's signature and the IHDR chunk that must follow it.
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly Scratch _scratch = new();
    private readonly Corridor.Model _model = Corridor.Compile();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void A_png_starts_with_the_signature_and_states_the_size_asked_for()
    {
        var path = _model.ValueIteration().ValueHeatMap(_model).SavePng(_scratch.File("nested/corridor.png"), 321, 123);

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.Equal("IHDR"u8.ToArray(), bytes[12..16]);
        Assert.Equal(321, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(123, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    [Fact]
    public void An_svg_states_the_size_asked_for()
    {
        var svg = Svg.Load(_model.ValueIteration().ValueHeatMap(_model).SaveSvg(_scratch.File("corridor.svg"), 500, 300));

        Assert.Equal("svg", svg.Root.Name.LocalName);
        Assert.Equal("500", (string?)svg.Root.Attribute("width"));
        Assert.Equal("300", (string?)svg.Root.Attribute("height"));
    }

    [Fact]
    public void Action_value_bars_carry_each_available_action_and_its_closed_form_value()
    {
        // Q(x = 1, Right) = −1 + γ V*(2) = −1 − 1/2; Q(x = 1, Left) = −1 + γ V*(0) = −1 − 7/8, printed to two decimals.
        var chart = _model.ValueIteration().ActionValueBars(_model, new Cell(1, 0));

        var svg = Svg.Load(chart.SaveSvg(_scratch.File("bars.svg")));

        Assert.Equal(2, chart.BarCount);
        Assert.Contains("Left", svg.Texts);
        Assert.Contains("Right", svg.Texts);
        Assert.Contains("-1.50", svg.Texts);
        Assert.Contains("-1.88", svg.Texts);
    }

    [Fact]
    public void Bars_grow_from_zero_so_zero_is_in_view_for_values_of_either_sign()
    {
        var negative = new BarChart(["a", "b"]);
        negative.AddSeries("q", [-3.0, -5.0]);
        var positive = new BarChart(["a"]);
        positive.AddSeries("p", [2.0]);

        var below = negative.ToPlot().Axes.GetLimits();
        var above = positive.ToPlot().Axes.GetLimits();

        Assert.InRange(0.0, below.Bottom, below.Top);
        Assert.True(below.Bottom < -5);
        Assert.InRange(0.0, above.Bottom, above.Top);
        Assert.True(above.Top > 2);
    }

    [Fact]
    public void Action_value_bars_of_a_terminal_state_are_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => _model.ValueIteration().ActionValueBars(_model, Goal));

        Assert.Contains(Goal.ToString(), error.Message);
    }

    [Fact]
    public void A_learning_curve_names_every_series_in_its_legend()
    {
        var result = _model.QLearning(new QLearningOptions { Episodes = 30, Seed = 1 });
        var chart = result.LearningCurve("Q-learning", window: 5);
        chart.AddSeries("constant", Enumerable.Repeat(-2.0, 30));
        chart.AddReferenceLine("optimal", -1.75);

        var svg = Svg.Load(chart.SaveSvg(_scratch.File("curve.svg")));

        Assert.Contains("Q-learning", svg.Texts);
        Assert.Contains("constant", svg.Texts);
        Assert.Contains("optimal", svg.Texts);
        Assert.True(new FileInfo(chart.SavePng(_scratch.File("curve.png"))).Length > 0);
    }

    [Fact]
    public void The_moving_average_is_the_mean_of_the_trailing_window() =>
        Gen.Select(Gen.Double[-100, 100].Array[0, 40], Gen.Int[1, 12]).Sample((values, window) =>
        {
            var averages = LineChart.MovingAverage(values, window);
            Assert.Equal(values.Length, averages.Length);
            for (var i = 0; i < values.Length; i++)
            {
                var trailing = values[Math.Max(0, i - window + 1)..(i + 1)];
                Assert.Equal(trailing.Average(), averages[i], 1e-9);
            }
        });

    [Fact]
    public void A_figure_writes_its_title_and_every_chart()
    {
        var solution = _model.ValueIteration();
        var figure = new Figure(solution.ValueHeatMap(_model), solution.ActionValueBars(_model, new Cell(0, 0))) { Title = "Both pictures" };

        var svg = Svg.Load(figure.SaveSvg(_scratch.File("figure.svg")));

        // Once each: a plot drawn twice over (as a second layout pass would) must not reach the file.
        Assert.Single(svg.Texts, text => text == "Both pictures");
        Assert.Single(svg.Texts, text => text == "-1.50");
        Assert.Single(svg.Texts, text => text == "Right");
    }

    [Fact]
    public void Bad_values_are_refused_naming_the_cell_or_series()
    {
        var map = new HeatMap(2, 2);
        Assert.Contains("(1, 0)", Assert.Throws<ArgumentOutOfRangeException>(() => map.SetValue(1, 0, double.NaN)).Message);
        Assert.Contains("(2, 0)", Assert.Throws<ArgumentOutOfRangeException>(() => map.SetLabel(2, 0, "x")).Message);
        var bars = new BarChart(["a", "b"]);
        Assert.Contains("\"q\"", Assert.Throws<ArgumentException>(() => bars.AddSeries("q", [1.0])).Message);
        Assert.Contains("for b", Assert.Throws<ArgumentException>(() => bars.AddSeries("q", [1.0, double.PositiveInfinity])).Message);
    }
}
