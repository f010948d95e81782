using System.Net;
using ElectroTutor.Server.Instructors;

namespace ElectroTutor.Server.Tests.Instructors;

public sealed class DashboardEndpointsTests(SeededServer fixture) : IClassFixture<SeededServer>
{
    private const string EncodedScriptName = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private DashboardClass Seed => fixture.Seed;

    [Fact]
    public async Task The_class_list_shows_only_the_instructors_own_classes_with_code_and_student_count()
    {
        using var grace = await SignedIn("grace");

        var (status, html) = await grace.GetAsync("/instructor");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Physiology 101", html, StringComparison.Ordinal);
        Assert.Contains($"<code>{Seed.PhysiologyCode}</code>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">3</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Botany", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Seed.BotanyCode, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_shows_the_numbers_the_database_holds()
    {
        using var grace = await SignedIn("grace");

        using var response = await grace.Http.GetAsync($"/instructor/classes/{Seed.PhysiologyCode}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DashboardResults.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("<dd id=\"student-count\">3</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"attempt-count\">7</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"correct-count\">4</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"due-count\">1</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart heatmap\"", html, StringComparison.Ordinal);
        Assert.Contains(">97</text>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">97%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>", html, StringComparison.Ordinal);
        Assert.Contains("scope=\"col\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Eve", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Student_typed_names_are_encoded_everywhere_on_the_overview()
    {
        using var grace = await SignedIn("grace");

        var (_, html) = await grace.GetAsync($"/instructor/classes/{Seed.PhysiologyCode}");

        Assert.DoesNotContain(DashboardClass.ScriptName, html, StringComparison.Ordinal);
        Assert.Contains(EncodedScriptName, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_heatmap_sorts_by_a_skills_mastery_on_the_server()
    {
        using var grace = await SignedIn("grace");

        var (byName, nameHtml) = await grace.GetAsync($"/instructor/classes/{Seed.PhysiologyCode}");
        var (bySkill, skillHtml) = await grace.GetAsync($"/instructor/classes/{Seed.PhysiologyCode}?sort=skill:{Seed.SkillOne}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (byName, bySkill));
        Assert.Equal([EncodedScriptName, "Ada", "Bob"], TableOrder(nameHtml));
        Assert.Equal([EncodedScriptName, "Bob", "Ada"], TableOrder(skillHtml));
        Assert.Contains($"?sort=skill%3A{Seed.SkillOne}", nameHtml.Replace("&amp;", "&", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?sort=shoe-size", "Unknown sort order")]
    [InlineData("?from=yesterday", "YYYY-MM-DD")]
    [InlineData("?from=2026-11-02&to=2026-11-01", "on or before")]
    public async Task Bad_query_values_give_a_400_page_that_says_why(string query, string expected)
    {
        using var grace = await SignedIn("grace");

        var (status, html) = await grace.GetAsync($"/instructor/classes/{Seed.PhysiologyCode}{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_range_limits_the_attempts_counted()
    {
        using var grace = await SignedIn("grace");

        var (_, html) = await grace.GetAsync($"/instructor/classes/{Seed.PhysiologyCode}?from=2000-01-01&to=2000-01-31");

        Assert.Contains("<dd id=\"attempt-count\">0</dd>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2000-01-01\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/export?format=csv")]
    [InlineData("/export?format=json")]
    [InlineData("/items")]
    [InlineData("/students/{eve}")]
    [InlineData("/skills/{skill}")]
    public async Task Another_instructors_class_is_not_found(string suffix)
    {
        using var grace = await SignedIn("grace");
        var path = suffix.Replace("{eve}", Seed.Eve.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{skill}", Seed.SkillOne, StringComparison.Ordinal);

        var (status, html) = await grace.GetAsync($"/instructor/classes/{Seed.BotanyCode}{path}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains(DashboardEndpoints.NoSuchClass, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Eve", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Botany", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_instructor_downloads_the_csv_of_their_class()
    {
        using var grace = await SignedIn("grace");

        using var response = await grace.Http.GetAsync($"/instructor/classes/{Seed.PhysiologyCode}/export?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var rows = CsvTable.Read(await response.Content.ReadAsStringAsync());
        Assert.Equal(3 * RealBankSkillCount(), rows.Count);
        Assert.Contains(rows, r => r["student"] == DashboardClass.ScriptName && r["skill_id"] == Seed.SkillOne && r["mastery"] == "0.2");
    }

    [Fact]
    public async Task A_student_page_shows_the_stored_numbers_the_replayed_chart_and_the_history()
    {
        using var grace = await SignedIn("grace");

        var (status, html) = await grace.GetAsync($"/instructor/classes/{Seed.PhysiologyCode}/students/{Seed.Ada}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Ada</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"student-attempts\">3</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"student-correct\">3</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">97%</td>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"chart line-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("<polyline", html, StringComparison.Ordinal);
        Assert.Contains("3 attempt(s), latest first", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"answer\">-70 mV</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_page_encodes_the_students_name_and_answers()
    {
        using var grace = await SignedIn("grace");

        var (status, html) = await grace.GetAsync($"/instructor/classes/{Seed.PhysiologyCode}/students/{Seed.Scripted}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<h1>{EncodedScriptName}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DashboardClass.HtmlAnswer, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Cards.RealBank.Bank.Misconceptions[Seed.MisconceptionId].Name, html.Replace("&#x27;", "'", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eve")]
    [InlineData("unknown")]
    public async Task A_learner_outside_the_class_is_not_found(string who)
    {
        using var grace = await SignedIn("grace");
        var id = who == "eve" ? Seed.Eve : 987654321;

        var (status, html) = await grace.GetAsync($"/instructor/classes/{Seed.PhysiologyCode}/students/{id}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains(DashboardEndpoints.NoSuchStudent, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Eve", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_skill_page_shows_the_distribution_and_the_misconceptions_with_encoded_examples()
    {
        using var grace = await SignedIn("grace");

        var (status, html) = await grace.GetAsync($"/instructor/classes/{Seed.PhysiologyCode}/skills/{Seed.SkillOne}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<dd id=\"skill-started\">3</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"skill-mastered\">1</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"skill-mean\">57%</dd>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"chart histogram\"", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">90–100</th><td class=\"number\">1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"answer\">&lt;img src=x onerror=alert(1)&gt;</code>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DashboardClass.HtmlAnswer, html, StringComparison.Ordinal);
        Assert.Contains($"<code>{Seed.TemplateOne}</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_skill_is_not_found()
    {
        using var grace = await SignedIn("grace");

        var (status, html) = await grace.GetAsync($"/instructor/classes/{Seed.PhysiologyCode}/skills/no-such-skill");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains(DashboardEndpoints.NoSuchSkill, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_items_page_shows_each_templates_analysis_with_wrong_answers_as_text()
    {
        using var grace = await SignedIn("grace");

        var (status, html) = await grace.GetAsync($"/instructor/classes/{Seed.PhysiologyCode}/items");

        Assert.Equal(HttpStatusCode.OK, status);
        var row = html[html.IndexOf($"id=\"item-{Seed.TemplateOne}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("<td class=\"number\">6</td><td class=\"number\">3</td><td class=\"number\">33%</td>", row, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", row, StringComparison.Ordinal);
        Assert.Contains("=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)", row, StringComparison.Ordinal);
        Assert.Contains("<td>none</td>", row, StringComparison.Ordinal);
    }

    private static int RealBankSkillCount() => Cards.RealBank.Bank.Skills.Skills.Count;

    /// <summary>The student names in the order of the heatmap's table.</summary>
    private static List<string> TableOrder(string html)
    {
        var table = html[html.IndexOf("class=\"heatmap-table\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        return [.. System.Text.RegularExpressions.Regex.Matches(table, "<th scope=\"row\"><a href=\"[^\"]*\">(?<name>[^<]*)</a>", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Groups["name"].Value)];
    }

    private async Task<DashboardClient> SignedIn(string login)
    {
        var client = fixture.NewClient();
        await client.SignedInAsync(login, login == "grace" ? Seed.GracePassword : Seed.HopperPassword);
        return client;
    }
}
