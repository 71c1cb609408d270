using System;
using System.IO;
using System.Linq;
using MdpDsl.Interchange;
using MdpDsl.Solvers;

namespace MdpDsl;

// Interchange: the model as PRISM's explicit files, and solutions and policies saved as JSON and loaded back.
public abstract partial class MdpModel<TState, TAction>
{
    private ModelDescription? _savedForm;

    /// <summary>
    /// This model in the terms of PRISM's explicit model files: one choice per allowed action (labelled with its
    /// name), an absorbing self-loop in each terminal state, choice rewards r(s, a), and the labels <c>init</c>,
    /// <c>deadlock</c> and <c>terminal</c>. See the interchange documentation for every decision.
    /// </summary>
    /// <param name="options">How to write the rewards; null for the defaults.</param>
    /// <exception cref="ArgumentException">The reward structure name is not a PRISM identifier.</exception>
    public PrismExplicitModel ToPrism(PrismExportOptions? options = null) =>
        PrismExporter.Export(Table, _compiled.Initial, States, Actions, options ?? PrismExportOptions.Default);

    /// <summary>
    /// Writes this model as PRISM explicit files <c>baseName.tra</c>, <c>.sta</c>, <c>.lab</c>, <c>.srew</c> and
    /// <c>.trew</c> in <paramref name="directory"/>, which PRISM imports with <c>prism -importmodel baseName.all -mdp</c>.
    /// </summary>
    /// <param name="directory">The directory to write into; created if it does not exist.</param>
    /// <param name="baseName">The files' name without extension.</param>
    /// <param name="options">How to write the rewards; null for the defaults.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="ArgumentException">The base name is empty or not a plain file name, or the reward structure name is not a PRISM identifier.</exception>
    public PrismFiles ExportPrism(string directory, string baseName, PrismExportOptions? options = null) =>
        PrismWriter.Write(ToPrism(options), directory, baseName);

    /// <summary>
    /// Saves <paramref name="solution"/> as JSON: the model it belongs to (state and action types, action names,
    /// fingerprints of its states and dynamics, discount and horizon), how the solver ended, and for every step and
    /// state the state by its field names, V, Q and π by action name. The file is replaced only once it is complete.
    /// </summary>
    /// <param name="solution">A solution of this model.</param>
    /// <param name="path">The file to write.</param>
    /// <exception cref="ArgumentException">The solution belongs to another model.</exception>
    /// <exception cref="NotSupportedException">Two states are written alike, so a file could not tell them apart.</exception>
    public void SaveSolution(Solution<TState, TAction> solution, string path)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var saved = SavedSolutionOf(solution);
        WriteReplacing(path, stream => SolutionFile.Write(stream, SavedForm(), saved));
    }

    /// <summary>Saves <paramref name="solution"/> as JSON to <paramref name="stream"/> (see the overload with a path).</summary>
    /// <exception cref="ArgumentException">The solution belongs to another model.</exception>
    /// <exception cref="NotSupportedException">Two states are written alike, so a file could not tell them apart.</exception>
    public void SaveSolution(Solution<TState, TAction> solution, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(stream);
        SolutionFile.Write(stream, SavedForm(), SavedSolutionOf(solution));
    }

    /// <summary>
    /// Loads a solution saved by <see cref="SaveSolution(Solution{TState, TAction}, string)"/>. It must belong to this
    /// model: the same states and actions, discount, horizon and dynamics (a solution of the model with other parameter
    /// values is refused, since its values would be wrong here). States are matched by content, not by index.
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <exception cref="ModelFileException">The file is damaged or truncated, not a saved solution, of an unsupported
    /// version, or of another model; the message says which and what differs.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    public Solution<TState, TAction> LoadSolution(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return SolutionFrom(SolutionFile.Read(stream, path, SavedForm()));
    }

    /// <summary>Loads a solution from <paramref name="stream"/> (see the overload with a path).</summary>
    /// <exception cref="ModelFileException">The data is damaged, not a saved solution, of an unsupported version, or of another model.</exception>
    public Solution<TState, TAction> LoadSolution(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return SolutionFrom(SolutionFile.Read(stream, null, SavedForm()));
    }

    /// <summary>
    /// Saves <paramref name="policy"/> as JSON: the model it belongs to, and for every state the state by its field
    /// names and π(a|s) by action name (the actions with positive probability). The file is replaced only once it is complete.
    /// </summary>
    /// <param name="policy">A policy of this model.</param>
    /// <param name="path">The file to write.</param>
    /// <exception cref="ArgumentException">The policy belongs to another model.</exception>
    /// <exception cref="NotSupportedException">Two states are written alike, so a file could not tell them apart.</exception>
    public void SavePolicy(Policy<TState, TAction> policy, string path)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var probabilities = OwnedForSaving(policy);
        WriteReplacing(path, stream => PolicyFile.Write(stream, SavedForm(), probabilities));
    }

    /// <summary>Saves <paramref name="policy"/> as JSON to <paramref name="stream"/> (see the overload with a path).</summary>
    /// <exception cref="ArgumentException">The policy belongs to another model.</exception>
    /// <exception cref="NotSupportedException">Two states are written alike, so a file could not tell them apart.</exception>
    public void SavePolicy(Policy<TState, TAction> policy, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(stream);
        PolicyFile.Write(stream, SavedForm(), OwnedForSaving(policy));
    }

    /// <summary>
    /// Loads a policy saved by <see cref="SavePolicy(Policy{TState, TAction}, string)"/>. It needs the same states
    /// and actions as this model, but not the same dynamics: a policy found with one parameter value can be
    /// evaluated with another, as long as it acts only where this model allows and in every non-terminal state.
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <exception cref="ModelFileException">The file is damaged or truncated, not a saved policy, of an unsupported
    /// version, or does not fit this model; the message says which and what differs.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    public Policy<TState, TAction> LoadPolicy(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return NewPolicy(PolicyFile.Read(stream, path, SavedForm()));
    }

    /// <summary>Loads a policy from <paramref name="stream"/> (see the overload with a path).</summary>
    /// <exception cref="ModelFileException">The data is damaged, not a saved policy, of an unsupported version, or does not fit this model.</exception>
    public Policy<TState, TAction> LoadPolicy(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return NewPolicy(PolicyFile.Read(stream, null, SavedForm()));
    }

    private ModelDescription SavedForm() =>
        _savedForm ??= ModelDescription.Create(States, Actions, Table, Discount, Horizon);

    private double[] OwnedForSaving(Policy<TState, TAction> policy) => Own(policy, nameof(policy)).Probabilities;

    private SavedSolution SavedSolutionOf(Solution<TState, TAction> solution)
    {
        var stages = solution.Stages
            .Select(stage => new SavedStage(stage.V.ToArray(), stage.Q.ToArray(), Own(stage.Policy, nameof(solution)).Probabilities))
            .ToArray();
        return new SavedSolution(solution.Horizon, solution.Converged, solution.Iterations, solution.Residual, stages);
    }

    private Solution<TState, TAction> SolutionFrom(SavedSolution saved) =>
        Typed(new DynamicProgrammingResult(
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
