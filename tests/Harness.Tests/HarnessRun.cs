using System.IO;
using System.Text.Json;

namespace MdpDsl.Benchmarks.Harness.Tests;

/// <summary>What one run of the harness printed and returned.</summary>
public sealed record HarnessRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs <c>Program.Main</c> with <paramref name="arguments"/>, capturing stdout and stderr.</summary>
    public static HarnessRun Of(params string[] arguments)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var (oldOutput, oldError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var code = Program.Main(arguments);
            return new HarnessRun(code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOutput);
            Console.SetError(oldError);
        }
    }

    /// <summary>The one JSON line on stdout.</summary>
    public JsonElement Json
    {
        get
        {
            var lines = Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length == 1, $"Expected one line on stdout, got: {Output}; stderr: {Error}");
            return JsonDocument.Parse(lines[0]).RootElement;
        }
    }
}
