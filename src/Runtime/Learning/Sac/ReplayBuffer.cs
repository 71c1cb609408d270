using System;

namespace MdpDsl.Learning;

/// <summary>One stored transition.</summary>
internal readonly record struct Transition(int State, int Action, double Reward, int Next, bool Terminated);

/// <summary>The last <c>capacity</c> transitions, overwritten oldest first, replayed uniformly.</summary>
internal sealed class ReplayBuffer(int capacity)
{
    private readonly Transition[] _transitions = new Transition[capacity];
    private int _next;

    public int Count { get; private set; }

    public void Add(in Transition transition)
    {
        _transitions[_next] = transition;
        _next = (_next + 1) % _transitions.Length;
        Count = Math.Min(Count + 1, _transitions.Length);
    }

    public ref readonly Transition Sample(Random random) => ref _transitions[random.Next(Count)];
}
