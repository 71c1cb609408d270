namespace MdpDsl.Benchmarks.Harness;

/// <summary>What the <c>solve</c> command hands every solver.</summary>
/// <param name="Tolerance">ε of the solver's stopping rule (for value iteration, stop below ε(1 − γ)/2γ, as <c>limit --tol</c>).</param>
/// <param name="Temperature">The soft backup's temperature.</param>
/// <param name="MaxIterations">The most sweeps, evaluations or improvements before giving up.</param>
/// <param name="EvaluationSweeps">Modified policy iteration's sweeps of each policy.</param>
internal sealed record SolveSettings(double Tolerance, double Temperature, int MaxIterations, int EvaluationSweeps);
