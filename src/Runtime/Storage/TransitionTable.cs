using System;
using MdpDsl.Foundation;

namespace MdpDsl.Storage;

/// <summary>
/// The tabular dynamics of a compiled model, in compressed sparse rows over (state, action) pairs.
/// Pair <c>p = s · ActionCount + a</c> owns the successors <c>RowStart[p] .. RowStart[p + 1]</c>.
/// Deterministic models store neither row starts nor probabilities: pair <c>p</c> owns entry <c>p</c>, whose
/// successor is -1 when the pair has none. Terminal states and disallowed actions own empty rows.
/// </summary>
public sealed class TransitionTable
{
    internal TransitionTable(
        int stateCount,
        int actionCount,
        int[]? rowStart,
        int[] successors,
        double[]? probabilities,
        double[] rewards,
        double[]? transitionRewards,
        bool[] allowed,
        bool[] terminal)
    {
        StateCount = stateCount;
        ActionCount = actionCount;
        RowStart = rowStart;
        Successors = successors;
        Probabilities = probabilities;
        Rewards = rewards;
        TransitionRewards = transitionRewards;
        Allowed = allowed;
        Terminal = terminal;
        UniformWidth = UniformRows.WidthOf(rowStart, allowed, terminal);
        // The sweeps stream these arrays once per sweep; see HugePages for what 4 KiB pages cost them.
        HugePages.Request(rowStart);
        HugePages.Request(successors);
        HugePages.Request(probabilities);
        HugePages.Request(rewards);
        HugePages.Request(transitionRewards);
    }

    /// <summary>
    /// A table in which every action is allowed in every state and each pair has the same number of successors,
    /// <c>successors.Length / (stateCount · actionCount)</c>, stored at <c>(s · actionCount + a) · K + k</c> — the
    /// layout of flat benchmark files. The arrays are taken over, not copied.
    /// </summary>
    /// <exception cref="ArgumentException">The lengths disagree, a successor lies outside the states, a probability or reward is not valid, or a row's probabilities do not sum to 1.</exception>
    public static TransitionTable FromUniformRows(int stateCount, int actionCount, int[] successors, double[] probabilities, double[] rewards)
    {
        ArgumentNullException.ThrowIfNull(successors);
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(rewards);
        if (stateCount < 1 || actionCount < 1)
            throw new ArgumentException("A table needs at least one state and one action.");
        if ((long)stateCount * actionCount > Array.MaxLength)
            throw new ArgumentException($"{stateCount} states × {actionCount} actions is more pairs than an array can hold.");
        var pairs = stateCount * actionCount;
        if (rewards.Length != pairs || successors.Length % pairs != 0 || successors.Length == 0 || probabilities.Length != successors.Length)
            throw new ArgumentException($"Expected {pairs} rewards and K · {pairs} successors and probabilities; got {rewards.Length}, {successors.Length} and {probabilities.Length}.");
        var width = successors.Length / pairs;
        var rowStart = new int[pairs + 1];
        for (var pair = 0; pair <= pairs; pair++)
            rowStart[pair] = pair * width;
        for (var pair = 0; pair < pairs; pair++)
        {
            var sum = 0.0;
            for (var k = rowStart[pair]; k < rowStart[pair + 1]; k++)
            {
                if ((uint)successors[k] >= (uint)stateCount)
                    throw new ArgumentException($"Pair {pair} (state {pair / actionCount}, action {pair % actionCount}) has successor {successors[k]}, outside [0, {stateCount}).");
                if (!(probabilities[k] >= 0) || double.IsInfinity(probabilities[k]))
                    throw new ArgumentException($"Pair {pair} (state {pair / actionCount}, action {pair % actionCount}) has probability {probabilities[k]} for successor {successors[k]}.");
                sum += probabilities[k];
            }
            if (!double.IsFinite(rewards[pair]))
                throw new ArgumentException($"Pair {pair} (state {pair / actionCount}, action {pair % actionCount}) has reward {rewards[pair]}.");
            if (Math.Abs(sum - 1) > Tolerances.Probability)
                throw new ArgumentException($"Pair {pair} (state {pair / actionCount}, action {pair % actionCount}) has probabilities summing to {sum}, not 1.");
        }
        var allowed = new bool[pairs];
        Array.Fill(allowed, true);
        return new TransitionTable(stateCount, actionCount, rowStart, successors, probabilities, rewards, null, allowed, new bool[stateCount]);
    }

