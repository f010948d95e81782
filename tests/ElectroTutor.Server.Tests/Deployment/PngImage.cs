using System.Buffers.Binary;
using System.IO.Compression;

namespace ElectroTutor.Server.Tests.Deployment;

/// <summary>
/// The header of a PNG file and, for 8-bit RGBA images without interlacing, its pixels: enough to check the Teams
/// icons' sizes and that the outline icon is white on transparent, without an imaging package.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private const byte ColourTypeRgba = 6;

    private readonly byte[] imageData;

    private PngImage(int width, int height, byte bitDepth, byte colourType, byte interlace, byte[] imageData)
    {
        (Width, Height, BitDepth, ColourType, Interlace) = (width, height, bitDepth, colourType, interlace);
        this.imageData = imageData;
    }

    public int Width { get; }
    public int Height { get; }
    public byte BitDepth { get; }
    public byte ColourType { get; }
    public byte Interlace { get; }
    public bool IsRgba8 => BitDepth == 8 && ColourType == ColourTypeRgba && Interlace == 0;

    /// <summary>Reads the chunks of a PNG file: IHDR first (as the format requires), the IDAT data joined.</summary>
    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature) || bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8) is false)
        {
            throw new InvalidDataException($"{path} is not a PNG file starting with an IHDR chunk.");
        }

        var header = bytes.AsSpan(16, 13);
        using var data = new MemoryStream();
        for (var offset = 8; offset + 12 <= bytes.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset, 4));
            if (bytes.AsSpan(offset + 4, 4).SequenceEqual("IDAT"u8)) data.Write(bytes, offset + 8, length);
            offset += 12 + length;
        }

        return new PngImage(
            (int)BinaryPrimitives.ReadUInt32BigEndian(header[..4]),
            (int)BinaryPrimitives.ReadUInt32BigEndian(header[4..8]),
            header[8], header[9], header[12], data.ToArray());
    }

    /// <summary>The pixels as (R, G, B, A), row by row, after undoing each row's PNG filter.</summary>
    public IEnumerable<(byte R, byte G, byte B, byte A)> RgbaPixels()
    {
        if (!IsRgba8) throw new NotSupportedException("Only 8-bit RGBA images without interlacing are decoded.");

        const int bytesPerPixel = 4;
        var stride = Width * bytesPerPixel;
        var raw = new byte[Height * (stride + 1)];
        using (var inflater = new ZLibStream(new MemoryStream(imageData), CompressionMode.Decompress))
        {
            inflater.ReadExactly(raw);
        }

        var previous = new byte[stride];
        var row = new byte[stride];
        for (var y = 0; y < Height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, (y * (stride + 1)) + 1, row, 0, stride);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0, up = previous[i];
                int upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                row[i] = (byte)(row[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter} in row {y}."),
                });
            }

            for (var x = 0; x < stride; x += bytesPerPixel) yield return (row[x], row[x + 1], row[x + 2], row[x + 3]);
            (previous, row) = (row, previous);
        }
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        int toLeft = Math.Abs(estimate - left), toUp = Math.Abs(estimate - up), toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
