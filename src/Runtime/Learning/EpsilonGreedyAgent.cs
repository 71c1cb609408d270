namespace MdpDsl.Learning;

/// <summary>
/// The TD-control agents that act ε-greedily on their Q: with probability ε(n) a uniformly drawn allowed action,
/// otherwise a greedy one, n counting the visits of the state.
/// </summary>
internal abstract class EpsilonGreedyAgent : ActionValueAgent
{
    private readonly Schedule _epsilon;
    private readonly long[] _visits;

    protected EpsilonGreedyAgent(TabularSimulator simulator, double discount, EpsilonGreedyOptions options)
        : base(simulator, discount, options.LearningRate)
    {
        _epsilon = options.Exploration;
        _visits = new long[simulator.Table.StateCount];
    }

    public sealed override int Act(int state) =>
        Sampling.EpsilonGreedy(Row(state), _epsilon.At(++_visits[state]), Simulator.Random);
}
