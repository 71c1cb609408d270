using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Parsing;

/// <summary>The named arguments of a model's <c>[Mdp(…)]</c>, read as values, with their defaults where left out.</summary>
/// <param name="Discount">γ; 1 when left out.</param>
/// <param name="Horizon">The number of decisions; 0 (infinite) when left out.</param>
/// <param name="Reachable">Whether <c>States = StateSpace.Reachable</c>.</param>
/// <param name="MaxStates">The cap on a reachable search.</param>
/// <param name="Exponential">Whether <c>Likelihood = Optimality.Exponential</c>, which requires every reward ≤ 0.</param>
/// <param name="Attribute">The attribute they were read from, for diagnostic locations.</param>
internal sealed record ModelSettings(double Discount, int Horizon, bool Reachable, int MaxStates, bool Exponential, AttributeData Attribute)
{
    /// <summary>The settings of <paramref name="type"/>, or null when it carries no <c>[Mdp]</c>.</summary>
    public static ModelSettings? Read(INamedTypeSymbol type, KnownTypes known)
    {
        var attribute = KnownTypes.Find(type, known.Mdp);
        if (attribute is null)
            return null;
        var settings = new ModelSettings(1.0, 0, false, MetadataNames.DefaultMaxStates, false, attribute);
        foreach (var argument in attribute.NamedArguments)
        {
            settings = (argument.Key, argument.Value.Value) switch
            {
                ("Discount", double value) => settings with { Discount = value },
                ("Horizon", int value) => settings with { Horizon = value },
                ("States", int value) => settings with { Reachable = value == MetadataNames.ReachableStateSpace },
                ("MaxStates", int value) => settings with { MaxStates = value },
                ("Likelihood", int value) => settings with { Exponential = value == MetadataNames.ExponentialLikelihood },
                _ => settings,
            };
        }
        return settings;
    }
}
