namespace MdpDsl.Plotting;

/// <summary>Which of a policy's actions a value heat map draws as arrows.</summary>
public enum PolicyArrows
{
    /// <summary>No arrows: the values alone.</summary>
    None,

    /// <summary>One full-length arrow per state, for its likeliest action (the greedy one, for a greedy policy).</summary>
    Likeliest,

    /// <summary>
    /// One arrow per action with positive probability, its length in proportion to that probability relative to
    /// the likeliest action's: a near-uniform soft policy shows arrows of similar length, a greedy one a single arrow.
    /// </summary>
    Distribution,
}
