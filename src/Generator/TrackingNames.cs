namespace MdpDsl.Generator;

/// <summary>The names of the pipeline's steps, for incremental-caching tests.</summary>
public static class TrackingNames
{
    /// <summary>Each file's declarations: its text outside method bodies, which alone can change a model.</summary>
    public const string Declarations = nameof(Declarations);

    /// <summary>Each [Mdp] class parsed into a spec (null when the model is invalid).</summary>
    public const string Parse = nameof(Parse);

    /// <summary>The valid specs that get generated code.</summary>
    public const string Valid = nameof(Valid);

    /// <summary>The hint names that differ from another only in case, numbered to tell them apart.</summary>
    public const string HintNameClashes = nameof(HintNameClashes);
}
