using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Annotators;

/// <summary>
/// Finds place names (capitalized runs, with Arabic-article connectors: "Deir ez-Zor", "Ma'arrat al-Nu'man") and
/// geocodes them in the article's context. A name counts as a place when the text treats it as one
/// (after "in/near/into...", before "province/crossing/town...", after "northern"), or when it is a country,
/// or a large town in a country the article is about.
/// </summary>
public sealed class PlaceAnnotator(KnowledgeBase kb)
{
    /// <summary>Words that join a name's capitalized words: Arabic, French, Spanish and Portuguese articles, "of", and the
    /// possessive of "People's Republic of China" (kept only where the whole is a name the gazetteer holds).</summary>
    private static readonly WordSet Connectors =
        new(["al", "el", "ez", "ed", "es", "ad", "as", "ash", "ar", "an", "at", "az", "-", "'", "de", "du", "la", "le", "los", "las", "of", "bin", "do", "da", "dos", "das", "del", "au", "aux", "sur", "a", "'s", "e", "i"]);

    private static readonly WordSet RomanceLinks = new(["de", "del", "do", "da", "dos", "das", "di", "du"]);

    private static readonly WordSet ArabicArticles = new(["al", "el", "ad", "ar", "as", "az", "ash", "an", "at", "ed", "es", "ez"]);

    /// <summary>The articles that are no English word: "as", "at" and "an" are articles only when hyphened to a name
    /// ("as-Suwayda"); "fired missiles at Kharkiv" and "Ukraine as Russia ..." are English.</summary>
    private static readonly WordSet EnglishHomographs = new(["as", "at", "an"]);

    private readonly PlaceResolver _resolver = new(kb.Gazetteer, kb.ResolverWeights);
    private readonly EstimatedPlaces _estimated = new(kb.Cues);

    public IReadOnlyList<PlaceMention> Annotate(Document doc, IReadOnlyList<ActorMention> actors) => AnnotateInContext(doc, actors).Places;

    /// <summary>The places, and the context they were read in (which the geoparser's reasons name).</summary>
    public (IReadOnlyList<PlaceMention> Places, PlaceContext Context) AnnotateInContext(Document doc, IReadOnlyList<ActorMention> actors)
    {
        var blocked = Blocked(doc, actors);
        var context = Context(doc, actors, blocked);
        var places = ProvincesOfTheirTowns(Scan(doc, blocked, context), doc);
        var provinces = ProvincesNamedByParagraph(places, doc);
        return (_estimated.Add(doc, places.Where(m => Coherent(m, places, context, doc, provinces)).ToList(), blocked), context);
    }

    /// <summary>"Bahawalpur in Punjab province", "Sobradinho, Distrito Federal": a province named as the container of the
    /// town before it is the province of that name in the town's country (Pakistan's Punjab, not India's).</summary>
    private List<PlaceMention> ProvincesOfTheirTowns(List<PlaceMention> places, Document doc)
    {
        for (var k = 1; k < places.Count; k++)
        {
            var (town, province) = (places[k - 1], places[k]);
            if (province.Place.Precision != PlacePrecision.Admin1 || town.Place.Precision != PlacePrecision.Place
                || town.Place.CountryIso2 == province.Place.CountryIso2 || !PutInNext(doc.Tokens, town.Range.End, province.Range.First)) continue;
            foreach (var unit in kb.Gazetteer.FindAdmin1Named(province.Surface))
                if (unit.CountryIso2 == town.Place.CountryIso2)
                {
                    places[k] = province with { Place = _resolver.Admin1Place(unit) };
                    break;
                }
        }
        return places;
    }

    /// <summary>Whether only a comma, "in", "(" or "the" stand between two names: the second contains the first.</summary>
    private static bool PutInNext(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (to <= from || to - from > 2) return false;
        for (var k = from; k < to; k++)
            if (tokens[k].Lower is not ("," or "in" or "(" or "the")) return false;
        return true;
    }

    /// <summary>What the article says about where it is (for `frontline geocode --context`).</summary>
    public PlaceContext Context(Document doc, IReadOnlyList<ActorMention> actors) => Context(doc, actors, Blocked(doc, actors));

    private bool[] Blocked(Document doc, IReadOnlyList<ActorMention> actors)
    {
        var blocked = new bool[doc.Tokens.Count];
        foreach (var a in actors.Concat(actors.SelectMany(a => a.Partners)).Where(a => a.Kind is not ActorMentionKind.Country))
            for (var k = a.Range.First; k < a.Range.End; k++) blocked[k] = true;
        BlockSurnames(doc, blocked);
        return blocked;
    }

    /// <summary>"top commander Qassem Soleimani ... near Soleimani's grave": a name of two words or more after a word for
    /// a person is someone's, and its last word is that person wherever the article writes it again (not the sound-alike
    /// town "Salmon").</summary>
    private void BlockSurnames(Document doc, bool[] blocked)
    {
        var tokens = doc.Tokens;
        HashSet<string>? surnames = null;
        foreach (var s in doc.Sentences)
            for (var k = s.FirstToken; k + 2 < s.EndToken; k++)
            {
                // One person's word ("commander", not "the three dead Kosovo Serbs"), or an office's ("President Lee Myung-bak"),
                // before a name that opens with no country's.
                var title = kb.Actors.Titles.LongestAt(tokens, k, s.EndToken).Length;
                var personWord = title > 0 ? title : !tokens[k].IsCapitalized && kb.Cues.PersonNouns.Contains(tokens[k]) ? 1 : 0;
                if (personWord == 0 || k + personWord + 1 >= s.EndToken || tokens[k].Lower.EndsWith('s') || tokens[k].Lower == "dead") continue;
                k += personWord - 1;
                if (!tokens[k + 1].IsCapitalized || kb.Gazetteer.FindCountry(tokens[k + 1].Text) is not null) continue;
                var end = k + 1;
                var words = 0;
                while (end < s.EndToken && (tokens[end].IsCapitalized || tokens[end].Text == "-" || kb.Cues.NameParticles.Contains(tokens[end])))
                {
                    if (tokens[end].IsCapitalized) words++;
                    end++;
                }
                while (end > k + 1 && !tokens[end - 1].IsCapitalized) end--;
                if (words < 2 || _resolver.Knows(doc.CharsOf(k + 1, end)) || TimeAnnotator.IsCalendarWord(tokens[end - 1].Lower)) continue;
                (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[end - 1].Text);
                for (var j = k + 1; j < end; j++) blocked[j] = true;
            }
        if (surnames is null) return;
        for (var k = 0; k < tokens.Count; k++)
            if (surnames.Contains(tokens[k].Text)) blocked[k] = true;
    }

    /// <summary>Two passes: the first learns the article's countries, provinces and districts from what it names for
    /// sure; the second (the caller's) reads every town in that light.</summary>
    private PlaceContext Context(Document doc, IReadOnlyList<ActorMention> actors, bool[] blocked)
    {
        var context = ContextCountries(doc, actors);
        // A report that names no country and no one's nationality ("gunmen opened fire in Sahwa in Dar'a") is read in the
        // country where its names together are likeliest, not wherever its first name's largest namesake lies; unless
        // what it names for sure (a province, a large town) places it.
        // The blind scan adds nothing to the context it reads in, so the first pass's own copy serves it.
        var firstContext = context.Copy();
        var likeliest = context.Countries.Count == 0 ? LikeliestCountry(Scan(doc, blocked, firstContext, accumulate: false)) : null;
        if (likeliest is not null) firstContext.AddCountry(likeliest, null, named: false);
        var t = doc.Tokens;
        var districts = new List<PlaceMention>();
        PlaceMention? previous = null;
        foreach (var m in Scan(doc, blocked, firstContext))
        {
            var before = previous;
            previous = m;
            // "Georgia" read as the country before the article's other places were known says nothing yet: the country
            // and the state must both stay open for the second pass.
            // So must "Congo", which both Congos go by.
            if (m.Place.Precision == PlacePrecision.Country
                && (_resolver.IsAlsoAProvinceElsewhere(m.Surface) || kb.Gazetteer.CountriesCalled(m.Surface).Count > 1)) continue;
            // "Vasylivka, Donetsk": a city after a town and a comma places the town in the city's province.
            if (m.Place.Precision == PlacePrecision.Place && m.Place.Admin1Code is { } province && ContainerAfterATown(t, m, before))
                context.Admin1Codes.Add(province);
            // A town read by its exact spelling places the story in its province, unless the first pass picked it blind
            // among namesakes in its country ("Kochkin" of five villages, before "Kabul" is known).
            if (m.Place.Precision == PlacePrecision.Place && m.Exact && m.Place.Admin1Code is { } townProvince && !PickedAmongNamesakes(m))
                context.NamedTowns.Add(new NamedTown(TransliterationKey.Plain(m.Surface), townProvince, m.Place.Lat, m.Place.Lon));
            if (m.Place.Precision is not PlacePrecision.Place || m.Place.Population >= 100_000)
                context.AddCountry(m.Place.CountryIso2, m.Place.Precision == PlacePrecision.Country ? null : TransliterationKey.Plain(m.Surface), named: true);
            if (m.Place.Id.StartsWith("admin1:", StringComparison.Ordinal)) context.Admin1Codes.Add(m.Place.Id[7..]);
            if (m.Place.Id.StartsWith("admin2:", StringComparison.Ordinal)) districts.Add(m);
        }
        // "Clark County, Nevada": of a district's namesakes in one country the first pass picked one blind; it places
        // the story in its province only when it has no namesake there or that province is named too.
        foreach (var m in districts)
        {
            var province = m.Place.Id[7..m.Place.Id.LastIndexOf('.')];
            if (NamesakesInItsCountry(m, sameName: false) > 1 && !context.Admin1Codes.Contains(province)) continue;
            context.Admin2Codes.Add(m.Place.Id[7..]);
            context.Admin1Codes.Add(province);
        }
        if (likeliest is not null && context.Countries.Count == 0) context.AddCountry(likeliest, null, named: false);
        foreach (var (name, iso2) in firstContext.PlacedIn) context.PlacedIn[name] = iso2;
        return context;
    }

