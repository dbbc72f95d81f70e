namespace PolicyCompare.Parsing.Responsibilities;

/// <summary>Where an agency alias was found in a department name.</summary>
/// <param name="Agency">The canonical agency.</param>
/// <param name="Alias">The alias that matched.</param>
/// <param name="Index">Where the alias starts in the name; the text before it is the level prefix.</param>
public sealed record AgencyMatch(AgencyEntry Agency, string Alias, int Index);
