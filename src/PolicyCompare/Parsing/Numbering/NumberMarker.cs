namespace PolicyCompare.Parsing.Numbering;

/// <summary>A number written at the start of a unit, e.g. <c>（十七）</c>.</summary>
/// <param name="Scheme">The numbering style.</param>
/// <param name="Value">The number's value (十七 is 17).</param>
/// <param name="Start">Source offset of the marker.</param>
/// <param name="Length">Marker length including its delimiter (、 or .).</param>
/// <param name="Text">The marker as written, including its delimiter.</param>
internal sealed record NumberMarker(NumberingScheme Scheme, int Value, int Start, int Length, string Text)
{
    /// <summary>Offset one past the marker.</summary>
    public int End => Start + Length;

    /// <summary>The marker without a trailing 、 . ． 。 delimiter (一、 gives 一; (一) stays (一)).</summary>
    public string Bare => Text.TrimEnd('、', '.', '．', '。', ' ');
}
