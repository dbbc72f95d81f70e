using PolicyCompare.Documents;

namespace PolicyCompare.Parsing.Numbering;

/// <summary>A line-initial number that may open a unit.</summary>
/// <param name="PieceIndex">The content piece it starts.</param>
/// <param name="Marker">The number.</param>
/// <param name="HeadingLike">Whether its line is short and has no full stop, as headings are.</param>
/// <param name="StandsAlone">Whether it opens a fresh paragraph: the piece before it finished a sentence or was a numbered title.</param>
internal sealed record OutlineCandidate(int PieceIndex, NumberMarker Marker, bool HeadingLike, bool StandsAlone);

/// <summary>A numbering irregularity the outline accepted: where, what kind, and a message.</summary>
/// <param name="Offset">Source offset of the marker.</param>
/// <param name="Kind">The kind of irregularity.</param>
/// <param name="Message">What was found.</param>
internal sealed record OutlineIrregularity(int Offset, ParseWarningKind Kind, string Message);

/// <summary>
/// Turns line-initial numbers into a document outline. Numbering styles take levels in order of first appearance;
/// a number counts when it continues its level (next value, a restart at 1 under a new parent, or a small gap), so an
/// enumeration that happens to start a line inside a sentence does not split a task. A number that does not continue
/// (a repeat, a step back, a larger gap) still opens a unit when it starts a fresh paragraph, so shuffled or damaged
/// numbering loses nothing; each such number is reported as an irregularity. A heading-like line numbered 一、 (or the
/// outermost style) may restart the top level, as when a notice with its own points is followed by the plan. Tasks are
/// the units of the first level whose units mostly have no sub-units (and, when some do, mostly do not read as
/// headings), decided for each top-level part; levels above it are sections, numbered units below it are sub-points.
/// </summary>
internal static class OutlineBuilder
{
    /// <summary>Builds the outline from candidate markers in document order.</summary>
    /// <param name="candidates">Every line-initial number, in document order.</param>
    /// <param name="maxGap">Largest jump between consecutive numbers of one level accepted inside a paragraph.</param>
    /// <returns>The accepted units with their roles, and the numbering irregularities accepted on the way, in source order.</returns>
    public static (IReadOnlyList<OutlineUnit> Units, IReadOnlyList<OutlineIrregularity> Irregularities) Build(IReadOnlyList<OutlineCandidate> candidates, int maxGap)
    {
        var levels = new Dictionary<NumberingScheme, int>();
        foreach (var candidate in candidates)
        {
            levels.TryAdd(candidate.Marker.Scheme, levels.Count + 1);
        }

        var units = new List<OutlineUnit>();
        var irregularities = new List<OutlineIrregularity>();
        var stack = new List<int>(); // indexes into units: the open path
        var lastChild = new Dictionary<(int Parent, int Level), int>();
        var seen = new Dictionary<(int Parent, int Level), HashSet<int>>();
        var lastAtLevel = new Dictionary<int, int>();
        var groups = new List<(HashSet<int> Level, int Unit)>(); // each accepted unit with the numbers of its (parent, level)
        foreach (var (pieceIndex, marker, headingLike, standsAlone) in candidates)
        {
            var level = levels[marker.Scheme];
            var depth = stack.Count;
            while (depth > 0 && units[stack[depth - 1]].Level >= level)
            {
                depth--;
            }

            var parent = depth > 0 ? stack[depth - 1] : -1;
            var restartsTop = level == 1 && marker.Value == 1 && headingLike && lastChild.ContainsKey((-1, 1));
            if (restartsTop)
            {
                // A new part (the plan after its notice): earlier top-level units stay as they are, numbering starts over.
                depth = 0;
                parent = -1;
                lastChild.Clear();
                seen.Clear();
                lastAtLevel.Clear();
            }
            else if (!Continues(marker.Value, parent, level, lastChild, lastAtLevel, maxGap))
            {
                if (!standsAlone)
                {
                    continue;
                }

                if (Irregularity(marker, parent, level, lastChild, seen) is { } irregularity)
                {
                    irregularities.Add(irregularity);
                }
            }

            stack.RemoveRange(depth, stack.Count - depth);
            var unit = new OutlineUnit(pieceIndex, marker, level, parent, headingLike);
            units.Add(unit);
            if (parent >= 0)
            {
                units[parent].HasChildren = true;
            }

            stack.Add(units.Count - 1);
            lastChild[(parent, level)] = marker.Value;
            if (!seen.TryGetValue((parent, level), out var values))
            {
                seen[(parent, level)] = values = [];
            }

            values.Add(marker.Value);
            lastAtLevel[level] = marker.Value;
            groups.Add((values, units.Count - 1));
        }

        irregularities.AddRange(Gaps(units, groups));
        AssignRoles(units);
        return (units, irregularities.OrderBy(i => i.Offset).ToList());
    }

    private static bool Continues(int value, int parent, int level, Dictionary<(int, int), int> lastChild, Dictionary<int, int> lastAtLevel, int maxGap)
    {
        if (lastChild.TryGetValue((parent, level), out var previous))
        {
            return value > previous && value - previous <= maxGap;
        }

        // First unit of this level under this parent: a restart at 1, or numbering continued from the previous parent.
        if (value == 1)
        {
            return true;
        }

        return lastAtLevel.TryGetValue(level, out var global) && value > global && value - global <= maxGap;
    }

