using System.Collections.Generic;
using System.Text.Json;

namespace MdpDsl.Interchange;

/// <summary>A saved <see cref="Solution{TState, TAction}"/>: the model it belongs to, how the solver ended, and one entry per state and step.</summary>
/// <param name="Format">Always <see cref="SavedFormat.Solution"/>.</param>
/// <param name="Version">The document version, <see cref="SavedFormat.Version"/>.</param>
/// <param name="Model">The model the solution belongs to.</param>
/// <param name="Horizon">The solution's number of steps, or null for a stationary solution.</param>
/// <param name="Converged">Whether the solver's stopping rule was met.</param>
/// <param name="Iterations">The solver's sweeps or backward steps.</param>
/// <param name="Residual">The solver's last residual.</param>
/// <param name="Stages">One per decision step (one for a stationary solution).</param>
internal sealed record SolutionDocument(
    string Format,
    int Version,
    ModelIdentity Model,
    int? Horizon,
    bool Converged,
    int Iterations,
    double Residual,
    IReadOnlyList<StageDocument> Stages);

/// <summary>The values and policy of one step.</summary>
/// <param name="Step">The step t, from 0.</param>
/// <param name="States">One entry per state.</param>
internal sealed record StageDocument(int Step, IReadOnlyList<SolutionEntry> States);

/// <summary>One state's values and policy at one step.</summary>
/// <param name="State">The state, by its field names.</param>
/// <param name="V">V(s).</param>
/// <param name="Q">Q(s, a) by action name, every action (−∞, written "-Infinity", for a disallowed one).</param>
/// <param name="Policy">π(a|s) by action name, the actions with positive probability only.</param>
internal sealed record SolutionEntry(
    JsonElement State,
    double V,
    IReadOnlyDictionary<string, double> Q,
    IReadOnlyDictionary<string, double> Policy);
