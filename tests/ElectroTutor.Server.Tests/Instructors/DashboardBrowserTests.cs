using System.Globalization;
using ElectroTutor.Server.Tests.WebChat;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ElectroTutor.Server.Tests.Instructors;

public sealed class DashboardBrowserTests(SeededServer fixture, ITestOutputHelper output) : IClassFixture<SeededServer>
{
    private const float TimeoutMs = 60_000;

    private DashboardClass Seed => fixture.Seed;

    [ChromiumFact]
    public async Task An_instructor_signs_in_and_walks_through_every_view_of_a_class()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 800 } });
        page.SetDefaultTimeout(TimeoutMs);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") problems.Add(message.Text);
        };
        page.Dialog += (_, dialog) => problems.Add("a dialog opened: " + dialog.Message);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) problems.Add($"{response.Status} {response.Url}");
        };

        await SignInAndListClassesAsync(page);
        await OverviewAsync(page);
        await StudentAsync(page);
        await SkillAsync(page);
        await ItemsAsync(page);

        // The student whose name is a script tag sees it shown as text, and signing out returns to the sign-in page.
        await page.GotoAsync(new Uri(fixture.Server.Address, $"/instructor/classes/{Seed.PhysiologyCode}/students/{Seed.Scripted}").ToString());
        Assert.Equal(DashboardClass.ScriptName, await page.Locator("h1").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/instructor/login", StringComparison.Ordinal));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private const string InClass = "JOIN enrollments e ON e.learner_id = a.learner_id JOIN classes c ON c.id = e.class_id WHERE c.join_code = @code";

    /// <summary>Signing in through the form lands on the class list, with the style sheet applied.</summary>
    private async Task SignInAndListClassesAsync(IPage page)
    {
        await page.GotoAsync(new Uri(fixture.Server.Address, "/instructor").ToString());
        Assert.Contains("/instructor/login", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Login").FillAsync("grace");
        await page.GetByLabel("Password").FillAsync(Seed.GracePassword);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/instructor", StringComparison.Ordinal));
        var classRow = page.Locator("table.classes tbody tr", new PageLocatorOptions { HasText = "Physiology 101" });
        Assert.Equal(Count("SELECT COUNT(*) FROM enrollments e JOIN classes c ON c.id = e.class_id WHERE c.join_code = @code"), await Number(classRow.Locator("td.number")));
        Assert.Equal(0, await page.GetByText("Botany").CountAsync());
        Assert.Equal("-10000px", await page.Locator("a.skip").EvaluateAsync<string>("e => getComputedStyle(e).left"));
        await Screenshot(page, "dashboard-classes");
        await classRow.GetByRole(AriaRole.Link).ClickAsync();
    }

    /// <summary>The overview's numbers are the database's.</summary>
    private async Task OverviewAsync(IPage page)
    {
        await page.Locator("svg.heatmap").WaitForAsync();
        Assert.Equal(Count("SELECT COUNT(*) FROM enrollments e JOIN classes c ON c.id = e.class_id WHERE c.join_code = @code"), await Number(page.Locator("#student-count")));
        Assert.Equal(Count($"SELECT COUNT(*) FROM attempts a {InClass}"), await Number(page.Locator("#attempt-count")));
        Assert.Equal(Count($"SELECT COUNT(*) FROM attempts a {InClass} AND a.verdict IN ('Correct', 'CorrectWithNote')"), await Number(page.Locator("#correct-count")));
        Assert.Equal(1, await page.Locator("svg.heatmap text", new PageLocatorOptions { HasText = "<script>alert(1)" }).CountAsync());
        await Screenshot(page, "dashboard-overview");
    }

    /// <summary>A student, reached from the recent-activity table.</summary>
    private async Task StudentAsync(IPage page)
    {
        await page.Locator("table.recent a", new PageLocatorOptions { HasText = "Ada" }).ClickAsync();
        await page.Locator("svg.line-chart").WaitForAsync();
        Assert.Equal("Ada", await page.Locator("h1").InnerTextAsync());
        var attempts = Count($"SELECT COUNT(*) FROM attempts WHERE learner_id = {Seed.Ada}");
        Assert.Equal(attempts, await Number(page.Locator("#student-attempts")));
        Assert.Equal(attempts, await page.Locator("table.history tbody tr").CountAsync());
        await Screenshot(page, "dashboard-student");
    }

    /// <summary>A skill, reached from the student's mastery table.</summary>
    private async Task SkillAsync(IPage page)
    {
        await page.Locator("table.student-mastery a").First.ClickAsync();
        await page.Locator("svg.histogram").WaitForAsync();
        Assert.Equal(
            Count($"SELECT COUNT(*) FROM skill_states a {InClass} AND a.skill_id = '{Seed.SkillOne}'"),
            await Number(page.Locator("#skill-started")));
        Assert.Equal(DashboardClass.HtmlAnswer, await page.Locator("table.misconceptions code.answer").First.InnerTextAsync());
        await Screenshot(page, "dashboard-skill");
    }

    /// <summary>Item analysis, reached from the overview.</summary>
    private async Task ItemsAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Physiology 101" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Item analysis" }).ClickAsync();
        var itemRow = page.Locator($"#item-{Seed.TemplateOne}");
        await itemRow.WaitForAsync();
        Assert.Equal(Count($"SELECT COUNT(*) FROM attempts a {InClass} AND a.template_id = '{Seed.TemplateOne}'"), await Number(itemRow.Locator("td.number").First));
        Assert.Equal(1, await itemRow.Locator("code.answer", new LocatorLocatorOptions { HasText = DashboardClass.FormulaAnswer }).CountAsync());
        await Screenshot(page, "dashboard-items");
    }

    /// <summary>A count straight from the server's SQLite file, independent of the report code.</summary>
    private int Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={fixture.Server.DatabaseFile};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@code", Seed.PhysiologyCode);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static async Task<int> Number(ILocator locator) => int.Parse((await locator.InnerTextAsync()).Trim(), CultureInfo.InvariantCulture);

    private async Task Screenshot(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine("screenshot: " + path);
        Assert.True(new FileInfo(path).Length > 0);
    }
}
