using System;
using System.Collections.Generic;

namespace MdpDsl.Storage;

/// <summary>Appends the rows of a <see cref="TransitionTable"/> in (state, action) order.</summary>
internal sealed class TableBuilder
{
    private readonly int _actionCount;
    private readonly bool _deterministic;
    private readonly bool _transitionRewards;
    private readonly List<int> _rowStart = new() { 0 };
    private readonly List<int> _successors = new();
    private readonly List<double> _probabilities = new();
    private readonly List<double> _entryRewards = new();
    private readonly List<double> _rewards = new();
    private readonly List<bool> _allowed = new();
    private readonly List<bool> _terminal = new();

    public TableBuilder(int actionCount, bool deterministic, bool transitionRewards, int expectedStates)
    {
        _actionCount = actionCount;
        _deterministic = deterministic;
        _transitionRewards = transitionRewards && !deterministic; // one successor: r(s, a, s') is r(s, a)
        _rewards.Capacity = expectedStates * actionCount;
        _allowed.Capacity = expectedStates * actionCount;
        _successors.Capacity = expectedStates * actionCount;
        _terminal.Capacity = expectedStates;
    }

    public void AddState(bool terminal) => _terminal.Add(terminal);

    /// <summary>Adds a pair with no successors: a terminal state's or a disallowed action's.</summary>
    public void AddEmptyRow()
    {
        _rewards.Add(0);
        _allowed.Add(false);
        if (_deterministic)
            _successors.Add(-1);
        else
            _rowStart.Add(_successors.Count);
    }

    /// <summary>Adds an allowed pair whose successors are sorted, distinct and have positive probabilities.</summary>
    public void AddRow(ReadOnlySpan<int> successors, ReadOnlySpan<double> probabilities, ReadOnlySpan<double> entryRewards, double reward)
    {
        _rewards.Add(reward);
        _allowed.Add(true);
        for (var k = 0; k < successors.Length; k++)
        {
            _successors.Add(successors[k]);
            if (!_deterministic)
                _probabilities.Add(probabilities[k]);
            if (_transitionRewards)
                _entryRewards.Add(entryRewards[k]);
        }
        if (!_deterministic)
            _rowStart.Add(_successors.Count);
    }

    public TransitionTable Build()
    {
        var states = _terminal.Count;
        return new TransitionTable(
            states,
            _actionCount,
            _deterministic ? null : _rowStart.ToArray(),
            _successors.ToArray(),
            _deterministic ? null : _probabilities.ToArray(),
            _rewards.ToArray(),
            _transitionRewards ? _entryRewards.ToArray() : null,
            _allowed.ToArray(),
            _terminal.ToArray());
    }
}
