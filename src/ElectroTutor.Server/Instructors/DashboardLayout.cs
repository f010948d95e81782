namespace ElectroTutor.Server.Instructors;

/// <summary>
/// The frame every dashboard page shares: language, title, the style sheet, a skip link, the signed-in instructor
/// with a sign-out form, breadcrumbs and the <c>main</c> landmark the skip link jumps to. No script anywhere.
/// </summary>
internal static class DashboardLayout
{
    /// <summary>A whole page around <paramref name="body"/>.</summary>
    /// <param name="title">The page's heading and title (encoded).</param>
    /// <param name="session">The signed-in instructor and the token for the sign-out form; null on the sign-in page.</param>
    /// <param name="breadcrumbs">Links above the heading, outermost first (text encoded).</param>
    /// <param name="body">The page's content.</param>
    public static string Render(string title, DashboardSession? session, IReadOnlyList<(string Href, string Text)> breadcrumbs, HtmlWriter body)
    {
        var html = new HtmlWriter().Doctype()
            .Open("html", ("lang", "en"))
            .Open("head")
            .Empty("meta", ("charset", "utf-8"))
            .Empty("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .Element("title", $"{title} · ElectroTutor instructor")
            .Empty("link", ("rel", "icon"), ("href", "/favicon.svg"), ("type", "image/svg+xml"))
            .Empty("link", ("rel", "stylesheet"), ("href", InstructorRoutes.StyleSheet))
            .Close("head")
            .Open("body")
            .Link("#main", "Skip to main content", ("class", "skip"))
            .Open("header", ("class", "site"))
            .Element("p", "ElectroTutor · Instructor dashboard", ("class", "brand"));
        if (session is not null)
        {
            html.Open("form", ("method", "post"), ("action", InstructorRoutes.Logout), ("class", "signout"))
                .Empty("input", ("type", "hidden"), ("name", InstructorAuthentication.AntiforgeryField), ("value", session.AntiforgeryToken))
                .Text("Signed in as ").Element("strong", session.LoginName).Text(" ")
                .Element("button", "Sign out", ("type", "submit"))
                .Close("form");
        }

        html.Close("header");
        if (breadcrumbs.Count > 0)
        {
            html.Open("nav", ("aria-label", "Breadcrumb"), ("class", "crumbs")).Open("ol");
            foreach (var (href, text) in breadcrumbs)
            {
                html.Open("li").Link(href, text).Close("li");
            }

            html.Close("ol").Close("nav");
        }

        return html.Open("main", ("id", "main"), ("tabindex", "-1"))
            .Element("h1", title)
            .Raw(body)
            .Close("main")
            .Close("body")
            .Close("html")
            .ToString();
    }
}
