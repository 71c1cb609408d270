using System.Collections.Generic;

namespace MdpDsl.Interchange;

/// <summary>A solution's numbers by model index, as saved and loaded; the model wraps them in typed results.</summary>
/// <param name="Horizon">The number of steps, or null for a stationary solution.</param>
/// <param name="Converged">Whether the stopping rule was met.</param>
/// <param name="Iterations">The sweeps or backward steps performed.</param>
/// <param name="Residual">The solver's last residual (<see cref="Solution{TState, TAction}.Residual"/>).</param>
/// <param name="Stages">One per step.</param>
internal sealed record SavedSolution(int? Horizon, bool Converged, int Iterations, double Residual, IReadOnlyList<SavedStage> Stages);

/// <summary>One step's tables: V[s], Q[s · A + a], π[s · A + a].</summary>
internal sealed record SavedStage(double[] V, double[] Q, double[] Policy);
