using MdpDsl.Generator.Incremental;
using Microsoft.CodeAnalysis.CSharp;

namespace MdpDsl.Generator.Tests.Incremental;

/// <summary>
/// What counts as a change of a file's declarations: the generator parses no model again while every file's
/// declarations stay equal, so anything that can change a symbol or a syntax error outside a method body must
/// count, and what cannot should not, or every keystroke would parse every model again.
/// </summary>
public sealed class FileDeclarationsTests
{
    private const string Source = """
        namespace Notes;

        // A note.
        public static class Sums
        {
            public const int Max = 3;

            public static int Property { get => 1; }

            public static int Total(int value)
            {
                return value + 1;
            }

            public static int Twice(int value) => 2 * value;
        }
        """;

    public static TheoryData<string, string, string> Unchanged => new()
    {
        { "a statement of a method body", "return value + 1;", "return value + 2;" },
        { "an expression body of a method", "2 * value", "3 * value" },
        { "a // comment", "// A note.", "// Another note." },
        { "the whitespace between members", "public const int Max = 3;\n", "public const int Max = 3;\n\n\n" },
    };

    public static TheoryData<string, string, string> Changed => new()
    {
        { "a constant's value", "Max = 3", "Max = 4" },
        { "a parameter's name", "Total(int value)", "Total(int amount)" },
        { "an accessor body, where `field` makes a backing field", "get => 1;", "get => 2;" },
        { "a #nullable directive inside a method body", "return value + 1;", "return value + 1;\n#nullable disable\n" },
        { "a stray token the parser skips", "public const int Max = 3;", "public const int Max = 3; ]" },
        { "a /* */ comment, which may be unterminated", "// A note.", "/* A note. */" },
        { "a body turned into no body", "public static int Twice(int value) => 2 * value;", "public static extern int Twice(int value);" },
    };

    [Theory]
    [MemberData(nameof(Unchanged))]
    public void An_edit_that_declares_nothing_leaves_the_declarations_equal(string what, string before, string after) =>
        Assert.True(Of(Source) == Of(Edit(before, after)), what);

    [Theory]
    [MemberData(nameof(Changed))]
    public void An_edit_that_can_change_a_declaration_changes_them(string what, string before, string after) =>
        Assert.True(Of(Source) != Of(Edit(before, after)), what);

    [Fact]
    public void The_same_text_in_another_file_is_another_file()
    {
        // A file-local type belongs to its file, so the path is part of the declarations.
        var tree = CSharpSyntaxTree.ParseText(Source, ModelCompilation.ParseOptions, path: "A.cs");
        var moved = CSharpSyntaxTree.ParseText(Source, ModelCompilation.ParseOptions, path: "B.cs");

        Assert.NotEqual(FileDeclarations.Of(tree, default), FileDeclarations.Of(moved, default));
    }

    private static string Edit(string before, string after)
    {
        var source = Source.ReplaceLineEndings("\n");
        Assert.Contains(before, source);
        return source.Replace(before, after);
    }

    private static FileDeclarations Of(string source) =>
        FileDeclarations.Of(CSharpSyntaxTree.ParseText(source.ReplaceLineEndings("\n"), ModelCompilation.ParseOptions, path: "Notes.cs"), default);
}
