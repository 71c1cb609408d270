using System.Collections.Concurrent;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using MdpDsl.Generator.Tests.Driving;

namespace MdpDsl.Generator.Tests.Execution;

/// <summary>
/// A model class compiled with the generator into an in-memory assembly and loaded, so that tests call the
/// generated members as a user's program would. The static members are reached by reflection; the compiled
/// <c>Model</c> is returned as <c>dynamic</c>, whose binder resolves its generic runtime members. The algorithms are
/// extension methods, which a dynamic receiver does not bind: call them as <c>SolverCatalog.ValueIteration(model)</c>.
/// </summary>
internal sealed class LoadedModel
{
    private LoadedModel(Type type) => Type = type;

    /// <summary>The [Mdp] class.</summary>
    public Type Type { get; }

    /// <summary>The state type, read from the generated <c>StateAt</c>.</summary>
    public Type StateType => Method("StateAt").ReturnType;

    // Generating and emitting costs far more than a test's calls, and the loaded code holds no mutable state, so
    // tests that load the same model share it.
    private static readonly ConcurrentDictionary<(string Sources, string TypeName), Lazy<LoadedModel>> Loaded = new();

    /// <summary>Generates, compiles and loads <paramref name="source"/>, returning the class named <paramref name="typeName"/> (nested types joined by '+').</summary>
    public static LoadedModel Load(string source, string typeName) => Load(new[] { source }, typeName);

    /// <summary>As <see cref="Load(string, string)"/>, for a model whose compilation has several files.</summary>
    public static LoadedModel Load(string[] sources, string typeName) =>
        Loaded.GetOrAdd((string.Join("\0", sources), typeName), key => new Lazy<LoadedModel>(() =>
            new LoadedModel(LoadAll(typeName, GeneratorHarness.Run(sources).AssertClean().Output)[^1].GetType(typeName, throwOnError: true)!))).Value;

    /// <summary>
    /// Emits each compilation and loads it, in order, into one collectible context of its own: each test's
    /// assembly is named alike, none stays loaded for good, and a later assembly finds the earlier ones it
    /// references. MdpDsl.Runtime resolves from the default context, so loaded models share the test's runtime types.
    /// </summary>
    public static Assembly[] LoadAll(string name, params Microsoft.CodeAnalysis.Compilation[] compilations)
    {
        var context = new AssemblyLoadContext($"{name}-{Guid.NewGuid():N}", isCollectible: true);
        return compilations.Select(compilation =>
        {
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            image.Position = 0;
            return context.LoadFromStream(image);
        }).ToArray();
    }

    /// <summary>The generated <c>StateCount</c> constant.</summary>
    public int StateCount => (int)Type.GetField("StateCount")!.GetRawConstantValue()!;

    public object StateAt(int index) => Call(Method("StateAt"), null, index);

    public int IndexOf(object state) => (int)Call(Type.GetMethod("IndexOf", new[] { StateType })!, null, state);

    public bool TryIndexOf(object state, out int index)
    {
        var arguments = new object?[] { state, null };
        var found = (bool)Call(Method("TryIndexOf"), null, arguments);
        index = (int)arguments[1]!;
        return found;
    }

    /// <summary>Calls the generated <c>Compile()</c>, on <paramref name="instance"/> when it is an instance method.</summary>
    public dynamic Compile(object? instance = null) => Call(Method("Compile"), instance);

    /// <summary>A new instance of the model class, for models with parameters.</summary>
    public object NewInstance(params (string Property, object Value)[] parameters)
    {
        var instance = Activator.CreateInstance(Type)!;
        foreach (var (property, value) in parameters)
            Type.GetProperty(property)!.SetValue(instance, value);
        return instance;
    }

    /// <summary>A value of a type in the model's assembly, by its constructor.</summary>
    public object New(string typeName, params object[] arguments) =>
        Activator.CreateInstance(Type.Assembly.GetType(typeName, throwOnError: true)!, arguments)!;

    private MethodInfo Method(string name) => Type.GetMethod(name) ?? throw new MissingMethodException(Type.Name, name);

    // Unwrapped, so that a test sees the ArgumentOutOfRangeException the generated code throws.
    private static object Call(MethodInfo method, object? instance, params object?[] arguments) =>
        method.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, arguments, null)!;
}
