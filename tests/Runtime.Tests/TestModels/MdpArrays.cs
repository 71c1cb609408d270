namespace MdpDsl.Runtime.Tests.TestModels;

/// <summary>
/// A tabular MDP over states 0..StateCount−1 and the first ActionCount values of <see cref="Act"/>, written as
/// plain arrays. <see cref="ArrayModel"/> hands them to the runtime verbatim, without any check of its own, so
/// that the validation tests can put bad values in; the reference computations read the same arrays directly.
/// </summary>
public sealed class MdpArrays
{
    public MdpArrays(int stateCount, int actionCount)
    {
        StateCount = stateCount;
        ActionCount = actionCount;
        Terminal = new bool[stateCount];
        Allowed = new bool[stateCount, actionCount];
        Reward = new double[stateCount, actionCount];
        Successors = new List<(int Next, double Probability)>[stateCount, actionCount];
        for (var s = 0; s < stateCount; s++)
        {
            for (var a = 0; a < actionCount; a++)
            {
                Allowed[s, a] = true;
                Successors[s, a] = new();
            }
        }
    }

    public int StateCount { get; }

    public int ActionCount { get; }

    public bool[] Terminal { get; }

    public bool[,] Allowed { get; }

    /// <summary>r(s, a), used when <see cref="RewardOnEntry"/> is null.</summary>
    public double[,] Reward { get; }

    /// <summary>The raw successor list of each pair, duplicates and all, exactly as the dynamics report it.</summary>
    public List<(int Next, double Probability)>[,] Successors { get; }

    /// <summary>r(s, a, s') when the reward depends on the successor.</summary>
    public Func<int, Act, int, double>? RewardOnEntry { get; set; }

    /// <summary>Declares the dynamics deterministic (the runtime then stores no probabilities).</summary>
    public bool Deterministic { get; set; }

    /// <summary>The [Initial] distribution; empty means the model declares none.</summary>
    public List<(int State, double Probability)> Initial { get; } = new();

    /// <summary>Sets the reward and the successors of (s, a).</summary>
    public MdpArrays Set(int state, Act action, double reward, params (int Next, double Probability)[] successors)
    {
        Reward[state, (int)action] = reward;
        Successors[state, (int)action].Clear();
        Successors[state, (int)action].AddRange(successors);
        return this;
    }

    /// <summary>The expected reward of (s, a): r(s, a), or Σ p r(s, a, s') over the raw successor list.</summary>
    public double ExpectedReward(int state, int action)
    {
        if (RewardOnEntry is not { } onEntry)
            return Reward[state, action];
        var expected = 0.0;
        foreach (var (next, p) in Successors[state, action])
            expected += p * onEntry(state, (Act)action, next);
        return expected;
    }

    /// <summary>The largest number of actions allowed in a non-terminal state.</summary>
    public int MaxAllowedActions()
    {
        var most = 0;
        for (var s = 0; s < StateCount; s++)
        {
            if (Terminal[s])
                continue;
            var count = 0;
            for (var a = 0; a < ActionCount; a++)
                count += Allowed[s, a] ? 1 : 0;
            most = Math.Max(most, count);
        }
        return most;
    }
}
