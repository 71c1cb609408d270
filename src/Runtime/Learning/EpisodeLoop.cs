using System;
using System.Threading;

namespace MdpDsl.Learning;

/// <summary>
/// The interaction loop every learner shares: reset, then act, step and learn until the episode terminates or is
/// truncated, recording the undiscounted return of each episode.
/// </summary>
internal static class EpisodeLoop
{
    /// <returns>The learning curve: the return of each episode.</returns>
    public static double[] Run<TAgent>(TabularSimulator simulator, TAgent agent, int episodes, IProgress<LearningProgress>? progress, CancellationToken cancellationToken)
        where TAgent : IAgent =>
        Run<int, TabularEpisodes, TAgent>(new TabularEpisodes(simulator), agent, episodes, progress, cancellationToken);

    /// <summary>The loop over any source of episodes, on its own state representation.</summary>
    /// <returns>The learning curve: the return of each episode.</returns>
    public static double[] Run<TState, TSource, TAgent>(TSource source, TAgent agent, int episodes, IProgress<LearningProgress>? progress, CancellationToken cancellationToken)
        where TSource : IEpisodeSource<TState>
        where TAgent : IAgent<TState>
    {
        var returns = new double[episodes];
        for (var episode = 0; episode < episodes; episode++)
        {
            var state = source.Reset();
            var action = source.IsDone ? -1 : agent.Act(state);
            var total = 0.0;
            while (!source.IsDone)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var step = source.Step(action);
                total += step.Reward;
                var next = step.Terminated ? -1 : agent.Act(step.Next);
                agent.Learn(state, action, step, next);
                (state, action) = (step.Next, next);
            }
            agent.EndEpisode();
            returns[episode] = total;
            progress?.Report(new LearningProgress(episode + 1, source.TotalSteps, total));
        }
        return returns;
    }
}
