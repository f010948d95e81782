namespace ElectroTutor.Tutoring.Mastery.Evaluation;

/// <summary>One replayed attempt with the prediction made before it was observed.</summary>
/// <param name="Attempt">The logged attempt.</param>
/// <param name="Prediction">The prediction and its terms.</param>
public sealed record PredictedAttempt(TracedAttempt Attempt, AnswerPrediction Prediction);
