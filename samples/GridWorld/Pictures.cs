using System.Linq;
using MdpDsl;
using MdpDsl.Plotting;
using static Samples.GridWorld.GridWorld;

namespace Samples.GridWorld;

/// <summary>Turns solutions of the grid into heat maps: V(s) as colour and label, the policy as arrows.</summary>
internal static class Pictures
{
    /// <summary>V(s) with one arrow per cell for the move the policy prefers.</summary>
    public static HeatMap GreedyMap(Model model, Solution<Cell, Move> solution, string title)
    {
        var map = solution.ValueHeatMap(model, PolicyArrows.Likeliest, direction: move => Offset(move));
        return Caption(map, title);
    }

    /// <summary>
    /// Maps of several solutions side by side on one colour scale, so that colours compare across panels; each
    /// cell shows an arrow per move, its length in proportion to the move's probability.
    /// </summary>
    public static Figure Comparison(Model model, string title, string subtitle, params (Solution<Cell, Move> Solution, string Title)[] panels)
    {
        var values = panels.SelectMany(panel => States.Where(cell => !IsOver(cell)).Select(cell => panel.Solution.V[cell])).ToArray();
        var maps = panels.Select(panel => Caption(panel.Solution.ValueHeatMap(model, PolicyArrows.Distribution, direction: move => Offset(move)), panel.Title)).ToArray();
        foreach (var map in maps)
        {
            map.Range = (values.Min(), values.Max());
            map.ShowColorBar = map == maps[^1];
        }
        return new Figure(maps) { Title = title, Subtitle = subtitle, Width = 1500, Height = 560 };
    }

    // Terminal cells stay uncoloured: their value is 0 by definition, and colouring the pit like the goal would mislead.
    private static HeatMap Caption(HeatMap map, string title)
    {
        map.Title = title;
        map.SetLabel(Goal.X, Goal.Y, "goal");
        map.SetLabel(Pit.X, Pit.Y, "pit");
        return map;
    }
}
