using System.Collections.Generic;
using System.Globalization;
using System;
using MdpDsl.Compilation;
using MdpDsl.Foundation;

namespace MdpDsl.Interchange;

/// <summary>
/// Reads π(·|s) of one state from its saved form, action names to probabilities, and checks it against the model
/// as <c>CreatePolicy</c> would: probabilities in [0, 1] on allowed actions, summing to 1 in every non-terminal state.
/// </summary>
internal static class PolicyRows
{
    /// <summary>Fills row <paramref name="s"/> of <paramref name="into"/> (π[s · A + a]).</summary>
    /// <param name="row">The saved probabilities by action name.</param>
    /// <param name="s">The model's index of the entry's state.</param>
    /// <param name="model">The model.</param>
    /// <param name="into">The policy table being filled.</param>
    /// <param name="path">The file, for messages.</param>
    /// <param name="where">Where in the file the row is (e.g. "step 1, "), for messages.</param>
    /// <param name="dynamicsVerified">
    /// True when the file's identity already matched the model's allowed actions and terminal states, so that a row
    /// disagreeing with them means damage rather than another model.
    /// </param>
    /// <exception cref="ModelFileException">The row is not a valid distribution for this model.</exception>
    public static void Read(
        IReadOnlyDictionary<string, double> row, int s, ModelDescription model, double[] into, string? path, string where, bool dynamicsVerified)
    {
        var table = model.Table;
        var terminal = table.IsTerminal(s);
        var state = model.Describe(s);
        var sum = 0.0;
        foreach (var (name, p) in row)
        {
            if (!model.TryIndexOfAction(name, out var a))
                throw SavedFileError.Corrupted(path, $"is damaged: {where}state {state} names the action \"{name}\", which is not an action of this model");
            if (!(p >= 0 && p <= 1 + Tolerances.Probability))
                throw SavedFileError.Corrupted(path, $"is damaged: {where}the probability of {name} in state {state} is {Format(p)}");
            if (p == 0)
                continue;
            if (terminal)
                throw Mismatch(path, dynamicsVerified, $"{where}it acts in state {state}, which is terminal in this model");
            if (!table.IsAllowed(s, a))
                throw Mismatch(path, dynamicsVerified, $"{where}it takes {name} in state {state}, where this model does not allow it");
            into[s * model.ActionCount + a] = p;
            sum += p;
        }
        if (terminal)
            return;
        if (sum == 0)
            throw Mismatch(path, dynamicsVerified, $"{where}it takes no action in state {state}, which is not terminal in this model");
        if (Math.Abs(sum - 1) > Tolerances.Probability)
            throw SavedFileError.Corrupted(path, $"is damaged: {where}the probabilities of state {state} sum to {Format(sum)}, not 1");
    }

    private static ModelFileException Mismatch(string? path, bool dynamicsVerified, string what) =>
        dynamicsVerified ? SavedFileError.Corrupted(path, "is damaged: " + what) : SavedFileError.OtherModel(path, "policy", what);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
