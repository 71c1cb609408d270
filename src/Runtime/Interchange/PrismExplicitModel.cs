using System;
using System.Collections.Generic;
using System.Linq;

namespace MdpDsl.Interchange;

/// <summary>
/// An MDP in the terms of PRISM's explicit model files, independent of any C# type: states as variable values
/// (<c>.sta</c>), choices with action labels and transitions (<c>.tra</c>), labels (<c>.lab</c>), and one reward
/// structure of state rewards (<c>.srew</c>) and choice rewards (<c>.trew</c>). <see cref="PrismWriter"/> writes it,
/// <see cref="PrismReader"/> reads it back, and a compiled model's <c>ToPrism()</c> produces it.
/// </summary>
public sealed class PrismExplicitModel
{
    private readonly int[] _firstChoice;

    /// <summary>Checks and stores the parts of a model.</summary>
    /// <param name="variables">The state variables' names.</param>
    /// <param name="states">Each state's variable values as written (integers, <c>true</c> or <c>false</c>), one list per state.</param>
    /// <param name="choices">The choices, ordered by state and then by choice index, numbered from 0 in each state.</param>
    /// <param name="stateRewards">One state reward per state.</param>
    /// <param name="labels">The labels, in declaration order.</param>
    /// <param name="rewardStructure">The reward structure's name, or empty for an unnamed one.</param>
    /// <exception cref="ArgumentException">The parts do not describe one model; the message says where.</exception>
    public PrismExplicitModel(
        IReadOnlyList<string> variables,
        IReadOnlyList<IReadOnlyList<string>> states,
        IReadOnlyList<PrismChoice> choices,
        IReadOnlyList<double> stateRewards,
        IReadOnlyList<PrismLabel> labels,
        string rewardStructure)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(stateRewards);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(rewardStructure);

        var n = states.Count;
        for (var s = 0; s < n; s++)
        {
            if (states[s].Count != variables.Count)
                throw new ArgumentException($"State {s} has {states[s].Count} values for {variables.Count} variables.", nameof(states));
        }
        if (stateRewards.Count != n)
            throw new ArgumentException($"There are {stateRewards.Count} state rewards for {n} states.", nameof(stateRewards));

        _firstChoice = new int[n + 1];
        var previous = (State: -1, Index: -1);
        foreach (var choice in choices)
        {
            var expected = choice.State == previous.State ? previous.Index + 1 : 0;
            if (choice.State < previous.State || (uint)choice.State >= (uint)n || choice.Index != expected)
                throw new ArgumentException($"Choice {choice.Index} of state {choice.State} is out of order: choices must be sorted by state and numbered 0, 1, … within each.", nameof(choices));
            if (choice.Transitions.Count == 0)
                throw new ArgumentException($"Choice {choice.Index} of state {choice.State} has no transitions.", nameof(choices));
            foreach (var t in choice.Transitions)
            {
                if ((uint)t.Target >= (uint)n || !(t.Probability >= 0) || double.IsInfinity(t.Probability))
                    throw new ArgumentException($"Choice {choice.Index} of state {choice.State} moves to state {t.Target} with probability {t.Probability}.", nameof(choices));
            }
            _firstChoice[choice.State + 1]++;
            previous = (choice.State, choice.Index);
        }
        for (var s = 0; s < n; s++)
            _firstChoice[s + 1] += _firstChoice[s];

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (!names.Add(label.Name))
                throw new ArgumentException($"The label \"{label.Name}\" is declared twice.", nameof(labels));
            for (var i = 0; i < label.States.Count; i++)
            {
                if ((uint)label.States[i] >= (uint)n || (i > 0 && label.States[i] <= label.States[i - 1]))
                    throw new ArgumentException($"The states of label \"{label.Name}\" must be distinct state indices, ascending.", nameof(labels));
            }
        }

        Variables = variables;
        States = states;
        Choices = choices;
        StateRewards = stateRewards;
        Labels = labels;
        RewardStructure = rewardStructure;
        TransitionCount = choices.Sum(c => c.Transitions.Count);
    }

    /// <summary>The number of states.</summary>
    public int StateCount => States.Count;

    /// <summary>The number of choices over all states.</summary>
    public int ChoiceCount => Choices.Count;

    /// <summary>The number of transitions (lines of the <c>.tra</c> file after its header).</summary>
    public int TransitionCount { get; }

    /// <summary>The state variables' names, the header of the <c>.sta</c> file.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>Each state's variable values as written, by state index.</summary>
    public IReadOnlyList<IReadOnlyList<string>> States { get; }

    /// <summary>Every choice, ordered by state and choice index.</summary>
    public IReadOnlyList<PrismChoice> Choices { get; }

    /// <summary>Each state's reward, by state index.</summary>
    public IReadOnlyList<double> StateRewards { get; }

    /// <summary>The labels, in declaration order.</summary>
    public IReadOnlyList<PrismLabel> Labels { get; }

    /// <summary>The reward structure's name; empty when it has none.</summary>
    public string RewardStructure { get; }

    /// <summary>The choices of state <paramref name="state"/>, by choice index (none for a deadlock state).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index lies outside [0, <see cref="StateCount"/>).</exception>
    public IReadOnlyList<PrismChoice> ChoicesOf(int state)
    {
        if ((uint)state >= (uint)StateCount)
            throw new ArgumentOutOfRangeException(nameof(state), state, $"The state index must lie in [0, {StateCount}).");
        var first = _firstChoice[state];
        return Enumerable.Range(first, _firstChoice[state + 1] - first).Select(c => Choices[c]).ToArray();
    }

    /// <summary>The states labelled <paramref name="name"/>, or null when no such label is declared.</summary>
    public IReadOnlyList<int>? LabelledStates(string name) => Labels.FirstOrDefault(l => l.Name == name)?.States;
}
