using System;
using System.Numerics.Tensors;
using MdpDsl.Learning;
using MdpDsl.Numerics;

namespace MdpDsl;

/// <summary>
/// A linear softmax actor on an encoder's features: logits z(s, a) = θ_a · φ(s) (+ a bias), π(a|s) ∝ exp z(s, a) over
/// the allowed actions. Its gradient steps are normalized by ‖φ(s)‖², so that a step moves the logits at s by exactly
/// the step size times the logit gradient, as a table's would. All weights start at 0: the uniform policy.
/// An actor is used by one run at a time: it encodes into a buffer of its own, and reuses the features of
/// the last state while the same state comes back, so states must be values that do not change once made.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
public sealed class LinearSoftActor<TState> : ISoftActor<TState>
{
    private readonly FeatureVector<TState> _features;
    private readonly Func<TState, int, bool>? _isAllowed;
    private readonly double[] _weights;
    private readonly double[] _logits;

    /// <summary>An actor at the uniform policy.</summary>
    /// <param name="encoder">The features φ(s).</param>
    /// <param name="actionCount">The number of actions: one weight vector each.</param>
    /// <param name="isAllowed">Whether the action of an index may be taken in a state; null allows every action everywhere.</param>
    /// <param name="bias">Whether each action's logit has a constant term besides the features.</param>
    /// <exception cref="ArgumentException">The encoder has no features and there is no bias.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The action count is below 1.</exception>
    public LinearSoftActor(IStateEncoder<TState> encoder, int actionCount, Func<TState, int, bool>? isAllowed = null, bool bias = true)
    {
        if (actionCount < 1)
            throw new ArgumentOutOfRangeException(nameof(actionCount), actionCount, "An actor needs at least one action.");
        _features = new FeatureVector<TState>(encoder, bias, nameof(encoder));
        _isAllowed = isAllowed;
        ActionCount = actionCount;
        _weights = new double[actionCount * _features.Length];
        _logits = new double[actionCount];
    }

    /// <summary>The number of actions.</summary>
    public int ActionCount { get; }

    /// <summary>The length of each action's weight vector: the encoder's features, plus one for the bias.</summary>
    public int WeightCount => _features.Length;

    /// <summary>The weights θ_a of <paramref name="action"/>, the bias last (if there is one).</summary>
    public ReadOnlySpan<double> Weights(int action) =>
        (uint)action < (uint)ActionCount
            ? _weights.AsSpan(action * WeightCount, WeightCount)
            : throw new ArgumentOutOfRangeException(nameof(action), action, $"The action index must lie in [0, {ActionCount}).");

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="probabilities"/> has fewer entries than there are actions, or the state allows no action.</exception>
    public void Probabilities(TState state, Span<double> probabilities)
    {
        if (probabilities.Length < ActionCount)
            throw new ArgumentException($"The span holds {probabilities.Length} entries, fewer than the {ActionCount} actions.", nameof(probabilities));
        var features = _features.Encode(state, -1);
        var allowed = 0;
        for (var a = 0; a < ActionCount; a++)
        {
            var isAllowed = _isAllowed?.Invoke(state, a) ?? true;
            allowed += isAllowed ? 1 : 0;
            _logits[a] = isAllowed ? TensorPrimitives.Dot(_weights.AsSpan(a * WeightCount, WeightCount), features) : double.NegativeInfinity;
        }
        if (allowed == 0)
            throw new ArgumentException($"State {state} allows no action, so there is no policy there.", nameof(state));
        LogSumExp.Softmax(_logits, default, 1, probabilities[..ActionCount]);
    }

    /// <inheritdoc/>
    public void Descend(TState state, ReadOnlySpan<double> logitGradient, double learningRate)
    {
        var features = _features.Encode(state, -1);
        var squaredNorm = TensorPrimitives.Dot(features, features);
        if (squaredNorm == 0)
            return;
        var scale = learningRate / squaredNorm;
        for (var a = 0; a < ActionCount; a++)
        {
            // ∂z(s, a)/∂θ_a = φ(s): the chain rule through the features. A disallowed action's gradient is 0.
            if (logitGradient[a] != 0)
            {
                var weights = _weights.AsSpan(a * WeightCount, WeightCount);
                TensorPrimitives.MultiplyAdd(features, -scale * logitGradient[a], weights, weights);
            }
        }
    }
}
