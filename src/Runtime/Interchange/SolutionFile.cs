using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace MdpDsl.Interchange;

/// <summary>Writes and reads a solution as a <see cref="SolutionDocument"/>.</summary>
internal static class SolutionFile
{
    private const string Kind = "solution";

    public static void Write(Stream stream, ModelDescription model, SavedSolution solution)
    {
        var stages = solution.Stages.Select((stage, t) => new StageDocument(t, Entries(model, stage))).ToArray();
        var document = new SolutionDocument(
            SavedFormat.Solution, SavedFormat.Version, model.Identity, solution.Horizon, solution.Converged, solution.Iterations, solution.Residual, stages);
        System.Text.Json.JsonSerializer.Serialize(stream, document, InterchangeJsonContext.Default.SolutionDocument);
        stream.WriteByte((byte)'\n');
    }

    /// <exception cref="ModelFileException">The data is damaged, of another kind or version, or of another model.</exception>
    public static SavedSolution Read(Stream stream, string? path, ModelDescription model)
    {
        var document = SavedDocumentReader.Read(stream, path, SavedFormat.Solution, InterchangeJsonContext.Default.SolutionDocument);
        var firstStates = document.Stages.Count > 0 ? document.Stages[0].States.Select(e => e.State).ToArray() : [];
        SavedStates.CheckModel(document.Model, model, firstStates, path, Kind, includeDynamics: true);

        if (document.Horizon is < 1)
            throw SavedFileError.Corrupted(path, $"is damaged: its horizon is {document.Horizon}");
        var expected = document.Horizon ?? 1;
        if (document.Stages.Count != expected)
            throw SavedFileError.Corrupted(path, $"is damaged: it has {document.Stages.Count} steps, but its horizon calls for {expected}");
        if (document.Iterations < 0 || double.IsNaN(document.Residual))
            throw SavedFileError.Corrupted(path, "is damaged: its iterations or residual are not valid");

        var stages = new SavedStage[expected];
        for (var t = 0; t < expected; t++)
        {
            var stage = document.Stages[t];
            if (stage.Step != t)
                throw SavedFileError.Corrupted(path, $"is damaged: step {t.ToString(CultureInfo.InvariantCulture)} is numbered {stage.Step}");
            stages[t] = ReadStage(stage, model, path, expected > 1 ? $"step {t}, " : "");
        }
        for (var t = 0; t < expected; t++)
        {
            // A finite horizon's last step looks ahead to V = 0; a stationary solution's Q came from the previous sweep's V.
            var successorValues = t + 1 < expected ? stages[t + 1].V : document.Horizon is null ? stages[t].V : new double[model.StateCount];
            var slack = document.Horizon is null ? document.Residual : 0;
            CheckBellman(stages[t], successorValues, slack, model, path, expected > 1 ? $"step {t}, " : "");
        }
        return new SavedSolution(document.Horizon, document.Converged, document.Iterations, document.Residual, stages);
    }

    private static SolutionEntry[] Entries(ModelDescription model, SavedStage stage)
    {
        var actions = model.ActionCount;
        var entries = new SolutionEntry[model.StateCount];
        for (var s = 0; s < entries.Length; s++)
        {
            var q = new Dictionary<string, double>(actions);
            var policy = new Dictionary<string, double>();
            for (var a = 0; a < actions; a++)
            {
                q[model.ActionNames[a]] = stage.Q[s * actions + a];
                if (stage.Policy[s * actions + a] > 0)
                    policy[model.ActionNames[a]] = stage.Policy[s * actions + a];
            }
            entries[s] = new SolutionEntry(model.States[s], stage.V[s], q, policy);
        }
        return entries;
    }

