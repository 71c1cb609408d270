namespace MdpDsl.Generator.Parsing;

/// <summary>The runtime's attribute and model-facing type names, as strings: the generator never loads the runtime assembly.</summary>
internal static class MetadataNames
{
    public const string Mdp = "MdpDsl.MdpAttribute";
    public const string State = "MdpDsl.StateAttribute";
    public const string Action = "MdpDsl.ActionAttribute";
    public const string Reward = "MdpDsl.RewardAttribute";
    public const string Transition = "MdpDsl.TransitionAttribute";
    public const string Initial = "MdpDsl.InitialAttribute";
    public const string Terminal = "MdpDsl.TerminalAttribute";
    public const string Allowed = "MdpDsl.AllowedAttribute";
    public const string Range = "MdpDsl.RangeAttribute";
    public const string Feature = "MdpDsl.FeatureAttribute";
    public const string Encoding = "MdpDsl.EncodingAttribute";
    public const string Successors = "MdpDsl.Successors`1";

    /// <summary>The default of <c>MdpAttribute.MaxStates</c>, mirrored from <c>StateSpaceLimits.DefaultMaxStates</c>.</summary>
    public const int DefaultMaxStates = 1_000_000;

    /// <summary>The value of <c>StateSpace.Reachable</c>.</summary>
    public const int ReachableStateSpace = 1;

    /// <summary>The values of <c>FeatureEncoding.OneHot</c> and <c>FeatureEncoding.Scaled</c>, as flags.</summary>
    public const int OneHotEncoding = 1;
    public const int ScaledEncoding = 2;

    /// <summary>The widest [Range] one-hot encoded by default, mirrored from <c>EncodingAttribute.OneHotLimit</c>.</summary>
    public const int OneHotLimit = 16;

    /// <summary>The value of <c>Optimality.Exponential</c>.</summary>
    public const int ExponentialLikelihood = 1;
}
