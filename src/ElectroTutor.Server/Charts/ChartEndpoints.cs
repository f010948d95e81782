using ElectroTutor.Tutoring.Charts;

namespace ElectroTutor.Server.Charts;

/// <summary>Serves the charts kept by <see cref="ChartImageStore"/>.</summary>
internal static class ChartEndpoints
{
    public static void MapCharts(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/charts/{id}.png", (string id, ChartImageStore store, HttpResponse response) =>
        {
            if (!store.TryGet(id, out var png))
            {
                return Results.NotFound();
            }

            response.Headers.CacheControl = "private, max-age=86400";
            return Results.Bytes(png, PngChartRenderer.ContentType);
        });
}
