using System;
using MdpDsl;
using static Samples.Lottery.Lottery;

namespace Samples.Lottery;

/// <summary>
/// Exact inference and soft value iteration of one model, with soft VI's numbers moved onto exact inference's
/// footing so that the two can be read side by side.
/// </summary>
/// <remarks>
/// Exact inference weighs every step by the action prior p(a|s) = 1/|A|; soft value iteration has no prior, so each
/// remaining step's log-sum-exp over |A| actions carries ln |A| more. Because every state of this model has the
/// same two actions and no episode ends early, that surplus is exactly (steps left) · ln 2 in every state, and
/// subtracting it gives the variational value with the prior counted: the best ELBO from that state on.
/// </remarks>
internal sealed class Comparison(Lottery.Model model, InferenceResult<Fortune, Choice> exact, Solution<Fortune, Choice> soft)
{
    public Lottery.Model Model => model;

    public InferenceResult<Fortune, Choice> Exact => exact;

    public Solution<Fortune, Choice> Soft => soft;

    /// <summary>ln |A|: what the uniform prior costs, and soft VI's log-sum-exp gains, at each step.</summary>
    public double PriorPerStep => Math.Log(model.ActionCount);

    public int StepsLeft(int step) => exact.Horizon - step;

    /// <summary>The variational value at <paramref name="step"/>, prior counted: soft VI's V_t(s) − (steps left) · ln |A|.</summary>
    public double Variational(int step, Fortune s) => soft.Stages[step].V[s] - StepsLeft(step) * PriorPerStep;

    /// <summary>
    /// The variational action value, prior counted: soft VI's Q_t(s, a) − (steps left after this one) · ln |A|.
    /// Exact inference's Q = log β_t(s, a) leaves the prior of the action being valued out as well.
    /// </summary>
    public double VariationalQ(int step, Fortune s, Choice a) => soft.Stages[step].Q[s, a] - (StepsLeft(step) - 1) * PriorPerStep;

    /// <summary>Whether (<paramref name="step"/>, <paramref name="s"/>) can happen at all: its forward message is not zero.</summary>
    public bool Reachable(int step, Fortune s) => double.IsFinite(exact.LogForward[step][s]);

    /// <summary>p(s_{t+1} = <paramref name="next"/> | s_t = <paramref name="s"/>, a_t = <paramref name="a"/>, O): the dynamics exact inference believes in.</summary>
    public double Posterior(int step, Fortune s, Choice a, Fortune next)
    {
        foreach (var (state, probability) in exact.PosteriorDynamics(step, s, a))
        {
            if (state == next)
                return probability;
        }
        return 0;
    }
}
