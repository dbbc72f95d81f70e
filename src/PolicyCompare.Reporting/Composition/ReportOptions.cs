namespace PolicyCompare.Reporting.Composition;

/// <summary>Settings of the composed report.</summary>
public sealed class ReportOptions
{
    /// <summary>Language of headings, labels and readings.</summary>
    /// <value>Default <see cref="ReportLanguage.Chinese"/>.</value>
    public ReportLanguage Language { get; set; } = ReportLanguage.Chinese;

    /// <summary>Most target-drift charts drawn (metrics stated by the most plans first); every metric is still in the tables and CSVs.</summary>
    /// <value>Default 12; 0 to 200.</value>
    public int MaxDriftCharts { get; set; } = 12;

    /// <summary>Agencies per plan in the per-plan department charts (largest weighted load first).</summary>
    /// <value>Default 12; 1 to 40.</value>
    public int MaxAgenciesPerChart { get; set; } = 12;

    /// <summary>
    /// Most plans a chart draws one by one (a column, row or bar each, with a legible label); a larger corpus gets the
    /// charts summed up by region (by year for emphasis), one corpus-wide agency chart instead of one per plan, and a
    /// region × region similarity computed from the coverage matrix. The tables and CSVs still hold every plan.
    /// </summary>
    /// <value>Default 40; 2 to 200.</value>
    public int MaxPlansPerChart { get; set; } = 40;

    /// <summary>Rows of long tables (gaps, language shifts, links) shown in the report; CSVs always hold every row.</summary>
    /// <value>Default 30; 1 to 1000.</value>
    public int MaxTableRows { get; set; } = 30;

    /// <summary>Problems with the settings, empty when valid.</summary>
    /// <returns>One message per problem.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxDriftCharts is < 0 or > 200)
        {
            problems.Add($"MaxDriftCharts must be between 0 and 200 (was {MaxDriftCharts}).");
        }

        if (MaxAgenciesPerChart is < 1 or > 40)
        {
            problems.Add($"MaxAgenciesPerChart must be between 1 and 40 (was {MaxAgenciesPerChart}).");
        }

        if (MaxPlansPerChart is < 2 or > 200)
        {
            problems.Add($"MaxPlansPerChart must be between 2 and 200 (was {MaxPlansPerChart}).");
        }

        if (MaxTableRows is < 1 or > 1000)
        {
            problems.Add($"MaxTableRows must be between 1 and 1000 (was {MaxTableRows}).");
        }

        return problems;
    }
}
