using System;
using System.Linq;
using MdpDsl;
using static Samples.Lottery.Lottery;

namespace Samples.Lottery;

/// <summary>Prints the comparison in the terminal: values, the choice at the start, the tilted dynamics and the evidence.</summary>
internal sealed class Report(Lottery lottery, Comparison comparison)
{
    private readonly Lottery.Model _model = comparison.Model;
    private readonly InferenceResult<Fortune, Choice> _exact = comparison.Exact;
    private readonly Solution<Fortune, Choice> _soft = comparison.Soft;

    public void Introduce(Solution<Fortune, Choice> expected)
    {
        Console.WriteLine($"""
            Lottery: at the start, play it safe (costs {-Cost(Fortune.Steady)} a step from then on) or buy a ticket: it wins with p = {F(lottery.WinProbability)}
            and costs nothing more, or loses and costs {-Cost(Fortune.Broke)} a step. Horizon {_exact.Horizon}: the choice, then {_exact.Horizon - 1} steps of its consequences.
            Rewards are costs ≤ 0, so p(O = 1 | s, a) = exp(r) is a probability. Compiled: {_model.StateCount} states × {_model.ActionCount} actions.
            Expected reward (value iteration): Safe {F(expected.Q[Begin, Choice.Safe])}, Ticket {F(expected.Q[Begin, Choice.Ticket])}. The ticket is the worse bet.
            """);
    }

    public void Values()
    {
        Console.WriteLine();
        Console.WriteLine($"""
            Exact inference: V_t(s) = log β_t(s), with a uniform action prior p(a|s) = 1/{_model.ActionCount} at every step.
            Soft value iteration has no prior: each remaining step's log-sum-exp over {_model.ActionCount} actions adds ln {_model.ActionCount} = {F(comparison.PriorPerStep)}.
            So the variational column is soft VI's V_t(s) − (steps left) · ln {_model.ActionCount}, which counts the prior as exact inference does.
            """);
        Console.WriteLine();
        Console.WriteLine("  step  steps left  state      exact log β_t(s)   variational   exact − variational");
        for (var t = 0; t < _exact.Horizon; t++)
        {
            foreach (var s in States.Where(s => comparison.Reachable(t, s)))
            {
                var (e, v) = (_exact.Stages[t].V[s], comparison.Variational(t, s));
                Console.WriteLine($"  {t,4}  {comparison.StepsLeft(t),10}  {s,-9}  {F(e),16}   {F(v),11}   {F(e - v),19}");
            }
        }
        Console.WriteLine($"""
            After the first step the future is certain and the two agree; at the start, before the draw, exact inference
            is {F(_exact.Stages[0].V[Begin] - comparison.Variational(0, Begin))} nats more hopeful.
            """);
    }

    public void Start()
    {
        Console.WriteLine();
        Console.WriteLine($"""
            The choice at the start. Exact Q_0(Start, a) = log β_0(Start, a); variational: soft VI's Q − {comparison.StepsLeft(0) - 1} · ln {_model.ActionCount}
            (the steps left after this one). Policies: exact π = p(a|s) exp(Q − V), soft VI's π = exp(Q − V).
            """);
        Console.WriteLine("                  Q_0(Start, a)               π_0(a | Start)");
        Console.WriteLine("  action      exact   variational        exact   variational");
        foreach (var a in _model.Actions)
        {
            Console.WriteLine($"  {a,-8}  {F(_exact.Stages[0].Q[Begin, a]),7}  {F(comparison.VariationalQ(0, Begin, a)),12}"
                + $"      {F(_exact.Stages[0].Policy.Probability(Begin, a)),7}  {F(_soft.Stages[0].Policy.Probability(Begin, a)),12}");
        }
        var (exactChoice, softChoice) = (_exact.Stages[0].Policy.Act(Begin), _soft.Stages[0].Policy.Act(Begin));
        Console.WriteLine($"Exact inference leans to {exactChoice} ({F(_exact.Stages[0].Policy.Probability(Begin, exactChoice))}); "
            + $"the variational policy to {softChoice} ({F(_soft.Stages[0].Policy.Probability(Begin, softChoice))}).");
    }

