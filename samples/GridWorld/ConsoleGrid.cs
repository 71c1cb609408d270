using System;
using System.Collections.Generic;
using System.Linq;
using static Samples.GridWorld.GridWorld;

namespace Samples.GridWorld;

/// <summary>Draws the grid in the terminal with y pointing up, as in the model: row Size − 1 prints first.</summary>
internal static class ConsoleGrid
{
    /// <summary>
    /// The lines of one grid under <paramref name="caption"/>: each cell's text right-aligned to a common width, so
    /// that numbers line up, with the coordinates along the left and bottom edges.
    /// </summary>
    public static string[] Draw(string caption, Func<Cell, string> text)
    {
        // At least two characters, so that a grid of single arrows does not look cramped.
        var width = Math.Max(2, States.Max(cell => text(cell).Length));
        string Row(Func<int, string> cell) => string.Join(" ", Enumerable.Range(0, Size).Select(x => cell(x).PadLeft(width)));

        var lines = new List<string> { caption };
        for (var y = Size - 1; y >= 0; y--)
            lines.Add($"{y}  {Row(x => text(new Cell(x, y)))}");
        lines.Add($"   {Row(x => x.ToString())}");
        return lines.ToArray();
    }

    /// <summary>Prints blocks of lines next to each other, each padded to its widest line.</summary>
    public static void PrintSideBySide(params string[][] blocks)
    {
        var widths = blocks.Select(block => block.Max(line => line.Length)).ToArray();
        for (var i = 0; i < blocks.Max(block => block.Length); i++)
        {
            var parts = blocks.Select((block, k) => (i < block.Length ? block[i] : "").PadRight(widths[k]));
            Console.WriteLine(("  " + string.Join("       ", parts)).TrimEnd());
        }
    }

    public static string Arrow(Move move) => move switch
    {
        Move.Up => "↑",
        Move.Down => "↓",
        Move.Left => "←",
        Move.Right => "→",
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, null),
    };

    /// <summary>The letter of a terminal cell: G for the goal, X for the pit; null for any other cell.</summary>
    public static string? Mark(Cell cell) => cell == Goal ? "G" : cell == Pit ? "X" : null;
}
