using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyCompare.Analysis;
using PolicyCompare.Corpus;
using PolicyCompare.Metrics;
using PolicyCompare.Metrics.Coverage;
using PolicyCompare.Metrics.DepartmentLoad;
using PolicyCompare.Metrics.TargetDrift;

namespace PolicyCompare.Export;

/// <summary>
/// The JSON form of a <see cref="CorpusAnalysis"/> (for <c>analyze --json</c>): settings, plans, topics, the three
/// results as typed, and the files skipped while loading (<c>skipped</c>: path and reason), in camelCase with enums as camelCase strings and Chinese unescaped. Undefined values are the JSON
/// strings <c>"NaN"</c> (System.Text.Json named floating-point literals). Plans' source text is left out; the parse
/// JSON carries it. Output is deterministic.
/// </summary>
public static class AnalysisJson
{
    /// <summary>The serializer options used.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Serializes an analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>Indented JSON.</returns>
    public static string Serialize(CorpusAnalysis analysis) => JsonSerializer.Serialize(ToModel(analysis), Options);

    /// <summary>Writes an analysis as JSON (UTF-8, no byte-order mark) to a stream.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="stream">The destination.</param>
    public static void Write(CorpusAnalysis analysis, Stream stream) => JsonSerializer.Serialize(stream, ToModel(analysis), Options);

    /// <summary>
    /// Writes an analysis as JSON to a text writer as it is serialized, never as one string, so that an analysis of
    /// thousands of plans (hundreds of megabytes of JSON) can be printed.
    /// </summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="writer">The destination (e.g. standard output).</param>
    public static void Write(CorpusAnalysis analysis, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var stream = new Serialization.TextWriterStream(writer);
        JsonSerializer.Serialize(stream, ToModel(analysis), Options);
        stream.Flush();
    }

    private static AnalysisModel ToModel(CorpusAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new AnalysisModel(
            analysis.Settings,
            analysis.Coverage.Matrix.Plans,
            analysis.Topics.Topics
                .OrderBy(t => t.Id, StringComparer.Ordinal)
                .Select(t => new TopicModel(t.Id, t.Label, t.Key, t.EnglishName, t.Keywords, t.Members.Select(m => m.ToString()).ToArray(), t.Cohesion))
                .ToArray(),
            analysis.Coverage,
            analysis.TargetDrift,
            analysis.DepartmentLoad,
            analysis.Corpus.Skipped);
    }

    private sealed record AnalysisModel(
        AnalysisSettings Settings,
        IReadOnlyList<PlanReference> Plans,
        IReadOnlyList<TopicModel> Topics,
        CoverageResult Coverage,
        TargetDriftResult TargetDrift,
        DepartmentLoadResult DepartmentLoad,
        IReadOnlyList<SkippedFile> Skipped);

    private sealed record TopicModel(string Id, string Label, string? Key, string? EnglishName, IReadOnlyList<string> Keywords, IReadOnlyList<string> Members, double Cohesion);
}
