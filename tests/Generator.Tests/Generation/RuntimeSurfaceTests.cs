using System.ComponentModel;
using System.Reflection;
using System.Text.RegularExpressions;
using MdpDsl.Generator.Tests.Driving;
using MdpDsl.Generator.Tests.Models;

namespace MdpDsl.Generator.Tests.Generation;

/// <summary>
/// The runtime types in <c>MdpDsl.Compilation</c> that generated code calls are there for generated code only:
/// IntelliSense hides them, so that a user looking for the model's API finds the generated members instead.
/// </summary>
public sealed class RuntimeSurfaceTests
{
    [Fact]
    public void Runtime_types_that_generated_code_calls_are_hidden_from_the_editor()
    {
        var generated = string.Concat(new[] { RepositoryFiles.GridWorldSample, StateShapes.ReachableStates, MemberShapes.InstanceParameters }
            .Select(source => Assert.Single(GeneratorHarness.Run(source).AssertClean().Sources).Text));
        var names = Regex.Matches(generated, @"global::MdpDsl\.Compilation\.(\w+)(<[^(]*?>)?")
            .Select(match => (Name: match.Groups[1].Value, Arity: match.Groups[2].Success ? match.Groups[2].Value.Split(',').Length : 0))
            .Distinct()
            .ToList();

        Assert.Contains(names, name => name.Name == "ModelCompiler");
        foreach (var (name, arity) in names)
        {
            var type = typeof(MdpAttribute).Assembly.GetType("MdpDsl.Compilation." + name + (arity > 0 ? "`" + arity : ""), throwOnError: true)!;
            Assert.True(
                type.GetCustomAttribute<EditorBrowsableAttribute>() is { State: EditorBrowsableState.Never },
                $"{type} is called by generated code but shown in the editor");
        }
    }
}
