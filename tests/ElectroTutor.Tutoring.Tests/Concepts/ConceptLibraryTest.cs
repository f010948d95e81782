using ElectroTutor.Tutoring.Concepts;

namespace ElectroTutor.Tutoring.Tests.Concepts;

public class ConceptLibraryTest
{
    // Scores in a three-note library are small (every word is in one of three notes), so the score floor is lowered.
    private static readonly ConceptLibrary Small = new(
        [
            TestNotes.Make("k-leak", "Why K⁺ leaks out at rest", ["gradients"], ["potassium leak"], "Potassium ions leave through leak channels because they are concentrated inside. " + TestNotes.Filler),
            TestNotes.Make("nernst", "The Nernst equation", ["nernst", "gradients"], ["equilibrium potential"], "The Nernst equation gives the equilibrium potential of one ion from its concentrations. " + TestNotes.Filler),
            TestNotes.Make("pump", "The sodium pump", ["gradients"], ["Na/K ATPase"], "The pump moves three sodium ions out and two potassium ions in for each ATP. " + TestNotes.Filler),
        ],
        ConceptAnswerRule.Default with { MinimumScore = 1 });

    [Fact]
    public void Search_ranks_the_best_note_first_and_respects_max()
    {
        var matches = Small.Search("what does the Nernst equation give?", 2);
        Assert.Equal("nernst", matches[0].Note.Id);
        Assert.True(matches.Count <= 2);
        Assert.True(matches.Zip(matches.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.Contains("nernst", matches[0].MatchedTerms);
        Assert.InRange(matches[0].Coverage, 0.5, 1);
    }

    [Fact]
    public void Search_refuses_a_max_below_one_and_a_null_question()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Small.Search("pump", 0));
        Assert.Throws<ArgumentNullException>(() => Small.Search(null!, 3));
        Assert.Throws<ArgumentNullException>(() => Small.Answer(null!));
    }

    [Fact]
    public void Answer_gives_the_note_and_its_score_when_confident()
    {
        var answer = Small.Answer("why does K+ leak out?");
        Assert.True(answer.Found);
        Assert.Equal(ConceptAnswerStatus.Answered, answer.Status);
        Assert.Equal("k-leak", answer.Note!.Id);
        Assert.Equal(answer.Candidates[0].Score, answer.Score);
        Assert.True(Small.Rule.Accepts(answer.Candidates[0], 3));
    }

    [Fact]
    public void Answer_says_why_there_is_no_note()
    {
        Assert.Equal(ConceptAnswerStatus.NoContentWords, Small.Answer("why?").Status);
        Assert.Equal(ConceptAnswerStatus.NoConfidentMatch, Small.Answer("how do I bake bread").Status);
        Assert.Equal(ConceptAnswerStatus.TooLong, Small.Answer(new string('k', ConceptLibrary.MaximumQuestionCharacters + 1)).Status);
        Assert.Empty(Small.Search(new string('k', ConceptLibrary.MaximumQuestionCharacters + 1), 3));
    }

    [Fact]
    public void A_single_shared_word_is_not_enough_for_an_answer()
    {
        // "sodium" occurs in a note, but "chips" and "salty" occur nowhere: related guesses, no answer.
        var answer = Small.Answer("are salty sodium chips healthy");
        Assert.False(answer.Found);
        Assert.Null(answer.Note);
        Assert.Equal("pump", answer.Candidates[0].Note.Id);
    }

    [Fact]
    public void ForSkill_lists_notes_whose_main_skill_it_is_first()
    {
        Assert.Equal(["k-leak", "pump", "nernst"], Small.ForSkill("gradients").Select(n => n.Id));
        Assert.Equal(["nernst"], Small.ForSkill("nernst").Select(n => n.Id));
        Assert.Empty(Small.ForSkill("no-such-skill"));
    }

    [Fact]
    public void TryGet_finds_notes_by_id_and_duplicate_ids_are_refused()
    {
        Assert.True(Small.TryGet("pump", out var pump));
        Assert.Equal("The sodium pump", pump.Title);
        Assert.False(Small.TryGet("nope", out _));
        var twice = TestNotes.Make("a", "A", ["gradients"], [], TestNotes.Filler);
        Assert.Throws<ArgumentException>(() => TestNotes.Library(twice, twice));
    }

    [Fact]
    public void An_empty_library_answers_nothing()
    {
        var empty = TestNotes.Library();
        Assert.False(empty.Answer("what is the resting potential").Found);
        Assert.Empty(empty.Search("resting potential", 5));
    }

    [Fact]
    public void The_summary_is_the_first_sentence_ignoring_decimals_and_abbreviations()
    {
        var note = TestNotes.Make("x", "X", ["gradients"], [], "RT/F is about 26.7 mV at 37 °C, e.g. in a warm cell. It is smaller when cold.\n\nMore.");
        Assert.Equal("RT/F is about 26.7 mV at 37 °C, e.g. in a warm cell.", note.Summary);
        Assert.Equal("One paragraph without a full stop", TestNotes.Make("y", "Y", ["gradients"], [], "One paragraph without a full stop\n\nSecond.").Summary);
    }
}
