using System;
using MdpDsl.Storage;

namespace MdpDsl.Benchmarks.Workload;

/// <summary>
/// A random sparse MDP with the same number of successors K for every (state, action) pair, in the flat layout of
/// a TABMDP01 file: entry (s, a, k) at <c>(s · A + a) · K + k</c>, reward r(s, a) at <c>s · A + a</c>.
/// </summary>
public sealed class SparseMdp
{
    /// <summary>Wraps the arrays (not copied) after checking that their lengths agree with the sizes.</summary>
    /// <exception cref="ArgumentException">A size is not positive, or an array length disagrees with the sizes.</exception>
    public SparseMdp(int stateCount, int actionCount, int successorCount, double discount, long seed, int[] successors, double[] probabilities, double[] rewards)
    {
        ArgumentNullException.ThrowIfNull(successors);
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(rewards);
        var layout = TabMdpLayout.Create(stateCount, actionCount, successorCount);
        if (successors.LongLength != layout.Entries || probabilities.LongLength != layout.Entries || rewards.LongLength != layout.Pairs)
            throw new ArgumentException(
                $"S = {stateCount}, A = {actionCount}, K = {successorCount} need {layout.Entries} successors and probabilities and {layout.Pairs} rewards; " +
                $"got {successors.Length}, {probabilities.Length} and {rewards.Length}.");
        StateCount = stateCount;
        ActionCount = actionCount;
        SuccessorCount = successorCount;
        Discount = discount;
        Seed = seed;
        Successors = successors;
        Probabilities = probabilities;
        Rewards = rewards;
    }

    /// <summary>S, the number of states.</summary>
    public int StateCount { get; }

    /// <summary>A, the number of actions, all allowed in every state.</summary>
    public int ActionCount { get; }

    /// <summary>K, the number of successors of every (state, action) pair.</summary>
    public int SuccessorCount { get; }

    /// <summary>γ, the discount stored in the file header.</summary>
    public double Discount { get; }

    /// <summary>The seed the generator used (informative only).</summary>
    public long Seed { get; }

    /// <summary>The successor states, S · A · K of them.</summary>
    public int[] Successors { get; }

    /// <summary>The transition probabilities, aligned with <see cref="Successors"/>.</summary>
    public double[] Probabilities { get; }

    /// <summary>The rewards r(s, a), S · A of them.</summary>
    public double[] Rewards { get; }

    /// <summary>
    /// The runtime's table over these arrays, through <see cref="TransitionTable.FromUniformRows"/>. The table takes the
    /// arrays over without copying, so this object and the table share them.
    /// </summary>
    /// <exception cref="ArgumentException">The contents are not a valid MDP (successor out of range, bad probability or reward, row not summing to 1).</exception>
    public TransitionTable ToTable() => TransitionTable.FromUniformRows(StateCount, ActionCount, Successors, Probabilities, Rewards);
}
