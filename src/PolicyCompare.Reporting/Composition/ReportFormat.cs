using System.Globalization;

namespace PolicyCompare.Reporting.Composition;

/// <summary>Invariant-culture number formatting for report text; NaN and missing values print as an em dash.</summary>
internal static class ReportFormat
{
    public const string Missing = "—";

    public static string Number(double value, string format = "0.00") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : Missing;

    public static string Percent(double value) =>
        double.IsFinite(value) ? (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : Missing;

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Integer(int? value) => value is { } v ? Integer(v) : Missing;

    public static string Text(string format, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);
}
