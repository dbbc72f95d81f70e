namespace PolicyCompare.Charts.Rendering;

/// <summary>A piece of text a rendered chart draws and the font family it is drawn in.</summary>
/// <param name="Text">The text.</param>
/// <param name="FontName">The ScottPlot font family name used for it.</param>
/// <param name="Role">Where it appears (title, tick, legend, annotation …), for diagnostics.</param>
internal sealed record DrawnLabel(string Text, string FontName, string Role);
