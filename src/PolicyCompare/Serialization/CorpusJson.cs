namespace PolicyCompare.Serialization;

/// <summary>The <c>--json</c> model of a corpus: <c>{"documents":[…],"notices":[…]}</c>.</summary>
/// <param name="Documents">The documents, in corpus order.</param>
/// <param name="Notices">What the loader inferred or decided.</param>
public sealed record CorpusJson(IReadOnlyList<DocumentJson> Documents, IReadOnlyList<string> Notices);

/// <summary>A document in the JSON model.</summary>
/// <param name="Id">Stable document id.</param>
/// <param name="Region">Region in Chinese.</param>
/// <param name="RegionEn">Region in English.</param>
/// <param name="Level">Administrative level.</param>
/// <param name="Year">Plan year.</param>
/// <param name="Title">Title.</param>
/// <param name="Issuer">Issuing body.</param>
/// <param name="DocNumber">Document number (文号).</param>
/// <param name="File">Source file.</param>
/// <param name="SourceEncoding">Encoding the file was decoded from.</param>
/// <param name="InferredFields">Metadata fields inferred from the text.</param>
/// <param name="ResponsibilitiesStated">Whether the plan names responsible departments ("not stated" when false).</param>
/// <param name="Sections">Section headings.</param>
/// <param name="Tasks">Tasks.</param>
/// <param name="Spans">The partition of the source text.</param>
/// <param name="Warnings">Irregularities found while parsing (kind, source offset, line, message).</param>
public sealed record DocumentJson(
    string Id,
    string? Region,
    string? RegionEn,
    string? Level,
    int? Year,
    string? Title,
    string? Issuer,
    string? DocNumber,
    string? File,
    string? SourceEncoding,
    IReadOnlyList<string> InferredFields,
    bool ResponsibilitiesStated,
    IReadOnlyList<SectionJson> Sections,
    IReadOnlyList<TaskJson> Tasks,
    IReadOnlyList<DocumentSpanJson> Spans,
    IReadOnlyList<ParseWarningJson> Warnings);

/// <summary>A parse warning in the JSON model.</summary>
/// <param name="Kind">What kind of irregularity (e.g. <c>unreadableNumber</c>).</param>
/// <param name="SourceOffset">Where it starts in the source text.</param>
/// <param name="Line">1-based source line.</param>
/// <param name="Message">What was found.</param>
public sealed record ParseWarningJson(Documents.ParseWarningKind Kind, int SourceOffset, int Line, string Message);

/// <summary>A section heading in the JSON model.</summary>
/// <param name="Number">Number as written.</param>
/// <param name="Title">Heading text.</param>
/// <param name="Depth">Nesting depth (1 = top level).</param>
/// <param name="ParentIndex">Index of the enclosing section, or null.</param>
/// <param name="Span">Source span of the heading.</param>
public sealed record SectionJson(string Number, string Title, int Depth, int? ParentIndex, SpanJson Span);

/// <summary>A task in the JSON model.</summary>
/// <param name="Ordinal">1-based position in the document.</param>
/// <param name="SectionPath">Enclosing section titles, outermost first.</param>
/// <param name="Number">Number as written.</param>
/// <param name="Title">Lead phrase.</param>
/// <param name="Text">Normalized text.</param>
/// <param name="Span">Source span of the whole task.</param>
/// <param name="ResponsibilitySpan">Source span of the department statement, or null.</param>
/// <param name="Responsibilities">Responsible departments.</param>
/// <param name="Targets">Numeric targets.</param>
public sealed record TaskJson(
    int Ordinal,
    IReadOnlyList<string> SectionPath,
    string Number,
    string Title,
    string Text,
    SpanJson Span,
    SpanJson? ResponsibilitySpan,
    IReadOnlyList<ResponsibilityJson> Responsibilities,
    IReadOnlyList<TargetJson> Targets);

/// <summary>A responsible department in the JSON model.</summary>
/// <param name="Name">Name as written.</param>
/// <param name="Canonical">Canonical agency key, or null.</param>
/// <param name="CanonicalName">Canonical agency name, or null.</param>
/// <param name="LevelPrefix">Administrative level prefix (written or implied), or null.</param>
/// <param name="Role"><c>lead</c>, <c>co</c> or <c>participate</c>.</param>
/// <param name="Rank">1-based position in the list.</param>
/// <param name="Span">Source span of the name.</param>
/// <param name="LeadBasis">For a lead: <c>explicit</c> (牵头), <c>planRule</c> (the plan's own rule) or <c>convention</c> (first listed); else null.</param>
/// <param name="Unspecified">Whether the name is a generic phrase (各相关部门, 各地…) that names no agency.</param>
public sealed record ResponsibilityJson(string Name, string? Canonical, string? CanonicalName, string? LevelPrefix, Documents.ResponsibilityRole Role, int Rank, SpanJson Span, Documents.LeadBasis? LeadBasis, bool Unspecified);

/// <summary>A target in the JSON model.</summary>
/// <param name="Text">Quoted text.</param>
/// <param name="Value">Value in base units; null for a milestone (no number is stated).</param>
/// <param name="ValueMax">Upper value of a range, or null.</param>
/// <param name="Unit">Unit (empty for a milestone).</param>
/// <param name="Kind"><c>percentage</c>, <c>money</c>, <c>count</c>, <c>ratio</c>, <c>rate</c>, <c>percentagePoints</c> or <c>milestone</c>.</param>
/// <param name="Comparator"><c>equal</c>, <c>atLeast</c>, <c>atMost</c>, <c>approximately</c> or <c>range</c>.</param>
/// <param name="Scope">What is measured, or null.</param>
/// <param name="Per">What the value is counted per, or null.</param>
/// <param name="DeadlineYear">Year due, or null.</param>
/// <param name="DeadlineMonth">Month due, or null.</param>
/// <param name="FullCoverage">Whether it is a full-coverage commitment (全覆盖).</param>
/// <param name="Span">Source span.</param>
public sealed record TargetJson(
    string Text,
    double? Value,
    double? ValueMax,
    string Unit,
    Documents.TargetKind Kind,
    Documents.TargetComparator Comparator,
    string? Scope,
    string? Per,
    int? DeadlineYear,
    int? DeadlineMonth,
    bool FullCoverage,
    SpanJson Span);

/// <summary>A source span: <c>{"start","length"}</c>.</summary>
/// <param name="Start">Offset in the source text (UTF-16 code units).</param>
/// <param name="Length">Number of code units.</param>
public sealed record SpanJson(int Start, int Length);

/// <summary>One span of the document partition: <c>{"kind","start","length"}</c>.</summary>
/// <param name="Kind">boilerplate, preamble, heading, task or closing.</param>
/// <param name="Start">Offset.</param>
/// <param name="Length">Length.</param>
public sealed record DocumentSpanJson(Documents.SpanKind Kind, int Start, int Length);