    private static SavedStage ReadStage(StageDocument stage, ModelDescription model, string? path, string where)
    {
        var actions = model.ActionCount;
        var indices = SavedStates.Map(stage.States.Select(e => e.State).ToArray(), model, path, where);
        var v = new double[model.StateCount];
        var q = new double[model.StateCount * actions];
        var policy = new double[model.StateCount * actions];
        for (var i = 0; i < indices.Length; i++)
        {
            var (entry, s) = (stage.States[i], indices[i]);
            var state = model.Describe(s);
            if (!double.IsFinite(entry.V))
                throw SavedFileError.Corrupted(path, $"is damaged: {where}V of state {state} is {Format(entry.V)}");
            if (model.Table.IsTerminal(s) && entry.V != 0)
                throw SavedFileError.Corrupted(path, $"is damaged: {where}V of state {state} is {Format(entry.V)}, but the state is terminal, so its value is 0");
            v[s] = entry.V;

            var seen = 0;
            foreach (var (name, value) in entry.Q)
            {
                if (!model.TryIndexOfAction(name, out var a))
                    throw SavedFileError.Corrupted(path, $"is damaged: {where}Q of state {state} names the action \"{name}\", which is not an action of this model");
                var terminal = model.Table.IsTerminal(s);
                var disallowed = !terminal && !model.Table.IsAllowed(s, a);
                if (!double.IsFinite(value) && !(double.IsNegativeInfinity(value) && disallowed))
                    throw SavedFileError.Corrupted(path, $"is damaged: {where}Q of state {state} and action {name} is {Format(value)}");
                if (disallowed && !double.IsNegativeInfinity(value))
                    throw SavedFileError.Corrupted(path, $"is damaged: {where}Q of state {state} and action {name} is {Format(value)}, but the action is not allowed there, so it is -Infinity");
                if (terminal && value != 0)
                    throw SavedFileError.Corrupted(path, $"is damaged: {where}Q of state {state} and action {name} is {Format(value)}, but the state is terminal, so it is 0");
                q[s * actions + a] = value;
                seen++;
            }
            if (seen != actions)
                throw SavedFileError.Corrupted(path, $"is damaged: {where}Q of state {state} lists {seen} of the {actions} actions");

            PolicyRows.Read(entry.Policy, s, model, policy, path, where, dynamicsVerified: true);
        }
        return new SavedStage(v, q, policy);
    }

    /// <summary>
    /// The dynamics were matched by fingerprint, so every solver's Q obeys Q(s, a) = r(s, a) + γ Σ p(s'|s, a) V'(s')
    /// with V' the next step's values (a finite horizon, exactly but for rounding) or the previous sweep's, which
    /// differ from the saved V by at most the residual (an infinite horizon): an edited V or Q breaks it.
    /// </summary>
    private static void CheckBellman(SavedStage stage, double[] successorValues, double slack, ModelDescription model, string? path, string where)
    {
        var table = model.Table;
        var discount = model.Identity.Discount;
        for (var s = 0; s < model.StateCount; s++)
        {
            for (var a = 0; a < model.ActionCount; a++)
            {
                if (!table.IsAllowed(s, a))
                    continue;
                var (expected, scale) = (table.Reward(s, a), Math.Abs(table.Reward(s, a)));
                var range = table.RowRange(s, a);
                for (var k = range.Start.Value; k < range.End.Value; k++)
                {
                    var term = discount * table.Probability(k) * successorValues[table.Successors[k]];
                    expected += term;
                    scale += Math.Abs(term);
                }
                var q = stage.Q[s * model.ActionCount + a];
                // Rounding of the sums (and, for policy evaluation, of the linear solve) stays far below 1e-8 of their size.
                if (Math.Abs(q - expected) > discount * slack + 1e-8 * (1 + scale + Math.Abs(q)))
                {
                    throw SavedFileError.Corrupted(path,
                        $"is damaged: {where}Q of state {model.Describe(s)} and action {model.ActionNames[a]} is {Format(q)}, but r + γ·E[V'] from the " +
                        $"saved values is {Format(expected)}; a V or Q was edited");
                }
            }
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
