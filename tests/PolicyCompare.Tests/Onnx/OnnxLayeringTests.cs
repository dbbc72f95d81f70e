using NUnit.Framework;
using PolicyCompare.Analysis;
using PolicyCompare.Onnx;

namespace PolicyCompare.Tests.Onnx;

/// <summary>The ONNX runtime is an opt-in package: the core does not carry it.</summary>
public sealed class OnnxLayeringTests
{
    [Test]
    public void Core_references_no_onnx_runtime_or_tokenizer()
    {
        var references = typeof(PolicyAnalyzer).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);
        Assert.That(references, Has.None.StartsWith("Microsoft.ML.OnnxRuntime").And.None.StartsWith("Microsoft.ML.Tokenizers").And.None.StartsWith("PolicyCompare.Onnx"));
    }

    [Test]
    public void Onnx_package_sits_on_the_core_only()
    {
        var references = typeof(OnnxEmbeddingGenerator).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();
        Assert.That(references, Does.Contain("PolicyCompare").And.Contain("Microsoft.ML.OnnxRuntime").And.Contain("Microsoft.ML.Tokenizers"));
        Assert.That(references, Has.None.StartsWith("PolicyCompare.Charts").And.None.StartsWith("PolicyCompare.Reporting").And.None.StartsWith("ScottPlot"));
    }
}
