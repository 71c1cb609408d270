using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MdpDsl.Storage;

namespace MdpDsl.Interchange;

/// <summary>
/// Turns a compiled model into a <see cref="PrismExplicitModel"/>. What it writes, and why:
/// <list type="bullet">
/// <item>Every allowed action of a non-terminal state is one choice, in action order, labelled with the action's
/// name (made a PRISM identifier); its transitions are the model's successors, ascending.</item>
/// <item>A terminal state gets one unlabelled self-loop with reward 0: absorbing, as PRISM models the end of an
/// episode, so the model has no deadlocks.</item>
/// <item>Rewards are choice rewards r(s, a) in <c>.trew</c>, repeated on every transition of the choice as PRISM
/// writes them. PRISM's MDP rewards cannot depend on the successor, so a reward r(s, a, s′) is written as its
/// expectation r(s, a) = Σ p(s′|s, a) r(s, a, s′) — the same expected total reward, which is what the R operator
/// measures. <c>.srew</c> holds no non-zero state reward; it is written so that both files form one reward structure.</item>
/// <item>States are described by their fields (see <see cref="StateShape"/>): <c>bool</c>s as <c>true</c>/<c>false</c>,
/// integers as themselves, enums as their underlying integer values, nested states flattened with '_'. A state type
/// with other fields (possible in a reachable state space) is described by one variable, <c>state</c>, its index.</item>
/// <item>Labels: <c>init</c> marks the support of the [Initial] distribution (PRISM has initial states, not initial
/// probabilities; every state when the model declares none), <c>deadlock</c> no state, and <c>terminal</c> the
/// terminal states.</item>
/// <item>The discount and horizon are not part of the format: state them in the properties you check.</item>
/// </list>
/// </summary>
internal static class PrismExporter
{
    public static PrismExplicitModel Export<TState, TAction>(
        TransitionTable table, double[] initial, IReadOnlyList<TState> states, IReadOnlyList<TAction> actions, PrismExportOptions options)
        where TState : notnull
        where TAction : struct
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!PrismNames.IsIdentifier(options.RewardStructure))
            throw new ArgumentException($"The reward structure name \"{options.RewardStructure}\" is not a PRISM identifier.", nameof(options));

        var (variables, values) = Describe(states);
        var labels = PrismNames.Distinct(actions.Select(TypeDisplay.ActionName));
        var sign = options.NegateRewards ? -1.0 : 1.0;

        var choices = new List<PrismChoice>();
        for (var s = 0; s < table.StateCount; s++)
        {
            if (table.IsTerminal(s))
            {
                choices.Add(new PrismChoice(s, 0, null, 0, [new PrismTransition(s, 1)]));
                continue;
            }
            var index = 0;
            for (var a = 0; a < table.ActionCount; a++)
            {
                if (!table.IsAllowed(s, a))
                    continue;
                var range = table.RowRange(s, a);
                var transitions = new PrismTransition[range.End.Value - range.Start.Value];
                for (var k = range.Start.Value; k < range.End.Value; k++)
                    transitions[k - range.Start.Value] = new PrismTransition(table.Successors[k], table.Probability(k));
                var reward = sign * table.Reward(s, a);
                choices.Add(new PrismChoice(s, index++, labels[a], reward == 0 ? 0 : reward, transitions));
            }
        }

        var declared = Enumerable.Range(0, table.StateCount).Where(s => initial[s] > 0).ToArray();
        var init = declared.Length > 0 ? declared : Enumerable.Range(0, table.StateCount).ToArray();
        var terminal = Enumerable.Range(0, table.StateCount).Where(table.IsTerminal).ToArray();
        PrismLabel[] labelList = [new("init", init), new("deadlock", []), new("terminal", terminal)];

        return new PrismExplicitModel(variables, values, choices, new double[table.StateCount], labelList, options.RewardStructure);
    }

    /// <summary>The state variables and each state's values, or the fallback <c>state</c> = index.</summary>
    private static (string[] Variables, IReadOnlyList<string>[] Values) Describe<TState>(IReadOnlyList<TState> states)
        where TState : notnull
    {
        var shape = StateShape.Of(typeof(TState));
        var names = new List<string>();
        var values = new IReadOnlyList<string>[states.Count];
        if (shape.TryAddVariables(shape.IsComposite ? null : typeof(TState).Name, names))
        {
            var all = true;
            for (var s = 0; s < states.Count && all; s++)
            {
                var row = new List<string>(names.Count);
                all = shape.TryAddValues(states[s], row);
                values[s] = row;
            }
            if (all)
                return (PrismNames.Distinct(names), values);
        }

        for (var s = 0; s < states.Count; s++)
            values[s] = [s.ToString(CultureInfo.InvariantCulture)];
        return (["state"], values);
    }
}