    public void Dynamics()
    {
        var (step, risky) = (0, Choice.Ticket);
        Console.WriteLine();
        Console.WriteLine("What the ticket does, truly and as the posterior believes: p(s_1 | Start, Ticket, O) ∝ p(s_1 | Start, Ticket) · β_1(s_1).");
        Console.WriteLine("  outcome     true   posterior");
        foreach (var (next, probability) in _model.Transitions(Begin, risky))
            Console.WriteLine($"  {next,-8}  {F(probability),6}  {F(comparison.Posterior(step, Begin, risky, next)),10}");
        var gap = _exact.OptimismGap(step, Begin, risky);
        var qGap = _exact.Stages[step].Q[Begin, risky] - comparison.VariationalQ(step, Begin, risky);
        Console.WriteLine($"""
            True p(win) = {F(lottery.WinProbability)}, posterior believes {F(comparison.Posterior(step, Begin, risky, Fortune.Jackpot))}.
              optimism gap   log E[β_1] − E[log β_1] = KL(p ‖ q)     {F(gap),6}   (exact Q − variational Q for the ticket: {F(qGap)})
              tilt           KL(q ‖ p)                               {F(_exact.PosteriorDynamicsKl(step, Begin, risky)),6}
              whole episode  E_posterior[Σ_t KL(q ‖ p)]              {F(_exact.DynamicsKl),6}
            Posterior state marginals at step 1: {string.Join(", ", States.Where(s => _exact.Marginals[1][s] > 0).Select(s => $"{s} {F(_exact.Marginals[1][s])}"))}.
            """);
    }

    public void Evidence()
    {
        var prior = _model.UniformPolicy();
        var softElbo = _model.Elbo(_soft, prior);
        var exactElbo = _model.Elbo(_exact.Stages.Select(stage => stage.Policy).ToArray(), prior);
        Console.WriteLine();
        Console.WriteLine($"""
            Evidence, with ELBO = E[Σ_t r + log p(a_t|s_t) − log π_t(a_t|s_t)] under the true dynamics:
              log p(O) = log β_0(Start)                          {F(_exact.LogEvidence),6}   (exact inference's value at the start)
              ELBO of soft VI's policy (prior counted)           {F(softElbo),6}   (its variational value at the start)
              ELBO of exact inference's posterior policy         {F(exactElbo),6}
            Exact inference conditions on the episode having gone well, and the likeliest way for that to have happened
            is a winning ticket: p(Jackpot at step 1 | O) = {F(_exact.Marginals[1][Fortune.Jackpot])}. That is hindsight, not a plan: the dice do not listen,
            and under the true dynamics its policy scores {F(exactElbo)} against {F(softElbo)} for soft VI's, which keeps the dynamics true.
            """);
    }

    /// <summary>
    /// Posterior trajectories against the real world: how often trajectories drawn from p(τ | O) win, against how often
    /// the same posterior policy wins when the dice are true, and the single most probable trajectory.
    /// </summary>
    public void Trajectories(int draws, int seed)
    {
        var random = new Random(seed);
        var samples = Enumerable.Range(0, draws).Select(_ => _exact.Sample(random)).ToArray();
        var wins = samples.Count(Wins);
        var policies = _exact.Stages.Select(stage => stage.Policy).ToArray();
        var posteriorTicket = _exact.Stages[0].Policy.Probability(Begin, Choice.Ticket);
        var softTicket = _soft.Stages[0].Policy.Probability(Begin, Choice.Ticket);
        var best = _exact.MostProbableTrajectory();
        Console.WriteLine();
        Console.WriteLine($"""
            The trajectory posterior p(τ | O): {draws:N0} trajectories drawn from it (seed {seed}), forward with the posterior
            policy and the posterior dynamics.
            {Row("win the jackpot, sampled from p(τ | O)", (double)wins / draws)}   (exactly p(Jackpot at step 1 | O) = {F(_exact.Marginals[1][Fortune.Jackpot])})
            {Row("win the jackpot, posterior policy with the true dice", posteriorTicket * lottery.WinProbability)}   (π_0(Ticket | Start) · p(win) = {F(posteriorTicket)} · {F(lottery.WinProbability)})
            {Row("win the jackpot, soft VI's policy with the true dice", softTicket * lottery.WinProbability)}
            The most probable trajectory (max-product over the same messages):
              {best}
              log p(τ* | O) = {F(_exact.LogProbability(best))}; acted out with the posterior policy and the true dice, log p(τ*) = {F(_exact.LogProbability(best, policies))}.
            The posterior wins {F((double)wins / draws / (posteriorTicket * lottery.WinProbability))} times as often as its own policy can in the real world: it explains
            the evidence of a good episode by luck it cannot buy.
            """);
    }

    private static string Row(string label, double value) => $"  {label,-56}{F(value),6}";

    private static bool Wins(Trajectory<Fortune, Choice> trajectory) => trajectory.States.Count > 1 && trajectory.States[1] == Fortune.Jackpot;

    /// <summary>Two decimals, and no "-0.00" for a difference that is zero up to rounding.</summary>
    private static string F(double value)
    {
        var rounded = Math.Round(value, 2);
        return (rounded == 0 ? 0 : rounded).ToString("0.00");
    }
}
