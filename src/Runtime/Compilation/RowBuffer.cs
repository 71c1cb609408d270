using System;

namespace MdpDsl.Compilation;

/// <summary>The successors of one (state, action) pair while they are validated, sorted and merged.</summary>
internal sealed class RowBuffer
{
    private int[] _successors = new int[8];
    private double[] _probabilities = new double[8];
    private double[] _rewards = new double[8];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Successors => _successors.AsSpan(0, Count);

    public ReadOnlySpan<double> Probabilities => _probabilities.AsSpan(0, Count);

    /// <summary>r(s, a, s') of each successor.</summary>
    public ReadOnlySpan<double> Rewards => _rewards.AsSpan(0, Count);

    /// <summary>r(s, a) = Σ p(s') r(s, a, s').</summary>
    public double ExpectedReward
    {
        get
        {
            var expected = 0.0;
            for (var k = 0; k < Count; k++)
                expected += _probabilities[k] * _rewards[k];
            return expected;
        }
    }

    public void Clear() => Count = 0;

    public void Add(int successor, double probability, double reward)
    {
        if (Count == _successors.Length)
        {
            Array.Resize(ref _successors, Count * 2);
            Array.Resize(ref _probabilities, Count * 2);
            Array.Resize(ref _rewards, Count * 2);
        }
        _successors[Count] = successor;
        _probabilities[Count] = probability;
        _rewards[Count] = reward;
        Count++;
    }

    /// <summary>
    /// Sorts by successor and merges duplicates. A merged reward is the probability-weighted mean of the
    /// duplicates', which keeps the expected reward unchanged.
    /// </summary>
    public void SortAndMerge()
    {
        if (Count < 2)
            return;
        // Insertion sort: rows are short, and usually already sorted.
        for (var i = 1; i < Count; i++)
        {
            var (s, p, r) = (_successors[i], _probabilities[i], _rewards[i]);
            var j = i - 1;
            for (; j >= 0 && _successors[j] > s; j--)
            {
                _successors[j + 1] = _successors[j];
                _probabilities[j + 1] = _probabilities[j];
                _rewards[j + 1] = _rewards[j];
            }
            (_successors[j + 1], _probabilities[j + 1], _rewards[j + 1]) = (s, p, r);
        }

        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            if (kept > 0 && _successors[kept - 1] == _successors[i])
            {
                var total = _probabilities[kept - 1] + _probabilities[i];
                _rewards[kept - 1] = (_probabilities[kept - 1] * _rewards[kept - 1] + _probabilities[i] * _rewards[i]) / total;
                _probabilities[kept - 1] = total;
                continue;
            }
            (_successors[kept], _probabilities[kept], _rewards[kept]) = (_successors[i], _probabilities[i], _rewards[i]);
            kept++;
        }
        Count = kept;
    }
}
