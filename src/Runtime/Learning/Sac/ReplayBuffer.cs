using System;

namespace MdpDsl.Learning;

/// <summary>One stored transition.</summary>
internal readonly record struct Transition<TState>(TState State, int Action, double Reward, TState Next, bool Terminated);

/// <summary>The last <c>capacity</c> transitions, overwritten oldest first, replayed uniformly.</summary>
internal sealed class ReplayBuffer<TState>(int capacity)
{
    private readonly Transition<TState>[] _transitions = new Transition<TState>[capacity];
    private int _next;

    public int Count { get; private set; }

    public void Add(in Transition<TState> transition)
    {
        _transitions[_next] = transition;
        _next = (_next + 1) % _transitions.Length;
        Count = Math.Min(Count + 1, _transitions.Length);
    }

    public ref readonly Transition<TState> Sample(Random random) => ref _transitions[random.Next(Count)];
}
