using Microsoft.ML;

namespace PolicyCompare.Embeddings;

/// <summary>
/// Character n-grams of <see cref="EmbeddingOptions.CharNGramMin"/> to <see cref="EmbeddingOptions.CharNGramMax"/>
/// letters inside the letter runs of a text: ML.NET tokenizes the runs into characters and counts their n-grams.
/// </summary>
/// <remarks>
/// Without marker characters, ML.NET puts a unit separator (U+001F) between the runs of a text; n-grams that contain it, and
/// n-grams shorter than the minimum (counted when lengths up to the maximum are all produced), are not features.
/// </remarks>
internal sealed class CharNGramTermBlock : TermBlock
{
    private const string KeyColumn = "CharacterKeys";

    // ML.NET's n-gram slot names join the key values (here: characters) of the n-gram's items with '|'.
    private const char SlotNameSeparator = '|';

    /// <inheritdoc />
    public override string CountColumn => "CharNGramCounts";

    /// <inheritdoc />
    public override double Weight(EmbeddingOptions options) => options.CharNGramMin > 0 ? options.CharNGramWeight : 0;

    /// <inheritdoc />
    public override string[] Tokens(TextTokens tokens) => tokens.LetterRuns;

    /// <inheritdoc />
    public override IEstimator<ITransformer> Counter(MLContext ml, EmbeddingOptions options) =>
        ml.Transforms.Text.TokenizeIntoCharactersAsKeys(KeyColumn, nameof(TextTokens.LetterRuns), useMarkerCharacters: false)
            .Append(CountNGrams(ml, KeyColumn, CountColumn, options.CharNGramMax, allLengths: options.CharNGramMin < options.CharNGramMax));

    /// <inheritdoc />
    public override string? Feature(string slotName, EmbeddingOptions options)
    {
        var items = slotName.Split(SlotNameSeparator);
        var isLetterNGram = items.Length >= options.CharNGramMin
            && items.Length <= options.CharNGramMax
            && items.All(item => item.Length == 1 && char.IsLetter(item[0]));
        return isLetterNGram ? "c:" + string.Concat(items) : null;
    }
}
