namespace PolicyCompare.Charts;

/// <summary>One task placed on the 2-D task map (coordinates from a projection of its embedding).</summary>
/// <param name="X">First projected coordinate.</param>
/// <param name="Y">Second projected coordinate.</param>
/// <param name="Group">Plan (or other group) the point is coloured by.</param>
public readonly record struct TaskMapPoint(double X, double Y, string Group);
