using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;
using MdpDsl.Analyzers.Tests.Verifying;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Analyzers.Tests.Catalogue;

/// <summary>The catalogue keeps its promises: one category, a help page per ID that exists, every rule shipped by an analyzer and tracked for release.</summary>
public class CatalogueTests
{
    public static IEnumerable<DiagnosticDescriptor> Descriptors => typeof(Diagnostics)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(member => member.FieldType == typeof(DiagnosticDescriptor))
        .Select(member => (DiagnosticDescriptor)member.GetValue(null)!);

    public static TheoryData<string> Ids => new(Descriptors.Select(d => d.Id).Distinct());

    [Fact]
    public void The_catalogue_has_the_ten_rules_of_the_design_in_one_category()
    {
        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"MDP{n:000}"), Descriptors.Select(d => d.Id).Distinct().Order());
        Assert.All(Descriptors, d => Assert.Equal(Diagnostics.Category, d.Category));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_rule_links_to_its_help_page_which_shows_a_wrong_and_a_right_example(string id)
    {
        Assert.All(Descriptors.Where(d => d.Id == id), d => Assert.Equal(Diagnostics.HelpLinkBase + id + ".md", d.HelpLinkUri));
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics", id + ".md"));
        Assert.StartsWith("# " + id, page);
        Assert.Matches(new Regex("^## Wrong$", RegexOptions.Multiline), page);
        Assert.Matches(new Regex("^## Right$", RegexOptions.Multiline), page);
        Assert.Contains($"[{id}]({id}.md)", File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics", "README.md")));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_rule_is_reported_by_an_analyzer_and_tracked_for_release(string id)
    {
        var supported = MdpAnalyzers.All.SelectMany(a => a.SupportedDiagnostics).Where(d => d.Id == id).ToList();
        Assert.Equal(Descriptors.Where(d => d.Id == id).OrderBy(d => d.DefaultSeverity), supported.OrderBy(d => d.DefaultSeverity));
        var release = File.ReadAllText(Path.Combine(Repository.Root, "src", "Generator", "AnalyzerReleases.Unshipped.md"));
        Assert.Matches(new Regex($"^{id} \\| {Diagnostics.Category} \\| {supported.Max(d => d.DefaultSeverity)} \\|", RegexOptions.Multiline), release);
    }
}
