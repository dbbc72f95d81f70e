using NUnit.Framework;
using PolicyCompare.Corpus;

namespace PolicyCompare.Tests.Corpus;

/// <summary>Extra fields of a <c>corpus.json</c> entry become the document's custom variables.</summary>
public sealed class CorpusManifestVariablesTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("manifest-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void ExtraFields_AreTypedVariables_AndKnownFieldsAreNot()
    {
        var manifest = Write("""
            { "documents": [ { "id": "a", "file": "a.txt", "region": "吉林省", "year": 2021,
                               "province": "吉林", "fiscalCapacity": 0.42, "population": 2400, "pilot": true, "genre": null } ] }
            """);
        var variables = CorpusManifest.Load(manifest).Documents[0].Variables;
        Assert.That(variables, Is.EqualTo(new Dictionary<string, object?>
        {
            ["province"] = "吉林", ["fiscalCapacity"] = 0.42, ["population"] = 2400.0, ["pilot"] = true, ["genre"] = null,
        }));
    }

    [Test]
    public void AnEntryWithoutExtraFields_HasNoVariables()
    {
        var manifest = Write("""{ "documents": [ { "id": "a", "file": "a.txt", "docNumber": null } ] }""");
        Assert.That(CorpusManifest.Load(manifest).Documents[0].Variables, Is.Empty);
    }

    [Test]
    public void AnObjectValue_IsATypedErrorNamingFileDocumentAndVariable()
    {
        var manifest = Write("""{ "documents": [ { "id": "a", "file": "a.txt", "tags": ["x"] } ] }""");
        Assert.That(() => CorpusManifest.Load(manifest), Throws.InstanceOf<PolicyCompareException>().With.Message.EqualTo(
            $"{manifest}: document \"a\": the variable \"tags\" must be a string, a number, true/false or null, not array."));
    }

    [Test]
    public void AVariableNameAFileCannotCarry_IsATypedError()
    {
        var manifest = Write("""{ "documents": [ { "id": "a", "file": "a.txt", "budget/capita": 3 } ] }""");
        Assert.That(() => CorpusManifest.Load(manifest), Throws.InstanceOf<PolicyCompareException>().With.Message.Contains("\"budget/capita\""));
    }

    [Test]
    public void AVariableOfTwoKinds_IsATypedError()
    {
        var manifest = Write("""
            { "documents": [ { "id": "a", "file": "a.txt", "tier": 1 }, { "id": "b", "file": "b.txt", "tier": null }, { "id": "c", "file": "c.txt", "tier": "high" } ] }
            """);
        Assert.That(() => CorpusManifest.Load(manifest), Throws.InstanceOf<PolicyCompareException>().With.Message.EqualTo(
            $"{manifest}: the variable \"tier\" is a number in document \"a\" but text in document \"c\"."));
    }

    private string Write(string json)
    {
        var path = Path.Combine(_folder, CorpusManifest.FileName);
        File.WriteAllText(path, json);
        return path;
    }
}
