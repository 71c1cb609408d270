using System;
using System.Diagnostics.CodeAnalysis;

namespace MdpDsl.Learning;

/// <summary>The learners' guard against non-finite estimates: they stop with the step, state and action at fault rather than return NaN.</summary>
internal static class Divergence
{
    /// <exception cref="DivergenceException"><paramref name="value"/> is not finite.</exception>
    public static void Check(double value, TabularSimulator simulator, int state, int action)
    {
        // The check runs on every update; the throw lives apart so that the check inlines.
        if (!double.IsFinite(value))
            Throw(value, simulator.TotalSteps, simulator.DescribeState(state), simulator.DescribeAction(action));
    }

    /// <exception cref="DivergenceException"><paramref name="value"/> is not finite.</exception>
    public static void Check<TState>(double value, ILearningEnvironment<TState> environment, TState state, int action)
    {
        if (!double.IsFinite(value))
            Throw(value, environment.TotalSteps, environment.DescribeState(state), environment.DescribeAction(action));
    }

    [DoesNotReturn]
    private static void Throw(double value, long step, object? state, object? action) =>
        throw new DivergenceException(
            $"The learner's estimates stopped being finite at step {step}: the update for state {state}, action {action} gave {value}. " +
            "Lower the learning rate or the discount, or check for rewards so large that the returns overflow.",
            // Iteration is an int; a run past int.MaxValue steps still names its exact step in the message.
            (int)Math.Min(step, int.MaxValue), state, action, value);
}
