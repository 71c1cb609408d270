using MdpDsl.Compilation;

namespace MdpDsl.Runtime.Tests.TestModels;

/// <summary>
/// A model built by hand through the seam that generated code uses: an <see cref="IDynamics{TState, TAction}"/>
/// struct and two <see cref="IFiniteSpace{T}"/> structs handed to <see cref="ModelCompiler"/>.
/// </summary>
public sealed class ArrayModel : MdpModel<int, Act>
{
    public ArrayModel(CompiledMdp<int, Act> compiled)
        : base(compiled)
    {
    }

    /// <summary>Compiles <paramref name="arrays"/> with every value of its state space enumerated.</summary>
    public static ArrayModel Compile(
        MdpArrays arrays, double discount, int horizon = 0, Optimality likelihood = Optimality.Unconstrained) =>
        new(ModelCompiler.Compile<int, Act, ArrayDynamics, IntSpace, ActSpace>(
            new ArrayDynamics(arrays),
            new IntSpace(arrays.StateCount),
            new ActSpace(arrays.ActionCount),
            Settings(discount, horizon, StateSpace.Enumerated, StateSpaceLimits.DefaultMaxStates, likelihood)));

    /// <summary>Compiles the states reachable from the initial states of <paramref name="dynamics"/>.</summary>
    public static ArrayModel CompileReachable<TDynamics>(TDynamics dynamics, int actionCount, double discount, int maxStates)
        where TDynamics : struct, IDynamics<int, Act> =>
        new(ModelCompiler.CompileReachable<int, Act, TDynamics, ActSpace>(
            dynamics,
            new ActSpace(actionCount),
            Settings(discount, 0, StateSpace.Reachable, maxStates, Optimality.Unconstrained)));

    private static MdpSettings Settings(double discount, int horizon, StateSpace states, int maxStates, Optimality likelihood) =>
        new(discount, horizon, states, maxStates, likelihood);
}

/// <summary>Reads an <see cref="MdpArrays"/> as the runtime's dynamics, passing every value through unchecked.</summary>
public readonly struct ArrayDynamics : IDynamics<int, Act>
{
    private readonly MdpArrays _arrays;

    public ArrayDynamics(MdpArrays arrays) => _arrays = arrays;

    public bool IsDeterministic => _arrays.Deterministic;

    public bool RewardDependsOnNext => _arrays.RewardOnEntry is not null;

    public bool IsTerminal(int state) => _arrays.Terminal[state];

    public bool IsAllowed(int state, Act action) => _arrays.Allowed[state, (int)action];

    public double Reward(int state, Act action, int next) =>
        _arrays.RewardOnEntry is { } onEntry ? onEntry(state, action, next) : _arrays.Reward[state, (int)action];

    public void Successors(int state, Act action, Successors<int> successors)
    {
        foreach (var (next, probability) in _arrays.Successors[state, (int)action])
            successors.Add(next, probability);
    }

    public void Initial(Successors<int> start)
    {
        foreach (var (state, probability) in _arrays.Initial)
            start.Add(state, probability);
    }
}

/// <summary>The states 0..Count−1; anything else lies outside the space.</summary>
public readonly struct IntSpace : IFiniteSpace<int>
{
    public IntSpace(int count) => Count = count;

    public int Count { get; }

    public bool TryIndexOf(int value, out int index)
    {
        index = value;
        return (uint)value < (uint)Count;
    }

    public int ValueAt(int index) => index;
}

/// <summary>The first Count values of <see cref="Act"/>.</summary>
public readonly struct ActSpace : IFiniteSpace<Act>
{
    public ActSpace(int count) => Count = count;

    public int Count { get; }

    public bool TryIndexOf(Act value, out int index)
    {
        index = (int)value;
        return (uint)index < (uint)Count;
    }

    public Act ValueAt(int index) => (Act)index;
}
