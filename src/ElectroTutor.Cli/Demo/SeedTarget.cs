using ElectroTutor.Data;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Cli.Demo;

/// <summary>Where <c>demo seed</c> writes: a check that the database file can be written, and the instructor and class, found or created.</summary>
internal static class SeedTarget
{
    /// <summary>The class to fill, its instructor's login, and the instructor's API token when the instructor was created now.</summary>
    public sealed record Classroom(ClassRecord Class, string InstructorLogin, string? NewApiToken);

    /// <summary>Why a SQLite file cannot be created or written, or null (always null for PostgreSQL, which is asked on use).</summary>
    public static string? Unwritable(TutorDatabase database)
    {
        if (database.FilePath is not { } path)
        {
            return null;
        }

        try
        {
            if (Path.GetDirectoryName(path) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            if (File.Exists(path))
            {
                using var existing = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
                return null;
            }

            // A probe next to the database, removed at once: a new file is created only once the arguments are all good.
            var probe = Path.Combine(Path.GetDirectoryName(path) ?? ".", $".electrotutor-probe-{Guid.NewGuid():N}");
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
                return null;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return $"cannot write the database {path}: {exception.Message}";
        }
    }

    /// <summary>The instructor (created with an API token if missing) and their class of that name (created if missing).</summary>
    public static async Task<Classroom> ClassAsync(TutorDatabase database, DemoSeedSettings settings, CancellationToken cancellationToken)
    {
        var instructors = new InstructorStore(database, TimeProvider.System);
        string? token = null;
        if (await instructors.FindAsync(settings.InstructorLogin, cancellationToken).ConfigureAwait(false) is not { } instructor)
        {
            // A concurrent run may create the same instructor first; then it is theirs and ours alike.
            var created = await instructors.CreateAsync(settings.InstructorLogin, password: null, withApiToken: true, cancellationToken).ConfigureAwait(false);
            token = created?.ApiToken;
            instructor = created?.Instructor ?? await instructors.FindAsync(settings.InstructorLogin, cancellationToken).ConfigureAwait(false)
                ?? throw new TutorDatabaseException($"The instructor {settings.InstructorLogin} could not be created in {database.Location}.");
        }

        var classes = await instructors.ListClassesAsync(instructor.Id, cancellationToken).ConfigureAwait(false);
        var existing = classes.Select(c => c.Class).Where(c => string.Equals(c.Name, settings.ClassName, StringComparison.OrdinalIgnoreCase)).MinBy(c => c.Id);
        var classroom = existing ?? await instructors.CreateClassAsync(instructor.Id, settings.ClassName, cancellationToken).ConfigureAwait(false);
        return new Classroom(classroom, instructor.LoginName, token);
    }
}
