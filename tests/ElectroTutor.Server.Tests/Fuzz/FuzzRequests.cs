using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace ElectroTutor.Server.Tests.Fuzz;

/// <summary>Sends fuzz cases and collects every answer that breaks the rule: a 4xx or a 2xx, never a 5xx, and the server stays up.</summary>
internal static class FuzzRequests
{
    /// <summary>
    /// Posts each case to <paramref name="path"/> (with <paramref name="token"/> as bearer, if given) and returns a line for each
    /// case answered with a 5xx or not answered at all, and for each health check that failed (one every 50 cases).
    /// </summary>
    public static async Task<List<string>> PostAllAsync(RunningTutorServer server, string path, IEnumerable<FuzzCase> cases, string? token = null)
    {
        var problems = new List<string>();
        var sent = 0;
        foreach (var fuzz in cases)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(fuzz.Body) };
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(fuzz.ContentType);
            // Large bodies ask before sending, so the server's early 413 is read instead of a reset mid-upload.
            request.Headers.ExpectContinue = fuzz.Body.Length > 64 * 1024;
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            try
            {
                using var response = await server.Client.SendAsync(request);
                if ((int)response.StatusCode >= 500)
                {
                    problems.Add($"{path} {fuzz}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
            catch (HttpRequestException exception)
            {
                problems.Add($"{path} {fuzz}: no answer ({exception.Message})");
            }

            if (++sent % 50 == 0 && !await IsHealthyAsync(server))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: /healthz failed after {sent} cases"));
            }
        }

        if (!await IsHealthyAsync(server))
        {
            problems.Add($"{path}: /healthz failed after the last case");
        }

        return problems;
    }

    private static async Task<bool> IsHealthyAsync(RunningTutorServer server)
    {
        using var health = await server.Client.GetAsync("healthz");
        return health.StatusCode == HttpStatusCode.OK;
    }
}
