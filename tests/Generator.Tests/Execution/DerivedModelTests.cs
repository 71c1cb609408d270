using Microsoft.CodeAnalysis;
using MdpDsl.Generator.Tests.Driving;

namespace MdpDsl.Generator.Tests.Execution;

/// <summary>
/// A model deriving from another model: its generated members hide the base's (CS0108 unless declared
/// <c>new</c>), except the methods whose signatures differ, which overload them (and on which <c>new</c> would
/// warn, CS0109). The base is either in the same compilation, where its generated members do not exist yet when
/// the generator reads the derived class, or in a referenced assembly or project, where they are ordinary
/// inherited symbols (and a project's declarations belong to another compilation).
/// </summary>
public sealed class DerivedModelTests
{
    private const string Base = """
        using MdpDsl;

        namespace Family;

        [Mdp(Discount = 0.5)]
        public partial class Basic
        {
            [State] public enum Light { Red, Green }

            [Action] public enum Move { Stay, Go }

            [Reward] public static double Cost(Light s, Move a) => -1;

            [Transition] public static Light Step(Light s, Move a) => s;
        }
        """;

    /// <summary>The same state and action types: every generated member hides one of the base's.</summary>
    private const string SameTypes = """
        using MdpDsl;

        namespace Family;

        [Mdp(Discount = 0.5)]
        public partial class Derived : Basic
        {
            [Reward] public static double Double(Light s, Move a) => -2;

            [Transition] public static Light Flip(Light s, Move a) => s == Light.Red ? Light.Green : Light.Red;

            public static double[] Probe() => new[] { Compile().ValueIteration().V[StateAt(0)], StateCount, Basic.StateCount };
        }
        """;

    /// <summary>A state type of its own: IndexOf(state) overloads the base's, and everything else hides.</summary>
    private const string OwnState = """
        using MdpDsl;

        namespace Family;

        [Mdp(Discount = 0.5)]
        public partial class Derived : Basic
        {
            [State] public enum Dial { Low, Mid, High }

            [Reward] public static double Double(Dial s, Move a) => -2;

            [Transition] public static Dial Turn(Dial s, Move a) => s;

            public static double[] Probe() => new[] { Compile().ValueIteration().V[StateAt(0)], StateCount, Basic.StateCount };
        }
        """;

    // −2 per step with discount ½: V = −2 / (1 − ½) = −4 in every state. The counts are the two state enums' sizes.
    public static TheoryData<string, double[]> Derived => new()
    {
        { SameTypes, new[] { -4.0, 2, 2 } },
        { OwnState, new[] { -4.0, 3, 2 } },
    };

    [Theory]
    [MemberData(nameof(Derived))]
    public void Derived_model_in_the_same_compilation_compiles_without_warnings_and_runs(string derived, double[] expected)
    {
        var model = LoadedModel.Load(new[] { Base, derived }, "Family.Derived");

        Assert.Equal(expected, Probe(model.Type), new Tolerance(1e-6));
    }

    /// <summary>Each derived model, with the base referenced as an assembly (a package) or as a compilation (a project, in an IDE).</summary>
    public static TheoryData<string, double[], bool> DerivedFromReference()
    {
        var cases = new TheoryData<string, double[], bool>();
        foreach (var row in Derived)
        {
            cases.Add((string)row[0], (double[])row[1], false);
            cases.Add((string)row[0], (double[])row[1], true);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(DerivedFromReference))]
    public void Derived_model_of_a_referenced_base_compiles_without_warnings_and_runs(string derived, double[] expected, bool projectReference)
    {
        var baseOutput = GeneratorHarness.Run(Base).AssertClean().Output;
        var reference = projectReference ? baseOutput.ToMetadataReference() : Image(baseOutput);
        var compilation = ModelCompilation.Create(derived).AddReferences(reference).WithAssemblyName("Derived");
        var derivedOutput = GeneratorHarness.Run(compilation).AssertClean().Output;

        var assemblies = LoadedModel.LoadAll(nameof(DerivedModelTests), baseOutput, derivedOutput);

        Assert.Equal(expected, Probe(assemblies[1].GetType("Family.Derived", throwOnError: true)!), new Tolerance(1e-6));
    }

    [Fact]
    public void Hiding_members_are_declared_new_and_overloads_are_not()
    {
        var sameTypes = GeneratorHarness.Run(Base, SameTypes).AssertClean().Sources.Single(s => s.HintName == "Family.Derived.g.cs").Text;
        var ownState = GeneratorHarness.Run(Base, OwnState).AssertClean().Sources.Single(s => s.HintName == "Family.Derived.g.cs").Text;

        Assert.Contains("public new static int IndexOf(global::Family.Basic.Light state)", sameTypes);
        Assert.Contains("public static int IndexOf(global::Family.Derived.Dial state)", ownState);
        Assert.Contains("public new static int IndexOf(global::Family.Basic.Move action)", ownState);
        Assert.Contains("public new sealed class Model", ownState);
    }

    private static MetadataReference Image(Microsoft.CodeAnalysis.Compilation compilation)
    {
        using var image = new System.IO.MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static double[] Probe(Type derived) => (double[])derived.GetMethod("Probe")!.Invoke(null, null)!;
}
