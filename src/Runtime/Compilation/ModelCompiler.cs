using System;
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
        var successors = new Successors<TState>();
        var row = new RowBuffer();
        var initial = ReadInitial<TState, TAction, TDynamics>(dynamics, states, successors, discover);

        // The actions are few and read once per pair: one array of them saves a call to the space per pair.
        var actionValues = new TAction[actions.Count];
        for (var a = 0; a < actionValues.Length; a++)
            actionValues[a] = actions[a];
        var actionCount = actionValues.Length;
        // A finite space's flags are read first, straight into the arrays the table keeps: knowing how many pairs have
        // successors lets the builder size its successor arrays exactly when every such pair has as many successors as
        // the first. Discovered states have no flags until they are found, so they are read in the loop.
        var flags = discover is null ? ReadFlags<TState, TAction, TDynamics>(dynamics, states, actionValues) : default;
        var builder = discover is null
            ? new TableBuilder(actionCount, dynamics.IsDeterministic, dynamics.RewardDependsOnNext, flags.Terminal, flags.Allowed, flags.Rows)
            : new TableBuilder(actionCount, dynamics.IsDeterministic, dynamics.RewardDependsOnNext);
        for (var s = 0; s < states.Count; s++)
        {
            var state = states[s];
            var terminal = discover is null ? flags.Terminal[s] : ModelChecks.IsTerminal<TState, TAction, TDynamics>(dynamics, state);
            builder.AddState(terminal);
            var allowedCount = 0;
            for (var a = 0; a < actionCount; a++)
            {
                var action = actionValues[a];
                if (terminal || !(discover is null ? flags.Allowed[s * actionCount + a] : ModelChecks.IsAllowed(dynamics, state, action)))
                {
                    builder.AddEmptyRow();
                    continue;
                }
                allowedCount++;
                ModelChecks.Successors(dynamics, state, action, successors);
                var reward = ReadSuccessors(dynamics, state, action, states, successors, row, discover);
                ModelChecks.PairReward(state, action, reward, settings.Likelihood);
                builder.AddRow(row.Successors, row.Probabilities, row.Rewards, reward);
            }
            if (!terminal && allowedCount == 0)
                throw ModelValidationException.NoAllowedAction(state);
        }

        return new CompiledMdp<TState, TAction>(builder.Build(), states, actions, initial, settings)
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

    /// <summary>
    /// Which states are terminal, which pairs are allowed (no pair of a terminal state is), and how many pairs will
    /// have successors: the allowed pairs.
    /// </summary>
    private static (bool[] Terminal, bool[] Allowed, int Rows) ReadFlags<TState, TAction, TDynamics>(
        TDynamics dynamics, Indexer<TState> states, TAction[] actions)
        where TState : notnull
        where TDynamics : struct, IDynamics<TState, TAction>
    {
        var actionCount = actions.Length;
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

    private static (int Index, double Probability)[] ReadInitial<TState, TAction, TDynamics>(
        TDynamics dynamics, Indexer<TState> states, Successors<TState> start, ReachableIndexer<TState>? discover)
        where TState : notnull
        where TDynamics : struct, IDynamics<TState, TAction>
    {
        ModelChecks.Initial<TState, TAction, TDynamics>(dynamics, start);
        var initial = new (int, double)[start.Count];
        if (start.Count == 0)
        {
            if (discover is not null)
                throw ModelValidationException.NoInitial();
            return initial;
        }

        var sum = 0.0;
        var kept = 0;
        var initialStates = start.States;
        var probabilities = start.Probabilities;
        for (var i = 0; i < initialStates.Length; i++)
        {
            var (state, probability) = (initialStates[i], probabilities[i]);
            ModelChecks.InitialOutcome(state, probability);
            if (probability == 0)
                continue;
            var index = discover?.Discover(state) ?? (states.TryIndexOf(state, out var found) ? found : -1);
            if (index < 0)
                throw ModelValidationException.InitialOutsideSpace(state);
            initial[kept++] = (index, probability);
            sum += probability;
        }
        ModelChecks.InitialSum(sum);
        return kept == initial.Length ? initial : initial[..kept];
    }

    /// <summary>Validates, indexes and merges <paramref name="successors"/> into <paramref name="row"/>, and returns r(s, a).</summary>
    private static double ReadSuccessors<TState, TAction, TDynamics>(
        TDynamics dynamics,
        TState state,
        TAction action,
        Indexer<TState> states,
        Successors<TState> successors,
        RowBuffer row,
        ReachableIndexer<TState>? discover)
        where TState : notnull
        where TDynamics : struct, IDynamics<TState, TAction>
    {
        row.Clear();
        var sum = 0.0;
        var pairReward = 0.0;
        var nextStates = successors.States;
        var probabilities = successors.Probabilities;
        for (var i = 0; i < nextStates.Length; i++)
        {
            var (next, probability) = (nextStates[i], probabilities[i]);
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
