using System.ComponentModel.DataAnnotations;

namespace PolicyCompare.Parsing;

/// <summary>Options of the plan parser.</summary>
public sealed class ParsingOptions
{
    /// <summary>
    /// Optional path of a JSON agency table (same format as the embedded <c>agencies.json</c>) whose entries are
    /// added to, or replace by key, the built-in table.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (built-in table only).</value>
    public string? AgencyTablePath { get; set; }

    /// <summary>
    /// Optional path of a JSON table of places added to the built-in gazetteer of China's administrative divisions,
    /// in its nested shape <c>[{ "code": "32", "name": "江苏省", "children": [{ "code": "3211", "name": "镇江市",
    /// "children": [{ "code": "321183", "name": "句容市" }] }] }]</c> (2-digit codes are provinces, 4-digit prefectures,
    /// 6-digit counties).
    /// </summary>
    /// <value>The default value is <see langword="null"/> (built-in table only).</value>
    public string? RegionTablePath { get; set; }

    /// <summary>Longest scope phrase, in characters, kept for a target; longer phrases keep their last characters.</summary>
    /// <value>The default value is 32.</value>
    [Range(4, 200)]
    public int MaxScopeLength { get; set; } = 32;

    /// <summary>
    /// Largest jump allowed between consecutive numbers of one level (e.g. (三) after (一) is a jump of 2). Larger
    /// jumps, and numbers that go backwards, are read as text rather than as a new unit.
    /// </summary>
    /// <value>The default value is 2.</value>
    [Range(1, 20)]
    public int MaxNumberingGap { get; set; } = 2;

    /// <summary>Whether the first listed department is the lead when no department is marked 牵头.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool FirstListedIsLead { get; set; } = true;

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ValidationException">An option is invalid.</exception>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
}
