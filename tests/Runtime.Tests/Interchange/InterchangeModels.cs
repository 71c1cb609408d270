namespace MdpDsl.Runtime.Tests.Interchange;

/// <summary>
/// Three cells; Forward reaches the next cell with probability 1 − <see cref="Stumble"/> and otherwise stays, Back
/// steps back surely. Entering the door (cell 2, terminal) pays 10, every other step costs 1: a reward r(s, a, s′),
/// so the exported choice reward is its expectation. Small enough to write its PRISM files out by hand.
/// </summary>
[Mdp(Discount = 0.9)]
public partial class Hallway
{
    public double Stumble { get; init; } = 0.25;

    /// <summary>Whether Back is allowed; a model without it cannot follow a policy that steps back.</summary>
    public bool CanGoBack { get; init; } = true;

    [State] public readonly record struct Spot([Range(0, 2)] int Pos);

    [Action] public enum Step { Back, Forward }

    [Initial] public static Spot Start => new(0);

    [Terminal] public static bool AtDoor(Spot s) => s.Pos == 2;

    [Allowed] public bool Allowed(Spot s, Step a) => a == Step.Forward || CanGoBack;

    [Reward] public static double Pay(Spot s, Step a, Spot next) => next.Pos == 2 ? 10 : -1;

    [Transition]
    public IEnumerable<(Spot, double)> Move(Spot s, Step a)
    {
        if (a == Step.Back)
        {
            yield return (new Spot(Math.Max(s.Pos - 1, 0)), 1);
            yield break;
        }
        yield return (new Spot(s.Pos + 1), 1 - Stumble);
        yield return (s, Stumble);
    }
}

/// <summary>The same shape as <see cref="Hallway"/> under other type names: a file of one must not load into the other.</summary>
[Mdp(Discount = 0.9)]
public partial class Corridor
{
    [State] public readonly record struct Cell([Range(0, 2)] int Pos);

    [Action] public enum Walk { Back, Forward }

    [Initial] public static Cell Start => new(0);

    [Terminal] public static bool AtEnd(Cell s) => s.Pos == 2;

    [Reward] public static double Cost(Cell s, Walk a) => -1;

    [Transition] public static Cell Move(Cell s, Walk a) => new(a == Walk.Forward ? s.Pos + 1 : Math.Max(s.Pos - 1, 0));
}

/// <summary>
/// A courier on a 2 × 2 grid carries a parcel to (1, 1) and drops it there. The state nests a [State] position in a
/// record with a bool and an enum whose values are not 0, 1, …; the action names N, E, S, W include PRISM keywords
/// (E, S, W), as do the field names X; Drop is allowed only at the destination while carrying. In a storm a move
/// fails half the time.
/// </summary>
[Mdp(Discount = 0.95)]
public partial class Courier
{
    public enum Weather { Clear = 1, Storm = 5 }

    [State] public readonly record struct Position([Range(0, 1)] int X, [Range(0, 1)] int Y);

    [State] public readonly record struct Load(Position At, bool Carrying, Weather Sky);

    [Action] public enum Go { N, E, S, W, Drop }

    public static Position Destination => new(1, 1);

    [Initial]
    public static IEnumerable<(Load, double)> Start()
    {
        yield return (new Load(new Position(0, 0), true, Weather.Clear), 0.5);
        yield return (new Load(new Position(0, 0), true, Weather.Storm), 0.5);
    }

    [Terminal] public static bool Delivered(Load s) => !s.Carrying;

    [Allowed] public static bool CanDo(Load s, Go a) => a != Go.Drop || s.At == Destination;

    [Reward] public static double Pay(Load s, Go a) => a == Go.Drop ? 5 : -1;

    [Transition]
    public static IEnumerable<(Load, double)> Move(Load s, Go a)
    {
        if (a == Go.Drop)
        {
            yield return (s with { Carrying = false }, 1);
            yield break;
        }
        var (x, y) = a switch
        {
            Go.N => (s.At.X, Math.Min(s.At.Y + 1, 1)),
            Go.S => (s.At.X, Math.Max(s.At.Y - 1, 0)),
            Go.E => (Math.Min(s.At.X + 1, 1), s.At.Y),
            _ => (Math.Max(s.At.X - 1, 0), s.At.Y),
        };
        var moved = s with { At = new Position(x, y) };
        if (s.Sky == Weather.Storm)
        {
            yield return (moved, 0.5);
            yield return (s, 0.5);
        }
        else
        {
            yield return (moved, 1);
        }
    }
}

/// <summary>A two-state enum model without an [Initial] state: PRISM's init label then marks every state.</summary>
[Mdp(Discount = 0.8)]
public partial class Temper
{
    [State] public enum Mood { Calm, Angry }

    [Action] public enum Act { Soothe, Tease }

    [Reward] public static double Pay(Mood s, Act a) => s == Mood.Calm ? 1 : 0;

    [Transition] public static Mood Next(Mood s, Act a) => a == Act.Soothe ? Mood.Calm : Mood.Angry;
}

/// <summary>
/// Words over a two-letter alphabet, grown one letter at a time up to <see cref="Length"/> letters: a reachable state
/// space of a type with a string field, which JSON names by its text and PRISM by the state's index.
/// </summary>
[Mdp(Discount = 0.9, States = StateSpace.Reachable)]
public partial class Words
{
    public string Alphabet { get; init; } = "ab";

    public int Length { get; init; } = 2;

    [State] public sealed record Word(string Text);

    [Action] public enum Letter { First, Second }

    [Initial] public static Word Empty => new("");

    [Terminal] public bool Complete(Word w) => w.Text.Length == Length;

    [Reward] public static double Pay(Word w, Letter a) => a == Letter.First ? 1 : 0.5;

    [Transition] public Word Append(Word w, Letter a) => new(w.Text + Alphabet[(int)a]);
}

/// <summary>States with nothing public to tell them apart (and one ToString): they cannot be named in a file.</summary>
[Mdp(Discount = 0.5, States = StateSpace.Reachable)]
public partial class Tokens
{
    [State]
    public sealed class Token : IEquatable<Token>
    {
        public Token(int n) => N = n;

        internal int N { get; }

        public bool Equals(Token? other) => other is not null && other.N == N;

        public override bool Equals(object? obj) => Equals(obj as Token);

        public override int GetHashCode() => N;

        public override string ToString() => "token";
    }

    [Action] public enum Act { Next }

    [Initial] public static Token Start => new(0);

    [Terminal] public static bool End(Token t) => t.N == 2;

    [Reward] public static double Pay(Token t, Act a) => -1;

    [Transition] public static Token Step(Token t, Act a) => new(t.N + 1);
}
