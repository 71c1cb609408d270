namespace MdpDsl;

/// <summary>What an iterative solver reports after each iteration.</summary>
/// <param name="Iteration">The number of completed iterations (sweeps or backward steps).</param>
/// <param name="Residual">
/// What the stopping rule compares with <paramref name="Threshold"/>: the largest change of a state value in that
/// iteration, or, for discounted value iteration and modified policy iteration, half the spread of the changes.
/// </param>
/// <param name="Threshold">
/// The residual at or below which the solver stops, so that the iterations left can be estimated from how fast the
/// residual falls (<see cref="ConsoleProgress"/> does); NaN where the solver stops by another rule.
/// </param>
public readonly record struct SolverProgress(int Iteration, double Residual, double Threshold = double.NaN);
