using System;
using System.Globalization;
using MdpDsl.Storage;

namespace MdpDsl;

/// <summary>What <c>Compile()</c> built and how long it took: <c>Console.WriteLine(model.Compilation)</c>.</summary>
/// <param name="States">The number of states (for a reachable state space, the number found).</param>
/// <param name="TerminalStates">How many of them end the episode.</param>
/// <param name="Actions">The number of actions.</param>
/// <param name="AllowedPairs">The (state, action) pairs of non-terminal states whose action is allowed: the rows of the table.</param>
/// <param name="Successors">The stored (state, action, successor) entries.</param>
/// <param name="Bytes">The bytes of the table's arrays.</param>
/// <param name="Time">How long the compiler took (zero for a model made from a table built elsewhere).</param>
public sealed record CompileStatistics(int States, int TerminalStates, int Actions, long AllowedPairs, long Successors, long Bytes, TimeSpan Time)
{
    /// <summary>Counts what <paramref name="table"/> holds.</summary>
    internal static CompileStatistics Of(TransitionTable table, TimeSpan time)
    {
        // Read from the flag arrays, not through the checked accessors: this runs at the end of every Compile().
        var (terminal, pairs, actions) = (0, 0L, table.ActionCount);
        for (var s = 0; s < table.StateCount; s++)
        {
            if (table.Terminal[s])
            {
                terminal++;
                continue;
            }
            pairs += table.Allowed.AsSpan(s * actions, actions).Count(true);
        }
        return new CompileStatistics(table.StateCount, terminal, table.ActionCount, pairs, table.EntryCount, table.Bytes, time);
    }

    /// <summary>One line: the size, the memory and the time, e.g. <c>25 states (2 terminal) × 4 actions, 92 allowed pairs, 270 successors, 4.6 KB, compiled in 3 ms</c>.</summary>
    public override string ToString()
    {
        var time = Time == TimeSpan.Zero ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", compiled in {Duration(Time)}");
        return string.Create(CultureInfo.InvariantCulture,
            $"{States:N0} states ({TerminalStates:N0} terminal) × {Actions:N0} actions, {AllowedPairs:N0} allowed pairs, {Successors:N0} successors, {Size(Bytes)}{time}");
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.##} GB"),
    };

    private static string Duration(TimeSpan time) =>
        time.TotalSeconds < 1
            ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:0.#} ms")
            : string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.##} s");
}
