namespace PolicyCompare.Charts.Rendering;

/// <summary>
/// How the tick labels of a categorical axis are drawn so that no two of them overlap: the rotation chosen from
/// the space each category gets, and the depth of the axis panel that the rotated labels need.
/// </summary>
/// <param name="Labels">Tick labels, one per category, in axis order.</param>
/// <param name="FontSize">Tick label font size.</param>
/// <param name="Rotation">Degrees; 0 = horizontal, -45 or -90 = reading upwards towards the tick.</param>
/// <param name="TickLabelDepth">Extent of the labels away from the axis line, tick mark included.</param>
/// <param name="Overhang">How far the first label reaches left of its tick (rotated labels lean left).</param>
internal sealed record CategoryAxisLayout(IReadOnlyList<string> Labels, float FontSize, float Rotation, float TickLabelDepth, float Overhang)
{
    /// <summary>
    /// Chooses the rotation for labels spaced <paramref name="slot"/> apart along a horizontal axis:
    /// horizontal when the widest label fits its slot, 45° when the slot leaves room between two parallel slanted
    /// labels (the perpendicular gap of labels a slot apart at 45° is slot·sin 45°), otherwise vertical.
    /// Callers size slots to at least <see cref="MinimumSlot"/>, so vertical labels never touch either.
    /// </summary>
    public static CategoryAxisLayout ForHorizontalAxis(IReadOnlyList<string> labels, float slot, float fontSize)
    {
        float widest = TextMeasure.MaxWidth(labels, fontSize);
        float lineHeight = TextMeasure.LineHeight(fontSize);
        float firstWidth = labels.Count == 0 ? 0 : TextMeasure.Width(labels[0], fontSize);

        if (widest + ChartTheme.TickLabelClearance <= slot)
        {
            return new CategoryAxisLayout(labels, fontSize, 0, ChartTheme.BottomTickGap + lineHeight, Math.Max(0, (firstWidth - slot) / 2));
        }

        if (slot * MathF.Sin(MathF.PI / 4) >= lineHeight + ChartTheme.TickLabelClearance)
        {
            float diagonal = MathF.Sqrt(0.5f);
            return new CategoryAxisLayout(labels, fontSize, -45, ChartTheme.BottomTickGap + (widest + lineHeight) * diagonal, firstWidth * diagonal);
        }

        return new CategoryAxisLayout(labels, fontSize, -90, ChartTheme.BottomTickGap + widest, lineHeight / 2);
    }

    /// <summary>Smallest category spacing at which vertical labels of this font size keep clear of each other.</summary>
    public static float MinimumSlot(float fontSize) => TextMeasure.LineHeight(fontSize) + ChartTheme.TickLabelClearance;
}
