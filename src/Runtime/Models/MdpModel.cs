using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MdpDsl.Compilation;
using MdpDsl.Interchange;
using MdpDsl.Policies;
using MdpDsl.Storage;

namespace MdpDsl;

/// <summary>
/// A compiled, validated tabular MDP with typed states and actions: indexing, the table, and policies. Generated
/// <c>Model</c> classes derive from it; obtain one from the generated <c>Compile()</c>.
/// </summary>
/// <remarks>
/// The algorithms are extension methods that each area adds from its own folder: <see cref="SolverCatalog"/>,
/// <see cref="LearningCatalog"/>, <see cref="InferenceCatalog"/>, <see cref="InverseRlCatalog"/> and
/// <see cref="InterchangeCatalog"/>, so that <c>model.ValueIteration()</c> reads as a member call and a new
/// algorithm adds a file to its area instead of editing this class.
/// </remarks>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public abstract class MdpModel<TState, TAction>
    where TState : notnull
    where TAction : struct
{
    private IReadOnlyList<TState>? _states;
    private IReadOnlyList<TAction>? _actions;

    /// <summary>Wraps what <see cref="ModelCompiler"/> produced.</summary>
    protected MdpModel(CompiledMdp<TState, TAction> compiled)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        Adapter = new ModelAdapter<TState, TAction>(compiled);
        Likelihood = compiled.Settings.Likelihood;
        Compilation = CompileStatistics.Of(compiled.Table, compiled.CompileTime);
    }

    /// <summary>What <c>Compile()</c> built and how long it took: states, pairs, successors, bytes and time.</summary>
    public CompileStatistics Compilation { get; }

    /// <summary>The storage the solvers read: rows of successors, probabilities and rewards by index.</summary>
    public TransitionTable Table => Adapter.Table;

    /// <summary>The discount factor γ.</summary>
    public double Discount => Adapter.Discount;

    /// <summary>The number of decision steps of a finite-horizon model, or null for an infinite horizon.</summary>
    public int? Horizon => Adapter.Horizon;

    /// <summary>The optimality likelihood the rewards were checked against.</summary>
    public Optimality Likelihood { get; }

    /// <summary>The number of states (for a reachable state space, the number found).</summary>
    public int StateCount => Table.StateCount;

    /// <summary>The number of actions.</summary>
    public int ActionCount => Table.ActionCount;

    /// <summary>What the entry points of every area use: the compiled parts, typed wrappers and the ownership check.</summary>
    internal ModelAdapter<TState, TAction> Adapter { get; }

    /// <summary>Every state, in index order.</summary>
    public IReadOnlyList<TState> States => _states ??= Enumerable.Range(0, StateCount).Select(StateAt).ToArray();

    /// <summary>Every action, in index order.</summary>
    public IReadOnlyList<TAction> Actions => _actions ??= Enumerable.Range(0, ActionCount).Select(ActionAt).ToArray();

    /// <summary>The index of <paramref name="state"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The state is not part of the model.</exception>
    public int IndexOf(TState state) => Adapter.States.IndexOf(state);

    /// <summary>The index of <paramref name="action"/>.</summary>
    public int IndexOf(TAction action) => Adapter.Actions.IndexOf(action);

    /// <summary>The state with index <paramref name="index"/>.</summary>
    public TState StateAt(int index) => Adapter.States.At(index);

    /// <summary>The action with index <paramref name="index"/>.</summary>
    public TAction ActionAt(int index) => Adapter.Actions.At(index);

    /// <summary>Whether <paramref name="state"/> ends the episode.</summary>
    public bool IsTerminal(TState state) => Table.IsTerminal(IndexOf(state));

    /// <summary>Whether <paramref name="action"/> is available in <paramref name="state"/> (never in a terminal state).</summary>
    public bool IsAllowed(TState state, TAction action) => Table.IsAllowed(IndexOf(state), IndexOf(action));

    /// <summary>The expected reward r(s, a) = Σ p(s'|s, a) r(s, a, s').</summary>
    public double Reward(TState state, TAction action) => Table.Reward(IndexOf(state), IndexOf(action));

    /// <summary>The successors of (<paramref name="state"/>, <paramref name="action"/>) with their probabilities, duplicates merged.</summary>
    public IReadOnlyList<(TState State, double Probability)> Transitions(TState state, TAction action)
    {
        var range = Table.RowRange(IndexOf(state), IndexOf(action));
        var transitions = new (TState, double)[range.End.Value - range.Start.Value];
        for (var k = range.Start.Value; k < range.End.Value; k++)
            transitions[k - range.Start.Value] = (StateAt(Table.Successors[k]), Table.Probability(k));
        return transitions;
    }

    /// <summary>The start distribution from <see cref="InitialAttribute"/>; empty when the model declares none.</summary>
    public IReadOnlyList<(TState State, double Probability)> InitialDistribution =>
        Adapter.Initial.Select((p, s) => (State: s, Probability: p)).Where(x => x.Probability > 0).Select(x => (StateAt(x.State), x.Probability)).ToArray();

    /// <summary>The equiprobable random policy over the allowed actions of each state.</summary>
    public Policy<TState, TAction> UniformPolicy() => Adapter.NewPolicy(PolicyTable.Uniform(Table));

    /// <summary>A deterministic policy that takes <paramref name="choose"/>(s) in every non-terminal state s.</summary>
    /// <exception cref="ArgumentException">It chooses an action that is not allowed, naming the state and action.</exception>
    public Policy<TState, TAction> CreatePolicy(Func<TState, TAction> choose) =>
        Adapter.NewPolicy(PolicyTable.FromChoice(Table, Adapter.States, Adapter.Actions, choose));

    /// <summary>A stochastic policy π(a|s) = <paramref name="probability"/>(s, a) over the non-terminal states.</summary>
    /// <exception cref="ArgumentException">Some state's probabilities are negative, not finite, on a disallowed action, or do not sum to 1.</exception>
    public Policy<TState, TAction> CreatePolicy(Func<TState, TAction, double> probability) =>
        Adapter.NewPolicy(PolicyTable.FromProbabilities(Table, Adapter.States, Adapter.Actions, probability));

    /// <summary>
    /// The feature matrix φ(s, a) of named features, evaluated on every allowed pair of a non-terminal state, for
    /// <c>MaxEntIrl</c>. It belongs to this compiled model: another model refuses it.
    /// </summary>
    /// <param name="features">Each feature's name and value function.</param>
    /// <exception cref="ArgumentException">No feature is given, or a feature is not finite somewhere (naming feature, state and action).</exception>
    public FeatureMatrix Features(params (string Name, Func<TState, TAction, double> Value)[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Length == 0)
            throw new ArgumentException("At least one feature is needed.", nameof(features));
        var d = features.Length;
        var values = new double[StateCount * ActionCount * d];
        for (var s = 0; s < StateCount; s++)
        {
            for (var a = 0; a < ActionCount; a++)
            {
                if (!Table.IsAllowed(s, a))
                    continue;
                var (state, action) = (StateAt(s), ActionAt(a));
                for (var i = 0; i < d; i++)
                {
                    var value = features[i].Value(state, action);
                    if (!double.IsFinite(value))
                        throw new ArgumentException($"Feature '{features[i].Name}' is {value} at state {state}, action {action}; features must be finite.", nameof(features));
                    values[(s * ActionCount + a) * d + i] = value;
                }
            }
        }
        return new FeatureMatrix(features.Select(f => f.Name).ToArray(), values, Adapter.Token);
    }

    /// <summary>
    /// A one-line summary: the model's type, its states (how many terminal), actions, allowed pairs, stored successors,
    /// γ and horizon.
    /// </summary>
    public override string ToString()
    {
        var c = Compilation;
        var horizon = Horizon is { } h ? $"horizon {h}" : "infinite horizon";
        return $"{TypeDisplay.Name(GetType())}: {c.States} states ({c.TerminalStates} terminal), {c.Actions} actions, {c.AllowedPairs} allowed pairs, " +
               $"{c.Successors} successors{(Table.IsDeterministic ? " (deterministic)" : string.Empty)}, γ = {Discount.ToString(CultureInfo.InvariantCulture)}, {horizon}";
    }
}
