using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ElectroTutor.Tutoring.Charts;

/// <summary>
/// Writes an 8-bit truecolour PNG (colour type 2, no interlace): signature, IHDR, one zlib-compressed IDAT whose rows
/// use the "Up" filter (good for charts, whose rows repeat), and IEND; every chunk with its CRC-32.
/// </summary>
internal static class PngEncoder
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static byte[] Encode(RgbCanvas canvas)
    {
        using var png = new MemoryStream();
        png.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, canvas.WidthPx);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), canvas.HeightPx);
        header[8] = 8; // bits per channel
        header[9] = 2; // truecolour RGB
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", Compress(canvas));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>CRC-32 (ISO 3309, as PNG uses it) of some bytes.</summary>
    public static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static byte[] Compress(RgbCanvas canvas)
    {
        var stride = canvas.WidthPx * 3;
        var pixels = canvas.Pixels;
        var filtered = new byte[(stride + 1) * canvas.HeightPx];
        for (var y = 0; y < canvas.HeightPx; y++)
        {
            var row = y * (stride + 1);
            filtered[row] = 2; // Up: each byte minus the byte above it
            for (var i = 0; i < stride; i++)
            {
                var above = y == 0 ? 0 : pixels[((y - 1) * stride) + i];
                filtered[row + 1 + i] = (byte)(pixels[(y * stride) + i] - above);
            }
        }

        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(filtered);
        }

        return output.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typed));
        png.Write(word);
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
