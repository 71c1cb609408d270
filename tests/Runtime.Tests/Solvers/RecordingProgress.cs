namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>
/// Records every report synchronously, in order. (<see cref="Progress{T}"/> posts to a synchronization context,
/// so its callbacks may run late or out of order and cannot be counted right after the solver returns.)
/// </summary>
public sealed class RecordingProgress : IProgress<SolverProgress>
{
    private readonly Action<SolverProgress>? _onReport;

    public RecordingProgress(Action<SolverProgress>? onReport = null) => _onReport = onReport;

    public List<SolverProgress> Reports { get; } = new();

    public void Report(SolverProgress value)
    {
        Reports.Add(value);
        _onReport?.Invoke(value);
    }
}
