using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Concepts;

/// <summary>
/// Loads the concept notes (<c>concepts/*.md</c>) and checks them: front matter present and well formed, ids
/// kebab-case, unique and equal to the file name, skills known, bodies of a sensible length. Every problem is reported
/// with its file and line; one bad note does not hide the others.
/// </summary>
public static class ConceptLibraryLoader
{
    /// <summary>Loads and checks notes.</summary>
    /// <param name="sources">One source per note, named like <c>concepts/resting-potential.md</c>.</param>
    /// <param name="skills">The skills graph notes must refer to, or null to skip that check.</param>
    /// <returns>The library when every note is sound, and every error.</returns>
    public static ConceptLibraryLoadResult Load(IEnumerable<BankSource> sources, SkillGraph? skills)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var errors = new List<BankError>();
        var notes = new List<(ConceptNote Note, int IdLine)>();
        foreach (var source in sources)
        {
            if (!source.Name.EndsWith(".md", StringComparison.Ordinal))
            {
                errors.Add(new BankError(source.Name, 0, "not a concept note: expected a Markdown file ending in .md."));
                continue;
            }

            if (ConceptNoteReader.Read(source.Name, source.Reader, skills, errors) is { } read)
            {
                notes.Add(read);
            }
        }

        foreach (var duplicate in notes.GroupBy(n => n.Note.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var second = duplicate.ElementAt(1);
            errors.Add(new BankError(second.Note.File, second.IdLine, $"concept note id '{duplicate.Key}' is also used by {duplicate.First().Note.File}."));
        }

        var library = errors.Count == 0 ? new ConceptLibrary(notes.Select(n => n.Note).ToList()) : null;
        return new ConceptLibraryLoadResult(library, errors);
    }

    /// <summary>The skills no note explains: every skill should have at least one note for "why?" to answer.</summary>
    /// <param name="library">The loaded notes.</param>
    /// <param name="skills">The skills graph.</param>
    /// <returns>One error per skill without a note, named after the concepts folder.</returns>
    public static IReadOnlyList<BankError> CheckCoverage(ConceptLibrary library, SkillGraph skills)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(skills);
        return skills.Skills
            .Where(skill => library.ForSkill(skill.Id).Count == 0)
            .Select(skill => new BankError("concepts/", 0, $"skill '{skill.Id}' has no concept note."))
            .ToList();
    }
}
