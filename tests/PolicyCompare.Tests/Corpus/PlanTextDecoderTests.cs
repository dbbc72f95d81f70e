using System.Text;
using NUnit.Framework;
using PolicyCompare.Corpus;
using PolicyCompare.Parsing;

namespace PolicyCompare.Tests.Corpus;

public sealed class PlanTextDecoderTests
{
    private const string Text = "一、总体要求\n（一）深化改革。覆盖率达到30%。（省卫生健康委负责）\n";

    [TestCase("utf-8")]
    [TestCase("utf-8-bom")]
    [TestCase("utf-16")]
    [TestCase("utf-16BE")]
    [TestCase("utf-16BE-nobom")]
    [TestCase("gb18030")]
    [TestCase("gbk")]
    public void Decodes_and_names_the_encoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = name switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)],
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)],
            "utf-16BE" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)],
            "utf-16BE-nobom" => Encoding.BigEndianUnicode.GetBytes(Text),
            "gbk" => Encoding.GetEncoding(936).GetBytes(Text),
            _ => Encoding.GetEncoding(54936).GetBytes(Text),
        };

        var decoded = PlanTextDecoder.Decode(bytes, "plan.txt");

        Assert.Multiple(() =>
        {
            Assert.That(decoded.Text, Is.EqualTo(Text));
            Assert.That(decoded.EncodingName, Is.EqualTo(name switch
            {
                "utf-8-bom" => "utf-8",
                "utf-16BE-nobom" => "utf-16BE",
                "gbk" => "gb18030",
                _ => name,
            }));
        });
    }

    [Test]
    public void Binary_content_is_rejected()
    {
        var bytes = Enumerable.Range(0, 512).Select(i => (byte)(i * 37 % 256)).ToArray();

        Assert.That(() => PlanTextDecoder.Decode(bytes, "image.txt"), Throws.TypeOf<PolicyParseException>().With.Message.StartsWith("image.txt:"));
    }
}
