namespace MdpDsl.Interchange;

/// <summary>Why a saved solution or policy could not be loaded.</summary>
public enum ModelFileProblem
{
    /// <summary>The file is not valid JSON or not in the PRISM explicit format, is truncated, lacks a field, or holds a value that cannot be right (a probability of 2, NaN, a missing state).</summary>
    Corrupted,

    /// <summary>The file is not a saved solution or policy of this kind (for example a policy given to <c>LoadSolution</c>).</summary>
    WrongKind,

    /// <summary>The file was written in a format version this runtime does not read.</summary>
    UnsupportedVersion,

    /// <summary>The file belongs to another model: other states or actions, or (for a solution) another discount, horizon or dynamics.</summary>
    OtherModel,
}
