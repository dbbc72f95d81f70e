using NUnit.Framework;
using PolicyCompare.Evaluation;

namespace PolicyCompare.Tests.Evaluation;

public sealed class ClusteringMetricsTests
{
    [Test]
    public void AdjustedRandIndex_MatchesHandComputedValue_ForChanceLevelAgreement()
    {
        // truth a a b b, predicted x x x y. Contingency cells: (a,x)=2, (b,x)=1, (b,y)=1.
        // Σ C(nij,2) = 1; rows Σ C(2,2)+C(2,2) = 2; columns Σ C(3,2)+C(1,2) = 3; C(4,2) = 6.
        // expected = 2·3/6 = 1; max = (2+3)/2 = 2.5; ARI = (1 − 1)/(2.5 − 1) = 0.
        var ari = ClusteringMetrics.AdjustedRandIndex(["a", "a", "b", "b"], ["x", "x", "x", "y"]);
        Assert.That(ari, Is.EqualTo(0.0).Within(1e-12));
    }

    [Test]
    public void AdjustedRandIndex_MatchesHandComputedValue_ForPartialAgreement()
    {
        // truth a a a b b b, predicted x x y y z z. Cells: (a,x)=2, (a,y)=1, (b,y)=1, (b,z)=2.
        // Σ C(nij,2) = 1+0+0+1 = 2; rows 3+3 = 6; columns 1+1+1 = 3; C(6,2) = 15.
        // expected = 6·3/15 = 1.2; max = 4.5; ARI = 0.8/3.3 = 0.242424…
        var ari = ClusteringMetrics.AdjustedRandIndex(["a", "a", "a", "b", "b", "b"], ["x", "x", "y", "y", "z", "z"]);
        Assert.That(ari, Is.EqualTo(0.8 / 3.3).Within(1e-12));
    }

    [Test]
    public void AdjustedRandIndex_IsOne_ForIdenticalPartitionsUnderRenaming()
    {
        Assert.That(ClusteringMetrics.AdjustedRandIndex(["a", "a", "b", "c"], ["z", "z", "y", "x"]), Is.EqualTo(1.0).Within(1e-12));
    }

    [Test]
    public void NormalizedMutualInformation_MatchesHandComputedValue()
    {
        // truth a a b b, predicted x x x y (n = 4).
        // H(U) = ln 2 = 0.693147; H(V) = −(¾ ln ¾ + ¼ ln ¼) = 0.562335.
        // I = ½ ln(½/(½·¾)) + ¼ ln(¼/(½·¾)) + ¼ ln(¼/(½·¼)) = 0.143841 − 0.101366 + 0.173287 = 0.215762.
        // NMI = I / ((H(U)+H(V))/2) = 0.215762 / 0.627741 = 0.343711.
        var nmi = ClusteringMetrics.NormalizedMutualInformation(["a", "a", "b", "b"], ["x", "x", "x", "y"]);
        Assert.That(nmi, Is.EqualTo(0.343711).Within(1e-6));
    }

    [Test]
    public void NormalizedMutualInformation_IsOne_ForIdenticalPartitions_AndZero_ForIndependentOnes()
    {
        Assert.That(ClusteringMetrics.NormalizedMutualInformation(["a", "b", "b"], ["q", "r", "r"]), Is.EqualTo(1.0).Within(1e-12));
        // Every predicted block holds one a and one b: knowing the prediction says nothing about the truth.
        Assert.That(ClusteringMetrics.NormalizedMutualInformation(["a", "b", "a", "b"], ["x", "x", "y", "y"]), Is.EqualTo(0.0).Within(1e-12));
    }

    [Test]
    public void CrossGroupPairwise_CountsOnlyPairsFromDifferentDocuments()
    {
        // Items 0..3 in documents d1 d2 d1 d2. Cross-document pairs: (0,1) same truth & same prediction → TP;
        // (0,3) different both → ignored; (1,2) different truth, same prediction → FP; (2,3) same truth, split → FN.
        // Pairs (0,2) and (1,3) are within a document and not counted. P = R = F1 = 1/2.
        var scores = ClusteringMetrics.CrossGroupPairwise(["a", "a", "b", "b"], ["x", "x", "x", "y"], ["d1", "d2", "d1", "d2"]);
        Assert.Multiple(() =>
        {
            Assert.That(scores, Is.EqualTo(new PairwiseScores(1, 1, 1)));
            Assert.That(scores.Precision, Is.EqualTo(0.5));
            Assert.That(scores.Recall, Is.EqualTo(0.5));
            Assert.That(scores.F1, Is.EqualTo(0.5));
        });
    }

    [Test]
    public void Metrics_RejectLabelingsOfDifferentLengths()
    {
        Assert.That(() => ClusteringMetrics.AdjustedRandIndex(["a"], ["a", "b"]), Throws.ArgumentException);
    }
}
