namespace MdpDsl.Runtime.Tests.Simulation;

/// <summary>
/// Ten robots on a ring of 64 cells; each step one of them moves a cell clockwise. The declared state space has
/// 64^10 ≈ 1.2e18 states, far beyond any table: the model is reachable-only, its search capped at 5,000 states, and
/// its transition returns one successor without allocating.
/// </summary>
[Mdp(Discount = 0.99, States = StateSpace.Reachable, MaxStates = 5_000)]
public partial class Swarm
{
    [State]
    public readonly record struct Ring(
        [Range(0, 63)] int R0, [Range(0, 63)] int R1, [Range(0, 63)] int R2, [Range(0, 63)] int R3, [Range(0, 63)] int R4,
        [Range(0, 63)] int R5, [Range(0, 63)] int R6, [Range(0, 63)] int R7, [Range(0, 63)] int R8, [Range(0, 63)] int R9);

    [Action] public enum Robot { R0, R1, R2, R3, R4, R5, R6, R7, R8, R9 }

    [Initial] public static Ring Start => default;

    [Reward] public static double Effort(Ring ring, Robot robot) => -1;

    [Transition]
    public static Ring Move(Ring r, Robot robot) => robot switch
    {
        Robot.R0 => r with { R0 = (r.R0 + 1) % 64 },
        Robot.R1 => r with { R1 = (r.R1 + 1) % 64 },
        Robot.R2 => r with { R2 = (r.R2 + 1) % 64 },
        Robot.R3 => r with { R3 = (r.R3 + 1) % 64 },
        Robot.R4 => r with { R4 = (r.R4 + 1) % 64 },
        Robot.R5 => r with { R5 = (r.R5 + 1) % 64 },
        Robot.R6 => r with { R6 = (r.R6 + 1) % 64 },
        Robot.R7 => r with { R7 = (r.R7 + 1) % 64 },
        Robot.R8 => r with { R8 = (r.R8 + 1) % 64 },
        _ => r with { R9 = (r.R9 + 1) % 64 },
    };
}
