using System;
using System.Collections.Generic;
using System.Diagnostics;
using MdpDsl.Foundation;
using MdpDsl.Storage;

namespace MdpDsl.Compilation;

/// <summary>
/// Turns a model's members into a validated <see cref="TransitionTable"/>: it enumerates (or discovers) the
/// states, calls the dynamics once per (state, action), merges duplicate successors and names the state,
/// action and value of anything that is not a valid MDP. Called by generated <c>Compile()</c> methods.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class ModelCompiler
{
    /// <summary>How far successor probabilities may sum from 1.</summary>
    public const double ProbabilityTolerance = Tolerances.Probability;

    /// <summary>Compiles a model whose states are every value of a finite, generated state space.</summary>
    public static CompiledMdp<TState, TAction> Compile<TState, TAction, TDynamics, TStates, TActions>(
        TDynamics dynamics, TStates states, TActions actions, MdpSettings settings)
        where TState : notnull
        where TDynamics : struct, IDynamics<TState, TAction>
        where TStates : struct, IFiniteSpace<TState>
        where TActions : struct, IFiniteSpace<TAction>
    {
        return Build(dynamics, new FiniteIndexer<TState, TStates>(states), new FiniteIndexer<TAction, TActions>(actions), settings, discover: null);
    }

    /// <summary>Compiles a model whose states are those reachable from its initial states, found breadth-first.</summary>
    public static CompiledMdp<TState, TAction> CompileReachable<TState, TAction, TDynamics, TActions>(
        TDynamics dynamics, TActions actions, MdpSettings settings)
        where TState : notnull
        where TDynamics : struct, IDynamics<TState, TAction>
        where TActions : struct, IFiniteSpace<TAction>
    {
        var states = new ReachableIndexer<TState>(settings.MaxStates);
        return Build(dynamics, states, new FiniteIndexer<TAction, TActions>(actions), settings, discover: states);
    }

    // One loop serves both kinds of state space: a reachable index grows while the loop walks it, so the
    // states are processed in breadth-first order and their rows are appended in index order.
    private static CompiledMdp<TState, TAction> Build<TState, TAction, TDynamics>(
        TDynamics dynamics,
        Indexer<TState> states,
        Indexer<TAction> actions,
        MdpSettings settings,
        ReachableIndexer<TState>? discover)
        where TState : notnull
        where TDynamics : struct, IDynamics<TState, TAction>
    {
        var started = Stopwatch.GetTimestamp();
        if (discover is null)
            CheckSize(states.Count, actions.Count, dynamics.IsDeterministic);
        var outcomes = new Outcomes<TState>();
        var row = new RowBuffer();
        var initial = ReadInitial<TState, TAction, TDynamics>(dynamics, states, outcomes, discover);

        var actionCount = actions.Count;
        var builder = new TableBuilder(actionCount, dynamics.IsDeterministic, dynamics.RewardDependsOnNext, discover is null ? states.Count : 0);
        // A finite space's masks are read first when the dynamics are stochastic: knowing how many pairs have
        // successors lets the builder size its successor arrays exactly when every such pair has as many successors
        // as the first. Deterministic storage has one entry per pair and needs no estimate.
        (bool[] Terminal, bool[] Allowed, int Rows)? masks = discover is null && !dynamics.IsDeterministic
            ? ReadMasks<TState, TAction, TDynamics>(dynamics, states, actions)
            : null;
        if (masks is not null)
            builder.ExpectRows(masks.Value.Rows);
        for (var s = 0; s < states.Count; s++)
        {
            var state = states[s];
            var terminal = masks?.Terminal[s] ?? ModelChecks.IsTerminal<TState, TAction, TDynamics>(dynamics, state);
            builder.AddState(terminal);
            var allowedCount = 0;
            for (var a = 0; a < actionCount; a++)
            {
                var action = actions[a];
                if (terminal || !(masks?.Allowed[s * actionCount + a] ?? ModelChecks.IsAllowed(dynamics, state, action)))
                {
                    builder.AddEmptyRow();
                    continue;
                }
                allowedCount++;
                ModelChecks.Successors(dynamics, state, action, outcomes);
                var reward = ReadSuccessors(dynamics, state, action, states, outcomes, row, discover);
                ModelChecks.PairReward(state, action, reward, settings.Likelihood);
                builder.AddRow(row.Successors, row.Probabilities, row.Rewards, reward);
            }
            if (!terminal && allowedCount == 0)
                throw ModelValidationException.NoAllowedAction(state);
        }

        var initialByIndex = new double[states.Count];
        foreach (var (index, probability) in initial)
            initialByIndex[index] += probability;
        return new CompiledMdp<TState, TAction>(builder.Build(), states, actions, initialByIndex, settings)
        {
            CompileTime = Stopwatch.GetElapsedTime(started),
        };
    }

    /// <summary>
    /// Refuses, before anything is allocated, a table that cannot exist: more (state, action) pairs than an array
    /// holds, or more memory than the process has. Each pair stores at least a reward, an allowed flag and a
    /// successor (with a row start and a probability when the dynamics are stochastic): 13 or 25 bytes.
    /// </summary>
    private static void CheckSize(int stateCount, int actionCount, bool deterministic)
    {
        var pairs = (double)stateCount * actionCount;
        var sizes = $"{AllocationLimit.Count(stateCount)} states × {AllocationLimit.Count(actionCount)} actions = {AllocationLimit.Count(pairs)} pairs";
        var reason = AllocationLimit.FitsInArray(pairs)
            ? AllocationLimit.Exceeded($"The table of {sizes}", pairs * (deterministic ? 13 : 25))
            : $"{sizes} is more than an array can hold ({AllocationLimit.Count(Array.MaxLength)})";
        if (reason is not null)
            throw ModelValidationException.TooLarge(stateCount, actionCount, reason);
    }

    /// <summary>Which states are terminal, which pairs are allowed, and how many pairs will have successors (allowed pairs of states that are not terminal).</summary>
    private static (bool[] Terminal, bool[] Allowed, int Rows) ReadMasks<TState, TAction, TDynamics>(
        TDynamics dynamics, Indexer<TState> states, Indexer<TAction> actions)
        where TState : notnull
        where TDynamics : struct, IDynamics<TState, TAction>
    {
        var actionCount = actions.Count;
        var terminal = new bool[states.Count];
        var allowed = new bool[states.Count * actionCount];
        var rows = 0;
        for (var s = 0; s < terminal.Length; s++)
        {
            var state = states[s];
            terminal[s] = ModelChecks.IsTerminal<TState, TAction, TDynamics>(dynamics, state);
            if (terminal[s])
                continue;
            for (var a = 0; a < actionCount; a++)
            {
                allowed[s * actionCount + a] = ModelChecks.IsAllowed(dynamics, state, actions[a]);
                rows += allowed[s * actionCount + a] ? 1 : 0;
            }
        }
        return (terminal, allowed, rows);
    }

    private static List<(int Index, double Probability)> ReadInitial<TState, TAction, TDynamics>(
        TDynamics dynamics, Indexer<TState> states, Outcomes<TState> outcomes, ReachableIndexer<TState>? discover)
        where TState : notnull
        where TDynamics : struct, IDynamics<TState, TAction>
    {
        ModelChecks.Initial<TState, TAction, TDynamics>(dynamics, outcomes);
        var initial = new List<(int, double)>(outcomes.Count);
        if (outcomes.Count == 0)
        {
            if (discover is not null)
                throw ModelValidationException.NoInitial();
            return initial;
        }

        var sum = 0.0;
        for (var i = 0; i < outcomes.Count; i++)
        {
            var (state, probability) = outcomes[i];
            ModelChecks.InitialOutcome(state, probability);
            if (probability == 0)
                continue;
            var index = discover?.Discover(state) ?? (states.TryIndexOf(state, out var found) ? found : -1);
            if (index < 0)
                throw ModelValidationException.InitialOutsideSpace(state);
            initial.Add((index, probability));
            sum += probability;
        }
        ModelChecks.InitialSum(sum);
        return initial;
    }

    /// <summary>Validates, indexes and merges the successors into <paramref name="row"/>, and returns r(s, a).</summary>
    private static double ReadSuccessors<TState, TAction, TDynamics>(
        TDynamics dynamics,
        TState state,
        TAction action,
        Indexer<TState> states,
        Outcomes<TState> outcomes,
        RowBuffer row,
        ReachableIndexer<TState>? discover)
        where TState : notnull
        where TDynamics : struct, IDynamics<TState, TAction>
    {
        row.Clear();
        var sum = 0.0;
        var pairReward = 0.0;
        for (var i = 0; i < outcomes.Count; i++)
        {
            var (next, probability) = outcomes[i];
            ModelChecks.Outcome(state, action, next, probability);
            sum += probability;
            if (probability == 0)
                continue;
            var index = discover?.Discover(next) ?? (states.TryIndexOf(next, out var found) ? found : -1);
            if (index < 0)
                throw ModelValidationException.OutsideSpace(state, action, next);
            if (dynamics.RewardDependsOnNext || row.Count == 0)
                pairReward = ModelChecks.Reward(dynamics, state, action, next);
            row.Add(index, probability, pairReward);
        }
        ModelChecks.Sum(state, action, sum);
        row.SortAndMerge();
        if (dynamics.IsDeterministic && row.Count != 1)
            throw ModelValidationException.NotDeterministic(state, action, row.Count);

        // A reward that ignores the successor is returned as evaluated, not re-summed, so that it stays exact.
        return dynamics.RewardDependsOnNext ? row.ExpectedReward : pairReward;
    }
}
