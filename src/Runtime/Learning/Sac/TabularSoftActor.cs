using System;
using MdpDsl.Learning;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl;

/// <summary>The default <see cref="ISoftActor"/>: one logit per allowed pair, starting at 0 (the uniform policy).</summary>
public sealed class TabularSoftActor : ISoftActor
{
    private readonly int _actions;
    private readonly double[] _logits;

    /// <summary>An actor over the allowed actions of <paramref name="table"/> (a model's <c>Table</c>).</summary>
    public TabularSoftActor(TransitionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _actions = table.ActionCount;
        _logits = ActionRows.Zeros(table);
    }

    /// <inheritdoc/>
    public void Probabilities(int state, Span<double> probabilities) =>
        LogSumExp.Softmax(_logits.AsSpan(state * _actions, _actions), default, 1, probabilities);

    /// <inheritdoc/>
    public void Descend(int state, ReadOnlySpan<double> logitGradient, double learningRate)
    {
        var row = _logits.AsSpan(state * _actions, _actions);
        for (var a = 0; a < _actions; a++)
        {
            // A disallowed action's logit stays at −∞.
            if (!double.IsNegativeInfinity(row[a]))
                row[a] -= learningRate * logitGradient[a];
        }
    }
}
