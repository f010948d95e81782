using System.Globalization;
using System.Text.Json;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Checking;
using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Items;
using ElectroTutor.Tutoring.Mastery;
using ElectroTutor.Tutoring.Mastery.Selection;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>
/// The life of a question: choosing it, grading answers, hints one step at a time, the worked solution, skipping.
/// Only the first try on an item is evidence for the mastery model (a bottom-out hint or the solution first make it
/// count as wrong); later tries are recorded but do not move mastery.
/// </summary>
internal sealed class QuestionFlow(QuestionBank bank, ScenarioCatalog catalog, TutorEngineOptions options, ConceptAnswers concepts)
{
    private const int MaximumRecordedAnswerLength = 500;
    private static readonly string[] OpenQuestionSuggestions = ["hint", "skip", "progress"];
    private static readonly string[] AfterQuestionSuggestions = ["next", "why", "progress"];

    // Shared by every learner's turns: the open question's item is made once, not again for each answer and hint.
    private readonly MemoizedItemGenerator generator = new(new ItemGenerator(catalog));
    private readonly ItemChecker checker = new(bank);
    private readonly AnswerPredictor predictor = new(options.ParametersOf, bank.Easiness, options.Policy.LearnerAbilityRate);

    // Built once for the bank (templates by skill); every turn passes its own time, so this clock is never read.
    private readonly NextItemSelector selector = new(bank.Skills, bank.Templates, options.ParametersOf, options.Policy, new FixedClock(DateTimeOffset.UnixEpoch), bank.Easiness);

    public Item Regenerate(OpenQuestion question)
    {
        if (!bank.TryGetTemplate(question.TemplateId, out var template))
        {
            throw new InvalidOperationException($"The question's template '{question.TemplateId}' is no longer in the bank.");
        }

        return generator.Generate(template, question.Seed).Item
            ?? throw new InvalidOperationException($"The question '{question.ItemId}' can no longer be generated.");
    }

    /// <summary>Chooses and asks the next question; says so when there is nothing left to practise.</summary>
    public void AskNext(Turn turn)
    {
        var selection = Select(turn, out var focusNote);
        if (selection is null)
        {
            NothingToPractise(turn);
            return;
        }

        if (focusNote is not null)
        {
            turn.Say(focusNote);
        }

        if (turn.State.Revising && !selection.IsReview)
        {
            turn.Say(NothingDueText(turn) + " Here is some practice instead.");
            turn.State = turn.State with { Revising = false };
        }

        Ask(turn, selection);
    }

    /// <summary>True when <paramref name="text"/> can be graded as an answer to the open question (right or wrong).</summary>
    public bool IsReadableAnswer(Turn turn, string text) =>
        IsGradeable(checker.Check(Regenerate(turn.State.Question!), text).Verdict);

    public void Grade(Turn turn, string text)
    {
        var question = turn.State.Question!;
        var item = Regenerate(question);
        var verdict = checker.Check(item, text);
        if (!IsGradeable(verdict.Verdict))
        {
            turn.Say(new FeedbackReply(Feedback(question, verdict, counted: false, turn.Progress) with
            {
                Message = $"{verdict.Feedback} This try does not count — answer again, or type `hint`.",
                CanRetry = true,
            }));
            turn.Suggest(OpenQuestionSuggestions);
            return;
        }

        turn.Record(Attempt(turn, question, item, text, verdict));
        var masteryBefore = ProgressView.MasteryOf(turn.Progress, question.SkillId, options);
        var counts = !question.Observed && !question.SolutionShown;
        if (counts)
        {
            Observe(turn, item, verdict.IsCorrect, HintUseOf(question, item));
        }

        if (verdict.IsCorrect)
        {
            Correct(turn, question, verdict, masteryBefore, counts);
        }
        else
        {
            Wrong(turn, question with { Observed = true }, item, verdict);
        }
    }

    public void Hint(Turn turn)
    {
        var question = turn.State.Question!;
        var item = Regenerate(question);
        if (question.HintsShown >= item.Hints.Count)
        {
            turn.Say("That was the last hint. Type `solution` for the worked solution, or have another go.");
            turn.Suggest("solution", "skip");
            return;
        }

        var number = question.HintsShown + 1;
        turn.State = turn.State with { Question = question with { HintsShown = number } };
        turn.Say(new HintReply(question.ItemId, number, item.Hints.Count, item.Hints[number - 1]));
        turn.Suggest(number < item.Hints.Count ? "hint" : "solution", "skip", "why");
    }

