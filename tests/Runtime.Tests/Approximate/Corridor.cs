namespace MdpDsl.Runtime.Tests.Approximate;

/// <summary>
/// A hand-written table-free simulator: positions 0 … 4, Right moves up and Left down (walls hold), and reaching
/// 4 ends the episode. Its reward function and an optional failure of its step are the test's to choose, as a
/// user's model would produce them.
/// </summary>
internal sealed class Corridor(Func<int, Corridor.Go, double> reward, Exception? failure = null) : ISimulator<int, Corridor.Go>
{
    public enum Go { Left, Right }

    private bool _started;

    public IReadOnlyList<Go> Actions { get; } = [Go.Left, Go.Right];

    public double Discount => 0.9;

    public int StepLimit => 20;

    public int Steps { get; private set; }

    public bool IsDone => State == 4 || Steps == StepLimit;

    public int State { get; private set; }

    public bool IsAllowed(int state, Go action) => true;

    public int Reset(int? seed = null)
    {
        (_started, State, Steps) = (true, 0, 0);
        return State;
    }

    public StepResult<int> Step(Go action)
    {
        if (!_started || IsDone)
            throw new InvalidOperationException("Reset first.");
        if (failure is not null)
            throw failure;
        var paid = reward(State, action);
        State = Math.Clamp(State + (action == Go.Right ? 1 : -1), 0, 4);
        Steps++;
        return new StepResult<int>(State, paid, State == 4, State != 4 && Steps == StepLimit);
    }
}
