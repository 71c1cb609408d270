using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace MdpDsl.Interchange;

/// <summary>Writes and reads a policy as a <see cref="PolicyDocument"/>.</summary>
/// <remarks>
/// A policy is a choice of action per state, so it loads into any model with the same states and actions, even
/// one whose dynamics differ (another parameter value, say): that is how a policy found for one setting is
/// evaluated in another. It must still fit the model: act only where the model allows, and in every non-terminal state.
/// </remarks>
internal static class PolicyFile
{
    private const string Kind = "policy";

    /// <param name="stream">Where to write.</param>
    /// <param name="model">The model.</param>
    /// <param name="probabilities">π[s · A + a].</param>
    public static void Write(Stream stream, ModelDescription model, double[] probabilities)
    {
        var actions = model.ActionCount;
        var entries = new PolicyEntry[model.StateCount];
        for (var s = 0; s < entries.Length; s++)
        {
            var row = new Dictionary<string, double>();
            for (var a = 0; a < actions; a++)
            {
                if (probabilities[s * actions + a] > 0)
                    row[model.ActionNames[a]] = probabilities[s * actions + a];
            }
            entries[s] = new PolicyEntry(model.States[s], row);
        }
        var document = new PolicyDocument(SavedFormat.Policy, SavedFormat.Version, model.Identity, entries);
        System.Text.Json.JsonSerializer.Serialize(stream, document, InterchangeJsonContext.Default.PolicyDocument);
        stream.WriteByte((byte)'\n');
    }

    /// <returns>π[s · A + a] in the model's indices.</returns>
    /// <exception cref="ModelFileException">The data is damaged, of another kind or version, or does not fit the model.</exception>
    public static double[] Read(Stream stream, string? path, ModelDescription model)
    {
        var document = SavedDocumentReader.Read(stream, path, SavedFormat.Policy, InterchangeJsonContext.Default.PolicyDocument);
        var states = document.States.Select(e => e.State).ToArray();
        SavedStates.CheckModel(document.Model, model, states, path, Kind, includeDynamics: false);
        var indices = SavedStates.Map(states, model, path, "");
        var probabilities = new double[model.StateCount * model.ActionCount];
        var sameDynamics = document.Model.Dynamics == model.Identity.Dynamics;
        for (var i = 0; i < indices.Length; i++)
            PolicyRows.Read(document.States[i].Actions, indices[i], model, probabilities, path, "", sameDynamics);
        return probabilities;
    }
}
