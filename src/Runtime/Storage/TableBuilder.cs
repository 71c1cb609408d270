using System;

namespace MdpDsl.Storage;

/// <summary>
/// Appends the rows of a <see cref="TransitionTable"/> in (state, action) order, straight into the arrays the table
/// will own, so that building allocates little more than the table itself.
/// </summary>
/// <remarks>
/// When the number of states is known, every per-pair array is allocated once at its final length, and the flags are
/// the caller's, read before the rows. The number of successors is not known in advance: the successor arrays are
/// sized, when they first fill, by extrapolating the successors per row seen so far to all rows with successors
/// (all pairs when that is not known), which is exact when those rows have the same length, grow by half when that
/// falls short, and are trimmed once at the end if any slack is left.
/// </remarks>
internal sealed class TableBuilder
{
    private readonly int _actionCount;
    private readonly bool _deterministic;
    private readonly bool _transitionRewards;
    private readonly long _expectedPairs;
    private readonly long _expectedRows;
    private int _rows;

    private int[]? _rowStart;
    private double[] _rewards;
    private bool[] _allowed;
    private bool[] _terminal;
    private int _pairs;
    private int _states;

    private int[] _successors;
    private double[]? _probabilities;
    private double[]? _entryRewards;
    private int _entries;

    /// <summary>A builder for states that are discovered while it fills: the per-pair arrays grow as states are added.</summary>
    /// <param name="actionCount">The number of actions.</param>
    /// <param name="deterministic">Whether every allowed pair has exactly one successor (no row starts or probabilities are stored).</param>
    /// <param name="transitionRewards">Whether r(s, a, s′) is stored per successor.</param>
    public TableBuilder(int actionCount, bool deterministic, bool transitionRewards)
        : this(actionCount, deterministic, transitionRewards, Array.Empty<bool>(), Array.Empty<bool>(), rows: 0)
    {
    }

    /// <summary>
    /// A builder for a known set of states whose flags were read before any row: it takes the flag arrays over as the
    /// table's own, so that they are allocated once, and allocates every other per-pair array once at its final length.
    /// </summary>
    /// <param name="actionCount">The number of actions.</param>
    /// <param name="deterministic">Whether every allowed pair has exactly one successor (no row starts or probabilities are stored).</param>
    /// <param name="transitionRewards">Whether r(s, a, s′) is stored per successor.</param>
    /// <param name="terminal">Which states are terminal, one per state; the rows must agree.</param>
    /// <param name="allowed">Which pairs are allowed, state-major; the rows must agree.</param>
    /// <param name="rows">
    /// How many pairs will have successors, so that the successor arrays are sized from the successors per such row
    /// rather than per pair: exact, with no trim, when those rows all have the same length.
    /// </param>
    public TableBuilder(int actionCount, bool deterministic, bool transitionRewards, bool[] terminal, bool[] allowed, int rows)
    {
        _actionCount = actionCount;
        _deterministic = deterministic;
        _transitionRewards = transitionRewards && !deterministic; // one successor: r(s, a, s') is r(s, a)
        _expectedPairs = allowed.Length;
        _expectedRows = rows;
        // Every pair writes its reward (and its successor or row end), so these arrays need no zeroing first.
        _rewards = GC.AllocateUninitializedArray<double>(allowed.Length);
        _allowed = allowed;
        _terminal = terminal;
        if (deterministic)
        {
            _successors = GC.AllocateUninitializedArray<int>(allowed.Length);
        }
        else
        {
            _rowStart = GC.AllocateUninitializedArray<int>(allowed.Length + 1);
            _rowStart[0] = 0;
            _successors = Array.Empty<int>();
            _probabilities = Array.Empty<double>();
            _entryRewards = _transitionRewards ? Array.Empty<double>() : null;
        }
    }

    public void AddState(bool terminal)
    {
        if (_states == _terminal.Length)
            Array.Resize(ref _terminal, Math.Max(4, 2 * _states));
        _terminal[_states++] = terminal;
    }

    /// <summary>Adds a pair with no successors: a terminal state's or a disallowed action's.</summary>
    public void AddEmptyRow()
    {
        var pair = StartPair();
        if (_deterministic)
            AddEntries(1)[0] = -1;
        _rewards[pair] = 0;
        _allowed[pair] = false;
        EndPair(pair);
    }

