using ElectroTutor.BotFramework.Schema;
using ElectroTutor.Tutoring.Charts;

namespace ElectroTutor.Server.Cards;

/// <summary>A simulation chart as an inline PNG image attachment (a data URI, which Web Chat shows directly).</summary>
internal static class ChartImage
{
    public static Attachment Attachment(LineChart chart) => new()
    {
        ContentType = PngChartRenderer.ContentType,
        ContentUrl = "data:image/png;base64," + Convert.ToBase64String(PngChartRenderer.Render(chart)),
        Name = chart.Title + ".png",
    };
}
