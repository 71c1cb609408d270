namespace MdpDsl.Generator.Model;

/// <summary>
/// The accessibility a generated member is declared with, ordered from the most restricted. Protected and Internal
/// are not comparable: the most a member may be when it must satisfy both is private protected.
/// </summary>
internal enum Access
{
    Private,
    PrivateProtected,
    Protected,
    Internal,
    ProtectedInternal,
    Public,
}

internal static class AccessKeywords
{
    public static string Keyword(this Access access) => access switch
    {
        Access.Private => "private",
        Access.PrivateProtected => "private protected",
        Access.Protected => "protected",
        Access.Internal => "internal",
        Access.ProtectedInternal => "protected internal",
        _ => "public",
    };
}
