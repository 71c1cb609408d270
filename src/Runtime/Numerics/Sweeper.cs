using System;
using System.Threading;
using MdpDsl.Storage;

namespace MdpDsl.Numerics;

/// <summary>
/// Runs one Jacobi sweep over all states on every core without allocating: the state range is cut into chunks
/// that the calling thread and pooled helpers take in turn. Each thread keeps one sweeper per backup type, so
/// steady-state sweeps reuse everything.
/// </summary>
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
    private readonly CountdownEvent _finished = new(1);

    // The arguments of the sweep in progress; set before helpers start and read-only while they run.
    private TransitionTable _table = null!;
    private double _discount;
    private TBackup _backup;
    private double[] _values = null!;
    private double[] _next = null!;
    private int _chunks;
    private int _taken;

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
        _finished.Reset(_helpers + 1);
        for (var i = 0; i < _helpers; i++)
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        Execute();
        _finished.Wait();

        var residual = 0.0;
        for (var c = 0; c < _chunks; c++)
            residual = _residuals[c] > residual || double.IsNaN(_residuals[c]) ? _residuals[c] : residual;
        (_table, _values, _next) = (null!, null!, null!);
        return residual;
    }

    /// <summary>Takes chunks until none is left; run by the caller and by each helper.</summary>
    public void Execute()
    {
        try
        {
            int chunk;
            while ((chunk = Interlocked.Increment(ref _taken) - 1) < _chunks)
            {
                var start = (int)((long)_table.StateCount * chunk / _chunks);
                var end = (int)((long)_table.StateCount * (chunk + 1) / _chunks);
                _residuals[chunk] = BellmanKernel.SweepRange(_table, _discount, _backup, _values, _next, start, end);
            }
        }
        finally
        {
            _finished.Signal();
        }
    }
}
