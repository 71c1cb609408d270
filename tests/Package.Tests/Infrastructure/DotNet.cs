using System.Diagnostics;
using System.Text;

namespace MdpDsl.Package.Tests.Infrastructure;

/// <summary>What a <c>dotnet</c> command did: its command line, exit code, combined output and duration.</summary>
internal sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Fails the test with the whole output unless the command exited with 0.</summary>
    public CommandResult ShouldSucceed()
    {
        if (!Succeeded)
            Assert.Fail($"`{CommandLine}` in {WorkingDirectory} exited with {ExitCode}:{Environment.NewLine}{Output}");
        return this;
    }

    public override string ToString() => $"`{CommandLine}` → {ExitCode} in {Elapsed.TotalSeconds:F1} s";
}

/// <summary>
/// Runs the .NET CLI as a child process, the way a user would at a prompt: no build servers left behind (they would
/// hold the output pipes open), no environment inherited from the test host's own build, a timeout after which the
/// whole process tree is ended and the test fails with everything the command printed.
/// </summary>
internal static class DotNet
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Variables set by the build or test run hosting these tests, which would steer the child's build.</summary>
    private static readonly string[] InheritedPrefixes = ["MSBUILD", "_MSBUILD", "VSTEST_", "TESTINGPLATFORM_"];

    public static CommandResult Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, DefaultTimeout, arguments);

    public static CommandResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        foreach (var name in start.Environment.Keys.ToList())
        {
            if (InheritedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
                start.Environment.Remove(name);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

        var commandLine = "dotnet " + string.Join(' ', arguments.Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
        var output = new StringBuilder();
        void Append(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
                return;
            lock (output)
                output.AppendLine(e.Data);
        }

        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(30));
            lock (output)
                Assert.Fail($"`{commandLine}` in {workingDirectory} did not finish within {timeout.TotalMinutes:F0} minutes:{Environment.NewLine}{output}");
        }
        // The process has exited; let the readers drain what it wrote last.
        process.WaitForExitAsync().Wait(TimeSpan.FromSeconds(30));
        clock.Stop();

        lock (output)
            return new CommandResult(commandLine, workingDirectory, process.ExitCode, output.ToString(), clock.Elapsed);
    }

    /// <summary>The host running these tests when it is the .NET CLI, else whatever <c>dotnet</c> is on the path.</summary>
    private static string Executable
    {
        get
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
        }
    }
}
