namespace ElectroTutor.Tutoring.Mastery;

/// <summary>The outcome of fitting one skill.</summary>
/// <param name="Parameters">The fitted parameters (or the starting point when there was no data).</param>
/// <param name="LogLikelihood">Natural-log likelihood of the training sequences under <paramref name="Parameters"/>.</param>
/// <param name="Observations">Number of attempts the fit used.</param>
/// <param name="Iterations">EM iterations used by the best starting point.</param>
/// <param name="Converged">Whether the best starting point met the tolerance before the iteration limit.</param>
public sealed record BktFit(BktParameters Parameters, double LogLikelihood, int Observations, int Iterations, bool Converged);
