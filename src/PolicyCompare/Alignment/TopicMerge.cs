namespace PolicyCompare.Alignment;

/// <summary>
/// One merge of the topic hierarchy above the chosen topics (a row of a SciPy-style linkage matrix): the clustering's
/// further merges that would join two topics, or a topic and an earlier merge, closest first.
/// </summary>
/// <param name="Id">The merged node's id: <c>M01</c>, <c>M02</c>… in merge order.</param>
/// <param name="Left">The first node joined: a topic id (<c>T03</c>) or an earlier merge's id.</param>
/// <param name="Right">The second node joined.</param>
/// <param name="Similarity">The average link between the two nodes when they merged (mean cosine of their tasks' pairs, minus the same-plan penalty's share); higher is closer.</param>
/// <param name="Size">Tasks under the merged node.</param>
public sealed record TopicMerge(string Id, string Left, string Right, double Similarity, int Size);
