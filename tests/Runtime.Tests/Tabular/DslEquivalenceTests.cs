using MdpDsl.Runtime.Tests.Dsl;
using MdpDsl.Runtime.Tests.TestModels;
using Square = MdpDsl.Runtime.Tests.Dsl.RussellNorvigWorld.Square;
using Heading = MdpDsl.Runtime.Tests.Dsl.RussellNorvigWorld.Heading;
using Cell = MdpDsl.Runtime.Tests.Dsl.SuttonBartoGrid.Cell;
using Move = MdpDsl.Runtime.Tests.Dsl.SuttonBartoGrid.Move;

namespace MdpDsl.Runtime.Tests.Tabular;

/// <summary>
/// The same MDP declared twice, as a DSL class and as pymdptoolbox-style arrays filled from the class's own
/// transition and reward functions: both must give the same V, Q and policy, and the array model the textbook's values.
/// </summary>
public class DslEquivalenceTests
{
    private const double Tolerance = 1e-10;

    [Fact]
    public void The_AIMA_world_from_arrays_solves_like_the_DSL_class()
    {
        var dsl = RussellNorvigWorld.Compile();
        var states = dsl.States;
        var (n, actions) = (states.Count, dsl.ActionCount);
        var p = Enumerable.Range(0, actions).Select(_ => new double[n, n]).ToArray();
        var r = Enumerable.Range(0, actions).Select(_ => new double[n, n]).ToArray();
        for (var s = 0; s < n; s++)
        {
            for (var a = 0; a < actions; a++)
            {
                foreach (var (next, probability) in RussellNorvigWorld.Move(states[s], (Heading)a))
                {
                    var k = dsl.IndexOf(next);
                    p[a][s, k] += probability;
                    r[a][s, k] = RussellNorvigWorld.Reward(states[s], (Heading)a, next);
                }
            }
        }
        var terminal = states.Select(RussellNorvigWorld.Ends).ToArray();
        var arrays = TabularMdp.FromArrays(p, r, 1.0, new TabularMdpOptions { Terminal = terminal });

        AssertSame(dsl, dsl.ValueIteration(1e-12), arrays.ValueIteration(1e-12));
        AssertSame(dsl, dsl.PolicyIteration(1e-12), arrays.PolicyIteration(1e-12));
        // Figure 17.3 of Russell & Norvig, to its printed 3 decimals.
        Approx.Equal(0.705, arrays.ValueIteration(1e-12).V[dsl.IndexOf(new Square(1, 1))], 0.0005, "U(1, 1)");
    }

    [Fact]
    public void The_Sutton_Barto_grid_from_sparse_rows_solves_like_the_DSL_class()
    {
        var dsl = SuttonBartoGrid.Compile();
        var states = dsl.States;
        var transitions = states
            .Select(cell => dsl.Actions.Select(move => new[] { (dsl.IndexOf(SuttonBartoGrid.Next(cell, move)), 1.0) }).ToArray())
            .ToArray();
        var rewards = new double[states.Count, dsl.ActionCount];
        for (var s = 0; s < states.Count; s++)
        {
            for (var a = 0; a < dsl.ActionCount; a++)
                rewards[s, a] = SuttonBartoGrid.Step(states[s], (Move)a);
        }
        var arrays = TabularMdp.FromSparse(transitions, rewards, 1.0, new TabularMdpOptions { Terminal = states.Select(SuttonBartoGrid.IsCorner).ToArray() });

        AssertSame(dsl, dsl.ValueIteration(1e-12), arrays.ValueIteration(1e-12));
        AssertSame(dsl, dsl.PolicyIteration(1e-12), arrays.PolicyIteration(1e-12));
        // Figure 4.1, k = ∞: the equiprobable random policy's values are exact integers.
        var random = arrays.PolicyEvaluation(arrays.UniformPolicy()).V;
        Approx.Equal(-22, random[dsl.IndexOf(new Cell(0, 3))], 1e-9, "V(0, 3) under the random policy");
        Approx.Equal(-14, random[dsl.IndexOf(new Cell(1, 0))], 1e-9, "V(1, 0) under the random policy");
    }

    private static void AssertSame<TState, TAction>(MdpModel<TState, TAction> dsl, Solution<TState, TAction> expected, Solution<int, int> actual)
        where TState : notnull
        where TAction : struct
    {
        Assert.True(expected.Converged);
        Assert.True(actual.Converged);
        for (var s = 0; s < dsl.StateCount; s++)
        {
            var state = dsl.StateAt(s);
            Approx.Equal(expected.V[state], actual.V[s], Tolerance, $"V({state})");
            if (dsl.IsTerminal(state))
                continue;
            for (var a = 0; a < dsl.ActionCount; a++)
                Approx.Equal(expected.Q[state, dsl.ActionAt(a)], actual.Q[s, a], Tolerance, $"Q({state}, {dsl.ActionAt(a)})");
            Assert.Equal(dsl.IndexOf(expected.Policy.Act(state)), actual.Policy.Act(s));
        }
    }
}
