namespace PolicyCompare.Charts.Builders;

/// <summary>Stacked bars of tasks led / co-responsible / participating, per region or per agency.</summary>
internal static class DepartmentLoadChart
{
    public static ChartImage Build(StackedBarData data)
    {
        data.Validate();
        return StackedBarPainter.Paint(data, valueTicks: null, valueMax: null);
    }
}
