using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Runtime.Tests.Storage;

/// <summary>
/// Huge pages are advice to the operating system: asking for them must leave every array's contents as they were
/// (collapsing pages copies them) and must not fail where they are not available.
/// </summary>
public class HugePagesTests
{
    [Fact]
    public void Requesting_huge_pages_keeps_every_element()
    {
        var count = 3 * HugePages.MinimumBytes / sizeof(double);
        var array = new double[count];
        for (var i = 0; i < count; i++)
            array[i] = i * 0.5 - 7;

        HugePages.Request(array);
        HugePages.RequestOnce(array);
        HugePages.RequestOnce(array);

        for (var i = 0; i < count; i++)
            Assert.Equal(i * 0.5 - 7, array[i]);
    }

    [Fact]
    public void A_large_table_and_its_value_arrays_sweep_as_they_would_without_advice()
    {
        // One successor per pair, p = 1: V'(s) = r(s) + γ V(s + 1 mod S), computed here directly.
        const int states = HugePages.MinimumBytes / sizeof(double) + 1_000;
        var successors = Enumerable.Range(0, states).Select(s => (s + 1) % states).ToArray();
        var rewards = Enumerable.Range(0, states).Select(s => -(s % 7) * 0.25).ToArray();
        var table = TransitionTable.FromUniformRows(states, 1, successors, Enumerable.Repeat(1.0, states).ToArray(), rewards);
        var values = Enumerable.Range(0, states).Select(s => (double)(s % 11)).ToArray();
        var next = new double[states];

        Bellman.Sweep(table, 0.5, values, next);

        for (var s = 0; s < states; s++)
            Assert.Equal(-(s % 7) * 0.25 + 0.5 * ((s + 1) % states % 11), next[s]);
    }
}
