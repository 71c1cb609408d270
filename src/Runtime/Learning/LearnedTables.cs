namespace MdpDsl.Learning;

/// <summary>What a learner leaves behind, on indices, before the model gives it its types.</summary>
/// <param name="V">V[s].</param>
/// <param name="Policy">π[s · A + a].</param>
/// <param name="Q">Q[s · A + a], for the learners of action values.</param>
/// <param name="Returns">The learning curve.</param>
/// <param name="Steps">The simulator steps taken.</param>
/// <param name="Visits">The steps taken from each pair, at s · A + a.</param>
internal sealed record LearnedTables(double[] V, double[] Policy, double[]? Q, double[] Returns, long Steps, long[] Visits);
