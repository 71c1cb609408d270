using System.Globalization;
using System;
using MdpDsl.Compilation;
using MdpDsl.Foundation;
using MdpDsl.Storage;

namespace MdpDsl.Policies;

/// <summary>Builds and checks the π[s · A + a] table of a user-supplied policy.</summary>
internal static class PolicyTable
{
    public static double[] Uniform(TransitionTable table)
    {
        var actions = table.ActionCount;
        var probabilities = new double[table.StateCount * actions];
        for (var s = 0; s < table.StateCount; s++)
        {
            var allowed = 0;
            for (var a = 0; a < actions; a++)
                allowed += table.IsAllowed(s, a) ? 1 : 0;
            for (var a = 0; a < actions; a++)
                probabilities[s * actions + a] = table.IsAllowed(s, a) ? 1.0 / allowed : 0;
        }
        return probabilities;
    }

    public static double[] FromChoice<TState, TAction>(TransitionTable table, Indexer<TState> states, Indexer<TAction> actions, Func<TState, TAction> choose)
        where TState : notnull
    {
        ArgumentNullException.ThrowIfNull(choose);
        var probabilities = new double[table.StateCount * actions.Count];
        for (var s = 0; s < table.StateCount; s++)
        {
            if (table.IsTerminal(s))
                continue;
            var state = states[s];
            var action = choose(state);
            if (!actions.TryIndexOf(action, out var a) || !table.IsAllowed(s, a))
                throw new ArgumentException($"The policy chooses action {action} in state {state}, where it is not allowed.", nameof(choose));
            probabilities[s * actions.Count + a] = 1;
        }
        return probabilities;
    }

    public static double[] FromProbabilities<TState, TAction>(TransitionTable table, Indexer<TState> states, Indexer<TAction> actions, Func<TState, TAction, double> probability)
        where TState : notnull
    {
        ArgumentNullException.ThrowIfNull(probability);
        var count = actions.Count;
        var probabilities = new double[table.StateCount * count];
        for (var s = 0; s < table.StateCount; s++)
        {
            if (table.IsTerminal(s))
                continue;
            var state = states[s];
            var sum = 0.0;
            for (var a = 0; a < count; a++)
            {
                var p = probability(state, actions[a]);
                if (!(p >= 0) || double.IsInfinity(p))
                    throw new ArgumentException($"The policy gives action {actions[a]} in state {state} the probability {Format(p)}; probabilities must be finite and non-negative.", nameof(probability));
                if (p > 0 && !table.IsAllowed(s, a))
                    throw new ArgumentException($"The policy gives action {actions[a]} in state {state} the probability {Format(p)}, but the action is not allowed there.", nameof(probability));
                probabilities[s * count + a] = p;
                sum += p;
            }
            if (Math.Abs(sum - 1) > Tolerances.Probability)
                throw new ArgumentException($"The policy's probabilities in state {state} sum to {Format(sum)}, not 1.", nameof(probability));
        }
        return probabilities;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
