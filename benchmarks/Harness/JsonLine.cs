using System.Globalization;
using System.Text;

namespace MdpDsl.Benchmarks.Harness;

/// <summary>
/// Builds the one-line JSON object a command prints, for scripts to parse. Doubles are written in the shortest
/// form that round-trips, so that a checksum such as vsum can be compared to the last bit.
/// </summary>
internal sealed class JsonLine
{
    private readonly StringBuilder _text = new("{");

    public JsonLine Add(string name, string value) => Append(name, "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"");

    public JsonLine Add(string name, long value) => Append(name, value.ToString(CultureInfo.InvariantCulture));

    public JsonLine Add(string name, bool value) => Append(name, value ? "true" : "false");

    // JSON has no NaN or infinity; null keeps the line parseable and is visibly not a number.
    public JsonLine Add(string name, double value) =>
        Append(name, double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "null");

    public override string ToString() => _text.ToString() + "}";

    private JsonLine Append(string name, string json)
    {
        if (_text.Length > 1)
            _text.Append(',');
        _text.Append('"').Append(name).Append("\":").Append(json);
        return this;
    }
}
