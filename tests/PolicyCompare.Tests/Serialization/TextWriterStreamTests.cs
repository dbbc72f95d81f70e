using System.Text;

using NUnit.Framework;
using PolicyCompare.Serialization;

namespace PolicyCompare.Tests.Serialization;

public sealed class TextWriterStreamTests
{
    [Test]
    public void Multi_byte_characters_split_across_writes_arrive_whole()
    {
        var text = "深化医药卫生体制改革 — 签约服务覆盖率达到30%以上 🏥";
        var bytes = Encoding.UTF8.GetBytes(text);
        var writer = new StringWriter();
        using (var stream = new TextWriterStream(writer))
        {
            // One byte at a time: every multi-byte character is split.
            foreach (var b in bytes)
            {
                stream.Write([b], 0, 1);
            }

            stream.Flush();
        }

        Assert.That(writer.ToString(), Is.EqualTo(text));
    }

    [Test]
    public void A_large_write_grows_the_buffer()
    {
        var text = string.Concat(Enumerable.Repeat("卫生健康委", 5000));
        var writer = new StringWriter();
        using var stream = new TextWriterStream(writer);
        stream.Write(Encoding.UTF8.GetBytes(text));
        Assert.That(writer.ToString(), Is.EqualTo(text));
    }
}
