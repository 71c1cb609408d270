using System.Text;

namespace MdpDsl.Generator.Emitting;

/// <summary>
/// Writes C# from multi-line templates, as System.Text.Json's generator does: each line of a template is indented
/// to the current depth, so a raw string literal in the emitter shows the shape of the code it writes. Lines end
/// in LF whatever the host platform, and a template's own line ends (LF or CRLF, as the emitter's file was
/// checked out) do not leak into the output.
/// </summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _text = new();
    private int _depth;

    /// <summary>Writes every line of <paramref name="template"/> at the current depth; blank lines stay empty.</summary>
    public void WriteLine(string template = "")
    {
        var start = 0;
        while (true)
        {
            var end = template.IndexOf('\n', start);
            var line = end < 0 ? template.Substring(start) : template.Substring(start, end - start);
            line = line.TrimEnd('\r');
            if (line.Length > 0)
                _text.Append(' ', _depth * IndentSize).Append(line);
            _text.Append('\n');
            if (end < 0)
                return;
            start = end + 1;
        }
    }

    /// <summary>Writes an opening brace and indents what follows.</summary>
    public void OpenBlock()
    {
        WriteLine("{");
        _depth++;
    }

    /// <summary>Ends the innermost block with <paramref name="close"/>.</summary>
    public void CloseBlock(string close = "}")
    {
        _depth--;
        WriteLine(close);
    }

    public override string ToString() => _text.ToString();
}
