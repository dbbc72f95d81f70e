using NUnit.Framework;
namespace PolicyCompare.Tests.Parsing;

public sealed class SeedTaskCountTests
{
    [TestCase("jilin-2021", 20, 4)]
    [TestCase("chengdu-2021", 20, 4)]
    [TestCase("jingmen-2017", 29, 6)]
    [TestCase("hubei-2024", 31, 8)]
    [TestCase("innermongolia-2016", 46, 10)]
    public void Seed_has_the_published_number_of_tasks_and_sections(string id, int tasks, int sections)
    {
        var document = SeedCorpus.Document(id);

        Assert.Multiple(() =>
        {
            Assert.That(document.Tasks, Has.Count.EqualTo(tasks));
            Assert.That(document.Sections, Has.Count.EqualTo(sections));
            Assert.That(document.Tasks.Select(t => t.Ordinal), Is.EqualTo(Enumerable.Range(1, tasks)));
        });
    }

    [Test]
    public void Corpus_is_ordered_by_year_then_id()
    {
        var ids = SeedCorpus.Load().Documents.Select(d => d.Id);

        Assert.That(ids, Is.EqualTo(new[] { "innermongolia-2016", "jingmen-2017", "chengdu-2021", "jilin-2021", "hubei-2024" }));
    }
}
