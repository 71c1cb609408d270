namespace MdpDsl.Runtime.Tests.Simulation;

/// <summary>
/// A shuttle from stop 0 towards stop 2 (terminal) whose start distribution and far toll are parameters, so that no
/// analyzer sees a constant to object to: the start may be a bad distribution, and the toll makes r(s, a, s′)
/// positive on the trips that end at stop 2. Under the exponential likelihood only the expectation over the
/// successors, ¼·FarToll − ¾, must be at most 0.
/// </summary>
[Mdp(Discount = 0.9, Likelihood = Optimality.Exponential)]
public partial class Shuttle
{
    public (int Stop, double Probability)[] Starts { get; init; } = [(0, 1.0)];

    public double FarToll { get; init; } = -1;

    [State] public readonly record struct Stop([Range(0, 2)] int Index);

    [Action] public enum Ride { Go }

    [Initial] public IEnumerable<(Stop, double)> Start() => Starts.Select(start => (new Stop(start.Stop), start.Probability));

    [Terminal] public static bool AtTheEnd(Stop stop) => stop.Index == 2;

    [Reward] public double Toll(Stop from, Ride ride, Stop to) => to.Index == 2 ? FarToll : -1;

    [Transition] public static IEnumerable<(Stop, double)> Drive(Stop from, Ride ride) => [(new Stop(2), 0.25), (new Stop(1), 0.75)];
}
