using ElectroTutor.Data.Instructors;

namespace ElectroTutor.Server.Instructors;

/// <summary>The dashboard's start: the signed-in instructor's own classes with join code and student count.</summary>
internal static class ClassListPage
{
    /// <summary>The page for <paramref name="classes"/>.</summary>
    public static string Render(DashboardSession session, IReadOnlyList<ClassListing> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        var body = new HtmlWriter();
        if (classes.Count == 0)
        {
            body.Element("p", "You have no classes yet. Create one with: electrotutor class create --instructor LOGIN --name \"NAME\"; students join with its code.");
            return DashboardLayout.Render("Your classes", session, [], body);
        }

        body.Open("table", ("class", "classes"))
            .Element("caption", "Your classes")
            .Open("thead").Open("tr")
            .Element("th", "Class", ("scope", "col"))
            .Element("th", "Join code", ("scope", "col"))
            .Element("th", "Students", ("scope", "col"), ("class", "number"))
            .Element("th", "Created", ("scope", "col"))
            .Close("tr").Close("thead").Open("tbody");
        foreach (var listing in classes)
        {
            body.Open("tr")
                .Open("th", ("scope", "row")).Link(InstructorRoutes.Class(listing.Class.JoinCode), listing.Class.Name).Close("th")
                .Open("td").Element("code", listing.Class.JoinCode).Close("td")
                .Element("td", DashboardFormat.Count(listing.Learners), ("class", "number"))
                .Element("td", DashboardFormat.Time(listing.CreatedAt))
                .Close("tr");
        }

        body.Close("tbody").Close("table");
        return DashboardLayout.Render("Your classes", session, [], body);
    }
}
