using System;
using System.Collections.Generic;
using System.Numerics.Tensors;
using MdpDsl.Foundation;

namespace MdpDsl.Learning;

/// <summary>
/// The feature vector φ(s) of the linear approximators: the encoder's features, then a constant 1 when the
/// approximator has a bias. It checks each vector as it is made, since a NaN feature would otherwise surface much
/// later as a diverged weight. One buffer is reused, so a vector is valid until the next <see cref="Encode"/>.
/// The learners ask about every action of a state in a row, so the vector of the last state is kept and reused while
/// the same state comes back: states are values here, as the replay buffer also takes them to be.
/// </summary>
internal sealed class FeatureVector<TState>
{
    private readonly IStateEncoder<TState> _encoder;
    private readonly int _encoded;
    private readonly double[] _buffer;
    private TState? _last;
    private bool _hasLast;

    public FeatureVector(IStateEncoder<TState> encoder, bool bias, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(encoder, parameterName);
        _encoder = encoder;
        _encoded = encoder.FeatureCount;
        if (_encoded < 1 && !bias)
            throw new ArgumentException($"The encoder has {_encoded} features: a linear approximator needs at least one, or a bias.", parameterName);
        if (_encoded < 0)
            throw new ArgumentException($"The encoder reports {_encoded} features; a feature count cannot be negative.", parameterName);
        _buffer = new double[_encoded + (bias ? 1 : 0)];
        if (bias)
            _buffer[^1] = 1;
    }

    /// <summary>The length of φ, with the bias.</summary>
    public int Length => _buffer.Length;

    /// <summary>φ(<paramref name="state"/>); <paramref name="action"/> (-1 for none) only names the pair in a message.</summary>
    /// <exception cref="InvalidOperationException">The encoder's feature count changed since the approximator was made.</exception>
    /// <exception cref="ArgumentException">A feature is NaN or infinite; the message names the state, action and feature.</exception>
    public ReadOnlySpan<double> Encode(TState state, int action)
    {
        if (_encoder.FeatureCount != _encoded)
            throw new InvalidOperationException(
                $"The encoder's feature count changed from {_encoded}, when the approximator was made, to {_encoder.FeatureCount}: its weights no longer match the features.");
        if (_hasLast && EqualityComparer<TState>.Default.Equals(_last, state))
            return _buffer;
        _hasLast = false;
        var features = _buffer.AsSpan(0, _encoded);
        _encoder.Encode(state, features);
        // One vectorized sum finds any NaN or infinity; the search for which one runs only then.
        if (!double.IsFinite(TensorPrimitives.Sum<double>(features)))
            CheckEach(state, action, features);
        (_last, _hasLast) = (state, true);
        return _buffer;
    }

    private static void CheckEach(TState state, int action, ReadOnlySpan<double> features)
    {
        for (var i = 0; i < features.Length; i++)
        {
            if (!double.IsFinite(features[i]))
                throw new ArgumentException($"The encoder gave feature {i} = {NumberText.Short(features[i])} for state {state}{(action >= 0 ? $" (action index {action})" : "")}; features must be finite.", nameof(state));
        }
    }
}
