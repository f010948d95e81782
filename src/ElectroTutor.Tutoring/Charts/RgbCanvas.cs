namespace ElectroTutor.Tutoring.Charts;

/// <summary>
/// A small RGB raster (8 bits a channel, row-major, top row first) with just what a chart needs: filled rectangles,
/// anti-aliased thick polylines and bitmap text.
/// </summary>
internal sealed class RgbCanvas
{
    private readonly byte[] pixels;

    public RgbCanvas(int widthPx, int heightPx, (byte R, byte G, byte B) background)
    {
        WidthPx = widthPx;
        HeightPx = heightPx;
        pixels = new byte[widthPx * heightPx * 3];
        FillRectangle(0, 0, widthPx, heightPx, background);
    }

    public int WidthPx { get; }

    public int HeightPx { get; }

    /// <summary>The raw pixels, 3 bytes each, rows top to bottom.</summary>
    public ReadOnlySpan<byte> Pixels => pixels;

    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            var i = ((y * WidthPx) + x) * 3;
            return (pixels[i], pixels[i + 1], pixels[i + 2]);
        }
    }

    public void FillRectangle(int x, int y, int width, int height, (byte R, byte G, byte B) colour)
    {
        for (var row = Math.Max(0, y); row < Math.Min(HeightPx, y + height); row++)
        {
            for (var column = Math.Max(0, x); column < Math.Min(WidthPx, x + width); column++)
            {
                Blend(column, row, colour, 1);
            }
        }
    }

    /// <summary>
    /// Strokes a polyline of the given width. Each pixel's coverage is its distance to the nearest segment, so joints
    /// stay smooth and overlapping segments do not darken the line.
    /// </summary>
    public void StrokePolyline(IReadOnlyList<(double X, double Y)> points, double widthPx, (byte R, byte G, byte B) colour)
    {
        if (points.Count == 0)
        {
            return;
        }

        var half = widthPx / 2;
        var coverage = new Dictionary<int, double>();
        for (var k = 0; k < points.Count; k++)
        {
            var a = points[k];
            var b = k + 1 < points.Count ? points[k + 1] : a;
            var minX = (int)Math.Floor(Math.Min(a.X, b.X) - half - 1);
            var maxX = (int)Math.Ceiling(Math.Max(a.X, b.X) + half + 1);
            var minY = (int)Math.Floor(Math.Min(a.Y, b.Y) - half - 1);
            var maxY = (int)Math.Ceiling(Math.Max(a.Y, b.Y) + half + 1);
            for (var y = Math.Max(0, minY); y <= Math.Min(HeightPx - 1, maxY); y++)
            {
                for (var x = Math.Max(0, minX); x <= Math.Min(WidthPx - 1, maxX); x++)
                {
                    var cover = Math.Clamp(half + 0.5 - DistanceToSegment(x + 0.5, y + 0.5, a, b), 0, 1);
                    if (cover > 0)
                    {
                        var key = (y * WidthPx) + x;
                        coverage[key] = Math.Max(cover, coverage.GetValueOrDefault(key));
                    }
                }
            }
        }

        foreach (var (key, cover) in coverage)
        {
            Blend(key % WidthPx, key / WidthPx, colour, cover);
        }
    }

    /// <summary>Draws text with its top-left corner at (x, y), each font pixel a square of <paramref name="scale"/> px.</summary>
    public void DrawText(int x, int y, string text, (byte R, byte G, byte B) colour, int scale = 1)
    {
        foreach (var character in text)
        {
            var rows = BitmapFont.Glyph(character);
            for (var row = 0; row < BitmapFont.GlyphHeight; row++)
            {
                for (var column = 0; column < BitmapFont.GlyphWidth; column++)
                {
                    if ((rows[row] & (1 << (BitmapFont.GlyphWidth - 1 - column))) != 0)
                    {
                        FillRectangle(x + (column * scale), y + (row * scale), scale, scale, colour);
                    }
                }
            }

            x += BitmapFont.Advance * scale;
        }
    }

    /// <summary>Draws text rotated a quarter turn anticlockwise (reading bottom to top), its bottom-left corner at (x, y).</summary>
    public void DrawTextUpwards(int x, int y, string text, (byte R, byte G, byte B) colour)
    {
        foreach (var character in text)
        {
            var rows = BitmapFont.Glyph(character);
            for (var row = 0; row < BitmapFont.GlyphHeight; row++)
            {
                for (var column = 0; column < BitmapFont.GlyphWidth; column++)
                {
                    if ((rows[row] & (1 << (BitmapFont.GlyphWidth - 1 - column))) != 0)
                    {
                        FillRectangle(x + row, y - column, 1, 1, colour);
                    }
                }
            }

            y -= BitmapFont.Advance;
        }
    }

    private void Blend(int x, int y, (byte R, byte G, byte B) colour, double alpha)
    {
        var i = ((y * WidthPx) + x) * 3;
        pixels[i] = Mix(pixels[i], colour.R, alpha);
        pixels[i + 1] = Mix(pixels[i + 1], colour.G, alpha);
        pixels[i + 2] = Mix(pixels[i + 2], colour.B, alpha);
    }

    private static byte Mix(byte under, byte over, double alpha) => (byte)Math.Round(under + ((over - under) * alpha));

    private static double DistanceToSegment(double px, double py, (double X, double Y) a, (double X, double Y) b)
    {
        double dx = b.X - a.X, dy = b.Y - a.Y;
        var lengthSquared = (dx * dx) + (dy * dy);
        var t = lengthSquared == 0 ? 0 : Math.Clamp((((px - a.X) * dx) + ((py - a.Y) * dy)) / lengthSquared, 0, 1);
        double cx = a.X + (t * dx) - px, cy = a.Y + (t * dy) - py;
        return Math.Sqrt((cx * cx) + (cy * cy));
    }
}
