namespace MdpDsl;

/// <summary>The optimality likelihood p(O = 1 | s, a) that a model's rewards must be able to express.</summary>
public enum Optimality
{
    /// <summary>Rewards may take any finite value.</summary>
    Unconstrained,

    /// <summary>
    /// p(O = 1 | s, a) = exp(r(s, a)) must be a probability, so every reward must be ≤ 0
    /// (Levine 2018, §2.2). Checked at compile time where the reward is a constant and by <c>Compile()</c>.
    /// </summary>
    Exponential,
}
