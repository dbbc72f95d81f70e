using System.Globalization;
using System.Text;
using PolicyCompare.Documents;

namespace PolicyCompare.Tests.Robustness;

/// <summary>
/// What a mutation must not change: every task (number and title), its departments (agency and role) and its targets
/// (value, range, unit, kind, comparator, deadline). Text is compared after folding full-width ASCII to half-width and
/// dropping blanks, since a punctuation-width mutation changes the characters but not the plan.
/// </summary>
internal static class PlanSignature
{
    public static IReadOnlyList<string> Of(PolicyDocument document) =>
        document.Tasks.Select(t => string.Join(" | ",
            $"{Fold(t.Number)} {Fold(t.Title)}",
            "departments: " + string.Join(", ", t.Responsibilities.Select(r => $"{r.Canonical ?? Fold(r.Name)}/{r.Role}")),
            "targets: " + string.Join(", ", t.Targets.Select(g => string.Create(CultureInfo.InvariantCulture,
                $"{g.Value}{(g.ValueMax is { } max ? $"-{max}" : "")}{Fold(g.Unit)} {g.Kind} {g.Comparator} {g.DeadlineYear}")))))
            .ToArray();

    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var half = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (!char.IsWhiteSpace(half))
            {
                folded.Append(half);
            }
        }

        return folded.ToString();
    }
}
