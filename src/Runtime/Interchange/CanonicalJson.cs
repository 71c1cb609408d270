using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace MdpDsl.Interchange;

/// <summary>
/// One compact text per JSON value, whatever its formatting: object members sorted by name, numbers written
/// the shortest way. Two states are the same state when their canonical texts are equal.
/// </summary>
internal static class CanonicalJson
{
    /// <summary>The canonical text of <paramref name="element"/>.</summary>
    public static string Of(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            Write(writer, element);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes <paramref name="value"/> through <paramref name="shape"/> and returns the element, which owns its memory.</summary>
    public static JsonElement Element(StateShape shape, object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            shape.WriteJson(writer, value);
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                    Write(writer, item);
                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            case JsonValueKind.Number when element.TryGetInt64(out var integer):
                writer.WriteNumberValue(integer);
                break;
            case JsonValueKind.Number when element.TryGetUInt64(out var large):
                writer.WriteNumberValue(large);
                break;
            case JsonValueKind.Number when element.TryGetDouble(out var real):
                writer.WriteNumberValue(real);
                break;
            case JsonValueKind.Number:
                writer.WriteStringValue(element.GetRawText());
                break;
            case JsonValueKind.True:
                writer.WriteBooleanValue(true);
                break;
            case JsonValueKind.False:
                writer.WriteBooleanValue(false);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
