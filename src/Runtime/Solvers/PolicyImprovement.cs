using System;
using System.Collections.Generic;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Solvers;

/// <summary>
/// What policy iteration and modified policy iteration share: deterministic policies as one action index per state
/// (−1 for a terminal state), the greedy improvement step that keeps the current action on near-ties, and a first
/// policy that ends the episode from every state.
/// </summary>
internal static class PolicyImprovement
{
    /// <summary>
    /// Replaces π(s) by an action of larger Q(s, ·) computed from <paramref name="values"/>, but only where that
    /// action beats Q(s, π(s)) by more than <paramref name="margin"/>: two actions whose values differ by rounding
    /// never take turns, so the iteration cannot cycle on ties.
    /// </summary>
    /// <returns>
    /// How many states changed action, and the range of the Bellman changes d(s) = max_a Q(s, a) − V(s), with d = 0 in
    /// terminal states (V stays 0 there); its <see cref="ChangeRange.Largest"/> is the residual ‖T V − V‖∞ (for V = V^π,
    /// the largest gain any state could get from a one-step deviation). NaN in a value makes the range NaN.
    /// </returns>
    public static (int Changed, ChangeRange Changes) Improve(TransitionTable table, double discount, double[] values, int[] choice, double margin)
    {
        var actions = table.ActionCount;
        Span<double> q = actions <= 512 ? stackalloc double[actions] : new double[actions];
        var changed = 0;
        var (lowest, highest) = (double.PositiveInfinity, double.NegativeInfinity);
        for (var s = 0; s < table.StateCount; s++)
        {
            if (choice[s] < 0)
            {
                (lowest, highest) = (Math.Min(lowest, 0), Math.Max(highest, 0));
                continue;
            }
            BellmanKernel.ActionValues(table, discount, values, s, q);
            var best = choice[s];
            for (var a = 0; a < actions; a++)
            {
                if (q[a] > q[best])
                    best = a;
            }
            // Math.Min and Math.Max pass a NaN on, so that a value that stopped being finite is seen.
            var change = q[best] - values[s];
            (lowest, highest) = (Math.Min(lowest, change), Math.Max(highest, change));
            if (q[best] - q[choice[s]] > margin)
            {
                choice[s] = best;
                changed++;
            }
        }
        return (changed, new ChangeRange(lowest, highest));
    }

    /// <summary>The greedy policy for V = 0, the best immediate reward (ties to the first action); −1 in terminal states.</summary>
    public static int[] Myopic(TransitionTable table)
    {
        var choice = new int[table.StateCount];
        for (var s = 0; s < table.StateCount; s++)
        {
            choice[s] = -1;
            if (table.Terminal[s])
                continue;
            for (var a = 0; a < table.ActionCount; a++)
            {
                if (table.IsAllowed(s, a) && (choice[s] < 0 || table.Reward(s, a) > table.Reward(s, choice[s])))
                    choice[s] = a;
            }
        }
        return choice;
    }

    /// <summary>
    /// A policy that reaches a terminal state from every state with probability 1, built backwards from the terminal
    /// states: each state takes an action with a successor one step closer to the end (the breadth-first distance over
    /// all allowed actions). Under it every state has a path of positive probability to the end, so the episode ends
    /// with probability 1. Among the actions that qualify, the one of largest immediate reward is taken.
    /// </summary>
    /// <returns>The policy, or the first state from which no policy ends the episode (then <c>choice</c> is null).</returns>
    public static (int[]? Choice, int Stuck) Proper(TransitionTable table)
    {
        var states = table.StateCount;
        var actions = table.ActionCount;
        var predecessors = new List<int>[states];
        for (var s = 0; s < states; s++)
        {
            for (var a = 0; a < actions; a++)
            {
                foreach (var next in table.SuccessorsOf(s, a))
                    (predecessors[next] ??= new List<int>()).Add(s * actions + a);
            }
        }

        var choice = new int[states];
        Array.Fill(choice, -1);
        var distance = new int[states];
        var frontier = new List<int>();
        for (var s = 0; s < states; s++)
        {
            distance[s] = table.Terminal[s] ? 0 : -1;
            if (table.Terminal[s])
                frontier.Add(s);
        }
        for (var d = 1; frontier.Count > 0; d++)
        {
            var reached = new List<int>();
            foreach (var next in frontier)
            {
                foreach (var pair in predecessors[next] ?? (IEnumerable<int>)Array.Empty<int>())
                {
                    var (s, a) = (pair / actions, pair % actions);
                    if (distance[s] < 0)
                    {
                        distance[s] = d;
                        choice[s] = a;
                        reached.Add(s);
                    }
                    else if (distance[s] == d && table.Reward(s, a) > table.Reward(s, choice[s]))
                    {
                        choice[s] = a;
                    }
                }
            }
            frontier = reached;
        }
        var stuck = Array.IndexOf(distance, -1);
        return stuck >= 0 ? (null, stuck) : (choice, -1);
    }

    /// <summary>π(a|s) of a deterministic policy: 1 on the chosen action, 0 elsewhere and in terminal states.</summary>
    public static double[] Probabilities(TransitionTable table, int[] choice)
    {
        var probabilities = new double[table.StateCount * table.ActionCount];
        for (var s = 0; s < choice.Length; s++)
        {
            if (choice[s] >= 0)
                probabilities[s * table.ActionCount + choice[s]] = 1;
        }
        return probabilities;
    }

    /// <summary>
    /// The most probable action of each non-terminal state under <paramref name="probabilities"/> (the first on a tie),
    /// −1 in terminal states.
    /// </summary>
    public static int[] MostProbable(TransitionTable table, double[] probabilities)
    {
        var actions = table.ActionCount;
        var choice = new int[table.StateCount];
        for (var s = 0; s < table.StateCount; s++)
        {
            choice[s] = -1;
            if (table.Terminal[s])
                continue;
            for (var a = 0; a < actions; a++)
            {
                if (probabilities[s * actions + a] > 0 && (choice[s] < 0 || probabilities[s * actions + a] > probabilities[s * actions + choice[s]]))
                    choice[s] = a;
            }
        }
        return choice;
    }
}