    public void ShowSolution(Turn turn)
    {
        var question = turn.State.Question!;
        var item = Regenerate(question);
        if (!question.Observed)
        {
            Observe(turn, item, answeredCorrectly: false, HintUse.BottomOut);
        }

        turn.Say(new SolutionReply(question.ItemId, item.Solution, ExpectedText(item)));
        Close(turn, question with { SolutionShown = true, Observed = true });
        turn.Say("When you're ready, type `next` for another question (or `why` for the idea behind this one).");
        turn.Suggest(AfterQuestionSuggestions);
    }

    public void Skip(Turn turn)
    {
        var question = turn.State.Question!;
        Close(turn, question);

        // A skipped template counts as recent, so the next question is a different one.
        turn.State = turn.State with { RecentTemplates = [.. turn.State.RecentTemplates.Append(question.TemplateId).TakeLast(20)] };
        turn.Say("Skipped — it doesn't count against you.");
        AskNext(turn);
    }

    public void Explain(Turn turn, OpenQuestion question)
    {
        var item = Regenerate(question);
        var skill = bank.Skills[question.SkillId];
        turn.Say($"**The idea behind it ({skill.Name}):** {item.Explanation}");
        concepts.AddNoteFor(turn, question.SkillId);
        if (!string.IsNullOrEmpty(question.Reason))
        {
            turn.Say($"_Why I asked this:_ {question.Reason}");
        }

        turn.Suggest(turn.State.Question is null ? AfterQuestionSuggestions : OpenQuestionSuggestions);
    }

    public void Repeat(Turn turn)
    {
        var question = turn.State.Question!;
        var item = Regenerate(question);
        turn.Say(new QuestionReply(QuestionPresenter.Present(item, question, bank.Skills[question.SkillId].Name)));
        turn.Suggest(OpenQuestionSuggestions);
    }

    private ItemSelection? Select(Turn turn, out string? focusNote)
    {
        focusNote = null;
        var progress = turn.Progress;
        var seed = turn.Context.Seed;
        var focus = turn.State.FocusSkillId is { } topic && bank.Skills.Contains(topic) ? SelectionRequest.Topic(bank.Skills, topic) : null;
        var mode = turn.State.Revising ? SelectionMode.Revise : SelectionMode.Practice;
        var selection = selector.Select(progress, new SelectionRequest(mode, focus, seed), turn.Now);
        if (selection is not null || focus is null)
        {
            return selection;
        }

        // The topic is locked: practise the prerequisites it is waiting for.
        var waitingFor = UnmetPrerequisites(turn.State.FocusSkillId!, progress);
        if (waitingFor.Count == 0)
        {
            return null;
        }

        focusNote = $"{bank.Skills[turn.State.FocusSkillId!].Name} builds on {string.Join(" and ", waitingFor.Select(id => bank.Skills[id].Name))}, so let's work on that first.";
        var prerequisites = waitingFor.SelectMany(id => SelectionRequest.Topic(bank.Skills, id)).ToHashSet(StringComparer.Ordinal);
        return selector.Select(progress, new SelectionRequest(mode, prerequisites, seed), turn.Now);
    }

    private List<string> UnmetPrerequisites(string skillId, LearnerProgress progress)
    {
        var unmet = new List<string>();
        var pending = new Stack<string>(bank.Skills[skillId].Prerequisites);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (unmet.Contains(id, StringComparer.Ordinal) || progress.Of(id, options.ParametersOf(id)).Mastery >= options.Policy.PrerequisiteGate)
            {
                continue;
            }

            unmet.Add(id);
            foreach (var parent in bank.Skills[id].Prerequisites)
            {
                pending.Push(parent);
            }
        }

