using MdpDsl.Compilation;

namespace MdpDsl.Runtime.Tests.TestModels;

/// <summary>
/// A counter over the unbounded type int, for reachable state spaces: it starts at 0, every action adds 1 for
/// reward −1, and it stops (terminal) at <see cref="Stop"/>. With int.MaxValue it never stops in practice.
/// </summary>
public readonly struct CounterDynamics : IDynamics<int, Act>
{
    public CounterDynamics(int stop, bool declaresInitial = true)
    {
        Stop = stop;
        DeclaresInitial = declaresInitial;
    }

    public int Stop { get; }

    public bool DeclaresInitial { get; }

    public bool IsDeterministic => true;

    public bool RewardDependsOnNext => false;

    public bool IsTerminal(int state) => state >= Stop;

    public bool IsAllowed(int state, Act action) => true;

    public double Reward(int state, Act action, int next) => -1;

    public void Successors(int state, Act action, Successors<int> successors) => successors.Add(state + 1, 1.0);

    public void Initial(Successors<int> start)
    {
        if (DeclaresInitial)
            start.Add(0, 1.0);
    }
}
