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
        where TAgent : IAgent
    {
        var returns = new double[episodes];
        for (var episode = 0; episode < episodes; episode++)
        {
            var state = simulator.Reset();
            var action = simulator.IsDone ? -1 : agent.Act(state);
            var total = 0.0;
            while (!simulator.IsDone)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var step = simulator.Step(action);
                total += step.Reward;
                var next = step.Terminated ? -1 : agent.Act(step.Next);
                agent.Learn(state, action, step, next);
                (state, action) = (step.Next, next);
            }
            agent.EndEpisode();
            returns[episode] = total;
            progress?.Report(new LearningProgress(episode + 1, simulator.TotalSteps, total));
        }
        return returns;
    }
}
