using System;
using System.Collections.Generic;
using System.Text;

namespace MdpDsl.Interchange;

/// <summary>
/// PRISM identifiers: <c>[A-Za-z_][A-Za-z0-9_]*</c>, not a keyword of the PRISM language. Action labels, state
/// variables and reward-structure names must be identifiers, so that PRISM's parser accepts them and properties can
/// refer to them.
/// </summary>
internal static class PrismNames
{
    /// <summary>
    /// The keywords of the PRISM language, which are no identifiers. Among them are one-letter temporal operators
    /// (A, C, E, F, G, I, P, R, S, U, W, X), so a field named X becomes the variable X_.
    /// </summary>
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "A", "bool", "clock", "const", "ctmc", "C", "double", "dtmc", "E", "endinit", "endinvariant", "endmodule",
        "endobservables", "endrewards", "endsystem", "false", "formula", "filter", "func", "F", "global", "G", "init",
        "invariant", "I", "int", "label", "lts", "max", "mdp", "min", "module", "X", "nondeterministic", "observable",
        "observables", "of", "Pmax", "Pmin", "P", "pomdp", "popta", "probabilistic", "prob", "pta", "rate", "rewards",
        "Rmax", "Rmin", "R", "S", "stochastic", "system", "true", "U", "W",
    };

    /// <summary>Whether <paramref name="name"/> is a PRISM identifier as it is.</summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]) || Keywords.Contains(name))
            return false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                return false;
        }
        return true;
    }

    /// <summary>
    /// <paramref name="name"/> made an identifier: every character outside [A-Za-z0-9_] becomes '_', a leading digit
    /// gets a '_' before it, and a keyword gets a '_' after it. An identifier is returned unchanged.
    /// </summary>
    public static string Identifier(string name)
    {
        var text = new StringBuilder(name.Length + 1);
        foreach (var c in name)
            text.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        if (text.Length == 0 || char.IsAsciiDigit(text[0]))
            text.Insert(0, '_');
        var identifier = text.ToString();
        return Keywords.Contains(identifier) ? identifier + "_" : identifier;
    }

    /// <summary>The identifiers of <paramref name="names"/>, made distinct by suffixes _2, _3, … where two coincide.</summary>
    public static string[] Distinct(IEnumerable<string> names)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var name in names)
        {
            var identifier = Identifier(name);
            var unique = identifier;
            for (var i = 2; !taken.Add(unique); i++)
                unique = identifier + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            result.Add(unique);
        }
        return result.ToArray();
    }
}
