using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Entities;
using ElectroTutor.Data.Instructors;
using ElectroTutor.Tutoring.Storage;
using Microsoft.EntityFrameworkCore;

namespace ElectroTutor.Data.Stores;

/// <summary>
/// Instructors, how they prove who they are, and the classes they create. Only hashes of secrets are stored: passwords
/// as PBKDF2-HMAC-SHA256 (<see cref="MinimumPasswordLength"/> characters or more), API tokens as SHA-256. A context
/// per call: safe to share.
/// </summary>
public sealed class InstructorStore
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinimumPasswordLength = 8;

    /// <summary>The longest class name accepted.</summary>
    public const int MaximumClassNameLength = 200;

    // With about 887 million codes, needing even a second try is rare; twenty misses in a row means something else is wrong.
    private const int JoinCodeTries = 20;

    private readonly TutorDatabase _database;
    private readonly TimeProvider _clock;
    private readonly Func<string> _newJoinCode;

    public InstructorStore(TutorDatabase database, TimeProvider clock)
        : this(database, clock, JoinCode.New)
    {
    }

    /// <summary>For tests: <paramref name="newJoinCode"/> replaces the random join codes.</summary>
    internal InstructorStore(TutorDatabase database, TimeProvider clock, Func<string> newJoinCode)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        _database = database;
        _clock = clock;
        _newJoinCode = newJoinCode;
    }

    /// <summary>
    /// Adds an instructor who signs in with <paramref name="password"/> (when given) and/or an API token (when
    /// <paramref name="withApiToken"/>); the token is returned once and only its hash is kept. Returns null, changing
    /// nothing, when the login is taken.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The login breaks <see cref="InstructorLogin.Rule"/>, the password is too short, or neither a password nor a token
    /// was asked for.
    /// </exception>
    public async Task<NewInstructor?> CreateAsync(string loginName, string? password, bool withApiToken, CancellationToken cancellationToken = default)
    {
        var login = InstructorLogin.Normalize(loginName)
            ?? throw new ArgumentException($"The login '{loginName}' is not allowed: use {InstructorLogin.Rule}.", nameof(loginName));
        if (password is null && !withApiToken)
        {
            throw new ArgumentException("An instructor needs a password, an API token or both.", nameof(password));
        }

        if (password is not null && password.Length < MinimumPasswordLength)
        {
            throw new ArgumentException($"The password is too short: use at least {MinimumPasswordLength} characters.", nameof(password));
        }

        if (await FindAsync(login, cancellationToken) is not null)
        {
            return null;
        }

        var token = withApiToken ? ApiToken.Create() : null;
        var row = new Instructor
        {
            LoginName = login,
            PasswordHash = password is null ? null : PasswordHash.Create(password),
            ApiTokenHash = token is null ? null : ApiToken.Hash(token),
            CreatedAt = StoredTime.Of(_clock.GetUtcNow()),
        };
        await using var context = _database.CreateContext();
        context.Instructors.Add(row);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DuplicateKey.Caused(exception))
        {
            // Someone added the same login a moment ago (a token collision is beyond belief at 256 bits).
            return null;
        }

        return new NewInstructor(row.ToRecord(), token);
    }

    /// <summary>The instructor with this login (any case), or null.</summary>
    public async Task<InstructorRecord?> FindAsync(string loginName, CancellationToken cancellationToken = default)
    {
        if (InstructorLogin.Normalize(loginName) is not { } login)
        {
            return null;
        }

        await using var context = _database.CreateContext();
        var row = await context.Instructors.AsNoTracking().SingleOrDefaultAsync(i => i.LoginName == login, cancellationToken);
        return row?.ToRecord();
    }

    /// <summary>
    /// The instructor when <paramref name="password"/> is theirs, else null. An unknown login, an instructor without a
    /// password and a wrong password take the same time and give the same answer, so a caller learns nothing about
    /// which logins exist.
    /// </summary>
    public async Task<InstructorRecord?> VerifyPasswordAsync(string loginName, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(password);
        Instructor? row = null;
        if (InstructorLogin.Normalize(loginName) is { } login)
        {
            await using var context = _database.CreateContext();
            row = await context.Instructors.AsNoTracking().SingleOrDefaultAsync(i => i.LoginName == login, cancellationToken);
        }

        return PasswordHash.Verify(password, row?.PasswordHash) ? row!.ToRecord() : null;
    }

    /// <summary>The instructor whose API token this is, or null.</summary>
    public async Task<InstructorRecord?> VerifyApiTokenAsync(string apiToken, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(apiToken))
        {
            return null;
        }

        var hash = ApiToken.Hash(apiToken);
        await using var context = _database.CreateContext();
        var row = await context.Instructors.AsNoTracking().SingleOrDefaultAsync(i => i.ApiTokenHash == hash, cancellationToken);
        return row is not null && ApiToken.Matches(apiToken, row.ApiTokenHash) ? row.ToRecord() : null;
    }

    /// <summary>Creates a class for the instructor with a new, unique join code.</summary>
    /// <exception cref="ArgumentException">The name is blank or longer than <see cref="MaximumClassNameLength"/>.</exception>
    /// <exception cref="TutorDatabaseException">No free join code was found (practically impossible).</exception>
    public async Task<ClassRecord> CreateClassAsync(long instructorId, string name, CancellationToken cancellationToken = default)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaximumClassNameLength)
        {
            throw new ArgumentException($"A class name needs 1 to {MaximumClassNameLength} characters.", nameof(name));
        }

        var now = StoredTime.Of(_clock.GetUtcNow());
        for (var tries = 0; tries < JoinCodeTries; tries++)
        {
            await using var context = _database.CreateContext();
            var row = new Classroom { Name = trimmed, JoinCode = JoinCode.Normalize(_newJoinCode()), InstructorId = instructorId, CreatedAt = now };
            context.Classes.Add(row);
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return row.ToRecord();
            }
            catch (DbUpdateException exception) when (DuplicateKey.Caused(exception))
            {
                // The code is taken: draw another.
            }
        }

        throw new TutorDatabaseException($"No free join code was found in {JoinCodeTries} tries in {_database.Location}; nothing was changed.");
    }

    /// <summary>The classes of one instructor, or of all when <paramref name="instructorId"/> is null, by name.</summary>
    public async Task<IReadOnlyList<ClassListing>> ListClassesAsync(long? instructorId = null, CancellationToken cancellationToken = default)
    {
        await using var context = _database.CreateContext();
        var classes = context.Classes.AsNoTracking().Where(c => instructorId == null || c.InstructorId == instructorId);
        var rows = await classes
            .Join(context.Instructors, c => c.InstructorId, i => i.Id, (c, i) => new
            {
                Class = c,
                i.LoginName,
                Learners = context.Enrollments.Count(e => e.ClassId == c.Id),
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new ClassListing(r.Class.ToRecord(), r.LoginName, r.Learners, r.Class.CreatedAt))
            .OrderBy(l => l.Class.Name, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Class.Id)
            .ToList();
    }
}