    /// <summary>Adds an allowed pair whose successors are sorted, distinct and have positive probabilities.</summary>
    public void AddRow(ReadOnlySpan<int> successors, ReadOnlySpan<double> probabilities, ReadOnlySpan<double> entryRewards, double reward)
    {
        var pair = StartPair();
        var first = _entries;
        _rows++;
        CopyRow(successors, AddEntries(successors.Length));
        if (!_deterministic)
            CopyRow(probabilities, _probabilities.AsSpan(first));
        if (_transitionRewards)
            CopyRow(entryRewards, _entryRewards.AsSpan(first));
        _rewards[pair] = reward;
        _allowed[pair] = true;
        EndPair(pair);
    }

    public TransitionTable Build()
    {
        var pairs = _pairs;
        return new TransitionTable(
            _states,
            _actionCount,
            _deterministic ? null : Trimmed(_rowStart!, pairs + 1),
            Trimmed(_successors, _entries),
            _deterministic ? null : Trimmed(_probabilities!, _entries),
            Trimmed(_rewards, pairs),
            _transitionRewards ? Trimmed(_entryRewards!, _entries) : null,
            Trimmed(_allowed, pairs),
            Trimmed(_terminal, _states));
    }

    /// <summary>Claims the next pair, growing the per-pair arrays when the states are being discovered.</summary>
    private int StartPair()
    {
        if (_pairs == _rewards.Length)
        {
            var capacity = Math.Max(4 * _actionCount, 2 * _pairs);
            Array.Resize(ref _rewards, capacity);
            Array.Resize(ref _allowed, capacity);
            if (!_deterministic)
                Array.Resize(ref _rowStart, capacity + 1);
        }
        return _pairs;
    }

    private void EndPair(int pair)
    {
        if (!_deterministic)
            _rowStart![pair + 1] = _entries;
        _pairs = pair + 1;
    }

    /// <summary>Reserves <paramref name="count"/> entries and returns their successors, to be written.</summary>
    private Span<int> AddEntries(int count)
    {
        var needed = (long)_entries + count;
        if (needed > _successors.Length)
            GrowEntries(needed);
        var first = _entries;
        _entries = (int)needed;
        return _successors.AsSpan(first, count);
    }

    private void GrowEntries(long needed)
    {
        if (needed > Array.MaxLength)
            throw new InvalidOperationException($"The table needs more than {Array.MaxLength} successor entries, more than an array can hold.");
        // The row being added counts among the rows seen, so the extrapolation never divides by zero.
        var extrapolated = _expectedRows > 0 && _rows > 0 ? needed * _expectedRows / _rows
            : _expectedPairs > _pairs ? needed * _expectedPairs / (_pairs + 1)
            : 0;
        var capacity = (int)Math.Min(Array.MaxLength, Math.Max(Math.Max(needed, 16), Math.Max(extrapolated, _successors.Length + (long)_successors.Length / 2)));
        _successors = Grown(_successors, _entries, capacity);
        if (_probabilities is not null)
            _probabilities = Grown(_probabilities, _entries, capacity);
        if (_entryRewards is not null)
            _entryRewards = Grown(_entryRewards, _entries, capacity);
    }

    /// <summary>A longer copy of the first <paramref name="used"/> entries; the rest is written before it is read, so it is not zeroed.</summary>
    private static T[] Grown<T>(T[] array, int used, int capacity)
    {
        var grown = GC.AllocateUninitializedArray<T>(capacity);
        array.AsSpan(0, used).CopyTo(grown);
        return grown;
    }

    /// <summary>Copies a row, usually of a few entries, for which a loop is faster than a call to a bulk copy.</summary>
    private static void CopyRow<T>(ReadOnlySpan<T> row, Span<T> target)
    {
        target = target[..row.Length];
        for (var k = 0; k < row.Length; k++)
            target[k] = row[k];
    }

    private static T[] Trimmed<T>(T[] array, int length)
    {
        if (array.Length != length)
            Array.Resize(ref array, length);
        return array;
    }
}
