using System;
using System.Threading;
using MdpDsl.Storage;

namespace MdpDsl.Numerics;

/// <summary>
/// Runs one Jacobi sweep over all states on every core without allocating: the state range is cut into chunks
/// that the calling thread and the <see cref="SweepHelpers"/> take in turn. Each thread keeps one sweeper per backup type, so
/// steady-state sweeps reuse everything.
/// </summary>
/// <remarks>
/// The caller waits only for helpers that joined while chunks were left. A helper that arrives after the sweep
/// closed returns at once, so a sweep never waits for a helper: when the helpers are busy (many solves at once)
/// the caller simply takes every chunk itself.
/// </remarks>
internal sealed class Sweeper<TBackup> : IThreadPoolWorkItem
    where TBackup : struct, IBackup
{
    /// <summary>
    /// Below this much work (table entries plus states) a sweep runs on the calling thread alone. Handing chunks to a
    /// pooled helper and waiting for it to leave cost about 37 µs on the 2-core reference machine (a 10,000-state,
    /// 170,000-unit sweep took 140 µs on one thread and 107 µs shared), so sharing gains nothing below about 75 µs of
    /// work, and little up to 100 µs: at about 0.8 ns per unit, 2^17 units.
    /// </summary>
    internal const int ParallelThreshold = 1 << 17;

    private const int ChunksPerThread = 8;

    [ThreadStatic]
    private static Sweeper<TBackup>? t_current;

    private readonly int _helpers = Math.Max(0, Environment.ProcessorCount - 1);
    private readonly double[] _residuals = new double[Environment.ProcessorCount * ChunksPerThread];
    private readonly ManualResetEventSlim _finished = new(false);

    // The arguments of the sweep in progress; set before helpers start and read-only while they run.
    private TransitionTable _table = null!;
    private double _discount;
    private TBackup _backup;
    private double[] _values = null!;
    private double[] _next = null!;
    private int _blockStates;
    private int _chunks;
    private int _taken;

    // The threads inside the sweep in progress (the caller counts as one); 0 once the sweep has closed.
    private int _workers;

    /// <summary>One sweep; returns max_s |next[s] − values[s]|, NaN if a value is NaN.</summary>
    public static double Sweep(TransitionTable table, double discount, TBackup backup, double[] values, double[] next)
    {
        // V is gathered at random: on 4 KiB pages a large V costs a page walk per gather.
        HugePages.RequestOnce(values);
        HugePages.RequestOnce(next);
        if (Environment.ProcessorCount == 1 || table.EntryCount + table.StateCount < ParallelThreshold)
            return BellmanKernel.SweepRange(table, discount, backup, values, next, 0, table.StateCount);
        return (t_current ??= new Sweeper<TBackup>()).Run(table, discount, backup, values, next);
    }

    private double Run(TransitionTable table, double discount, TBackup backup, double[] values, double[] next)
    {
        (_table, _discount, _backup, _values, _next) = (table, discount, backup, values, next);
        _blockStates = BellmanKernel.BlockStates(table.ActionCount);
        _chunks = (int)Math.Min(_residuals.Length, ((long)table.StateCount + _blockStates - 1) / _blockStates);
        _taken = 0;
        _finished.Reset();
        // Publishes the arguments above before any helper can join.
        Volatile.Write(ref _workers, 1);
        SweepHelpers.Post(this, _helpers);
        TakeChunks();
        if (Interlocked.Decrement(ref _workers) != 0)
            _finished.Wait();

        var residual = 0.0;
        for (var c = 0; c < _chunks; c++)
            residual = _residuals[c] > residual || double.IsNaN(_residuals[c]) ? _residuals[c] : residual;
        (_table, _values, _next) = (null!, null!, null!);
        return residual;
    }

    /// <summary>A helper: joins the sweep if it is still open, takes chunks, and wakes the caller if it is the last to leave.</summary>
    public void Execute()
    {
        int workers;
        do
        {
            workers = Volatile.Read(ref _workers);
            if (workers == 0)
                return;
        }
        while (Interlocked.CompareExchange(ref _workers, workers + 1, workers) != workers);

        try
        {
            TakeChunks();
        }
        finally
        {
            if (Interlocked.Decrement(ref _workers) == 0)
                _finished.Set();
        }
    }

    /// <summary>Takes chunks until none is left; run by the caller and by each helper that joined.</summary>
    private void TakeChunks()
    {
        var states = _table.StateCount;
        var blocks = ((long)states + _blockStates - 1) / _blockStates;
        int chunk;
        while ((chunk = Interlocked.Increment(ref _taken) - 1) < _chunks)
        {
            // Chunks are whole kernel blocks, so that sharing a sweep does not change a single bit of its values.
            var start = (int)Math.Min(states, blocks * chunk / _chunks * _blockStates);
            var end = (int)Math.Min(states, blocks * (chunk + 1) / _chunks * _blockStates);
            _residuals[chunk] = BellmanKernel.SweepRange(_table, _discount, _backup, _values, _next, start, end);
        }
    }
}
