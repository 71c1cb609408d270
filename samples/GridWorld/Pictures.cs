using System.Linq;
using MdpDsl;
using MdpDsl.Samples.Plotting;
using static Samples.GridWorld.GridWorld;

namespace Samples.GridWorld;

/// <summary>Turns solutions of the grid into heat maps: V(s) as colour and label, the policy as arrows.</summary>
internal static class Pictures
{
    /// <summary>V(s) with one centred arrow per cell for the action the policy prefers.</summary>
    public static HeatMap GreedyMap(Solution<Cell, Move> solution, string title)
    {
        var map = ValueMap(solution, title);
        foreach (var cell in States.Where(cell => !IsOver(cell)))
        {
            var (dx, dy) = Offset(solution.Policy.Act(cell));
            map.AddArrow(cell.X, cell.Y, dx, dy);
        }
        return map;
    }

    /// <summary>
    /// Maps of several solutions side by side on one colour scale, so that colours compare across panels; each
    /// cell shows an arrow per action, its length in proportion to the action's probability.
    /// </summary>
    public static Figure Comparison(string title, string subtitle, params (Solution<Cell, Move> Solution, string Title)[] panels)
    {
        var maps = panels.Select(panel => PolicyMap(panel.Solution, panel.Title)).ToArray();
        var values = panels.SelectMany(panel => States.Where(cell => !IsOver(cell)).Select(cell => panel.Solution.V[cell])).ToArray();
        foreach (var map in maps)
        {
            map.Range = (values.Min(), values.Max());
            map.CellSize = 88;
            map.ShowColorBar = map == maps[^1];
        }
        return new Figure(maps) { Title = title, Subtitle = subtitle };
    }

    private static HeatMap PolicyMap(Solution<Cell, Move> solution, string title)
    {
        var map = ValueMap(solution, title);
        foreach (var cell in States.Where(cell => !IsOver(cell)))
        {
            // Relative to the likeliest move: a near-uniform policy then shows four long arrows instead of four specks.
            var distribution = solution.Policy.Distribution(cell);
            var likeliest = distribution.Max(choice => choice.Probability);
            foreach (var (move, probability) in distribution)
            {
                var (dx, dy) = Offset(move);
                map.AddArrow(cell.X, cell.Y, dx * probability / likeliest, dy * probability / likeliest, ArrowPlacement.FromCenter);
            }
        }
        return map;
    }

    private static HeatMap ValueMap(Solution<Cell, Move> solution, string title)
    {
        var map = new HeatMap(Size, Size) { Title = title, ValueCaption = "V(s)", ColumnCaption = "x", RowCaption = "y" };
        foreach (var cell in States)
        {
            // Terminal cells stay uncoloured: their value is 0 by definition, and colouring the pit like the goal would mislead.
            if (IsOver(cell))
                map.SetLabel(cell.X, cell.Y, cell == Goal ? "goal" : "pit");
            else
            {
                map.SetValue(cell.X, cell.Y, solution.V[cell]);
                map.SetLabel(cell.X, cell.Y, Numbers.Format(solution.V[cell], 2));
            }
        }
        map.SetTag(Start.X, Start.Y, "start");
        return map;
    }
}
