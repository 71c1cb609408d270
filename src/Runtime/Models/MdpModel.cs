using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using MdpDsl.Compilation;
using MdpDsl.Policies;
using MdpDsl.Solvers;
using MdpDsl.Storage;

namespace MdpDsl;

/// <summary>
/// A compiled, validated tabular MDP with typed states and actions, and the solvers that work on the whole
/// model. Generated <c>Model</c> classes derive from it; obtain one from the generated <c>Compile()</c>.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action enum.</typeparam>
public abstract partial class MdpModel<TState, TAction>
    where TState : notnull
    where TAction : struct, Enum
{
    private readonly CompiledMdp<TState, TAction> _compiled;
    private IReadOnlyList<TState>? _states;
    private IReadOnlyList<TAction>? _actions;

    /// <summary>Wraps what <see cref="ModelCompiler"/> produced.</summary>
    protected MdpModel(CompiledMdp<TState, TAction> compiled)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        _compiled = compiled;
    }

    /// <summary>The storage the solvers read: rows of successors, probabilities and rewards by index.</summary>
    public TransitionTable Table => _compiled.Table;

    /// <summary>The discount factor γ.</summary>
    public double Discount => _compiled.Settings.Discount;

    /// <summary>The number of decision steps of a finite-horizon model, or null for an infinite horizon.</summary>
    public int? Horizon => _compiled.Settings.Horizon > 0 ? _compiled.Settings.Horizon : null;

    /// <summary>The optimality likelihood the rewards were checked against.</summary>
    public Optimality Likelihood => _compiled.Settings.Likelihood;

    /// <summary>The number of states (for a reachable state space, the number found).</summary>
    public int StateCount => Table.StateCount;

    /// <summary>The number of actions.</summary>
    public int ActionCount => Table.ActionCount;

    /// <summary>Every state, in index order.</summary>
    public IReadOnlyList<TState> States => _states ??= Enumerable.Range(0, StateCount).Select(StateAt).ToArray();

    /// <summary>Every action, in index order.</summary>
    public IReadOnlyList<TAction> Actions => _actions ??= Enumerable.Range(0, ActionCount).Select(ActionAt).ToArray();

    /// <summary>The index of <paramref name="state"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The state is not part of the model.</exception>
    public int IndexOf(TState state) => _compiled.States.IndexOf(state);

    /// <summary>The index of <paramref name="action"/>.</summary>
    public int IndexOf(TAction action) => _compiled.Actions.IndexOf(action);

    /// <summary>The state with index <paramref name="index"/>.</summary>
    public TState StateAt(int index) => _compiled.States.At(index);

    /// <summary>The action with index <paramref name="index"/>.</summary>
    public TAction ActionAt(int index) => _compiled.Actions.At(index);

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
        _compiled.Initial.Select((p, s) => (State: s, Probability: p)).Where(x => x.Probability > 0).Select(x => (StateAt(x.State), x.Probability)).ToArray();

    /// <summary>
    /// Value iteration: V(s) = max_a [r(s, a) + γ Σ p(s'|s, a) V(s')] and the greedy policy. An infinite horizon
    /// iterates from V = 0 until the largest change is below ε(1 − γ)/2γ, so that V is within ε/2 of optimal
    /// (for γ = 1, until it is below ε); a finite horizon runs backward induction and keeps every step.
    /// </summary>
    /// <param name="tolerance">ε in the stopping rule.</param>
    /// <param name="maxIterations">The most sweeps before giving up with <see cref="Solution{TState, TAction}.Converged"/> false.</param>
    /// <param name="horizon">Solve for this many steps; defaults to the model's <see cref="MdpAttribute.Horizon"/>, if any.</param>
    /// <param name="progress">Receives the residual after each sweep.</param>
    /// <param name="cancellationToken">Stops the iteration.</param>
    /// <exception cref="DivergenceException">The values stopped being finite.</exception>
    public Solution<TState, TAction> ValueIteration(
        double tolerance = 1e-9,
        int maxIterations = 100_000,
        int? horizon = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Typed(Solvers.ValueIteration.Solve(Table, Discount, horizon ?? Horizon, tolerance, maxIterations, DescribeState, progress, cancellationToken));

    /// <summary>
    /// Soft value iteration, the maximum-entropy counterpart of <see cref="ValueIteration"/>:
    /// V(s) = T·log Σ_a exp(Q(s, a) / T) with Q(s, a) = r(s, a) + γ Σ p(s'|s, a) V(s'), and the Boltzmann policy
    /// π(a|s) = exp((Q(s, a) − V(s)) / T). Computed with a max-shifted log-sum-exp at every temperature.
    /// </summary>
    /// <param name="temperature">T &gt; 0; as T → 0 the solution tends to value iteration's.</param>
    /// <param name="tolerance">ε in the stopping rule ε(1 − γ)/2γ.</param>
    /// <param name="maxIterations">The most sweeps before giving up.</param>
    /// <param name="horizon">Solve for this many steps; defaults to the model's horizon, if any.</param>
    /// <param name="actionPrior">
    /// An action prior p(a|s): V(s) = T·log Σ_a p(a|s) exp(Q(s, a) / T) and π(a|s) = p(a|s) exp((Q − V) / T). With
    /// the uniform prior, a finite horizon and T = 1 the values are on exact inference's footing. None by default.
    /// </param>
    /// <param name="progress">Receives the residual after each sweep.</param>
    /// <param name="cancellationToken">Stops the iteration.</param>
    /// <exception cref="ArgumentOutOfRangeException">The temperature is not positive and finite.</exception>
    /// <exception cref="DivergenceException">The values stopped being finite.</exception>
    public Solution<TState, TAction> SoftValueIteration(
        double temperature = 1.0,
        double tolerance = 1e-9,
        int maxIterations = 100_000,
        int? horizon = null,
        Policy<TState, TAction>? actionPrior = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var prior = actionPrior is null ? null : Own(actionPrior, nameof(actionPrior)).Probabilities;
        return Typed(Solvers.SoftValueIteration.Solve(
            Table, Discount, temperature, prior, horizon ?? Horizon, tolerance, maxIterations, DescribeState, progress, cancellationToken));
    }

    /// <summary>
    /// The exact value of following <paramref name="policy"/>: V = r_π + γ P_π V, with Q^π and the policy itself.
    /// Small models are solved directly; see the remarks of the runtime documentation for larger ones.
    /// </summary>
    /// <param name="policy">A policy of this model.</param>
    /// <param name="horizon">Evaluate this many steps; defaults to the model's horizon, if any.</param>
    /// <param name="progress">Receives progress of the iterative path.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <exception cref="ArgumentException">The policy belongs to another model, or (γ = 1) never reaches a terminal state from some state.</exception>
    public Solution<TState, TAction> PolicyEvaluation(
        Policy<TState, TAction> policy,
        int? horizon = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Typed(Solvers.PolicyEvaluation.Solve(Table, Discount, horizon ?? Horizon, Own(policy, nameof(policy)).Probabilities, DescribeState, progress, cancellationToken));
    }

    /// <summary>The exact value of the deterministic policy <paramref name="policy"/>.</summary>
    public Solution<TState, TAction> PolicyEvaluation(
        Func<TState, TAction> policy, int? horizon = null, IProgress<SolverProgress>? progress = null, CancellationToken cancellationToken = default) =>
        PolicyEvaluation(CreatePolicy(policy), horizon, progress, cancellationToken);

    /// <summary>The exact value of the stochastic policy π(a|s) = <paramref name="policy"/>(s, a).</summary>
    public Solution<TState, TAction> PolicyEvaluation(
        Func<TState, TAction, double> policy, int? horizon = null, IProgress<SolverProgress>? progress = null, CancellationToken cancellationToken = default) =>
        PolicyEvaluation(CreatePolicy(policy), horizon, progress, cancellationToken);

    /// <summary>The equiprobable random policy over the allowed actions of each state.</summary>
    public Policy<TState, TAction> UniformPolicy() => NewPolicy(PolicyTable.Uniform(Table));

    /// <summary>A deterministic policy that takes <paramref name="choose"/>(s) in every non-terminal state s.</summary>
    /// <exception cref="ArgumentException">It chooses an action that is not allowed, naming the state and action.</exception>
    public Policy<TState, TAction> CreatePolicy(Func<TState, TAction> choose) =>
        NewPolicy(PolicyTable.FromChoice(Table, _compiled.States, _compiled.Actions, choose));

    /// <summary>A stochastic policy π(a|s) = <paramref name="probability"/>(s, a) over the non-terminal states.</summary>
    /// <exception cref="ArgumentException">Some state's probabilities are negative, not finite, on a disallowed action, or do not sum to 1.</exception>
    public Policy<TState, TAction> CreatePolicy(Func<TState, TAction, double> probability) =>
        NewPolicy(PolicyTable.FromProbabilities(Table, _compiled.States, _compiled.Actions, probability));

    private Policy<TState, TAction> NewPolicy(double[] probabilities) => new(_compiled.States, _compiled.Actions, probabilities);

    /// <summary><paramref name="policy"/>, if it was made for this compiled model (another model's policy may have the same shape but other states).</summary>
    private Policy<TState, TAction> Own(Policy<TState, TAction> policy, string parameter) =>
        policy.BelongsTo(_compiled.States)
            ? policy
            : throw new ArgumentException("The policy belongs to another compiled model; create it with this model's CreatePolicy or a solver of this model.", parameter);

    private object? DescribeState(int index) => _compiled.States[index];

    private static double[] LogProbabilities(double[] probabilities) => probabilities.Select(p => Math.Log(p)).ToArray();

    private Solution<TState, TAction> Typed(DynamicProgrammingResult result)
    {
        var stages = result.Stages
            .Select((stage, t) => new Stage<TState, TAction>(
                t,
                new StateValues<TState>(_compiled.States, stage.V),
                new ActionValues<TState, TAction>(_compiled.States, _compiled.Actions, stage.Q),
                NewPolicy(stage.Policy)))
            .ToArray();
        return new Solution<TState, TAction>(stages, result.Horizon, result.Converged, result.Iterations, result.Residual);
    }
}
