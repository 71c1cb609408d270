using System;
using System.Linq;
using MdpDsl.Compilation;
using MdpDsl.Interchange;
using MdpDsl.Storage;
using MdpDsl.Tabular;

namespace MdpDsl;

/// <summary>
/// A model given by arrays instead of a DSL class: states 0..S−1, actions 0..A−1. Built from dense arrays in
/// pymdptoolbox's shapes (P[a][s, s′] with R[s, a], R[s] or R[a][s, s′]), from per-pair successor lists, from a
/// <see cref="TransitionTable"/> or from a PRISM explicit model, and validated like a generated <c>Compile()</c>:
/// a row that does not sum to 1, a negative or NaN probability, a reward that is not finite or a successor outside
/// the states is a <see cref="ModelValidationException"/> naming the state, the action and the value. Every solver,
/// learner and inference entry point works on it unchanged: <c>TabularMdp.FromArrays(p, r, 0.9).ValueIteration()</c>.
/// </summary>
public sealed class TabularMdp : MdpModel<int, int>
{
    private TabularMdp(CompiledMdp<int, int> compiled)
        : base(compiled)
    {
    }

    /// <summary>
    /// A model from dense arrays: P[a][s, s′], the probability of moving from s to s′ under action a
    /// (pymdptoolbox's P), and R[s, a], the expected reward of taking a in s.
    /// </summary>
    /// <param name="transitions">One S × S matrix per action; each row of an allowed, non-terminal pair sums to 1.</param>
    /// <param name="rewards">R[s, a], an S × A matrix.</param>
    /// <param name="discount">γ in (0, 1].</param>
    /// <param name="options">Terminal states, allowed actions, initial distribution, horizon; none by default.</param>
    /// <exception cref="ArgumentException">The arrays' shapes disagree (the message gives both shapes).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The discount lies outside (0, 1], or the horizon is below 1.</exception>
    /// <exception cref="ModelValidationException">A value is not a valid MDP; the message names state, action and value.</exception>
    public static TabularMdp FromArrays(double[][,] transitions, double[,] rewards, double discount, TabularMdpOptions? options = null)
    {
        var (states, actions) = CheckTransitions(transitions);
        ArgumentNullException.ThrowIfNull(rewards);
        options ??= TabularMdpOptions.Default;
        if (rewards.GetLength(0) != states || rewards.GetLength(1) != actions)
            throw new ArgumentException($"The rewards R[s, a] are {rewards.GetLength(0)} × {rewards.GetLength(1)}; the transitions need {states} states × {actions} actions.", nameof(rewards));
        return Compile(new DenseDynamics(transitions, rewards, null, options), states, actions, discount, options);
    }

    /// <summary>
    /// A model from dense arrays with a reward per state: P[a][s, s′] and R[s], earned on leaving s whatever the
    /// action (pymdptoolbox's reward vector of shape (S,)).
    /// </summary>
    /// <param name="transitions">One S × S matrix per action; each row of an allowed, non-terminal pair sums to 1.</param>
    /// <param name="rewards">R[s], one per state.</param>
    /// <param name="discount">γ in (0, 1].</param>
    /// <param name="options">Terminal states, allowed actions, initial distribution, horizon; none by default.</param>
    /// <exception cref="ArgumentException">The arrays' shapes disagree.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The discount lies outside (0, 1], or the horizon is below 1.</exception>
    /// <exception cref="ModelValidationException">A value is not a valid MDP; the message names state, action and value.</exception>
    public static TabularMdp FromArrays(double[][,] transitions, double[] rewards, double discount, TabularMdpOptions? options = null)
    {
        var (states, actions) = CheckTransitions(transitions);
        ArgumentNullException.ThrowIfNull(rewards);
        options ??= TabularMdpOptions.Default;
        if (rewards.Length != states)
            throw new ArgumentException($"The rewards R[s] have {rewards.Length} entries; the transitions have {states} states.", nameof(rewards));
        var byPair = new double[states, actions];
        for (var s = 0; s < states; s++)
        {
            for (var a = 0; a < actions; a++)
                byPair[s, a] = rewards[s];
        }
        return Compile(new DenseDynamics(transitions, byPair, null, options), states, actions, discount, options);
    }

