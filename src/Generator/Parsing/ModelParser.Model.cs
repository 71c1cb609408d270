using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using MdpDsl.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MdpDsl.Generator.Parsing;

internal static partial class ModelParser
{
    /// <summary>The rules of the model as a whole: its declaration, its settings and its size.</summary>
    private sealed partial class Reader
    {
        /// <summary>
        /// MDP001: the generated half is another partial declaration of the type and of every type around it, in a
        /// file of its own (so none of them may be file-local), and one closed type. Returns the enclosing types,
        /// outermost first, or null when the model cannot get code.
        /// </summary>
        private List<ContainingType>? ReadDeclaration()
        {
            var types = new List<ContainingType>();
            var partial = IsPartial(_type);
            var generic = _type.IsGenericType;
            var fileLocal = _type.IsFileLocal;
            for (var outer = _type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                partial &= IsPartial(outer);
                generic |= outer.IsGenericType;
                fileLocal |= outer.IsFileLocal;
                types.Insert(0, new ContainingType(Keyword(outer), outer.Name));
            }
            var valid = partial && !generic && !fileLocal;
            if (!valid)
                ReportWithFix(Diagnostics.NotPartial, _location, partial ? null : Diagnostics.FixMakePartial, _type.Name);
            return valid ? types : null;
        }

        /// <summary>MDP008: the discount, horizon and search cap must make sense.</summary>
        private ModelSettings ReadSettings()
        {
            var settings = ModelSettings.Read(_type, _known)!;
            var location = SettingsLocation(settings);
            if (!(settings.Discount > 0 && settings.Discount <= 1))
                ReportWithFix(Diagnostics.BadSetting, location, Diagnostics.FixDiscount, "Discount", Format(settings.Discount), "in (0, 1]");
            if (settings.Horizon < 0)
                Report(Diagnostics.BadSetting, location, "Horizon", settings.Horizon, "at least 1, or left out for an infinite horizon");
            if (settings.MaxStates < 1)
                Report(Diagnostics.BadSetting, location, "MaxStates", settings.MaxStates, "at least 1");
            return settings;
        }

        /// <summary>
        /// MDP011: with γ = 1, no horizon and no terminal state, every return is an endless sum and value iteration
        /// may never converge.
        /// </summary>
        private void CheckEndless(ModelSettings settings, ISymbol? terminal)
        {
            if (settings.Discount == 1 && settings.Horizon == 0 && terminal is null)
                ReportWithFix(Diagnostics.UndiscountedEndless, SettingsLocation(settings), Diagnostics.FixDiscount, _type.Name);
        }

        /// <summary>
        /// MDP010 and MDP012: the runtime keeps one reward per (state, action) in one array, which must fit; a
        /// finite-horizon solver adds a table of that size per stage, which had better fit in memory. Counted
        /// exactly: a product of int-sized counts overflows long soon enough.
        /// </summary>
        private void CheckSize(DomainSpec? state, DomainSpec? action, ModelSettings settings)
        {
            if (state is not { Kind: not DomainKind.Opaque } || action is null)
                return;
            var pairs = new BigInteger(state.Count) * action.Count;
            if (pairs > MaxArrayLength)
            {
                Report(Diagnostics.TooLargeToIndex, _location, _type.Name, FormatCount(pairs), "(state, action) pairs", FormatCount(MaxArrayLength));
                return;
            }
            var entries = pairs * System.Math.Max(settings.Horizon, 1);
            if (entries > MaxComfortableEntries)
                Report(Diagnostics.ModelTooLarge, _location, _type.Name, FormatCount(state.Count), FormatCount(action.Count), FormatCount(entries), FormatCount(MaxComfortableEntries));
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
