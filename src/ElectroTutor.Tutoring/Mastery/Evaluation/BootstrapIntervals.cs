namespace ElectroTutor.Tutoring.Mastery.Evaluation;

/// <summary>95% percentile intervals of the pooled scores, from a bootstrap over learners.</summary>
/// <param name="Auc">Interval of the AUC.</param>
/// <param name="Rmse">Interval of the RMSE.</param>
/// <param name="LogLoss">Interval of the log loss.</param>
/// <param name="CalibrationError">Interval of the ECE.</param>
/// <param name="Resamples">Number of resamples B.</param>
/// <param name="Seed">The seed the resamples were drawn with.</param>
public sealed record BootstrapIntervals(ConfidenceInterval Auc, ConfidenceInterval Rmse, ConfidenceInterval LogLoss, ConfidenceInterval CalibrationError, int Resamples, long Seed);
