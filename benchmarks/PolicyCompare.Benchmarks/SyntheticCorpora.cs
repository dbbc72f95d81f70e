using PolicyCompare.Parsing;
using PolicyCompare.Synthesis;

namespace PolicyCompare.Benchmarks;

/// <summary>Synthetic corpora recombined from the seeds (<see cref="CorpusSynthesizer"/>, seed 1), as the scaling run uses.</summary>
internal static class SyntheticCorpora
{
    private static readonly Lazy<Corpus.PolicyCorpus> Seeds = new(() => new Corpus.FileCorpusLoader(new PlanParser()).Load([SeedCorpusFiles.Folder]));

    /// <summary>The generated corpus of <paramref name="plans"/> plans (deterministic).</summary>
    public static SyntheticCorpus Of(int plans) => CorpusSynthesizer.Synthesize(Seeds.Value, new SynthesisOptions { Plans = plans, Seed = 1 });

    /// <summary>Writes the corpus of <paramref name="plans"/> plans to a new temporary folder; the caller deletes it.</summary>
    public static string Write(int plans)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"policycompare-bench-synth-{plans}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        SyntheticCorpusWriter.Write(Of(plans), folder);
        return folder;
    }
}