    /// <summary>The number of states.</summary>
    public int StateCount { get; }

    /// <summary>The number of actions.</summary>
    public int ActionCount { get; }

    /// <summary>True when every allowed pair has one successor and neither row starts nor probabilities are stored.</summary>
    public bool IsDeterministic => RowStart is null;

    /// <summary>The number of stored (state, action, successor) entries (for deterministic storage, one per pair).</summary>
    public int EntryCount => Successors.Length;

    /// <summary>The bytes of the table's arrays: what the solvers stream through memory on each sweep, and more.</summary>
    public long Bytes =>
        4L * ((RowStart?.Length ?? 0) + Successors.Length) +
        8L * ((Probabilities?.Length ?? 0) + Rewards.Length + (TransitionRewards?.Length ?? 0)) +
        Allowed.Length + Terminal.Length;

    /// <summary>Whether the reward depends on the successor, so <see cref="TransitionReward"/> differs from <see cref="Reward"/>.</summary>
    public bool HasTransitionRewards => TransitionRewards is not null;

    // The arrays are shared with the kernels, which read them directly.
    internal int[]? RowStart { get; }
    internal int[] Successors { get; }
    internal double[]? Probabilities { get; }
    internal double[] Rewards { get; }
    internal double[]? TransitionRewards { get; }
    internal bool[] Allowed { get; }
    internal bool[] Terminal { get; }

    /// <summary>
    /// K when every pair owns exactly K successors at <c>pair · K</c> (so every action is allowed and no state is
    /// terminal); 0 otherwise. The sweeps then use kernels that read no row starts (<see cref="UniformRows"/>).
    /// </summary>
    internal int UniformWidth { get; }

    /// <summary>The same dynamics with other rewards r(s, a) (for example a learned reward); the arrays are shared.</summary>
    internal TransitionTable WithRewards(double[] rewards) =>
        new(StateCount, ActionCount, RowStart, Successors, Probabilities, rewards, null, Allowed, Terminal);

    /// <summary>Whether state <paramref name="state"/> is terminal.</summary>
    public bool IsTerminal(int state) => Terminal[state];

    /// <summary>Whether action <paramref name="action"/> is available in state <paramref name="state"/>.</summary>
    public bool IsAllowed(int state, int action) => Allowed[Pair(state, action)];

    /// <summary>The expected reward r(s, a) = Σ p(s'|s, a) r(s, a, s'); 0 for a terminal state or disallowed action.</summary>
    public double Reward(int state, int action) => Rewards[Pair(state, action)];

    /// <summary>The successor indices of (<paramref name="state"/>, <paramref name="action"/>), ascending.</summary>
    public ReadOnlySpan<int> SuccessorsOf(int state, int action) => Successors.AsSpan(RowRange(state, action));

    /// <summary>The probability of entry <paramref name="entry"/>, an index into the successors of a pair (1 when deterministic).</summary>
    public double Probability(int entry) => Probabilities is null ? 1.0 : Probabilities[entry];

    /// <summary>The entries of (<paramref name="state"/>, <paramref name="action"/>) as a range over the stored arrays.</summary>
    public Range RowRange(int state, int action)
    {
        var pair = Pair(state, action);
        if (RowStart is null)
            return Allowed[pair] ? pair..(pair + 1) : pair..pair;
        return RowStart[pair]..RowStart[pair + 1];
    }

    /// <summary>The reward r(s, a, s') stored with entry <paramref name="entry"/>, or r(s, a) when rewards do not depend on the successor.</summary>
    public double TransitionReward(int state, int action, int entry) =>
        TransitionRewards is null ? Rewards[Pair(state, action)] : TransitionRewards[entry];

    private int Pair(int state, int action)
    {
        if ((uint)state >= (uint)StateCount)
            throw new ArgumentOutOfRangeException(nameof(state), state, $"The state index must lie in [0, {StateCount}).");
        if ((uint)action >= (uint)ActionCount)
            throw new ArgumentOutOfRangeException(nameof(action), action, $"The action index must lie in [0, {ActionCount}).");
        return state * ActionCount + action;
    }
}
