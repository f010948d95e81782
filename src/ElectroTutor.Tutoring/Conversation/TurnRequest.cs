using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>One input from one learner, as a channel delivers it.</summary>
/// <param name="Learner">The channel-scoped identity (channel id and the channel's user id).</param>
/// <param name="DisplayName">The name the channel gives the learner (used when the learner is first stored).</param>
/// <param name="Input">What the learner did.</param>
/// <param name="ActivityId">The channel's id for the incoming activity; a redelivery with the same id is answered from memory.</param>
public sealed record TurnRequest(LearnerKey Learner, string DisplayName, TutorInput Input, string? ActivityId);
