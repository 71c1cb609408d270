using System.Text.Json;
using System.Text.Json.Serialization;

namespace MdpDsl.Interchange;

/// <summary>
/// Compile-time JSON metadata for the saved documents (no reflection over the documents, trimming- and AOT-safe).
/// Property names are camelCase; action names and state field names are written as declared. −∞ (the value of a
/// disallowed action) is written as the string "-Infinity". Every constructor parameter is required and nullability
/// is enforced, so a truncated or edited document fails to load instead of loading with defaults.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(SolutionDocument))]
[JsonSerializable(typeof(PolicyDocument))]
internal sealed partial class InterchangeJsonContext : JsonSerializerContext;
