using System.Globalization;
using System.Text;

namespace PolicyCompare.Charts.Rendering;

/// <summary>Shortens labels for axes and legends without splitting a character.</summary>
internal static class LabelText
{
    /// <summary>The ellipsis appended to shortened labels.</summary>
    public const string Ellipsis = "…";

    /// <summary>
    /// <paramref name="text"/> with line breaks flattened and, when longer than <paramref name="maxElements"/> text
    /// elements, cut to <paramref name="maxElements"/> - 1 of them plus an ellipsis.
    /// </summary>
    public static string Abbreviate(string text, int maxElements)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxElements, 2);
        string flat = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var info = new StringInfo(flat);
        if (info.LengthInTextElements <= maxElements)
        {
            return flat;
        }

        return new StringBuilder(info.SubstringByTextElements(0, maxElements - 1).TrimEnd()).Append(Ellipsis).ToString();
    }

    /// <summary>
    /// Shortens each label so its measured width fits <paramref name="maxWidth"/> at <paramref name="fontSize"/>.
    /// </summary>
    public static IReadOnlyList<string> FitWidth(IReadOnlyList<string> labels, float maxWidth, float fontSize)
    {
        var result = new string[labels.Count];
        for (int i = 0; i < labels.Count; i++)
        {
            string label = Abbreviate(labels[i], int.MaxValue);
            int elements = new StringInfo(label).LengthInTextElements;
            while (elements > 2 && TextMeasure.Width(label, fontSize) > maxWidth)
            {
                elements--;
                label = Abbreviate(labels[i], elements);
            }

            result[i] = label;
        }

        return result;
    }
}
