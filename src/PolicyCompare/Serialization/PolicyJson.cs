using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyCompare.Corpus;
using PolicyCompare.Documents;

namespace PolicyCompare.Serialization;

/// <summary>
/// Writes and reads the <c>--json</c> model of parsed plans: camelCase names, enums as camelCase strings, Chinese
/// text unescaped, numbers in invariant form, nulls kept so every document has the same shape. Output is deterministic.
/// </summary>
public static class PolicyJson
{
    /// <summary>The serializer options used for the model.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Maps a corpus to the JSON model.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <returns>The model.</returns>
    public static CorpusJson ToModel(PolicyCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return new CorpusJson(corpus.Documents.Select(ToModel).ToList(), corpus.Notices);
    }

    /// <summary>Maps a document to the JSON model.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The model.</returns>
    public static DocumentJson ToModel(PolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var m = document.Metadata;
        return new DocumentJson(
            m.Id, m.Region, m.RegionEn, m.Level, m.Year, m.Title, m.Issuer, m.DocNumber, m.File, document.SourceEncoding,
            m.InferredFields,
            document.StatesResponsibilities,
            document.Sections.Select(s => new SectionJson(s.Number, s.Title, s.Depth, s.ParentIndex, Span(s.Span))).ToList(),
            document.Tasks.Select(ToModel).ToList(),
            document.Spans.Select(s => new DocumentSpanJson(s.Kind, s.Span.Start, s.Span.Length)).ToList(),
            document.Warnings.Select(w => new ParseWarningJson(w.Kind, w.SourceOffset, w.Line, w.Message)).ToList());
    }

    /// <summary>Serializes a corpus.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <returns>Indented JSON.</returns>
    public static string Serialize(PolicyCorpus corpus) => JsonSerializer.Serialize(ToModel(corpus), Options);

    /// <summary>Writes a corpus as JSON to a stream (UTF-8, no BOM).</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="stream">The destination.</param>
    public static void Write(PolicyCorpus corpus, Stream stream) => JsonSerializer.Serialize(stream, ToModel(corpus), Options);

    /// <summary>Reads JSON written by <see cref="Serialize"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The model.</returns>
    /// <exception cref="PolicyCompareException">The JSON is malformed.</exception>
    public static CorpusJson Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<CorpusJson>(json, Options) ?? throw new PolicyCompareException("The JSON document is empty.");
        }
        catch (JsonException ex)
        {
            throw new PolicyCompareException($"Malformed PolicyCompare JSON: {ex.Message}", ex);
        }
    }

    private static TaskJson ToModel(PolicyTask task) => new(
        task.Ordinal,
        task.SectionPath,
        task.Number,
        task.Title,
        task.Text.Value,
        Span(task.Span),
        task.ResponsibilitySpan is { } r ? Span(r) : null,
        task.Responsibilities.Select(r => new ResponsibilityJson(r.Name, r.Canonical, r.CanonicalName, r.LevelPrefix, r.Role, r.Rank, Span(r.Span), r.LeadBasis, r.IsUnspecified)).ToList(),
        task.Targets.Select(t => new TargetJson(t.Text, double.IsNaN(t.Value) ? null : t.Value, t.ValueMax, t.Unit, t.Kind, t.Comparator, t.Scope, t.Per, t.DeadlineYear, t.DeadlineMonth, t.IsFullCoverage, Span(t.Span))).ToList());

    private static SpanJson Span(SourceSpan span) => new(span.Start, span.Length);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
