namespace MdpDsl.Runtime.Tests.Learning;

/// <summary>How far a learned answer lies from an exact solver's answer for the same model, over its non-terminal states.</summary>
internal static class Exact
{
    /// <summary>max over non-terminal s and allowed a of |expected Q(s, a) − actual Q(s, a)|.</summary>
    public static double MaxDistance<TState, TAction>(MdpModel<TState, TAction> model, ActionValues<TState, TAction> expected, ActionValues<TState, TAction> actual)
        where TState : notnull
        where TAction : struct =>
        Pairs(model).Max(p => Math.Abs(expected[p.State, p.Action] - actual[p.State, p.Action]));

    /// <summary>max over non-terminal s of |expected V(s) − actual V(s)|.</summary>
    public static double MaxDistance<TState, TAction>(MdpModel<TState, TAction> model, StateValues<TState> expected, StateValues<TState> actual)
        where TState : notnull
        where TAction : struct =>
        NonTerminal(model).Max(s => Math.Abs(expected[s] - actual[s]));

    /// <summary>max over non-terminal s of the total-variation distance ½ Σ_a |π(a|s) − π′(a|s)|.</summary>
    public static double MaxTotalVariation<TState, TAction>(MdpModel<TState, TAction> model, Policy<TState, TAction> expected, Policy<TState, TAction> actual)
        where TState : notnull
        where TAction : struct =>
        NonTerminal(model).Max(s => 0.5 * model.Actions.Sum(a => Math.Abs(expected.Probability(s, a) - actual.Probability(s, a))));

    /// <summary>The expected return from the start, Σ_s p₀(s) V(s).</summary>
    public static double FromStart<TState, TAction>(MdpModel<TState, TAction> model, StateValues<TState> values)
        where TState : notnull
        where TAction : struct =>
        model.InitialDistribution.Sum(start => start.Probability * values[start.State]);

    /// <summary>The smallest margin, over non-terminal states, by which the best action's Q beats the runner-up's.</summary>
    public static double SmallestActionGap<TState, TAction>(MdpModel<TState, TAction> model, ActionValues<TState, TAction> q)
        where TState : notnull
        where TAction : struct =>
        NonTerminal(model).Min(s =>
        {
            var sorted = model.Actions.Where(a => model.IsAllowed(s, a)).Select(a => q[s, a]).OrderDescending().ToArray();
            return sorted[0] - sorted[1];
        });

    public static IEnumerable<TState> NonTerminal<TState, TAction>(MdpModel<TState, TAction> model)
        where TState : notnull
        where TAction : struct =>
        model.States.Where(s => !model.IsTerminal(s));

    private static IEnumerable<(TState State, TAction Action)> Pairs<TState, TAction>(MdpModel<TState, TAction> model)
        where TState : notnull
        where TAction : struct =>
        NonTerminal(model).SelectMany(s => model.Actions.Where(a => model.IsAllowed(s, a)).Select(a => (s, a)));
}
