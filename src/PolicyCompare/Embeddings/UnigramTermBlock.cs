using Microsoft.ML;

namespace PolicyCompare.Embeddings;

/// <summary>A block whose tokens are its terms (jieba words, concept keys): ML.NET maps them to keys and counts unigrams.</summary>
/// <param name="tokenColumn">The <see cref="TextTokens"/> property holding the tokens.</param>
/// <param name="prefix">Prefix of the block's feature names, which keeps blocks apart in one vocabulary.</param>
/// <param name="selectWeight">Reads the block weight from the options.</param>
/// <param name="selectTokens">Reads the block's tokens from a tokenized text.</param>
internal sealed class UnigramTermBlock(
    string tokenColumn, string prefix, Func<EmbeddingOptions, double> selectWeight, Func<TextTokens, string[]> selectTokens) : TermBlock
{
    private readonly string _keyColumn = tokenColumn + "Keys";

    /// <inheritdoc />
    public override string CountColumn { get; } = tokenColumn + "Counts";

    /// <inheritdoc />
    public override double Weight(EmbeddingOptions options) => selectWeight(options);

    /// <inheritdoc />
    public override string[] Tokens(TextTokens tokens) => selectTokens(tokens);

    /// <inheritdoc />
    public override IEstimator<ITransformer> Counter(MLContext ml, EmbeddingOptions options) =>
        ml.Transforms.Conversion.MapValueToKey(_keyColumn, tokenColumn, maximumNumberOfKeys: Unlimited)
            .Append(CountNGrams(ml, _keyColumn, CountColumn, length: 1, allLengths: false));

    // A unigram's slot name is its key value: the term itself.
    /// <inheritdoc />
    public override string? Feature(string slotName, EmbeddingOptions options) => prefix + slotName;
}
