using MdpDsl.Runtime.Tests.Learning;

namespace MdpDsl.Runtime.Tests.Approximate;

/// <summary>How far an approximate learner's answer lies from an exact solver's for a compiled model.</summary>
internal static class Agreement
{
    /// <summary>max over non-terminal s of ½ Σ_a |π*(a|s) − π(a|s)|.</summary>
    public static double MaxTotalVariation<TState, TAction>(MdpModel<TState, TAction> model, Policy<TState, TAction> exact, ApproximatePolicy<TState, TAction> learned)
        where TState : notnull
        where TAction : struct =>
        Exact.NonTerminal(model).Max(s => 0.5 * model.Actions.Sum(a => Math.Abs(exact.Probability(s, a) - learned.Probability(s, a))));

    /// <summary>
    /// |Σ_s p₀(s) (V*(s) − V(s))| with V(s) = T log Σ_a exp(Q(s, a) / T) of the learned critic over the allowed actions.
    /// </summary>
    public static double StartValueError<TState, TAction>(MdpModel<TState, TAction> model, StateValues<TState> exact, ISoftCritic<TState> critic, double temperature)
        where TState : notnull
        where TAction : struct =>
        Math.Abs(model.InitialDistribution.Sum(start => start.Probability * (exact[start.State] - SoftValue(model, critic, start.State, temperature))));

    public static double SoftValue<TState, TAction>(MdpModel<TState, TAction> model, ISoftCritic<TState> critic, TState state, double temperature)
        where TState : notnull
        where TAction : struct
    {
        if (model.IsTerminal(state))
            return 0;
        var q = model.Actions.Select((a, i) => (a, i)).Where(p => model.IsAllowed(state, p.a)).Select(p => critic.Value(state, p.i)).ToArray();
        var max = q.Max();
        return max + temperature * Math.Log(q.Sum(x => Math.Exp((x - max) / temperature)));
    }
}
