using System.IO.Compression;
using System.Xml.Linq;
using MdpDsl.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MdpDsl.Package.Tests;

/// <summary>
/// MdpDsl.Plotting as a stranger installs it: a fresh console project that references MdpDsl and MdpDsl.Plotting
/// from the local feed solves a grid and saves its value heat map as PNG and SVG, native drawing library and font
/// included. The program checks the PNG signature itself and prints what it found. Inside the package: the
/// library, the licence of the font it embeds, and dependencies on MdpDsl of the same version and on ScottPlot.
/// </summary>
[Collection(PackageCollection.Name)]
public class PlottingPackageTests(PackedPackage package, ITestOutputHelper log)
{
    /// <summary>Four cells in a row on a grid of two integer fields; the pictures go to the working directory.</summary>
    private const string Grid = """
        using MdpDsl;
        using MdpDsl.Plotting;

        var model = Grid.Compile();
        var solution = model.ValueIteration();
        var map = solution.ValueHeatMap(model);
        map.Title = "Corridor";
        var png = File.ReadAllBytes(map.SavePng("map.png", 400, 200));
        var svg = File.ReadAllText(map.SaveSvg("map.svg"));
        Console.WriteLine($"png: {Convert.ToHexString(png[..8])}");
        Console.WriteLine($"svg: {svg.Contains("<svg", StringComparison.Ordinal)}");
        Console.WriteLine($"title: {svg.Contains("Corridor", StringComparison.Ordinal)}");
        Console.WriteLine($"arrows: {map.ArrowCount}");

        [Mdp(Discount = 0.5)]
        public partial class Grid
        {
            [State] public readonly record struct Cell([Range(0, 3)] int X, [Range(0, 0)] int Y);
            [Action] public enum Step { Back, Forward }

            [Initial]  public static Cell Start => new(0, 0);
            [Terminal] public static bool AtEnd(Cell s) => s.X == 3;
            [Reward]   public static double Cost(Cell s, Step a) => -1;

            [Transition]
            public static Cell Move(Cell s, Step a) => new(Math.Clamp(s.X + (a == Step.Forward ? 1 : -1), 0, 3), 0);
        }

        """;

    [Fact]
    public void A_fresh_project_referencing_both_packages_renders_a_png_and_an_svg()
    {
        log.WriteLine($"packed {Path.GetFileName(package.PlottingPackagePath)}: {package.PlottingPackResult}");
        var project = package.CreateConsumer("Grid", Grid, PackedPackage.Id, PackedPackage.PlottingId);

        Logged(DotNet.Run(project, "build", "--disable-build-servers")).ShouldSucceed();
        var run = Logged(DotNet.Run(project, "run", "--no-build")).ShouldSucceed();

        var lines = run.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        // The PNG signature from the PNG specification; three arrows, one per cell that is not the end.
        Assert.Equal(["png: 89504E470D0A1A0A", "svg: True", "title: True", "arrows: 3"], lines);
        Assert.True(new FileInfo(Path.Combine(project, "map.png")).Length > 0);
    }

    [Fact]
    public void The_package_holds_the_library_and_the_font_licence_and_depends_on_MdpDsl_and_ScottPlot()
    {
        using var zip = ZipFile.OpenRead(package.PlottingPackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("lib/net10.0/MdpDsl.Plotting.dll", entries);
        Assert.Contains("lib/net10.0/MdpDsl.Plotting.xml", entries);
        Assert.Contains("DejaVuSans-LICENSE.txt", entries);
        Assert.Contains("LICENSE", entries);

        using var nuspec = zip.GetEntry($"{PackedPackage.PlottingId}.nuspec")!.Open();
        var dependencies = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency")
            .ToDictionary(e => e.Attribute("id")!.Value, e => e.Attribute("version")!.Value);
        Assert.Equal(["MdpDsl", "ScottPlot"], dependencies.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(package.Version, dependencies["MdpDsl"]);
    }

    private CommandResult Logged(CommandResult result)
    {
        log.WriteLine(result.ToString());
        return result;
    }
}
