using System.Collections.Generic;
using System.Linq;
using MdpDsl.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Parsing;

/// <summary>
/// Reads the finite domain of a state or action type: an enum's distinct values, or a struct/record's fields as
/// mixed-radix digits. Every problem becomes a diagnostic on the offending declaration; nothing throws.
/// </summary>
internal sealed class DomainParser
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly Location _model;
    private readonly Dictionary<ITypeSymbol, DomainSpec> _parsed = new(SymbolEqualityComparer.Default);
    private readonly List<DomainSpec> _spaces = new();
    private readonly HashSet<ITypeSymbol> _inProgress = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> _spaceNames;

    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="model">Where to report a problem of a type declared outside the source, such as one from a reference.</param>
    /// <param name="takenNames">The names a member of the model could clash with, which generated space structs must not reuse.</param>
    public DomainParser(List<Diagnostic> diagnostics, Location model, IEnumerable<string> takenNames)
    {
        _diagnostics = diagnostics;
        _model = model;
        _spaceNames = new HashSet<string>(takenNames);
    }

    /// <summary>Every finite domain parsed so far, nested ones before the types that use them.</summary>
    public IReadOnlyList<DomainSpec> Spaces => _spaces;

    /// <summary>The domain of an enum, or null (with a diagnostic) when it has no members.</summary>
    public DomainSpec? ParseEnum(INamedTypeSymbol type, DiagnosticDescriptor whenEmpty, Location location)
    {
        if (_parsed.TryGetValue(type, out var known))
            return known;
        var members = new List<string>();
        var seen = new HashSet<object>();
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            // Aliases (two names for one value) are one value of the domain.
            if (field.HasConstantValue && field.ConstantValue is { } value && seen.Add(value))
                members.Add(field.Name);
        }
        if (members.Count == 0)
        {
            Report(whenEmpty, location, $"The enum '{type.Name}' has no members, so it has no values to index");
            return null;
        }
        return Add(type, new DomainSpec(TypeNames.FullyQualified(type), SpaceName(type), DomainKind.Enum, members.Count,
            members.ToEquatableArray(), EquatableArray<FieldSpec>.Empty, Construction.Constructor));
    }

    /// <summary>The domain of a [State] type, or null (with diagnostics) when it is not finite.</summary>
    public DomainSpec? ParseState(ITypeSymbol type, Location location)
    {
        if (_parsed.TryGetValue(type, out var known))
            return known;
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
            return ParseEnum(enumType, Diagnostics.NoFiniteDomain, location);
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct or TypeKind.Class } named || named.IsAbstract || named.IsGenericType && named.TypeArguments.Any(a => a is ITypeParameterSymbol))
        {
            Report(Diagnostics.NoFiniteDomain, location, $"The state type '{type.Name}' must be an enum, a struct or a record");
            return null;
        }
        if (!_inProgress.Add(named))
        {
            Report(Diagnostics.NoFiniteDomain, location, $"The state type '{type.Name}' contains itself, so its domain is not finite");
            return null;
        }

        var domain = ParseComposite(named, location);
        _inProgress.Remove(named);
        return domain is null ? null : Add(named, domain);
    }

    private DomainSpec? ParseComposite(INamedTypeSymbol type, Location location)
    {
        var components = Components(type, out var construction);
        if (components is null)
        {
            Report(Diagnostics.NoFiniteDomain, location,
                $"The state type '{type.Name}' cannot be built from its fields: give it a constructor that takes every field in order, or settable fields");
            return null;
        }

        var fields = new List<FieldSpec>();
        var valid = true;
        foreach (var (name, fieldType, attributes, fieldLocation) in components)
        {
            var field = ParseField(type, name, fieldType, attributes, fieldLocation ?? location);
            valid &= field is not null;
            if (field is not null)
                fields.Add(field);
        }
        if (!valid)
            return null;

        var count = 1L;
        foreach (var field in fields)
        {
            count *= field.Radix;
            if (count > int.MaxValue)
            {
                Report(Diagnostics.StateSpaceTooLarge, location,
                    $"The state type '{type.Name}' has more than {int.MaxValue:N0} values; narrow its [Range]s or use [Mdp(States = StateSpace.Reachable)]");
                return null;
            }
        }
        return new DomainSpec(TypeNames.FullyQualified(type), SpaceName(type), DomainKind.Composite, (int)count,
            EquatableArray<string>.Empty, fields.ToEquatableArray(), construction);
    }

    private FieldSpec? ParseField(INamedTypeSymbol owner, string name, ITypeSymbol type, IEnumerable<AttributeData> attributes, Location location)
    {
        var typeName = TypeNames.FullyQualified(type);
        if (type.SpecialType == SpecialType.System_Boolean)
            return new FieldSpec(name, typeName, FieldKind.Bool, 0, 1, null);

        if (TypeNames.IsInteger(type))
        {
            var range = attributes.FirstOrDefault(a => TypeNames.Is(a.AttributeClass, MetadataNames.Range));
            if (range is not { ConstructorArguments: { Length: 2 } args } || args[0].Value is not long min || args[1].Value is not long max)
            {
                Report(Diagnostics.NoFiniteDomain, location,
                    $"The field '{owner.Name}.{name}' is an integer without a finite domain; add [Range(min, max)]", Diagnostics.FixAddRange);
                return null;
            }
            if (min > max || !TypeNames.Fits(type, min) || !TypeNames.Fits(type, max))
            {
                Report(Diagnostics.NoFiniteDomain, location,
                    $"The field '{owner.Name}.{name}' has [Range({min}, {max})], which is empty or does not fit its type '{type.Name}'");
                return null;
            }
            // Max − Min as an unsigned long: as a long it wraps for ranges wider than long.MaxValue.
            if (unchecked((ulong)(max - min)) >= int.MaxValue)
            {
                Report(Diagnostics.StateSpaceTooLarge, location, $"The field '{owner.Name}.{name}' has more than {int.MaxValue:N0} values");
                return null;
            }
            return new FieldSpec(name, typeName, FieldKind.Integer, min, max, null);
        }

        var nested = type switch
        {
            INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType => ParseEnum(enumType, Diagnostics.NoFiniteDomain, location),
            _ when TypeNames.HasAttribute(type, MetadataNames.State) => ParseState(type, location),
            _ => Unsupported(owner, name, type, location),
        };
        return nested is null ? null : new FieldSpec(name, typeName, FieldKind.Nested, 0, 0, nested);
    }

    private DomainSpec? Unsupported(INamedTypeSymbol owner, string name, ITypeSymbol type, Location location)
    {
        Report(Diagnostics.NoFiniteDomain, location,
            $"The field '{owner.Name}.{name}' has type '{type.ToDisplayString()}', which has no finite domain; use bool, an enum, an integer with [Range] or a nested [State] type");
        return null;
    }

    /// <summary>
    /// The fields that make up a value, with the way to build it: a positional record's parameters, or else the
    /// instance fields and auto-properties in declaration order.
    /// </summary>
    private static List<(string Name, ITypeSymbol Type, IEnumerable<AttributeData> Attributes, Location? Location)>? Components(
        INamedTypeSymbol type, out Construction construction)
    {
        construction = Construction.Constructor;
        var primary = type.IsRecord
            ? type.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length > 0 && c.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax))
            : null;
        if (primary is not null)
        {
            return primary.Parameters
                .Select(p => (p.Name, p.Type, PositionalAttributes(type, p), p.Locations.FirstOrDefault()))
                .ToList();
        }

        var members = new List<(string, ITypeSymbol, IEnumerable<AttributeData>, Location?)>();
        var settable = true;
        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                case IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false } field:
                    members.Add((field.Name, field.Type, field.GetAttributes(), field.Locations.FirstOrDefault()));
                    settable &= !field.IsReadOnly;
                    break;
                case IPropertySymbol { IsStatic: false, IsIndexer: false } property when IsAutoProperty(type, property):
                    members.Add((property.Name, property.Type, property.GetAttributes(), property.Locations.FirstOrDefault()));
                    settable &= property.SetMethod is not null;
                    break;
            }
        }

        var constructor = type.InstanceConstructors.FirstOrDefault(c =>
            c.Parameters.Length == members.Count && members.Count > 0 &&
            c.Parameters.Select((p, i) => string.Equals(p.Name, members[i].Item1, System.StringComparison.OrdinalIgnoreCase) &&
                                          SymbolEqualityComparer.Default.Equals(p.Type, members[i].Item2)).All(x => x));
        if (constructor is not null)
            return members;
        construction = Construction.Initializer;
        return settable && members.Count > 0 ? members : null;
    }

    /// <summary>A positional parameter's attributes, with those its property carries (<c>[property: Range(…)]</c>).</summary>
    private static IEnumerable<AttributeData> PositionalAttributes(INamedTypeSymbol type, IParameterSymbol parameter)
    {
        var property = type.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault();
        return property is null ? parameter.GetAttributes() : parameter.GetAttributes().Concat(property.GetAttributes());
    }

    private static bool IsAutoProperty(INamedTypeSymbol type, IPropertySymbol property) =>
        type.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

    private DomainSpec Add(ITypeSymbol type, DomainSpec domain)
    {
        _parsed[type] = domain;
        _spaces.Add(domain);
        return domain;
    }

    private string SpaceName(ITypeSymbol type) => GeneratedNames.Unused(type.Name + "Space", _spaceNames);

    private void Report(DiagnosticDescriptor descriptor, Location location, string message, string? fix = null) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, location.IsInSource ? location : _model, fix is null ? null : Diagnostics.Fix(fix), message));
}
