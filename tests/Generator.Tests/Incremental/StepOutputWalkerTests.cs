using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MdpDsl.Generator.Tests.Incremental;

/// <summary>The walker must find a Roslyn object however deep it hides, or the caching tests prove nothing.</summary>
public sealed class StepOutputWalkerTests
{
    private sealed record Holder(string Name, object? Payload);

    private sealed class Node
    {
        public Node? Next;
    }

    [Fact]
    public void Finds_a_location_inside_a_record_inside_a_list()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { }");
        var graph = new Holder("outer", new List<object> { 1, new Holder("inner", tree.GetRoot().GetLocation()) });

        var found = StepOutputWalker.FindRoslynObjects(graph, "graph");

        Assert.Equal(new[] { "graph.Payload[1].Payload: SourceLocation" }, found);
    }

    [Fact]
    public void Finds_a_syntax_node_in_a_tuple_and_a_symbol_in_a_private_field()
    {
        var compilation = CSharpCompilation.Create("C", new[] { CSharpSyntaxTree.ParseText("class C { }") });
        var symbol = compilation.GetTypeByMetadataName("C")!;
        var graph = (Name: "tuple", Node: compilation.SyntaxTrees[0].GetRoot(), Wrapped: new Holder("h", symbol));

        var found = StepOutputWalker.FindRoslynObjects(graph, "graph");

        Assert.Equal(2, found.Count);
    }

    [Fact]
    public void Plain_values_and_cycles_pass()
    {
        var first = new Node();
        first.Next = new Node { Next = first };

        Assert.Empty(StepOutputWalker.FindRoslynObjects(new Holder("values", new object[] { 1.5, "text", first, DayOfWeek.Monday }), "graph"));
    }
}
