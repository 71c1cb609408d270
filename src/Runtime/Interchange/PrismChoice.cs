using System.Collections.Generic;

namespace MdpDsl.Interchange;

/// <summary>
/// One nondeterministic choice of a PRISM MDP: in state <paramref name="State"/>, choice number
/// <paramref name="Index"/> (counted per state from 0), with an optional action label, its reward and its distribution
/// over successors.
/// </summary>
/// <param name="State">The state index.</param>
/// <param name="Index">The choice's number within its state, from 0.</param>
/// <param name="Action">The action label, or null for an unlabelled choice.</param>
/// <param name="Reward">The choice's transition reward (from the <c>.trew</c> file; 0 when it lists none).</param>
/// <param name="Transitions">The successors with their probabilities, as listed.</param>
public sealed record PrismChoice(int State, int Index, string? Action, double Reward, IReadOnlyList<PrismTransition> Transitions);
