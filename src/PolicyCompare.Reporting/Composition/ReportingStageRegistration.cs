using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PolicyCompare.Reporting.Composition;

/// <summary>Registers the report stage (the core cannot: it does not depend on the charts package).</summary>
internal static class ReportingStageRegistration
{
    /// <summary>
    /// Adds <see cref="ReportBuilder"/>, <see cref="ReportFolderWriter"/> and <see cref="PolicyReportWriter"/>, and validated
    /// <see cref="ReportOptions"/> defaults (callers such as the CLI pass per-run options to <see cref="PolicyReportWriter"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional changes to the default options.</param>
    /// <returns>The same collection.</returns>
    internal static IServiceCollection AddReportingStage(this IServiceCollection services, Action<ReportOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ReportOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.Validate().Count == 0, "Invalid ReportOptions: see ReportOptions.Validate().");
        services.TryAddSingleton<ReportBuilder>();
        services.TryAddSingleton<ReportFolderWriter>();
        services.TryAddSingleton<PolicyReportWriter>();
        return services;
    }
}
