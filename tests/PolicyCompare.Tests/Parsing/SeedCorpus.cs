using NUnit.Framework;
using PolicyCompare.Corpus;
using PolicyCompare.Documents;
using PolicyCompare.Parsing;

namespace PolicyCompare.Tests.Parsing;

/// <summary>The five seed plans, loaded once through the manifest.</summary>
internal static class SeedCorpus
{
    private static readonly Lazy<PolicyCorpus> Corpus = new(() => new FileCorpusLoader(new PlanParser()).Load([Folder]));

    public static string Folder => Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds");

    public static PolicyCorpus Load() => Corpus.Value;

    public static PolicyDocument Document(string id) => Corpus.Value[id];

    public static PolicyTask Task(string id, int ordinal) => Corpus.Value[id].Tasks[ordinal - 1];
}
