using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyCompare.Corpus;
using PolicyCompare.Evaluation;
using PolicyCompare.Export;

namespace PolicyCompare.Synthesis;

/// <summary>
/// Writes a <see cref="SyntheticCorpus"/> as a corpus folder: one UTF-8 text file per plan, the <c>corpus.json</c> manifest,
/// <c>task-sources.tsv</c> (<c>document, ordinal, source_document, source_ordinal</c>: the source task of every generated
/// task) and, given labels of the source corpus, <c>gold.tsv</c> with those labels carried over (the format
/// <c>policycompare evaluate --gold</c> reads).
/// </summary>
public static class SyntheticCorpusWriter
{
    /// <summary>The side file mapping generated tasks to their sources.</summary>
    public const string SourcesFileName = "task-sources.tsv";

    /// <summary>The propagated labels file.</summary>
    public const string GoldFileName = "gold.tsv";

    private static readonly JsonSerializerOptions ManifestJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The output kind (marker <c>.policycompare-synth</c>) for <see cref="OutputFolder.Check"/>.</summary>
    public const string OutputKind = "synth";

    /// <summary>
    /// Writes the corpus into <paramref name="folder"/> under the rules of <see cref="OutputFolder"/>: a new or empty folder,
    /// or an earlier synthetic corpus (never an input, the current folder or home), written into a hidden sibling and moved
    /// into place only when complete.
    /// </summary>
    /// <param name="corpus">The generated corpus.</param>
    /// <param name="folder">The output folder; created when missing.</param>
    /// <param name="sourceLabels">Labels of the source corpus to carry over into <c>gold.tsv</c>, or null for none.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is left behind and the folder is untouched.</param>
    /// <exception cref="OutputFolderException">The folder is refused (someone's files, an input …); nothing was touched.</exception>
    public static void Write(SyntheticCorpus corpus, string folder, GoldLabels? sourceLabels = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        Write(corpus, OutputFolder.Check(folder, OutputKind), sourceLabels, cancellationToken);
    }

    /// <summary>Writes the corpus into a folder checked before the corpus was generated.</summary>
    /// <param name="corpus">The generated corpus.</param>
    /// <param name="target">From <see cref="OutputFolder.Check"/> with kind <see cref="OutputKind"/>.</param>
    /// <param name="sourceLabels">Labels of the source corpus to carry over into <c>gold.tsv</c>, or null for none.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is left behind and the folder is untouched.</param>
    /// <exception cref="OutputFolderException">The folder is refused, or writing it failed.</exception>
    public static void Write(SyntheticCorpus corpus, OutputFolder target, GoldLabels? sourceLabels = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(target);
        target.Write(folder => WriteContent(corpus, folder, sourceLabels, cancellationToken), cancellationToken);
    }

    private static void WriteContent(SyntheticCorpus corpus, string folder, GoldLabels? sourceLabels, CancellationToken cancellationToken)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var plan in corpus.Plans)
        {
            cancellationToken.ThrowIfCancellationRequested();
            File.WriteAllText(Path.Combine(folder, plan.Metadata.File!), plan.Text, utf8);
        }

        var manifest = new
        {
            documents = corpus.Plans.Select(p => new
            {
                p.Metadata.Id,
                p.Metadata.File,
                p.Metadata.Region,
                p.Metadata.RegionEn,
                p.Metadata.Level,
                p.Metadata.Year,
                p.Metadata.Title,
                p.Metadata.Issuer,
                p.Metadata.DocNumber,
            }),
        };
        File.WriteAllText(Path.Combine(folder, CorpusManifest.FileName), JsonSerializer.Serialize(manifest, ManifestJson) + "\n", utf8);

        var sources = new StringBuilder("document\tordinal\tsource_document\tsource_ordinal\n");
        foreach (var source in corpus.Sources)
        {
            sources.Append(CultureInfo.InvariantCulture, $"{source.Task.DocumentId}\t{source.Task.Ordinal}\t{source.Source.DocumentId}\t{source.Source.Ordinal}\n");
        }

        File.WriteAllText(Path.Combine(folder, SourcesFileName), sources.ToString(), utf8);
        if (sourceLabels is not null)
        {
            var gold = new StringBuilder(string.Join('\t', GoldLabels.Header) + "\n");
            foreach (var label in corpus.PropagateLabels(sourceLabels))
            {
                gold.Append(CultureInfo.InvariantCulture, $"{label.Task.DocumentId}\t{label.Task.Ordinal}\t{label.Topic}\n");
            }

            File.WriteAllText(Path.Combine(folder, GoldFileName), gold.ToString(), utf8);
        }
    }
}
