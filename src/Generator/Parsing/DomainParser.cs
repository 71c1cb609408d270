using System.Collections.Generic;
using System.Linq;
using System.Numerics;
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
    private readonly Location _location;
    private readonly INamedTypeSymbol _model;
    private readonly KnownTypes _known;
    private readonly Dictionary<ITypeSymbol, DomainSpec> _parsed = new(SymbolEqualityComparer.Default);
    private readonly List<DomainSpec> _spaces = new();
    private readonly HashSet<ITypeSymbol> _inProgress = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> _spaceNames;

    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="location">Where to report a problem of a type declared outside the source, such as one from a reference.</param>
    /// <param name="model">The model, inside which the generated code builds and reads states.</param>
    /// <param name="known">The DSL's attribute types.</param>
    /// <param name="takenNames">The names a member of the model could clash with, which generated space structs must not reuse.</param>
    public DomainParser(List<Diagnostic> diagnostics, Location location, INamedTypeSymbol model, KnownTypes known, IEnumerable<string> takenNames)
    {
        _diagnostics = diagnostics;
        _location = location;
        _model = model;
        _known = known;
        _spaceNames = new HashSet<string>(takenNames);
    }

    /// <summary>Every finite domain parsed so far, nested ones before the types that use them.</summary>
    public IReadOnlyList<DomainSpec> Spaces => _spaces;

    /// <summary>The domain of an enum, or null (with a diagnostic) when it has no members.</summary>
    private DomainSpec? ParseEnum(INamedTypeSymbol type, DomainRole role, Location location)
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
            ReportNotFinite(role, location, type);
            return null;
        }
        return Add(type, new DomainSpec(TypeNames.FullyQualified(type), SpaceName(type), DomainKind.Enum, members.Count,
            members.ToEquatableArray(), EquatableArray<FieldSpec>.Empty, Construction.Constructor));
    }

    /// <summary>
    /// The domain of a [State] or [Action] type, or null (with diagnostics) when it is not finite. Both roles follow
    /// the same rules, so an action may be a struct or record of finite fields exactly as a state may.
    /// </summary>
    public DomainSpec? Parse(ITypeSymbol type, DomainRole role, Location location) => Parse(type, role, location, indexed: true);

    /// <summary>
    /// The fields of a reachable model's state type, which the encoder and the simulator's range check need although
    /// no index is built: read as <see cref="Parse(ITypeSymbol, DomainRole, Location)"/> reads them, without the cap on
    /// the product of their radices, so a composite comes back with a count of 0 and no space of its own. A reachable
    /// state need not be finite: when it is not, this returns null and leaves no diagnostic and no space behind.
    /// </summary>
    public DomainSpec? ParseUnindexed(ITypeSymbol type, Location location)
    {
        var (diagnostics, spaces) = (_diagnostics.Count, _spaces.Count);
        var domain = Parse(type, DomainRole.State, location, indexed: false);
        if (domain is not null && !_diagnostics.Skip(diagnostics).Any(d => d.Severity == DiagnosticSeverity.Error))
            return domain;
        _diagnostics.RemoveRange(diagnostics, _diagnostics.Count - diagnostics);
        foreach (var space in _spaces.Skip(spaces).ToList())
        {
            foreach (var key in _parsed.Where(entry => entry.Value == space).Select(entry => entry.Key).ToList())
                _parsed.Remove(key);
        }
        _spaces.RemoveRange(spaces, _spaces.Count - spaces);
        return null;
    }

    private DomainSpec? Parse(ITypeSymbol type, DomainRole role, Location location, bool indexed)
    {
        if (_parsed.TryGetValue(type, out var known))
            return known;
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
            return ParseEnum(enumType, role, location);
        // A ref struct cannot be a type argument of the runtime's generic spaces and solvers.
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct or TypeKind.Class, IsRefLikeType: false, IsAbstract: false } named ||
            named.IsGenericType && named.TypeArguments.Any(a => a is ITypeParameterSymbol) ||
            !_inProgress.Add(named))
        {
            ReportNotFinite(role, location, type);
            return null;
        }

        var domain = ParseComposite(named, role, location, indexed);
        _inProgress.Remove(named);
        return domain is null ? null : indexed ? Add(named, domain) : domain;
    }

    private DomainSpec? ParseComposite(INamedTypeSymbol type, DomainRole role, Location location, bool indexed)
    {
        var components = Components(type, out var construction, out var constructor);
        if (components is null || !Buildable(type, components, construction, constructor))
        {
            Report(Diagnostics.NotBuildable, location, type.Name, Noun(role));
            return null;
        }

        var fields = new List<FieldSpec>();
        var valid = true;
        foreach (var component in components)
        {
            var field = ParseField(type, role, component.Name, component.Type, component.Attributes, component.Location ?? location);
            valid &= field is not null;
            if (field is not null)
                fields.Add(field);
        }
        if (!valid)
            return null;
        if (!indexed)
        {
            return new DomainSpec(TypeNames.FullyQualified(type), SpaceName(type), DomainKind.Composite, 0,
                EquatableArray<string>.Empty, fields.ToEquatableArray(), construction);
        }

        // A product of many fields overflows every fixed-size integer.
        var count = BigInteger.One;
        foreach (var field in fields)
            count *= field.Radix;
        if (count > ModelParser.MaxArrayLength)
        {
            Report(Diagnostics.TooLargeToIndex, location, type.Name, ModelParser.FormatCount(count), "values", ModelParser.FormatCount(ModelParser.MaxArrayLength));
            return null;
        }
        return new DomainSpec(TypeNames.FullyQualified(type), SpaceName(type), DomainKind.Composite, (int)count,
            EquatableArray<string>.Empty, fields.ToEquatableArray(), construction);
    }

    private FieldSpec? ParseField(INamedTypeSymbol owner, DomainRole role, string name, ITypeSymbol type, IEnumerable<AttributeData> attributes, Location location)
    {
        var typeName = TypeNames.FullyQualified(type);
        var encoding = KnownTypes.Find(attributes, _known.Encoding);
        if (type.SpecialType == SpecialType.System_Boolean)
        {
            NoEncodingChoice(encoding, owner, name, location);
            return new FieldSpec(name, typeName, FieldKind.Bool, 0, 1, null, FieldEncoding.OneHot);
        }

        if (TypeNames.IsInteger(type))
        {
            var range = KnownTypes.Find(attributes, _known.Range);
            if (range is not { ConstructorArguments: { Length: 2 } args } || args[0].Value is not long min || args[1].Value is not long max)
            {
                ReportWithFix(Diagnostics.NoFiniteDomain, location, Diagnostics.FixAddRange, owner.Name + "." + name, type.ToDisplayString(), Marker(role));
                return null;
            }
            if (min > max || !TypeNames.Fits(type, min) || !TypeNames.Fits(type, max))
            {
                Report(Diagnostics.BadRange, location, owner.Name + "." + name, min, max, type.ToDisplayString());
                return null;
            }
            // long.MaxValue - long.MinValue overflows long.
            var values = new BigInteger(max) - min + 1;
            if (values > ModelParser.MaxArrayLength)
            {
                Report(Diagnostics.TooLargeToIndex, location, owner.Name + "." + name, ModelParser.FormatCount(values), "values", ModelParser.FormatCount(ModelParser.MaxArrayLength));
                return null;
            }
            return new FieldSpec(name, typeName, FieldKind.Integer, min, max, null, Encoding(encoding, (long)values, owner.Name + "." + name, location));
        }

        var nested = type switch
        {
            INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType => ParseEnum(enumType, role, location),
            _ when KnownTypes.Has(type, role == DomainRole.Action ? _known.Action : _known.State) => Parse(type, role, location),
            _ => Unsupported(owner, role, name, type, location),
        };
        if (nested is null)
            return null;
        NoEncodingChoice(encoding, owner, name, location);
        return new FieldSpec(name, typeName, FieldKind.Nested, 0, 0, nested, FieldEncoding.OneHot);
    }

    /// <summary>
    /// How the encoder encodes an integer field of <paramref name="values"/> values: as its [Encoding] says, or by
    /// default one-hot up to <see cref="MetadataNames.OneHotLimit"/> values and scaled above. An [Encoding] that names
    /// no encoding, or a one-hot block beyond <see cref="Diagnostics.MaxOneHotValues"/>, is reported and replaced.
    /// </summary>
    private FieldEncoding Encoding(AttributeData? attribute, long values, string field, Location location)
    {
        var byDefault = values <= MetadataNames.OneHotLimit ? FieldEncoding.OneHot : FieldEncoding.Scaled;
        if (attribute is null)
            return byDefault;
        var chosen = attribute.ConstructorArguments is { Length: 1 } args && args[0].Value is int value ? value : 0;
        if (chosen is not (MetadataNames.OneHotEncoding or MetadataNames.ScaledEncoding or MetadataNames.OneHotEncoding | MetadataNames.ScaledEncoding))
        {
            Report(Diagnostics.IgnoredEncoding, AttributeLocation(attribute, location), field,
                string.Format(System.Globalization.CultureInfo.InvariantCulture, Diagnostics.EncodingUnknown, chosen));
            return byDefault;
        }
        var encoding = (FieldEncoding)chosen;
        if ((encoding & FieldEncoding.OneHot) != 0 && values > Diagnostics.MaxOneHotValues)
        {
            Report(Diagnostics.IgnoredEncoding, AttributeLocation(attribute, location), field,
                string.Format(System.Globalization.CultureInfo.InvariantCulture, Diagnostics.EncodingTooWide,
                    ModelParser.FormatCount(values), ModelParser.FormatCount(Diagnostics.MaxOneHotValues)));
            return FieldEncoding.Scaled;
        }
        return encoding;
    }

    /// <summary>MDP020 for an [Encoding] on a field whose encoding is fixed: a bool, an enum or a nested type.</summary>
    private void NoEncodingChoice(AttributeData? attribute, INamedTypeSymbol owner, string name, Location location)
    {
        if (attribute is not null)
            Report(Diagnostics.IgnoredEncoding, AttributeLocation(attribute, location), owner.Name + "." + name, Diagnostics.EncodingWithoutChoice);
    }

    private static Location AttributeLocation(AttributeData attribute, Location fallback) =>
        attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? fallback;

    private DomainSpec? Unsupported(INamedTypeSymbol owner, DomainRole role, string name, ITypeSymbol type, Location location)
    {
        Report(Diagnostics.NoFiniteDomain, location, owner.Name + "." + name, type.ToDisplayString(), Marker(role));
        return null;
    }

    /// <summary>
    /// Reports a type with no finite set of values: MDP016 for a state; for an action, MDP003, the rule that has
    /// always said what an action type must be.
    /// </summary>
    private void ReportNotFinite(DomainRole role, Location location, ITypeSymbol type) =>
        Report(role == DomainRole.Action ? Diagnostics.BadAction : Diagnostics.NotEnumerable, location, type.Name);

    private static string Noun(DomainRole role) => role == DomainRole.Action ? "action" : "state";

    private static string Marker(DomainRole role) => role == DomainRole.Action ? "[Action]" : "[State]";

    /// <summary>One field of a composite value.</summary>
    /// <param name="Name">The field, property or positional parameter.</param>
    /// <param name="Type">Its type.</param>
    /// <param name="Attributes">Its attributes (a positional parameter's with its property's).</param>
    /// <param name="Location">Its declaration, when in source.</param>
    /// <param name="Read">The field or getter the generated code reads it through.</param>
    /// <param name="Write">The field or setter an object initializer assigns it through.</param>
    private sealed record Component(string Name, ITypeSymbol Type, IEnumerable<AttributeData> Attributes, Location? Location, ISymbol? Read, ISymbol? Write);

    /// <summary>
    /// The fields that make up a value, with the way to build it: a positional record's parameters, or else the
    /// instance fields and auto-properties in declaration order, built by the constructor that takes them all or,
    /// failing that, by an object initializer. Null when neither way exists.
    /// </summary>
    private static List<Component>? Components(INamedTypeSymbol type, out Construction construction, out IMethodSymbol? constructor)
    {
        construction = Construction.Constructor;
        constructor = type.InstanceConstructors.FirstOrDefault(c => IsPrimary(type, c));
        if (constructor is not null)
        {
            return constructor.Parameters.Select(p =>
            {
                var property = type.GetMembers(p.Name).OfType<IPropertySymbol>().FirstOrDefault();
                return new Component(p.Name, p.Type, PositionalAttributes(p, property), p.Locations.FirstOrDefault(), property?.GetMethod, property?.SetMethod);
            }).ToList();
        }

        var members = new List<Component>();
        var settable = true;
        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                case IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false, CanBeReferencedByName: true } field:
                    members.Add(new Component(field.Name, field.Type, field.GetAttributes(), field.Locations.FirstOrDefault(), field, field));
                    settable &= !field.IsReadOnly;
                    break;
                case IPropertySymbol { IsStatic: false, IsIndexer: false } property when IsAutoProperty(type, property):
                    members.Add(new Component(property.Name, property.Type, property.GetAttributes(), property.Locations.FirstOrDefault(), property.GetMethod, property.SetMethod));
                    settable &= property.SetMethod is not null;
                    break;
            }
        }

        constructor = type.InstanceConstructors.FirstOrDefault(c =>
            c.Parameters.Length == members.Count && members.Count > 0 &&
            c.Parameters.Select((p, i) => string.Equals(p.Name, members[i].Name, System.StringComparison.OrdinalIgnoreCase) &&
                                          SymbolEqualityComparer.Default.Equals(p.Type, members[i].Type)).All(x => x));
        if (constructor is not null)
            return members;
        construction = Construction.Initializer;
        return settable && members.Count > 0 ? members : null;
    }

    /// <summary>
    /// Whether <paramref name="constructor"/> is the primary constructor of a positional record: in source, the one
    /// declared on the record itself (a class's primary constructor makes no properties); from a reference, where no
    /// syntax is left and a record struct does not even say it is a record, the one matched by the
    /// <c>Deconstruct</c> the compiler writes for positional records.
    /// </summary>
    private static bool IsPrimary(INamedTypeSymbol type, IMethodSymbol constructor)
    {
        if (constructor.Parameters.Length == 0)
            return false;
        if (constructor.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax))
            return type.IsRecord;
        return constructor.DeclaringSyntaxReferences.IsEmpty &&
               type.GetMembers("Deconstruct").OfType<IMethodSymbol>().Any(deconstruct =>
                   deconstruct.Parameters.Length == constructor.Parameters.Length &&
                   deconstruct.Parameters.Zip(constructor.Parameters, (o, p) =>
                       o.RefKind == RefKind.Out && o.Name == p.Name && SymbolEqualityComparer.Default.Equals(o.Type, p.Type)).All(x => x));
    }

    /// <summary>
    /// Whether the generated code, inside the model, can build <paramref name="components"/> the way
    /// <paramref name="construction"/> says and read them back. An object initializer also calls the parameterless
    /// constructor: a class must have a usable one, and so must a struct that declares its own.
    /// </summary>
    private bool Buildable(INamedTypeSymbol type, List<Component> components, Construction construction, IMethodSymbol? constructor) =>
        components.All(c => Usable(c.Read)) &&
        (construction == Construction.Constructor
            ? Usable(constructor)
            : components.All(c => Usable(c.Write)) && ParameterlessUsable(type));

    private bool ParameterlessUsable(INamedTypeSymbol type) =>
        type.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0) is { } parameterless
            ? Usable(parameterless)
            : type.IsValueType;

    /// <summary>Whether generated code inside the model may use <paramref name="member"/>: accessible, and no CS0619 where it does.</summary>
    private bool Usable(ISymbol? member) =>
        Accessible(member) &&
        !KnownTypes.IsObsoleteError(member!) &&
        !(member is IMethodSymbol { AssociatedSymbol: { } property } && KnownTypes.IsObsoleteError(property));

    /// <summary>
    /// Whether code inside the model can use <paramref name="member"/>: the rules of C# for a member of another
    /// type, with <c>protected</c> read strictly (the model does not derive from its state types).
    /// </summary>
    private bool Accessible(ISymbol? member)
    {
        if (member is null)
            return false;
        var friend = member.ContainingAssembly is { } assembly &&
                     (SymbolEqualityComparer.Default.Equals(assembly, _model.ContainingAssembly) || assembly.GivesAccessTo(_model.ContainingAssembly));
        var within = Within(member.ContainingType);
        return member.DeclaredAccessibility switch
        {
            Accessibility.Public => true,
            Accessibility.Internal => friend,
            Accessibility.ProtectedOrInternal => friend || within,
            Accessibility.ProtectedAndInternal => friend && within,
            _ => within,
        };
    }

    /// <summary>Whether the model is <paramref name="type"/> or nested in it, where even its private members are visible.</summary>
    private bool Within(INamedTypeSymbol? type)
    {
        for (var outer = _model; outer is not null; outer = outer.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(outer, type?.OriginalDefinition))
                return true;
        }
        return false;
    }

    /// <summary>A positional parameter's attributes, with those its property carries (<c>[property: Range(…)]</c>).</summary>
    private static IEnumerable<AttributeData> PositionalAttributes(IParameterSymbol parameter, IPropertySymbol? property) =>
        property is null ? parameter.GetAttributes() : parameter.GetAttributes().Concat(property.GetAttributes());

    /// <summary>
    /// Whether <paramref name="property"/> is backed by a field of its own: in source the compiler ties the two
    /// together; from a reference only the backing field's reserved name is left.
    /// </summary>
    private static bool IsAutoProperty(INamedTypeSymbol type, IPropertySymbol property) =>
        type.GetMembers().OfType<IFieldSymbol>().Any(f =>
            SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property) || f.Name == "<" + property.Name + ">k__BackingField");

    private DomainSpec Add(ITypeSymbol type, DomainSpec domain)
    {
        _parsed[type] = domain;
        _spaces.Add(domain);
        return domain;
    }

    private string SpaceName(ITypeSymbol type) => GeneratedNames.Unused(type.Name + "Space", _spaceNames);

    private void Report(DiagnosticDescriptor descriptor, Location location, params object[] arguments) =>
        ReportWithFix(descriptor, location, null, arguments);

    private void ReportWithFix(DiagnosticDescriptor descriptor, Location location, string? fix, params object[] arguments) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, location.IsInSource ? location : _location, fix is null ? null : Diagnostics.Fix(fix), arguments));
}
