namespace ElectroTutor.Server.Instructors;

/// <summary>The sign-in form: login and password, the anti-forgery token, and where to go afterwards.</summary>
internal static class LoginPage
{
    /// <summary>The page; <paramref name="error"/> (shown above the form) is the same for every kind of failure.</summary>
    public static string Render(string antiforgeryToken, string? error, string? returnUrl, string? loginName)
    {
        var body = new HtmlWriter();
        if (error is not null)
        {
            body.Element("p", error, ("class", "error"), ("role", "alert"));
        }

        body.Open("form", ("method", "post"), ("action", InstructorRoutes.Login), ("class", "login"))
            .Empty("input", ("type", "hidden"), ("name", InstructorAuthentication.AntiforgeryField), ("value", antiforgeryToken))
            .Empty("input", ("type", "hidden"), ("name", "returnUrl"), ("value", returnUrl))
            .Open("label", ("for", "login")).Text("Login").Close("label")
            .Empty("input", ("id", "login"), ("name", "login"), ("type", "text"), ("autocomplete", "username"), ("required", "required"), ("value", loginName), ("autocapitalize", "none"), ("spellcheck", "false"))
            .Open("label", ("for", "password")).Text("Password").Close("label")
            .Empty("input", ("id", "password"), ("name", "password"), ("type", "password"), ("autocomplete", "current-password"), ("required", "required"))
            .Element("button", "Sign in", ("type", "submit"))
            .Close("form")
            .Element("p", "Instructors are added with the command line: electrotutor instructor add LOGIN --password-stdin.", ("class", "note"));
        return DashboardLayout.Render("Sign in", session: null, [], body);
    }
}
