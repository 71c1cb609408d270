using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace MdpDsl.Interchange;

/// <summary>
/// Which model a saved file belongs to, as the file records it. A policy needs the same states and actions; a
/// solution also needs the same discount, horizon and dynamics, since its values depend on them.
/// </summary>
/// <param name="StateType">The state type's name, e.g. <c>Samples.GridWorld.GridWorld.Cell</c>.</param>
/// <param name="ActionType">The action enum's name.</param>
/// <param name="StateCount">The number of states.</param>
/// <param name="Actions">The action names, in index order.</param>
/// <param name="StateSpace">A fingerprint of the set of states (see <see cref="ModelFingerprint.StateSpace"/>).</param>
/// <param name="Discount">The model's discount γ.</param>
/// <param name="Horizon">The model's horizon, or null for an infinite horizon.</param>
/// <param name="Dynamics">A fingerprint of what the solvers read (see <see cref="ModelFingerprint.Dynamics"/>).</param>
internal sealed record ModelIdentity(
    string StateType,
    string ActionType,
    int StateCount,
    IReadOnlyList<string> Actions,
    string StateSpace,
    double Discount,
    int? Horizon,
    string Dynamics)
{
    /// <summary>
    /// What sets this identity (the file's) apart from <paramref name="model"/>'s, one phrase each; empty when the
    /// file fits. <paramref name="includeDynamics"/> also compares the discount, horizon and dynamics.
    /// </summary>
    public List<string> DifferencesFrom(ModelIdentity model, bool includeDynamics)
    {
        var differences = new List<string>();
        if (StateType != model.StateType)
            differences.Add($"its state type is {StateType}, this model's is {model.StateType}");
        if (ActionType != model.ActionType)
            differences.Add($"its action type is {ActionType}, this model's is {model.ActionType}");
        if (!Actions.Order(StringComparer.Ordinal).SequenceEqual(model.Actions.Order(StringComparer.Ordinal), StringComparer.Ordinal))
            differences.Add($"its actions are {string.Join(", ", Actions)}, this model's are {string.Join(", ", model.Actions)}");
        if (StateCount != model.StateCount)
            differences.Add($"it has {StateCount} states, this model has {model.StateCount}");
        else if (StateSpace != model.StateSpace)
            differences.Add("its states are not this model's states");
        if (!includeDynamics || differences.Count > 0)
            return differences;

        if (BitConverter.DoubleToInt64Bits(Discount) != BitConverter.DoubleToInt64Bits(model.Discount))
            differences.Add($"its discount is {Format(Discount)}, this model's is {Format(model.Discount)}");
        if (Horizon != model.Horizon)
            differences.Add($"its horizon is {Describe(Horizon)}, this model's is {Describe(model.Horizon)}");
        if (Dynamics != model.Dynamics)
            differences.Add("its transition probabilities, rewards, allowed actions or terminal states differ from this model's (were its parameters different?)");
        return differences;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Describe(int? horizon) => horizon is { } h ? h.ToString(CultureInfo.InvariantCulture) : "infinite";
}
