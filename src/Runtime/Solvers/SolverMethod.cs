namespace MdpDsl;

/// <summary>The exact hard solvers that <see cref="SolverCatalog.Solve"/> chooses among, as <see cref="SolverCatalog.ChooseSolver"/> names them.</summary>
public enum SolverMethod
{
    /// <summary>A finite horizon: <see cref="SolverCatalog.ValueIteration"/>'s backward induction, exact in H steps.</summary>
    BackwardInduction,

    /// <summary><see cref="SolverCatalog.PolicyIteration"/>: exact evaluations of deterministic policies.</summary>
    PolicyIteration,

    /// <summary><see cref="SolverCatalog.ModifiedPolicyIteration"/>: improvements with cheap sweeps of the policy between them.</summary>
    ModifiedPolicyIteration,

    /// <summary><see cref="SolverCatalog.ValueIteration"/>: Jacobi sweeps, parallel over states.</summary>
    ValueIteration,
}
