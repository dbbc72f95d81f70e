using System.ComponentModel.DataAnnotations;

namespace PolicyCompare.Onnx;

/// <summary>
/// Options of <see cref="OnnxEmbeddingGenerator"/>. Settings left null are read from the sentence-transformers files a
/// model folder usually carries (<c>sentence_bert_config.json</c>, <c>1_Pooling/config.json</c>,
/// <c>tokenizer_config.json</c>), else take the BERT defaults given on each property.
/// </summary>
public sealed class OnnxEmbeddingOptions
{
    /// <summary>The model folder: it holds <see cref="ModelFileName"/> and <see cref="VocabularyFileName"/>.</summary>
    [Required]
    public string ModelDirectory { get; set; } = string.Empty;

    /// <summary>The ONNX graph's file name inside <see cref="ModelDirectory"/>.</summary>
    /// <value>The default value is <c>model.onnx</c>.</value>
    [Required]
    public string ModelFileName { get; set; } = "model.onnx";

    /// <summary>The WordPiece vocabulary's file name inside <see cref="ModelDirectory"/> (one token per line, the line number is its id).</summary>
    /// <value>The default value is <c>vocab.txt</c>.</value>
    [Required]
    public string VocabularyFileName { get; set; } = "vocab.txt";

    /// <summary>
    /// Most tokens per text, [CLS] and [SEP] included; longer texts are truncated. Null: <c>max_seq_length</c> of
    /// <c>sentence_bert_config.json</c>, else <c>model_max_length</c> of <c>tokenizer_config.json</c> when it is at most
    /// 8192, else 512 (BERT's position table).
    /// </summary>
    [Range(2, 8192)]
    public int? MaxTokens { get; set; }

    /// <summary>Pooling. Null: <c>1_Pooling/config.json</c> (CLS when <c>pooling_mode_cls_token</c> is true), else mean.</summary>
    public OnnxPooling? Pooling { get; set; }

    /// <summary>
    /// Whether text is lower-cased (and accents stripped) before WordPiece, as uncased models expect; Chinese characters
    /// are unaffected. Null: <c>do_lower_case</c> of <c>tokenizer_config.json</c>, else true.
    /// </summary>
    public bool? LowerCase { get; set; }

    /// <summary>Whether each vector is scaled to unit length (L2), so that dot product equals cosine.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Normalize { get; set; } = true;

    /// <summary>Texts per inference run; each run pads its texts to the longest of them.</summary>
    /// <value>The default value is 16.</value>
    [Range(1, 4096)]
    public int InferenceBatchSize { get; set; } = 16;

    /// <summary>Threads one inference run may use; 0 lets ONNX Runtime choose (one per core).</summary>
    /// <value>The default value is 0.</value>
    [Range(0, 256)]
    public int IntraOpThreads { get; set; }
}
