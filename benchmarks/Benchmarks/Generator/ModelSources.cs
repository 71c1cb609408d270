using System.Collections.Generic;
using System.Linq;

namespace MdpDsl.Benchmarks.Generator;

/// <summary>
/// The C# sources of many distinct, valid models for the generator benchmark. Model i varies its state ranges and
/// extra field, action count, reward shape, terminal and allowed members, and whether its transition is static and
/// deterministic or an instance distribution, so that the generator sees a realistic mix rather than 50 copies.
/// Written in C# 12, the newest language the generator's oldest supported Roslyn parses.
/// </summary>
internal static class ModelSources
{
    /// <summary>A file with no model that the incremental benchmark edits.</summary>
    public const string UnrelatedFile = """
        namespace Bench.Other;

        public static class Notes
        {
            public static int Answer() => 42;
        }
        """;

    /// <summary><see cref="UnrelatedFile"/> after an edit inside a method body.</summary>
    public const string UnrelatedFileEdited = """
        namespace Bench.Other;

        public static class Notes
        {
            public static int Answer() => 43;
        }
        """;

    public static IReadOnlyList<string> Create(int count) => Enumerable.Range(0, count).Select(Model).ToArray();

    private static string Model(int i)
    {
        var (width, height) = (3 + i % 7, 2 + i % 5);
        var actions = string.Join(", ", Enumerable.Range(0, 2 + i % 4).Select(a => $"Go{a}"));
        var (extraField, extraType) = (i % 3) switch
        {
            0 => (", bool Flag", ""),
            1 => (", Mode M", "public enum Mode { Calm, Busy, Broken }"),
            _ => ("", ""),
        };
        var reward = (i % 3) switch
        {
            0 => "[Reward] public static double Cost(Pos s) => -1 - 0.1 * s.X;",
            1 => "[Reward] public static double Cost(Pos s, Act a) => -1 - 0.01 * (int)a;",
            _ => "[Reward] public static double Cost(Pos s, Act a, Pos next) => next.Y > s.Y ? -0.5 : -1;",
        };
        var terminal = i % 2 == 0 ? $"[Terminal] public static bool Done(Pos s) => s.X == {width} && s.Y == {height};" : "";
        var allowed = i % 4 == 3 ? "[Allowed] public static bool Can(Pos s, Act a) => a != Act.Go1 || s.X > 0;" : "";
        var transition = i % 2 == 0
            ? "[Transition] public static Pos Step(Pos s, Act a) => Move(s, a);"
            : $$"""
                public double Slip { get; init; } = {{0.05 * (1 + i % 9):0.00}};

                [Transition]
                public IEnumerable<(Pos, double)> Step(Pos s, Act a)
                {
                    yield return (Move(s, a), 1 - Slip);
                    yield return (s, Slip);
                }
            """;
        return $$"""
            using System.Collections.Generic;
            using MdpDsl;

            namespace Bench.Group{{i % 5}};

            /// <summary>Benchmark model {{i}}.</summary>
            [Mdp(Discount = 0.9{{i % 10}})]
            public partial class Model{{i:00}}
            {
                {{extraType}}

                [State] public readonly record struct Pos([Range(0, {{width}})] int X, [Range(0, {{height}})] int Y{{extraField}});

                [Action] public enum Act { {{actions}} }

                [Initial] public static Pos Start => default;

                {{terminal}}

                {{allowed}}

                {{reward}}

                {{transition}}

                private static Pos Move(Pos s, Act a)
                {
                    var x = (int)a % 2 == 0 ? s.X + 1 : s.X - 1;
                    var y = (int)a >= 2 ? s.Y + 1 : s.Y;
                    return x is >= 0 and <= {{width}} && y <= {{height}} ? s with { X = x, Y = y } : s;
                }
            }
            """;
    }
}
