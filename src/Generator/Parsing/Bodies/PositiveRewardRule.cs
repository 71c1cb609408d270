using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Parsing.Bodies;

/// <summary>
/// MDP006: under <c>Likelihood = Optimality.Exponential</c>, p(O = 1 | s, a) = exp(r) must be a probability, so no
/// reward may be positive. Reports every value the reward can return that the compiler folds to a positive
/// constant. A value it cannot fold proves nothing either way and is left to <c>Compile()</c>, which names the
/// state and action of a positive reward at run time.
/// </summary>
internal static class PositiveRewardRule
{
    public static IEnumerable<Diagnostic> Check(ISymbol reward, IEnumerable<IOperation> body)
    {
        var values = ReturnedValues.Of(body).Select(leaf => (Leaf: leaf, Value: ConstantNumbers.Of(leaf))).ToList();
        var properties = ShiftProperties(values.Select(v => v.Value).ToList());
        foreach (var (leaf, value) in values)
        {
            if (value > 0)
            {
                yield return Diagnostic.Create(Diagnostics.PositiveReward, leaf.Syntax.GetLocation(), properties,
                    $"The reward '{reward.Name}' can be {ConstantNumbers.Format(value.Value)} here, but Likelihood = Optimality.Exponential " +
                    "needs every reward ≤ 0 so that exp(r) is a probability; subtract the largest reward from every reward");
            }
        }
    }

    /// <summary>
    /// When every value the reward can return is a finite constant, the fix can subtract the largest from each;
    /// otherwise the largest reward is unknown and there is no mechanical fix.
    /// </summary>
    private static System.Collections.Immutable.ImmutableDictionary<string, string?>? ShiftProperties(List<double?> values)
    {
        if (values.Count == 0 || values.Any(v => v is not { } number || double.IsNaN(number) || double.IsInfinity(number)))
            return null;
        return Diagnostics.Fix(Diagnostics.FixShiftRewards).Add(Diagnostics.MaxRewardProperty, ConstantNumbers.Format(values.Max(v => v!.Value)));
    }
}
