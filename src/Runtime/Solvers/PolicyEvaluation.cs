using System;
using System.Collections.Generic;
using System.Threading;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Solvers;

/// <summary>
/// Exact evaluation of a fixed policy: V = r_π + γ P_π V over the non-terminal states. Up to
/// <see cref="DenseLimit"/> non-terminal states the linear system is solved directly; larger models iterate
/// the same equation to a tight tolerance and report whether it converged. Finite horizons use backward induction.
/// </summary>
internal static class PolicyEvaluation
{
    /// <summary>The most non-terminal states solved by elimination (about a second of work at this size).</summary>
    public const int DenseLimit = 1500;

    private const double IterativeTolerance = 1e-12;
    private const int IterativeMaxIterations = 1_000_000;

    public static DynamicProgrammingResult Solve(
        TransitionTable table, double discount, int? horizon, double[] policy,
        Func<int, object?> describeState, IProgress<SolverProgress>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var backup = new PolicyBackup(policy);
        if (horizon is { } steps)
            return DynamicProgramming.BackwardInduction(table, discount, backup, steps, describeState, progress, cancellationToken);

        if (discount == 1)
            CheckReachesTerminal(table, policy, describeState);

        var nonTerminal = new List<int>();
        for (var s = 0; s < table.StateCount; s++)
        {
            if (!table.Terminal[s])
                nonTerminal.Add(s);
        }
        if (nonTerminal.Count > DenseLimit)
            return DynamicProgramming.FixedPoint(table, discount, backup, IterativeTolerance, IterativeMaxIterations, describeState, progress, cancellationToken,
                lowerPolicy: policy);

        var values = SolveDense(table, discount, policy, nonTerminal);
        progress?.Report(new SolverProgress(1, 0));
        var stage = DynamicProgramming.Stage(table, discount, backup, values, 1, describeState);
        return new DynamicProgrammingResult(new[] { stage }, null, true, 1, 0);
    }

    private static double[] SolveDense(TransitionTable table, double discount, double[] policy, List<int> nonTerminal)
    {
        var n = nonTerminal.Count;
        var column = new int[table.StateCount];
        Array.Fill(column, -1);
        for (var i = 0; i < n; i++)
            column[nonTerminal[i]] = i;

        var matrix = new double[n * n];
        var rhs = new double[n];
        var actions = table.ActionCount;
        for (var i = 0; i < n; i++)
        {
            var s = nonTerminal[i];
            matrix[i * n + i] += 1;
            for (var a = 0; a < actions; a++)
            {
                var pi = policy[s * actions + a];
                if (pi == 0)
                    continue;
                rhs[i] += pi * table.Reward(s, a);
                var range = table.RowRange(s, a);
                for (var k = range.Start.Value; k < range.End.Value; k++)
                {
                    var j = column[table.Successors[k]];
                    if (j >= 0)
                        matrix[i * n + j] -= discount * pi * table.Probability(k);
                }
            }
        }

        if (!DenseLinearSystem.TrySolve(matrix, rhs))
            throw new InvalidOperationException("The policy's Bellman equation has no unique solution.");
        var values = new double[table.StateCount];
        for (var i = 0; i < n; i++)
            values[nonTerminal[i]] = rhs[i];
        return values;
    }

    /// <summary>Without discounting a value is finite only where the policy reaches a terminal state.</summary>
    private static void CheckReachesTerminal(TransitionTable table, double[] policy, Func<int, object?> describeState)
    {
        var stuck = FirstStateThatNeverEnds(table, policy);
        if (stuck >= 0)
            throw new ArgumentException(
                $"Under this policy state {describeState(stuck)} never reaches a terminal state, so without discounting its value is not defined. " +
                "Evaluate with a discount below 1, a finite horizon, or a policy that ends the episode.",
                nameof(policy));
    }

    /// <summary>A state from which <paramref name="policy"/> never reaches a terminal state, or −1 when it is proper.</summary>
    public static int FirstStateThatNeverEnds(TransitionTable table, double[] policy)
    {
        var states = table.StateCount;
        var actions = table.ActionCount;
        var predecessors = new List<int>[states];
        for (var s = 0; s < states; s++)
        {
            for (var a = 0; a < actions; a++)
            {
                if (policy[s * actions + a] == 0)
                    continue;
                var range = table.RowRange(s, a);
                for (var k = range.Start.Value; k < range.End.Value; k++)
                    (predecessors[table.Successors[k]] ??= new List<int>()).Add(s);
            }
        }

        var reaches = (bool[])table.Terminal.Clone();
        var queue = new Queue<int>();
        for (var s = 0; s < states; s++)
        {
            if (reaches[s])
                queue.Enqueue(s);
        }
        while (queue.Count > 0)
        {
            var from = predecessors[queue.Dequeue()];
            if (from is null)
                continue;
            foreach (var p in from)
            {
                if (!reaches[p])
                {
                    reaches[p] = true;
                    queue.Enqueue(p);
                }
            }
        }

        return Array.IndexOf(reaches, false);
    }
}
