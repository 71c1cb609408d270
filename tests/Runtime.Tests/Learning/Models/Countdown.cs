namespace MdpDsl.Runtime.Tests.Learning.Models;

/// <summary>A finite-horizon model of three steps, whose values depend on the step and so cannot be learned as stationary ones.</summary>
[Mdp(Horizon = 3)]
public partial class Countdown
{
    [State]
    public enum Light { Off, On }

    [Action]
    public enum Flip { Keep, Flip }

    [Initial]
    public static Light Start => Light.Off;

    [Reward]
    public static double Reward(Light light) => light == Light.On ? 1 : 0;

    [Transition]
    public static Light Step(Light light, Flip flip) => flip == Flip.Keep ? light : light == Light.On ? Light.Off : Light.On;
}
