using ElectroTutor.Tutoring.Concepts;

namespace ElectroTutor.Tutoring.Tests.Concepts;

public class ConceptTextTest
{
    [Theory]
    [InlineData("K⁺", "potassium")]
    [InlineData("K+", "potassium")]
    [InlineData("potassium", "potassium")]
    [InlineData("Na⁺", "sodium")]
    [InlineData("Ca²⁺", "calcium")]
    [InlineData("Ca2+", "calcium")]
    [InlineData("calcium", "calcium")]
    [InlineData("Cl⁻", "chlorid")]
    [InlineData("chloride", "chlorid")]
    [InlineData("ＫＣｌ", "kcl")]
    public void Ion_symbols_and_names_meet(string text, string expected) =>
        Assert.Equal([expected], ConceptText.Terms(text));

    [Fact]
    public void The_pump_name_and_subscripted_potentials_are_written_out()
    {
        Assert.Equal(["sodium", "potassium", "atpas"], ConceptText.Terms("Na⁺/K⁺-ATPase"));
        Assert.Equal(["potassium", "equilibrium", "potential"], ConceptText.Terms("E_K"));
        Assert.Equal(["action", "potential"], ConceptText.Terms("an AP"));
        Assert.Equal(["sarcoplasmic", "reticulum"], ConceptText.Terms("the SR"));
    }

    [Theory]
    [InlineData("depolarization", "depolarizes", "depolarised", "depolarizing")]
    [InlineData("channels", "channel", "channel's", "channels")]
    [InlineData("relaxation", "relaxes", "relaxed", "relaxing")]
    [InlineData("contraction", "contracts", "contracted", "contracting")]
    [InlineData("concentration", "concentrated", "concentrations", "concentrate")]
    [InlineData("hyperkalaemia", "hyperkalemia", "hyperkalemia", "hyperkalemia")]
    [InlineData("fibre", "fibers", "fiber", "fibres")]
    [InlineData("stopped", "stopping", "stops", "stop")]
    public void Word_forms_share_a_stem(params string[] forms)
    {
        var stems = forms.Select(f => Assert.Single(ConceptText.Terms(f))).Distinct(StringComparer.Ordinal);
        Assert.Single(stems);
    }

    [Fact]
    public void Question_words_and_function_words_are_dropped()
    {
        Assert.Empty(ConceptText.Terms("What is it? Why does it happen, and how?"));
        Assert.Equal(["threshold"], ConceptText.Terms("what's the threshold?"));
    }

    [Fact]
    public void Odd_text_gives_no_terms_without_failing()
    {
        Assert.Empty(ConceptText.Terms(null));
        Assert.Empty(ConceptText.Terms(string.Empty));
        Assert.Empty(ConceptText.Terms("🙂🧠⚡"));
        Assert.Empty(ConceptText.Terms("\0\u0007\u001b[m\r\n\t"));
        Assert.Equal(["potassium"], ConceptText.Terms("\ud800 potassium \udfff"));
    }
}
