using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Approximate;

public class ApproximateAllocationTests
{
    // A run allocates its approximators, replay buffer and learning curve up front; the steps themselves must
    // allocate nothing. The same episodes with a step limit a hundred times longer therefore allocate the same.
    [Fact]
    public void The_learners_allocate_nothing_per_step()
    {
        var model = new Loop().Compile();
        var encoder = new IndexOneHot<Loop.Spot>(Loop.IndexOf, Loop.StateCount);
        Run(model, encoder, 100);

        var shortRun = Allocated(() => Run(model, encoder, stepLimit: 100));
        var longRun = Allocated(() => Run(model, encoder, stepLimit: 10_000));

        Assert.Equal(shortRun, longRun);
    }

    private static void Run(MdpModel<Loop.Spot, Loop.Go> model, IStateEncoder<Loop.Spot> encoder, int stepLimit)
    {
        model.CreateSimulator(stepLimit).SoftQLearning(encoder, new SoftQLearningOptions { Episodes = 3, BatchSize = 8, ReplayCapacity = 64, TargetSmoothing = 0.1 });
        model.CreateSimulator(stepLimit).SoftQLearning(encoder, new SoftQLearningOptions { Episodes = 3, BatchSize = 8, ReplayCapacity = 64, TargetCopyInterval = 10 });
        model.CreateSimulator(stepLimit).Sac(encoder, new SacOptions { Episodes = 3, BatchSize = 8, ReplayCapacity = 64, TargetEntropy = 0.5 });
    }

    private static long Allocated(Action run)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        run();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
