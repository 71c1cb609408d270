using MdpDsl.Compilation;
using MdpDsl.Interchange;

namespace MdpDsl.Tabular;

/// <summary>
/// A PRISM explicit model as the dynamics <see cref="ModelCompiler"/> reads: action a of state s is the state's
/// choice number a (later actions are not allowed where a state has fewer choices), its reward is the state reward
/// plus the choice reward, and a state is terminal when it is labelled <c>terminal</c> or has no choice (a deadlock).
/// </summary>
internal readonly struct PrismDynamics : IDynamics<int, int>
{
    private readonly PrismExplicitModel _model;
    private readonly PrismChoice[][] _choices;
    private readonly bool[] _terminal;

    public PrismDynamics(PrismExplicitModel model, PrismChoice[][] choices, bool[] terminal)
    {
        _model = model;
        _choices = choices;
        _terminal = terminal;
    }

    public bool IsDeterministic => false;

    public bool RewardDependsOnNext => false;

    public bool IsTerminal(int state) => _terminal[state];

    public bool IsAllowed(int state, int action) => action < _choices[state].Length;

    public double Reward(int state, int action, int next) => _model.StateRewards[state] + _choices[state][action].Reward;

    public void Successors(int state, int action, Successors<int> successors)
    {
        foreach (var transition in _choices[state][action].Transitions)
            successors.Add(transition.Target, transition.Probability);
    }

    // PRISM's init label names initial states, not their probabilities: the model gets no start distribution
    // rather than an invented one.
    public void Initial(Successors<int> start)
    {
    }
}