    /// <summary>
    /// Whether a town fits the rest of the article: a sound-alike match must lie in the country of the provinces the article
    /// names (when it names any), and a neighbourhood, street or hospital ("Porto Meira neighborhood") that the gazetteer takes for a
    /// town must lie near the towns the article names; otherwise the name is some other place's namesake.
    /// </summary>
    private bool Coherent(PlaceMention m, List<PlaceMention> all, PlaceContext context, Document doc, Dictionary<int, HashSet<string>> provincesByParagraph)
    {
        var tokens = doc.Tokens;
        // "treated at Medina hospital" in a report from Mogadishu is no Medina County in Ohio: a district named only as a
        // building's is read like a town's (below).
        if (m.Place.Precision == PlacePrecision.Admin2) return !NamesASubPlace(m, tokens) || NearTheOtherTowns(m, all);
        if (m.Place.Precision != PlacePrecision.Place) return true;
        if (!m.Exact && !InProvincesCountry(m.Place.CountryIso2, context)) return false;
        // "Maidanak village ..., Chaghcharan city, Ghor": a village of the name in another province of the country the
        // paragraph places itself in is a namesake, not this village (which the gazetteer lacks). A province named in
        // another paragraph may be another event's ("Separately, drones struck a gas field in Sulaimaniyah province").
        // A province's seat by its own name is no such namesake ("Birao, the capital of Vakaga prefecture ... near the town
        // of Ndele" is Ndele of Bamingui-Bangoran).
        if (m.Candidates.Count > 1 && m.Place.Population < ProvinceBoundTown && !(m.Exact && m.Place.Feature is ("PPLA" or "PPLC") && IsOwnName(m.Place, m.Surface))
            && provincesByParagraph.TryGetValue(doc.SentenceOf(m.Range.First).Paragraph, out var provinces) && OutsideTheNamedProvinces(m.Place, provinces))
            return false;
        // "Azwar village in the western countryside of Tell Abiad": a village read only by sound, far from every other
        // place the article names, is a namesake of the name elsewhere in the country (the gazetteer lacks this one); so
        // is a district's seat in a country the article does not name ("Avasin (Mergasur) region of Dahuk, Northern
        // Iraq" is no Turkish Afşin because Turkish jets struck there).
        if (!m.Exact && m.Place.Population < ProvinceBoundTown
            && (m.Place.Feature is not ("PPLA" or "PPLA2" or "PPLC") || !context.NamedCountries.Contains(m.Place.CountryIso2))
            && FarFromTheOtherPlaces(m, all))
            return false;
        // "clashes near Mambasa" in a report on Ituri is no Mombasa (which GeoNames also spells so): a town read by
        // another of its names, in a country the text does not name and outside the countries of the provinces it names,
        // far from every place it names, is a namesake the gazetteer lacks.
        if (context.Admin1Codes.Count > 0 && !InProvincesCountry(m.Place.CountryIso2, context)
            && !context.Without(TransliterationKey.Plain(m.Surface)).NamedCountries.Contains(m.Place.CountryIso2) && !IsOwnName(m.Place, m.Surface)
            && FarFromTheOtherPlaces(m, all))
            return false;
        if (FarFromItsContainerTown(m, all, doc)) return false;
        return !NamesASubPlace(m, tokens) || NearTheOtherTowns(m, all);
    }

    /// <summary>Whether a word for a building, street or quarter stands right after or before the name ("Medina
    /// hospital", "Porto Meira neighborhood").</summary>
    private bool NamesASubPlace(PlaceMention m, IReadOnlyList<Token> tokens) =>
        (m.Range.End < tokens.Count && kb.Cues.SubPlaceNouns.Contains(tokens[m.Range.End]))
        || (m.Range.First > 0 && kb.Cues.SubPlaceNouns.Contains(tokens[m.Range.First - 1]))
        || OpensAListOfSites(m, tokens);

    /// <summary>"the Shangri-La, Cinnamon Grand and Kingsbury hotels": the first of names a plural site noun closes.</summary>
    private bool OpensAListOfSites(PlaceMention m, IReadOnlyList<Token> tokens)
    {
        if (WordClosingTheNames(tokens, m.Range.End, out var listed) is not { } w || !listed) return false;
        return w.Lower.EndsWith('s') && (kb.Cues.SubPlaceNouns.Contains(w.Lower[..^1]) || (w.Lower.EndsWith("es") && kb.Cues.SubPlaceNouns.Contains(w.Lower[..^2])));
    }

    /// <summary>The first lower-case word after the names that follow token <paramref name="end"/> ("Cinnamon Grand and
    /// Kingsbury hotels", "and Mamprusi communities"), and whether more names were listed before it.</summary>
    private static Token? WordClosingTheNames(IReadOnlyList<Token> tokens, int end, out bool listed)
    {
        listed = false;
        for (var k = end; k < tokens.Count && k < end + 10; k++)
        {
            var w = tokens[k];
            if (w.Text == "," || w.Lower == "and") listed = true;
            else if (!w.IsCapitalized && w.Text != "-") return w;
        }
        return null;
    }

    /// <summary>"Nadas in rural Ras al Ain": a town the text puts in another town (after "in", not a list's comma) lies
    /// within a province's reach of it; a reading farther off is some namesake of a village the gazetteer lacks.</summary>
    private bool FarFromItsContainerTown(PlaceMention m, List<PlaceMention> all, Document doc)
    {
        var s = doc.SentenceOf(m.Range.First);
        if (ContainerStart(doc.Tokens, m.Range.End, s) is not { } start || doc.Tokens[start - 1].Text == ",") return false;
        var container = all.Find(o => o.Range.First == start);
        // A container that is an island or a region, or also a province's name ("the Sokhneh desert in Homs"), is wider
        // (the look-ups come last: most readings lie near their container).
        return container is { Place: { Precision: PlacePrecision.Place, Feature: { } feature } } && feature.StartsWith("PPL", StringComparison.Ordinal)
            && container.Place.DistanceKm(m.Place) > NamedProvinceReachKm
            && !kb.Gazetteer.FindAdmin1Named(container.Surface).Any() && kb.Regions.LongestAt(doc.Tokens, start, s.EndToken).Length == 0;
    }

    /// <summary>Whether a small town was one of several of its name in its country (a large one is the likely one).</summary>
    private static bool PickedAmongNamesakes(PlaceMention m) => m.Place.Population < ProvinceBoundTown && NamesakesInItsCountry(m, sameName: true) > 1;

    /// <summary>How many of a mention's candidates are of its reading's kind and country (and, if asked, its name).</summary>
    private static int NamesakesInItsCountry(PlaceMention m, bool sameName) =>
        m.Candidates.Count(c => c.Precision == m.Place.Precision && c.CountryIso2 == m.Place.CountryIso2 && (!sameName || c.Name == m.Place.Name));

    /// <summary>Population below which an ambiguous town must lie in a province the article names, when it names any of
    /// that country's.</summary>
    private const long ProvinceBoundTown = 100_000;

    /// <summary>Beyond this distance from a named province's seat, a town outside it is no neighbour of the story.</summary>
    private const double NamedProvinceReachKm = 150;

    /// <summary>Whether the town lies outside every province of its country that the article names, and far from them
    /// (a town just across a provincial line is as likely as one inside).</summary>
    private bool OutsideTheNamedProvinces(Place town, HashSet<string> provinces)
    {
        if (town.Admin1Code is null || provinces.Contains(town.Admin1Code)) return false;
        var namesAProvince = false;
        foreach (var code in provinces)
        {
            if (!PlaceContext.IsUnder(code, town.CountryIso2)) continue;
            namesAProvince = true;
            if (kb.Gazetteer.Admin1(code[..2], code[3..]) is { } unit && Geo.HaversineKm(town.Lat, town.Lon, unit.Lat, unit.Lon) <= NamedProvinceReachKm)
                return false;
        }
        return namesAProvince;
    }

    /// <summary>The provinces each paragraph names: as provinces or districts, or as the city after a town and a comma
    /// ("Vasylivka, Donetsk"). Read once per article (asked for every small town).</summary>
    private static Dictionary<int, HashSet<string>> ProvincesNamedByParagraph(List<PlaceMention> all, Document doc)
    {
        var byParagraph = new Dictionary<int, HashSet<string>>();
        for (var k = 0; k < all.Count; k++)
        {
            var o = all[k];
            if (o.Place.Admin1Code is not { } code) continue;
            if (!(o.Place.Precision is PlacePrecision.Admin1 or PlacePrecision.Admin2
                  || (o.Place.Precision == PlacePrecision.Place && ContainerAfterATown(doc.Tokens, o, k > 0 ? all[k - 1] : null)))) continue;
            var paragraph = doc.SentenceOf(o.Range.First).Paragraph;
            if (!byParagraph.TryGetValue(paragraph, out var provinces)) byParagraph[paragraph] = provinces = new HashSet<string>(StringComparer.Ordinal);
            provinces.Add(code);
        }
        return byParagraph;
    }

    /// <summary>"Vasylivka, Donetsk": a place after a town and a comma names the town's container; unless it is the town
    /// again ("Luanda, Angola's capital" describes Luanda, it names no province of the story).</summary>
    private static bool ContainerAfterATown(IReadOnlyList<Token> tokens, PlaceMention m, PlaceMention? before) =>
        m.Range.First >= 2 && tokens[m.Range.First - 1].Text == "," && tokens[m.Range.First - 2].IsCapitalized
        && !(before is not null && before.Range.End == m.Range.First - 1 && before.Place.Id == m.Place.Id);

    /// <summary>Whether the article names no province, or one of the country ("SY.09" for "SY").</summary>
    private static bool InProvincesCountry(string iso2, PlaceContext context) => context.Admin1Codes.Count == 0 || context.NamesAProvinceOf(iso2);

    /// <summary>Whether the article names other places below the country (each read once, by any name) and the place lies
    /// outside their provinces and farther than a province's reach from each.</summary>
    private static bool FarFromTheOtherPlaces(PlaceMention m, List<PlaceMention> all)
    {
        var others = false;
        foreach (var o in all)
        {
            if (o == m || o.Place.Precision == PlacePrecision.Country || o.Surface == m.Surface) continue;
            others = true;
            if ((o.Place.Admin1Code is { } province && province == m.Place.Admin1Code) || o.Place.DistanceKm(m.Place) <= NamedProvinceReachKm) return false;
        }
        return others;
    }

    /// <summary>Whether a place lies within 50 km of another town the article names, or the article names no other town.</summary>
    private static bool NearTheOtherTowns(PlaceMention m, List<PlaceMention> all)
    {
        var towns = all.Where(o => o != m && o.Place.Precision == PlacePrecision.Place).ToList();
        return towns.Count == 0 || towns.Any(o => o.Place.DistanceKm(m.Place) <= 50);
    }

