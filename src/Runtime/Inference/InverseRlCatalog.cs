using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using MdpDsl.Inference;
using MaxEntIrlLearner = MdpDsl.Inference.MaxEntIrl;

namespace MdpDsl;

/// <summary>
/// Inverse reinforcement learning on a model, as an extension method of <see cref="MdpModel{TState, TAction}"/>
/// (<c>model.MaxEntIrl(model.Features(…), demonstrations)</c>).
/// </summary>
public static class InverseRlCatalog
{
    /// <summary>
    /// Maximum-entropy inverse reinforcement learning (Ziebart et al. 2008): learns weights θ of a linear reward
    /// r(s, a) = θ · φ(s, a) under which the soft-optimal policy makes <paramref name="demonstrations"/> most likely.
    /// </summary>
    /// <param name="model">The model the demonstrations were made in.</param>
    /// <param name="features">The features φ, from this model's <see cref="MdpModel{TState, TAction}.Features"/>.</param>
    /// <param name="demonstrations">Trajectories of (state, action) pairs, each starting at step 0.</param>
    /// <param name="options">Step size, iterations, horizon and starting weights.</param>
    /// <param name="progress">Receives the gradient norm after each step.</param>
    /// <param name="cancellationToken">Stops the learning.</param>
    /// <exception cref="ArgumentException">The feature matrix belongs to another model; no demonstrations, an empty one, one longer than the horizon, or a pair that is not part of the model or not allowed (naming it).</exception>
    public static MaxEntIrlResult<TState, TAction> MaxEntIrl<TState, TAction>(
        this MdpModel<TState, TAction> model,
        FeatureMatrix features,
        IEnumerable<IReadOnlyList<(TState State, TAction Action)>> demonstrations,
        MaxEntIrlOptions? options = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        m.Own(features, nameof(features));
        ArgumentNullException.ThrowIfNull(demonstrations);
        options ??= new MaxEntIrlOptions();
        options.Validate(features.Count);

        var indexed = demonstrations.Select((demonstration, i) => IndexDemonstration(m, demonstration, i)).ToArray();
        if (indexed.Length == 0)
            throw new ArgumentException("At least one demonstration is needed.", nameof(demonstrations));
        var horizon = options.Horizon ?? m.Horizon ?? indexed.Max(d => d.Length);
        var tooLong = Array.FindIndex(indexed, d => d.Length > horizon);
        if (tooLong >= 0)
            throw new ArgumentException($"Demonstration {tooLong} has {indexed[tooLong].Length} steps, more than the horizon {horizon}.", nameof(demonstrations));

        var run = MaxEntIrlLearner.Learn(
            m.Table, m.Discount, features, indexed, horizon, options.InitialWeights ?? new double[features.Count],
            options.LearningRate, options.Iterations, m.DescribeState, progress, cancellationToken);
        return new MaxEntIrlResult<TState, TAction>(
            features.Names.Zip(run.Weights, (name, weight) => (name, weight)).ToArray(),
            m.NewActionValues(run.Rewards),
            m.NewSolution(run.Solution),
            run.LogLikelihoods);
    }

    private static (int State, int Action)[] IndexDemonstration<TState, TAction>(
        ModelAdapter<TState, TAction> m, IReadOnlyList<(TState State, TAction Action)> demonstration, int number)
        where TState : notnull
        where TAction : struct
    {
        if (demonstration is null || demonstration.Count == 0)
            throw new ArgumentException($"Demonstration {number} is empty.", "demonstrations");
        var steps = new (int, int)[demonstration.Count];
        for (var t = 0; t < steps.Length; t++)
        {
            var (state, action) = demonstration[t];
            if (!m.States.TryIndexOf(state, out var s) || !m.Actions.TryIndexOf(action, out var a))
                throw new ArgumentException($"Demonstration {number}, step {t}: ({state}, {action}) is not part of the model.", "demonstrations");
            if (!m.Table.IsAllowed(s, a))
                throw new ArgumentException($"Demonstration {number}, step {t}: action {action} is not available in state {state}.", "demonstrations");
            steps[t] = (s, a);
        }
        return steps;
    }
}
