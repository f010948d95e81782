using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ElectroTutor.Server.Tests.WebChat;

public sealed class WebChatBrowserTests(ITestOutputHelper output)
{
    private static readonly float TimeoutMs = 60_000;

    [ChromiumFact]
    public async Task A_learner_chats_through_a_question_in_Web_Chat_and_sees_the_feedback()
    {
        await using var server = await RunningTutorServer.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 700 } });
        page.SetDefaultTimeout(TimeoutMs);
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") consoleErrors.Add(message.Text);
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) consoleErrors.Add($"{response.Status} {response.Url}");
        };

        await page.GotoAsync(server.Address.ToString());
        Assert.StartsWith("ElectroTutor", await page.TitleAsync(), StringComparison.Ordinal);
        await TranscriptText(page, "What should I call you", exact: false).WaitForAsync();

        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("Ada");
        await input.PressAsync("Enter");
        await TranscriptText(page, "Nice to meet you, Ada!", exact: false).WaitForAsync();

        // A question arrives as an Adaptive Card; the learner types the right answer and sees the feedback card.
        await input.FillAsync("start");
        await input.PressAsync("Enter");
        await page.Locator(".ac-adaptiveCard").First.WaitForAsync();
        var learnerId = await page.EvaluateAsync<string>("() => localStorage.getItem('electrotutor.userId')");
        await input.FillAsync(await OpenQuestion.RightAnswerAsync(server.DatabaseFile, learnerId));
        await input.PressAsync("Enter");
        await page.GetByText("Mastery of", new PageGetByTextOptions { Exact = false }).First.WaitForAsync();

        var userId = await page.EvaluateAsync<string>("() => localStorage.getItem('electrotutor.userId')");
        Assert.Matches("^dl_[0-9a-f]{32}$", userId);
        Assert.Equal(0, await page.Locator("[title='Upload file']").CountAsync());
        Assert.Empty(consoleErrors);

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots", "webchat-question.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine("screenshot: " + screenshot);
        Assert.True(new FileInfo(screenshot).Length > 0);
    }

    /// <summary>A message bubble's text in Web Chat's transcript (not its screen-reader copy).</summary>
    private static ILocator TranscriptText(IPage page, string text, bool exact = true) =>
        page.Locator(".webchat__text-content").GetByText(text, new LocatorGetByTextOptions { Exact = exact });
}