    private static OutlineIrregularity? Irregularity(NumberMarker marker, int parent, int level, Dictionary<(int, int), int> lastChild, Dictionary<(int, int), HashSet<int>> seen)
    {
        if (!lastChild.TryGetValue((parent, level), out var previous))
        {
            return new OutlineIrregularity(marker.Start, ParseWarningKind.NumberingGap,
                $"{marker.Text} opens its level without the numbers before it; kept as a unit.");
        }

        if (seen[(parent, level)].Contains(marker.Value))
        {
            return new OutlineIrregularity(marker.Start, ParseWarningKind.DuplicateNumber,
                $"{marker.Text} repeats a number already used at its level; kept as a separate unit.");
        }

        // A jump forward is judged by Gaps once every number of the level is known.
        return marker.Value < previous
            ? new OutlineIrregularity(marker.Start, ParseWarningKind.NumberingOutOfOrder,
                $"{marker.Text} comes after {previous} at its level (out of order); kept as a unit where it stands.")
            : null;
    }

    /// <summary>
    /// Numbers skipped at a level (（十） then （十二）), judged once the whole document is read, so that sections that
    /// are merely shuffled (三 before 二) report their order and not a gap.
    /// </summary>
    private static IEnumerable<OutlineIrregularity> Gaps(List<OutlineUnit> units, List<(HashSet<int> Level, int Unit)> groups)
    {
        var previous = new Dictionary<HashSet<int>, int>(ReferenceEqualityComparer.Instance);
        foreach (var (numbers, index) in groups)
        {
            var value = units[index].Marker.Value;
            if (previous.TryGetValue(numbers, out var before) && value > before + 1
                && Enumerable.Range(before + 1, value - before - 1).Any(v => !numbers.Contains(v)))
            {
                yield return new OutlineIrregularity(units[index].Marker.Start, ParseWarningKind.NumberingGap,
                    $"{units[index].Marker.Text} follows {before} at its level: numbers in between are missing.");
            }

            previous[numbers] = Math.Max(value, previous.GetValueOrDefault(numbers));
        }
    }

    private static void AssignRoles(List<OutlineUnit> units)
    {
        if (units.Count == 0)
        {
            return;
        }

        var taskLevel = TaskLevel(units);

        // Parts differ: 主要任务 groups its tasks under (一) headings while 保障措施 numbers its tasks (一)(二) directly.
        // A top-level part whose units at the task level all hold numbered sub-units has its tasks one level deeper.
        var partTaskLevel = new int[units.Count];
        var partStart = 0;
        for (var i = 1; i <= units.Count; i++)
        {
            if (i < units.Count && units[i].Level != 1)
            {
                continue;
            }

            var level = taskLevel;
            if (taskLevel > 1 && units[partStart].Level == 1)
            {
                var part = units.GetRange(partStart, i - partStart);
                while (part.Where(u => u.Level == level).ToList() is { Count: > 0 } atLevel && atLevel.All(u => u.HasChildren))
                {
                    level++;
                }
            }

            Array.Fill(partTaskLevel, level, partStart, i - partStart);
            partStart = i;
        }

        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Level > partTaskLevel[i])
            {
                unit.Role = OutlineRole.SubPoint;
            }
            else if (unit.Level == partTaskLevel[i])
            {
                unit.Role = OutlineRole.Task;
            }
            else
            {
                // Above the task level: a heading, unless it is a lone leaf inside a section (it carries content
                // itself). Top-level leaves (总体要求, 组织实施 prose) stay sections without tasks.
                unit.Role = unit.HasChildren || unit.Level == 1 ? OutlineRole.Section : OutlineRole.Task;
                unit.IsLeafHeading = unit.Role == OutlineRole.Task;
            }
        }

        // A sub-point needs a task around it; numbered points directly under a section are tasks themselves.
        foreach (var unit in units.Where(u => u.Role == OutlineRole.SubPoint))
        {
            var parent = unit.Parent;
            while (parent >= 0 && units[parent].Role == OutlineRole.SubPoint)
            {
                parent = units[parent].Parent;
            }

            if (parent < 0 || units[parent].Role != OutlineRole.Task)
            {
                unit.Role = OutlineRole.Task;
            }
        }
    }

    /// <summary>The first level whose units mostly have no sub-units.</summary>
    private static int TaskLevel(IReadOnlyList<OutlineUnit> units)
    {
        var maxLevel = units.Max(u => u.Level);
        for (var level = 1; level <= maxLevel; level++)
        {
            var atLevel = units.Where(u => u.Level == level).ToList();
            if (atLevel.Count == 0)
            {
                continue;
            }

            // A level is a section level when most of its units contain sub-units, or when some do and most of its
            // lines read as headings (a notice's 一、提高认识 points before the plan's own 一、 sections).
            var withChildren = atLevel.Count(u => u.HasChildren);
            var headings = atLevel.Count(u => u.HeadingLike);
            if (withChildren * 2 < atLevel.Count && (withChildren == 0 || headings * 2 <= atLevel.Count))
            {
                return level;
            }
        }

        return maxLevel;
    }
}
