using System;
using System.Collections.Generic;
using System.Linq;
using MdpDsl;
using static Samples.GridWorld.GridWorld;

namespace Samples.GridWorld;

/// <summary>Prints π(a|s) of several policies side by side for a few cells, one row per cell.</summary>
internal static class ProbabilityTable
{
    private const string GroupGap = "    ";

    public static void Print(
        IReadOnlyList<(Cell Cell, string Description)> cells,
        Policy<Cell, Move> greedy,
        IReadOnlyList<(string Heading, Policy<Cell, Move> Policy)> policies)
    {
        var moves = Enum.GetValues<Move>();
        var names = cells.Select(c => $"({c.Cell.X},{c.Cell.Y}) {c.Description}").ToArray();
        var nameWidth = Math.Max("cell".Length, names.Max(name => name.Length)) + 2;
        var groupWidth = moves.Length * 6;
        const string GreedyHeading = "greedy  ";

        Console.WriteLine(("  " + new string(' ', nameWidth + GreedyHeading.Length)
            + string.Join(GroupGap, policies.Select(p => ("  " + p.Heading).PadRight(groupWidth)))).TrimEnd());
        Console.WriteLine(("  " + "cell".PadRight(nameWidth) + GreedyHeading
            + string.Join(GroupGap, policies.Select(_ => string.Concat(moves.Select(m => ConsoleGrid.Arrow(m).PadLeft(4).PadRight(6))))).TrimEnd()));
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i].Cell;
            var probabilities = policies.Select(p => string.Concat(moves.Select(m => p.Policy.Probability(cell, m).ToString("0.00").PadLeft(6))));
            Console.WriteLine("  " + names[i].PadRight(nameWidth) + ("   " + ConsoleGrid.Arrow(greedy.Act(cell))).PadRight(GreedyHeading.Length)
                + string.Join(GroupGap, probabilities));
        }
    }
}
