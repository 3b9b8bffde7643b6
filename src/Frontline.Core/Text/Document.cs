namespace Frontline.Core.Text;

using Frontline.Core.Model;

/// <summary>An article prepared once for every annotator: normalized text (same offsets), tokens and sentences.</summary>
public sealed class Document
{
    public Document(Article article, SentenceSplitter splitter)
    {
        Article = article;
        Normalized = TextNormalizer.Normalize(article.Text);
        Tokens = Tokenizer.Tokenize(Normalized);
        Sentences = splitter.Split(Normalized, Tokens);
    }

    public Article Article { get; }
    public string Text => Article.Text;
    public string Normalized { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<Sentence> Sentences { get; }

    public Sentence SentenceOf(int tokenIndex)
    {
        foreach (var s in Sentences) if (tokenIndex < s.EndToken) return s;
        return Sentences[^1];
    }

    public TextSpan SpanOf(int firstToken, int endToken) => new(Tokens[firstToken].Start, Tokens[endToken - 1].End);

    public string TextOf(int firstToken, int endToken) => Normalized[Tokens[firstToken].Start..Tokens[endToken - 1].End];
}
