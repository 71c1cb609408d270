using System.Xml.Linq;

namespace MdpDsl.Plotting.Tests;

/// <summary>Reads a saved SVG as XML: its text elements, and the elements filled with one colour.</summary>
internal sealed class Svg
{
    private readonly XDocument _document;

    private Svg(XDocument document) => _document = document;

    // XDocument.Load throws on anything that is not well-formed XML: loading is the validity check.
    public static Svg Load(string path) => new(XDocument.Load(path));

    public XElement Root => _document.Root!;

    public IReadOnlyList<string> Texts =>
        _document.Descendants().Where(element => element.Name.LocalName == "text").Select(element => element.Value.Trim()).ToArray();

    public int CountFilled(string color) =>
        _document.Descendants().Count(element => string.Equals((string?)element.Attribute("fill"), color, StringComparison.OrdinalIgnoreCase));
}
