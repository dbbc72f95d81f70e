namespace PolicyCompare.Metrics.DepartmentLoad;

/// <summary>The weights of the roles in an agency's weighted load.</summary>
/// <param name="Lead">Weight of a led task.</param>
/// <param name="Co">Weight of a co-responsible task.</param>
/// <param name="Participate">Weight of a participating task.</param>
public sealed record LoadWeights(double Lead, double Co, double Participate);
