namespace MdpDsl.Benchmarks.Harness;

/// <summary>
/// The bytes a TransitionTable's arrays hold, derived from the fields of TransitionTable.cs (array headers of
/// about 24 bytes each left out). Stochastic storage keeps, per state, bool Terminal; per (state, action) pair,
/// int RowStart (plus one final entry), double Rewards and bool Allowed; per stored successor, int Successors and
/// double Probabilities. Deterministic storage drops RowStart and Probabilities and stores one successor per pair.
/// A reward r(s, a, s') that depends on the successor adds double TransitionRewards per stored successor.
/// </summary>
internal static class FootprintModel
{
    public const int PerState = sizeof(bool);
    public const int PerPair = sizeof(int) + sizeof(double) + sizeof(bool);
    public const int PerEntry = sizeof(int) + sizeof(double);
    public const int PerEntryTransitionReward = sizeof(double);
    public const int DeterministicPerPair = sizeof(int) + sizeof(double) + sizeof(bool);

    /// <summary>The payload of a stochastic table with <paramref name="entries"/> stored successors and rewards r(s, a).</summary>
    public static long Stochastic(long states, long pairs, long entries) =>
        PerState * states + PerPair * pairs + sizeof(int) + PerEntry * entries;
}
