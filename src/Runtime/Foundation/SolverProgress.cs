namespace MdpDsl;

/// <summary>What an iterative solver reports after each iteration.</summary>
/// <param name="Iteration">The number of completed iterations (sweeps or backward steps).</param>
/// <param name="Residual">The largest change of a state value in that iteration.</param>
/// <param name="Threshold">
/// The residual at or below which the solver stops, so that the iterations left can be estimated from how fast the
/// residual falls (<see cref="ConsoleProgress"/> does); NaN where the solver stops by another rule.
/// </param>
public readonly record struct SolverProgress(int Iteration, double Residual, double Threshold = double.NaN);
