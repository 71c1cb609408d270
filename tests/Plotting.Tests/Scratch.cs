namespace MdpDsl.Plotting.Tests;

/// <summary>A fresh folder per test for the files it saves, removed afterwards.</summary>
public sealed class Scratch : IDisposable
{
    public Scratch() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "mdpdsl-plotting-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
