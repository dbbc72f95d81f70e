namespace PolicyCompare.Parsing.Numbering;

/// <summary>
/// Turns line-initial numbers into a document outline. Numbering styles take levels in order of first appearance;
/// a number counts only when it continues its level (next value, a restart at 1 under a new parent, or a small gap),
/// so an enumeration that happens to start a line does not split a task. A heading-like line numbered 一、 (or the
/// outermost style) may restart the top level, as when a notice with its own points is followed by the plan. Tasks are
/// the units of the first level whose units mostly have no sub-units (and, when some do, mostly do not read as
/// headings); levels above it are sections, numbered units below it are sub-points.
/// </summary>
internal static class OutlineBuilder
{
    /// <summary>Builds the outline from candidate markers in document order.</summary>
    /// <param name="candidates">Piece index and marker of every line-initial number, and whether its line looks like a heading (short, no full stop).</param>
    /// <param name="maxGap">Largest accepted jump between consecutive numbers of one level.</param>
    /// <returns>The accepted units with their roles.</returns>
    public static IReadOnlyList<OutlineUnit> Build(IReadOnlyList<(int PieceIndex, NumberMarker Marker, bool HeadingLike)> candidates, int maxGap)
    {
        var levels = new Dictionary<NumberingScheme, int>();
        foreach (var (_, marker, _) in candidates)
        {
            levels.TryAdd(marker.Scheme, levels.Count + 1);
        }

        var units = new List<OutlineUnit>();
        var stack = new List<int>(); // indexes into units: the open path
        var lastChild = new Dictionary<(int Parent, int Level), int>();
        var lastAtLevel = new Dictionary<int, int>();
        foreach (var (pieceIndex, marker, headingLike) in candidates)
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
                foreach (var key in lastChild.Keys.ToList())
                {
                    lastChild.Remove(key);
                }

                lastAtLevel.Clear();
            }
            else if (!Continues(marker.Value, parent, level, lastChild, lastAtLevel, maxGap))
            {
                continue;
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
            lastAtLevel[level] = marker.Value;
        }

        AssignRoles(units);
        return units;
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

    private static void AssignRoles(List<OutlineUnit> units)
    {
        if (units.Count == 0)
        {
            return;
        }

        var maxLevel = units.Max(u => u.Level);
        var taskLevel = maxLevel;
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
                taskLevel = level;
                break;
            }
        }

        foreach (var unit in units)
        {
            if (unit.Level > taskLevel)
            {
                unit.Role = OutlineRole.SubPoint;
            }
            else if (unit.Level == taskLevel)
            {
                unit.Role = OutlineRole.Task;
            }
            else
            {
                // Above the task level: a heading, unless it is a lone leaf inside a section (it carries content
                // itself). Top-level leaves (总体要求, 组织实施 prose) stay sections without tasks.
                unit.Role = unit.HasChildren || unit.Level == 1 ? OutlineRole.Section : OutlineRole.Task;
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
}