        return unmet;
    }

    private void Ask(Turn turn, ItemSelection selection)
    {
        if (!bank.TryGetTemplate(selection.TemplateId, out var template))
        {
            throw new InvalidOperationException($"The selector chose template '{selection.TemplateId}', which is not in the bank.");
        }

        var seed = (int)(selection.ItemSeed & int.MaxValue);
        var generated = generator.Generate(template, seed);
        for (var retry = 1; generated.Item is null && retry <= 3; retry++)
        {
            seed = (int)((seed + (retry * 7919L)) & int.MaxValue);
            generated = generator.Generate(template, seed);
        }

        var item = generated.Item ?? throw new InvalidOperationException($"Template '{template.Id}' could not generate a question: {generated.Error}");
        var question = new OpenQuestion(template.Id, seed, selection.SkillId, selection.IsReview, turn.Now) { Reason = selection.Reason };
        turn.State = turn.State with { Question = question };
        turn.Say(new QuestionReply(QuestionPresenter.Present(item, question, bank.Skills[selection.SkillId].Name)));
        turn.Suggest(OpenQuestionSuggestions);
    }

    private void NothingToPractise(Turn turn)
    {
        var state = turn.State;
        if (state.FocusSkillId is { } topic)
        {
            turn.Say($"You have mastered everything in **{bank.Skills[topic].Name}** and what builds on it. Type `start` to practise across all topics, or `topics` to pick another.");
            turn.State = state with { FocusSkillId = null, Revising = false };
            turn.Suggest("start", "topics", "progress");
            return;
        }

        turn.Say(state.Revising
            ? NothingDueText(turn) + " Type `start` to practise, or `progress` to see where you stand."
            : "You have mastered every skill I teach — well done! I'll bring skills back for review as they come due. " + NextReviewText(turn));
        turn.State = state with { Revising = false };
        turn.Suggest("progress", "revise");
    }

    private static string NothingDueText(Turn turn) => "Nothing is due for review right now." + (NextReviewText(turn) is { Length: > 0 } next ? " " + next : string.Empty);

    private static string NextReviewText(Turn turn)
    {
        var next = turn.State.Skills.Values.Where(s => s.Review is not null).Select(s => s.Review!.DueAt).DefaultIfEmpty().Min();
        return next == default ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"The next review is due on {next:yyyy-MM-dd 'at' HH:mm} UTC.");
    }

    private void Correct(Turn turn, OpenQuestion question, ItemVerdict verdict, double masteryBefore, bool counted)
    {
        var progress = turn.Progress;
        var after = ProgressView.MasteryOf(progress, question.SkillId, options);
        var skill = bank.Skills[question.SkillId];
        // The feedback already ends with the verdict's note (see ItemVerdict.Note), so the note is not added again.
        var message = verdict.Feedback;
        message += counted
            ? string.Create(CultureInfo.InvariantCulture, $" Mastery of {skill.Name}: {masteryBefore * 100:0}% → {after * 100:0}%.")
            : " (This try doesn't change your mastery, because the first try on a question is what counts.)";
        var justMastered = counted && !options.Policy.IsMastered(masteryBefore) && options.Policy.IsMastered(after);
        turn.Say(new FeedbackReply(Feedback(question, verdict, counted: true, progress) with { Message = message, ExpectedAnswer = verdict.ExpectedText }));
        if (justMastered)
        {
            var due = progress.Of(question.SkillId, options.ParametersOf(question.SkillId)).Review?.DueAt;
            turn.Say($"🎉 You have mastered **{skill.Name}**!" + (due is { } d ? string.Create(CultureInfo.InvariantCulture, $" I'll bring it back for a review around {d:yyyy-MM-dd}.") : string.Empty));
        }

        Close(turn, question);
        AskNext(turn);
    }

    private void Wrong(Turn turn, OpenQuestion question, Item item, ItemVerdict verdict)
    {
        var tries = question.WrongAnswers + 1;
        var updated = question with { WrongAnswers = tries, AskedAt = turn.Now };
        turn.State = turn.State with { Question = updated };
        if (tries >= options.WrongAnswersBeforeSolution)
        {
            turn.Say(new FeedbackReply(Feedback(updated, verdict, counted: true, turn.Progress) with { Message = $"{verdict.Feedback} Let's look at the worked solution together." }));
            turn.Say(new SolutionReply(question.ItemId, item.Solution, verdict.ExpectedText));
            Close(turn, updated with { SolutionShown = true });
            turn.Say("Type `next` for another question, or `why` for the idea behind this one.");
            turn.Suggest(AfterQuestionSuggestions);
            return;
        }

        var left = options.WrongAnswersBeforeSolution - tries;
        var nudge = updated.HintsShown < item.Hints.Count ? "Try again, or type `hint`" : "Try again, or type `solution`";
        turn.Say(new FeedbackReply(Feedback(updated, verdict, counted: true, turn.Progress) with
        {
            Message = $"{verdict.Feedback} {nudge} ({left} {(left == 1 ? "try" : "tries")} before I show the solution).",
            CanRetry = true,
        }));
        turn.Suggest(OpenQuestionSuggestions);
    }

    private void Observe(Turn turn, Item item, bool answeredCorrectly, HintUse hints)
    {
        var evidence = HintEvidence.CountsAsCorrect(answeredCorrectly, hints);
        var state = turn.State;
        var before = turn.Progress;
        var prediction = before.Predict(predictor, item.Skills, item.TemplateId);
        var progress = before.Record(item.TemplateId, item.Skills, evidence, options.ParametersOf, options.Policy, new FixedClock(turn.Now))
            .AfterFirstTry(predictor, prediction, evidence);
        var counts = new Dictionary<string, int>(state.CorrectCounts, StringComparer.Ordinal);
        foreach (var skillId in item.Skills.Distinct(StringComparer.Ordinal).Where(_ => evidence))
        {
            counts[skillId] = counts.GetValueOrDefault(skillId) + 1;
        }

        var streak = state.Streak.After(evidence && hints == HintUse.None, DateOnly.FromDateTime(turn.Now.UtcDateTime));
        turn.State = state with { CorrectCounts = counts, Streak = streak };
        turn.SetProgress(progress);
        foreach (var skillId in item.Skills.Distinct(StringComparer.Ordinal))
        {
            turn.Changed(SkillRecord(turn, skillId));
        }
    }

    private SkillStateRecord SkillRecord(Turn turn, string skillId)
    {
        var skill = turn.Progress.Of(skillId, options.ParametersOf(skillId));
        return new SkillStateRecord(turn.Context.LearnerId, skillId, skill.Mastery, skill.Attempts, turn.State.CorrectCounts.GetValueOrDefault(skillId), skill.LastPracticedAt, skill.Review?.DueAt)
        {
            ReviewStabilityDays = skill.Review?.StabilityDays,
            LastReviewedAt = skill.Review?.LastReviewedAt,
            Reviews = skill.Review?.Reviews ?? 0,
            Lapses = skill.Review?.Lapses ?? 0,
        };
    }

    private static void Close(Turn turn, OpenQuestion question) =>
        turn.State = turn.State with { Question = null, LastQuestion = question };

    private FeedbackData Feedback(OpenQuestion question, ItemVerdict verdict, bool counted, LearnerProgress progress)
    {
        var mastery = ProgressView.MasteryOf(progress, question.SkillId, options);
        return new FeedbackData
        {
            ItemId = question.ItemId,
            TemplateId = question.TemplateId,
            SkillId = question.SkillId,
            SkillName = bank.Skills[question.SkillId].Name,
            Verdict = VerdictName(verdict.Verdict),
            Correct = verdict.IsCorrect,
            Counted = counted,
            MisconceptionId = verdict.MisconceptionId,
            Message = verdict.Feedback,
            MasteryAfter = mastery,
            Mastered = options.Policy.IsMastered(mastery),
        };
    }

    private static AttemptRecord Attempt(Turn turn, OpenQuestion question, Item item, string text, ItemVerdict verdict) => new()
    {
        LearnerId = turn.Context.LearnerId,
        ChannelId = turn.Context.ChannelId,
        ActivityId = turn.Context.ActivityId,
        TemplateId = item.TemplateId,
        Seed = question.Seed,
        ParametersJson = JsonSerializer.Serialize(item.Parameters.ToDictionary(p => p.Name, p => new QuantityData(p.Value, p.Unit), StringComparer.Ordinal), ConversationJson.Options),
        RawAnswer = text.Length > MaximumRecordedAnswerLength ? text[..MaximumRecordedAnswerLength] : text,
        ParsedValue = verdict.ParsedValue,
        ParsedUnit = verdict.ParsedUnit,
        Verdict = verdict.Verdict,
        MisconceptionId = verdict.MisconceptionId,
        HintsUsed = question.HintsShown,
        ResponseTimeMs = Math.Max(0, (long)(turn.Now - question.AskedAt).TotalMilliseconds),
        AnsweredAt = turn.Now,
    };

    private string ExpectedText(Item item) => checker.Check(item, string.Empty).ExpectedText;

    private static HintUse HintUseOf(OpenQuestion question, Item item) =>
        question.HintsShown == 0 ? HintUse.None : question.HintsShown >= item.Hints.Count ? HintUse.BottomOut : HintUse.Partial;

    private static bool IsGradeable(AnswerVerdict verdict) =>
        verdict is AnswerVerdict.Correct or AnswerVerdict.CorrectWithNote or AnswerVerdict.Incorrect or AnswerVerdict.WrongUnit;

    public static string VerdictName(AnswerVerdict verdict) => verdict switch
    {
        AnswerVerdict.Correct => "correct",
        AnswerVerdict.CorrectWithNote => "correct-with-note",
        AnswerVerdict.Incorrect => "incorrect",
        AnswerVerdict.WrongUnit => "wrong-unit",
        AnswerVerdict.Unparseable => "unparseable",
        AnswerVerdict.Ambiguous => "ambiguous",
        _ => "missing-unit",
    };
}
