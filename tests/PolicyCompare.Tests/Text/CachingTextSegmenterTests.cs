using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using PolicyCompare.DependencyInjection;
using PolicyCompare.Text;

namespace PolicyCompare.Tests.Text;

public sealed class CachingTextSegmenterTests
{
    [Test]
    public void Segment_GivesTheInnerWords_AndSegmentsEachDistinctTextOnce()
    {
        var inner = new CountingSegmenter();
        var cached = new CachingTextSegmenter(inner, capacity: 100);
        var texts = new[] { "推进 分级 诊疗", "家庭 医生 签约", "推进 分级 诊疗", "推进 分级 诊疗" };

        var words = texts.Select(cached.Segment).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(words.Select(w => w.ToArray()), Is.EqualTo(texts.Select(t => t.Split(' '))));
            Assert.That(inner.Calls, Is.EqualTo(2), "two distinct texts");
            Assert.That(cached.Count, Is.EqualTo(2));
            Assert.That(words[1][0], Is.SameAs(cached.Segment("家庭 医生")[0]), "a word's string is shared by every text holding it");
        });
    }

    [Test]
    public void ZeroCapacity_PassesEveryCallThrough()
    {
        var inner = new CountingSegmenter();
        var cached = new CachingTextSegmenter(inner, capacity: 0);
        cached.Segment("a b");
        cached.Segment("a b");
        Assert.Multiple(() =>
        {
            Assert.That(inner.Calls, Is.EqualTo(2));
            Assert.That(cached.Count, Is.Zero);
        });
    }

    [Test]
    public void AFullCache_IsEmptied_SoItNeverHoldsMoreThanItsCapacity()
    {
        var inner = new CountingSegmenter();
        var cached = new CachingTextSegmenter(inner, capacity: 3);
        for (var i = 0; i < 10; i++)
        {
            Assert.That(cached.Segment($"w{i} x"), Is.EqualTo(new[] { $"w{i}", "x" }));
            Assert.That(cached.Count, Is.LessThanOrEqualTo(3));
        }

        Assert.That(inner.Calls, Is.EqualTo(10));
    }

    [Test]
    public void ManyThreads_GetTheSameWordsAsOne()
    {
        var cached = new CachingTextSegmenter(new JiebaTextSegmenter(), capacity: 1000);
        var texts = Enumerable.Range(0, 200).Select(i => $"推进分级诊疗制度建设，第{i % 17}项家庭医生签约服务覆盖率达到{i % 7}0%").ToArray();
        var expected = texts.Select(t => new JiebaTextSegmenter().Segment(t).ToArray()).ToArray();

        var results = new ConcurrentDictionary<int, string[]>();
        Parallel.For(0, texts.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            results[i] = cached.Segment(texts[i % texts.Length]).ToArray());

        Assert.That(Enumerable.Range(0, texts.Length * 4).Select(i => results[i]), Is.EqualTo(Enumerable.Range(0, texts.Length * 4).Select(i => expected[i % texts.Length])));
    }

    [Test]
    public void ThePipelineSegmenter_IsCached_WithTheConfiguredCapacity()
    {
        var services = new ServiceCollection();
        services.AddPolicyCompare();
        services.Configure<SegmenterOptions>(o => o.CacheCapacity = 7);
        using var provider = services.BuildServiceProvider();
        var segmenter = provider.GetRequiredService<ITextSegmenter>();
        Assert.That(segmenter, Is.TypeOf<CachingTextSegmenter>());
        for (var i = 0; i < 20; i++)
        {
            segmenter.Segment($"第{i}项任务");
        }

        Assert.That(((CachingTextSegmenter)segmenter).Count, Is.InRange(1, 7));
    }

    [Test]
    public void ANegativeCapacity_IsRefused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new SegmenterOptions { CacheCapacity = -1 }.Validate(), Throws.TypeOf<ValidationException>().With.Message.Contains("CacheCapacity"));
            Assert.That(() => new CachingTextSegmenter(new CountingSegmenter(), -1), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }

    /// <summary>Splits at spaces and counts its calls.</summary>
    private sealed class CountingSegmenter : ITextSegmenter
    {
        private int _calls;

        public int Calls => _calls;

        public IReadOnlyList<string> Segment(string text)
        {
            Interlocked.Increment(ref _calls);
            return text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
    }
}
