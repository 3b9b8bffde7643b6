using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Annotators;

/// <summary>
/// Finds who acts: named organisations and people from the catalogue, state forces from a demonym and a force
/// noun ("Syrian jets", "Syrian and Russian airstrikes"), officials by title ("Iranian Foreign Minister X" ->
/// Government of Iran, person X), countries acting as a whole, and generic mentions ("the insurgents",
/// "Kurdish forces") left for <see cref="ActorResolver"/> once places are known. Patrons written on a mention
/// ("Iranian-backed", "pro-Iran", "supported by the U.S.") are kept on it.
/// </summary>
public sealed class ActorAnnotator(KnowledgeBase kb)
{
    private static readonly WordSet NameConnectors = new(["al", "el", "bin", "ibn", "abu", "de", "-", "'", "ould", "ag", "van", "von"]);

    /// <summary>Capitals that stand for their country's government ("Moscow denied"), lower-cased; a name two countries' capitals share is left out.</summary>
    private readonly Dictionary<string, string> _capitals = kb.Gazetteer.Countries.Where(c => c.Capital is { Length: > 0 })
        .GroupBy(c => c.Capital!.ToLowerInvariant()).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First().Iso3);

    public IReadOnlyList<ActorMention> Annotate(Document doc)
    {
        var scan = new Scan(doc, kb, _capitals);
        foreach (var sentence in doc.Sentences) scan.Sentence(sentence);
        return scan.Mentions;
    }

    /// <summary>One pass over the article's tokens, collecting raw mentions.</summary>
    private sealed class Scan(Document doc, KnowledgeBase kb, Dictionary<string, string> capitals)
    {
        private readonly IReadOnlyList<Token> _t = doc.Tokens;
        private readonly ActorCatalogue _cat = kb.Actors;
        private readonly Dictionary<string, Actor> _surnames = new(StringComparer.Ordinal);

        /// <summary>The first word of an official's name of three or more words, taken alone later when no capitalized word
        /// follows it.</summary>
        private readonly Dictionary<string, Actor> _familyNamesFirst = new(StringComparer.Ordinal);
        private readonly DateOnly _at = doc.Article.Published;

        public List<ActorMention> Mentions { get; } = [];

        /// <summary>Prepositions after which a bare surname that is also a town names the town: "a clinic in Austin".</summary>
        private static readonly WordSet InsidePrepositions = new(["in", "near", "into", "inside", "outside", "around"]);

        /// <summary>Whether a one-word alias of a person stands where a place does ("in Austin", "Austin, in Scott
        /// County", "Austin, Texas") and the gazetteer holds a town of exactly that name: the town, not the person.</summary>
        private bool SurnameInPlace(int i, int length, Sentence s) =>
            length == 1 && (PlaceBefore(i, s) || PlaceAfter(i, s)) && kb.Gazetteer.FindPlaces(_t[i].Text).Exact.Count > 0;

        /// <summary>Whether a one-word alias opens a longer name in running text: "Qassem" of "Qassem Soleimani" is not
        /// Naim Qassem, "Sadr" of "Sadr City" no cleric.</summary>
        private bool FirstOfAnotherName(int i, int length, Sentence s) =>
            length == 1 && i + 1 < s.EndToken && _t[i + 1].IsCapitalized && !TimeAnnotator.IsCalendarWord(_t[i + 1].Lower) && !s.IsTitleCase(_t);

        /// <summary>Whether a one-word group alias ends a person's name: "Congo's Therese Kayikwamba Wagner" is no Wagner
        /// Group. (Not after a people's or country's word: "the Russian Wagner group", "Lebanon Hezbollah".)</summary>
        private bool SurnameOfSomeone(int i, int length, Sentence s)
        {
            // (An acronym is no surname: "the Mayi Mayi UPLC armed group".)
            if (length != 1 || i - 2 < doc.FirstTokenPastDateline(s) || _t[i].Text.All(char.IsUpper)) return false;
            var given = _t[i - 1];
            if (given.Kind != TokenKind.Word || !given.IsCapitalized || !_t[i - 2].IsCapitalized || _t[i - 2].Kind != TokenKind.Word) return false;
            return _cat.Demonyms.LongestAt(_t, i - 1, i).Length == 0 && _cat.EthnicAdjectives.LongestAt(_t, i - 1, i).Length == 0
                   && CountryAt(i - 1, i) is null && _cat.NamedAliases.LongestAt(_t, i - 1, i).Length == 0;
        }

        /// <summary>Whether a possessive mark at <paramref name="k"/> is followed by a capitalized word ("People's
        /// Revolutionary Party").</summary>
        private bool OpensAName(int k) => doc.IsPossessiveMark(k) && k + 1 < _t.Count && _t[k + 1].IsCapitalized;

        private bool PlaceBefore(int i, Sentence s) => i > s.FirstToken && InsidePrepositions.Contains(_t[i - 1]);

        private bool PlaceAfter(int i, Sentence s)
        {
            if (i + 2 >= s.EndToken || _t[i + 1].Text != ",") return false;
            var next = _t[i + 2];
            return InsidePrepositions.Contains(next)
                   || (next.IsCapitalized && kb.Gazetteer.FindAdmin1Named(next.Text).Any());
        }

        public void Sentence(Sentence s)
        {
            var pendingBackers = new List<string>();
            var pendingEnd = -1;
            for (var i = doc.FirstTokenPastDateline(s); i < s.EndToken;)
            {
                if (i > pendingEnd + 1) pendingBackers.Clear();
                if (BackingPrefix(i, s.EndToken) is { } prefix)
                {
                    pendingBackers.Add(prefix.Patron3);
                    pendingEnd = prefix.End;
                    i = prefix.End;
                    continue;
                }
                var before = Mentions.Count;
                var next = MentionAt(i, s);
                if (Mentions.Count > before)
                {
                    foreach (var m in Mentions.Skip(before)) m.Backers.AddRange(pendingBackers);
                    pendingBackers.Clear();
                    PostfixBacking(Mentions[before], next, s.EndToken);
                }
                i = Math.Max(next, i + 1);
            }
        }

        /// <summary>Reads a mention at token i if there is one; returns the index after it (or i if none).</summary>
        private int MentionAt(int i, Sentence s)
        {
            var end = s.EndToken;
            var tok = _t[i];
            if (TheGroupAgainAt(i, end) is { } again) return again;
            if (TheTwoGroupsAt(i, end) is { } both) return both;
            if (LoyalForcesAt(i, end) is { } loyal) return loyal;
            if (StateForcesOfAt(i, end) is { } forcesOf) return forcesOf;
            // Named organisations ("Rapid Support Forces", "RSF", "the Taliban").
            var (len, keys) = _cat.NamedAliases.LongestAt(_t, i, end);
            if (len > 0 && AcceptsName(i, len) && !SurnameOfSomeone(i, len, s) && _cat.Resolve(keys[0], _at) is { } named)
            {
                // "Houthi fighters", "M23 rebels", "Fano militiamen", "Comando Vermelho gunmen": the noun belongs to the name.
                var last = i + len;
                if (ForceNounAt(last, end) is { } noun && noun.Noun.Kind is "armed" or "rebel" or "militia" or "military" or "unidentified") last += noun.Length;
                var kind = MentionKindOf(named);
                Add(new ActorMention(new TokenRange(i, last), kind, named, doc.TextOf(i, last))
                {
                    WeaponFrame = ForceNounAt(i + len, end)?.Noun.WeaponFrame,
                });
                return last;
            }
            // People from the catalogue ("Bashar al-Assad", "Assad") or seen earlier with a title ("Fidan").
            var (plen, people) = _cat.PersonAliases.LongestAt(_t, i, end);
            if (plen > 0 && tok.IsCapitalized && !SurnameInPlace(i, plen, s) && !FirstOfAnotherName(i, plen, s))
            {
                var person = people[0];
                if (ActorFor(person) is { } actor)
                {
                    Add(new ActorMention(new TokenRange(i, i + plen), ActorMentionKind.Person, actor with { Person = person.Name }, doc.TextOf(i, i + plen)));
                    return i + plen;
                }
            }
            if (tok.IsCapitalized && (_surnames.TryGetValue(tok.Lower, out var known)
                                      || (_familyNamesFirst.TryGetValue(tok.Lower, out known) && !(i + 1 < end && _t[i + 1].IsCapitalized))))
            {
                Add(new ActorMention(new TokenRange(i, i + 1), ActorMentionKind.Person, known, tok.Text));
                return i + 1;
            }
            // "clashes between Palestinians and Israeli forces": a people are its country's civilians ("the Russians" may be its army).
            // (Not "the ruling Mongolian People's Revolutionary Party": a people's name that opens another name.)
            if (tok.IsCapitalized && _cat.Peoples.LongestAt(_t, i, end) is { Length: > 0 } nation && (i == 0 || _t[i - 1].Lower != "the")
                && !OpensAName(i + nation.Length))
            {
                Add(new ActorMention(new TokenRange(i, i + nation.Length), ActorMentionKind.Generic, null, doc.TextOf(i, i + nation.Length))
                {
                    GenericKind = ActorKind.Civilians,
                    DemonymCountry = nation.Values[0],
                });
                return i + nation.Length;
            }
            // "Arab and Turkmen demonstrators" in Kirkuk: a word the ethnic list names reads as the people, not as a state's
            // demonym (Turkmenistan's).
            if (tok.IsCapitalized && _cat.EthnicAdjectives.LongestAt(_t, i, end).Length == 0 && DemonymsAt(i, end) is { Count: > 0 } demonyms)
                return AfterDemonyms(i, demonyms, s);
            // "Kurdish forces", but not "Kurdish-led" (a description of a named group that follows).
            var (elen, groups) = _cat.EthnicAdjectives.LongestAt(_t, i, end);
            // ("clashes between Borana and Gabra herders": the first people of a pair shares the second's noun.)
            var pairedWith = elen > 0 && i + elen + 1 < end && _t[i + elen].Lower == "and" && _t[i + elen + 1].IsCapitalized
                             && _cat.EthnicAdjectives.LongestAt(_t, i + elen + 1, end).Length is var second and > 0 ? i + elen + 1 + second : -1;
            var nounAt = pairedWith > 0 ? pairedWith : i + elen;
            if (elen > 0 && tok.IsCapitalized && ForceNounAt(nounAt, end) is { } ef
                && (ef.Noun.Kind is not ("civilians" or "protesters") || kb.Cues.HerdingNouns.Contains(_t[nounAt + ef.Length - 1])))
            {
                var last = pairedWith > 0 ? i + elen : nounAt + ef.Length;
                Add(new ActorMention(new TokenRange(i, last), ActorMentionKind.Ethnic, null, doc.TextOf(i, last))
                {
                    Ethnicity = groups[0],
                    // ("Fulani herders attacked a village": herders of a people named are its militia, as ACLED codes them.)
                    GenericKind = ef.Noun.Kind == "civilians" ? ActorKind.IdentityMilitia : GenericKind(ef.Noun.Kind),
                });
                return last;
            }
            // "President Assad", "Foreign Minister Hakan Fidan".
            var (tlen, _) = _cat.Titles.LongestAt(_t, i, end);
            if (tlen > 0 && tok.IsCapitalized && i + tlen < end)
            {
                var (pl, ps) = _cat.PersonAliases.LongestAt(_t, i + tlen, end);
                if (pl > 0 && ActorFor(ps[0]) is { } actor)
                {
                    var last = i + tlen + pl;
                    Add(new ActorMention(new TokenRange(i, last), ActorMentionKind.Person, actor with { Person = ps[0].Name }, doc.TextOf(i, last)));
                    return last;
                }
            }
            // Generic nouns: "the insurgents", "rebel-held", "gunmen", "civilians", "government forces".
            if (!AfterAnti(i) && !ProGovernmentWord(i, end) && ForceNounAt(i, end) is { } fn && (!tok.IsCapitalized || i == doc.FirstTokenPastDateline(s) || CapitalizedStateNoun(i, fn.Noun)
                                                  || CapitalizedModifier(i, fn.Length)))
            {
                var kind = GenericKind(fn.Noun.Kind);
                // "in Bukkuyum local government area": "government" before a unit's word names the unit, not who governs
                // ("a regime checkpoint", "the police department" still name their force).
                if (kind == ActorKind.Government && UnitNounAt(i + fn.Length, end))
                    return i + fn.Length;
                // "a government girls' boarding school", "a government hospital": the state that runs a school or a hospital is
                // no side in what happens there; the people inside it are.
                // (Nor does "the government building": the seat, not who sits in it.)
                if (kind == ActorKind.Government && fn.Length == 1 && (CivilianSiteAfter(i + 1, end) || GovernmentSiteAt(i + 1, end)))
                    return i + fn.Length;
                // A bare "forces" or "officials" names nobody; "government forces" or "security forces" the state, and so do
                // the nouns the table marks "alone" ("killed three soldiers": the forces of the country it happened in).
                if (kind is ActorKind.StateMilitary or ActorKind.Police or ActorKind.Government && fn.Length < 2
                    && !fn.Noun.NamesStateAlone)
                    return i + fn.Length;
                var last = i + fn.Length;
                // "Groups of men armed with guns and knives": people told as armed with firearms are an armed group (with sticks,
                // a mob).
                if (kind == ActorKind.Civilians && last + 2 < end && _t[last].Lower == "armed" && _t[last + 1].Lower == "with"
                    && kb.Cues.Firearms.AnyIn(_t, last + 2, Math.Min(end, last + 5))) kind = ActorKind.Unidentified;
                Add(new ActorMention(new TokenRange(i, last), ActorMentionKind.Generic, null, doc.TextOf(i, last))
                {
                    GenericKind = kind,
                    AnyArmed = fn.Noun.Kind == "armed",
                    Occupying = fn.Noun.Kind == "occupation",
                    Community = kind == ActorKind.IdentityMilitia ? char.ToUpperInvariant(fn.Noun.Kind[0]) + fn.Noun.Kind[1..] : null,
                });
                return last;
            }
            // A capital standing for its government: "accused Ankara of ...", "Moscow denied ...".
            // ("in Oman's capital Muscat", "the capital Kabul": a capital named as one is the place; so is one that names
            // a part of it: "the Colombo suburb of Dematagoda".)
            if (tok.IsCapitalized && !IsLocative(i) && (i == 0 || (_t[i - 1].Text != "," && _t[i - 1].Lower != "capital")) && capitals.TryGetValue(tok.Lower, out var capitalOf) && (i + 1 >= end || !_t[i + 1].IsCapitalized)
                && (i + 1 >= end || !kb.Cues.PlaceNouns.Contains(_t[i + 1]))
                // ("two Cairo protest camps", "a Kabul hospital": a capital that modifies a site or a protest is the place.)
                && !(i + 1 < end && (kb.Cues.SubPlaceNouns.Contains(_t[i + 1]) || kb.Cues.ProtestScene.LongestAt(_t, i + 1, end).Length > 0))
                && !(i > 0 && kb.Cues.IsCount(_t[i - 1]))
                // ("the Abuja-Kaduna train": nor one that names a route's end.)
                && !(i + 2 < end && _t[i + 1].Text == "-" && _t[i + 2].IsCapitalized)
                && !InsideAName(i) && !EndsAPlaceName(i) && _cat.Country(capitalOf) is { } government)
            {
                Add(new ActorMention(new TokenRange(i, i + 1), ActorMentionKind.Country, government, tok.Text));
                return i + 1;
            }
            // A country's own forces: "Israel's military", "Russia's defence forces", "US forces", "United States air force"
            // (after "'s", its government too); "Lebanon's caretaker Prime Minister Najib Mikati": an official of its government.
            if (tok.IsCapitalized && CountryAt(i, end) is { } owner)
            {
                var k = i + owner.Length;
                var possessive = k < end && _t[k].Lower == "'s";
                if (possessive) k++;
                if (ForceNounAt(k, end) is { } own && GenericKind(own.Noun.Kind) is var kind
                    && (kind is ActorKind.StateMilitary or ActorKind.Police || (possessive && kind is ActorKind.Government))
                    // ("Ukraine's government building": a building, not who governs.)
                    && !(kind is ActorKind.Government && GovernmentSiteAt(k + own.Length, end))
                    && _cat.State(owner.Country.Iso3, kind) is { } force)
                {
                    var last = k + own.Length;
                    Add(new ActorMention(new TokenRange(i, last), ActorMentionKind.StateForce, force, doc.TextOf(i, last)) { WeaponFrame = own.Noun.WeaponFrame });
                    return last;
                }
                if (possessive)
                {
                    if (k < end && !_t[k].IsCapitalized && _cat.Titles.LongestAt(_t, k, end).Length == 0) k++;
                    if (OfficialAt(i, k, owner.Country.Iso3, end) is { } afterOfficial) return afterOfficial;
                }
            }
            // A country acting as a whole: "Iran has been...", "Turkey, a key supporter of ..." ("a Britain-based monitor" is
            // where the monitor sits; "the Tsim Sha Tsui and Jordan districts" names a place).
            // ("The Kenya National Commission on Human Rights said": nor a country's name that opens an institution's.)
            // (Nor "Islamic State's Pakistan branch": a country naming a group's part.)
            if (tok.IsCapitalized && CountryAt(i, end) is { } country && !IsLocative(i) && !BaseNamedAt(i + country.Length)
                && !UnitNounAt(i + country.Length, end) && !OpensAnInstitution(i + country.Length, end)
                && !(i + country.Length < end && kb.Cues.GroupPartNouns.Contains(_t[i + country.Length]))
                && !KickerLabel(i, i + country.Length, end) && !NamesAnOutlet(i + country.Length, end))
            {
                if (_cat.Country(country.Country.Iso3) is { } actor)
                {
                    Add(new ActorMention(new TokenRange(i, i + country.Length), ActorMentionKind.Country, actor, doc.TextOf(i, i + country.Length)));
                    return i + country.Length;
                }
            }
            return i;
        }

        /// <summary>"Witnesses told Sudan Tribune", "(Yemen Times)": a country that opens a newspaper's name (data media_words)
        /// is no actor.</summary>
        private bool NamesAnOutlet(int next, int end) => next < end && _t[next].IsCapitalized && kb.Cues.MediaWords.Contains(_t[next]);

        /// <summary>"Mali: convoy ambushed between Ansongo and Ouatagouna": a country that opens a sentence and a colon labels
        /// the story's country, as a newsroom's kicker does; it acts in nothing.</summary>
        private bool KickerLabel(int first, int countryEnd, int end) =>
            countryEnd < end && _t[countryEnd].Text == ":" && (first == 0 || _t[first - 1].Kind != TokenKind.Word);

        /// <summary>Whether two capitalized words that name no country follow: "Kenya [National Commission]", "Sudan [Doctors
        /// Network]".</summary>
        private bool OpensAnInstitution(int k, int end) =>
            k + 1 < end && _t[k].IsCapitalized && _t[k + 1].IsCapitalized && _t[k].Kind == TokenKind.Word && _t[k + 1].Kind == TokenKind.Word
            && CountryAt(k, end) is null && CountryAt(k + 1, end) is null && kb.Actors.Demonyms.LongestAt(_t, k, end).Length == 0;

        /// <summary>Whether a word for a seat of government ("building", "headquarters") stands at token <paramref name="k"/>.</summary>
        private bool GovernmentSiteAt(int k, int end) => k < end && kb.Cues.GovernmentSiteNouns.Contains(_t[k]);

        /// <summary>Whether a civilian site's noun ends the few lower-case words from <paramref name="k"/> ("girls'
        /// boarding school").</summary>
        private bool CivilianSiteAfter(int k, int end)
        {
            for (var j = k; j < Math.Min(end, k + 5); j++)
            {
                if (doc.IsPossessiveMark(j)) continue;
                if (_t[j].Kind != TokenKind.Word || _t[j].IsCapitalized) return false;
                if (kb.Cues.CivilianSites.Contains(_t[j])) return true;
            }
            return false;
        }

        private bool UnitNounAt(int k, int end) => k < end && !_t[k].IsCapitalized && kb.Cues.IsUnitNoun(_t[k]);

        private bool BaseNamedAt(int k) => k + 1 < _t.Count && _t[k].Text == "-" && kb.Cues.BaseWords.Contains(_t[k + 1]);

        /// <summary>"clashed with Police forces", "hurled rocks at Military forces": notes often capitalize the state's forces;
        /// after another capitalized word ("Arakan Army") the noun ends an organisation's name instead. Communities named as
        /// victims are capitalized by rule ("11 Christians").</summary>
        private bool CapitalizedStateNoun(int i, ForceNoun noun) => GenericKind(noun.Kind) switch
        {
            ActorKind.StateMilitary or ActorKind.Police => AfterLowerCaseWord(i),
            // "beheaded at least 11 Christians", "attacks on Muslims": communities are written with a capital (not "the
            // People's Republic").
            // ("Hundreds of Christians gathered": a community counted.)
            ActorKind.Civilians => i > 0 && (_t[i - 1].Kind == TokenKind.Number || _t[i - 1].Lower is "on" or "against" or "targeting"
                                             || (i > 1 && _t[i - 1].Lower == "of" && kb.Cues.VagueCountNouns.Contains(_t[i - 2]))),
            _ => false,
        };

        /// <summary>"rebel and Islamist factions": a proper adjective opens a lower-case force noun mid-sentence.</summary>
        private bool CapitalizedModifier(int i, int length) =>
            length >= 2 && AfterLowerCaseWord(i) && !_t[i + length - 1].IsCapitalized;

        /// <summary>Mid-sentence, after a lower-case word: a capital here is no sentence start and ends no longer name.</summary>
        private bool AfterLowerCaseWord(int i) => i > 0 && !_t[i - 1].IsCapitalized && _t[i - 1].Kind == TokenKind.Word;

        private int AfterDemonyms(int i, List<(string Iso3, int End)> demonyms, Sentence s)
        {
            var end = s.EndToken;
            var j = demonyms[^1].End;
            // "Turkish Foreign Minister Hakan Fidan", "Sudanese President Omar al-Bashir"
            if (_cat.Titles.LongestAt(_t, j, end).Length > 0 && _t[j].IsCapitalized) return OfficialAt(i, j, demonyms[0].Iso3, end) ?? j;
            // "An Israeli enemy drone", "the Israeli enemy army": how the other side's media name the foe, before its force.
            if (j + 1 < end && _t[j].Lower == "enemy" && ForceNounAt(j + 1, end) is not null) j++;
            if (ForceNounAt(j, end) is not { } fn) return j;
            var last = j + fn.Length;
            // ("the ruling Mongolian People's Revolutionary Party": the start of a party's name.)
            if (_t[last - 1].IsCapitalized && OpensAName(last)) return last;
            var kind = GenericKind(fn.Noun.Kind);
            ActorMention? primary = null;
            foreach (var (iso3, dEnd) in demonyms)
            {
                var start = primary is null ? i : dEnd - 1;
                ActorMention mention;
                if (kind is ActorKind.StateMilitary or ActorKind.Police or ActorKind.Government)
                {
                    if (_cat.State(iso3, kind) is not { } state) continue;
                    mention = new ActorMention(new TokenRange(start, last), ActorMentionKind.StateForce, state, doc.TextOf(start, last)) { WeaponFrame = fn.Noun.WeaponFrame };
                }
                else
                {
                    mention = new ActorMention(new TokenRange(start, last), ActorMentionKind.Generic, null, doc.TextOf(start, last))
                    {
                        GenericKind = kind,
                        DemonymCountry = iso3,
                        AnyArmed = fn.Noun.Kind == "armed",
                    };
                }
                if (primary is null)
                {
                    primary = mention;
                    Add(mention);
                }
                else
                {
                    primary.Partners.Add(mention);
                }
            }
            return last;
        }

        /// <summary>A catalogue organisation is a named mention; a state's forces by another name count as a state force.</summary>
        private static ActorMentionKind MentionKindOf(Actor actor) =>
            actor.Key.Length > 4 && actor.Key[3] == ':' ? ActorMentionKind.StateForce : ActorMentionKind.Named;

        /// <summary>A title at <paramref name="titleAt"/> and the name after it ("Foreign Minister Hakan Fidan"): an official
        /// of that country's government, remembered by surname for later mentions. Returns the index after the mention.</summary>
        private int? OfficialAt(int start, int titleAt, string iso3, int end)
        {
            var (tlen, titleKinds) = _cat.Titles.LongestAt(_t, titleAt, end);
            if (tlen == 0 || !_t[titleAt].IsCapitalized) return null;
            var nameStart = titleAt + tlen;
            var (pl, ps) = _cat.PersonAliases.LongestAt(_t, nameStart, end);
            var nameEnd = pl > 0 ? nameStart + pl : NameRun(nameStart, end);
            var person = pl > 0 ? ps[0].Name : nameEnd > nameStart ? doc.TextOf(nameStart, nameEnd) : null;
            if (_cat.State(iso3, titleKinds[0], person) is not { } official) return null;
            if (person is not null && nameEnd > nameStart)
            {
                _surnames[_t[nameEnd - 1].Lower] = official;
                // "President Yoon Suk Yeol ... Yoon had declared": a name of three words may put the family name first.
                if (nameEnd - nameStart >= 3) _familyNamesFirst[_t[nameStart].Lower] = official;
            }
            var last = Math.Max(nameEnd, nameStart);
            Add(new ActorMention(new TokenRange(start, last), ActorMentionKind.Official, official, doc.TextOf(start, last)));
            return last;
        }

        private static ActorKind GenericKind(string kind) => kind switch
        {
            "military" or "occupation" => ActorKind.StateMilitary,
            "police" => ActorKind.Police,
            "government" => ActorKind.Government,
            "militia" or "armed" => ActorKind.PoliticalMilitia,
            "rebel" => ActorKind.Rebel,
            "civilians" => ActorKind.Civilians,
            "protesters" => ActorKind.Protesters,
            "rioters" => ActorKind.Rioters,
            "clan" or "tribal" or "communal" => ActorKind.IdentityMilitia,
            _ => ActorKind.Unidentified,
        };

        private void Add(ActorMention m)
        {
            // "the paramilitary Rapid Support Forces", "the rebel M23", "the militant group Hamas": a kind's word before a name
            // tells what the named group is; it is no other side.
            if (m.Kind == ActorMentionKind.Named && Mentions.Count > 0 && Mentions[^1] is { Kind: ActorMentionKind.Generic } kindWord
                && (kindWord.Range.End == m.Range.First || (kindWord.Range.End == m.Range.First - 1 && GroupNouns.Contains(_t[kindWord.Range.End]))))
                Mentions.RemoveAt(Mentions.Count - 1);
            Mentions.Add(m);
            if (m.Kind == ActorMentionKind.Named && m.Actor is { } named && GroupHeads.Contains(_t[m.Range.End - 1])) _namedByHead[_t[m.Range.End - 1].Lower] = named;
            if (m.Kind == ActorMentionKind.Named && m.Actor is { Kind: ActorKind.Rebel or ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia } armed
                && (_lastArmedGroups.Count == 0 || _lastArmedGroups[^1].Key != armed.Key))
            {
                _lastArmedGroups.RemoveAll(a => a.Key == armed.Key);
                _lastArmedGroups.Add(armed);
            }
        }

        /// <summary>Nouns that stand between a kind's word and a name: "the militant group Hamas".</summary>
        private static readonly WordSet GroupNouns = new(["group", "movement", "organisation", "organization", "faction", "force", "militia"]);

        /// <summary>Named armed groups in the order last named, the latest last.</summary>
        private readonly List<Actor> _lastArmedGroups = [];

        /// <summary>"a clash between the groups", "the two cartels have been fighting": the last two armed groups the
        /// report named, one the other's partner (not a crowd of any two groups of people).</summary>
        private int? TheTwoGroupsAt(int i, int end)
        {
            if (_lastArmedGroups.Count < 2 || i + 1 >= end) return null;
            var k = _t[i].Lower switch { "the" when _t[i + 1].Lower == "two" => i + 2, "the" or "both" => i + 1, _ => -1 };
            if (k < 0 || k >= end || !kb.Cues.ArmedGroupNouns.Contains(_t[k])) return null;
            var (first, second) = (_lastArmedGroups[^2], _lastArmedGroups[^1]);
            var mention = new ActorMention(new TokenRange(i, k + 1), ActorMentionKind.Named, first, doc.TextOf(i, k + 1));
            mention.Partners.Add(new ActorMention(new TokenRange(i, k + 1), ActorMentionKind.Named, second, doc.TextOf(i, k + 1)));
            Mentions.Add(mention);
            return k + 1;
        }

        /// <summary>"A Saudi-led coalition ... the coalition carried out air strikes": "the" and the head noun of a group
        /// named before stand for that group.</summary>
        private int? TheGroupAgainAt(int i, int end)
        {
            if (_t[i].Lower != "the" || i + 1 >= end || _t[i + 1].IsCapitalized || !_namedByHead.TryGetValue(_t[i + 1].Lower, out var named)) return null;
            // "the coalition's", "the coalition forces": the noun may head a longer phrase, which names the same group.
            Add(new ActorMention(new TokenRange(i + 1, i + 2), ActorMentionKind.Named, named, _t[i + 1].Text));
            return i + 2;
        }

        private readonly Dictionary<string, Actor> _namedByHead = new(StringComparer.Ordinal);

        private static readonly WordSet GroupHeads = new(["coalition", "movement", "alliance", "militia", "organisation", "organization"]);

        /// <summary>"pro-Hadi forces", "pro-Assad troops": forces loyal to a head of state or government are that state's
        /// forces (ACLED codes them so); "pro-Houthi fighters" are the group its leader leads.</summary>
        private int? LoyalForcesAt(int i, int end)
        {
            if (_t[i].Lower != "pro" || i + 3 >= end || _t[i + 1].Text != "-") return null;
            var (len, people) = _cat.PersonAliases.LongestAt(_t, i + 2, end);
            if (len == 0 || ActorFor(people[0]) is not { } leader) return null;
            // "pro-Hadi and affiliated forces": the loyalists' allies share the noun.
            var at = i + 2 + len;
            if (at + 1 < end && _t[at].Lower == "and" && _t[at + 1].Lower is "affiliated" or "allied" or "loyalist") at += 2;
            if (ForceNounAt(at, end) is not { Noun.Kind: "military" or "armed" } noun) return null;
            var forces = leader.Key.StartsWith("gov:", StringComparison.Ordinal) && leader.Country3 is { } iso3
                ? _cat.State(iso3, ActorKind.StateMilitary) : leader;
            if (forces is null) return null;
            var last = at + noun.Length;
            Add(new ActorMention(new TokenRange(i, last), ActorMentionKind.StateForce, forces, doc.TextOf(i, last)));
            return last;
        }

        /// <summary>"military forces of India and Pakistan", "the Military Forces of Syria", "the government of Mali": a
        /// state's own actor named by its country, as ACLED's notes write it; countries joined by "and" are partners.</summary>
        private int? StateForcesOfAt(int i, int end)
        {
            if (ForceNounAt(i, end) is not { } fn || GenericKind(fn.Noun.Kind) is not (ActorKind.StateMilitary or ActorKind.Police or ActorKind.Government)) return null;
            var k = i + fn.Length;
            // "military forces", "security forces", "armed forces": the nouns of one phrase.
            while (k < end && ForceNounAt(k, end) is { } more && GenericKind(more.Noun.Kind) == GenericKind(fn.Noun.Kind)) k += more.Length;
            if (k + 1 >= end || _t[k].Lower != "of") return null;
            k++;
            if (_t[k].Lower == "the" && k + 1 < end) k++;
            ActorMention? primary = null;
            while (k < end && CountryAt(k, end) is { } country && _cat.State(country.Country.Iso3, GenericKind(fn.Noun.Kind)) is { } state)
            {
                var last = k + country.Length;
                var mention = new ActorMention(new TokenRange(primary is null ? i : k, last), ActorMentionKind.StateForce, state, doc.TextOf(primary is null ? i : k, last));
                if (primary is null) Add(primary = mention);
                else primary.Partners.Add(mention);
                k = last;
                if (k + 1 < end && _t[k].Lower == "and" && CountryAt(k + 1, end) is not null) k++;
                else break;
            }
            return primary is null ? null : k;
        }

        private Actor? ActorFor(Person p)
        {
            return _cat.Resolve(p.ActorKey, _at);
        }

        private bool AcceptsName(int i, int len)
        {
            if (AfterAnti(i)) return false;
            var text = string.Join(' ', Enumerable.Range(i, len).Select(k => _t[k].Lower));
            if (_cat.CaseSensitiveAliases.Contains(text))
                return Enumerable.Range(i, len).All(k => _t[k].Kind != TokenKind.Word || _t[k].Text.Where(char.IsLetter).All(char.IsUpper));
            // "the children of fire initiative": a name of four words or more is no common phrase, whatever its case.
            if (Enumerable.Range(i, len).Count(k => _t[k].Kind == TokenKind.Word) >= 4) return true;
            // "military forces of Artsakh", "ethnic Armenian forces": a descriptive alias is a name by the proper noun in it.
            return _t[i].IsCapitalized || _t[i].Lower is "the" or "al" && len > 1 && _t[i + 1].IsCapitalized
                   || Enumerable.Range(i + 1, len - 1).Any(k => _t[k].IsCapitalized);
        }

        /// <summary>"a pro-government news website": the government it favours is no actor (unlike "pro-government
        /// militias", whose force noun follows).</summary>
        private bool ProGovernmentWord(int i, int end) =>
            i >= 2 && _t[i - 1].Text == "-" && _t[i - 2].Lower == "pro" && ForceNounAt(i, end) is { } fn
            && GenericKind(fn.Noun.Kind) == ActorKind.Government && ForceNounAt(i + fn.Length, end) is null;

        /// <summary>"anti-Houthi forces", "an anti-government protester": the word names who they oppose, never who
        /// they are.</summary>
        private bool AfterAnti(int i) => i >= 2 && _t[i - 1].Text == "-" && _t[i - 2].Lower == "anti";

        /// <summary>"Iranian-backed", "U.S.-backed", "Russia-backed", "pro-Iran", "pro-Russian": a patron prefix.</summary>
        private (string Patron3, int End)? BackingPrefix(int i, int end)
        {
            if (_t[i].Lower == "pro" && i + 2 < end && _t[i + 1].Text == "-" && PatronAt(i + 2, end) is { } p) return (p.Iso3, p.End);
            if (PatronAt(i, end) is { } q && q.End + 1 < end && _t[q.End].Text == "-" && kb.Cues.BackedSuffixes.Contains(_t[q.End + 1]))
                return (q.Iso3, q.End + 2);
            return null;
        }

        private (string Iso3, int End)? PatronAt(int i, int end)
        {
            if (i >= end || !_t[i].IsCapitalized) return null;
            var d = DemonymsAt(i, end, coordinated: false);
            if (d.Count > 0) return d[0];
            return CountryAt(i, end) is { } c ? (c.Country.Iso3, i + c.Length) : null;
        }

        /// <summary>"Kurdish forces supported by the U.S.", "militias, backed by Iran": patrons after the mention.</summary>
        private void PostfixBacking(ActorMention mention, int next, int end)
        {
            var k = next < end && _t[next].Text == "," ? next + 1 : next;
            // "Hezbollah, which is backed by Iran"
            if (k + 1 < end && _t[k].Lower is "which" or "who" or "that")
            {
                k++;
                while (k < end && _t[k].Lower is "is" or "are" or "was" or "were" or "has" or "have" or "been" or "long" or "also" or "widely") k++;
            }
            var (len, _) = kb.Cues.BackedBy.LongestAt(_t, k, end);
            if (len == 0) return;
            k += len;
            if (k < end && _t[k].Lower == "the") k++;
            if (PatronAt(k, end) is { } p) mention.Backers.Add(p.Iso3);
        }

        /// <summary>Asked of every capitalized word (for backers and state forces), most of which are no demonym: those
        /// get this one empty list, which no caller changes.</summary>
        private static readonly List<(string Iso3, int End)> NoDemonyms = [];

        private List<(string Iso3, int End)> DemonymsAt(int i, int end, bool coordinated = true)
        {
            if (i >= end || !_t[i].IsCapitalized || _cat.Demonyms.LongestAt(_t, i, end).Length == 0) return NoDemonyms;
            var list = new List<(string, int)>();
            var k = i;
            while (k < end && _t[k].IsCapitalized)
            {
                var (len, codes) = _cat.Demonyms.LongestAt(_t, k, end);
                if (len == 0) break;
                list.Add((codes[0], k + len));
                k += len;
                if (!coordinated) break;
                if (k + 1 < end && (_t[k].Lower == "and" || _t[k].Text == ",") && _t[k + 1].IsCapitalized && _cat.Demonyms.LongestAt(_t, k + 1, end).Length > 0) k++;
                else break;
            }
            return list;
        }

        private (ForceNoun Noun, int Length)? ForceNounAt(int i, int end)
        {
            if (i >= end) return null;
            var (len, nouns) = _cat.ForceNouns.LongestAt(_t, i, end);
            return len > 0 ? (nouns[0], len) : null;
        }

        /// <summary>The last few country answers: one capitalized word is asked about several times in a row (as a state
        /// force's owner, a possessive owner, a country acting), always with its own sentence's end.</summary>
        private readonly (int Token, int End, (Country Country, int Length)? Answer)[] _countryAt = [(-1, -1, null), (-1, -1, null), (-1, -1, null), (-1, -1, null)];
        private int _countryAtNext;

        private (Country Country, int Length)? CountryAt(int i, int end)
        {
            foreach (var (token, knownEnd, known) in _countryAt)
                if (token == i && knownEnd == end) return known;
            var answer = FindCountryAt(i, end);
            _countryAt[_countryAtNext] = (i, end, answer);
            _countryAtNext = (_countryAtNext + 1) % _countryAt.Length;
            return answer;
        }

        private (Country Country, int Length)? FindCountryAt(int i, int end)
        {
            if (!kb.Gazetteer.MayStartCountryName(_t[i].Text)) return null;
            // "Puerto Jordan", "Lake Chad": a country's name that ends a longer place name is no country.
            if (i > 0 && _t[i - 1].IsCapitalized && kb.Cues.NameHeads.Contains(_t[i - 1])) return null;
            for (var len = Math.Min(4, end - i); len >= 1; len--)
            {
                if (!_t[i + len - 1].IsCapitalized && _t[i + len - 1].Lower is not ("of" or "the")) continue;
                var text = doc.TextOf(i, i + len);
                if (kb.Gazetteer.FindCountry(text) is { } c)
                {
                    // "US" must be written in capitals; "Us" or "us" is a pronoun.
                    if (len == 1 && _t[i].Text.Length <= 3 && !_t[i].IsAllCaps && !_t[i].Text.Contains('.')) continue;
                    return (c, len);
                }
            }
            return null;
        }

        /// <summary>"the Lower Juba region", "New Delhi": a capital's name that ends a longer place's name, with the
        /// capitalized word before it, names that place.</summary>
        private bool EndsAPlaceName(int i)
        {
            if (i == 0 || !_t[i - 1].IsCapitalized || _t[i - 1].Kind != TokenKind.Word) return false;
            var name = _t[i - 1].Text + " " + _t[i].Text;
            return kb.Gazetteer.FindAdmin1Named(name).Any() || kb.Gazetteer.FindPlaces(name).Exact.Count > 0;
        }

        /// <summary>"Mocimboa da Praia", "Ras al Ain": a capitalized word after a lowercase name particle that follows
        /// another capitalized word ends a longer name; it is not a name of its own.</summary>
        private bool InsideAName(int i) =>
            i >= 2 && kb.Cues.NameParticles.Contains(_t[i - 1]) && !_t[i - 1].IsCapitalized && _t[i - 2].IsCapitalized;

        private bool IsLocative(int i)
        {
            if (i == 0) return false;
            var prev = _t[i - 1];
            return kb.Cues.LocativeWords.Contains(prev) && prev.Lower is not ("and" or "against" or "between")
                   || kb.Cues.Directions.Contains(prev);
        }

        private int NameRun(int i, int end)
        {
            var k = i;
            while (k < end && k - i < 5 && (_t[k].IsCapitalized || NameConnectors.Contains(_t[k]) && k + 1 < end && (_t[k + 1].IsCapitalized || _t[k + 1].Text == "-"))) k++;
            return k;
        }
    }
}