    /// <summary>
    /// A model from dense arrays with rewards that depend on the successor: P[a][s, s′] and R[a][s, s′]
    /// (pymdptoolbox's reward shape (A, S, S)). As there, r(s, a) is the expectation Σ_s′ P[a][s, s′] R[a][s, s′];
    /// entries whose probability is 0 are not read. Learners and simulators see r(s, a, s′) itself.
    /// </summary>
    /// <param name="transitions">One S × S matrix per action; each row of an allowed, non-terminal pair sums to 1.</param>
    /// <param name="rewards">One S × S matrix per action: R[a][s, s′].</param>
    /// <param name="discount">γ in (0, 1].</param>
    /// <param name="options">Terminal states, allowed actions, initial distribution, horizon; none by default.</param>
    /// <exception cref="ArgumentException">The arrays' shapes disagree.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The discount lies outside (0, 1], or the horizon is below 1.</exception>
    /// <exception cref="ModelValidationException">A value is not a valid MDP; the message names state, action and value.</exception>
    public static TabularMdp FromArrays(double[][,] transitions, double[][,] rewards, double discount, TabularMdpOptions? options = null)
    {
        var (states, actions) = CheckTransitions(transitions);
        ArgumentNullException.ThrowIfNull(rewards);
        options ??= TabularMdpOptions.Default;
        if (rewards.Length != actions)
            throw new ArgumentException($"The rewards R[a][s, s′] have {rewards.Length} matrices; the transitions have {actions} actions.", nameof(rewards));
        for (var a = 0; a < actions; a++)
        {
            if (rewards[a] is not { } matrix || matrix.GetLength(0) != states || matrix.GetLength(1) != states)
                throw new ArgumentException($"The rewards of action {a} are {Shape(rewards[a])}; expected {states} × {states}.", nameof(rewards));
        }
        return Compile(new DenseDynamics(transitions, null, rewards, options), states, actions, discount, options);
    }

    /// <summary>
    /// A model from sparse rows: transitions[s][a] lists the successors of (s, a) with their probabilities
    /// (duplicates are merged by adding their probabilities), and R[s, a] is its reward. The number of states and of
    /// actions are the lengths of <paramref name="transitions"/> and of its rows.
    /// </summary>
    /// <param name="transitions">transitions[s][a] = [(s′, p), …]; every row non-null (empty where the pair is not allowed or s is terminal).</param>
    /// <param name="rewards">R[s, a], an S × A matrix.</param>
    /// <param name="discount">γ in (0, 1].</param>
    /// <param name="options">Terminal states, allowed actions, initial distribution, horizon; none by default.</param>
    /// <exception cref="ArgumentException">A row is missing or the shapes disagree.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The discount lies outside (0, 1], or the horizon is below 1.</exception>
    /// <exception cref="ModelValidationException">A value is not a valid MDP (including a successor outside the states); the message names state, action and value.</exception>
    public static TabularMdp FromSparse((int Successor, double Probability)[][][] transitions, double[,] rewards, double discount, TabularMdpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(rewards);
        options ??= TabularMdpOptions.Default;
        var states = transitions.Length;
        if (states == 0 || transitions[0] is null || transitions[0].Length == 0)
            throw new ArgumentException("A model needs at least one state and one action: transitions[0] must list the rows of state 0's actions.", nameof(transitions));
        var actions = transitions[0].Length;
        for (var s = 0; s < states; s++)
        {
            if (transitions[s] is not { } row || row.Length != actions)
                throw new ArgumentException($"State {s} has {(transitions[s] is null ? "no rows" : $"{transitions[s].Length} rows")}; state 0 has {actions}, one per action.", nameof(transitions));
            for (var a = 0; a < actions; a++)
            {
                if (row[a] is null)
                    throw new ArgumentException($"State {s}, action {a} has no successor list; give an empty one where the action is not allowed.", nameof(transitions));
            }
        }
        if (rewards.GetLength(0) != states || rewards.GetLength(1) != actions)
            throw new ArgumentException($"The rewards R[s, a] are {rewards.GetLength(0)} × {rewards.GetLength(1)}; the transitions have {states} states × {actions} actions.", nameof(rewards));
        return Compile(new SparseDynamics(transitions, rewards, options), states, actions, discount, options);
    }

