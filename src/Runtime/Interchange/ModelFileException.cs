using System;

namespace MdpDsl.Interchange;

/// <summary>
/// Thrown when a saved solution or policy cannot be loaded into a model, or a PRISM explicit file cannot be read. The
/// message names the file and what is wrong: what differs from the model, the version found, or where (for PRISM
/// files, the line) the file is damaged. Nothing is loaded.
/// </summary>
public sealed class ModelFileException : Exception
{
    internal ModelFileException(ModelFileProblem problem, string? filePath, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Problem = problem;
        FilePath = filePath;
    }

    /// <summary>What kind of problem it is.</summary>
    public ModelFileProblem Problem { get; }

    /// <summary>The file's path, or null when it was read from a stream.</summary>
    public string? FilePath { get; }
}
