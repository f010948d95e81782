namespace ElectroTutor.Tutoring.Concepts;

/// <summary>
/// One short concept note from <c>data/concepts/</c>: a direct answer to the questions learners ask about one idea,
/// written so that its first sentence answers on its own.
/// </summary>
/// <param name="Id">Stable kebab-case id, the same as the note's file name without <c>.md</c>.</param>
/// <param name="Title">The note's title, phrased as the idea it explains.</param>
/// <param name="Skills">Ids of the skills the note explains; the first is the main one.</param>
/// <param name="Aliases">Other ways learners name the idea ("potassium leak", "K+ efflux"); searched like the title.</param>
/// <param name="Body">The note's text in Markdown.</param>
/// <param name="File">The source file's name as given to the loader, for authors' messages.</param>
public sealed record ConceptNote(string Id, string Title, IReadOnlyList<string> Skills, IReadOnlyList<string> Aliases, string Body, string File)
{
    /// <summary>The body's first sentence in Markdown: the short answer a chat can show before offering the rest.</summary>
    public string Summary { get; } = ConceptSummary.FirstSentence(Body);
}
