using ElectroTutor.Simulation.Cable;

namespace ElectroTutor.Simulation.Tests.Cable;

public partial class HodgkinHuxleyCableTest
{
    [Fact]
    public void Crank_Nicolson_velocity_converges_at_second_order_in_the_time_step()
    {
        // Measured: 18.3737, 18.6368, 18.7051 m/s at Δx = 100 µm; successive differences fall 3.9×.
        var order = ObservedOrder(Velocity(500, 0.04), Velocity(500, 0.02), Velocity(500, 0.01));
        Assert.InRange(order, 1.8, 2.2);
    }

    [Fact]
    public void Velocity_converges_at_second_order_in_the_compartment_length()
    {
        // Δx = 400, 200, 100 µm at Δt = 0.0025 ms: 18.7013, 18.7205, 18.7252 m/s; differences fall 4×.
        var order = ObservedOrder(Velocity(125, 0.0025), Velocity(250, 0.0025), Velocity(500, 0.0025));
        Assert.InRange(order, 1.8, 2.2);
    }

    [Fact]
    public void Arrival_time_converges_at_second_order_in_the_time_step()
    {
        double Arrival(double dt) => Run(500, dt).ArrivalTimeMs(1);
        var order = ObservedOrder(Arrival(0.04), Arrival(0.02), Arrival(0.01));
        Assert.InRange(order, 1.7, 2.3);
    }

    [Fact]
    public void Backward_Euler_converges_at_first_order_to_the_same_velocity()
    {
        var coarse = Velocity(500, 0.01, CableScheme.BackwardEuler);
        var medium = Velocity(500, 0.005, CableScheme.BackwardEuler);
        var fine = Velocity(500, 0.0025, CableScheme.BackwardEuler);
        Assert.InRange(ObservedOrder(coarse, medium, fine), 0.8, 1.4);

        // Richardson extrapolation of the first-order sequence lands on the Crank–Nicolson answer.
        Assert.Equal(Velocity(500, 0.0025), (2 * fine) - medium, 0.02);
    }

    [Fact]
    public void Default_discretisation_is_within_0_2_percent_of_a_fine_reference()
    {
        var reference = Velocity(1000, 0.0025);
        var velocity = Velocity(500, HodgkinHuxleyCable.DefaultTimeStepMs);
        Assert.Equal(reference, velocity, reference * 0.002);
    }
}
