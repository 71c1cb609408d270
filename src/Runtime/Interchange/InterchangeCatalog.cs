using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using MdpDsl.Interchange;
using MdpDsl.Solvers;

namespace MdpDsl;

/// <summary>
/// Interchange: a model as PRISM's explicit files, and its solutions and policies saved as JSON and loaded back,
/// as extension methods of <see cref="MdpModel{TState, TAction}"/> (<c>model.SavePolicy(policy, path)</c>).
/// </summary>
public static class InterchangeCatalog
{
    /// <summary>
    /// Each compiled model's saved form (its identity and state shapes), made once: fingerprinting a large model
    /// reads its whole table. Weak keys, so that the form goes with its model.
    /// </summary>
    private static readonly ConditionalWeakTable<object, ModelDescription> SavedForms = new();

    /// <summary>
    /// This model in the terms of PRISM's explicit model files: one choice per allowed action (labelled with its
    /// name), an absorbing self-loop in each terminal state, choice rewards r(s, a), and the labels <c>init</c>,
    /// <c>deadlock</c> and <c>terminal</c>. See the interchange documentation for every decision.
    /// </summary>
    /// <param name="model">The model whose states and actions the file speaks of.</param>
    /// <param name="options">How to write the rewards; null for the defaults.</param>
    /// <exception cref="ArgumentException">The reward structure name is not a PRISM identifier.</exception>
    public static PrismExplicitModel ToPrism<TState, TAction>(this MdpModel<TState, TAction> model, PrismExportOptions? options = null)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        return PrismExporter.Export(m.Table, m.Initial, model.States, model.Actions, options ?? PrismExportOptions.Default);
    }

    /// <summary>
    /// Writes this model as PRISM explicit files <c>baseName.tra</c>, <c>.sta</c>, <c>.lab</c>, <c>.srew</c> and
    /// <c>.trew</c> in <paramref name="directory"/>, which PRISM imports with <c>prism -importmodel baseName.all -mdp</c>.
    /// </summary>
    /// <param name="model">The model whose states and actions the file speaks of.</param>
    /// <param name="directory">The directory to write into; created if it does not exist.</param>
    /// <param name="baseName">The files' name without extension.</param>
    /// <param name="options">How to write the rewards; null for the defaults.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="ArgumentException">The base name is empty or not a plain file name, or the reward structure name is not a PRISM identifier.</exception>
    public static PrismFiles ExportPrism<TState, TAction>(this MdpModel<TState, TAction> model, string directory, string baseName, PrismExportOptions? options = null)
        where TState : notnull
        where TAction : struct
    {
        ArgumentNullException.ThrowIfNull(model);
        return PrismWriter.Write(model.ToPrism(options), directory, baseName);
    }

    /// <summary>
    /// Saves <paramref name="solution"/> as JSON: the model it belongs to (state and action types, action names,
    /// fingerprints of its states and dynamics, discount and horizon), how the solver ended, and for every step and
    /// state the state by its field names, V, Q and π by action name. The file is replaced only once it is complete.
    /// </summary>
    /// <param name="model">The model whose states and actions the file speaks of.</param>
    /// <param name="solution">A solution of this model.</param>
    /// <param name="path">The file to write.</param>
    /// <exception cref="ArgumentException">The solution belongs to another model.</exception>
    /// <exception cref="NotSupportedException">Two states are written alike, so a file could not tell them apart.</exception>
    public static void SaveSolution<TState, TAction>(this MdpModel<TState, TAction> model, Solution<TState, TAction> solution, string path)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        var saved = SavedSolutionOf(m, solution);
        ArgumentException.ThrowIfNullOrEmpty(path);
        WriteReplacing(path, stream => SolutionFile.Write(stream, SavedForm(model), saved));
    }

    /// <summary>Saves <paramref name="solution"/> as JSON to <paramref name="stream"/> (see the overload with a path).</summary>
    /// <exception cref="ArgumentException">The solution belongs to another model.</exception>
    /// <exception cref="NotSupportedException">Two states are written alike, so a file could not tell them apart.</exception>
    public static void SaveSolution<TState, TAction>(this MdpModel<TState, TAction> model, Solution<TState, TAction> solution, Stream stream)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        var saved = SavedSolutionOf(m, solution);
        ArgumentNullException.ThrowIfNull(stream);
        SolutionFile.Write(stream, SavedForm(model), saved);
    }

    /// <summary>
    /// Loads a solution saved by <see cref="SaveSolution{TState, TAction}(MdpModel{TState, TAction}, Solution{TState, TAction}, string)"/>. It must belong to this
    /// model: the same states and actions, discount, horizon and dynamics (a solution of the model with other parameter
    /// values is refused, since its values would be wrong here). States are matched by content, not by index.
    /// </summary>
    /// <param name="model">The model whose states and actions the file speaks of.</param>
    /// <param name="path">The file to read.</param>
    /// <exception cref="ModelFileException">The file is damaged or truncated, not a saved solution, of an unsupported
    /// version, or of another model; the message says which and what differs.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    public static Solution<TState, TAction> LoadSolution<TState, TAction>(this MdpModel<TState, TAction> model, string path)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return SolutionFrom(m, SolutionFile.Read(stream, path, SavedForm(model)));
    }

    /// <summary>Loads a solution from <paramref name="stream"/> (see the overload with a path).</summary>
    /// <exception cref="ModelFileException">The data is damaged, not a saved solution, of an unsupported version, or of another model.</exception>
    public static Solution<TState, TAction> LoadSolution<TState, TAction>(this MdpModel<TState, TAction> model, Stream stream)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        ArgumentNullException.ThrowIfNull(stream);
        return SolutionFrom(m, SolutionFile.Read(stream, null, SavedForm(model)));
    }

    /// <summary>
    /// Saves <paramref name="policy"/> as JSON: the model it belongs to, and for every state the state by its field
    /// names and π(a|s) by action name (the actions with positive probability). The file is replaced only once it is complete.
    /// </summary>
    /// <param name="model">The model whose states and actions the file speaks of.</param>
    /// <param name="policy">A policy of this model.</param>
    /// <param name="path">The file to write.</param>
    /// <exception cref="ArgumentException">The policy belongs to another model.</exception>
    /// <exception cref="NotSupportedException">Two states are written alike, so a file could not tell them apart.</exception>
    public static void SavePolicy<TState, TAction>(this MdpModel<TState, TAction> model, Policy<TState, TAction> policy, string path)
        where TState : notnull
        where TAction : struct
    {
        var probabilities = ModelAdapter<TState, TAction>.Of(model).Own(policy, nameof(policy)).Probabilities;
        ArgumentException.ThrowIfNullOrEmpty(path);
        WriteReplacing(path, stream => PolicyFile.Write(stream, SavedForm(model), probabilities));
    }

    /// <summary>Saves <paramref name="policy"/> as JSON to <paramref name="stream"/> (see the overload with a path).</summary>
    /// <exception cref="ArgumentException">The policy belongs to another model.</exception>
    /// <exception cref="NotSupportedException">Two states are written alike, so a file could not tell them apart.</exception>
    public static void SavePolicy<TState, TAction>(this MdpModel<TState, TAction> model, Policy<TState, TAction> policy, Stream stream)
        where TState : notnull
        where TAction : struct
    {
        var probabilities = ModelAdapter<TState, TAction>.Of(model).Own(policy, nameof(policy)).Probabilities;
        ArgumentNullException.ThrowIfNull(stream);
        PolicyFile.Write(stream, SavedForm(model), probabilities);
    }

    /// <summary>
    /// Loads a policy saved by <see cref="SavePolicy{TState, TAction}(MdpModel{TState, TAction}, Policy{TState, TAction}, string)"/>. It needs the same states
    /// and actions as this model, but not the same dynamics: a policy found with one parameter value can be
    /// evaluated with another, as long as it acts only where this model allows and in every non-terminal state.
    /// </summary>
    /// <param name="model">The model whose states and actions the file speaks of.</param>
    /// <param name="path">The file to read.</param>
    /// <exception cref="ModelFileException">The file is damaged or truncated, not a saved policy, of an unsupported
    /// version, or does not fit this model; the message says which and what differs.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    public static Policy<TState, TAction> LoadPolicy<TState, TAction>(this MdpModel<TState, TAction> model, string path)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return m.NewPolicy(PolicyFile.Read(stream, path, SavedForm(model)));
    }

    /// <summary>Loads a policy from <paramref name="stream"/> (see the overload with a path).</summary>
    /// <exception cref="ModelFileException">The data is damaged, not a saved policy, of an unsupported version, or does not fit this model.</exception>
    public static Policy<TState, TAction> LoadPolicy<TState, TAction>(this MdpModel<TState, TAction> model, Stream stream)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        ArgumentNullException.ThrowIfNull(stream);
        return m.NewPolicy(PolicyFile.Read(stream, null, SavedForm(model)));
    }

    private static ModelDescription SavedForm<TState, TAction>(MdpModel<TState, TAction> model)
        where TState : notnull
        where TAction : struct =>
        SavedForms.GetValue(model.Adapter.Token, _ => ModelDescription.Create(model.States, model.Actions, model.Table, model.Discount, model.Horizon));

    private static SavedSolution SavedSolutionOf<TState, TAction>(ModelAdapter<TState, TAction> m, Solution<TState, TAction> solution)
        where TState : notnull
        where TAction : struct
    {
        var stages = m.Own(solution, nameof(solution)).Stages
            .Select(stage => new SavedStage(stage.V.ToArray(), stage.Q.ToArray(), stage.Policy.Probabilities))
            .ToArray();
        return new SavedSolution(solution.Horizon, solution.Converged, solution.Iterations, solution.Residual, stages);
    }

    private static Solution<TState, TAction> SolutionFrom<TState, TAction>(ModelAdapter<TState, TAction> m, SavedSolution saved)
        where TState : notnull
        where TAction : struct =>
        m.NewSolution(new DynamicProgrammingResult(
            saved.Stages.Select(stage => new StageArrays(stage.V, stage.Q, stage.Policy)).ToArray(),
            saved.Horizon, saved.Converged, saved.Iterations, saved.Residual));

    /// <summary>Writes to a temporary file beside <paramref name="path"/> and moves it over the old file only once it is complete.</summary>
    private static void WriteReplacing(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + "." + Path.GetRandomFileName() + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
                write(stream);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
