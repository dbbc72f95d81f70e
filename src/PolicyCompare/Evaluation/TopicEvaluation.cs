namespace PolicyCompare.Evaluation;

/// <summary>How well topics agree with expert labels.</summary>
/// <param name="Method">How the evaluated topics were made.</param>
/// <param name="LabelledTasks">Tasks with a gold label (others are ignored).</param>
/// <param name="GoldTopicCount">Distinct gold topics among them.</param>
/// <param name="PredictedTopicCount">Distinct predicted topics among them (unassigned tasks not counted).</param>
/// <param name="UnassignedTasks">Labelled tasks the method left without a topic (each counts as a topic of its own in the scores).</param>
/// <param name="AdjustedRandIndex">Adjusted Rand index.</param>
/// <param name="NormalizedMutualInformation">NMI (arithmetic-mean normalization).</param>
/// <param name="CrossDocumentPairs">Pairwise precision/recall/F1 over pairs of tasks from different documents.</param>
/// <param name="WorstConfused">Gold topics most often merged with one another, worst first.</param>
/// <param name="MostSplit">Gold topics whose tasks were most scattered over predicted topics, worst first.</param>
public sealed record TopicEvaluation(
    string Method,
    int LabelledTasks,
    int GoldTopicCount,
    int PredictedTopicCount,
    int UnassignedTasks,
    double AdjustedRandIndex,
    double NormalizedMutualInformation,
    PairwiseScores CrossDocumentPairs,
    IReadOnlyList<TopicConfusion> WorstConfused,
    IReadOnlyList<TopicSplit> MostSplit);

/// <summary>Two gold topics whose tasks were put in the same predicted topic.</summary>
/// <param name="GoldTopic">One gold topic (ordinal order: the smaller).</param>
/// <param name="ConfusedWith">The other gold topic.</param>
/// <param name="MergedPairs">Cross-document task pairs, one from each, that share a predicted topic.</param>
public sealed record TopicConfusion(string GoldTopic, string ConfusedWith, int MergedPairs);

/// <summary>A gold topic whose tasks were spread over several predicted topics.</summary>
/// <param name="GoldTopic">The gold topic.</param>
/// <param name="Tasks">Its labelled tasks.</param>
/// <param name="PredictedTopics">Number of predicted topics (or unassigned tasks) its tasks went to.</param>
/// <param name="PairRecall">Share of its cross-document pairs kept together.</param>
public sealed record TopicSplit(string GoldTopic, int Tasks, int PredictedTopics, double PairRecall);
