namespace PolicyCompare.Metrics;

/// <summary>
/// Diversity and concentration indices over a distribution. Pure functions with strict inputs: negative, infinite or
/// NaN entries throw; an empty input (or one summing to zero where a share is needed) gives <see cref="double.NaN"/>,
/// the convention MathNet.Numerics uses for undefined statistics.
/// </summary>
public static class Concentration
{
    private const double ShareSumTolerance = 1e-9;

    /// <summary>Turns non-negative amounts into shares <c>s_i = x_i / Σx</c>.</summary>
    /// <param name="amounts">Non-negative, finite amounts.</param>
    /// <returns>The shares; all NaN when the amounts sum to zero.</returns>
    /// <exception cref="ArgumentException">An amount is negative or not finite.</exception>
    public static double[] Shares(IReadOnlyList<double> amounts)
    {
        RequireNonNegative(amounts, nameof(amounts));
        var total = amounts.Sum();
        return amounts.Select(a => total > 0 ? a / total : double.NaN).ToArray();
    }

    /// <summary>Shannon entropy in nats: <c>H = −Σ s_i ln s_i</c>, with <c>0 ln 0 = 0</c>.</summary>
    /// <param name="shares">Shares summing to 1 (within 1e-9).</param>
    /// <returns>The entropy; NaN for an empty input.</returns>
    /// <exception cref="ArgumentException">A share is negative or not finite, or the shares do not sum to 1.</exception>
    public static double ShannonEntropy(IReadOnlyList<double> shares)
    {
        RequireShares(shares);
        if (shares.Count == 0)
        {
            return double.NaN;
        }

        var h = 0.0;
        foreach (var s in shares)
        {
            if (s > 0)
            {
                h -= s * Math.Log(s);
            }
        }

        return h;
    }

    /// <summary>Effective number (Hill number of order 1): <c>exp(H)</c> with H in nats.</summary>
    /// <param name="shares">Shares summing to 1.</param>
    /// <returns>The effective number of categories; NaN for an empty input.</returns>
    /// <exception cref="ArgumentException">See <see cref="ShannonEntropy"/>.</exception>
    public static double EffectiveNumber(IReadOnlyList<double> shares) => Math.Exp(ShannonEntropy(shares));

    /// <summary>Herfindahl–Hirschman index on the 0–1 scale: <c>HHI = Σ s_i²</c>.</summary>
    /// <param name="shares">Shares summing to 1.</param>
    /// <returns>The index; NaN for an empty input.</returns>
    /// <exception cref="ArgumentException">See <see cref="ShannonEntropy"/>.</exception>
    public static double Herfindahl(IReadOnlyList<double> shares)
    {
        RequireShares(shares);
        return shares.Count == 0 ? double.NaN : shares.Sum(s => s * s);
    }

    /// <summary>
    /// Gini coefficient of non-negative amounts (population form, no small-sample correction):
    /// <c>G = Σ_i Σ_j |x_i − x_j| / (2 n² μ)</c>, computed as <c>2 Σ i·x_(i) / (n Σx) − (n + 1) / n</c> over the
    /// ascending order statistics <c>x_(i)</c>, i = 1…n.
    /// </summary>
    /// <param name="amounts">Non-negative, finite amounts.</param>
    /// <returns>G in [0, 1 − 1/n]; NaN when the input is empty or sums to zero.</returns>
    /// <exception cref="ArgumentException">An amount is negative or not finite.</exception>
    public static double Gini(IReadOnlyList<double> amounts)
    {
        RequireNonNegative(amounts, nameof(amounts));
        var n = amounts.Count;
        var total = amounts.Sum();
        if (n == 0 || total <= 0)
        {
            return double.NaN;
        }

        var sorted = amounts.Order().ToArray();
        var weighted = 0.0;
        for (var i = 0; i < n; i++)
        {
            weighted += (i + 1) * sorted[i];
        }

        return (2 * weighted / (n * total)) - ((n + 1.0) / n);
    }

    private static void RequireShares(IReadOnlyList<double> shares)
    {
        RequireNonNegative(shares, nameof(shares));
        if (shares.Count > 0 && Math.Abs(shares.Sum() - 1) > ShareSumTolerance)
        {
            throw new ArgumentException($"Shares must sum to 1 but sum to {shares.Sum().ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.", nameof(shares));
        }
    }

    internal static void RequireNonNegative(IReadOnlyList<double> values, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(values, parameterName);
        foreach (var v in values)
        {
            if (!double.IsFinite(v) || v < 0)
            {
                throw new ArgumentException($"Every value must be finite and non-negative; found {v.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", parameterName);
            }
        }
    }
}
