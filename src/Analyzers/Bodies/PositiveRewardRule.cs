using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Analyzers.Bodies;

/// <summary>
/// MDP006: under <c>Likelihood = Optimality.Exponential</c>, p(O = 1 | s, a) = exp(r(s, a)) must be a probability,
/// so r(s, a) must be ≤ 0. This is the rule <c>Compile()</c> checks at run time, applied to what the compiler can
/// prove: for a reward of the state and action, r(s, a) is the reward itself, so each value it returns that folds to
/// a positive constant is reported; for a reward r(s, a, s') of the transition, r(s, a) is its expectation
/// Σ p(s' | s, a) r(s, a, s') over the successors, which is positive for certain only when every value the reward
/// can return is a positive constant (then it is at least the smallest). Anything else proves nothing and is left to
/// <c>Compile()</c>, which names the state and action of a positive expectation.
/// </summary>
internal static class PositiveRewardRule
{
    /// <param name="reward">The <c>[Reward]</c> member.</param>
    /// <param name="body">Its body's operation trees.</param>
    /// <param name="ofTransition">Whether it is r(s, a, s'), whose expectation is what must be ≤ 0.</param>
    public static IEnumerable<Diagnostic> Check(ISymbol reward, IEnumerable<IOperation> body, bool ofTransition)
    {
        var values = ReturnedValues.Of(body).Select(leaf => (Leaf: leaf, Value: ConstantNumbers.Of(leaf))).ToList();
        var properties = ShiftProperties(values.Select(v => v.Value).ToList());
        if (ofTransition)
        {
            if (values.Count == 0 || values.Any(v => !(v.Value > 0)))
                yield break;
            var smallest = values.OrderBy(v => v.Value).First();
            yield return Report(reward, smallest.Leaf, smallest.Value!.Value, properties);
            yield break;
        }
        foreach (var (leaf, value) in values)
        {
            if (value > 0)
                yield return Report(reward, leaf, value.Value, properties);
        }
    }

    private static Diagnostic Report(ISymbol reward, IOperation leaf, double value, ImmutableDictionary<string, string?>? properties) =>
        Diagnostic.Create(Diagnostics.PositiveReward, leaf.Syntax.GetLocation(), properties, reward.Name, ConstantNumbers.Format(value));

    /// <summary>
    /// When every value the reward can return is a finite constant, the fix can subtract the largest from each;
    /// otherwise the largest reward is unknown and there is no mechanical fix.
    /// </summary>
    private static ImmutableDictionary<string, string?>? ShiftProperties(List<double?> values)
    {
        if (values.Count == 0 || values.Any(v => v is not { } number || double.IsNaN(number) || double.IsInfinity(number)))
            return null;
        return Diagnostics.Fix(Diagnostics.FixShiftRewards).Add(Diagnostics.MaxRewardProperty, ConstantNumbers.Format(values.Max(v => v!.Value)));
    }
}
