using System.Text.Json;
using NUnit.Framework;
using PolicyCompare.Serialization;
using PolicyCompare.Tests.Parsing;

namespace PolicyCompare.Tests.Serialization;

public sealed class PolicyJsonTests
{
    [Test]
    public void Json_has_the_documented_shape()
    {
        var json = PolicyJson.Serialize(SeedCorpus.Load());
        using var parsed = JsonDocument.Parse(json);
        var document = parsed.RootElement.GetProperty("documents")[0];
        var task = document.GetProperty("tasks")[0];

        Assert.Multiple(() =>
        {
            foreach (var name in new[] { "id", "region", "level", "year", "title", "tasks", "responsibilitiesStated", "sections", "spans" })
            {
                Assert.That(document.TryGetProperty(name, out _), Is.True, name);
            }

            foreach (var name in new[] { "ordinal", "sectionPath", "number", "title", "text", "span", "responsibilities", "targets" })
            {
                Assert.That(task.TryGetProperty(name, out _), Is.True, name);
            }

            Assert.That(task.GetProperty("span").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "start", "length" }));
            Assert.That(json, Does.Contain("\"region\": \"内蒙古自治区\""), "CJK is not escaped");
            Assert.That(json, Does.Contain("\"role\": \"lead\"").And.Contain("\"role\": \"participate\""));
            Assert.That(json, Does.Contain("\"comparator\": \"atLeast\"").And.Contain("\"kind\": \"money\""));
            Assert.That(json, Does.Contain("\"value\": 20000000,"));
            Assert.That(json, Does.Contain("\"responsibilitiesStated\": false"), "Jingmen states no departments");
        });
    }

    [Test]
    public void Targets_and_responsibilities_carry_their_fields()
    {
        using var parsed = JsonDocument.Parse(PolicyJson.Serialize(SeedCorpus.Load()));
        var jilin = parsed.RootElement.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "jilin-2021");
        var task = jilin.GetProperty("tasks")[16];
        var target = task.GetProperty("targets")[0];
        var responsibility = task.GetProperty("responsibilities")[0];

        Assert.Multiple(() =>
        {
            Assert.That(target.EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "text", "value", "valueMax", "unit", "comparator", "deadlineYear", "span" }));
            Assert.That(target.GetProperty("value").GetDouble(), Is.EqualTo(90));
            Assert.That(target.GetProperty("valueMax").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(responsibility.EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "name", "canonical", "role", "rank" }));
            Assert.That(responsibility.GetProperty("canonical").GetString(), Is.EqualTo("health-commission"));
        });
    }

    [Test]
    public void Round_trip_and_determinism()
    {
        var json = PolicyJson.Serialize(SeedCorpus.Load());
        var model = PolicyJson.Deserialize(json);

        Assert.Multiple(() =>
        {
            Assert.That(model.Documents.Select(d => d.Tasks.Count), Is.EqualTo(new[] { 46, 29, 20, 20, 31 }));
            Assert.That(JsonSerializer.Serialize(model, PolicyJson.Options), Is.EqualTo(json));
            Assert.That(PolicyJson.Serialize(SeedCorpus.Load()), Is.EqualTo(json));
            Assert.That(() => PolicyJson.Deserialize("{"), Throws.InstanceOf<PolicyCompareException>());
        });
    }
}