    /// <summary>The country whose readings of the names weigh most together. Each name votes for the countries it may lie
    /// in by its most prominent reading in each (population, seat, the place's own name over another of its names; a
    /// province weighs as a town of 100,000); a name many countries have shares its vote among them in proportion.</summary>
    private string? LikeliestCountry(List<PlaceMention> blindReadings)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var mine = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var m in blindReadings)
        {
            mine.Clear();
            foreach (var p in m.Candidates.Append(m.Place))
            {
                if (p.Precision == PlacePrecision.Country) continue;
                var weight = p.Precision switch
                {
                    PlacePrecision.Admin1 => ProvinceVote + kb.ResolverWeights.ProvinceSeat,
                    PlacePrecision.Admin2 => DistrictVote + kb.ResolverWeights.DistrictSeat,
                    _ => kb.ResolverWeights.Prominence(p.Population, p.Feature ?? ""),
                } + (IsOwnName(p, m.Surface) ? kb.ResolverWeights.OwnName : 0);
                if (weight > mine.GetValueOrDefault(p.CountryIso2)) mine[p.CountryIso2] = weight;
            }
            var total = mine.Values.Sum();
            foreach (var (iso2, weight) in mine) votes[iso2] = votes.GetValueOrDefault(iso2) + weight * weight / total;
        }
        string? best = null;
        foreach (var (iso2, weight) in votes)
            if (best is null || weight > votes[best]) best = iso2;
        return best;
    }

    /// <summary>A province's and a district's vote: as a town of 100,000 and of 10,000 (log10 of the population).</summary>
    private const double ProvinceVote = 5, DistrictVote = 4;

    private List<PlaceMention> Scan(Document doc, bool[] blocked, PlaceContext context, bool accumulate = true)
    {
        var tokens = doc.Tokens;
        var found = new List<PlaceMention>();
        foreach (var s in doc.Sentences)
        {
            if (doc.IsByline(s)) continue;
            for (var i = s.FirstToken; i < s.EndToken;)
            {
                var next = i + 1;
                var mention = blocked[i] ? null
                    : tokens[i].IsCapitalized || StartsWithArticle(tokens, i, s) ? PlaceAt(doc, i, s, blocked, context, out next)
                    : TheCapital(doc, i, found);
                if (mention is null) { i = next; continue; }
                found.Add(mention);
                if (accumulate && mention.Place.Precision != PlacePrecision.Country) context.AddCountry(mention.Place.CountryIso2, TransliterationKey.Plain(mention.Surface), named: false);
                i = mention.Range.End;
            }
        }
        return found;
    }

    /// <summary>"soldiers patrolled the streets of the capital" in a report datelined NAIROBI: a bare "the capital" is the
    /// capital of the dateline's country ("the capital of Mali" or "the capital, Bamako" name theirs).</summary>
    private PlaceMention? TheCapital(Document doc, int i, List<PlaceMention> found)
    {
        var tokens = doc.Tokens;
        if (tokens[i].Lower != "capital" || i == 0 || tokens[i - 1].Lower != "the" || i + 1 >= tokens.Count
            || tokens[i + 1].Lower is "of" or "," || tokens[i + 1].IsCapitalized) return null;
        if (CountryOfTheCapital(doc, found) is not { } code || kb.Gazetteer.CountryByCode(code) is not { } country) return null;
        return _resolver.ResolveCapital(country) is { } city ? new PlaceMention(new TokenRange(i, i + 1), city.Best, tokens[i].Text, null, city.Candidates) : null;
    }

    /// <summary>The country a bare "the capital" is of: the dateline's, unless the text has named another country's places
    /// more often so far ("CAIRO ... Sudan's army ... in central Khartoum ... made gains in the capital": Khartoum).</summary>
    private static string? CountryOfTheCapital(Document doc, List<PlaceMention> found)
    {
        var dateline = found.Find(p => doc.InDateline(p.Range.First))?.Place.CountryIso2;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? most = null;
        foreach (var p in found)
        {
            if (doc.InDateline(p.Range.First)) continue;
            var count = counts[p.Place.CountryIso2] = counts.GetValueOrDefault(p.Place.CountryIso2) + 1;
            if (most is null || count > counts[most]) most = p.Place.CountryIso2;
        }
        if (dateline is null) return most;
        return most is not null && counts[most] > counts.GetValueOrDefault(dateline) ? most : dateline;
    }

    /// <summary>Whether the name is a province of one of the article's countries. A loop, not a lambda: a lambda over
    /// <paramref name="context"/> would be allocated on every call of <see cref="PlaceAt"/>, once per token.</summary>
    private bool IsAdmin1In(string name, PlaceContext context)
    {
        foreach (var unit in kb.Gazetteer.FindAdmin1(name))
            if (context.Countries.Contains(unit.CountryIso2)) return true;
        return false;
    }

    /// <summary>The place named from token <paramref name="i"/>, if any; <paramref name="next"/> is where to look next when
    /// there is none (past a whole demonym: "Korean" of "South Korean" is no name of its own).</summary>
    private PlaceMention? PlaceAt(Document doc, int i, Sentence s, bool[] blocked, PlaceContext context, out int next)
    {
        next = i + 1;
        var tokens = doc.Tokens;
        var runEnd = i;
        while (runEnd < s.EndToken && runEnd - i < 5 && !blocked[runEnd]
               && (tokens[runEnd].IsCapitalized || (runEnd > i && ElidedName(tokens[runEnd])) || ((runEnd > i || StartsWithArticle(tokens, i, s)) && Connectors.Contains(tokens[runEnd]) && runEnd + 1 < s.EndToken && !blocked[runEnd + 1]
                                                     && (tokens[runEnd + 1].IsCapitalized || Connectors.Contains(tokens[runEnd + 1])))
                   // "Jammu and Kashmir", "Bosnia and Herzegovina": "and" inside a name the gazetteer holds whole.
                   || (runEnd > i && tokens[runEnd].Lower == "and" && runEnd + 1 < s.EndToken && !blocked[runEnd + 1] && tokens[runEnd + 1].IsCapitalized)))
            runEnd++;
        if (CombiningFormOfACountry(doc, i, s) is { } combined) return combined;
        // "the Somali capital": the capital city of that country.
        var (demonymLength, demonymOf) = kb.Actors.Demonyms.LongestAt(tokens, i, s.EndToken);
        if (demonymLength > 0 && i + demonymLength < s.EndToken && tokens[i + demonymLength].Lower == "capital"
            && kb.Gazetteer.CountryByCode(demonymOf[0]) is { } capitalOf && _resolver.ResolveCapital(capitalOf) is { } city)
            return new PlaceMention(new TokenRange(i, i + demonymLength + 1), city.Best, doc.TextOf(i, i + demonymLength + 1), null, city.Candidates);
        if (demonymLength > 0 && SettlementOfACountry(doc, i, i + demonymLength, s, demonymOf[0]) is { } settlement) return settlement;
        // "Israeli", "Syrian": a demonym names people, never a place (though "Isorella" sounds alike). But "U.S." and "UK"
        // are the country's names too: "from the U.S. to the UK" names places ("U.S. officials" is an actor, blocked above).
        // A demonym may open a longer name, though: "British Columbia", "Syrian Desert".
        if (demonymLength > 0 && !(runEnd > i + demonymLength && _resolver.Knows(doc.CharsOf(i, runEnd))))
        {
            next = i + demonymLength;
            return DemonymNamingItsCountry(doc, i, i + demonymLength, s);
        }
        // "Bostan" in "Ghadir al Bostan": the tail of a longer Arabic name the gazetteer lacks, not a place of its own.
        var afterArticle = ArticleBefore(tokens, i, s.FirstToken);
        if (afterArticle is { } article && article > s.FirstToken && tokens[article - 1].IsCapitalized) return null;
        // "Jordan" in "Puerto Jordan", "Chad" in "the Lake Chad island": a country's name after a word that opens a longer
        // name the gazetteer lacks is that name's tail.
        if (i - 1 >= s.FirstToken && tokens[i - 1].IsCapitalized && kb.Cues.NameHeads.Contains(tokens[i - 1])
            && CountryNameAt(doc, i, runEnd, minWords: 1) is not null)
            return null;
        // "Dniprovskyi" in "the city's Dniprovskyi district": a part of the town the text has named, not a namesake town.
        if (i - 2 >= s.FirstToken && tokens[i - 1].Lower == "'s" && tokens[i - 2].Lower is "city" or "town" or "capital" or "village") return null;
        // "San Martin" in "near the Plaza San Martin": a square or street named for a place is no scene of its own.
        if (i - 1 >= s.FirstToken && tokens[i - 1].IsCapitalized && kb.Cues.StreetHeads.Contains(tokens[i - 1])) return null;
        // "Sur" in "Maguindanao del Sur", "Norte" in "Rio Grande do Norte": the tail of a longer Romance name (Tyre is "Sur").
        if (i - 2 >= s.FirstToken && RomanceLinks.Contains(tokens[i - 1]) && tokens[i - 1].Text == tokens[i - 1].Lower && tokens[i - 2].IsCapitalized)
            return null;
        for (var end = runEnd; end > i + demonymLength; end--)
        {
            if (!tokens[end - 1].IsCapitalized && !ElidedName(tokens[end - 1])) continue;
            // "Sahm" in "Sahm El Golan": a name cut before the article that continues it is its head, not a place.
            if (end < runEnd && IsArabicArticle(tokens, end)) continue;
            // "Island" of "Waiheke Island" is no Iceland, "Lake" of "Lake Erie" no village called Lake, "Camp" of "Camp Simba"
            // no Camp County: a feature's generic word, or a word that opens names, inside a longer name the gazetteer lacks
            // is not read alone.
            if (end - i == 1 && (kb.Cues.FeatureNouns.Contains(tokens[i]) || kb.Cues.NameHeads.Contains(tokens[i])) && InsideLongerName(tokens, i, s)) return null;
            // "US" and "UK" in capitals are the countries, not the pronoun or a village named "Uk".
            if (end - i == 1 && kb.NotPlaces.Contains(tokens[i]) && !(tokens[i].IsAllCaps && kb.Gazetteer.FindCountry(tokens[i].Text) is not null)) return null;
            if (NamesMoney(tokens, end)) continue;
            // "the Balochistan National Party", "the Tigray People's Liberation Front": a place that opens an organisation's
            // name is part of the name.
            if (OpensAnOrganisationName(tokens, end, s)) return null;
            // "Independence Day", "Victory Day": a holiday, not a place.
            if (end < runEnd && tokens[end].Text == "Day") continue;
            // "Joaquin "El Chapo" Guzman", "Ismael "El Mayo" Zambada": a first name before a nickname in quotes.
            if (end + 1 < s.EndToken && tokens[end].Text is "\"" or "\u201c" && tokens[end + 1].IsCapitalized
                && end - i == 1 && tokens[i].IsCapitalized && OpensNickname(tokens, end, s)) return null;
            // "young people calling themselves "Gen Z Madagascar"": a place that ends a quoted name after other capitalized
            // words is part of the name.
            if (TailOfAQuotedName(tokens, i, end, s)) return null;
            // "the Kusasi and Mamprusi communities": names of peoples, not places.
            var closing = WordClosingTheNames(tokens, end, out _);
            if (closing is not null && kb.Cues.CommunityNouns.Contains(closing)) return null;
            // "Nov 8": a month before its day is a date.
            if (end - i == 1 && TimeAnnotator.IsMonth(tokens[i].Lower) && end < s.EndToken && tokens[end].Kind == TokenKind.Number) return null;
            // "the match against Ajax": a club's name.
            if (i >= 2 && tokens[i - 1].Lower == "against" && tokens[i - 2].Lower is "match" or "game" or "final" or "tie") return null;
            // "Maccabi Tel Aviv supporters": a city that ends a club's name (after a word read as no place) is no place of the
            // story.
            if (i > s.FirstToken && tokens[i - 1].IsCapitalized && end < s.EndToken && kb.Cues.ClubWords.Contains(tokens[end])
                && !kb.Cues.Directions.Contains(tokens[i - 1]) && kb.Actors.Demonyms.LongestAt(tokens, i - 1, i).Length == 0) return null;
            // "the Bangkok Post", "the Kyiv Independent": a place that names a newspaper or broadcaster is no place of the story.
            if (end < s.EndToken && tokens[end].IsCapitalized && kb.Cues.MediaWords.Contains(tokens[end])) return null;
            // "the Bardo national museum in Tunis": a name that names a site placed in another place is the site's name.
            if (NamesASiteIn(tokens, end, s)) return null;
            if (NamesAPatron(tokens, end, s)) continue;
            // Most capitalized runs are no name the gazetteer holds: nothing below could read them.
            if (!_resolver.Knows(doc.CharsOf(i, end))) continue;
            var name = doc.TextOf(i, end);
            var hint = Hint(tokens, i, end, s, name);
            // "Northwest", "Central", "Eastern": provinces named by a compass word are read only in the article's countries
            // (Cameroon's and Iceland's regions share such names).
            if (CompassOnly(tokens, i, end) && context.Countries.Count > 0 && !IsAdmin1In(name, context)) continue;
            var direction = i > s.FirstToken && kb.Cues.Directions.Contains(tokens[i - 1]) ? tokens[i - 1].Lower : null;
            // "northern Kunduz" and "central Gaza" are the provinces; "central Baghdad" is the centre of a city of millions.
            if (direction is not null && IsAdmin1In(name, context) && !(direction == "central" && IsMetropolis(name))) hint = UnitHint.Admin1;
            // "Mali's capital": the capital city, not the country.
            if (end + 1 < s.EndToken && tokens[end].Lower == "'s" && tokens[end + 1].Lower == "capital"
                && kb.Gazetteer.FindCountry(name) is { } country && _resolver.ResolveCapital(country) is { } capitalCity)
                return new PlaceMention(new TokenRange(i, end + 2), capitalCity.Best, doc.TextOf(i, end + 2), null, capitalCity.Candidates);
            var inCountry = InNamedCountry(doc, end, s, name, hint);
            // The provinces the text puts the name in ("X, Idleb", "X in Idleb"), found once for both uses below.
            var container = ProvincesNamedAfter(tokens, end, s);
            // "Qoqfin in Idleb": a reading inside the province the text puts the name in is read as the text says.
            // So is one a province owns: "in Borno's Marte".
            var inProvince = inCountry is null ? InNamedProvince(container, name, hint) ?? InNamedProvince(ProvinceOwningIt(tokens, i, s), name, hint) : null;
            var resolution = inCountry ?? inProvince ?? _resolver.Resolve(name, context, hint);
            if (resolution is null) continue;
            // "Iraq's Kurdistan region", "Cameroon's Northwest region": a place the text gives to a country is that
            // country's (Iran's Kordestan is not meant), or none the gazetteer has.
            // So is one told as "the eastern Ukrainian city of Pokrovsk" (not Russia's Pokrovsk).
            if (resolution.Best.Precision != PlacePrecision.Country && (OwnerCountryBefore(doc, i, s) ?? NationalityOfThePlaceNoun(doc, i, s)) is { } owner
                && resolution.Best.CountryIso2 != owner.Iso2)
            {
                if (_resolver.Resolve(name, PlaceContext.OfCountry(owner), hint) is { Best.Precision: not PlacePrecision.Country } own && own.Best.CountryIso2 == owner.Iso2)
                    resolution = own;
                else continue;
            }
            // "the Red Sea coastline" in a report from Yemen is the sea, not Egypt's governorate of that name: a unit named
            // as a world region is the region unless the article names the unit's country. So is a unit whose name opens a
            // region's longer one ("the Kurdistan region" of a report from Erbil is no Iranian province).
            if (resolution.Best.Precision is PlacePrecision.Admin1 or PlacePrecision.Admin2 && !context.NamedCountries.Contains(resolution.Best.CountryIso2)
                && kb.Regions.LongestAt(tokens, i, s.EndToken).Length >= end - i)
                continue;
            // "the road to the Ayeyarwady River port": a river is no province or district named after it, far downstream.
            // (Nor is one of a list of rivers: "the Valley of the Apurimac, Ene and Mantaro Rivers".)
            if (resolution.Best.Precision is PlacePrecision.Admin1 or PlacePrecision.Admin2 && end < s.EndToken
                && (kb.Cues.RiverNouns.Contains(tokens[end]) || ListOfRivers(tokens, end, s)))
                continue;
            // "the Wadi Omran area of Mudiyah district": a province after a capitalized word that opens names (data name_heads)
            // is the tail of a longer name the gazetteer lacks (a valley, not Amran governorate), as a country is ("Lake Chad").
            if (resolution.Best.Precision == PlacePrecision.Admin1 && i - 1 >= s.FirstToken && tokens[i - 1].IsCapitalized
                && kb.Cues.NameHeads.Contains(tokens[i - 1])) continue;
            // "told The Irrawaddy", "told The Nation": a title whose capital "The" follows a telling verb names an outlet.
            if (i - 2 >= s.FirstToken && tokens[i - 1].Text == "The" && kb.Cues.TellingVerbs.Contains(tokens[i - 2])) continue;
            // "Stroud, Ontario, Canada": a place the text puts in a province or country is not a namesake elsewhere (the
            // gazetteer lacks the village); a large city by its own spelling may still open a list ("Baghdad, Iran and Syria").
            if (OutsideTheNamedContainer(doc, end, s, container, resolution))
            {
                if (tokens[end].Lower == "in" && CountryNamedAfter(doc, end, s) is { } stated) context.PlacedIn[TransliterationKey.Plain(name)] = stated.Iso2;
                // ("near Kani, Sagaing Region ... the Kani-Budalin road": nor later, the name a province placed.)
                else if (container.Count > 0) context.PlacedIn[TransliterationKey.Plain(name)] = container[0].CountryIso2;
                continue;
            }
            // (Nor, anywhere in the article, is a namesake of a name it put in another country.)
            if (resolution.Best.Precision != PlacePrecision.Country && context.PlacedIn.TryGetValue(TransliterationKey.Plain(name), out var placedIn)
                && placedIn != resolution.Best.CountryIso2) continue;
            // "the village of Simunul in the neighbouring Semporna district": nor is a town the text puts in a district
            // of another country (Simunul of Tawi-Tawi is not the one in Sabah, which the gazetteer lacks).
            if (resolution.Best.Precision == PlacePrecision.Place && DistrictNamedAfterLiesElsewhere(doc, end, s, resolution.Best.CountryIso2)) continue;
            // "al Malaqa" in a report from Syria is an Arabic name, not Malaga by its Arabic spelling: after an article,
            // a town must lie in the article's countries.
            if (afterArticle is not null && resolution.Best.Precision == PlacePrecision.Place && !context.Countries.Contains(resolution.Best.CountryIso2))
                continue;
            if (end < runEnd && tokens[end].IsCapitalized && HeadOfAnotherName(tokens, end, s, resolution, name)) continue;
            // "Santo Antonio dos Cavaleiros": a name cut before a Romance link that is not the own name of the place the
            // gazetteer reads it as is the head of a longer name it lacks ("Mocimboa da Praia" is Mocímboa's own name).
            if (end < runEnd && RomanceLinks.Contains(tokens[end]) && !IsOwnName(resolution.Best, name)) continue;
            // "in Kut e Abdollah", "Pul-e-Khumri", "Mazar-i-Sharif": a name joined to the next by the Persian "e" or "i"
            // (ezafe) is one name, and its first word no place of its own.
            if (end + 1 < tokens.Count && tokens[end].Text is "e" or "i" && tokens[end + 1].IsCapitalized) continue;
            if (end + 2 < tokens.Count && tokens[end].Text == "-" && tokens[end + 1].Text is "e" or "i" && (tokens[end + 2].IsCapitalized || tokens[end + 2].Text == "-")) continue;
            // "in Mayo-Tsanaga department": the first half of a hyphenated unit's name is no place of its own.
            if (end + 2 < tokens.Count && tokens[end].Text == "-" && tokens[end + 1].IsCapitalized
                && (kb.Cues.Admin1Nouns.Contains(tokens[end + 2]) || kb.Cues.Admin2Nouns.Contains(tokens[end + 2]))) continue;
            // "the village of Bali-Busle": nor is the first half of a joined name whose other half names no place, read as a town
            // abroad (a route's ends, "the Kani-Budalin road", are places of their own).
            if (end + 1 < tokens.Count && tokens[end].Text == "-" && tokens[end].Start == tokens[end - 1].End && tokens[end + 1].IsCapitalized
                && resolution.Best.Precision == PlacePrecision.Place && !context.Countries.Contains(resolution.Best.CountryIso2)
                && !_resolver.Knows(tokens[end + 1].Text)) continue;
            // "South West England", "North West Nigeria": compass words before a country or province of another country
            // say where in it, they are not Cameroon's regions of that name.
            if (end < runEnd && CompassBeforeAnotherPlace(tokens, i, end, runEnd, doc, resolution.Best)) continue;
            // "the San Fernando Valley", "the Ural Mountains": a feature the gazetteer lacks, named after a place, is near
            // that place, not near a namesake in a country the article is not about (Trinidad's San Fernando); so is a
            // building, where the article's countries are known ("the Justice Palace" in Beirut is no Justice, Illinois).
            // So is a list of them ("Chawama and George compounds" in Lusaka is no George in South Africa).
            // ("the Santa Maria Catholic Church": the site's word may close the run a word or two on.)
            if (((end < runEnd && (kb.Cues.FeatureNouns.Contains(tokens[end]) || (kb.Cues.SubPlaceNouns.AnyIn(tokens, end, runEnd) && context.Countries.Count > 0)))
                 || (context.Countries.Count > 0 && closing is not null && kb.Cues.SubPlaceNouns.Contains(closing)))
                && resolution.Best.Precision != PlacePrecision.Country && !context.Countries.Contains(resolution.Best.CountryIso2)) continue;
            // "Maelbeek station in the city centre ... the explosion at Maelbeek": a site's name, here or anywhere in the
            // article, that only sounds like a town (Meulebeke) names no town unless the town lies by another place named
            // or in a province the article names.
            // (Nor does a shorter name inside it: "Ash Shimasi neighbourhood" is no "Ash".)
            if (!resolution.Exact && resolution.Best.Precision == PlacePrecision.Place && OpensASite(tokens, i, end)
                && !(resolution.Best.Admin1Code is { } province && context.Admin1Codes.Contains(province))
                && !context.NearAnotherTown(resolution.Best.Lat, resolution.Best.Lon, kb.ResolverWeights.NearKm, TransliterationKey.Plain(name))) return null;
            if (resolution.Best.Precision == PlacePrecision.Place && NamesKin(tokens, end, s)) return null;
            // "the Aqueduct of Valens", "the Church of St George": a name after a site's word and "of" that is not the own name
            // of the town the gazetteer reads it as names the site (Valens is no Valencia; "the Mosque of Kufa" is in Kufa).
            if (!IsOwnName(resolution.Best, name) && i - 2 >= s.FirstToken && tokens[i - 1].Lower == "of" && tokens[i - 2].IsCapitalized
                && kb.Cues.SubPlaceNouns.Contains(tokens[i - 2])) return null;
            // "FAO", "UNHCR": a word in capitals in running text is an acronym; a town it reaches only through another
            // name ("Fao" for Al Faw) or outside the article's countries ("AAS" of Ahrar al-Sham is no Norwegian Aas) is
            // no place (a country's code, "US", is read as the country above). A dateline's town is written in capitals
            // ("DHAKA, Aug 5 -").
            if (end - i == 1 && tokens[i].IsAllCaps && tokens[i].Text.Length >= 2 && resolution.Best.Precision == PlacePrecision.Place && !doc.InDateline(i)
                && (!IsOwnName(resolution.Best, name) || !context.Countries.Contains(resolution.Best.CountryIso2))
                && !ShoutedAround(tokens, i, s)) continue;
            var locative = inProvince is not null || LocativeEvidence(doc, i, end, s);
            if (!resolution.Strong && !locative) continue;
            if (resolution.Best.Precision == PlacePrecision.Place && !locative
                && (resolution.Best.Population < 50_000 || !context.Countries.Contains(resolution.Best.CountryIso2)))
                continue;
            return new PlaceMention(new TokenRange(i, end), resolution.Best, name, direction, resolution.Candidates, resolution.Exact);
        }
        return null;
    }

    /// <summary>"Iran-backed", "U.S.-backed", "Saudi-led", "Islah-affiliated": the name ending before
    /// <paramref name="end"/> is a patron, leader or allegiance, not where anything happens.</summary>
    private bool NamesAPatron(IReadOnlyList<Token> tokens, int end, Sentence s) =>
        end + 1 < s.EndToken && tokens[end].Text == "-"
        && (kb.Cues.BackedSuffixes.Contains(tokens[end + 1]) || kb.Cues.AffiliationSuffixes.Contains(tokens[end + 1]) || tokens[end + 1].Lower == "led");

    /// <summary>A unit, place or feature word ("Oblast", "City", "University" is none) that may stand in a place's name.</summary>
    private bool NamesAPlacePart(Token t) =>
        kb.Cues.Admin1Nouns.Contains(t) || kb.Cues.Admin2Nouns.Contains(t) || kb.Cues.PlaceNouns.Contains(t) || kb.Cues.FeatureNouns.Contains(t)
        || kb.Cues.SubPlaceNouns.Contains(t);

    /// <summary>Whether the name at tokens [first, end) is followed, here or where the article writes it again, by a word
    /// for a site ("station", "square", "airport").</summary>
    private bool OpensASite(IReadOnlyList<Token> tokens, int first, int end)
    {
        var length = end - first;
        for (var k = length; k < tokens.Count; k++)
        {
            if (!NamesASite(tokens[k]) || tokens[k - 1].Text != tokens[end - 1].Text) continue;
            var same = true;
            for (var j = 0; j < length && same; j++) same = tokens[k - length + j].Text == tokens[first + j].Text;
            if (same) return true;
        }
        return false;
    }

    private bool NamesASite(Token next) =>
        kb.Cues.FeatureNouns.Contains(next) || kb.Cues.SubPlaceNouns.Contains(next) || kb.Cues.ForceSites.Contains(next) || kb.Cues.HeldSites.Contains(next);

    /// <summary>Whether a name, followed by a capitalized word, is only the head of a longer name the gazetteer lacks:
    /// "Syriatel" of "Syriatel Telecom" read only by sound, or "Riad" of "Riad Salame" read as another place's other name
    /// one capitalized word short of the whole ("Kharkov Oblast" and "Mosul University" keep their place; a headline's
    /// capitals, "Kharkov Hit By Missiles", join no name).</summary>
    private bool HeadOfAnotherName(IReadOnlyList<Token> tokens, int end, Sentence s, PlaceResolver.Resolution resolution, string name) =>
        !resolution.Exact
        || (!NamesAPlacePart(tokens[end]) && (end + 1 == s.EndToken || !tokens[end + 1].IsCapitalized) && !ReadByItsOwnName(resolution, name));

    private bool CompassOnly(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (!kb.Cues.Directions.Contains(tokens[k]) && tokens[k].Text != "-") return false;
        return true;
    }

    private bool CompassBeforeAnotherPlace(IReadOnlyList<Token> tokens, int start, int end, int runEnd, Document doc, Place reading)
    {
        if (!CompassOnly(tokens, start, end)) return false;
        for (var next = runEnd; next > end; next--)
        {
            var name = doc.TextOf(end, next);
            if (kb.Gazetteer.FindCountry(name) is { } country) return country.Iso2 != reading.CountryIso2;
            if (kb.Gazetteer.FindAdmin1Named(name).FirstOrDefault() is { } unit) return unit.CountryIso2 != reading.CountryIso2;
        }
        return false;
    }

    /// <summary>Whether the names that end at <paramref name="end"/> ("Al Salih", or a list "Al Salih and Al Tlais") are
    /// followed by a word for kin: "the Al Salih and Al Tlais families", "Al Hayash tribesmen".</summary>
    private bool NamesKin(IReadOnlyList<Token> tokens, int end, Sentence s)
    {
        // Right after the name, or after a list it opens ("Buffalo Public Schools family" is a school's, not a kin group).
        var k = end;
        var listed = false;
        while (k < s.EndToken && k - end < 8 && (tokens[k].IsCapitalized || tokens[k].Lower is "and" or "," || Connectors.Contains(tokens[k])))
            listed |= tokens[k++].Lower is "and" or ",";
        return k < s.EndToken && (k == end || listed) && kb.Cues.KinNouns.Contains(tokens[k]);
    }

    /// <summary>Whether the reading is a country or unit, or a town by its own name spelled exactly.</summary>
    private static bool ReadByItsOwnName(PlaceResolver.Resolution resolution, string name) =>
        resolution.Best.Precision != PlacePrecision.Place || (resolution.Exact && IsOwnName(resolution.Best, name));

    /// <summary>Whether the text writes the place's own name (up to marks and transliteration), not another of its names.</summary>
    private static bool IsOwnName(Place place, string name) => TransliterationKey.Plain(place.Name) == TransliterationKey.Plain(name);

    /// <summary>A headline in capitals: a word next to this one is in capitals too.</summary>
    private static bool ShoutedAround(IReadOnlyList<Token> tokens, int i, Sentence s) =>
        (i > s.FirstToken && tokens[i - 1].IsAllCaps && tokens[i - 1].Kind == TokenKind.Word)
        || (i + 1 < s.EndToken && tokens[i + 1].IsAllCaps && tokens[i + 1].Kind == TokenKind.Word);

    /// <summary>"d'Ivoire" of "Côte d'Ivoire", "l'Aquila": a French or Italian article elided onto a capitalized name
    /// continues the name.</summary>
    private static bool ElidedName(Token t) =>
        t.Text.Length > 2 && t.Text[1] == '\'' && t.Text[0] is 'd' or 'l' && char.IsUpper(t.Text[2]);

    /// <summary>Whether the capitalized words right after a name (at most three, past possessive marks) end on a word that
    /// heads an organisation's name: "National Party", "People's Liberation Front".</summary>
    private bool OpensAnOrganisationName(IReadOnlyList<Token> tokens, int end, Sentence s)
    {
        var words = 0;
        for (var k = end; k < s.EndToken && words < OrganisationNameWords; k++)
        {
            if (tokens[k].Text is "'s" or "'" or "\u2019s" or "\u2019") continue;
            if (tokens[k].Kind != TokenKind.Word || !tokens[k].IsCapitalized) return false;
            words++;
            if (kb.Cues.OrganisationHeads.Contains(tokens[k])) return true;
        }
        return false;
    }

    /// <summary>Whether a list of names that a river's word closes goes on from <paramref name="end"/>: ", Ene and Mantaro
    /// Rivers".</summary>
    private bool ListOfRivers(IReadOnlyList<Token> tokens, int end, Sentence s)
    {
        if (tokens[end].Text != "," && tokens[end].Lower != "and") return false;
        for (var k = end; k < s.EndToken && k <= end + RiverListWords; k++)
        {
            if (kb.Cues.RiverNouns.Contains(tokens[k])) return k > end;
            if (!(tokens[k].Text == "," || tokens[k].Lower == "and" || tokens[k].IsCapitalized)) return false;
        }
        return false;
    }

    /// <summary>How many words a list of rivers may run before the river's word that closes it.</summary>
    private const int RiverListWords = 8;

    /// <summary>How many capitalized words may follow a place in an organisation's name before its head word.</summary>
    private const int OrganisationNameWords = 3;

    /// <remarks>(A unit's word after it closes no longer name: "Plateau State" is the state of Plateau.)</remarks>
    private bool InsideLongerName(IReadOnlyList<Token> tokens, int i, Sentence s) =>
        (i > s.FirstToken && tokens[i - 1].IsCapitalized)
        || (i + 1 < s.EndToken && tokens[i + 1].IsCapitalized && !kb.Cues.Admin1Nouns.Contains(tokens[i + 1]) && !kb.Cues.Admin2Nouns.Contains(tokens[i + 1]));

    /// <summary>Whether the name ending before <paramref name="end"/> is followed by a building it names (past one lowercase
    /// modifier) and "in" another place: "the Bardo national museum in Tunis".</summary>
    private bool NamesASiteIn(IReadOnlyList<Token> tokens, int end, Sentence s)
    {
        var k = end;
        if (k < s.EndToken && tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalized && !kb.Cues.BuildingNouns.Contains(tokens[k])) k++;
        return k + 2 < s.EndToken && !tokens[k].IsCapitalized && kb.Cues.BuildingNouns.Contains(tokens[k]) && tokens[k + 1].Lower == "in"
               && tokens[k + 2].IsCapitalized;
    }

    /// <summary>"killed two men in a Polish village", "shelled a Syrian border town": an unnamed settlement placed in the
    /// demonym's country is somewhere in that country (not when its name follows: "the Syrian town of Kobani").</summary>
    private PlaceMention? SettlementOfACountry(Document doc, int first, int end, Sentence s, string country2)
    {
        var tokens = doc.Tokens;
        var noun = end < s.EndToken && kb.Cues.SettlementModifiers.Contains(tokens[end]) ? end + 1 : end;
        if (noun >= s.EndToken || !kb.Cues.SettlementNouns.Contains(tokens[noun]) || kb.Gazetteer.CountryByCode(country2) is not { } country) return null;
        var after = noun + 1;
        if (after < s.EndToken && (tokens[after].IsCapitalized || (tokens[after].Lower == "of" && after + 1 < s.EndToken && tokens[after + 1].IsCapitalized)))
            return null;
        return new PlaceMention(new TokenRange(first, noun + 1), _resolver.CountryPlace(country), doc.TextOf(first, noun + 1), null, []);
    }

    /// <summary>"along the Indo-Myanmar border", "Sino-Indian clashes": a country's combining form (data
    /// country_combining_forms) joined by a hyphen to another country's name or demonym names its country ("Indo-Pacific"
    /// names none). The whole compound is that one mention: a newsroom writes the pair from its own country's side, and the
    /// other name is no place of the story's.</summary>
    private PlaceMention? CombiningFormOfACountry(Document doc, int i, Sentence s)
    {
        var tokens = doc.Tokens;
        if (i + 2 >= s.EndToken || !tokens[i].IsCapitalized || tokens[i + 1].Text != "-" || tokens[i + 1].Start != tokens[i].End
            || !kb.Cues.CountryCombiningForms.TryGetValue(tokens[i].Text, out var iso2)) return null;
        var other = CountryNameAt(doc, i + 2, s.EndToken, minWords: 1)?.Length ?? kb.Actors.Demonyms.LongestAt(tokens, i + 2, s.EndToken).Length;
        if (other == 0 || kb.Gazetteer.CountryByCode(iso2) is not { } country) return null;
        return new PlaceMention(new TokenRange(i, i + 2 + other), _resolver.CountryPlace(country), doc.TextOf(i, i + 2 + other), null, []);
    }

    /// <summary>A demonym spelled as its country's name ("U.S.", "UK") where the text treats it as a place: after "in",
    /// "from", "to" or before a comma, and not modifying a capitalized name ("U.S. Congress").</summary>
    private PlaceMention? DemonymNamingItsCountry(Document doc, int first, int end, Sentence s)
    {
        var tokens = doc.Tokens;
        if (end < s.EndToken && (tokens[end].IsCapitalized || NamesMoney(tokens, end) || NamesAPatron(tokens, end, s))) return null;
        var name = doc.TextOf(first, end);
        if (kb.Gazetteer.FindCountry(name) is not { } country || !LocativeEvidence(doc, first, end, s)) return null;
        return new PlaceMention(new TokenRange(first, end), _resolver.CountryPlace(country), name, null, []);
    }

    /// <summary>"Tripoli, Lebanon": a town followed by its country is that country's town of the name, if it has one.</summary>
    private PlaceResolver.Resolution? InNamedCountry(Document doc, int end, Sentence s, string name, UnitHint hint)
    {
        if (CountryNamedAfter(doc, end, s) is not { } country) return null;
        return _resolver.Resolve(name, PlaceContext.OfCountry(country), hint) is { Best.Precision: not PlacePrecision.Country } r && r.Best.CountryIso2 == country.Iso2 ? r : null;
    }

    /// <summary>"Washington, D.C.", "Clark County, Nevada", "Qoqfin in Idleb": a name the text puts in a province (one of
    /// <paramref name="provinces"/>, <see cref="ProvincesNamedAfter"/>) is that province's town or district of the name,
    /// if it has one.</summary>
    private PlaceResolver.Resolution? InNamedProvince(List<Admin1Unit> provinces, string name, UnitHint hint)
    {
        foreach (var unit in provinces)
        {
            var context = PlaceContext.OfCountry(kb.Gazetteer.CountryByCode(unit.CountryIso2)!);
            context.Admin1Codes.Add(unit.Code);
            if (_resolver.Resolve(name, context, hint) is { Best: { Precision: PlacePrecision.Place or PlacePrecision.Admin2 } best } r
                && best.Admin1Code == unit.Code)
                return r;
        }
        return null;
    }

    /// <summary>Whether the text puts the name in a province or country ("X, Ontario", "X in Idleb", "X, Canada") that the
    /// reading lies outside (its country; for a reading by sound, the province itself), and the reading is no large city
    /// by its own spelling. What follows may be either ("Colorado, Georgia" lists two states): every country it may stand
    /// for counts.</summary>
    private bool OutsideTheNamedContainer(Document doc, int end, Sentence s, List<Admin1Unit> provinces, PlaceResolver.Resolution resolution)
    {
        var place = resolution.Best;
        if (place.Precision == PlacePrecision.Country) return false;
        var country = CountryNamedAfter(doc, end, s);
        // (A large city by its own spelling is not ruled out by a comma, which may only list ("Colorado, Georgia"); "in
        // northern Mozambique" puts the town there.)
        // (Nor is a province told as one: "near Kani, Sagaing Region" puts Kani there, whatever city abroad has the name.)
        if (resolution.Exact && place.Population >= ProvinceBoundTown && !(country is not null && doc.Tokens[end].Lower == "in")
            && !(provinces.Count > 0 && ContainerToldAsAProvince(doc.Tokens, end, s))) return false;
        if (country is null && provinces.Count == 0) return false;
        return country?.Iso2 != place.CountryIso2 && !provinces.Exists(p => Inside(place, p, resolution.Exact));
    }

    /// <summary>Whether the container named after the place carries a province's word ("Sagaing Region", "Borno State").</summary>
    private bool ContainerToldAsAProvince(IReadOnlyList<Token> tokens, int end, Sentence s)
    {
        if (ContainerStart(tokens, end, s) is not { } start) return false;
        for (var k = start; k < s.EndToken && k < start + 5 && (tokens[k].IsCapitalized || Connectors.Contains(tokens[k])); k++)
            if (kb.Cues.Admin1Nouns.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>Whether a reading lies in a province the text names: a reading by sound in the province itself ("Ground in
    /// Utah" is no Kansas City); one by its spelling in it or within a province's reach of its seat (codes of neighbouring
    /// provinces differ between sources; "Sadiyah in the countryside of Daraa" is no Sa'diyah far off in Homs).</summary>
    private static bool Inside(Place place, Admin1Unit province, bool exact) =>
        place.CountryIso2 == province.CountryIso2
        && (place.Precision == PlacePrecision.Admin1 || place.Admin1Code == province.Code
            || (exact && Geo.HaversineKm(place.Lat, place.Lon, province.Lat, province.Lon) <= NamedProvinceReachKm));

    /// <summary>Where the Arabic article just before a name stands ("al Bostan", "al-Zawiya"), or null.</summary>
    private static int? ArticleBefore(IReadOnlyList<Token> tokens, int i, int sentenceStart)
    {
        var k = i - 1;
        if (k > sentenceStart && tokens[k].Text == "-") k--;
        return k >= sentenceStart && IsArabicArticle(tokens, k) ? k : null;
    }

    private static bool IsArabicArticle(IReadOnlyList<Token> tokens, int k) =>
        ArabicArticles.Contains(tokens[k])
        && (!EnglishHomographs.Contains(tokens[k]) || (k + 1 < tokens.Count && tokens[k + 1].Text == "-"));

    /// <summary>"in el Mina", "the town of al-Bab": a lower-case Arabic article opens a name after a locative word.</summary>
    private bool StartsWithArticle(IReadOnlyList<Token> tokens, int i, Sentence s) =>
        i > s.FirstToken && i + 1 < s.EndToken && ArabicArticles.Contains(tokens[i]) && tokens[i].Text == tokens[i].Lower
        && (kb.Cues.LocativeWords.Contains(tokens[i - 1]) || kb.Cues.PlaceNouns.Contains(tokens[i - 1]) || tokens[i - 1].Lower == "the")
        && (tokens[i + 1].IsCapitalized || (tokens[i + 1].Text == "-" && i + 2 < s.EndToken && tokens[i + 2].IsCapitalized));

    /// <summary>The country whose demonym qualifies the place noun right before the name: "the eastern Ukrainian city of
    /// Pokrovsk", "the Syrian town of Sarmada".</summary>
    private Country? NationalityOfThePlaceNoun(Document doc, int i, Sentence s)
    {
        var tokens = doc.Tokens;
        if (i - 2 <= s.FirstToken || tokens[i - 1].Lower != "of" || !kb.Cues.PlaceNouns.Contains(tokens[i - 2])) return null;
        for (var k = i - 3; k >= s.FirstToken && k >= i - 5; k--)
            if (tokens[k].IsCapitalized && kb.Actors.Demonyms.LongestAt(tokens, k, i - 2) is ( > 0, var of) && kb.Gazetteer.CountryByCode(of[0]) is { } country)
                return country;
        return null;
    }

    /// <summary>The country named with "'s" at most three words before token <paramref name="i"/> ("Iraq's northern
    /// Kurdistan").</summary>
    private Country? OwnerCountryBefore(Document doc, int i, Sentence s)
    {
        var tokens = doc.Tokens;
        for (var p = i - 1; p >= s.FirstToken + 1 && p >= i - 4; p--)
        {
            if (tokens[p].Lower != "'s") continue;
            // The longest name first: "Papua New Guinea's" is not Guinea's.
            for (var start = Math.Max(s.FirstToken, p - 3); start < p; start++)
                if (tokens[start].IsCapitalized && kb.Gazetteer.FindCountry(doc.TextOf(start, p)) is { } country) return country;
            return null;
        }
        return null;
    }

    /// <summary>What the words around a name make it: "Borno state", "Kherson and Zaporizhzhia oblasts" and a province's
    /// name after a town and a comma ("Tonala, Jalisco") name provinces; "Zhari district", "Donga LGA", "Ekiti local government
    /// area" and the first of a
    /// parenthesised pair ("Kyavinyonge (Beni, Nord-Kivu)") name districts.</summary>
    private UnitHint Hint(IReadOnlyList<Token> tokens, int first, int end, Sentence s, string name)
    {
        for (var k = end; k < s.EndToken && k < end + 5; k++)
        {
            if (kb.Cues.Admin1Nouns.Contains(tokens[k])) return UnitHint.Admin1;
            if (kb.Cues.Admin2Nouns.Contains(tokens[k]) || kb.Cues.Admin2Phrases.LongestAt(tokens, k, s.EndToken).Length > 0) return UnitHint.Admin2;
            if (!(tokens[k].IsCapitalized || tokens[k].Lower is "and" or "or" || tokens[k].Text == ",")) break;
        }
        var previous = first > s.FirstToken ? tokens[first - 1].Text : "";
        // "the state of Washington", "the province of Kunduz", "the coastal provinces of Latakia and Tartus".
        if (previous == "of" && first - 3 >= s.FirstToken && kb.Cues.Admin1Nouns.Contains(tokens[first - 2])
            && (tokens[first - 3].Lower == "the" || (first - 4 >= s.FirstToken && tokens[first - 4].Lower == "the" && !tokens[first - 3].IsCapitalized))
            && kb.Gazetteer.FindAdmin1(name).Any())
            return UnitHint.Admin1;
        // "the city of Sennar", "the town of Abu Hujar": a town, whatever province shares its name.
        if (previous == "of" && first - 2 >= s.FirstToken && tokens[first - 2].Lower is "city" or "town") return UnitHint.Town;
        // "the coastal provinces of Latakia and Tartus": every name of a list after a plural province's word and "of".
        if (previous is "and" or "," && ListAfterProvincesOf(tokens, first - 1, s) && kb.Gazetteer.FindAdmin1(name).Any()) return UnitHint.Admin1;
        // A country's name in a list or after a town names the country ("Mali, Niger and Senegal", "Tahoua, Niger"); only
        // a province's word makes it a province ("Niger State").
        var country = kb.Gazetteer.FindCountry(name) is not null;
        // "Washington, Pennsylvania and California": a list of a country's provinces names one more.
        if (!country && OpensListOfProvinces(tokens, end, s) && IsOwnAdmin1Name(name)) return UnitHint.Admin1;
        if (previous == "(" && end + 1 < s.EndToken && tokens[end].Text == "," && tokens[end + 1].IsCapitalized) return UnitHint.Admin2;
        var afterTown = previous == "," && first - 2 >= s.FirstToken && tokens[first - 2].IsCapitalized;
        // "Kano, Abuja, Lagos and other cities": a name the list goes on from is one more town, not the town's province
        // (in a list of provinces, one more province: "Utah, Washington and Wisconsin").
        var listGoesOn = afterTown && end < s.EndToken && tokens[end].Lower is "and" or "or" && !IsOwnAdmin1Name(tokens[first - 2].Text);
        if (country || (!afterTown && previous != "(") || listGoesOn) return UnitHint.None;
        return IsOwnAdmin1Name(name) ? UnitHint.Admin1 : UnitHint.None;
    }

    private bool ListAfterProvincesOf(IReadOnlyList<Token> tokens, int k, Sentence s)
    {
        while (k > s.FirstToken + 1 && (tokens[k].IsCapitalized || tokens[k].Text == "," || tokens[k].Lower == "and")) k--;
        return tokens[k].Lower == "of" && kb.Cues.Admin1Nouns.Contains(tokens[k - 1]) && tokens[k - 1].Lower.EndsWith('s');
    }

    /// <summary>Whether a town of exactly that name has a million people or more.</summary>
    private bool IsMetropolis(string name) => kb.Gazetteer.FindPlaces(name).Exact.Any(p => p.Population >= MetropolisPopulation);

    private const long MetropolisPopulation = 1_000_000;

    private bool IsOwnAdmin1Name(string name)
    {
        var plain = TransliterationKey.Plain(name);
        return kb.Gazetteer.FindAdmin1(name).Any(a => TransliterationKey.Plain(a.Name) == plain);
    }

    /// <summary>Whether the name ending at <paramref name="end"/> is followed by two more provinces of one country in a
    /// list (", Pennsylvania and California"); one alone after a comma is a town's province ("Rockville, Maryland").</summary>
    private bool OpensListOfProvinces(IReadOnlyList<Token> tokens, int end, Sentence s)
    {
        if (end >= s.EndToken || tokens[end].Text != ",") return false;
        string? country = null;
        var k = end + 1;
        for (var listed = 0; listed < 2; listed++)
        {
            if (listed > 0)
            {
                if (k >= s.EndToken || !(tokens[k].Text == "," || tokens[k].Lower == "and")) return false;
                k++;
            }
            var nameEnd = k;
            while (nameEnd < s.EndToken && nameEnd - k < 3 && tokens[nameEnd].IsCapitalized) nameEnd++;
            if (nameEnd == k) return false;
            var unit = kb.Gazetteer.FindAdmin1Named(string.Join(' ', Enumerable.Range(k, nameEnd - k).Select(t => tokens[t].Text))).FirstOrDefault();
            if (unit is null || (country is not null && unit.CountryIso2 != country)) return false;
            country = unit.CountryIso2;
            k = nameEnd;
        }
        return true;
    }

    private bool LocativeEvidence(Document doc, int first, int end, Sentence s)
    {
        var tokens = doc.Tokens;
        // "NAIROBI, June 26 -": a dateline names where the report was filed.
        if (doc.InDateline(first)) return true;
        if (first > s.FirstToken)
        {
            var prev = tokens[first - 1];
            if (kb.Cues.LocativeWords.Contains(prev) || kb.Cues.Directions.Contains(prev) || (kb.Cues.AreaModifiers.Contains(prev) && prev.Text == prev.Lower) || kb.Cues.PlaceNouns.Contains(prev)) return true;
            if (prev.Lower is "the" && first - 1 > s.FirstToken && kb.Cues.LocativeWords.Contains(tokens[first - 2])) return true;
            // "several villages, including Vovchansk", "towns such as Kupiansk": a list of the places just named.
            if (prev.Lower is "including" or "as" && PlaceNounJustBefore(tokens, first - 1, s)) return true;
            // "Avasin (Mergasur) region", "Inalabag [Tin Elebag]", "Naraguta (Jos North LGA, Plateau)": another name of the
            // place just named, or its container, whole in its brackets (an acronym in brackets, "(ALMA)", abbreviates a name).
            if (prev.Text is "(" or "[" && first - 1 > s.FirstToken && tokens[first - 2].IsCapitalized && !tokens[first].IsAllCaps
                && end < s.EndToken && (tokens[end].Text is ")" or "]" or "," || kb.Cues.IsUnitNoun(tokens[end]))) return true;
        }
        if (end < s.EndToken && (kb.Cues.PlaceNouns.Contains(tokens[end]) || kb.Cues.Admin1Nouns.Contains(tokens[end]))) return true;
        // A list of places: "in Mossoro, Rio Grande do Norte", "Shakardara district, Kabul".
        if (first - 2 >= s.FirstToken && tokens[first - 1].Text == "," && (tokens[first - 2].IsCapitalized || kb.Cues.PlaceNouns.Contains(tokens[first - 2])))
            return true;
        // "Austin, in Scott County": a place set in another by an apposition.
        if (end + 1 < s.EndToken && tokens[end].Text == "," && tokens[end + 1].Lower is "in" or "near" or "outside") return true;
        // "Goma, the largest city" / "Ankara, Turkey" / "Tibu, Norte de Santander department" ("Disease Control in Lusaka"
        // is no place for being before a province: a reading inside it is, which the caller knows).
        return CountryNamedAfter(doc, end, s) is not null || (end < s.EndToken && tokens[end].Text == "," && ProvincesNamedAfter(tokens, end, s).Count > 0);
    }

    private static bool TailOfAQuotedName(IReadOnlyList<Token> tokens, int first, int end, Sentence s)
    {
        if (end >= s.EndToken || tokens[end].Text is not ("\"" or "\u201d")) return false;
        for (var k = first - 1; k >= s.FirstToken && k >= first - 4; k--)
        {
            if (tokens[k].Text is "\"" or "\u201c") return k < first - 1;
            if (!tokens[k].IsCapitalized) return false;
        }
        return false;
    }

    /// <summary>A quoted run of at most three capitalized words followed by a capitalized word: "El Chapo" Guzman.</summary>
    private static bool OpensNickname(IReadOnlyList<Token> tokens, int quote, Sentence s)
    {
        for (var k = quote + 1; k < s.EndToken && k <= quote + 4; k++)
            if (tokens[k].Text is "\"" or "\u201d") return k + 1 < s.EndToken && tokens[k + 1].IsCapitalized;
        return false;
    }

    /// <summary>A word for places ("villages", "towns") in the three words before token <paramref name="k"/>, before
    /// "including" or "such as".</summary>
    private bool PlaceNounJustBefore(IReadOnlyList<Token> tokens, int k, Sentence s)
    {
        if (tokens[k].Lower == "as" && !(k - 1 > s.FirstToken && tokens[k - 1].Lower == "such")) return false;
        var from = tokens[k].Lower == "as" ? k - 2 : k - 1;
        for (var j = from; j >= s.FirstToken && j >= from - 2; j--)
            if (kb.Cues.PlaceNouns.Contains(tokens[j])) return true;
        return false;
    }

    /// <summary>The provinces whose possessive stands right before the name at <paramref name="first"/>: "in Borno's Marte",
    /// "Borno state's Marte".</summary>
    private List<Admin1Unit> ProvinceOwningIt(IReadOnlyList<Token> tokens, int first, Sentence s)
    {
        var k = first - 1;
        if (k - 1 <= s.FirstToken || tokens[k].Lower != "'s") return [];
        k--;
        if (!tokens[k].IsCapitalized && kb.Cues.Admin1Nouns.Contains(tokens[k])) k--;
        for (var start = k; start >= s.FirstToken && start > k - 3 && tokens[start].IsCapitalized; start--)
        {
            var units = kb.Gazetteer.FindAdmin1Named(string.Join(' ', Enumerable.Range(start, k + 1 - start).Select(j => tokens[j].Text))).ToList();
            if (units.Count > 0) return units;
        }
        return [];
    }

    /// <summary>The provinces whose own name (not a sound-alike) the text puts the name in: "Town, Province" ("Maryland" is
    /// a state and a Liberian county), "Karak area in Dar'a", "Qoqfin in Idleb", "Zunnar in the western Raqqa
    /// countryside".</summary>
    private List<Admin1Unit> ProvincesNamedAfter(IReadOnlyList<Token> tokens, int end, Sentence s)
    {
        if (ContainerStart(tokens, end, s) is not { } start) return [];
        // ("Soran, Kurdistan Region": a world region the text puts the place in is no province abroad of its name.)
        if (kb.Regions.LongestAt(tokens, start, s.EndToken).Length > 0) return [];
        var runEnd = start;
        while (runEnd < s.EndToken && runEnd - start < 4 && (tokens[runEnd].IsCapitalized || Connectors.Contains(tokens[runEnd]))) runEnd++;
        // After "in" or "of", the whole name must be the province's: "Cornwall in South West England" is in no "South West".
        var shortest = tokens[start - 1].Text == "," ? start + 1 : runEnd;
        for (var k = runEnd; k >= shortest && k > start; k--)
        {
            if (!tokens[k - 1].IsCapitalized) continue;
            var name = string.Join(' ', Enumerable.Range(start, k - start).Select(j => tokens[j].Text));
            var units = kb.Gazetteer.FindAdmin1Named(name).ToList();
            if (units.Count > 0) return units;
        }
        return [];
    }

    /// <summary>Whether the district "in the [neighbouring] Y district" names right after a place, by Y's own name, is one
    /// the gazetteer holds only outside country <paramref name="iso2"/> (false when the text names no district there or the
    /// gazetteer lacks it).</summary>
    private bool DistrictNamedAfterLiesElsewhere(Document doc, int end, Sentence s, string iso2)
    {
        var tokens = doc.Tokens;
        if (end + 2 >= s.EndToken || tokens[end].Lower != "in") return false;
        var k = end + 1;
        if (tokens[k].Lower == "the") k++;
        while (k < s.EndToken && k <= end + 4 && !tokens[k].IsCapitalized && tokens[k].Kind == TokenKind.Word) k++;
        var first = k;
        while (k < s.EndToken && tokens[k].IsCapitalized) k++;
        if (k == first || k >= s.EndToken || !kb.Cues.Admin2Nouns.Contains(tokens[k])) return false;
        var name = TransliterationKey.Plain(doc.TextOf(first, k));
        var held = false;
        foreach (var unit in kb.Gazetteer.FindAdmin2(name))
        {
            if (TransliterationKey.Plain(unit.Name) != name) continue;
            if (unit.CountryIso2 == iso2) return false;
            held = true;
        }
        return held;
    }

    /// <summary>Where a container's name starts after a place's name: after a comma or "in" ("Kadikoy town, Istanbul",
    /// "Karak area in Dar'a": past a place noun before them, and "the", a direction, "rural" or "countryside of" after
    /// "in"), or after "of" that follows a place noun ("Akdeniz district of Mersin"); null when nothing puts the place in
    /// another.</summary>
    private int? ContainerStart(IReadOnlyList<Token> tokens, int end, Sentence s)
    {
        var k = end;
        var noun = k < s.EndToken && !tokens[k].IsCapitalized && kb.Cues.PlaceNouns.Contains(tokens[k]);
        if (noun) k++;
        if (k + 1 < s.EndToken && tokens[k].Text == ",") return tokens[k + 1].IsCapitalized ? k + 1 : null;
        if (k >= s.EndToken || !(tokens[k].Lower == "in" || (noun && tokens[k].Lower == "of"))) return null;
        k++;
        // Lower-case only: "Rural Damascus" and "North Kivu" are provinces' names.
        while (k < s.EndToken && !tokens[k].IsCapitalized && (tokens[k].Lower is "the" or "rural" || kb.Cues.Directions.Contains(tokens[k]))) k++;
        // "Sadiyah in the countryside of Daraa", "in the province of Kunduz".
        if (k + 1 < s.EndToken && !tokens[k].IsCapitalized && kb.Cues.IsUnitNoun(tokens[k]) && tokens[k + 1].Lower == "of") k += 2;
        // "Ras al Ain in al-Hasakeh": a lower-case Arabic article opens the province's name.
        var opensName = k < s.EndToken && (tokens[k].IsCapitalized || (IsArabicArticle(tokens, k) && k + 1 < s.EndToken && (tokens[k + 1].IsCapitalized || tokens[k + 1].Text == "-")));
        return opensName ? k : null;
    }

    /// <summary>The country named right after a name and a comma ("Ankara, Turkey", "Dallas, United States"), or after "in"
    /// and a direction ("the town of Palma in northern Mozambique"), if any: not the subject of a clause after it ("... near
    /// Pokrovsk, Russia said").</summary>
    private Country? CountryNamedAfter(Document doc, int end, Sentence s)
    {
        var tokens = doc.Tokens;
        var at = end + 1;
        if (end < s.EndToken && tokens[end].Lower == "in")
            while (at < s.EndToken && kb.Cues.Directions.Contains(tokens[at])) at++;
        else if (!(end < s.EndToken && tokens[end].Text == ",")) return null;
        if (!(at < s.EndToken && tokens[at].IsCapitalized)) return null;
        if (CountryNameAt(doc, at, s.EndToken, minWords: 1) is not var (length, country)) return null;
        var next = at + length;
        return next < s.EndToken && kb.Cues.OpensAClauseAt(tokens, next) ? null : country;
    }

    /// <summary>The longest country name from token <paramref name="first"/>, ending on a capitalized word before
    /// <paramref name="limit"/>, of at least <paramref name="minWords"/> words ("United States", "Central African
    /// Republic"), as the text writes it.</summary>
    public (int Length, Country Country)? CountryNameAt(Document doc, int first, int limit, int minWords)
    {
        var tokens = doc.Tokens;
        // Most capitalized words open no country's name: one look-up rules out every longer phrase they start.
        if (!kb.Gazetteer.MayStartCountryName(tokens[first].Text)) return null;
        for (var length = Math.Min(CountryWords, limit - first); length >= minWords; length--)
        {
            var last = first + length - 1;
            if (tokens[last].IsCapitalized && kb.Gazetteer.FindCountry(doc.Article.Text[tokens[first].Start..tokens[last].End]) is { } country)
                return (length, country);
        }
        return null;
    }

    /// <summary>The most words a country's name takes ("Democratic Republic of the Congo").</summary>
    private const int CountryWords = 6;

    private PlaceContext ContextCountries(Document doc, IReadOnlyList<ActorMention> actors)
    {
        var result = new PlaceContext();
        var context = result.Countries;
        // The user's word for where the report is from counts as a country the report names (a newspaper's home
        // country): "Tripoli" in a Lebanese paper is Lebanon's, unless the text names Libya too.
        if (doc.Article.Country is { } hint)
        {
            context.Add(hint);
            result.NamedCountries.Add(hint);
        }
        // Where the wars of the article's day are fought: a village's namesake on a front is the likelier one.
        foreach (var front in kb.Fronts.All)
            if (front.IsOpenOn(doc.Article.Published)) result.ConflictAdmin1Codes.UnionWith(front.Regions);
        foreach (var line in kb.ContactLines.All)
            if (line.IsOpenOn(doc.Article.Published)) result.ContactLines.Add(line);
        foreach (var a in actors.Concat(actors.SelectMany(a => a.Partners)))
        {
            var iso3 = a.Actor?.Country3 ?? a.DemonymCountry;
            if (iso3 is not null && kb.Gazetteer.CountryByCode(iso3) is { } c && a.Kind is not ActorMentionKind.Country) context.Add(c.Iso2);
        }
        // Countries named as places ("into Syria") count too, and so do nationalities the text gives anything ("amid
        // Syrian and/or Russian air raids"): a village of the name on another continent is then no reading of it.
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalized || NamesMoney(tokens, i + 1)) continue;
            if ((tokens[i].Text.Length > 3 || tokens[i].IsAllCaps)
                && kb.Gazetteer.FindCountry(tokens[i].Text) is { } c && !_resolver.IsAlsoAProvinceElsewhere(tokens[i].Text))
                context.Add(c.Iso2);
            else if (kb.Actors.Demonyms.LongestAt(tokens, i, tokens.Count) is ( > 0, var of) && kb.Gazetteer.CountryByCode(of[0]) is { } nation)
                context.Add(nation.Iso2);
        }
        return result;
    }

    /// <summary>Whether a currency follows: "the US dollar" names money, not the country.</summary>
    public bool NamesMoney(IReadOnlyList<Token> tokens, int next) => next < tokens.Count && kb.Cues.CurrencyNouns.Contains(tokens[next]);
}
