using System;
using System.Collections.Generic;
using System.IO;

namespace MdpDsl.Rendering;

/// <summary>Comma-separated lines as RFC 4180 writes them: a field with a comma, quote or line break is quoted.</summary>
internal static class Csv
{
    /// <summary>Writes <paramref name="fields"/> as one line.</summary>
    public static void WriteLine(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                writer.Write(',');
            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                writer.Write(field);
                continue;
            }
            writer.Write('"');
            writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
        }
        writer.Write("\r\n");
    }
}
