using ElectroTutor.Tutoring.Conversation;

namespace ElectroTutor.Tutoring.Tests.Conversation;

public sealed class TopicMatcherTest
{
    private readonly TopicMatcher matcher = new(RealBank.Bank.Skills);

    [Theory]
    [InlineData("the pump", "sodium-potassium-pump")]
    [InlineData("Na+/K+ ATPase", "sodium-potassium-pump")]
    [InlineData("Nernst", "nernst-equilibrium")]
    [InlineData("resting potential", "resting-potential")]
    [InlineData("T-tubules", "muscle-action-potential")]
    [InlineData("refractory period", "refractory-periods")]
    [InlineData("myelin", "myelination-saltatory")]
    [InlineData("cross-bridge cycle", "cross-bridge-cycle")]
    [InlineData("tetanus", "twitch-summation-tetanus")]
    [InlineData("TTX", "drugs-and-toxins")]
    [InlineData("nernst-equilibrium", "nernst-equilibrium")]
    [InlineData("1", "concentration-gradient")]
    public void Finds_the_skill_meant(string topic, string skillId) =>
        Assert.Equal(skillId, matcher.Match(topic)?.Id);

    [Theory]
    [InlineData("medieval poetry")]
    [InlineData("")]
    [InlineData("99")]
    [InlineData("🧠")]
    public void Finds_nothing_for_other_subjects(string topic) => Assert.Null(matcher.Match(topic));
}
