using ElectroTutor.Data.Reports;
using Microsoft.AspNetCore.Antiforgery;

namespace ElectroTutor.Server.Instructors;

/// <summary>
/// The signed-in dashboard's pages under <c>/instructor</c>. Every class page first checks that the class belongs to the
/// signed-in instructor; anything else is a 404 exactly like a class that does not exist.
/// </summary>
internal static class DashboardEndpoints
{
    /// <summary>The message for a class that is not the instructor's.</summary>
    public const string NoSuchClass = "None of your classes has that join code.";

    /// <summary>The message for a learner who is not in the class.</summary>
    public const string NoSuchStudent = "This class has no such student.";

    /// <summary>The message for a skill the class's report does not have.</summary>
    public const string NoSuchSkill = "The report of this class has no such skill.";

    /// <summary>Maps the pages onto <paramref name="pages"/>, a group that requires a signed-in instructor.</summary>
    public static void MapDashboardPages(this RouteGroupBuilder pages)
    {
        pages.MapGet("", ClassListAsync);
        pages.MapGet("/classes/{code}", OverviewAsync);
        pages.MapGet("/classes/{code}/students/{learnerId:long}", StudentAsync);
        pages.MapGet("/classes/{code}/skills/{skillId}", SkillAsync);
        pages.MapGet("/classes/{code}/items", ItemsAsync);
        pages.MapGet("/classes/{code}/export", ExportAsync);
    }

    /// <summary>The signed-in instructor and a fresh anti-forgery token for the page's sign-out form.</summary>
    public static DashboardSession Session(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = InstructorAuthentication.InstructorId(context.User) ?? throw new InvalidOperationException("The dashboard's pages require a signed-in instructor.");
        var token = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken!;
        return new DashboardSession(id, context.User.Identity?.Name ?? string.Empty, token);
    }

    private static async Task<IResult> ClassListAsync(HttpContext context, DashboardData data)
    {
        var session = Session(context);
        return DashboardResults.Page(ClassListPage.Render(session, await data.ClassesAsync(session.InstructorId, context.RequestAborted)));
    }

    private static async Task<IResult> OverviewAsync(HttpContext context, string code, string? from, string? to, string? sort, DashboardData data)
    {
        var session = Session(context);
        if (await data.OwnedClassAsync(session.InstructorId, code, context.RequestAborted) is not { } owned)
        {
            return DashboardResults.NotFound(session, NoSuchClass);
        }

        if (DashboardPeriod.Parse(from, to, out var problem) is not { } period)
        {
            return DashboardResults.BadRequest(session, problem!);
        }

        var report = await data.ReportAsync(owned, period, ClassReportScope.Progress, context.RequestAborted);
        if (HeatmapSort.Parse(sort, report.Skills, out var sortProblem) is not { } order)
        {
            return DashboardResults.BadRequest(session, sortProblem!);
        }

        return DashboardResults.Page(ClassOverviewPage.Render(session, report, period, order));
    }

    private static async Task<IResult> StudentAsync(HttpContext context, string code, long learnerId, string? from, string? to, DashboardData data)
    {
        var session = Session(context);
        if (await data.OwnedClassAsync(session.InstructorId, code, context.RequestAborted) is not { } owned)
        {
            return DashboardResults.NotFound(session, NoSuchClass);
        }

        if (DashboardPeriod.Parse(from, to, out var problem) is not { } period)
        {
            return DashboardResults.BadRequest(session, problem!);
        }

        var student = await data.StudentAsync(owned, learnerId, context.RequestAborted);
        var report = student is null ? null : await data.ReportAsync(owned, period, ClassReportScope.Progress, context.RequestAborted);
        if (student is null || report?.Students.FirstOrDefault(s => s.LearnerId == learnerId) is not { } progress)
        {
            return DashboardResults.NotFound(session, NoSuchStudent);
        }

        return DashboardResults.Page(StudentPage.Render(session, report, progress, student, data.MasteryOverTime(student), period, data.Bank));
    }

    private static async Task<IResult> SkillAsync(HttpContext context, string code, string skillId, string? from, string? to, DashboardData data)
    {
        var session = Session(context);
        if (await data.OwnedClassAsync(session.InstructorId, code, context.RequestAborted) is not { } owned)
        {
            return DashboardResults.NotFound(session, NoSuchClass);
        }

        if (DashboardPeriod.Parse(from, to, out var problem) is not { } period)
        {
            return DashboardResults.BadRequest(session, problem!);
        }

        var report = await data.ReportAsync(owned, period, ClassReportScope.Progress, context.RequestAborted);
        if (report.Skills.FirstOrDefault(s => s.SkillId == skillId) is not { } skill)
        {
            return DashboardResults.NotFound(session, NoSuchSkill);
        }

        var misconceptions = await data.SkillMisconceptionsAsync(owned, skillId, period, context.RequestAborted);
        return DashboardResults.Page(SkillPage.Render(session, report, skill, misconceptions, data.TemplatesOf(skillId), period));
    }

    private static async Task<IResult> ItemsAsync(HttpContext context, string code, string? from, string? to, DashboardData data)
    {
        var session = Session(context);
        if (await data.OwnedClassAsync(session.InstructorId, code, context.RequestAborted) is not { } owned)
        {
            return DashboardResults.NotFound(session, NoSuchClass);
        }

        if (DashboardPeriod.Parse(from, to, out var problem) is not { } period)
        {
            return DashboardResults.BadRequest(session, problem!);
        }

        return DashboardResults.Page(ItemsPage.Render(session, await data.ReportAsync(owned, period, ClassReportScope.ItemAnalysis, context.RequestAborted), period, data.Bank));
    }

    private static async Task<IResult> ExportAsync(HttpContext context, string code, string? format, string? table, string? from, string? to, DashboardData data)
    {
        var session = Session(context);
        if (await data.OwnedClassAsync(session.InstructorId, code, context.RequestAborted) is not { } owned)
        {
            return DashboardResults.NotFound(session, NoSuchClass);
        }

        if (ReportExport.Parse(format, table, out var formatProblem) is not { } export)
        {
            return DashboardResults.BadRequest(session, formatProblem!);
        }

        if (DashboardPeriod.Parse(from, to, out var periodProblem) is not { } period)
        {
            return DashboardResults.BadRequest(session, periodProblem!);
        }

        return export.Result(await data.ReportAsync(owned, period, export.Scope, context.RequestAborted));
    }
}
