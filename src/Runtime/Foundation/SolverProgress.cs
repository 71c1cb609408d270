namespace MdpDsl;

/// <summary>What an iterative solver reports after each iteration.</summary>
/// <param name="Iteration">The number of completed iterations (sweeps or backward steps).</param>
/// <param name="Residual">The largest change of a state value in that iteration.</param>
public readonly record struct SolverProgress(int Iteration, double Residual);
