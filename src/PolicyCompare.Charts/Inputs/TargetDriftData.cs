namespace PolicyCompare.Charts;

/// <summary>Input of a target-drift chart: one metric's target values against plan year, one mark per target.</summary>
/// <param name="Title">Chart title, usually the canonical metric name (e.g. 家庭医生签约服务覆盖率).</param>
/// <param name="XLabel">Label of the year axis.</param>
/// <param name="YLabel">Label of the value axis, with the unit.</param>
/// <param name="Unit">Unit appended to the printed values (e.g. "%"); empty for none.</param>
/// <param name="Marks">The targets.</param>
public sealed record TargetDriftData(string Title, string XLabel, string YLabel, string Unit, IReadOnlyList<TargetMark> Marks)
{
    /// <summary>Throws <see cref="ArgumentException"/> for missing marks or non-finite values.</summary>
    internal void Validate()
    {
        ChartInputChecks.NotEmpty(Marks, nameof(Marks), Title);
        foreach (TargetMark mark in Marks)
        {
            ChartInputChecks.Finite(mark.Value, $"the value of {mark.PlanLabel}", Title);
            if (mark.UpperValue is { } upper)
            {
                ChartInputChecks.Finite(upper, $"the upper value of {mark.PlanLabel}", Title);
                if (upper < mark.Value)
                {
                    throw new ArgumentException($"Chart '{Title}': {mark.PlanLabel} has upper value {upper} below its value {mark.Value}.", nameof(Marks));
                }
            }
        }
    }
}
