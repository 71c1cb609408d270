using System;
using MdpDsl.Foundation;

namespace MdpDsl.Compilation;

/// <summary>
/// The rules every use of a model's members applies, whether <see cref="ModelCompiler"/> walks every
/// (state, action) or a simulator calls the members one step at a time: user code that throws, successor
/// probabilities that are not a distribution, rewards that are not finite or break the likelihood. One place, so
/// that a model rejected by one is rejected by the other with the same message.
/// </summary>
internal static class ModelChecks
{
    public static bool IsTerminal<TState, TAction, TDynamics>(TDynamics dynamics, TState state)
        where TDynamics : struct, IDynamics<TState, TAction>
    {
        try
        {
            return dynamics.IsTerminal(state);
        }
        catch (Exception e)
        {
            throw ModelValidationException.UserCodeFailed("[Terminal]", state, null, e);
        }
    }

    public static bool IsAllowed<TState, TAction, TDynamics>(TDynamics dynamics, TState state, TAction action)
        where TDynamics : struct, IDynamics<TState, TAction>
    {
        try
        {
            return dynamics.IsAllowed(state, action);
        }
        catch (Exception e)
        {
            throw ModelValidationException.UserCodeFailed("[Allowed]", state, action, e);
        }
    }

    /// <summary>Clears <paramref name="outcomes"/> and fills it with the successors of (<paramref name="state"/>, <paramref name="action"/>).</summary>
    public static void Successors<TState, TAction, TDynamics>(TDynamics dynamics, TState state, TAction action, Successors<TState> outcomes)
        where TDynamics : struct, IDynamics<TState, TAction>
    {
        outcomes.Clear();
        try
        {
            dynamics.Successors(state, action, outcomes);
        }
        catch (Exception e)
        {
            throw ModelValidationException.UserCodeFailed("[Transition]", state, action, e);
        }
    }

    /// <summary>Clears <paramref name="outcomes"/> and fills it with the initial distribution.</summary>
    public static void Initial<TState, TAction, TDynamics>(TDynamics dynamics, Successors<TState> outcomes)
        where TDynamics : struct, IDynamics<TState, TAction>
    {
        outcomes.Clear();
        try
        {
            dynamics.Initial(outcomes);
        }
        catch (Exception e)
        {
            throw ModelValidationException.UserCodeFailed("[Initial]", null, null, e);
        }
    }

    /// <summary>r(<paramref name="state"/>, <paramref name="action"/>, <paramref name="next"/>), which must be finite.</summary>
    public static double Reward<TState, TAction, TDynamics>(TDynamics dynamics, TState state, TAction action, TState next)
        where TDynamics : struct, IDynamics<TState, TAction>
    {
        double reward;
        try
        {
            reward = dynamics.Reward(state, action, next);
        }
        catch (Exception e)
        {
            throw ModelValidationException.UserCodeFailed("[Reward]", state, action, e);
        }
        if (!double.IsFinite(reward))
            throw ModelValidationException.BadReward(state, action, reward);
        return reward;
    }

    /// <summary>One successor with its probability: not null, and a probability that is finite and non-negative.</summary>
    public static void Outcome<TState, TAction>(TState state, TAction action, TState? next, double probability)
    {
        if (IsNull(next))
            throw ModelValidationException.NullSuccessor(state, action);
        if (!(probability >= 0) || double.IsInfinity(probability))
            throw ModelValidationException.BadProbability(state, action, next, probability);
    }

    /// <summary>The successor probabilities of (<paramref name="state"/>, <paramref name="action"/>) sum to 1.</summary>
    public static void Sum<TState, TAction>(TState state, TAction action, double sum)
    {
        if (Math.Abs(sum - 1) > Tolerances.Probability)
            throw ModelValidationException.BadSum(state, action, sum);
    }

    /// <summary>r(s, a) is finite and, under <see cref="Optimality.Exponential"/>, at most 0.</summary>
    public static void PairReward<TState, TAction>(TState state, TAction action, double reward, Optimality likelihood)
    {
        if (!double.IsFinite(reward))
            throw ModelValidationException.BadReward(state, action, reward);
        if (likelihood == Optimality.Exponential && reward > 0)
            throw ModelValidationException.PositiveReward(state, action, reward);
    }

    /// <summary>One entry of the initial distribution: a state that is not null, with a finite, non-negative probability.</summary>
    public static void InitialOutcome<TState>(TState? state, double probability)
    {
        if (IsNull(state))
            throw ModelValidationException.NullInitial();
        if (!(probability >= 0) || double.IsInfinity(probability))
            throw ModelValidationException.BadInitial(state, probability);
    }

    /// <summary>The initial probabilities sum to 1.</summary>
    public static void InitialSum(double sum)
    {
        if (Math.Abs(sum - 1) > Tolerances.Probability)
            throw ModelValidationException.BadInitialSum(sum);
    }

    /// <summary>
    /// Whether <paramref name="value"/> is null. A value type never is, and is asked first: <c>value is null</c> on a
    /// type parameter boxes a struct wherever the JIT does not optimize it away, which would make a step allocate.
    /// </summary>
    private static bool IsNull<T>(T value) => !typeof(T).IsValueType && value is null;
}
