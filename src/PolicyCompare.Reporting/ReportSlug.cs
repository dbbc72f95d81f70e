namespace PolicyCompare.Reporting;

/// <summary>Checks identifiers that become HTML anchors and file names: lower-case ASCII letters, digits and '-'.</summary>
internal static class ReportSlug
{
    public static void Check(string value, string what)
    {
        if (string.IsNullOrEmpty(value) || value[0] == '-' || !value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new ArgumentException($"The {what} '{value}' must be a non-empty slug of a-z, 0-9 and '-' (not starting with '-').");
        }
    }
}
