using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;

namespace MdpDsl.Numerics;

/// <summary>
/// The threads that help with shared sweeps: one per processor beyond the first, started with the first shared
/// sweep. After each piece of work a helper keeps watching for the next one for a short while before it sleeps,
/// because value iteration sweeps back to back: the next sweep then starts on both cores at once instead of waiting
/// for a sleeping thread to be woken, which cost a large part of a sweep of 50–100 µs.
/// </summary>
/// <remarks>
/// A helper that arrives late is harmless: <see cref="Sweeper{TBackup}"/> lets it join only a sweep still open, and
/// the caller never waits for a helper that has not joined. So a lost or late wake-up costs time, never a result.
/// </remarks>
internal static class SweepHelpers
{
    /// <summary>How long a helper watches for more work before it sleeps: a few sweeps of the sizes that are shared.</summary>
    private static readonly long WatchTicks = Stopwatch.Frequency / 2_000;

    private static readonly ConcurrentQueue<IThreadPoolWorkItem> s_work = new();
    private static readonly SemaphoreSlim s_wake = new(0);
    private static int s_started;
    private static int s_sleeping;

    /// <summary>Hands <paramref name="work"/> to <paramref name="helpers"/> helpers.</summary>
    public static void Post(IThreadPoolWorkItem work, int helpers)
    {
        if (Interlocked.Exchange(ref s_started, 1) == 0)
            Start();
        for (var i = 0; i < helpers; i++)
            s_work.Enqueue(work);
        // The enqueue is a full fence, and a helper counts itself as sleeping before it looks at the queue a last
        // time, so either it sees the work or this sees it sleeping.
        var sleeping = Volatile.Read(ref s_sleeping);
        if (sleeping > 0)
            s_wake.Release(Math.Min(sleeping, helpers));
    }

    private static void Start()
    {
        for (var i = 1; i < Environment.ProcessorCount; i++)
        {
            var thread = new Thread(Help) { IsBackground = true, Name = "MdpDsl sweep helper" };
            thread.Start();
        }
    }

    private static void Help()
    {
        while (true)
        {
            if (s_work.TryDequeue(out var work))
            {
                work.Execute();
                continue;
            }
            if (Watch())
                continue;
            Interlocked.Increment(ref s_sleeping);
            if (s_work.IsEmpty)
                s_wake.Wait();
            Interlocked.Decrement(ref s_sleeping);
        }
    }

    /// <summary>Spins until work arrives (true) or <see cref="WatchTicks"/> pass (false).</summary>
    private static bool Watch()
    {
        var start = Stopwatch.GetTimestamp();
        var spinner = new SpinWait();
        while (Stopwatch.GetTimestamp() - start < WatchTicks)
        {
            if (!s_work.IsEmpty)
                return true;
            // Spins without yielding: a yield or sleep would give up the core this is meant to hold.
            spinner.SpinOnce(sleep1Threshold: -1);
        }
        return false;
    }
}
