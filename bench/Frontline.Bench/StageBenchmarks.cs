using BenchmarkDotNet.Attributes;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Pipeline;
using Frontline.Core.Text;

namespace Frontline.Bench;

/// <summary>The hot stages on one generated ~2 KB article: text (normalize, tokenize, split), all annotators, the whole analysis.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private KnowledgeBase _kb = null!;
    private Analyzer _analyzer = null!;
    private Article _article = null!;

    [GlobalSetup]
    public void Setup()
    {
        _kb = KnowledgeBase.Load(DataFiles.DefaultDirectory);
        _analyzer = new Analyzer(_kb);
        _article = new CorpusGenerator(DataFiles.DefaultDirectory, _kb).Generate(1, seed: 7).First();
    }

    [Benchmark]
    public Document Text() => new(_article, _kb.Splitter);

    [Benchmark]
    public object Annotate() => _analyzer.Annotate(_article);

    [Benchmark(Baseline = true)]
    public ArticleAnalysis Analyze() => _analyzer.Analyze(_article);
}
