using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MdpDsl.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MdpDsl.Generator.Parsing;

internal static partial class ModelParser
{
    /// <summary>The rules of the model as a whole: its declaration, its settings, its size and what its members compute.</summary>
    private sealed partial class Reader
    {
        /// <summary>
        /// MDP001: the generated half is another partial declaration of the type and of every type around it, and
        /// one closed type. Returns the enclosing types, outermost first, or null when the model cannot get code.
        /// </summary>
        private List<ContainingType>? ReadDeclaration()
        {
            var types = new List<ContainingType>();
            var partial = IsPartial(_type);
            var generic = _type.IsGenericType;
            for (var outer = _type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                partial &= IsPartial(outer);
                generic |= outer.IsGenericType;
                types.Insert(0, new ContainingType(Keyword(outer), outer.Name));
            }
            if (!partial)
            {
                Report(Diagnostics.NotPartial, _location,
                    $"The [Mdp] type '{_type.Name}' must be declared partial (with every type that contains it) so that the generator can add its model",
                    Diagnostics.FixMakePartial);
            }
            if (generic)
            {
                Report(Diagnostics.NotPartial, _location,
                    $"The [Mdp] type '{_type.Name}' must not be generic, nor be nested in a generic type: the generated model is one closed type");
            }
            return partial && !generic ? types : null;
        }

        /// <summary>MDP008 (errors): the discount, horizon and search cap must make sense.</summary>
        private ModelSettings ReadSettings()
        {
            var settings = ModelSettings.Read(_type)!;
            var location = SettingsLocation(settings);
            if (!(settings.Discount > 0 && settings.Discount <= 1))
                Report(Diagnostics.BadDiscountOrHorizon, location, $"The discount {Format(settings.Discount)} must lie in (0, 1]", Diagnostics.FixDiscount);
            if (settings.Horizon < 0)
                Report(Diagnostics.BadDiscountOrHorizon, location, $"The horizon {settings.Horizon} must be at least 1 (or left out for an infinite horizon)");
            if (settings.MaxStates < 1)
                Report(Diagnostics.BadDiscountOrHorizon, location, $"MaxStates {settings.MaxStates} must be at least 1");
            return settings;
        }

        /// <summary>
        /// MDP008 (warning): with γ = 1, no horizon and no terminal state, every return is an endless sum and
        /// value iteration may never converge.
        /// </summary>
        private void CheckEndless(ModelSettings settings, ISymbol? terminal)
        {
            if (settings.Discount == 1 && settings.Horizon == 0 && terminal is null)
            {
                Report(Diagnostics.UndiscountedEndless, SettingsLocation(settings),
                    $"'{_type.Name}' is undiscounted (Discount = 1) with neither a Horizon nor [Terminal] states, so its values may diverge; " +
                    "set a Discount below 1, a Horizon, or mark the states that end an episode [Terminal]",
                    Diagnostics.FixDiscount);
            }
        }

        /// <summary>MDP010 (warning): a state space that is finite but too large to compile comfortably.</summary>
        private void CheckSize(DomainSpec? state, DomainSpec? action)
        {
            if (state is not { Kind: not DomainKind.Opaque } || action is null)
                return;
            var pairs = (long)state.Count * action.Count;
            if (pairs > MaxComfortablePairs)
            {
                Report(Diagnostics.ModelTooLarge, _location,
                    $"'{_type.Name}' has {state.Count:N0} states × {action.Count:N0} actions = {pairs:N0} pairs, more than {MaxComfortablePairs:N0}; " +
                    "Compile() calls the transition once per pair and keeps every row in memory. Narrow the state's [Range]s, or use [Mdp(States = StateSpace.Reachable)]");
            }
        }

        private Location SettingsLocation(ModelSettings settings) =>
            settings.Attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken).GetLocation() ?? _location;

        private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

        private bool IsPartial(INamedTypeSymbol type) =>
            type.DeclaringSyntaxReferences.Any(r =>
                r.GetSyntax(_cancellationToken) is TypeDeclarationSyntax declaration &&
                declaration.Modifiers.Any(m => m.ValueText == "partial"));

        private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
        {
            (true, TypeKind.Struct) => "record struct",
            (true, _) => "record",
            (_, TypeKind.Struct) => "struct",
            (_, TypeKind.Interface) => "interface",
            _ => "class",
        };
    }
}
