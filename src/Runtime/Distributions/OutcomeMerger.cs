using System.Collections.Generic;

namespace MdpDsl;

/// <summary>Collects outcomes in first-seen order, adding the probabilities of equal values and dropping zeros.</summary>
internal sealed class OutcomeMerger<T>
    where T : notnull
{
    private readonly Dictionary<T, int> _index;
    private readonly List<T> _values;
    private readonly List<double> _probabilities;

    public OutcomeMerger(int capacity)
    {
        _index = new Dictionary<T, int>(capacity);
        _values = new List<T>(capacity);
        _probabilities = new List<double>(capacity);
    }

    public void Add(T value, double probability)
    {
        if (probability == 0)
            return;
        if (_index.TryGetValue(value, out var i))
        {
            _probabilities[i] += probability;
            return;
        }
        _index.Add(value, _values.Count);
        _values.Add(value);
        _probabilities.Add(probability);
    }

    public Distribution<T> ToDistribution() => new(_values.ToArray(), _probabilities.ToArray());
}
