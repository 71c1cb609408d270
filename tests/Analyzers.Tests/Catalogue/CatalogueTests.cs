using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;
using MdpDsl.Analyzers.Tests.Verifying;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Analyzers.Tests.Catalogue;

/// <summary>
/// The catalogue keeps its promises: one descriptor, one severity and a real message format per ID, one category,
/// a help page per ID that exists and is listed, every rule shipped by one analyzer and tracked for release exactly.
/// </summary>
public class CatalogueTests
{
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = typeof(Diagnostics)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(member => member.FieldType == typeof(DiagnosticDescriptor))
        .Select(member => (DiagnosticDescriptor)member.GetValue(null)!)
        .ToList();

    public static TheoryData<string> Ids => new(Descriptors.Select(d => d.Id));

    [Fact]
    public void The_catalogue_has_one_descriptor_per_ID_from_MDP001_to_MDP020_in_one_category()
    {
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"MDP{n:000}"), Descriptors.Select(d => d.Id).Order());
        Assert.All(Descriptors, d => Assert.Equal(Diagnostics.Category, d.Category));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_message_is_a_sentence_with_arguments_not_a_bare_placeholder(string id)
    {
        var format = Descriptor(id).MessageFormat.ToString();

        Assert.Contains("{0}", format);
        Assert.Matches(new Regex(@"[a-z]{3,} [a-z]{3,}"), Regex.Replace(format, @"\{\d\}", ""));
    }

    [Fact]
    public void The_help_link_base_is_the_build_property_carried_in_the_assembly_metadata()
    {
        var metadata = typeof(Diagnostics).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == Diagnostics.HelpLinkBaseKey);

        Assert.Equal(string.IsNullOrEmpty(metadata.Value) ? null : metadata.Value, Diagnostics.HelpLinkBase);
    }

    [Theory]
    [InlineData("https://example.org/mdpdsl/blob/main/docs/diagnostics/", "https://example.org/mdpdsl/blob/main/docs/diagnostics/MDP004.md")]
    [InlineData("https://example.org/mdpdsl/blob/main/docs/diagnostics", "https://example.org/mdpdsl/blob/main/docs/diagnostics/MDP004.md")]
    [InlineData(null, null)]
    public void A_help_link_is_the_page_of_its_ID_under_the_base_or_none_without_one(string? linkBase, string? link) =>
        Assert.Equal(link, Diagnostics.HelpLink(linkBase, "MDP004"));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_rule_links_to_its_help_page_which_shows_a_wrong_and_a_right_example(string id)
    {
        Assert.Equal(Diagnostics.HelpLink(Diagnostics.HelpLinkBase, id) ?? "", Descriptor(id).HelpLinkUri);
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics", id + ".md"));
        Assert.StartsWith("# " + id, page);
        Assert.Contains($"**Severity:** {Descriptor(id).DefaultSeverity.ToString().ToLowerInvariant()}", page);
        Assert.Matches(new Regex("^## Wrong$", RegexOptions.Multiline), page);
        Assert.Matches(new Regex("^## Right$", RegexOptions.Multiline), page);
        Assert.Contains($"[{id}]({id}.md)", File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics", "README.md")));
        Assert.Contains($"[{id}](docs/diagnostics/{id}.md)", File.ReadAllText(Path.Combine(Repository.Root, "README.md")));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_rule_is_reported_by_one_analyzer(string id) =>
        Assert.Single(MdpAnalyzers.All, a => a.SupportedDiagnostics.Contains(Descriptor(id)));

    [Fact]
    public void The_release_tracking_lists_exactly_the_catalogue_with_its_severities()
    {
        var release = File.ReadAllLines(Path.Combine(Repository.Root, "src", "Generator", "AnalyzerReleases.Unshipped.md"));
        var rows = release.Where(line => line.StartsWith("MDP", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Select(cells => (Id: cells[0], Category: cells[1], Severity: cells[2]))
            .ToList();

        Assert.Equal(Descriptors.Select(d => (d.Id, d.Category, d.DefaultSeverity.ToString())).Order(), rows.Order());
    }

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors.Single(d => d.Id == id);
}
