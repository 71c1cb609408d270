using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace MdpDsl.Interchange;

/// <summary>
/// Reads an MDP from PRISM's explicit model files (the format <see cref="PrismWriter"/> writes and PRISM exports)
/// into a <see cref="PrismExplicitModel"/>. It follows PRISM's importer: blank lines and lines starting with '#' are
/// skipped, initial-state lines ('-') of a <c>.tra</c> file are ignored, probabilities may be decimals or fractions
/// <c>a/b</c>, and all transitions of a choice must carry the same reward. Anything else it does not understand is a
/// <see cref="ModelFileException"/> naming the file and line. Sizes in headers are checked against what the files
/// list before anything is allocated for them: without a <c>.sta</c> file, every state must appear in a transition.
/// </summary>
public static partial class PrismReader
{
    private const double SumTolerance = 1e-5;

    /// <summary>
    /// Reads <c>baseName.tra</c> from <paramref name="directory"/>, with <c>.sta</c>, <c>.lab</c>, <c>.srew</c> and
    /// <c>.trew</c> where they exist.
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no <c>.tra</c> file.</exception>
    /// <exception cref="ModelFileException">A file is not in the explicit format; the message names the file and line.</exception>
    public static PrismExplicitModel Read(string directory, string baseName)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(baseName);
        var basePath = Path.Combine(directory, baseName);
        using var transitions = File.OpenText(basePath + ".tra");
        using var states = OpenIfExists(basePath + ".sta");
        using var labels = OpenIfExists(basePath + ".lab");
        using var stateRewards = OpenIfExists(basePath + ".srew");
        using var transitionRewards = OpenIfExists(basePath + ".trew");
        return Read(
            new Source(transitions, basePath + ".tra", basePath + ".tra"),
            states is null ? null : new Source(states, basePath + ".sta", basePath + ".sta"),
            labels is null ? null : new Source(labels, basePath + ".lab", basePath + ".lab"),
            stateRewards is null ? null : new Source(stateRewards, basePath + ".srew", basePath + ".srew"),
            transitionRewards is null ? null : new Source(transitionRewards, basePath + ".trew", basePath + ".trew"));
    }

    /// <summary>
    /// Reads a model from the text of its files. Only the transitions are required: without states, one variable
    /// <c>x</c> holds the state index (as PRISM assumes); without labels there are none; without rewards they are 0.
    /// </summary>
    /// <exception cref="ModelFileException">A file is not in the explicit format; the message names the file and line.</exception>
    public static PrismExplicitModel Read(
        TextReader transitions, TextReader? states = null, TextReader? labels = null, TextReader? stateRewards = null, TextReader? transitionRewards = null)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        return Read(
            new Source(transitions, "the .tra file", null),
            states is null ? null : new Source(states, "the .sta file", null),
            labels is null ? null : new Source(labels, "the .lab file", null),
            stateRewards is null ? null : new Source(stateRewards, "the .srew file", null),
            transitionRewards is null ? null : new Source(transitionRewards, "the .trew file", null));
    }

    private static PrismExplicitModel Read(Source transitions, Source? states, Source? labels, Source? stateRewards, Source? transitionRewards)
    {
        var (n, choices) = ReadTransitions(transitions, statesListed: states is not null);
        var (variables, values) = states is null
            ? (["x"], Enumerable.Range(0, n).Select(s => (IReadOnlyList<string>)[s.ToString(CultureInfo.InvariantCulture)]).ToArray())
            : ReadStates(states, n);
        var labelList = labels is null ? [] : ReadLabels(labels, n);
        var (stateRewardList, stateRewardName) = stateRewards is null ? (new double[n], null) : ReadStateRewards(stateRewards, n);
        var (rewards, transitionRewardName) = transitionRewards is null ? (new double[choices.Count], null) : ReadTransitionRewards(transitionRewards, n, choices);
        if (stateRewardName is not null && transitionRewardName is not null && stateRewardName != transitionRewardName)
            throw transitionRewards!.Error($"{transitionRewards.Name}: the state rewards belong to reward structure \"{stateRewardName}\" but the transition rewards to \"{transitionRewardName}\"");

        var prismChoices = choices
            .Select((c, i) => new PrismChoice(c.State, c.Index, c.Action, rewards[i], c.Transitions))
            .ToArray();
        return new PrismExplicitModel(variables, values, prismChoices, stateRewardList, labelList, stateRewardName ?? transitionRewardName ?? "");
    }

    /// <remarks>
    /// The header's counts are only promises: the choices and transitions are read as they come and counted against
    /// them, and the state count is checked against the states the lines mention (or, with <paramref name="statesListed"/>,
    /// left to the <c>.sta</c> file to confirm), so that no header can make the reader allocate what the files do not hold.
    /// </remarks>
    private static (int States, List<ChoiceBuilder> Choices) ReadTransitions(Source source, bool statesListed)
    {
        var (headerLine, header) = source.Header("a header 'states choices transitions'");
        if (header.Length == 2)
            throw source.Error(headerLine, "this is a Markov chain ('states transitions'); only MDP files ('states choices transitions') are read");
        if (header.Length != 3)
            throw source.Error(headerLine, "expected the header 'states choices transitions'");
        var n = source.Count(headerLine, header[0], "state count");
        var choiceCount = source.Count(headerLine, header[1], "choice count");
        var transitionCount = source.Count(headerLine, header[2], "transition count");

        var byKey = new Dictionary<(int State, int Index), ChoiceBuilder>();
        var lines = 0;
        var largestMentioned = -1;
        while (source.TryNext(out var line, out var fields))
        {
            if (fields[0] == "-")
                continue;
            if (fields.Length is < 4 or > 5)
                throw source.Error(line, "expected 'state choice successor probability [action]'");
            var s = source.Index(line, fields[0], n, "state");
            var c = source.Count(line, fields[1], "choice");
            var target = source.Index(line, fields[2], n, "successor");
            var p = source.Number(line, fields[3], "probability");
            if (p < 0)
                throw source.Error(line, $"the probability {fields[3]} is negative");
            largestMentioned = Math.Max(largestMentioned, Math.Max(s, target));
            var action = fields.Length == 5 ? fields[4] : null;
            if (!byKey.TryGetValue((s, c), out var choice))
                byKey.Add((s, c), choice = new ChoiceBuilder(s, c, action, line));
            else if (choice.Action != action)
                throw source.Error(line, $"choice {c} of state {s} is labelled '{choice.Action}' on line {choice.Line} but '{action}' here");
            if (choice.Transitions.Any(t => t.Target == target))
                throw source.Error(line, $"choice {c} of state {s} lists successor {target} twice");
            choice.Transitions.Add(new PrismTransition(target, p));
            lines++;
        }

        if (lines != transitionCount)
            throw source.Error(headerLine, $"the header promises {transitionCount} transitions, but the file lists {lines}");
        if (byKey.Count != choiceCount)
            throw source.Error(headerLine, $"the header promises {choiceCount} choices, but the file has {byKey.Count}");
        if (!statesListed && n > largestMentioned + 1)
            throw source.Error(headerLine,
                $"the header declares {n} states, but the transitions mention none beyond state {largestMentioned} and there is no .sta file to list the others");
        var choices = byKey.Values.OrderBy(c => c.State).ThenBy(c => c.Index).ToList();
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            var expected = i > 0 && choices[i - 1].State == choice.State ? choices[i - 1].Index + 1 : 0;
            if (choice.Index != expected)
                throw source.Error(choice.Line, $"state {choice.State} has choice {choice.Index} but no choice {expected}");
            var sum = choice.Transitions.Sum(t => t.Probability);
            if (Math.Abs(sum - 1) > SumTolerance)
                throw source.Error(choice.Line, $"the probabilities of choice {choice.Index} of state {choice.State} sum to {sum.ToString("R", CultureInfo.InvariantCulture)}, not 1");
        }
        return (n, choices);
    }

    private static (string[] Variables, IReadOnlyList<string>[] Values) ReadStates(Source source, int n)
    {
        var (headerLine, header) = source.HeaderText("a header '(v1,...,vn)'");
        if (!header.StartsWith('(') || !header.EndsWith(')'))
            throw source.Error(headerLine, "expected the variable names '(v1,...,vn)'");
        var variables = Tuple(header);
        // Collected as listed, not allocated by the header's count, which the transitions file alone cannot confirm.
        var listed = new Dictionary<int, IReadOnlyList<string>>();
        while (source.TryNextText(out var line, out var text))
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var tuple = colon < 0 ? "" : text[(colon + 1)..].Trim();
            if (colon < 0 || !tuple.StartsWith('(') || !tuple.EndsWith(')'))
                throw source.Error(line, "expected 'state:(x1,...,xn)'");
            var s = source.Index(line, text[..colon].Trim(), n, "state");
            var row = Tuple(tuple);
            if (row.Length != variables.Length)
                throw source.Error(line, $"state {s} has {row.Length} values for {variables.Length} variables");
            if (!listed.TryAdd(s, row))
                throw source.Error(line, $"state {s} is listed twice");
        }
        if (listed.Count < n)
        {
            var missing = Enumerable.Range(0, n).First(s => !listed.ContainsKey(s));
            throw source.Error(headerLine, $"state {missing} is not listed");
        }
        return (variables, Enumerable.Range(0, n).Select(s => listed[s]).ToArray());
    }

    private static PrismLabel[] ReadLabels(Source source, int n)
    {
        var (headerLine, header) = source.HeaderText("the label declarations 0=\"init\" ...");
        var declarations = Declaration().Matches(header);
        if (declarations.Count == 0 || Declaration().Replace(header, "").Trim().Length > 0)
            throw source.Error(headerLine, "expected label declarations such as 0=\"init\" 1=\"deadlock\"");
        var names = new List<string>();
        foreach (Match declaration in declarations)
        {
            if (declaration.Groups[1].Value != names.Count.ToString(CultureInfo.InvariantCulture))
                throw source.Error(headerLine, $"label \"{declaration.Groups[2].Value}\" has index {declaration.Groups[1].Value}, expected {names.Count}");
            names.Add(declaration.Groups[2].Value);
        }

        var states = names.Select(_ => new SortedSet<int>()).ToArray();
        while (source.TryNextText(out var line, out var text))
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
                throw source.Error(line, "expected 'state: label label ...'");
            var s = source.Index(line, text[..colon].Trim(), n, "state");
            foreach (var id in text[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                states[source.Index(line, id, names.Count, "label")].Add(s);
        }
        return names.Select((name, i) => new PrismLabel(name, states[i].ToArray())).ToArray();
    }

    private static (double[] Rewards, string? Name) ReadStateRewards(Source source, int n)
    {
        var (headerLine, header) = source.Header("a header 'states rewards'");
        if (header.Length != 2)
            throw source.Error(headerLine, "expected the header 'states rewards'");
        if (source.Count(headerLine, header[0], "state count") != n)
            throw source.Error(headerLine, $"the header counts {header[0]} states, but the transitions have {n}");
        var promised = source.Count(headerLine, header[1], "reward count");
        var rewards = new double[n];
        var listed = new bool[n];
        var lines = 0;
        while (source.TryNext(out var line, out var fields))
        {
            if (fields.Length != 2)
                throw source.Error(line, "expected 'state reward'");
            var s = source.Index(line, fields[0], n, "state");
            if (listed[s])
                throw source.Error(line, $"state {s} is listed twice");
            listed[s] = true;
            rewards[s] = source.Number(line, fields[1], "reward");
            lines++;
        }
        if (lines != promised)
            throw source.Error(headerLine, $"the header promises {promised} rewards, but the file lists {lines}");
        return (rewards, source.RewardStructure());
    }

    private static (double[] Rewards, string? Name) ReadTransitionRewards(Source source, int n, List<ChoiceBuilder> choices)
    {
        var (headerLine, header) = source.Header("a header 'states choices rewards'");
        if (header.Length != 3)
            throw source.Error(headerLine, "expected the header 'states choices rewards'");
        if (source.Count(headerLine, header[0], "state count") != n || source.Count(headerLine, header[1], "choice count") != choices.Count)
            throw source.Error(headerLine, $"the header counts {header[0]} states and {header[1]} choices, but the transitions have {n} and {choices.Count}");
        var promised = source.Count(headerLine, header[2], "reward count");

        var indexOf = choices.Select((c, i) => (c, i)).ToDictionary(x => (x.c.State, x.c.Index), x => x.i);
        var rewards = new double[choices.Count];
        var seen = new HashSet<(int Choice, int Target)>();
        var counts = new int[choices.Count];
        var lines = 0;
        while (source.TryNext(out var line, out var fields))
        {
            if (fields.Length != 4)
                throw source.Error(line, "expected 'state choice successor reward'");
            var s = source.Index(line, fields[0], n, "state");
            var c = source.Count(line, fields[1], "choice");
            var target = source.Index(line, fields[2], n, "successor");
            var reward = source.Number(line, fields[3], "reward");
            if (!indexOf.TryGetValue((s, c), out var i) || choices[i].Transitions.All(t => t.Target != target))
                throw source.Error(line, $"the transitions have no transition from state {s} by choice {c} to state {target}");
            if (!seen.Add((i, target)))
                throw source.Error(line, $"the reward of choice {c} of state {s} for successor {target} is listed twice");
            if (counts[i] > 0 && BitConverter.DoubleToInt64Bits(rewards[i]) != BitConverter.DoubleToInt64Bits(reward))
                throw source.Error(line, $"choice {c} of state {s} has rewards {Format(rewards[i])} and {fields[3]}; a choice's transitions must share one reward");
            rewards[i] = reward;
            counts[i]++;
            lines++;
        }
        if (lines != promised)
            throw source.Error(headerLine, $"the header promises {promised} rewards, but the file lists {lines}");
        for (var i = 0; i < choices.Count; i++)
        {
            if (counts[i] > 0 && counts[i] != choices[i].Transitions.Count)
                throw source.Error(headerLine, $"choice {choices[i].Index} of state {choices[i].State} has {choices[i].Transitions.Count} transitions but {counts[i]} rewards");
        }
        return (rewards, source.RewardStructure());
    }

    private static string[] Tuple(string text)
    {
        var inner = text[1..^1].Trim();
        return inner.Length == 0 ? [] : inner.Split(',').Select(v => v.Trim()).ToArray();
    }

    private static StreamReader? OpenIfExists(string path) => File.Exists(path) ? File.OpenText(path) : null;

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [GeneratedRegex("(\\d+)=\"([^\"]+)\"")]
    private static partial Regex Declaration();

    [GeneratedRegex("^# Reward structure(?: \"([_a-zA-Z0-9]*)\")?$")]
    private static partial Regex RewardStructureHeader();

    private sealed class ChoiceBuilder(int state, int index, string? action, int line)
    {
        public int State { get; } = state;

        public int Index { get; } = index;

        public string? Action { get; } = action;

        public int Line { get; } = line;

        public List<PrismTransition> Transitions { get; } = [];
    }

    /// <summary>The significant lines of one file, numbered, with the comments seen on the way.</summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="name">How messages name the file: its path, or "the .tra file" for a reader.</param>
    /// <param name="path">The file's path, when it was read from disk.</param>
    private sealed class Source(TextReader reader, string name, string? path)
    {
        private readonly List<string> _comments = [];
        private int _line;

        public string Name => name;

        public (int Line, string[] Fields) Header(string expected)
        {
            if (!TryNext(out var line, out var fields))
                throw Error($"{name} is empty; expected {expected}");
            return (line, fields);
        }

        public (int Line, string Text) HeaderText(string expected)
        {
            if (!TryNextText(out var line, out var text))
                throw Error($"{name} is empty; expected {expected}");
            return (line, text);
        }

        public bool TryNext(out int line, out string[] fields)
        {
            var found = TryNextText(out line, out var text);
            fields = found ? text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) : [];
            return found;
        }

        public bool TryNextText(out int line, out string text)
        {
            while (reader.ReadLine() is { } raw)
            {
                _line++;
                var trimmed = raw.Trim();
                if (trimmed.Length == 0)
                    continue;
                if (trimmed.StartsWith('#'))
                {
                    _comments.Add(trimmed);
                    continue;
                }
                (line, text) = (_line, trimmed);
                return true;
            }
            (line, text) = (_line, "");
            return false;
        }

        /// <summary>The reward structure's name from a <c># Reward structure "name"</c> comment, if there is one.</summary>
        public string? RewardStructure() =>
            _comments.Select(c => RewardStructureHeader().Match(c)).Where(m => m.Success).Select(m => m.Groups[1].Value).FirstOrDefault();

        public int Count(int line, string text, string what) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Error(line, $"the {what} '{text}' is not a non-negative integer");

        public int Index(int line, string text, int count, string what)
        {
            var value = Count(line, text, what);
            return value < count ? value : throw Error(line, $"{what} {value} is out of range (there are {count})");
        }

        public double Number(int line, string text, string what)
        {
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            double value;
            if (slash > 0 &&
                double.TryParse(text[..slash], NumberStyles.Float, CultureInfo.InvariantCulture, out var numerator) &&
                double.TryParse(text[(slash + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var denominator) &&
                denominator != 0)
            {
                value = numerator / denominator;
            }
            else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            {
                value = double.NaN;
            }
            // "NaN", "Infinity" and fractions of them parse; none of them is a probability or a reward.
            return double.IsFinite(value) ? value : throw Error(line, $"the {what} '{text}' is not a finite number");
        }

        public ModelFileException Error(int line, string message) => Error($"{name}, line {line}: {message}");

        /// <summary>A problem with the file as a whole.</summary>
        public ModelFileException Error(string message) => new(ModelFileProblem.Corrupted, path, $"{Capital(message)}.");

        private static string Capital(string text) => text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }
}
