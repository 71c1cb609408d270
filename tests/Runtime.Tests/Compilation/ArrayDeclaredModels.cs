using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Compilation;

/// <summary>
/// The largest <see cref="MdpArrays"/> the two models below can hold: states beyond an MDP's own are terminal, and
/// actions beyond its own are not allowed, so each model has exactly the MDP's dynamics.
/// </summary>
public static class ArrayDeclared
{
    public const int MaxStates = 12;

    public static bool IsTerminal(MdpArrays arrays, int state) => state >= arrays.StateCount || arrays.Terminal[state];

    public static bool IsAllowed(MdpArrays arrays, int state, int action) =>
        state < arrays.StateCount && action < arrays.ActionCount && arrays.Allowed[state, action];

    public static double Reward(MdpArrays arrays, int state, int action, int next) =>
        arrays.RewardOnEntry is { } onEntry ? onEntry(state, (Act)action, next) : arrays.Reward[state, action];
}

/// <summary>An <see cref="MdpArrays"/> declared in the DSL with the transition most users write: an iterator.</summary>
[Mdp(Discount = 0.9)]
public partial class IteratedArrays
{
    public required MdpArrays Arrays { get; init; }

    [State] public readonly record struct Node([Range(0, ArrayDeclared.MaxStates - 1)] int Index);

    [Action] public enum Move { M0, M1, M2, M3 }

    [Initial] public static Node Start => new(0);

    [Terminal] public bool Ends(Node s) => ArrayDeclared.IsTerminal(Arrays, s.Index);

    [Allowed] public bool Can(Node s, Move a) => ArrayDeclared.IsAllowed(Arrays, s.Index, (int)a);

    [Reward] public double R(Node s, Move a, Node next) => ArrayDeclared.Reward(Arrays, s.Index, (int)a, next.Index);

    [Transition]
    public IEnumerable<(Node, double)> Step(Node s, Move a)
    {
        foreach (var (next, probability) in Arrays.Successors[s.Index, (int)a])
            yield return (new Node(next), probability);
    }
}

/// <summary>The same declaration as <see cref="IteratedArrays"/>, its transition adding to the compiler's buffer.</summary>
[Mdp(Discount = 0.9)]
public partial class SinkArrays
{
    public required MdpArrays Arrays { get; init; }

    [State] public readonly record struct Node([Range(0, ArrayDeclared.MaxStates - 1)] int Index);

    [Action] public enum Move { M0, M1, M2, M3 }

    [Initial] public static Node Start => new(0);

    [Terminal] public bool Ends(Node s) => ArrayDeclared.IsTerminal(Arrays, s.Index);

    [Allowed] public bool Can(Node s, Move a) => ArrayDeclared.IsAllowed(Arrays, s.Index, (int)a);

    [Reward] public double R(Node s, Move a, Node next) => ArrayDeclared.Reward(Arrays, s.Index, (int)a, next.Index);

    [Transition]
    public void Step(Node s, Move a, Successors<Node> next)
    {
        foreach (var (successor, probability) in Arrays.Successors[s.Index, (int)a])
            next.Add(new Node(successor), probability);
    }
}
