using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ElectroTutor.Server.Tests.Instructors;

public sealed class ReportApiEndpointsTests(SeededServer fixture) : IClassFixture<SeededServer>
{
    private DashboardClass Seed => fixture.Seed;

    [Fact]
    public async Task Without_a_token_the_api_answers_401_with_a_bearer_challenge()
    {
        using var response = await fixture.Server.Client.GetAsync($"/api/classes/{Seed.PhysiologyCode}/report");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("Authorization: Bearer", await Error(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_token_is_refused_as_invalid()
    {
        using var response = await Get($"/api/classes/{Seed.PhysiologyCode}/report", "not-a-real-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.Single().Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_instructors_class_and_an_unknown_class_are_both_404()
    {
        using var other = await Get($"/api/classes/{Seed.BotanyCode}/report?format=csv", Seed.GraceToken);
        using var unknown = await Get("/api/classes/ZZZZZZ/report?format=csv", Seed.GraceToken);

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.DoesNotContain("Eve", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?format=xml", "format=csv or format=json")]
    [InlineData("?format=csv&table=students", "table=mastery or table=items")]
    [InlineData("?from=2026-13-01", "YYYY-MM-DD")]
    [InlineData("?from=2026-11-20&to=2026-11-01", "'from' must be on or before 'to'")]
    public async Task Bad_formats_and_dates_are_400_with_a_clear_message(string query, string expected)
    {
        using var response = await Get($"/api/classes/{Seed.PhysiologyCode}/report{query}", Seed.GraceToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await Error(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_report_holds_the_class_as_the_database_has_it()
    {
        using var response = await Get($"/api/classes/{Seed.PhysiologyCode.ToLowerInvariant()}/report?format=json", Seed.GraceToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(Seed.PhysiologyCode, root.GetProperty("joinCode").GetString());
        var students = root.GetProperty("students").EnumerateArray().ToList();
        Assert.Equal([DashboardClass.ScriptName, "Ada", "Bob"], students.Select(s => s.GetProperty("displayName").GetString()));
        Assert.Equal([2, 3, 2], students.Select(s => s.GetProperty("attempts").GetInt32()));
        Assert.Equal(0.97, students[1].GetProperty("masteryBySkill").GetProperty(Seed.SkillOne).GetDouble(), 9);
    }

    [Fact]
    public async Task The_csv_is_an_attachment_whose_formula_answers_are_neutralised_and_numbers_stay_numbers()
    {
        using var response = await Get($"/api/classes/{Seed.PhysiologyCode}/report?format=csv&table=items", Seed.GraceToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{Seed.PhysiologyCode.ToLowerInvariant()}-items.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var rows = CsvTable.Read(await response.Content.ReadAsStringAsync());
        var one = rows.Single(r => r["template_id"] == Seed.TemplateOne);
        var wrong = new[] { one["wrong_answer_1"], one["wrong_answer_2"], one["wrong_answer_3"] };
        Assert.Contains("'" + DashboardClass.FormulaAnswer, wrong);
        Assert.DoesNotContain(DashboardClass.FormulaAnswer, wrong);
        Assert.Equal("6", one["attempts"]);
        Assert.Equal("3", one["learners"]);
        Assert.Equal(1.0 / 3, double.Parse(one["facility"], CultureInfo.InvariantCulture), 3);
    }

    [Fact]
    public async Task The_mastery_csv_has_a_row_per_student_and_skill_and_a_date_range_limits_attempts()
    {
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var all = await Get($"/api/classes/{Seed.PhysiologyCode}/report?format=csv", Seed.GraceToken);
        using var future = await Get($"/api/classes/{Seed.PhysiologyCode}/report?format=csv&from={tomorrow}", Seed.GraceToken);

        var rows = CsvTable.Read(await all.Content.ReadAsStringAsync());
        var ada = rows.Single(r => r["student"] == "Ada" && r["skill_id"] == Seed.SkillOne);
        Assert.Equal("0.97", ada["mastery"]);
        Assert.Equal("3", ada["student_attempts"]);
        Assert.DoesNotContain(rows, r => r["student"] == "Eve");
        Assert.All(CsvTable.Read(await future.Content.ReadAsStringAsync()), r => Assert.Equal("0", r["student_attempts"]));
    }

    [Fact]
    public async Task A_rejected_token_is_logged_without_the_token()
    {
        using var log = new CapturedLog();
        fixture.Server.Services.GetRequiredService<ILoggerFactory>().AddProvider(log);

        using var response = await Get($"/api/classes/{Seed.PhysiologyCode}/report", "token-that-must-not-be-logged");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(log.Messages, m => m.Contains("had no valid token", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Messages, m => m.Contains("token-that-must-not-be-logged", StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> Get(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await fixture.Server.Client.SendAsync(request);
    }

    private static async Task<string> Error(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetString()!;
    }
}
