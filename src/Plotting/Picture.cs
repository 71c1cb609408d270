using System;
using System.IO;
using ScottPlot;
using SkiaSharp;

namespace MdpDsl.Plotting;

/// <summary>Something to save as a picture: SVG for documents and the web, PNG for everything else.</summary>
public abstract class Picture
{
    private protected Picture()
    {
    }

    /// <summary>The width in pixels used by the saves that take no size.</summary>
    public int Width { get; set; } = 640;

    /// <summary>The height in pixels used by the saves that take no size.</summary>
    public int Height { get; set; } = 480;

    /// <summary>Writes the picture as SVG at <see cref="Width"/> × <see cref="Height"/>, creating the folder if needed.</summary>
    /// <returns>The full path of the file written.</returns>
    public string SaveSvg(string path) => SaveSvg(path, Width, Height);

    /// <summary>Writes the picture as SVG, creating the folder if needed.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="width">The width in pixels, at least 1.</param>
    /// <param name="height">The height in pixels, at least 1.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The width or height is below 1.</exception>
    public string SaveSvg(string path, int width, int height)
    {
        var fullPath = Prepare(path, width, height);
        using (var file = File.Create(fullPath))
        {
            // The canvas writes its closing tag when disposed, before the file is.
            using var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), file);
            Render(canvas, new PixelRect(0, width, height, 0));
        }
        return fullPath;
    }

    /// <summary>Writes the picture as PNG at <see cref="Width"/> × <see cref="Height"/>, creating the folder if needed.</summary>
    /// <returns>The full path of the file written.</returns>
    public string SavePng(string path) => SavePng(path, Width, Height);

    /// <summary>Writes the picture as PNG, creating the folder if needed.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="width">The width in pixels, at least 1.</param>
    /// <param name="height">The height in pixels, at least 1.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The width or height is below 1.</exception>
    public string SavePng(string path, int width, int height)
    {
        var fullPath = Prepare(path, width, height);
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.White);
        Render(surface.Canvas, new PixelRect(0, width, height, 0));
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(fullPath);
        png.SaveTo(file);
        return fullPath;
    }

    /// <summary>Draws the picture into <paramref name="area"/> of <paramref name="canvas"/>.</summary>
    private protected abstract void Render(SKCanvas canvas, PixelRect area);

    private static string Prepare(string path, int width, int height)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        return fullPath;
    }
}
