using System;
using MdpDsl.Storage;

namespace MdpDsl;

/// <summary>The default <see cref="ISoftCritic"/>: one Q(s, a) per pair and its Polyak-averaged copy, both starting at 0.</summary>
public sealed class TabularSoftCritic : ISoftCritic
{
    private readonly int _actions;
    private readonly double[] _values;
    private readonly double[] _target;

    /// <summary>A critic for the pairs of <paramref name="table"/> (a model's <c>Table</c>).</summary>
    public TabularSoftCritic(TransitionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _actions = table.ActionCount;
        _values = new double[table.StateCount * _actions];
        _target = new double[_values.Length];
    }

    /// <inheritdoc/>
    public double Value(int state, int action) => _values[state * _actions + action];

    /// <inheritdoc/>
    public double TargetValue(int state, int action) => _target[state * _actions + action];

    /// <inheritdoc/>
    public void Update(int state, int action, double target, double learningRate)
    {
        ref var q = ref _values[state * _actions + action];
        q += learningRate * (target - q);
    }

    /// <inheritdoc/>
    public void UpdateTarget(double tau)
    {
        for (var i = 0; i < _values.Length; i++)
            _target[i] += tau * (_values[i] - _target[i]);
    }
}
