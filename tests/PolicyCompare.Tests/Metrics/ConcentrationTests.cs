using NUnit.Framework;
using PolicyCompare.Metrics;

namespace PolicyCompare.Tests.Metrics;

public sealed class ConcentrationTests
{
    [Test]
    public void Entropy_EffectiveNumber_Herfindahl_OfUnevenShares()
    {
        // s = (1/2, 1/4, 1/4): H = −(½ ln ½ + 2·¼ ln ¼) = ½ ln 2 + ln 2 = 1.5 ln 2; exp(H) = 2^1.5; HHI = ¼ + 1/16 + 1/16 = 0.375.
        double[] shares = [0.5, 0.25, 0.25];
        Assert.That(Concentration.ShannonEntropy(shares), Is.EqualTo(1.5 * Math.Log(2)).Within(1e-12));
        Assert.That(Concentration.EffectiveNumber(shares), Is.EqualTo(Math.Pow(2, 1.5)).Within(1e-12));
        Assert.That(Concentration.Herfindahl(shares), Is.EqualTo(0.375).Within(1e-12));
    }

    [Test]
    public void ZeroShares_ContributeNothingToEntropy()
    {
        // 0·ln 0 = 0, so (½, ½, 0) has H = ln 2 and effective number 2.
        Assert.That(Concentration.ShannonEntropy([0.5, 0.5, 0]), Is.EqualTo(Math.Log(2)).Within(1e-12));
        Assert.That(Concentration.EffectiveNumber([0.5, 0.5, 0]), Is.EqualTo(2).Within(1e-12));
    }

    [Test]
    public void Gini_MatchesPairwiseDefinition()
    {
        // x = (1,2,3,4): Σ_i Σ_j |x_i − x_j| = 2·(1+2+3+1+2+1) = 20; G = 20 / (2·4²·2.5) = 0.25.
        Assert.That(Concentration.Gini([4, 1, 3, 2]), Is.EqualTo(0.25).Within(1e-12));
        // x = (0,0,0,1): Σ|diff| = 2·3 = 6; μ = 0.25; G = 6 / (2·16·0.25) = 0.75 = 1 − 1/n.
        Assert.That(Concentration.Gini([0, 0, 0, 1]), Is.EqualTo(0.75).Within(1e-12));
        Assert.That(Concentration.Gini([3, 3, 3]), Is.EqualTo(0).Within(1e-12));
    }

    [Test]
    public void UndefinedInputs_GiveNaN()
    {
        Assert.That(Concentration.ShannonEntropy([]), Is.NaN);
        Assert.That(Concentration.Herfindahl([]), Is.NaN);
        Assert.That(Concentration.Gini([]), Is.NaN);
        Assert.That(Concentration.Gini([0, 0]), Is.NaN);
        Assert.That(Concentration.Shares([0, 0]), Is.All.NaN);
    }

    [Test]
    public void InvalidInputs_Throw()
    {
        Assert.That(() => Concentration.Gini([1, -1]), Throws.ArgumentException);
        Assert.That(() => Concentration.ShannonEntropy([0.5, 0.4]), Throws.ArgumentException.With.Message.Contains("sum to 1"));
        Assert.That(() => Concentration.Herfindahl([double.NaN, 1]), Throws.ArgumentException);
    }

    [Test]
    public void Jaccard_And_Cosine()
    {
        // {T1,T2} vs {T2,T3}: ∩ = 1, ∪ = 3.
        Assert.That(Similarity.Jaccard([true, true, false], [false, true, true]), Is.EqualTo(1.0 / 3).Within(1e-12));
        Assert.That(Similarity.Jaccard([false, false], [false, false]), Is.NaN);
        // (1,1,0)·(0,1,1) = 1; norms √2·√2 = 2.
        Assert.That(Similarity.Cosine([1.0, 1, 0], [0.0, 1, 1]), Is.EqualTo(0.5).Within(1e-12));
        Assert.That(Similarity.Cosine([0.0, 0], [1.0, 0]), Is.NaN);
        Assert.That(() => Similarity.Jaccard([true], [true, false]), Throws.ArgumentException);
    }
}
