using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace MdpDsl.Interchange;

/// <summary>
/// Matches a file to a model: first the identity it records, then its entries, which name states by content, to
/// the model's state indices. Files never rely on index order, so a state type whose fields are reordered still loads.
/// </summary>
internal static class SavedStates
{
    private const string OtherStates = "its states are not this model's states";

    /// <summary>Refuses a file whose recorded identity differs from the model's, saying how.</summary>
    /// <exception cref="ModelFileException">The file belongs to another model.</exception>
    public static void CheckModel(
        ModelIdentity file, ModelDescription model, IReadOnlyList<JsonElement> fileStates, string? path, string kind, bool includeDynamics)
    {
        var differences = file.DifferencesFrom(model.Identity, includeDynamics);
        if (differences.Count == 0)
            return;
        var states = differences.IndexOf(OtherStates);
        if (states >= 0)
            differences[states] = Example(model, fileStates);
        throw SavedFileError.OtherModel(path, kind, string.Join("; ", differences));
    }

    /// <summary>The model index of each entry's state; every state of the model must have exactly one entry.</summary>
    /// <exception cref="ModelFileException">An entry names no state of the model, a state twice, or a state is missing.</exception>
    public static int[] Map(IReadOnlyList<JsonElement> fileStates, ModelDescription model, string? path, string where)
    {
        var indices = new int[fileStates.Count];
        var entryOf = Enumerable.Repeat(-1, model.StateCount).ToArray();
        for (var i = 0; i < fileStates.Count; i++)
        {
            var key = CanonicalJson.Of(fileStates[i]);
            if (!model.TryIndexOfState(key, out var s))
                throw SavedFileError.Corrupted(path, $"is damaged: {where}entry {i} names the state {key}, which is not a state of this model");
            if (entryOf[s] >= 0)
                throw SavedFileError.Corrupted(path, $"is damaged: {where}entries {entryOf[s]} and {i} both name the state {key}");
            entryOf[s] = i;
            indices[i] = s;
        }
        for (var s = 0; s < entryOf.Length; s++)
        {
            if (entryOf[s] < 0)
                throw SavedFileError.Corrupted(path, $"is damaged: {where}no entry names the state {model.Keys[s]} ({model.Describe(s)})");
        }
        return indices;
    }

    /// <summary>Which states set the file apart: one it has that the model lacks, and one the model has that it lacks.</summary>
    private static string Example(ModelDescription model, IReadOnlyList<JsonElement> fileStates)
    {
        var keys = fileStates.Select(CanonicalJson.Of).ToArray();
        var fileKeys = keys.ToHashSet();
        var extra = keys.FirstOrDefault(key => !model.TryIndexOfState(key, out _));
        var missing = Enumerable.Range(0, model.StateCount).FirstOrDefault(s => !fileKeys.Contains(model.Keys[s]), -1);
        var parts = new List<string>();
        if (extra is not null)
            parts.Add($"it has the state {extra}, which this model lacks");
        if (missing >= 0)
            parts.Add($"it lacks this model's state {model.Keys[missing]}");
        return parts.Count > 0
            ? OtherStates + " (" + string.Join(", and ", parts) + ")"
            : OtherStates + " (its state-space fingerprint differs although it lists the same states; was it edited?)";
    }
}
