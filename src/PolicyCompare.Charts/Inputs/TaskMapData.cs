namespace PolicyCompare.Charts;

/// <summary>Input of the 2-D task map: already-projected task points, coloured by group (plan) in order of first appearance.</summary>
/// <param name="Title">Chart title.</param>
/// <param name="XLabel">Label of the first projected axis.</param>
/// <param name="YLabel">Label of the second projected axis.</param>
/// <param name="Points">The tasks.</param>
public sealed record TaskMapData(string Title, string XLabel, string YLabel, IReadOnlyList<TaskMapPoint> Points)
{
    /// <summary>Throws <see cref="ArgumentException"/> for no points or non-finite coordinates.</summary>
    internal void Validate()
    {
        ChartInputChecks.NotEmpty(Points, nameof(Points), Title);
        foreach (TaskMapPoint point in Points)
        {
            ChartInputChecks.Finite(point.X, $"X of a point of {point.Group}", Title);
            ChartInputChecks.Finite(point.Y, $"Y of a point of {point.Group}", Title);
        }
    }
}
