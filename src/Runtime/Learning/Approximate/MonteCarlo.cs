using System;
using System.Threading;

namespace MdpDsl.Learning;

/// <summary>
/// Monte Carlo evaluation: the discounted returns of independent rollouts of a policy, averaged by Welford's running
/// mean and variance. Rollouts end when the simulator's episode does, at a terminal state or at its step limit.
/// </summary>
internal static class MonteCarlo
{
    /// <param name="simulator">The episodes; reseeded with <paramref name="seed"/> before the first.</param>
    /// <param name="act">The action in a state, given a random source seeded from <paramref name="seed"/>.</param>
    /// <param name="episodes">The number of rollouts, at least 2 for a standard error.</param>
    /// <param name="seed">Seeds the simulator and the policy's draws.</param>
    /// <param name="discount">γ of the returns.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <returns>The mean discounted return and its standard error.</returns>
    public static (double Mean, double StandardError) Evaluate<TState, TAction>(
        ISimulator<TState, TAction> simulator, Func<TState, Random, TAction> act, int episodes, int seed, double discount, CancellationToken cancellationToken)
        where TState : notnull
        where TAction : struct
    {
        var random = Seeding.Random(seed);
        var (mean, sumOfSquares) = (0.0, 0.0);
        for (var n = 1; n <= episodes; n++)
        {
            var state = simulator.Reset(n == 1 ? seed : null);
            var (total, weight) = (0.0, 1.0);
            while (!simulator.IsDone)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var step = simulator.Step(act(state, random));
                total += weight * step.Reward;
                weight *= discount;
                state = step.Next;
            }
            var delta = total - mean;
            mean += delta / n;
            sumOfSquares += delta * (total - mean);
        }
        return (mean, Math.Sqrt(sumOfSquares / (episodes - 1) / episodes));
    }
}
