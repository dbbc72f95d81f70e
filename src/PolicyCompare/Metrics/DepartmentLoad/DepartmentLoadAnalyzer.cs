using Microsoft.Extensions.Options;
using PolicyCompare.Corpus;
using PolicyCompare.Documents;

namespace PolicyCompare.Metrics.DepartmentLoad;

/// <summary>Default <see cref="IDepartmentLoadAnalyzer"/>.</summary>
public sealed class DepartmentLoadAnalyzer : IDepartmentLoadAnalyzer
{
    private readonly LoadWeights _weights;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="options">Metrics options (uses the load weights).</param>
    /// <exception cref="PolicyCompareException">The options are invalid.</exception>
    public DepartmentLoadAnalyzer(IOptions<MetricsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Value.EnsureValid();
        _weights = new LoadWeights(options.Value.LeadWeight, options.Value.CoWeight, options.Value.ParticipateWeight);
    }

    /// <inheritdoc />
    public DepartmentLoadResult Analyze(PolicyCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        PlanOrder.RequireUniqueIds(corpus.Documents);
        var plans = PlanOrder.Sort(corpus.Documents);
        var names = AgencyNames(plans);

        var notStated = new List<NotStatedPlan>();
        var loads = new List<AgencyLoad>();
        var concentration = new List<ResponsibilityConcentration>();
        var planEdges = new List<CoResponsibilityEdge>();
        var overall = new Dictionary<(string, string), int>();
        var statedPlans = new List<(PlanReference Plan, int Stated, Dictionary<string, AgencyLoad> ByAgency)>();

        foreach (var plan in plans)
        {
            var reference = PlanReference.Of(plan);
            if (!plan.StatesResponsibilities)
            {
                notStated.Add(new NotStatedPlan(reference, plan.Tasks.Count));
                continue;
            }

            var roles = new Dictionary<string, int[]>(StringComparer.Ordinal);
            var ledBy = new Dictionary<(string, LeadBasis), int>();
            var edges = new Dictionary<(string, string), int>();
            var stated = 0;
            foreach (var task in plan.Tasks)
            {
                if (task.Responsibilities.Count == 0)
                {
                    continue;
                }

                stated++;
                var strongest = StrongestRoles(task);
                foreach (var (agency, basis) in LeadBases(task, strongest))
                {
                    ledBy[(agency, basis)] = ledBy.GetValueOrDefault((agency, basis)) + 1;
                }

                foreach (var (agency, role) in strongest)
                {
                    if (!roles.TryGetValue(agency, out var counts))
                    {
                        roles[agency] = counts = new int[3];
                    }

                    counts[(int)role]++;
                }

                var agencies = strongest.Keys.Order(StringComparer.Ordinal).ToArray();
                for (var i = 0; i < agencies.Length; i++)
                {
                    for (var j = i + 1; j < agencies.Length; j++)
                    {
                        var pair = (agencies[i], agencies[j]);
                        edges[pair] = edges.GetValueOrDefault(pair) + 1;
                        overall[pair] = overall.GetValueOrDefault(pair) + 1;
                    }
                }
            }

            var weighted = roles.ToDictionary(
                r => r.Key,
                r => (_weights.Lead * r.Value[0]) + (_weights.Co * r.Value[1]) + (_weights.Participate * r.Value[2]),
                StringComparer.Ordinal);
            var totalLoad = weighted.Values.Sum();
            var planLoads = roles
                .Select(r => new AgencyLoad(
                    reference,
                    r.Key,
                    names[r.Key],
                    r.Value[0],
                    r.Value[1],
                    r.Value[2],
                    r.Value.Sum(),
                    stated,
                    (double)r.Value.Sum() / stated,
                    (double)r.Value[0] / stated,
                    weighted[r.Key],
                    weighted[r.Key] / stated,
                    totalLoad > 0 ? weighted[r.Key] / totalLoad : double.NaN)
                {
                    LedByPlanRule = ledBy.GetValueOrDefault((r.Key, LeadBasis.PlanRule)),
                    LedByConvention = ledBy.GetValueOrDefault((r.Key, LeadBasis.Convention)),
                })
                .OrderByDescending(l => l.WeightedLoad)
                .ThenBy(l => l.AgencyKey, StringComparer.Ordinal)
                .ToArray();
            loads.AddRange(planLoads);
            concentration.Add(Concentrate(reference, plan.Tasks.Count, stated, planLoads, totalLoad));
            planEdges.AddRange(Edges(plan.Id, edges, names));
            statedPlans.Add((reference, stated, planLoads.ToDictionary(l => l.AgencyKey, StringComparer.Ordinal)));
        }

        var comparison = statedPlans
            .SelectMany(p => p.ByAgency.Keys)
            .Distinct(StringComparer.Ordinal)
            .Select(key => (Key: key, Plans: statedPlans.Count(p => p.ByAgency.ContainsKey(key))))
            .OrderByDescending(a => a.Plans)
            .ThenBy(a => a.Key, StringComparer.Ordinal)
            .SelectMany(a => statedPlans.Select(p =>
            {
                var load = p.ByAgency.GetValueOrDefault(a.Key);
                return new AgencyComparison(
                    a.Key,
                    names[a.Key],
                    p.Plan,
                    load?.Led ?? 0,
                    load?.TasksInvolved ?? 0,
                    p.Stated,
                    load?.LeadShare ?? 0,
                    load?.InvolvementShare ?? 0,
                    load?.LoadPerTask ?? 0);
            }))
            .ToArray();

        var unique = statedPlans
            .SelectMany(p => p.ByAgency.Values)
            .GroupBy(l => l.AgencyKey, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .Select(g => g.Single())
            .Select(l => new UniqueAgency(l.AgencyKey, l.AgencyName, l.Plan, l.TasksInvolved))
            .OrderBy(u => statedPlans.FindIndex(p => p.Plan == u.Plan))
            .ThenBy(u => u.AgencyKey, StringComparer.Ordinal)
            .ToArray();

        return new DepartmentLoadResult(_weights, loads, concentration, planEdges, Edges(null, overall, names), comparison, unique, notStated);
    }

    /// <summary>Agency key: the canonical key, or the name as written when no alias matched.</summary>
    internal static string KeyOf(Responsibility r) => r.Canonical ?? r.Name;

    /// <summary>How each agency that leads the task came to lead it (explicit marks win over the plan's rule and the convention).</summary>
    private static IEnumerable<(string Agency, LeadBasis Basis)> LeadBases(PolicyTask task, Dictionary<string, ResponsibilityRole> strongest) =>
        task.Responsibilities
            .Where(r => !r.IsUnspecified && r.Role == ResponsibilityRole.Lead && r.LeadBasis is not null && strongest.GetValueOrDefault(KeyOf(r), ResponsibilityRole.Participate) == ResponsibilityRole.Lead)
            .GroupBy(KeyOf, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Min(r => r.LeadBasis!.Value)));

