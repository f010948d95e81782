namespace ElectroTutor.Data.Reports;

/// <summary>Classical item analysis of one question template over the class's attempts.</summary>
/// <param name="TemplateId">The template's id.</param>
/// <param name="Attempts">All attempts at the template.</param>
/// <param name="Learners">Learners who attempted it (each one's first attempt is what facility and discrimination use).</param>
/// <param name="Facility">Proportion (0–1) of first attempts that were correct; null with no learners.</param>
/// <param name="Discrimination">
/// Point-biserial correlation (−1…1) between first-attempt correctness and the learner's proportion correct on their
/// other templates; null when it cannot be computed (fewer than two learners who also tried another template, or no variance).
/// </param>
/// <param name="MeanHints">Mean hints used per attempt.</param>
/// <param name="CommonWrongAnswers">Up to three most frequent wrong raw answers (student-typed).</param>
/// <param name="Concerns">What looks wrong, judged only once <c>MinimumLearnersToFlag</c> learners answered.</param>
public sealed record ItemAnalysis(
    string TemplateId,
    int Attempts,
    int Learners,
    double? Facility,
    double? Discrimination,
    double MeanHints,
    IReadOnlyList<AnswerCount> CommonWrongAnswers,
    ItemConcerns Concerns);
