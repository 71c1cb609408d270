using System;
using System.Linq;
using MdpDsl.Compilation;
using MdpDsl.Solvers;
using MdpDsl.Storage;

namespace MdpDsl;

/// <summary>
/// What every area's entry points need of a model beyond its public members: the compiled parts by index, the
/// typed wrappers of index-based results, the describers that put states and actions into messages, and the one
/// ownership check. A policy, solution or feature matrix is indexed by the states of the compiled model that made
/// it; another model's may have the same shape but other states (other parameter values, another model type with
/// the same state type), so its numbers would silently mean something else here.
/// </summary>
internal sealed class ModelAdapter<TState, TAction>
    where TState : notnull
    where TAction : struct
{
    private readonly CompiledMdp<TState, TAction> _compiled;

    public ModelAdapter(CompiledMdp<TState, TAction> compiled) => _compiled = compiled;

    /// <summary>The adapter of <paramref name="model"/>, the receiver of an entry point.</summary>
    /// <exception cref="ArgumentNullException">The model is null.</exception>
    public static ModelAdapter<TState, TAction> Of(MdpModel<TState, TAction> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Adapter;
    }

    public TransitionTable Table => _compiled.Table;

    public Indexer<TState> States => _compiled.States;

    public Indexer<TAction> Actions => _compiled.Actions;

    /// <summary>The start distribution over state indices; all zeros when the model declares no initial state.</summary>
    public double[] Initial => _compiled.Initial;

    public double Discount => _compiled.Settings.Discount;

    public int? Horizon => _compiled.Settings.Horizon > 0 ? _compiled.Settings.Horizon : null;

    /// <summary>The ownership token stamped on what this model makes.</summary>
    public object Token => _compiled.States;

    public object? DescribeState(int index) => _compiled.States[index];

    public object? DescribeAction(int index) => _compiled.Actions[index];

    public Policy<TState, TAction> NewPolicy(double[] probabilities) => new(States, Actions, probabilities);

    public StateValues<TState> NewValues(double[] values) => new(States, values);

    public ActionValues<TState, TAction> NewActionValues(double[] values) => new(States, Actions, values);

    public Solution<TState, TAction> NewSolution(DynamicProgrammingResult result)
    {
        var stages = result.Stages
            .Select((stage, t) => new Stage<TState, TAction>(t, NewValues(stage.V), NewActionValues(stage.Q), NewPolicy(stage.Policy)))
            .ToArray();
        return new Solution<TState, TAction>(stages, result.Horizon, result.Converged, result.Iterations, result.Residual, result.ErrorBound);
    }

    /// <summary><paramref name="policy"/>, if this model made it.</summary>
    /// <exception cref="ArgumentNullException">It is null.</exception>
    /// <exception cref="ArgumentException">Another compiled model made it.</exception>
    public Policy<TState, TAction> Own(Policy<TState, TAction> policy, string parameter)
    {
        ArgumentNullException.ThrowIfNull(policy, parameter);
        Check(policy.Owner, "policy", parameter, "make it with this model's CreatePolicy or UniformPolicy, take it from a solver or learner of this model, or load it with LoadPolicy");
        return policy;
    }

    /// <summary><paramref name="solution"/>, if this model's solver made it.</summary>
    /// <exception cref="ArgumentNullException">It is null.</exception>
    /// <exception cref="ArgumentException">Another compiled model made it.</exception>
    public Solution<TState, TAction> Own(Solution<TState, TAction> solution, string parameter)
    {
        ArgumentNullException.ThrowIfNull(solution, parameter);
        foreach (var stage in solution.Stages)
            Check(stage.Policy.Owner, "solution", parameter, "solve this model, or load the solution with LoadSolution");
        return solution;
    }

    /// <summary><paramref name="features"/>, if this model's <see cref="MdpModel{TState, TAction}.Features"/> made it.</summary>
    /// <exception cref="ArgumentNullException">It is null.</exception>
    /// <exception cref="ArgumentException">Another compiled model made it.</exception>
    public FeatureMatrix Own(FeatureMatrix features, string parameter)
    {
        ArgumentNullException.ThrowIfNull(features, parameter);
        Check(features.Owner, "feature matrix", parameter, "make it with this model's Features");
        return features;
    }

    /// <summary>The ownership check: the token must be this compiled model's own.</summary>
    private void Check(object owner, string what, string parameter, string remedy)
    {
        if (!ReferenceEquals(owner, Token))
        {
            throw new ArgumentException(
                $"The {what} belongs to another compiled model, whose states may differ from this one's even where the types agree: {remedy}.",
                parameter);
        }
    }
}
