using ElectroTutor.Tutoring.Mastery;

namespace ElectroTutor.Tutoring.Tests.Mastery;

public class LearnerAbilityTest
{
    [Fact]
    public void A_surprise_success_raises_ability_by_rate_times_the_residual()
    {
        Assert.Equal(0.1 * 0.6, LearnerAbility.Update(0, 0.4, correct: true, rate: 0.1), 12);
        Assert.Equal(-0.1 * 0.4, LearnerAbility.Update(0, 0.4, correct: false, rate: 0.1), 12);
        Assert.Equal(0.5, LearnerAbility.Update(0.5, 0.4, correct: true, rate: 0));
    }
}
