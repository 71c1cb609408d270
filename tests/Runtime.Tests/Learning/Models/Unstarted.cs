namespace MdpDsl.Runtime.Tests.Learning.Models;

/// <summary>A valid model that declares no [Initial] state, so it has no episodes.</summary>
[Mdp(Discount = 0.9)]
public partial class Unstarted
{
    [State]
    public enum Light { Off, On }

    [Action]
    public enum Flip { Flip }

    [Reward]
    public static double Reward(Light light) => light == Light.On ? 1 : 0;

    [Transition]
    public static Light Step(Light light, Flip flip) => light == Light.On ? Light.Off : Light.On;
}
