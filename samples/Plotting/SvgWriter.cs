using System.Collections.Generic;
using System.Text;

namespace MdpDsl.Samples.Plotting;

/// <summary>
/// Writes SVG markup: every number through <see cref="Numbers.Svg"/> and every piece of text escaped, so that a
/// label can never break the document and a machine's culture can never change it.
/// </summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _text = new();
    private readonly Stack<string> _open = new();
    private int _lastId;

    /// <summary>An id no other element of this document has, for gradients and clip paths.</summary>
    public string NewId(string prefix) => $"{prefix}-{++_lastId}";

    public void Open(string name, params (string Name, object? Value)[] attributes)
    {
        StartTag(name, attributes);
        _text.Append(">\n");
        _open.Push(name);
    }

    public void Close() => Indent().Append("</").Append(_open.Pop()).Append(">\n");

    public void Empty(string name, params (string Name, object? Value)[] attributes)
    {
        StartTag(name, attributes);
        _text.Append("/>\n");
    }

    public void Element(string name, string content, params (string Name, object? Value)[] attributes)
    {
        StartTag(name, attributes);
        _text.Append('>').Append(Escape(content)).Append("</").Append(name).Append(">\n");
    }

    public void Rect(double x, double y, double width, double height, string fill, string? stroke = null, double strokeWidth = 1) =>
        Empty("rect", ("x", x), ("y", y), ("width", width), ("height", height), ("fill", fill),
            ("stroke", stroke), ("stroke-width", stroke is null ? null : strokeWidth));

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null) =>
        Empty("line", ("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2), ("stroke", stroke), ("stroke-width", width), ("stroke-dasharray", dash));

    /// <summary>Text whose vertical middle sits at <paramref name="middleY"/>, which needs no baseline support from the viewer.</summary>
    public void Text(double x, double middleY, string content, double size, string anchor = "start", string fill = Style.Ink, bool bold = false, double rotate = 0) =>
        Element("text", content,
            ("x", x), ("y", middleY + Style.MiddleToBaseline * size), ("font-size", size), ("text-anchor", anchor == "start" ? null : anchor),
            ("font-weight", bold ? "bold" : null), ("fill", fill),
            ("transform", rotate == 0 ? null : $"rotate({Numbers.Svg(rotate)} {Numbers.Svg(x)} {Numbers.Svg(middleY)})"));

    public override string ToString() => _text.ToString();

    private void StartTag(string name, (string Name, object? Value)[] attributes)
    {
        Indent().Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            if (value is null)
                continue;
            var text = value switch
            {
                double number => Numbers.Svg(number),
                int number => Numbers.Svg(number),
                _ => value.ToString() ?? "",
            };
            _text.Append(' ').Append(attribute).Append("=\"").Append(Escape(text)).Append('"');
        }
    }

    private StringBuilder Indent() => _text.Append(' ', 2 * _open.Count);

    /// <summary>Escapes markup characters and drops the control characters XML 1.0 cannot hold at all.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case < ' ' and not ('\t' or '\n' or '\r'): break;
                case '\uFFFE' or '\uFFFF': break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }
}
