using System.Collections.Generic;
using System.Text.Json;

namespace MdpDsl.Interchange;

/// <summary>A saved <see cref="Policy{TState, TAction}"/>: the model it belongs to and one entry per state.</summary>
/// <param name="Format">Always <see cref="SavedFormat.Policy"/>.</param>
/// <param name="Version">The document version, <see cref="SavedFormat.Version"/>.</param>
/// <param name="Model">The model the policy was saved from.</param>
/// <param name="States">One entry per state.</param>
internal sealed record PolicyDocument(string Format, int Version, ModelIdentity Model, IReadOnlyList<PolicyEntry> States);

/// <summary>π(·|s) of one state.</summary>
/// <param name="State">The state, by its field names.</param>
/// <param name="Actions">π(a|s) by action name, the actions with positive probability only (none in a terminal state).</param>
internal sealed record PolicyEntry(JsonElement State, IReadOnlyDictionary<string, double> Actions);
