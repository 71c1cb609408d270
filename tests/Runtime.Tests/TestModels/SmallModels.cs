namespace MdpDsl.Runtime.Tests.TestModels;

/// <summary>Small valid models that tests start from and then break or probe in one place.</summary>
public static class SmallModels
{
    /// <summary>
    /// A ring of <paramref name="states"/> non-terminal states: action a moves from s to s+1 or s+a+1 (mod n) with
    /// probability ½ each, for reward −1. Every value is valid, so a test can spoil exactly one.
    /// </summary>
    public static MdpArrays Ring(int states = 8, int actions = 3)
    {
        var m = new MdpArrays(states, actions);
        for (var s = 0; s < states; s++)
        {
            for (var a = 0; a < actions; a++)
                m.Set(s, (Act)a, -1, ((s + 1) % states, 0.5), ((s + a + 1) % states, 0.5));
        }
        return m;
    }

    /// <summary>
    /// <see cref="Ring"/> with rewards from −1 to −2 that depend on the state and the action, so that the values differ
    /// from state to state and no sweep reaches them at once (on the plain ring every state's value is −1/(1 − γ)).
    /// </summary>
    public static MdpArrays UnevenRing(int states = 8, int actions = 3)
    {
        var m = new MdpArrays(states, actions);
        for (var s = 0; s < states; s++)
        {
            for (var a = 0; a < actions; a++)
                m.Set(s, (Act)a, -1 - (s * actions + a) % 5 / 4.0, ((s + 1) % states, 0.5), ((s + a + 1) % states, 0.5));
        }
        return m;
    }

    /// <summary>
    /// A line 0 … n−1 whose last state is terminal; A0 steps right and A1 stays put, both for reward −1, and the
    /// other actions are disallowed. Deterministic, with every successor listed once with probability 1.
    /// </summary>
    public static MdpArrays Line(int states, int actions = 2)
    {
        var m = new MdpArrays(states, actions);
        m.Terminal[states - 1] = true;
        for (var s = 0; s < states - 1; s++)
        {
            for (var a = 0; a < actions; a++)
                m.Allowed[s, a] = a < 2;
            m.Set(s, Act.A0, -1, (s + 1, 1.0));
            m.Set(s, Act.A1, -1, (s, 1.0));
        }
        return m;
    }
}