    /// <summary>
    /// A model over an existing table, for example one made by <see cref="TransitionTable.FromUniformRows"/> from a
    /// benchmark file, or another model's <see cref="MdpModel{TState, TAction}.Table"/>. The table was validated
    /// when it was made and is shared, not copied.
    /// </summary>
    /// <param name="table">The dynamics and rewards.</param>
    /// <param name="discount">γ in (0, 1].</param>
    /// <param name="horizon">The number of decision steps, at least 1; null for an infinite horizon.</param>
    /// <exception cref="ArgumentOutOfRangeException">The discount lies outside (0, 1], or the horizon is below 1.</exception>
    public static TabularMdp FromTable(TransitionTable table, double discount, int? horizon = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var settings = new TabularMdpOptions { Horizon = horizon }.Settings(discount);
        return new TabularMdp(new CompiledMdp<int, int>(
            table, Indexer(table.StateCount), Indexer(table.ActionCount), new double[table.StateCount], settings));
    }

    /// <summary>
    /// A model from a PRISM explicit model (read with <see cref="PrismReader"/>): action a of state s is the state's
    /// choice number a, and where a state has fewer choices than the most any state has, the remaining actions are
    /// not allowed. The reward of a choice is its state reward plus its choice reward. A state labelled
    /// <c>terminal</c> (as <c>ExportPrism</c> writes) or without any choice ends the episode. PRISM gives initial
    /// states, not probabilities, so the model has no initial distribution; the discount and horizon are not part of
    /// the format and are given here.
    /// </summary>
    /// <param name="model">The PRISM model.</param>
    /// <param name="discount">γ in (0, 1].</param>
    /// <param name="horizon">The number of decision steps, at least 1; null for an infinite horizon.</param>
    /// <exception cref="ArgumentOutOfRangeException">The discount lies outside (0, 1], or the horizon is below 1.</exception>
    /// <exception cref="ModelValidationException">A choice's probabilities do not sum to 1 or a reward is not finite; the message names state, choice and value.</exception>
    public static TabularMdp FromPrism(PrismExplicitModel model, double discount, int? horizon = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.StateCount == 0)
            throw new ArgumentException("The PRISM model has no states.", nameof(model));
        var choices = Enumerable.Range(0, model.StateCount).Select(s => model.ChoicesOf(s).ToArray()).ToArray();
        var terminal = choices.Select(c => c.Length == 0).ToArray();
        foreach (var s in model.LabelledStates("terminal") ?? [])
            terminal[s] = true;
        var actions = Math.Max(1, choices.Max(c => c.Length));
        var options = new TabularMdpOptions { Horizon = horizon };
        return Compile(new PrismDynamics(model, choices, terminal), model.StateCount, actions, discount, options);
    }

    private static TabularMdp Compile<TDynamics>(TDynamics dynamics, int states, int actions, double discount, TabularMdpOptions options)
        where TDynamics : struct, IDynamics<int, int>
    {
        options.CheckShape(states, actions);
        var settings = options.Settings(discount);
        return new TabularMdp(ModelCompiler.Compile<int, int, TDynamics, IndexSpace, IndexSpace>(
            dynamics, new IndexSpace(states), new IndexSpace(actions), settings));
    }

    /// <summary>The numbers of states and actions of P[a][s, s′], after checking that every matrix is S × S.</summary>
    private static (int States, int Actions) CheckTransitions(double[][,] transitions)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        if (transitions.Length == 0 || transitions[0] is null || transitions[0].GetLength(0) == 0)
            throw new ArgumentException("A model needs at least one action and one state: P[a][s, s′] must hold one S × S matrix per action.", nameof(transitions));
        var states = transitions[0].GetLength(0);
        for (var a = 0; a < transitions.Length; a++)
        {
            if (transitions[a] is not { } matrix || matrix.GetLength(0) != states || matrix.GetLength(1) != states)
                throw new ArgumentException($"The transitions of action {a} are {Shape(transitions[a])}; expected {states} × {states} (P[a][s, s′], one square matrix per action).", nameof(transitions));
        }
        return (states, transitions.Length);
    }

    private static string Shape(double[,]? matrix) => matrix is null ? "missing" : $"{matrix.GetLength(0)} × {matrix.GetLength(1)}";

    private static FiniteIndexer<int, IndexSpace> Indexer(int count) => new(new IndexSpace(count));
}
