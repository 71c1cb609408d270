using MdpDsl.Compilation;

namespace MdpDsl.Tabular;

/// <summary>
/// Per-pair successor lists transitions[s][a] = [(s′, p), …] and rewards R[s, a] as the dynamics
/// <see cref="ModelCompiler"/> reads; it validates the values, merges duplicate successors and sorts them.
/// </summary>
internal readonly struct SparseDynamics : IDynamics<int, int>
{
    private readonly (int Successor, double Probability)[][][] _transitions;
    private readonly double[,] _rewards;
    private readonly TabularMdpOptions _options;

    public SparseDynamics((int Successor, double Probability)[][][] transitions, double[,] rewards, TabularMdpOptions options)
    {
        _transitions = transitions;
        _rewards = rewards;
        _options = options;
    }

    public bool IsDeterministic => false;

    public bool RewardDependsOnNext => false;

    public bool IsTerminal(int state) => _options.IsTerminal(state);

    public bool IsAllowed(int state, int action) => _options.IsAllowed(state, action);

    public double Reward(int state, int action, int next) => _rewards[state, action];

    public void Successors(int state, int action, Successors<int> successors)
    {
        foreach (var (next, probability) in _transitions[state][action])
            successors.Add(next, probability);
    }

    public void Initial(Successors<int> start) => _options.AddInitial(start);
}
