using System;
using System.Threading;
using MdpDsl.Storage;

namespace MdpDsl.Numerics;

/// <summary>
/// Runs one Jacobi sweep over all states on every core without allocating: the state range is cut into chunks
/// that the calling thread and pooled helpers take in turn. Each thread keeps one sweeper per backup type, so
/// steady-state sweeps reuse everything.
/// </summary>
/// <remarks>
/// The caller waits only for helpers that joined while chunks were left. A helper that gets a thread after the
/// sweep closed returns at once, so a sweep never waits for a pool thread: when the pool is busy (many solves at
/// once) the caller simply takes every chunk itself.
/// </remarks>
internal sealed class Sweeper<TBackup> : IThreadPoolWorkItem
    where TBackup : struct, IBackup
{
    /// <summary>Below this many table entries a sweep is too short to share.</summary>
    private const int ParallelThreshold = 1 << 15;

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
    private int _chunks;
    private int _taken;

    // The threads inside the sweep in progress (the caller counts as one); 0 once the sweep has closed.
    private int _workers;

    /// <summary>One sweep; returns max_s |next[s] − values[s]|, NaN if a value is NaN.</summary>
    public static double Sweep(TransitionTable table, double discount, TBackup backup, double[] values, double[] next)
    {
        if (Environment.ProcessorCount == 1 || table.EntryCount + table.StateCount < ParallelThreshold)
            return BellmanKernel.SweepRange(table, discount, backup, values, next, 0, table.StateCount);
        return (t_current ??= new Sweeper<TBackup>()).Run(table, discount, backup, values, next);
    }

    private double Run(TransitionTable table, double discount, TBackup backup, double[] values, double[] next)
    {
        (_table, _discount, _backup, _values, _next) = (table, discount, backup, values, next);
        _chunks = Math.Min(_residuals.Length, table.StateCount);
        _taken = 0;
        _finished.Reset();
        // Publishes the arguments above before any helper can join.
        Volatile.Write(ref _workers, 1);
        for (var i = 0; i < _helpers; i++)
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
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
        int chunk;
        while ((chunk = Interlocked.Increment(ref _taken) - 1) < _chunks)
        {
            var start = (int)((long)_table.StateCount * chunk / _chunks);
            var end = (int)((long)_table.StateCount * (chunk + 1) / _chunks);
            _residuals[chunk] = BellmanKernel.SweepRange(_table, _discount, _backup, _values, _next, start, end);
        }
    }
}
