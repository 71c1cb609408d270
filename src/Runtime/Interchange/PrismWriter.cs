using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace MdpDsl.Interchange;

/// <summary>
/// Writes a <see cref="PrismExplicitModel"/> in PRISM's explicit model file formats, exactly as PRISM itself exports
/// an MDP: numbers in invariant culture and their shortest round-trip form, lines ending in '\n', UTF-8.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>.tra</c>: a header <c>states choices transitions</c>, then one line <c>s c s′ p [action]</c> per transition.</item>
/// <item><c>.sta</c>: a header <c>(v1,…,vn)</c>, then one line <c>s:(x1,…,xn)</c> per state.</item>
/// <item><c>.lab</c>: the declarations <c>0="init" 1="deadlock" …</c>, then <c>s: i j …</c> for each state that carries a label.</item>
/// <item><c>.srew</c>: <c># Reward structure "name"</c>, <c># State rewards</c>, a header <c>states non-zero</c>, then <c>s r</c> per non-zero reward.</item>
/// <item><c>.trew</c>: <c># Reward structure "name"</c>, <c># Transition rewards</c>, a header <c>states choices lines</c>,
/// then <c>s c s′ r</c> for every transition of each choice with a non-zero reward.</item>
/// </list>
/// </remarks>
public static class PrismWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the five files <c>baseName.tra</c>, <c>.sta</c>, <c>.lab</c>, <c>.srew</c> and <c>.trew</c> into <paramref name="directory"/>, creating it if needed.</summary>
    /// <returns>The paths written.</returns>
    /// <exception cref="ArgumentException">The base name is empty or contains a directory separator.</exception>
    public static PrismFiles Write(PrismExplicitModel model, string directory, string baseName)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(baseName);
        if (baseName.IndexOfAny([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]) >= 0)
            throw new ArgumentException($"The base name \"{baseName}\" must be a file name without a directory.", nameof(baseName));

        Directory.CreateDirectory(directory);
        var basePath = Path.Combine(directory, baseName);
        var files = new PrismFiles(basePath, basePath + ".tra", basePath + ".sta", basePath + ".lab", basePath + ".srew", basePath + ".trew");
        WriteFile(files.Transitions, w => WriteTransitions(model, w));
        WriteFile(files.States, w => WriteStates(model, w));
        WriteFile(files.Labels, w => WriteLabels(model, w));
        WriteFile(files.StateRewards, w => WriteStateRewards(model, w));
        WriteFile(files.TransitionRewards, w => WriteTransitionRewards(model, w));
        return files;
    }

    /// <summary>Writes the <c>.tra</c> file.</summary>
    public static void WriteTransitions(PrismExplicitModel model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        Line(writer, (FormattableString)$"{model.StateCount} {model.ChoiceCount} {model.TransitionCount}");
        foreach (var choice in model.Choices)
        {
            var label = choice.Action is null ? "" : " " + choice.Action;
            foreach (var t in choice.Transitions)
                Line(writer, (FormattableString)$"{choice.State} {choice.Index} {t.Target} {Number(t.Probability)}{label}");
        }
    }

    /// <summary>Writes the <c>.sta</c> file.</summary>
    public static void WriteStates(PrismExplicitModel model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        Line(writer, "(" + string.Join(",", model.Variables) + ")");
        for (var s = 0; s < model.StateCount; s++)
            Line(writer, (FormattableString)$"{s}:({string.Join(",", model.States[s])})");
    }

    /// <summary>Writes the <c>.lab</c> file.</summary>
    public static void WriteLabels(PrismExplicitModel model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        Line(writer, string.Join(" ", model.Labels.Select((label, i) => string.Create(CultureInfo.InvariantCulture, $"{i}=\"{label.Name}\""))));
        var byState = new StringBuilder[model.StateCount];
        for (var i = 0; i < model.Labels.Count; i++)
        {
            foreach (var s in model.Labels[i].States)
                (byState[s] ??= new StringBuilder().Append(s.ToString(CultureInfo.InvariantCulture)).Append(':')).Append(' ').Append(i.ToString(CultureInfo.InvariantCulture));
        }
        foreach (var line in byState)
        {
            if (line is not null)
                Line(writer, line.ToString());
        }
    }

    /// <summary>Writes the <c>.srew</c> file.</summary>
    public static void WriteStateRewards(PrismExplicitModel model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        RewardHeader(model, writer, "State rewards");
        var nonZero = Enumerable.Range(0, model.StateCount).Where(s => model.StateRewards[s] != 0).ToArray();
        Line(writer, (FormattableString)$"{model.StateCount} {nonZero.Length}");
        foreach (var s in nonZero)
            Line(writer, (FormattableString)$"{s} {Number(model.StateRewards[s])}");
    }

    /// <summary>Writes the <c>.trew</c> file.</summary>
    public static void WriteTransitionRewards(PrismExplicitModel model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        RewardHeader(model, writer, "Transition rewards");
        var rewarded = model.Choices.Where(c => c.Reward != 0).ToArray();
        Line(writer, (FormattableString)$"{model.StateCount} {model.ChoiceCount} {rewarded.Sum(c => c.Transitions.Count)}");
        foreach (var choice in rewarded)
        {
            foreach (var t in choice.Transitions)
                Line(writer, (FormattableString)$"{choice.State} {choice.Index} {t.Target} {Number(choice.Reward)}");
        }
    }

    private static void RewardHeader(PrismExplicitModel model, TextWriter writer, string kind)
    {
        Line(writer, model.RewardStructure.Length == 0 ? "# Reward structure" : $"# Reward structure \"{model.RewardStructure}\"");
        Line(writer, "# " + kind);
    }

    private static void WriteFile(string path, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(path, append: false, Utf8);
        write(writer);
    }

    private static void Line(TextWriter writer, FormattableString text) => Line(writer, text.ToString(CultureInfo.InvariantCulture));

    private static void Line(TextWriter writer, string text)
    {
        writer.Write(text);
        writer.Write('\n');
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
