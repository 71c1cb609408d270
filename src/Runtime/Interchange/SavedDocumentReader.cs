using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MdpDsl.Interchange;

/// <summary>
/// Reads a saved document in two steps: first its <c>format</c> and <c>version</c>, so that a file of another kind
/// or version gets a message about that rather than about its shape; then the whole document, strictly.
/// </summary>
internal static class SavedDocumentReader
{
    private static readonly (string Type, string Name)[] DocumentParts =
    [
        (typeof(SolutionDocument).FullName!, "the solution"),
        (typeof(PolicyDocument).FullName!, "the policy"),
        (typeof(StageDocument).FullName!, "a step"),
        (typeof(SolutionEntry).FullName!, "a state's entry"),
        (typeof(PolicyEntry).FullName!, "a state's entry"),
        (typeof(ModelIdentity).FullName!, "the model"),
    ];

    /// <summary>Reads a document of <paramref name="format"/> from <paramref name="stream"/>.</summary>
    /// <exception cref="ModelFileException">The data is not JSON, not of this format and version, or incomplete.</exception>
    public static T Read<T>(Stream stream, string? path, string format, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw SavedFileError.Corrupted(path, $"is not valid JSON, perhaps because it is truncated or damaged ({e.Message.TrimEnd('.')})", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var kind = Kind(format);
            if (root.ValueKind != JsonValueKind.Object ||
                !root.TryGetProperty("format", out var found) || found.ValueKind != JsonValueKind.String)
            {
                throw SavedFileError.WrongKind(path, $"is not a saved MdpDsl {kind}: it has no \"format\": \"{format}\"");
            }
            var foundFormat = found.GetString();
            if (foundFormat != format)
            {
                var hint = foundFormat switch
                {
                    SavedFormat.Policy => "; load it with LoadPolicy",
                    SavedFormat.Solution => "; load it with LoadSolution",
                    _ => "",
                };
                throw SavedFileError.WrongKind(path, $"holds \"{foundFormat}\", not a saved {kind} (\"{format}\"){hint}");
            }
            // TryGetInt32 throws on a non-number ("version": "1"), which would escape as InvalidOperationException.
            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number))
                throw SavedFileError.Corrupted(path, "has no format version (an integer \"version\")");
            if (number != SavedFormat.Version)
            {
                var reads = SavedFormat.Version.ToString(CultureInfo.InvariantCulture);
                throw SavedFileError.UnsupportedVersion(path, number > SavedFormat.Version
                    ? $"was written in format version {number}, but this version of MdpDsl reads version {reads} only; load it with a newer MdpDsl"
                    : $"has format version {number}, which MdpDsl never wrote; this version reads version {reads}");
            }

            try
            {
                return root.Deserialize(typeInfo) ?? throw SavedFileError.Corrupted(path, "holds no document");
            }
            catch (JsonException e)
            {
                throw SavedFileError.Corrupted(path, $"is damaged: {Readable(e.Message)}", e);
            }
        }
    }

    /// <summary>The serializer's message without the runtime's internal type names or a final period.</summary>
    private static string Readable(string message)
    {
        foreach (var (type, name) in DocumentParts)
        {
            message = message
                .Replace($"type '{type}'", name, System.StringComparison.Ordinal)
                .Replace(type, name, System.StringComparison.Ordinal);
        }
        return message.TrimEnd('.', ' ');
    }

    /// <summary>"solution" or "policy".</summary>
    public static string Kind(string format) => format == SavedFormat.Solution ? "solution" : "policy";
}
