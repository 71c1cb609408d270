namespace MdpDsl.Interchange;

/// <summary>The names and version of the JSON documents this runtime writes and reads.</summary>
internal static class SavedFormat
{
    /// <summary>The <c>format</c> of a saved solution.</summary>
    public const string Solution = "MdpDsl.Solution";

    /// <summary>The <c>format</c> of a saved policy.</summary>
    public const string Policy = "MdpDsl.Policy";

    /// <summary>
    /// The document version written, and the only one read. Raise it whenever a document's shape or meaning
    /// changes, and keep reading the older versions from then on.
    /// </summary>
    public const int Version = 1;
}
