using System;

namespace MdpDsl.Interchange;

/// <summary>Builds the <see cref="ModelFileException"/>s of loading, each a sentence that starts with the file's name.</summary>
internal static class SavedFileError
{
    public static ModelFileException Corrupted(string? path, string what, Exception? inner = null) =>
        new(ModelFileProblem.Corrupted, path, $"{Subject(path)} {what}.", inner);

    public static ModelFileException WrongKind(string? path, string what) =>
        new(ModelFileProblem.WrongKind, path, $"{Subject(path)} {what}.");

    public static ModelFileException UnsupportedVersion(string? path, string what) =>
        new(ModelFileProblem.UnsupportedVersion, path, $"{Subject(path)} {what}.");

    public static ModelFileException OtherModel(string? path, string kind, string what) =>
        new(ModelFileProblem.OtherModel, path, $"{Subject(path)} holds a {kind} of another model: {what}.");

    private static string Subject(string? path) => path is null ? "The saved data" : $"The file '{path}'";
}
