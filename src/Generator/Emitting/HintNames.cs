using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MdpDsl.Generator.Model;

namespace MdpDsl.Generator.Emitting;

/// <summary>
/// Makes the models' hint names distinct the way the compiler compares them, ignoring case: two models whose
/// full names differ only in case (<c>Game.Dice</c>, <c>Game.DICE</c>) are legal C#, but two such hint names make
/// the compiler throw away every generated file (CS8785).
/// </summary>
internal static class HintNames
{
    private const string Extension = ".g.cs";

    /// <summary>The hint names that need a number, each with its number; empty when no two names clash.</summary>
    public static EquatableArray<Numbered> Clashes(ImmutableArray<string> hintNames) =>
        hintNames
            .GroupBy(name => name, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .SelectMany(group => group.OrderBy(name => name, StringComparer.Ordinal).Select((name, i) => new Numbered(name, i + 1)))
            .ToEquatableArray();

    /// <summary>
    /// <paramref name="hintName"/>, numbered when it clashes: <c>Game.DICE.1.g.cs</c>. A number is no C# name,
    /// so a numbered hint name cannot be another model's. Null when the name is not unique even with case
    /// (two declarations of one type, which the compiler rejects): neither gets code.
    /// </summary>
    public static string? Unique(string hintName, EquatableArray<Numbered> clashes)
    {
        var numbers = clashes.Where(clash => clash.HintName == hintName).ToList();
        return numbers.Count switch
        {
            0 => hintName,
            1 => hintName.Substring(0, hintName.Length - Extension.Length) + "." + numbers[0].Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + Extension,
            _ => null,
        };
    }

    /// <summary>A hint name that clashes with another, and its number among those it clashes with, from 1.</summary>
    internal sealed record Numbered(string HintName, int Number);
}
