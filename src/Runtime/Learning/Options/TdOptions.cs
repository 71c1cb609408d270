namespace MdpDsl;

/// <summary>
/// Options of <c>TdLearning</c>, TD(0) evaluation of a fixed policy. <see cref="LearnerOptions.LearningRate"/>
/// counts the updates of each state.
/// </summary>
public sealed record TdOptions : LearnerOptions;
