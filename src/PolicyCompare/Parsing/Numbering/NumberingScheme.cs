namespace PolicyCompare.Parsing.Numbering;

/// <summary>A style of numbering used by Chinese official documents.</summary>
public enum NumberingScheme
{
    /// <summary><c>一、</c></summary>
    ChineseComma,
    /// <summary><c>(一)</c> or <c>（一）</c></summary>
    ChineseParenthesized,
    /// <summary><c>1.</c>, <c>1．</c>, <c>1。</c> or <c>⒈</c></summary>
    ArabicDot,
    /// <summary><c>1、</c></summary>
    ArabicComma,
    /// <summary><c>(1)</c>, <c>（1）</c> or <c>⑴</c></summary>
    ArabicParenthesized,
    /// <summary><c>1)</c> or <c>1）</c></summary>
    ArabicHalfParenthesized,
    /// <summary><c>①</c></summary>
    Circled,
    /// <summary><c>第一部分</c>, <c>第一章</c>, <c>第一条</c>, <c>第1条</c></summary>
    ChineseOrdinal,
    /// <summary>A row of a duty table (职责清单); its number is the row's 序号 cell, or its position when the table has none.</summary>
    TableRow,
}
