using MdpDsl.Compilation;

namespace MdpDsl.Tabular;

/// <summary>
/// Dense arrays in pymdptoolbox's shapes as the dynamics <see cref="ModelCompiler"/> reads: P[a][s, s′] and either
/// R[s, a] or R[a][s, s′]. Zero probabilities are not handed over, so a row costs what its support costs after
/// the scan; every other value, good or bad, goes to the compiler, which validates it.
/// </summary>
internal readonly struct DenseDynamics : IDynamics<int, int>
{
    private readonly double[][,] _transitions;
    private readonly double[,]? _pairRewards;
    private readonly double[][,]? _transitionRewards;
    private readonly TabularMdpOptions _options;

    /// <summary>Exactly one of <paramref name="pairRewards"/> and <paramref name="transitionRewards"/> is given.</summary>
    public DenseDynamics(double[][,] transitions, double[,]? pairRewards, double[][,]? transitionRewards, TabularMdpOptions options)
    {
        _transitions = transitions;
        _pairRewards = pairRewards;
        _transitionRewards = transitionRewards;
        _options = options;
    }

    public bool IsDeterministic => false;

    public bool RewardDependsOnNext => _transitionRewards is not null;

    public bool IsTerminal(int state) => _options.IsTerminal(state);

    public bool IsAllowed(int state, int action) => _options.IsAllowed(state, action);

    public double Reward(int state, int action, int next) =>
        _transitionRewards is { } byNext ? byNext[action][state, next] : _pairRewards![state, action];

    public void Successors(int state, int action, Successors<int> successors)
    {
        var matrix = _transitions[action];
        for (var next = 0; next < matrix.GetLength(1); next++)
        {
            var probability = matrix[state, next];
            // NaN compares unequal to 0, so it is passed on and reported.
            if (probability != 0)
                successors.Add(next, probability);
        }
    }

    public void Initial(Successors<int> start) => _options.AddInitial(start);
}
