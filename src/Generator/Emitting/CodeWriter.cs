using System;
using System.Text;

namespace MdpDsl.Generator.Emitting;

/// <summary>Writes C# line by line with four-space indentation and LF line ends, whatever the host platform.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
            _text.Append(' ', _depth * 4).Append(line);
        _text.Append('\n');
        return this;
    }

    /// <summary>
    /// Writes <paramref name="header"/> and an opening brace, and indents until the returned scope is disposed,
    /// which writes <paramref name="close"/>.
    /// </summary>
    public IDisposable Block(string header, string close = "}")
    {
        Line(header);
        Line("{");
        _depth++;
        return new Scope(this, close);
    }

    public override string ToString() => _text.ToString();

    private sealed class Scope : IDisposable
    {
        private readonly CodeWriter _writer;
        private readonly string _close;

        public Scope(CodeWriter writer, string close) => (_writer, _close) = (writer, close);

        public void Dispose()
        {
            _writer._depth--;
            _writer.Line(_close);
        }
    }
}
