using System.Globalization;
using NUnit.Framework;
using PolicyCompare.Export;

namespace PolicyCompare.Tests.Export;

public sealed class CsvTableWriterTests
{
    private static ResultTable Awkward() => new(
        "awkward",
        [new TableColumn("text", TableColumnType.Text), new TableColumn("n", TableColumnType.Integer), new TableColumn("x", TableColumnType.Real), new TableColumn("b", TableColumnType.Boolean)],
        [
            ["卫生健康委,财政厅", 1, 0.5, true],
            ["他说\"好\"", null, double.NaN, false],
            ["第一行\n第二行\r\n第三行", -3, 1e-7, true],
            [null, 0, 1.0 / 3, false],
        ]);

    [Test]
    public void QuotesOnlyFieldsThatNeedIt_WithCrlfRecords()
    {
        Assert.That(CsvTableWriter.ToCsv(Awkward()), Is.EqualTo(
            "text,n,x,b\r\n" +
            "\"卫生健康委,财政厅\",1,0.5,true\r\n" +
            "\"他说\"\"好\"\"\",,NaN,false\r\n" +
            "\"第一行\n第二行\r\n第三行\",-3,1E-07,true\r\n" +
            ",0,0.3333333333333333,false\r\n"));
    }

    [Test]
    public void RoundTrips_ChineseTextWithCommasQuotesAndLineBreaks()
    {
        var table = Awkward();
        var records = CsvReader.Read(CsvTableWriter.ToCsv(table));
        Assert.That(records, Has.Count.EqualTo(table.Rows.Count + 1));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            Assert.That(records[r + 1][0], Is.EqualTo(table.Rows[r][0] ?? string.Empty));
            Assert.That(double.Parse(records[r + 1][2], CultureInfo.InvariantCulture), Is.EqualTo((double)table.Rows[r][2]!));
        }
    }

    [Test]
    public void NumbersIgnoreTheCurrentCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.That(CsvTableWriter.ToCsv(Awkward()), Does.Contain(",0.5,"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Test]
    public void Files_AreUtf8WithByteOrderMark()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "awkward.csv");
        CsvTableWriter.WriteFile(Awkward(), path);
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(File.ReadAllText(path), Is.EqualTo(CsvTableWriter.ToCsv(Awkward())));
    }

    [Test]
    public void Table_RejectsValuesOfTheWrongType()
    {
        Assert.That(
            () => new ResultTable("t", [new TableColumn("x", TableColumnType.Real)], [["0.5"]]),
            Throws.ArgumentException.With.Message.Contains("column x"));
        Assert.That(
            () => new ResultTable("t", [new TableColumn("x", TableColumnType.Real)], [[0.5, 1.0]]),
            Throws.ArgumentException.With.Message.Contains("2 values for 1 columns"));
    }

    [Test]
    public void DataFrame_HasTypedColumnsAndKeepsNullAndNaN()
    {
        var frame = Awkward().ToDataFrame();
        Assert.That(frame.Rows, Has.Count.EqualTo(4));
        Assert.That(frame.Columns.Select(c => c.DataType), Is.EqualTo(new[] { typeof(string), typeof(int), typeof(double), typeof(bool) }));
        Assert.That(frame.Columns["text"][0], Is.EqualTo("卫生健康委,财政厅"));
        Assert.That(frame.Columns["n"][1], Is.Null);
        Assert.That((double)frame.Columns["x"][1]!, Is.NaN);
        Assert.That(frame.Columns["b"][2], Is.EqualTo(true));
    }
}
