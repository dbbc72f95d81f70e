namespace PolicyCompare.Onnx;

/// <summary>How a sentence vector is made from the model's token vectors; the model card says which one a model was trained with.</summary>
public enum OnnxPooling
{
    /// <summary>The mean of the token vectors, padding excluded (sentence-transformers' <c>pooling_mode_mean_tokens</c>: MiniLM, text2vec).</summary>
    Mean,
    /// <summary>The vector of the leading [CLS] token (<c>pooling_mode_cls_token</c>: the BGE models).</summary>
    Cls,
}
