using MdpDsl.Foundation;
using MdpDsl.Storage;

namespace MdpDsl;

/// <summary>
/// Options of <c>SoftQLearning</c>. <see cref="LearnerOptions.LearningRate"/> counts the updates of each
/// (state, action) pair.
/// </summary>
public sealed record SoftQLearningOptions : LearnerOptions
{
    /// <summary>The temperature T &gt; 0 of the soft backup and of the Boltzmann behaviour π ∝ exp(Q / T).</summary>
    public double Temperature { get; init; } = 1.0;

    internal override void Validate(TransitionTable table)
    {
        base.Validate(table);
        SolverArguments.CheckTemperature(Temperature, nameof(Temperature));
    }
}
