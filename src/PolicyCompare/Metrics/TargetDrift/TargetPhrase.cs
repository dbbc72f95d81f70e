namespace PolicyCompare.Metrics.TargetDrift;

/// <summary>What a target measures, read from its own words and the text just before it.</summary>
/// <param name="Phrase">The cleaned metric phrase (e.g. 城市家庭医生签约服务覆盖率).</param>
/// <param name="Population">The population label (e.g. 城市, 重点人群), 全体 when the phrase names none.</param>
/// <param name="Core">The phrase without its population qualifier (e.g. 家庭医生签约服务覆盖率); may be a generic measure word.</param>
/// <param name="Context">Nearby text: up to N characters of the sentence before the target, plus the target.</param>
/// <param name="SentenceBefore">The target's sentence up to the target, for naming a metric whose own phrase names nothing.</param>
internal sealed record TargetPhrase(string Phrase, string Population, string Core, string Context, string SentenceBefore = "");
