using MdpDsl.Compilation;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Compilation;

/// <summary>
/// <c>Compile()</c> calls each user member once where it is needed, whichever order it reads them in: [Terminal]
/// once per state, [Allowed] once per pair of a state that is not terminal, [Transition] once per allowed pair.
/// The expected counts come from the arrays the dynamics read.
/// </summary>
public class UserMemberCallTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Each_member_is_called_once_per_state_or_pair(bool deterministic)
    {
        var arrays = new MdpArrays(50, 3) { Deterministic = deterministic };
        for (var s = 0; s < 50; s++)
        {
            arrays.Terminal[s] = s % 7 == 3;
            for (var a = 0; a < 3; a++)
            {
                arrays.Allowed[s, a] = a == 0 || (s + a) % 4 != 0;
                arrays.Set(s, (Act)a, -1, deterministic ? new[] { ((s + a) % 50, 1.0) } : new[] { ((s + a) % 50, 0.5), ((s * 3 + 1) % 50, 0.5) });
            }
        }
        var calls = new CallCounts();
        ModelCompiler.Compile<int, Act, CountingDynamics, IntSpace, ActSpace>(
            new CountingDynamics(new ArrayDynamics(arrays), calls), new IntSpace(50), new ActSpace(3), new MdpSettings(0.9, 0, StateSpace.Enumerated, 1000, Optimality.Unconstrained));

        var live = Enumerable.Range(0, 50).Where(s => !arrays.Terminal[s]).ToArray();
        Assert.Equal(50, calls.Terminal);
        Assert.Equal(live.Length * 3, calls.Allowed);
        Assert.Equal(live.Sum(s => Enumerable.Range(0, 3).Count(a => arrays.Allowed[s, a])), calls.Transition);
    }

    private sealed class CallCounts
    {
        public int Terminal;
        public int Allowed;
        public int Transition;
    }

    private readonly struct CountingDynamics : IDynamics<int, Act>
    {
        private readonly ArrayDynamics _inner;
        private readonly CallCounts _calls;

        public CountingDynamics(ArrayDynamics inner, CallCounts calls) => (_inner, _calls) = (inner, calls);

        public bool IsDeterministic => _inner.IsDeterministic;

        public bool RewardDependsOnNext => _inner.RewardDependsOnNext;

        public bool IsTerminal(int state)
        {
            _calls.Terminal++;
            return _inner.IsTerminal(state);
        }

        public bool IsAllowed(int state, Act action)
        {
            _calls.Allowed++;
            return _inner.IsAllowed(state, action);
        }

        public double Reward(int state, Act action, int next) => _inner.Reward(state, action, next);

        public void Successors(int state, Act action, Successors<int> successors)
        {
            _calls.Transition++;
            _inner.Successors(state, action, successors);
        }

        public void Initial(Successors<int> start) => _inner.Initial(start);
    }
}
