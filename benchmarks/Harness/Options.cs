using System;
using System.Collections.Generic;
using System.Globalization;

namespace MdpDsl.Benchmarks.Harness;

/// <summary>
/// The <c>--name value</c> pairs after a verb. Each command takes the options it knows; <see cref="EnsureAllUsed"/>
/// then rejects the rest, so that a misspelt option is an error rather than silently ignored.
/// </summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public Options(ReadOnlySpan<string> arguments)
    {
        for (var i = 0; i < arguments.Length; i += 2)
        {
            var name = arguments[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length == 2)
                throw new UsageException($"Expected an option such as --file, found '{name}'.");
            if (i + 1 >= arguments.Length)
                throw new UsageException($"The option {name} needs a value.");
            if (!_values.TryAdd(name[2..], arguments[i + 1]))
                throw new UsageException($"The option {name} is given twice.");
        }
    }

    public string String(string name, string? fallback = null)
    {
        _used.Add(name);
        if (_values.TryGetValue(name, out var value))
            return value;
        return fallback ?? throw Missing(name);
    }

    public long Integer(string name, long min, long max, long? fallback = null)
    {
        _used.Add(name);
        if (!_values.TryGetValue(name, out var text))
            return fallback ?? throw Missing(name);
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new UsageException($"--{name} must be an integer in [{min}, {max}]; got '{text}'.");
        return value;
    }

    public double PositiveNumber(string name, double fallback)
    {
        _used.Add(name);
        if (!_values.TryGetValue(name, out var text))
            return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value > 0) || double.IsInfinity(value))
            throw new UsageException($"--{name} must be a positive, finite number; got '{text}'.");
        return value;
    }

    // A missing option is often a misspelt one: name what was given instead.
    private UsageException Missing(string name)
    {
        var given = string.Join(", ", _values.Keys);
        return new UsageException($"The option --{name} is required" + (given.Length > 0 ? $" (given: --{given.Replace(", ", ", --")})." : "."));
    }

    public void EnsureAllUsed()
    {
        foreach (var name in _values.Keys)
        {
            if (!_used.Contains(name))
                throw new UsageException($"Unknown option --{name}.");
        }
    }
}
