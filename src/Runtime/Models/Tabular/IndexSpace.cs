using MdpDsl.Compilation;

namespace MdpDsl.Tabular;

/// <summary>The integers 0..Count−1 as a state or action space: a value is its own index.</summary>
internal readonly struct IndexSpace : IFiniteSpace<int>
{
    public IndexSpace(int count) => Count = count;

    public int Count { get; }

    public bool TryIndexOf(int value, out int index)
    {
        index = value;
        return (uint)value < (uint)Count;
    }

    public int ValueAt(int index) => index;
}
