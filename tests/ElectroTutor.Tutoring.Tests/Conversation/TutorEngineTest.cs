using System.Globalization;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Mastery;
using ElectroTutor.Tutoring.Mastery.Revision;
using ElectroTutor.Tutoring.Mastery.Selection;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Tests.Conversation;

public sealed class TutorEngineTest
{
    [Fact]
    public void First_contact_introduces_the_tutor_and_asks_for_a_name()
    {
        var chat = new Transcript();
        chat.Run(TutorInput.Joined());
        Assert.Contains("ElectroTutor", chat.Text, StringComparison.Ordinal);
        Assert.Contains("call you", chat.Text, StringComparison.Ordinal);
        Assert.Equal(SessionStage.AwaitingName, chat.State.Stage);

        chat.Say("I'm Sam");
        Assert.Equal("Sam", chat.State.Name);
        Assert.Equal("Sam", chat.Last.DisplayName);
        Assert.Contains("join CODE", chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_instead_of_a_name_is_answered_not_taken_as_a_name()
    {
        var chat = new Transcript();
        chat.Run(TutorInput.Joined());
        chat.Say("what is diffusion");
        Assert.Null(chat.State.Name);
        Assert.Equal(SessionStage.Ready, chat.State.Stage);
    }

    [Fact]
    public void A_command_instead_of_a_name_is_obeyed()
    {
        var chat = new Transcript();
        chat.Run(TutorInput.Joined());
        chat.Say("start");
        Assert.Null(chat.State.Name);
        Assert.NotNull(chat.State.Question);
        Assert.Single(chat.Last.Replies.OfType<QuestionReply>());
    }

    [Fact]
    public void A_first_message_that_is_a_command_gets_the_introduction_and_the_command()
    {
        var chat = new Transcript();
        chat.Say("quiz me on the pump");
        Assert.Contains("ElectroTutor", chat.Text, StringComparison.Ordinal);
        Assert.Equal("sodium-potassium-pump", chat.State.FocusSkillId);
    }

    [Fact]
    public void Start_asks_a_question_with_machine_readable_data_and_no_answer()
    {
        var chat = new Transcript().Introduced();
        chat.Say("start");
        var question = chat.Question;
        Assert.Equal(chat.State.Question!.ItemId, question.ItemId);
        Assert.True(RealBank.Bank.Skills.Contains(question.SkillId));
        Assert.Contains(question.Kind, new[] { "numeric", "choice", "ordering", "short-answer" });
        Assert.True(question.HintsAvailable > 0);
        Assert.Equal(new[] { "hint", "skip", "progress" }, chat.Last.Suggestions);

        var item = chat.OpenItem();
        var json = ConversationJson.Serialize(chat.Last.Replies.OfType<QuestionReply>().Single());
        Assert.Contains("\"type\":\"question\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain(item.Solution, json, StringComparison.Ordinal);
        if (item.Answer is { } answer)
        {
            Assert.DoesNotContain(answer.ToString("R", CultureInfo.InvariantCulture), json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_right_answer_raises_mastery_is_recorded_and_the_next_question_follows()
    {
        var chat = new Transcript().Introduced();
        chat.Say("start");
        var asked = chat.State.Question!;
        chat.Say(chat.RightAnswer());

        var feedback = chat.Feedback;
        Assert.True(feedback.Correct);
        Assert.True(feedback.Counted);
        Assert.True(feedback.MasteryAfter > 0.2);
        Assert.Contains("→", feedback.Message, StringComparison.Ordinal);
        var attempt = Assert.Single(chat.Last.Attempts);
        Assert.Equal(asked.TemplateId, attempt.TemplateId);
        Assert.Equal("a4", attempt.ActivityId);
        Assert.Equal(7, attempt.LearnerId);
        Assert.Contains(chat.Last.SkillStates, s => s.SkillId == asked.SkillId && s.Attempts == 1 && s.Correct == 1);
        Assert.NotEqual(asked.ItemId, chat.State.Question!.ItemId);
        Assert.Equal(asked.ItemId, chat.State.LastQuestion!.ItemId);
        Assert.Equal(1, chat.State.Streak.CorrectInARow);
    }

    [Fact]
    public void A_diagnosed_mistake_names_it_keeps_the_question_open_and_hides_the_answer()
    {
        var chat = Transcript.WithMastered("concentration-gradient", "electrical-gradient");
        chat.Say("quiz me on nernst");
        chat.SkipUntil(TemplateKind.Numeric, item => item.Answer is < -1 or > 1);
        var item = chat.OpenItem();
        chat.Say(FormattableString.Invariant($"{-item.Answer!.Value:R} {item.AnswerUnit}"));

        var feedback = chat.Feedback;
        Assert.False(feedback.Correct);
        // A flipped sign is diagnosed as a sign slip, as inside/outside swapped where that gives the same number, or as
        // a reversed driving force (the two-skill driving-force item comes up when its predicted chance is nearest the target).
        Assert.Contains(feedback.MisconceptionId, new[] { "sign-error", "nernst-inside-outside-swapped", "driving-force-sign-reversed" });
        Assert.StartsWith(RealBank.Bank.Misconceptions[feedback.MisconceptionId!].Feedback, feedback.Message, StringComparison.Ordinal);
        Assert.True(feedback.CanRetry);
        Assert.Null(feedback.ExpectedAnswer);
        Assert.NotNull(chat.State.Question);
        Assert.Single(chat.Last.Attempts);
    }

    [Fact]
    public void Hints_come_one_step_at_a_time_and_then_point_to_the_solution()
    {
        var chat = new Transcript().Introduced();
        chat.Say("start");
        var hints = chat.OpenItem().Hints;
        for (var number = 1; number <= hints.Count; number++)
        {
            chat.Say("hint");
            var hint = Assert.IsType<HintReply>(Assert.Single(chat.Last.Replies));
            Assert.Equal(number, hint.Number);
            Assert.Equal(hints.Count, hint.Of);
            Assert.Equal(hints[number - 1], hint.Markdown);
        }

        chat.Say("hint");
        Assert.Contains("last hint", chat.Text, StringComparison.Ordinal);
        Assert.Empty(chat.Last.Attempts);
    }

    [Fact]
    public void An_answer_after_the_bottom_out_hint_does_not_count_as_mastery_evidence_for_the_right_answer()
    {
        var chat = new Transcript().Introduced();
        chat.Say("start");
        var skill = chat.State.Question!.SkillId;
        var hints = chat.OpenItem().Hints.Count;
        for (var i = 0; i < hints; i++)
        {
            chat.Say("hint");
        }

        chat.Say(chat.RightAnswer());
        Assert.True(chat.Feedback.Correct);
        Assert.True(chat.State.Progress.Skills[skill].Mastery < 0.2 + 1e-9, "a bottom-out hint makes the attempt count as wrong");
        Assert.Equal(hints, chat.Last.Attempts.Single().HintsUsed);
    }

    [Fact]
    public void Three_wrong_answers_bring_the_worked_solution_and_close_the_question()
    {
        var chat = Transcript.WithMastered("concentration-gradient", "electrical-gradient");
        chat.Say("quiz me on nernst");
        chat.SkipUntil(TemplateKind.Numeric);
        var item = chat.OpenItem();
        var wrong = FormattableString.Invariant($"{(item.Answer!.Value * 3) + 1000:R} {item.AnswerUnit}");
        chat.Say(wrong);
        chat.Say(wrong);
        Assert.NotNull(chat.State.Question);
        chat.Say(wrong);

        var solution = Assert.Single(chat.Last.Replies.OfType<SolutionReply>());
        Assert.Equal(item.Solution, solution.Markdown);
        Assert.Null(chat.State.Question);
        Assert.Equal(3, chat.State.LastQuestion!.WrongAnswers);
    }

    [Fact]
    public void Solution_on_request_counts_as_a_miss_and_why_explains_afterwards()
    {
        var chat = new Transcript().Introduced();
        chat.Say("start");
        var item = chat.OpenItem();
        chat.Say("show me the answer please");
        chat.Say("give up");
        Assert.Single(chat.Last.Replies.OfType<SolutionReply>());
        Assert.Null(chat.State.Question);
        Assert.True(chat.State.Progress.Skills[item.Skills[0]].Attempts == 1);

        chat.Say("why?");
        Assert.Contains(item.Explanation, chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_moves_on_without_recording_anything()
    {
        var chat = new Transcript().Introduced();
        chat.Say("start");
        var first = chat.State.Question!.ItemId;
        chat.Say("skip");
        Assert.Empty(chat.Last.Attempts);
        Assert.Empty(chat.Last.SkillStates);
        Assert.NotEqual(first.Split(':')[0], chat.State.Question!.TemplateId);
    }

    [Fact]
    public void An_unreadable_answer_is_not_counted()
    {
        var chat = Transcript.WithMastered("concentration-gradient", "electrical-gradient");
        chat.Say("quiz me on nernst");
        chat.SkipUntil(TemplateKind.Numeric);
        chat.Say("banana");
        Assert.False(chat.Feedback.Counted);
        Assert.Empty(chat.Last.Attempts);
        Assert.NotNull(chat.State.Question);
    }

    [Fact]
    public void A_locked_topic_starts_with_the_prerequisites_it_waits_for()
    {
        var chat = new Transcript().Introduced();
        chat.Say("quiz me on the cross-bridge cycle");
        Assert.Equal("cross-bridge-cycle", chat.State.FocusSkillId);
        Assert.Contains("builds on", chat.Text, StringComparison.Ordinal);
        var skill = chat.State.Question!.SkillId;
        Assert.NotEqual("cross-bridge-cycle", skill);
    }

    [Fact]
    public void An_unknown_topic_lists_the_topics()
    {
        var chat = new Transcript().Introduced();
        chat.Say("quiz me on medieval poetry");
        Assert.Contains("don't have a topic", chat.Text, StringComparison.Ordinal);
        var menu = Assert.Single(chat.Last.Replies.OfType<MenuReply>());
        Assert.Equal(RealBank.Bank.Skills.Skills.Count, menu.Choices.Count);
        Assert.Null(chat.State.Question);
    }

    [Fact]
    public void Progress_shows_every_skill_with_bars_and_status()
    {
        var chat = new Transcript().Introduced();
        chat.Say("progress");
        var progress = Assert.IsType<ProgressReply>(Assert.Single(chat.Last.Replies)).Progress;
        Assert.Equal(RealBank.Bank.Skills.Skills.Count, progress.Skills.Count);
        Assert.Contains(progress.Skills, s => s.Status == "locked");
        Assert.Contains(progress.Skills, s => s.Status == "ready");
        Assert.Contains("░", chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Revise_serves_a_due_review_first()
    {
        var now = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var review = new ReviewMemory(1, now.AddDays(-5), now.AddDays(-1), 1, 0);
        var state = TutorState.New with
        {
            Stage = SessionStage.Ready,
            Skills = new Dictionary<string, LearnerSkillState>(StringComparer.Ordinal)
            {
                ["concentration-gradient"] = new(0.97, 8, now.AddDays(-5), review),
            },
        };
        var chat = new Transcript(state) { Now = now };
        chat.Say("progress");
        Assert.Equal(1, Assert.IsType<ProgressReply>(chat.Last.Replies[0]).Progress.ReviewsDue);

        chat.Say("revise");
        Assert.True(chat.Question.IsReview);
        Assert.Equal("concentration-gradient", chat.Question.SkillId);
    }

    [Fact]
    public void Revise_with_nothing_due_says_so_and_practises_instead()
    {
        var chat = new Transcript().Introduced();
        chat.Say("revise");
        Assert.Contains("Nothing is due", chat.Text, StringComparison.Ordinal);
        Assert.False(chat.State.Revising);
        Assert.NotNull(chat.State.Question);
    }

    [Fact]
    public void Reset_needs_confirmation()
    {
        var chat = new Transcript().Introduced();
        chat.Say("start");
        chat.Say(chat.RightAnswer());
        chat.Say("reset");
        Assert.IsType<MenuReply>(Assert.Single(chat.Last.Replies));
        chat.Say("no");
        Assert.Contains("cancelled", chat.Text, StringComparison.Ordinal);
        Assert.NotEmpty(chat.State.Skills);

        chat.Say("reset");
        chat.Say("yes");
        Assert.True(chat.Last.ResetSkillStates);
        Assert.Empty(chat.State.Skills);
        Assert.Equal("Sam", chat.State.Name);
    }

    [Fact]
    public void Join_asks_the_host_to_look_up_the_code_and_reports_the_result()
    {
        var chat = new Transcript().Introduced();
        chat.Say("join abc123");
        Assert.Equal("ABC123", chat.Last.JoinCode);

        chat.Run(TutorInput.ClassLookup("ABC123", new ClassRecord(1, "Physiology 201", "ABC123", 1), newlyEnrolled: true));
        Assert.Contains("Physiology 201", chat.Text, StringComparison.Ordinal);
        Assert.Equal(new[] { "Physiology 201" }, chat.State.Classes);

        chat.Run(TutorInput.ClassLookup("ZZZ999", null, newlyEnrolled: false));
        Assert.Contains("couldn't find", chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_submission_for_a_closed_question_is_refused()
    {
        var chat = new Transcript().Introduced();
        chat.Say("start");
        var open = chat.State.Question!.ItemId;
        chat.Run(TutorInput.Press(TutorAction.Answer, "1", "some-template:42"));
        Assert.Contains("already closed", chat.Text, StringComparison.Ordinal);
        Assert.Empty(chat.Last.Attempts);

        chat.Run(TutorInput.Press(TutorAction.Answer, chat.RightAnswer(), open));
        Assert.True(chat.Feedback.Correct);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \u0000\u0007  ")]
    [InlineData("🧠⚡🤔")]
    [InlineData("asdf qwer zxcv")]
    public void Odd_input_gets_a_calm_reply(string text)
    {
        var chat = new Transcript().Introduced();
        chat.Say(text);
        Assert.NotEmpty(chat.Last.Replies);
        Assert.Equal(SessionStage.Ready, chat.State.Stage);
    }

    [Fact]
    public void Ten_kilobytes_of_text_is_read_in_part_and_said_so()
    {
        var chat = new Transcript().Introduced();
        chat.Say(new string('x', 10_000));
        Assert.Contains("long message", chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_internal_error_is_reported_and_leaves_the_state_as_it_was()
    {
        var broken = TutorState.New with
        {
            Stage = SessionStage.Ready,
            Question = new OpenQuestion("no-such-template", 1, "nernst-equilibrium", false, DateTimeOffset.UnixEpoch),
        };
        var engine = new Transcript().Engine;
        var outcome = engine.Handle(broken, TutorInput.Message("hint"), new TurnContext(1, "test", null, DateTimeOffset.UnixEpoch, 1));
        Assert.NotNull(outcome.Fault);
        Assert.Same(broken, outcome.State);
        Assert.Contains("went wrong", outcome.Replies.Single().ToMarkdown(), StringComparison.Ordinal);
        Assert.Empty(outcome.Attempts);
    }

    [Fact]
    public void Stop_pauses_and_ends_a_terminal_session()
    {
        var chat = new Transcript().Introduced();
        chat.Say("bye");
        Assert.True(chat.Last.EndsSession);
        Assert.Contains("saved", chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newcomer_masters_the_pump_by_answering_its_questions_right()
    {
        var chat = new Transcript().Introduced();
        chat.Say("quiz me on the pump");
        for (var i = 0; i < 40 && chat.State.Progress.Of("sodium-potassium-pump", BktParameters.Default).Mastery < 0.95; i++)
        {
            chat.Say(chat.RightAnswer());
        }

        var mastery = chat.State.Progress.Of("sodium-potassium-pump", BktParameters.Default);
        Assert.True(mastery.Mastery >= 0.95, $"mastery {mastery.Mastery}");
        Assert.NotNull(mastery.Review);
    }

    [Theory]
    [InlineData("why does K+ leave the cell?")]
    [InlineData("what is the concentration gradient?")]
    [InlineData("What do T-tubules do?")]
    public void A_free_question_is_answered_from_the_concept_notes(string question)
    {
        var chat = new Transcript().Introduced();
        chat.Say(question);
        var note = RealBank.Concepts.Answer(question).Note!;
        Assert.Contains(note.Title, chat.Text, StringComparison.Ordinal);
        Assert.Null(chat.State.Question);
    }

    [Fact]
    public void A_question_off_the_topic_is_told_honestly_that_there_is_no_note()
    {
        var chat = new Transcript().Introduced();
        chat.Say("what is the capital of France?");
        Assert.Contains("don't have a note", chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_free_question_while_a_question_is_open_is_answered_and_the_question_stays_open()
    {
        var chat = Transcript.WithMastered("concentration-gradient", "electrical-gradient");
        chat.Say("quiz me on nernst");
        chat.SkipUntil(TemplateKind.Numeric);
        var open = chat.State.Question!.ItemId;
        chat.Say("why does K+ leave the cell?");
        Assert.Contains("still open", chat.Text, StringComparison.Ordinal);
        Assert.Empty(chat.Last.Attempts);
        Assert.Equal(open, chat.State.Question!.ItemId);
    }

    [Fact]
    public void Why_adds_the_skills_concept_note()
    {
        var chat = new Transcript().Introduced();
        chat.Say("start");
        chat.Say("why");
        Assert.Contains("More on this", chat.Text, StringComparison.Ordinal);
        Assert.NotNull(chat.State.Question);
    }

    [Fact]
    public void Simulate_runs_an_experiment_with_numbers_and_a_chart()
    {
        var chat = new Transcript().Introduced();
        chat.Say("simulate K out 10");
        var experiment = Assert.Single(chat.Last.Replies.OfType<ExperimentReply>());
        Assert.NotEmpty(experiment.Quantities);
        Assert.Contains(experiment.Quantities, q => q.Differs);
        Assert.NotNull(experiment.Chart);
        Assert.All(experiment.Chart.Series, s => Assert.True(s.Points.Count <= ExperimentReply.MaximumPointsPerSeries));
        Assert.Contains("| Quantity |", experiment.ToMarkdown(), StringComparison.Ordinal);

        var json = ConversationJson.Serialize(experiment);
        Assert.Contains("\"type\":\"experiment\"", json, StringComparison.Ordinal);
        var saved = TutorStateJson.TryRead(TutorStateJson.Write(new SavedConversation(chat.State, []).After(chat.Last, "x")), out var problem, out _);
        Assert.Null(problem);
        Assert.IsType<ExperimentReply>(saved!.Answered("x")!.Replies[0]);
    }

    [Theory]
    [InlineData("simulate")]
    [InlineData("simulate K out 5000")]
    [InlineData("simulate the moon")]
    public void Simulate_explains_what_it_can_do_when_the_request_is_empty_or_wrong(string text)
    {
        var chat = new Transcript().Introduced();
        chat.Say(text);
        Assert.Empty(chat.Last.Replies.OfType<ExperimentReply>());
        Assert.Contains("simulate", chat.Text, StringComparison.Ordinal);
    }
}
