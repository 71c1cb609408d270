using System;
using System.Numerics.Tensors;
using MdpDsl.Learning;

namespace MdpDsl;

/// <summary>
/// A linear critic Q(s, a) = w_a · φ(s) (+ a bias b_a) on an encoder's features, with a target copy of its weights.
/// It is trained by normalized least-mean-squares steps on ½ (Q(s, a) − y)²: w_a ← w_a + η (y − Q(s, a)) φ(s) / ‖φ(s)‖²,
/// which moves Q(s, a) by exactly η (y − Q(s, a)) whatever the scale of the features, so the step sizes mean what
/// they mean for a table. With one-hot features of the state and no bias it is a table.
/// A critic is used by one run at a time: it encodes into a buffer of its own, and reuses the features of
/// the last state while the same state comes back, so states must be values that do not change once made.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
public sealed class LinearSoftCritic<TState> : ISoftCritic<TState>
{
    private readonly FeatureVector<TState> _features;
    private readonly double[] _weights;
    private readonly double[] _target;

    /// <summary>A critic whose estimate and target both start at <paramref name="initialValue"/> for every state and action.</summary>
    /// <param name="encoder">The features φ(s).</param>
    /// <param name="actionCount">The number of actions: one weight vector each.</param>
    /// <param name="bias">Whether each action's Q has a constant term besides the features.</param>
    /// <param name="initialValue">
    /// Q(s, a) before any update, held by the bias (the other weights start at 0). An optimistic value, above any
    /// return the model can pay, makes a learner that acts by the critic try every action until its estimate comes
    /// down (Sutton &amp; Barto, §2.6): a low temperature alone never retries an action that looked worse early.
    /// </param>
    /// <exception cref="ArgumentException">The encoder has no features and there is no bias, or an initial value other than 0 has no bias to hold it.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The action count is below 1, or the initial value is not finite.</exception>
    public LinearSoftCritic(IStateEncoder<TState> encoder, int actionCount, bool bias = true, double initialValue = 0)
    {
        if (actionCount < 1)
            throw new ArgumentOutOfRangeException(nameof(actionCount), actionCount, "A critic needs at least one action.");
        if (!double.IsFinite(initialValue))
            throw new ArgumentOutOfRangeException(nameof(initialValue), initialValue, "The initial value must be finite.");
        if (initialValue != 0 && !bias)
            throw new ArgumentException($"The initial value {initialValue} needs the bias to hold it; pass bias: true.", nameof(initialValue));
        _features = new FeatureVector<TState>(encoder, bias, nameof(encoder));
        ActionCount = actionCount;
        _weights = new double[actionCount * _features.Length];
        if (initialValue != 0)
        {
            for (var a = 0; a < actionCount; a++)
                _weights[(a + 1) * _features.Length - 1] = initialValue;
        }
        _target = (double[])_weights.Clone();
    }

    /// <summary>The number of actions.</summary>
    public int ActionCount { get; }

    /// <summary>The length of each action's weight vector: the encoder's features, plus one for the bias.</summary>
    public int WeightCount => _features.Length;

    /// <summary>The weights w_a of <paramref name="action"/>, the bias last (if there is one).</summary>
    public ReadOnlySpan<double> Weights(int action) => Row(_weights, action);

    /// <inheritdoc/>
    public double Value(TState state, int action) => TensorPrimitives.Dot(Row(_weights, action), _features.Encode(state, action));

    /// <inheritdoc/>
    public double TargetValue(TState state, int action) => TensorPrimitives.Dot(Row(_target, action), _features.Encode(state, action));

    /// <inheritdoc/>
    public void Update(TState state, int action, double target, double learningRate)
    {
        var features = _features.Encode(state, action);
        var squaredNorm = TensorPrimitives.Dot(features, features);
        // All-zero features: Q(s, a) is the same for every weight, and there is nothing to learn here.
        if (squaredNorm == 0)
            return;
        var weights = _weights.AsSpan(action * WeightCount, WeightCount);
        var step = learningRate * (target - TensorPrimitives.Dot(weights, features)) / squaredNorm;
        TensorPrimitives.MultiplyAdd(features, step, weights, weights);
    }

    /// <inheritdoc/>
    public void UpdateTarget(double tau)
    {
        // w̄ ← w̄ + τ (w − w̄), in place.
        TensorPrimitives.Lerp<double>(_target, _weights, tau, _target);
    }

    private ReadOnlySpan<double> Row(double[] weights, int action) => weights.AsSpan(CheckedAction(action) * WeightCount, WeightCount);

    private int CheckedAction(int action) =>
        (uint)action < (uint)ActionCount ? action : throw new ArgumentOutOfRangeException(nameof(action), action, $"The action index must lie in [0, {ActionCount}).");
}
