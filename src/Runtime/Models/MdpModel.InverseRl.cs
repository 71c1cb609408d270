using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using MdpDsl.Inference;
using MaxEntIrlLearner = MdpDsl.Inference.MaxEntIrl;

namespace MdpDsl;

public abstract partial class MdpModel<TState, TAction>
{
    /// <summary>
    /// The feature matrix φ(s, a) of named features, evaluated on every allowed pair of a non-terminal state.
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
        return new FeatureMatrix(features.Select(f => f.Name).ToArray(), values);
    }

    /// <summary>
    /// Maximum-entropy inverse reinforcement learning (Ziebart et al. 2008): learns weights θ of a linear reward
    /// r(s, a) = θ · φ(s, a) under which the soft-optimal policy makes <paramref name="demonstrations"/> most likely.
    /// </summary>
    /// <param name="features">The features φ, from <see cref="Features"/>.</param>
    /// <param name="demonstrations">Trajectories of (state, action) pairs, each starting at step 0.</param>
    /// <param name="options">Step size, iterations, horizon and starting weights.</param>
    /// <param name="progress">Receives the gradient norm after each step.</param>
    /// <param name="cancellationToken">Stops the learning.</param>
    /// <exception cref="ArgumentException">No demonstrations, an empty one, one longer than the horizon, or a pair that is not part of the model or not allowed (naming it).</exception>
    public MaxEntIrlResult<TState, TAction> MaxEntIrl(
        FeatureMatrix features,
        IEnumerable<IReadOnlyList<(TState State, TAction Action)>> demonstrations,
        MaxEntIrlOptions? options = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(demonstrations);
        options ??= new MaxEntIrlOptions();
        options.Validate(features.Count);
        if (features.Values.Length != StateCount * ActionCount * features.Count)
            throw new ArgumentException("The feature matrix belongs to another model.", nameof(features));

        var indexed = demonstrations.Select((demonstration, i) => IndexDemonstration(demonstration, i)).ToArray();
        if (indexed.Length == 0)
            throw new ArgumentException("At least one demonstration is needed.", nameof(demonstrations));
        var horizon = options.Horizon ?? Horizon ?? indexed.Max(d => d.Length);
        var tooLong = Array.FindIndex(indexed, d => d.Length > horizon);
        if (tooLong >= 0)
            throw new ArgumentException($"Demonstration {tooLong} has {indexed[tooLong].Length} steps, more than the horizon {horizon}.", nameof(demonstrations));

        var run = MaxEntIrlLearner.Learn(
            Table, Discount, features, indexed, horizon, options.InitialWeights ?? new double[features.Count],
            options.LearningRate, options.Iterations, DescribeState, progress, cancellationToken);
        return new MaxEntIrlResult<TState, TAction>(
            features.Names.Zip(run.Weights, (name, weight) => (name, weight)).ToArray(),
            new ActionValues<TState, TAction>(_compiled.States, _compiled.Actions, run.Rewards),
            Typed(run.Solution),
            run.LogLikelihoods);
    }

    private (int State, int Action)[] IndexDemonstration(IReadOnlyList<(TState State, TAction Action)> demonstration, int number)
    {
        if (demonstration is null || demonstration.Count == 0)
            throw new ArgumentException($"Demonstration {number} is empty.", "demonstrations");
        var steps = new (int, int)[demonstration.Count];
        for (var t = 0; t < steps.Length; t++)
        {
            var (state, action) = demonstration[t];
            if (!_compiled.States.TryIndexOf(state, out var s) || !_compiled.Actions.TryIndexOf(action, out var a))
                throw new ArgumentException($"Demonstration {number}, step {t}: ({state}, {action}) is not part of the model.", "demonstrations");
            if (!Table.IsAllowed(s, a))
                throw new ArgumentException($"Demonstration {number}, step {t}: action {action} is not available in state {state}.", "demonstrations");
            steps[t] = (s, a);
        }
        return steps;
    }
}
