using Frontline.Core.Text;

namespace Frontline.Core.Knowledge;

/// <summary>All world knowledge, loaded once from data/ and shared read-only by every analysis thread.</summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Shared = new(() => Load(DataFiles.DefaultDirectory));

    private KnowledgeBase(string dataDirectory)
    {
        // The gazetteer dominates start-up; the lexicon and cues do not depend on it and load beside it.
        var lexicon = Task.Run(() => new Lexicon(Path.Combine(dataDirectory, "lexicon")));
        var cues = Task.Run(() => new Cues(Path.Combine(dataDirectory, "lexicon")));
        Gazetteer = new Gazetteer(Path.Combine(dataDirectory, "gazetteer"));
        Actors = new ActorCatalogue(Path.Combine(dataDirectory, "actors"), Gazetteer);
        Fronts = new FrontLines(Path.Combine(dataDirectory, "actors", "fronts.tsv"), Path.Combine(dataDirectory, "actors", "front-holders.tsv"));
        Splitter = new SentenceSplitter(DataFiles.ReadList(Path.Combine(dataDirectory, "text", "abbreviations.txt")).ToHashSet(StringComparer.Ordinal));
        ContactLines = new ContactLines(Path.Combine(dataDirectory, "gazetteer", "contact-lines.tsv"));
        ResolverWeights = ResolverWeights.Load(Path.Combine(dataDirectory, "gazetteer", "resolver-weights.json"));
        Regions = new WorldRegions(Path.Combine(dataDirectory, "gazetteer", "regions.tsv"));
        NotPlaces = new WordSet(DataFiles.ReadList(Path.Combine(dataDirectory, "gazetteer", "not-places.txt")));
        Lexicon = lexicon.GetAwaiter().GetResult();
        Cues = cues.GetAwaiter().GetResult();
    }

    /// <summary>The knowledge base from the data folder shipped with the binaries, loaded on first use.</summary>
    public static KnowledgeBase Default => Shared.Value;

    public static KnowledgeBase Load(string dataDirectory)
    {
        if (!Directory.Exists(dataDirectory)) throw new DirectoryNotFoundException($"data folder not found: {dataDirectory}");
        return new KnowledgeBase(dataDirectory);
    }

    public IGazetteer Gazetteer { get; }
    public ActorCatalogue Actors { get; }
    public FrontLines Fronts { get; }
    public ContactLines ContactLines { get; }
    public Lexicon Lexicon { get; }
    public Cues Cues { get; }
    public SentenceSplitter Splitter { get; }

    /// <summary>What each feature of a place reading weighs (fitted by tools/eval/fit_resolver.py).</summary>
    public ResolverWeights ResolverWeights { get; }

    /// <summary>Continents, seas and world regions, for the geoparser.</summary>
    public WorldRegions Regions { get; }

    /// <summary>Capitalized words that are never place names in news text although a village somewhere bears them.</summary>
    public WordSet NotPlaces { get; }
}
