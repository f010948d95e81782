using ElectroTutor.Cli.LoadTest;
using ElectroTutor.Data.Seeding;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Cli.Demo;

/// <summary>
/// One simulated student's days of tutoring, run through the real <see cref="TutorEngine"/> in memory with a simulated
/// clock: on the first day the student greets the tutor, gives a name and joins the class; on each study day they
/// start (or revise when reviews are due) and answer questions — right or with a typical wrong answer as their hidden
/// state says, sometimes after a hint, retrying or skipping after a miss. What the engine asks the host to store is
/// collected as <see cref="SeededLearner"/>. Deterministic for the same seed, index, class and period.
/// </summary>
internal sealed class DemoStudentRun
{
    /// <summary>The channel simulated students talk through; their learner keys are <c>demo:…</c>.</summary>
    public const string ChannelId = "demo";

    private readonly TutorEngine engine;
    private readonly ClassRecord classroom;
    private readonly AnswerKey answers;
    private readonly Random random;
    private readonly DemoStudent student;
    private readonly List<AttemptRecord> attempts = [];
    private readonly Dictionary<string, SkillStateRecord> skillStates = new(StringComparer.Ordinal);
    private SavedConversation saved = SavedConversation.Empty;
    private QuestionData? open;
    private DateTimeOffset now;
    private string? displayName;

    private DemoStudentRun(TutorEngine engine, QuestionBank bank, ScenarioCatalog catalog, ClassRecord classroom, int seed)
    {
        (this.engine, this.classroom) = (engine, classroom);
        answers = new AnswerKey(bank, catalog);
        random = new Random(seed);
        student = new DemoStudent(bank.Skills, random);
    }

    /// <summary>Runs student <paramref name="index"/> (answers computed with <paramref name="catalog"/>, the engine's) over <paramref name="days"/> days from <paramref name="firstDay"/> (midnight UTC).</summary>
    public static SeededLearner Run(TutorEngine engine, QuestionBank bank, ScenarioCatalog catalog, ClassRecord classroom, int seed, int index, DateTimeOffset firstDay, int days, string userIdPrefix)
    {
        // A fixed mix of seed and index (string.GetHashCode and HashCode differ from process to process).
        var run = new DemoStudentRun(engine, bank, catalog, classroom, unchecked((seed * 1_000_003) + index));
        var joinedAt = run.Study(firstDay, days, DemoNames.Of(index));
        return new SeededLearner(
            new LearnerKey(ChannelId, userIdPrefix + index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)),
            run.displayName ?? DemoNames.Of(index),
            joinedAt,
            run.attempts,
            [.. run.skillStates.Values.OrderBy(s => s.SkillId, StringComparer.Ordinal)],
            TutorStateJson.Write(run.saved),
            run.now);
    }

    private DateTimeOffset Study(DateTimeOffset firstDay, int days, string name)
    {
        // Everyone joins within the first few days; after that a student studies on a day as diligently as they are.
        var joinDay = random.Next(Math.Min(3, days));
        DateTimeOffset? joinedAt = null;
        var studied = 0;
        for (var day = joinDay; day < days; day++)
        {
            if (joinedAt is not null && (random.NextDouble() > student.Diligence || studied >= student.StallsAfterDays))
            {
                continue;
            }

            now = firstDay.AddDays(day).AddHours(8 + (random.NextDouble() * 13));
            if (joinedAt is null)
            {
                joinedAt = now;
                FirstContact(name);
            }
            else
            {
                var welcome = Send(TutorInput.Joined());
                Send(TutorInput.Message(welcome.Suggestions.Contains("revise", StringComparer.Ordinal) ? "revise" : "start"));
            }

            Session();
            studied++;
        }

        return joinedAt ?? firstDay;
    }

    private void FirstContact(string name)
    {
        Send(TutorInput.Joined());
        Send(TutorInput.Message(name));
        Send(TutorInput.Message("join " + classroom.JoinCode));
        Send(TutorInput.Message("start"));
    }

    private void Session()
    {
        var questions = Math.Max(1, student.QuestionsPerSession + random.Next(-5, 6));
        for (var asked = 0; asked < questions; asked++)
        {
            if (open is null)
            {
                Send(TutorInput.Message("next"));
                if (open is null)
                {
                    // Nothing left to practise today.
                    break;
                }
            }

            Question(open);
        }

        if (random.NextDouble() < 0.3)
        {
            Send(TutorInput.Message("bye"));
        }
    }

    /// <summary>Works on the open question until it closes: maybe a hint, an answer, and after a miss a retry or a skip.</summary>
    private void Question(QuestionData question)
    {
        var hints = 0;
        if (!student.Knows(question.SkillId) && question.HintsAvailable > 0 && random.NextDouble() < student.HintPropensity)
        {
            Think(5, 30);
            Send(TutorInput.Message("hint"));
            hints++;
        }

        for (var tries = 0; tries < 3 && open?.ItemId == question.ItemId; tries++)
        {
            var right = student.AnswersRight(question.SkillId, hints, random);
            Think(15, 150);
            var text = answers.Answer(question.ItemId, right);
            if (text is null)
            {
                break;
            }

            var outcome = Send(TutorInput.Message(text));
            student.Practise(question.SkillId, random);
            var feedback = outcome.Replies.OfType<FeedbackReply>().LastOrDefault()?.Feedback;
            if (feedback is null || !feedback.Counted || (open?.ItemId == question.ItemId && random.NextDouble() < 0.35))
            {
                break;
            }
        }

        if (open?.ItemId == question.ItemId)
        {
            Think(2, 10);
            Send(TutorInput.Message("skip"));
        }

        Think(3, 20);
    }

    private void Think(int fewestSeconds, int mostSeconds) => now = now.AddSeconds(fewestSeconds + (random.NextDouble() * (mostSeconds - fewestSeconds)));

    /// <summary>One turn as the host would run it, answering a class look-up as the class store would.</summary>
    private TurnOutcome Send(TutorInput input)
    {
        var context = new TurnContext(0, ChannelId, null, now, random.NextInt64());
        var outcome = engine.Handle(saved.State, input, context);
        Keep(outcome);
        if (outcome.JoinCode is { } code)
        {
            var found = string.Equals(code, classroom.JoinCode, StringComparison.OrdinalIgnoreCase) ? classroom : null;
            var joined = engine.Handle(saved.State, TutorInput.ClassLookup(code, found, found is not null), context);
            Keep(joined);
            outcome = joined with { Replies = [.. outcome.Replies, .. joined.Replies] };
        }

        return outcome;
    }

    private void Keep(TurnOutcome outcome)
    {
        saved = saved.After(outcome, activityId: null);
        attempts.AddRange(outcome.Attempts);
        foreach (var state in outcome.SkillStates)
        {
            skillStates[state.SkillId] = state;
        }

        displayName = outcome.DisplayName ?? displayName;
        foreach (var reply in outcome.Replies)
        {
            switch (reply)
            {
                case QuestionReply question:
                    open = question.Question;
                    break;
                case FeedbackReply { Feedback.CanRetry: false } feedback when open?.ItemId == feedback.Feedback.ItemId:
                    open = null;
                    break;
            }
        }

        if (saved.State.Question is null)
        {
            open = null;
        }
    }
}
