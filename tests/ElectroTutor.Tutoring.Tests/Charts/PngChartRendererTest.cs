using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ElectroTutor.Tutoring.Charts;

namespace ElectroTutor.Tutoring.Tests.Charts;

public class PngChartRendererTest
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Starts_with_the_png_signature_and_an_ihdr_of_the_requested_size()
    {
        var png = PngChartRenderer.Render(ChartSamples.Spike(), 600, 300);
        Assert.Equal(Signature, png[..8]);
        var chunks = Chunks(png);
        Assert.Equal("IHDR", chunks[0].Type);
        Assert.Equal(600, BinaryPrimitives.ReadInt32BigEndian(chunks[0].Data));
        Assert.Equal(300, BinaryPrimitives.ReadInt32BigEndian(chunks[0].Data.AsSpan(4)));
        Assert.Equal(8, chunks[0].Data[8]);
        Assert.Equal(2, chunks[0].Data[9]);
        Assert.Equal("IEND", chunks[^1].Type);
    }

    [Fact]
    public void Every_chunk_has_a_valid_crc()
    {
        foreach (var chunk in Chunks(PngChartRenderer.Render(ChartSamples.Spike())))
        {
            Assert.Equal(chunk.Crc, Crc32([.. Encoding.ASCII.GetBytes(chunk.Type), .. chunk.Data]));
        }
    }

    [Fact]
    public void The_crc_matches_the_png_specification_check_value() =>
        Assert.Equal(0xCBF43926u, PngEncoder.Crc32("123456789"u8));

    [Fact]
    public void Decoded_pixels_show_the_line_where_it_must_be_and_white_elsewhere()
    {
        const int Width = 400, Height = 300;
        var chart = ChartSamples.Diagonal();
        var pixels = Decode(PngChartRenderer.Render(chart, Width, Height), Width, Height);
        var frame = ChartFrame.For(chart, Width, Height);
        var (x, y) = ((int)frame.PixelX(5), (int)frame.PixelY(5));

        var around = from dx in new[] { -1, 0, 1 } from dy in new[] { -1, 0, 1 } select pixels[x + dx, y + dy];
        Assert.Contains(ChartPalette.Series[0], around);
        Assert.Equal((byte.MaxValue, byte.MaxValue, byte.MaxValue), pixels[(int)frame.PixelX(7.3), (int)frame.PixelY(2.7)]);
    }

    [Fact]
    public void A_full_size_chart_stays_under_100_kb()
    {
        var png = PngChartRenderer.Render(ChartSamples.Spike(), PngChartRenderer.MaximumWidthPx, PngChartRenderer.MaximumHeightPx);
        Assert.True(png.Length < 100_000, $"{png.Length} bytes");
    }

    [Theory]
    [InlineData(801, 400)]
    [InlineData(640, 501)]
    [InlineData(100, 400)]
    public void Sizes_past_the_limits_are_rejected(int width, int height) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PngChartRenderer.Render(ChartSamples.Spike(), width, height));

    [Fact]
    public void Text_is_drawn_in_ink()
    {
        var canvas = new RgbCanvas(20, 10, (255, 255, 255));
        canvas.DrawText(1, 1, "1", (0, 0, 0));
        Assert.Equal(((byte)0, (byte)0, (byte)0), canvas[3, 1]);
        Assert.Equal(((byte)255, (byte)255, (byte)255), canvas[1, 1]);
    }

    private static List<(string Type, byte[] Data, uint Crc)> Chunks(byte[] png)
    {
        var chunks = new List<(string, byte[], uint)>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length).ToArray();
            chunks.Add((type, data, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length))));
            at += 12 + length;
        }

        return chunks;
    }

    // Inflates the IDAT and undoes the per-row filters (the test handles None, Sub and Up so it does not lean on the encoder's choice).
    private static (byte R, byte G, byte B)[,] Decode(byte[] png, int width, int height)
    {
        var idat = Chunks(png).Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray();
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(idat), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * 3;
        Assert.Equal((stride + 1) * height, raw.Length);
        var rows = new byte[height][];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var row = raw.AsSpan((y * (stride + 1)) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                row[i] += filter switch
                {
                    0 => 0,
                    1 => i >= 3 ? row[i - 3] : (byte)0,
                    2 => y > 0 ? rows[y - 1][i] : (byte)0,
                    _ => throw new InvalidDataException($"Filter {filter} not expected."),
                };
            }

            rows[y] = row;
        }

        var pixels = new (byte, byte, byte)[width, height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[x, y] = (rows[y][x * 3], rows[y][(x * 3) + 1], rows[y][(x * 3) + 2]);
            }
        }

        return pixels;
    }

    private static uint Crc32(byte[] bytes)
    {
        // Bitwise, independent of the encoder's table.
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
