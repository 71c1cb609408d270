using System.Collections.Generic;

namespace MdpDsl.Benchmarks.Models;

/// <summary>
/// The same dynamics as <see cref="DeterministicGrid"/>, declared as a stochastic transition that yields its one
/// successor with probability 1: the generator compiles it to general CSR storage, so comparing the two measures
/// what the deterministic storage saves.
/// </summary>
[Mdp(Discount = 0.99)]
public partial class StochasticGrid
{
    /// <summary>A cell of the grid.</summary>
    [State] public readonly record struct Cell([Range(0, GridMoves.Size - 1)] int X, [Range(0, GridMoves.Size - 1)] int Y);

    /// <summary>The four moves.</summary>
    [Action] public enum Move { Up, Down, Left, Right }

    /// <summary>The bottom-left corner.</summary>
    [Initial] public static Cell Start => new(0, 0);

    /// <summary>The top-right corner ends the episode.</summary>
    [Terminal] public static bool IsGoal(Cell s) => GridMoves.IsGoal(s.X, s.Y);

    /// <summary>Every step costs 1.</summary>
    [Reward] public static double Cost(Cell s, Move a) => -1;

    /// <summary>The one cell a move leads to, as a distribution with a single outcome.</summary>
    [Transition]
    public static IEnumerable<(Cell Next, double Probability)> Step(Cell s, Move a)
    {
        var (x, y) = GridMoves.Go(s.X, s.Y, (int)a);
        yield return (new Cell(x, y), 1.0);
    }
}