    /// <summary>The strongest role of each agency on the task; generic names (各相关部门, 各地…) are no agency and are left out.</summary>
    private static Dictionary<string, ResponsibilityRole> StrongestRoles(PolicyTask task)
    {
        var strongest = new Dictionary<string, ResponsibilityRole>(StringComparer.Ordinal);
        foreach (var r in task.Responsibilities.Where(r => !r.IsUnspecified))
        {
            var key = KeyOf(r);
            // Lead < Co < Participate in enum order, so the smaller value is the stronger role.
            if (!strongest.TryGetValue(key, out var existing) || r.Role < existing)
            {
                strongest[key] = r.Role;
            }
        }

        return strongest;
    }

    /// <summary>Display name per key: the canonical name when any mention has one, else the ordinally first name as written.</summary>
    private static Dictionary<string, string> AgencyNames(IEnumerable<PolicyDocument> plans) =>
        plans.SelectMany(p => p.Tasks).SelectMany(t => t.Responsibilities).Where(r => !r.IsUnspecified)
            .GroupBy(KeyOf, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(r => r.CanonicalName).Where(n => n is not null).Order(StringComparer.Ordinal).FirstOrDefault()
                     ?? g.Select(r => r.Name).Order(StringComparer.Ordinal).First(),
                StringComparer.Ordinal);

    private static ResponsibilityConcentration Concentrate(PlanReference plan, int taskCount, int stated, IReadOnlyList<AgencyLoad> loads, double totalLoad)
    {
        var herfindahl = totalLoad > 0 ? Concentration.Herfindahl(loads.Select(l => l.LoadShare).ToArray()) : double.NaN;
        var gini = Concentration.Gini(loads.Select(l => l.WeightedLoad).ToArray());
        var lead = loads.Where(l => l.Led > 0)
            .OrderByDescending(l => l.Led).ThenByDescending(l => l.WeightedLoad).ThenBy(l => l.AgencyKey, StringComparer.Ordinal)
            .FirstOrDefault();
        var top = loads.Count == 0 || totalLoad <= 0 ? null : loads[0];
        return new ResponsibilityConcentration(
            plan,
            taskCount,
            stated,
            loads.Count,
            herfindahl,
            gini,
            lead?.AgencyKey,
            lead?.AgencyName,
            lead is null ? double.NaN : lead.LeadShare,
            top?.AgencyKey,
            top?.LoadShare ?? double.NaN);
    }

    private static IReadOnlyList<CoResponsibilityEdge> Edges(string? documentId, Dictionary<(string A, string B), int> edges, Dictionary<string, string> names) =>
        edges
            .OrderByDescending(e => e.Value)
            .ThenBy(e => e.Key.A, StringComparer.Ordinal)
            .ThenBy(e => e.Key.B, StringComparer.Ordinal)
            .Select(e => new CoResponsibilityEdge(documentId, e.Key.A, names[e.Key.A], e.Key.B, names[e.Key.B], e.Value))
            .ToArray();
}
