namespace ElectroTutor.Server.Instructors;

/// <summary>The GET form that sets a page's date range; it works without script and keeps the page's sort order.</summary>
internal static class PeriodForm
{
    /// <summary>Writes the form posting back to <paramref name="action"/>.</summary>
    public static HtmlWriter Write(HtmlWriter html, string action, DashboardPeriod period, string? sort = null)
    {
        html.Open("form", ("method", "get"), ("action", action), ("class", "period"), ("aria-label", "Date range"));
        if (sort is not null)
        {
            html.Empty("input", ("type", "hidden"), ("name", "sort"), ("value", sort));
        }

        html.Open("label").Text("From (UTC day)").Empty("input", ("type", "date"), ("name", "from"), ("value", period.FromText)).Close("label")
            .Open("label").Text("To (UTC day, included)").Empty("input", ("type", "date"), ("name", "to"), ("value", period.ToText)).Close("label")
            .Element("button", "Apply", ("type", "submit"));
        if (period.IsFiltered)
        {
            html.Link(sort is null ? action : $"{action}?sort={Uri.EscapeDataString(sort)}", "Show all dates");
        }

        html.Close("form");
        html.Element("p", period.IsFiltered
            ? $"Attempts from {(period.From is null ? "the start" : period.FromText)} to {(period.To is null ? "now" : period.ToText)} (UTC). Mastery is each student's current estimate."
            : "All attempts. Mastery is each student's current estimate.", ("class", "note"));
        return html;
    }
}
