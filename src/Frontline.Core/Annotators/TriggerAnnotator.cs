using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Annotators;

/// <summary>
/// Finds event triggers from the lexicon in one scan per sentence and decides their modality. A verb in an
/// infinitive ("to support", "to safely escape") is a purpose, not an event, unless a planning cue governs it
/// ("expected to assist" -> planned). Words inside names ("Popular Mobilization Forces") are not triggers.
/// </summary>
public sealed class TriggerAnnotator(KnowledgeBase kb)
{
    private readonly Clauses _clauses = new(kb.Cues.ClauseBreaks);

    public IReadOnlyList<TriggerMention> Annotate(Document doc, IReadOnlyList<ActorMention> actors, IReadOnlyList<PlaceMention> places)
    {
        var tokens = doc.Tokens;
        var blocked = new bool[tokens.Count];
        // "a Saudi-led coalition airstrike": the name is no trigger, the weapon after it still is.
        foreach (var a in actors.Where(a => a.Kind is ActorMentionKind.Named or ActorMentionKind.Person or ActorMentionKind.Official))
            for (var k = a.Range.First; k < a.Range.End - (a.WeaponFrame is null ? 0 : 1); k++) blocked[k] = true;
        foreach (var p in places) for (var k = p.Range.First; k < p.Range.End; k++) blocked[k] = true;
        var found = new List<TriggerMention>();
        foreach (var s in doc.Sentences)
        {
            bool? claimed = null;
            foreach (var (start, length, entries) in kb.Lexicon.Triggers.Scan(tokens, s.FirstToken, s.EndToken))
            {
                // A trigger may hold a name in a wildcard slot ("responded to pro-Houthi fire"), never begin or end on one.
                if (blocked[start] || blocked[start + length - 1]) continue;
                // A phrase may mean several frames; the first whose conditions hold is meant ("seized" a town or weapons).
                var entry = FirstFitting(entries, tokens, s, start, length, places);
                if (entry is null) continue;
                // "On 1 March 2020", "retook in March": a capitalized month's name beside a number or after a preposition of
                // time is a date, not a march.
                if (length == 1 && tokens[start].IsCapitalized && TimeAnnotator.IsMonth(tokens[start].Lower)
                    && (NextToNumber(tokens, start, s) || start > s.FirstToken && MonthPrepositions.Contains(tokens[start - 1]))) continue;
                // "shot a man using small arms fire": the means of a violent act already told, not an act of its own
                // ("destroyed a bulldozer using an ATGM" keeps its missile: the weapon makes that act an attack).
                // An explosive weapon used in an act told only as an attack or a killing names its tactic ("the attacks,
                // mostly using grenades").
                if (AnyWordBefore(tokens, s, start, 2, UsingWord) && ViolenceToldIn(found, s)
                    && !(entry.Frame.Codes.AcledEventType == "Explosions/Remote violence" && OnlyGenericViolenceToldIn(found, s))) continue;
                // ("attacked a police patrol with rifles and explosives": listed after a firearm, the explosive is one more means
                // of the attack told, which was fought with guns.)
                if (start >= 3 && tokens[start - 1].Lower is "and" or "," && kb.Cues.Firearms.Contains(tokens[start - 2])
                    && tokens[start - 3].Lower is "with" or "using" && ViolenceToldIn(found, s)) continue;
                // A hyphenated compound is a description, not an event: "rebel-held", "Turkish-backed", "war-torn".
                // A dash between spaces ("the attacks - mostly using grenades - happened") sets off an aside, not a compound.
                // (But "a quadcopter-dropped mortar shell", "drone-launched missiles": a platform that delivered the weapon, data
                // delivery_participles, names the tactic.)
                if (start > s.FirstToken && tokens[start - 1].Text == "-" && tokens[start - 1].End == tokens[start].Start
                    || start + length < s.EndToken && tokens[start + length].Text == "-" && tokens[start + length - 1].End == tokens[start + length].Start
                       && !DeliveredTheWeapon(tokens, s, entry, start + length)) continue;
                // "a camp that shelters 450,000 people who fled": a count the flight only describes.
                if (entry.Frame.NeedsQuantity && DescribesPeople(tokens, s, start)) continue;
                // "two of the dead were teenagers", "the dead included a child": the dead of an act already told.
                if (entry.Frame.Name == "kill" && tokens[start].Lower == "dead" && length == 1 && TheDeadAlreadyTold(tokens, s, start)) continue;
                // "has banned all demonstrations": protest that is banned is none.
                if (entry.Frame.Crowd && AnyWordBefore(tokens, s, start, 3, kb.Cues.BanVerbs)) continue;
                // "the attackers barricaded themselves inside the monastery": holing up is no protest.
                if (entry.Frame.Crowd && start + length < s.EndToken && tokens[start + length].Lower is "themselves" or "himself" or "herself") continue;
                // "inside his patrol car", "attack dogs": an event noun that describes a thing after it is no act.
                if (length == 1 && entry.Form.EndsWith("/N", StringComparison.Ordinal) && start + 1 < s.EndToken && kb.Cues.CompoundHeads.Contains(tokens[start + 1])) continue;
                // "most of the victims had gunshot wounds": injuries described, no act of wounding.
                if (tokens[start].Lower == "wounds" && length == 1 && start > s.FirstToken && kb.Cues.WoundNounsBefore.Contains(tokens[start - 1])) continue;
                // "people who fled earlier fighting", "previous attacks": an event told as past background is none of the report.
                if (start > s.FirstToken && BackgroundModifiers.Contains(tokens[start - 1])) continue;
                // "dug trenches to protect the town from attacks": the harm guarded against is no event.
                if (GuardedAgainst(tokens, s, start)) continue;
                // "near Butovka-Donetskaya Mine", "Kerman Coal Mine Company", "the Internal Security Operations Command": a
                // capitalized word or phrase after another capitalized word in running text is part of a name (a title-case
                // headline capitalizes its verbs too).
                if (EndsAName(tokens, s, start) && AllCapitalized(tokens, start, length)) continue;
                var modality = Modality(tokens, s, start, ref claimed, out var isPurpose);
                // "blocked the road to protest the police": an act done to protest is a protest.
                if (isPurpose && entry.Frame.Name != "protest") continue;
                // "demonstrators tried to take over the airport": an attempt to take ground changes no control (the fight
                // it took is told apart, or is the report's lead).
                if (entry.Frame.Control != ControlEffect.None && AttemptEndsBefore(tokens, s, start)) continue;
                // "mobilising two thousand people to protest": the mobilisation is told; the protest is only its aim.
                if (isPurpose && found.Count > 0 && found[^1].Entry.Frame.Name == "deploy" && found[^1].Range.First >= s.FirstToken) continue;
                found.Add(new TriggerMention(new TokenRange(start, start + length), entry, modality));
            }
            DropSeizedWeapons(found, tokens, s);
        }
        return found;
    }

    /// <summary>Whether a remote-violence trigger's hyphen joins it to a participle of delivery: "quadcopter-dropped".</summary>
    private bool DeliveredTheWeapon(IReadOnlyList<Token> tokens, Sentence s, TriggerEntry entry, int hyphen) =>
        entry.Frame.Codes.AcledEventType == "Explosions/Remote violence" && hyphen + 1 < s.EndToken
        && kb.Cues.DeliveryParticiples.Contains(tokens[hyphen + 1]) && tokens[hyphen].End == tokens[hyphen + 1].Start;

    /// <summary>"to protect the town from attacks", "shield civilians from the fighting": a trigger after "from" that a
    /// verb of guarding (cue guarding_verbs) governs, a few words before.</summary>
    private bool GuardedAgainst(IReadOnlyList<Token> tokens, Sentence s, int trigger)
    {
        var k = trigger - 1;
        while (k > s.FirstToken && tokens[k].Lower is "the" or "further" or "future" or "possible" or "any") k--;
        if (k <= s.FirstToken || tokens[k].Lower != "from") return false;
        for (var j = k - 1; j >= s.FirstToken && j >= k - 4; j--)
            if (kb.Cues.GuardingVerbs.Contains(tokens[j])) return true;
        return false;
    }

    /// <summary>"Mine" of "Butovka-Donetskaya Mine", "Control" of "the Line of Control": a capitalized word after another,
    /// or after "of" after one, in running text.</summary>
    private static bool EndsAName(IReadOnlyList<Token> tokens, Sentence s, int at) =>
        tokens[at].IsCapitalized && at > s.FirstToken
        && ((tokens[at - 1].IsCapitalized && tokens[at - 1].Kind == TokenKind.Word)
            || (at - 2 > s.FirstToken && tokens[at - 1].Text == "of" && tokens[at - 2].IsCapitalized && tokens[at - 2].Kind == TokenKind.Word))
        && (at + 1 >= s.EndToken || !tokens[at + 1].IsCapitalized || !s.IsTitleCase(tokens));

    private static bool AllCapitalized(IReadOnlyList<Token> tokens, int start, int length)
    {
        for (var k = start; k < start + length; k++)
            if (!tokens[k].IsCapitalized) return false;
        return true;
    }

    /// <summary>"Two explosive devices were found", "seized a grenade launcher": a weapon that is the object of a verb
    /// with objects (found, seized, defused) is what was found, not an attack with it.</summary>
    private void DropSeizedWeapons(List<TriggerMention> found, IReadOnlyList<Token> tokens, Sentence s)
    {
        foreach (var verb in found.Where(t => t.Range.First >= s.FirstToken && t.Entry.Objects is not null).ToList())
            found.RemoveAll(t => t != verb && t.Range.First >= s.FirstToken && t.Range.End <= s.EndToken && t.Entry.Frame.Violent
                                 && ((verb.Entry.Objects!.AnyIn(tokens, t.Range.First, t.Range.End)
                                      && ObjectNear(tokens, s, verb.Range.First, verb.Range.End - verb.Range.First, token => token.Lower == tokens[t.Range.End - 1].Lower))
                                     || ListedInTheHaul(tokens, verb, t)));
        // "found the bodies of the terrorists along with weapons and explosive belts": a weapon listed after "weapons and"
        // is more of the arms named, not an attack with it.
        found.RemoveAll(t => t.Range.First >= s.FirstToken + 2 && t.Range.End <= s.EndToken && t.Entry.Frame.Violent
                             && !t.Entry.Form.Contains("/V", StringComparison.Ordinal) && tokens[t.Range.First - 1].Lower is "and" or ","
                             && kb.Cues.ArmsNouns.Contains(tokens[t.Range.First - 2]));
    }

    /// <summary>"found a large cache of weapons, including mortars and hand grenades": weapons named in the list of what
    /// was seized, a few words after the seizing verb, are the haul, not arms used.</summary>
    private bool ListedInTheHaul(IReadOnlyList<Token> tokens, TriggerMention verb, TriggerMention weapon)
    {
        if (weapon.Entry.Form.Contains("/V", StringComparison.Ordinal) || weapon.Range.First <= verb.Range.End || weapon.Range.First - verb.Range.End > 12)
            return false;
        for (var k = verb.Range.End; k < weapon.Range.First; k++)
            if (tokens[k].Lower is "including" or "such") return true;
        // ("seized two home-made rifles, mines and ammunition": so are weapons of the list the verb took, no verb between.)
        if (!verb.Entry.Objects!.AnyIn(tokens, verb.Range.End, weapon.Range.First)) return false;
        for (var k = verb.Range.End; k < weapon.Range.First; k++)
            if (tokens[k].Kind == TokenKind.Word && IsVerbForm(tokens[k])) return false;
        return true;
    }

    private TriggerEntry? FirstFitting(IReadOnlyList<TriggerEntry> entries, IReadOnlyList<Token> tokens, Sentence s, int start, int length,
        IReadOnlyList<PlaceMention> places)
    {
        // "the March attacks": a month's name written with its capital mid-sentence is the month, not a march.
        if (length == 1 && start > s.FirstToken && tokens[start].IsCapitalized && TimeAnnotator.IsMonthName(tokens[start].Lower) && !s.IsTitleCase(tokens))
            return null;
        // An entry that names its object is the more specific reading: it is tried first.
        foreach (var entry in entries.Where(e => e.Objects is not null).Concat(entries.Where(e => e.Objects is null)))
        {
            if (start + length < s.EndToken && entry.NotBefore.Contains(tokens[start + length])) continue;
            if (AnyWordBefore(tokens, s, start, 3, entry.NotAfter)) continue;
            if (entry.Frame.Name == "strike" && StruckBy(tokens, s, start + length)) continue;
            if (entry.NeedsName && ((!NameOrPlaceNounWithin(tokens, start + length, Math.Min(s.EndToken, start + length + 6)) && !NamedPlaceTakenBefore(tokens, s, start))
                                    || PersonTakenBefore(tokens, s, start)))
                continue;
            if (entry.NeedsPlace && !PlaceMention.AnyStartingIn(places, start + length, start + length + 6)) continue;
            if (entry.Objects is { } objects && !ObjectNear(tokens, s, start, length, objects.Contains)) continue;
            // "information leading to the capture of the gang's leader": a person taken is no ground taken.
            if (entry.Frame.Control != ControlEffect.None && !entry.Form.Contains("/V", StringComparison.Ordinal) && PersonTakenAfter(tokens, s, start + length))
                continue;
            // "paying its members 2 million pesos for every police officer killed": a rate paid per act names no act.
            if (length == 1 && kb.Lexicon.Inflector.IsPastForm(tokens[start].Lower) && PricedPerAct(tokens, s, start)) continue;
            // "The assailants, armed with automatic rifles and homemade explosives, set fire to": arms told as borne are no act.
            if (!entry.Form.Contains("/V", StringComparison.Ordinal) && TellsArmsBorne(tokens, s, start)) continue;
            // ("officers intercepted a truck carrying gang members": a vehicle stopped is no weapon intercepted.)
            if (entry.Frame.Name == "intercept" && VehicleRightAfter(tokens, s, start + length)) continue;
            // "triggered the bomb", "a shell hit", "their control", "lost control", "an armed attack": a verb's bare form
            // right after a determiner or a past form is its noun (a verb in the past is followed by its object); so is one
            // after a hyphened modifier ("the burned-out shell of a store").
            if (length == 1 && start > s.FirstToken && IsBareVerb(entry, tokens[start])
                && (Determiners.Contains(tokens[start - 1]) || kb.Lexicon.Inflector.IsPastForm(tokens[start - 1].Lower)
                    || (start - 2 > s.FirstToken && tokens[start - 2].Text == "-" && tokens[start - 1].Kind == TokenKind.Word))) continue;
            // So is the bare verb after "a" that opens a longer form ("in a push toward the state capital"), unless the lexicon
            // knows an act by that noun ("a protest against").
            if (length > 1 && start > s.FirstToken && tokens[start - 1].Lower is "a" or "an" && IsBareVerbOpening(entry, tokens[start])) continue;
            // "next to abandoned luggage", "among wounded soldiers": a verb's past form right after a preposition modifies the
            // noun after it.
            if (length == 1 && start > s.FirstToken && entry.Form.EndsWith("/V", StringComparison.Ordinal) && ModifyingPrepositions.Contains(tokens[start - 1])
                && kb.Lexicon.Inflector.IsPastForm(tokens[start].Lower)) continue;
            // "to remove checkpoints set up by the Sinjar Resistance Units": the participle of a step that harms no one, right
            // after a noun and before its "by", describes the thing, done before (not "a supermarket set on fire by looters",
            // nor "people arrested by police").
            // ("Police officers deployed from Marsabit town recovered 120 of the animals": so does one before "from" or "to" whose
            // clause goes on to its own verb.)
            if (entry.Frame.Codes.AcledSubEventType is null or "Change to group/activity" or "Headquarters or base established" && !entry.Frame.Violent
                && entry.Form.Contains("/V", StringComparison.Ordinal) && start > s.FirstToken && start + length < s.EndToken
                && (tokens[start + length].Lower == "by" || (tokens[start + length].Lower is "from" or "to" && VerbFollows(tokens, s, start + length)))
                && kb.Lexicon.Inflector.IsPastForm(tokens[start].Lower)
                && tokens[start - 1] is { Kind: TokenKind.Word, IsCapitalized: false } noun && !Auxiliaries.IsAuxiliary(noun)
                && !noun.Lower.EndsWith("ly", StringComparison.Ordinal) && !kb.Lexicon.Inflector.IsPastForm(noun.Lower)) continue;
            // "only to find them destroyed": a participle after "find" and a pronoun tells the state something was found in.
            if (length == 1 && start - 2 >= s.FirstToken && tokens[start - 2].Lower is "find" or "found" or "finds" or "finding"
                && tokens[start - 1].Lower is "them" or "it" or "him" or "her" && kb.Lexicon.Inflector.IsPastForm(tokens[start].Lower)) continue;
            // "took him into custody without firing a shot", "entered the city without meeting resistance": what "without"
            // governs did not happen.
            if (GovernedByWithout(tokens, s, start)) continue;
            // "as people gathered to help the wounded", "the abducted girls": a verb's past form right after "the" names the
            // people it was done to, told again.
            // ("an executed Islamist assassin": after "a" or "an", a modifier of the noun that follows.)
            if (length == 1 && start > s.FirstToken && entry.Form.EndsWith("/V", StringComparison.Ordinal)
                && (tokens[start - 1].Lower == "the" || (tokens[start - 1].Lower is "a" or "an" && start + 1 < s.EndToken && tokens[start + 1].Kind == TokenKind.Word))
                && kb.Lexicon.Inflector.IsPastForm(tokens[start].Lower)) continue;
            // "Two bombs exploded", "chose women as his targets": a verb's -s form right after a count or a determiner is its
            // plural noun.
            if (length == 1 && start > s.FirstToken && IsVerbsSForm(entry, tokens[start])
                && (kb.Cues.IsCount(tokens[start - 1]) || Determiners.Contains(tokens[start - 1]))) continue;
            return entry;
        }
        return null;
    }

    /// <summary>"the capture of the gang's leader": a word for a person within the few words after a noun of taking, before
    /// any capitalized name or preposition.</summary>
    private bool PersonTakenAfter(IReadOnlyList<Token> tokens, Sentence s, int after)
    {
        for (var k = after; k < s.EndToken && k < after + 5; k++)
        {
            if (kb.Cues.PersonNouns.Contains(tokens[k])) return true;
            if (tokens[k].IsCapitalized || (tokens[k].Kind != TokenKind.Word && tokens[k].Text != "'s") || tokens[k].Lower is "in" or "on" or "near" or "from")
                return false;
        }
        return false;
    }

    /// <summary>"for every police officer killed", "for each soldier captured": a participle after the people "for every" or
    /// "for each" counts, a few words before.</summary>
    private static bool PricedPerAct(IReadOnlyList<Token> tokens, Sentence s, int at)
    {
        for (var k = at - 1; k > s.FirstToken && k >= at - 4; k--)
        {
            if (tokens[k].Lower is "every" or "each") return tokens[k - 1].Lower == "for";
            if (tokens[k].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    /// <summary>Whether the noun at <paramref name="at"/> ends a short list of arms opened by a phrase of bearing them
    /// (cue armament_phrases: "armed with automatic rifles and homemade explosives").</summary>
    private bool TellsArmsBorne(IReadOnlyList<Token> tokens, Sentence s, int at)
    {
        for (var k = at - 1; k >= s.FirstToken && k >= at - 8; k--)
        {
            if (kb.Cues.ArmamentPhrases.LongestAt(tokens, k, at).Length > 0) return true;
            // (A verb between ends the list: "armed with guns, stormed the village and detonated explosives".)
            if ((tokens[k].Kind != TokenKind.Word && tokens[k].Text is not ("," or "-")) || IsVerbForm(tokens[k])) return false;
        }
        return false;
    }

    /// <summary>A past form or an "-ing" form: a verb that ends a list of things ("rifles, mines and" ... "detonated").</summary>
    private bool IsVerbForm(Token t) => kb.Lexicon.Inflector.IsPastForm(t.Lower) || t.Lower.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>Whether a verb in the past stands a few words on, before any comma: the clause's own verb after a participle's
    /// phrase ("deployed from Marsabit town recovered").</summary>
    private bool VerbFollows(IReadOnlyList<Token> tokens, Sentence s, int from)
    {
        for (var k = from + 1; k < s.EndToken && k <= from + 5; k++)
        {
            if (tokens[k].Text is "," or ";" or "and") return false;
            if (!tokens[k].IsCapitalized && tokens[k].Kind == TokenKind.Word && kb.Lexicon.Inflector.IsPastForm(tokens[k].Lower)) return true;
        }
        return false;
    }

    /// <summary>"a strike by minibus taxi drivers": workers "by" whom a strike is made down tools; they fire nothing.</summary>
    private bool StruckBy(IReadOnlyList<Token> tokens, Sentence s, int after)
    {
        if (after >= s.EndToken || tokens[after].Lower != "by") return false;
        for (var k = after + 1; k < s.EndToken && k <= after + 4; k++)
            if (kb.Actors.ForceNounsByWord.TryGetValue(tokens[k].Lower, out var noun) && noun.Kind == "civilians") return true;
        return false;
    }

    private static readonly WordSet RelativePronouns = new(["who", "that"]);

    private static readonly WordSet PerfectAuxiliaries = new(["had", "have", "has"]);

    /// <summary>"people who fled", "those who had fled": the verb opens a relative clause about people named before it.</summary>
    private static bool DescribesPeople(IReadOnlyList<Token> tokens, Sentence s, int start)
    {
        var k = start - 1;
        if (k > s.FirstToken && PerfectAuxiliaries.Contains(tokens[k])) k--;
        return k > s.FirstToken && RelativePronouns.Contains(tokens[k]);
    }

    private static readonly WordSet BackgroundModifiers = new(["earlier", "previous", "prior", "past", "former"]);

    private static readonly WordSet MonthPrepositions = new(["in", "since", "until", "by", "last", "early", "late", "mid", "from", "through", "of", "end", "before", "after", "during"]);

    private static readonly WordSet PersonalPossessives = new(["his", "her", "my", "your"]);

    private static readonly WordSet ModifyingPrepositions = new(["to", "with", "among", "beside", "amid", "of"]);

    /// <summary>Whether "without" stands within three words before the trigger, with no punctuation between.</summary>
    private static bool GovernedByWithout(IReadOnlyList<Token> tokens, Sentence s, int start)
    {
        for (var k = start - 1; k >= s.FirstToken && k >= start - 3; k--)
        {
            if (tokens[k].Kind == TokenKind.Punctuation) return false;
            if (tokens[k].Lower == "without") return true;
        }
        return false;
    }

    private static readonly WordSet Determiners = new(["a", "an", "the", "its", "their", "his", "her", "our"]);

    private static bool IsBareVerb(TriggerEntry entry, Token token) =>
        entry.Form.EndsWith("/V", StringComparison.Ordinal) && entry.Form.Length - 2 == token.Lower.Length
        && entry.Form.AsSpan(0, entry.Form.Length - 2).Equals(token.Lower, StringComparison.OrdinalIgnoreCase);

    private bool IsBareVerbOpening(TriggerEntry entry, Token first) =>
        entry.Form.StartsWith(entry.Lemma + "/V ", StringComparison.Ordinal) && first.Lower == entry.Lemma && !kb.Lexicon.NounLemmas.Contains(entry.Lemma);

    private static bool IsVerbsSForm(TriggerEntry entry, Token token) =>
        entry.Form.EndsWith("/V", StringComparison.Ordinal) && token.Lower.Length == entry.Form.Length - 1 && token.Lower.EndsWith('s')
        && entry.Form.AsSpan(0, entry.Form.Length - 2).Equals(token.Lower.AsSpan(0, token.Lower.Length - 1), StringComparison.OrdinalIgnoreCase);

    private static readonly WordSet PassiveAuxiliaries = new(["was", "were", "been", "be", "being", "is", "are", "got"]);

    /// <summary>Whether a vehicle is the object right after the verb, past one article ("intercepted a truck").</summary>
    private bool VehicleRightAfter(IReadOnlyList<Token> tokens, Sentence s, int k)
    {
        if (k < s.EndToken && tokens[k].Lower is "a" or "an" or "the") k++;
        return k < s.EndToken && kb.Cues.VehicleNouns.Contains(tokens[k]);
    }

    /// <summary>Whether an object word follows the verb within six words, or, when the verb is passive ("two firearms
    /// were seized"), stands within eight words before it; in the same sentence either way.</summary>
    private bool ObjectNear(IReadOnlyList<Token> tokens, Sentence s, int start, int length, Func<Token, bool> isObject)
    {
        for (var k = start + length; k < Math.Min(s.EndToken, start + length + 6); k++)
        {
            // ("intercepted a truck carrying gang members": what a vehicle carried is not what the verb took.)
            if (kb.Cues.CarryingVerbs.Contains(tokens[k])) break;
            if (isObject(tokens[k]) && !AMineDug(tokens, k, s)) return true;
        }
        // "Recovered from the encounter site were two M16 rifles": a participle opening its sentence takes the subject told
        // after "were".
        if (start == s.FirstToken && kb.Lexicon.Inflector.IsPastForm(tokens[start].Lower))
            for (var k = start + length; k < Math.Min(s.EndToken, start + length + 8); k++)
            {
                if (tokens[k].Lower is not ("were" or "was")) continue;
                for (var j = k + 1; j < Math.Min(s.EndToken, k + 7); j++)
                    if (isObject(tokens[j]) && !AMineDug(tokens, j, s)) return true;
                break;
            }
        // Only a participle is passive: "soldiers were seen handing over their weapons" hands over no soldiers.
        if (!kb.Lexicon.Inflector.IsPastForm(tokens[start].Lower) || !PassiveAuxiliaries.AnyIn(tokens, Math.Max(s.FirstToken, start - 2), start)) return false;
        for (var k = Math.Max(s.FirstToken, start - 8); k < start; k++)
            if (isObject(tokens[k]) && !AMineDug(tokens, k, s)) return true;
        return false;
    }

    /// <summary>"found inside a mine shaft", "a gold mine": a mine dug for ore, not one laid to explode.</summary>
    private bool AMineDug(IReadOnlyList<Token> tokens, int k, Sentence s) =>
        tokens[k].Lower is "mine" or "mines"
        && ((k + 1 < s.EndToken && kb.Cues.MiningWords.Contains(tokens[k + 1])) || (k > s.FirstToken && kb.Cues.MiningWords.Contains(tokens[k - 1])));

    private static readonly WordSet UsingWord = new(["using"]);

    /// <summary>Whether one of the <paramref name="width"/> words before a trigger, within its sentence, is one of these.</summary>
    private static bool AnyWordBefore(IReadOnlyList<Token> tokens, Sentence s, int start, int width, WordSet words) =>
        words.AnyIn(tokens, Math.Max(s.FirstToken, start - width), start);

    /// <summary>Whether the violent acts found in this sentence so far are all told as a bare attack or killing.</summary>
    private static bool OnlyGenericViolenceToldIn(List<TriggerMention> found, Sentence s)
    {
        foreach (var f in found)
            if (f.Range.First >= s.FirstToken && f.Entry.Frame.Violent && !f.Entry.Frame.NamesNoTactic) return false;
        return true;
    }

    /// <summary>Whether a violent act was already found in this sentence.</summary>
    private static bool ViolenceToldIn(List<TriggerMention> found, Sentence s)
    {
        foreach (var f in found)
            if (f.Range.First >= s.FirstToken && f.Entry.Frame.Violent) return true;
        return false;
    }

    /// <summary>Whether a name or a word for a place ("the town", "the district") stands in [from, to): what is captured
    /// is ground, not goods, services, a day or a person's belongings ("lost control of his car near Kabul").</summary>
    private bool NameOrPlaceNounWithin(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (from < to && PersonalPossessives.Contains(tokens[from])) return false;
        var cues = kb.Cues;
        for (var k = from; k < to; k++)
        {
            // ("They will be killed or captured," police chief Leon Charles said: a name past the clause's end is the sayer's.)
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text is "," or "\"" or "\u201d" or "." or ";" or ":") return false;
            if ((tokens[k].IsCapitalized && !TimeAnnotator.IsCalendarWord(tokens[k].Lower)) || cues.IsUnitNoun(tokens[k]) || cues.FeatureNouns.Contains(tokens[k])
                || cues.HeldSites.Contains(tokens[k]))
                return true;
        }
        return false;
    }

    /// <summary>"withdrew from Kurakhove, which Russian forces captured on 6 January": a capitalized name, a comma and "which"
    /// a few words before the verb, whose object the name is.</summary>
    private static bool NamedPlaceTakenBefore(IReadOnlyList<Token> tokens, Sentence s, int verb)
    {
        for (var k = verb - 1; k >= s.FirstToken + 2 && k >= verb - 5; k--)
            if (tokens[k].Lower == "which") return tokens[k - 1].Text == "," && tokens[k - 2].IsCapitalized;
        return false;
    }

    /// <summary>"Six of the gunmen were killed and one was captured": what a passive verb took, told before it as a count or
    /// a person, is someone, not ground.</summary>
    private bool PersonTakenBefore(IReadOnlyList<Token> tokens, Sentence s, int verb)
    {
        var k = verb - 1;
        if (k <= s.FirstToken || !PassiveAuxiliaries.Contains(tokens[k])) return false;
        var subject = tokens[k - 1];
        return kb.Cues.IsCount(subject) || kb.Cues.PersonNouns.Contains(subject) || subject.Lower is "he" or "she" or "they";
    }

    private static bool NextToNumber(IReadOnlyList<Token> tokens, int k, Sentence s) =>
        (k > s.FirstToken && tokens[k - 1].Kind == TokenKind.Number) || (k + 1 < s.EndToken && tokens[k + 1].Kind == TokenKind.Number);

    /// <summary>The modality of one trigger. <paramref name="claimed"/> is the sentence's own answer to "is the whole
    /// sentence a claim?", worked out for its first trigger that needs it and kept for the others.</summary>
    private Modality Modality(IReadOnlyList<Token> tokens, Sentence s, int trigger, ref bool? claimed, out bool isPurpose)
    {
        isPurpose = false;
        var clauseStart = _clauses.Start(tokens, s, trigger);
        var cue = Model.Modality.Asserted;
        foreach (var (start, length, values) in kb.Cues.Modality.Scan(tokens, Math.Max(clauseStart, trigger - 6), trigger))
            // "QUETTA, May 2 - A car bomb exploded": the month, not the modal verb.
            if (start + length <= trigger && !(tokens[start].IsCapitalized && TimeAnnotator.IsMonth(tokens[start].Lower) && NextToNumber(tokens, start, s))
                && !InRelativeClauseClosedBefore(tokens, start, start + length, trigger))
                cue = values[0];
        // "It denied that security forces had killed anyone", "claimed that its fighters had shot down": a verb of denial
        // or claim right before "that" governs the clause it opens.
        if (cue == Model.Modality.Asserted && clauseStart - 2 >= s.FirstToken && tokens[clauseStart - 1].Lower == "that"
            && kb.Cues.Modality.LongestAt(tokens, clauseStart - 2, clauseStart - 1) is { Length: 1, Values: [var governing, ..] }
            && governing is Model.Modality.Denied or Model.Modality.Claimed)
            cue = governing;
        // "..., the ministry claimed": the whole sentence is a claim ("claimed responsibility" is not).
        if (cue == Model.Modality.Asserted && (claimed ??= IsClaim(tokens, s))) cue = Model.Modality.Claimed;
        var before = trigger - 1;
        if (before >= s.FirstToken && tokens[before].Lower.EndsWith("ly", StringComparison.Ordinal)) before--;
        // 'instructed security forces to "arrest anyone who violates the law"': a quote opened after "to" quotes the infinitive.
        if (before > s.FirstToken && tokens[before].Text is "\"" or "\u201c") before--;
        // ("had gathered to be evacuated": a passive infinitive is one too; "police were to be deployed" is a plan.)
        var passive = before - 1 > s.FirstToken && tokens[before].Lower == "be" && tokens[before - 1].Lower == "to"
                      && tokens[before - 2].Lower is not ("was" or "were" or "is" or "are");
        if (passive) before--;
        if (before >= s.FirstToken && tokens[before].Lower == "to" && (passive || IsVerbStart(tokens, trigger)))
        {
            if (cue is Model.Modality.Planned) return cue;
            // "managed to capture", "were able to repel": the infinitive is what was done.
            isPurpose = !DoneInfinitiveEndsAt(tokens, Math.Max(s.FirstToken, before - 2), before);
        }
        return cue;
    }

    /// <summary>"an elderly man who could not flee was beaten": a cue inside a relative clause that an auxiliary of the main
    /// verb closes before the trigger says nothing of the trigger.</summary>
    private static bool InRelativeClauseClosedBefore(IReadOnlyList<Token> tokens, int cue, int cueEnd, int trigger)
    {
        if (cue == 0 || tokens[cue - 1].Lower is not ("who" or "which")) return false;
        for (var k = cueEnd + 1; k < trigger; k++)
            if (tokens[k].Lower is "was" or "were" or "is" or "are") return true;
        return false;
    }

    /// <summary>"the dead", "the three dead": the dead with the definite article are those of an act already told.</summary>
    private bool TheDeadAlreadyTold(IReadOnlyList<Token> tokens, Sentence s, int dead)
    {
        var k = dead - 1;
        if (k > s.FirstToken && kb.Cues.IsCount(tokens[k])) k--;
        return k >= s.FirstToken && tokens[k].Lower == "the";
    }

    /// <summary>Whether "tried to", "sought to" or the like ends right before the trigger.</summary>
    private bool AttemptEndsBefore(IReadOnlyList<Token> tokens, Sentence s, int trigger)
    {
        for (var k = Math.Max(s.FirstToken, trigger - 3); k < trigger; k++)
            if (kb.Cues.AttemptInfinitive.LongestAt(tokens, k, trigger).Length == trigger - k) return true;
        return false;
    }

    /// <summary>Whether a "managed to" phrase starting in [<paramref name="from"/>, <paramref name="to"/>] ends at
    /// <paramref name="to"/>. A loop, not a lambda over the parameters, which would be allocated for every trigger.</summary>
    private bool DoneInfinitiveEndsAt(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k <= to; k++)
            if (kb.Cues.DoneInfinitive.LongestAt(tokens, k, to + 1).Length == to + 1 - k) return true;
        return false;
    }

    private bool IsClaim(IReadOnlyList<Token> tokens, Sentence s)
    {
        for (var k = s.FirstToken; k < s.EndToken; k++)
            if (kb.Cues.ClaimCues.Contains(tokens[k]) && !IsResponsibility(tokens, k + 1, s.EndToken)) return true;
        return false;
    }

    /// <summary>"claimed responsibility for", "claimed credit", "an attack claimed by al Shabaab": owning the act, not
    /// doubting it.</summary>
    public static bool IsResponsibility(IReadOnlyList<Token> tokens, int next, int end) =>
        next < end && tokens[next].Lower is "responsibility" or "credit" or "by";

    // "to attack" is an infinitive; "to attacks" or "in response to the attack" are not.
    private static bool IsVerbStart(IReadOnlyList<Token> tokens, int trigger)
    {
        var w = tokens[trigger].Lower;
        return !w.EndsWith('s') && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal) && !w.EndsWith("tion", StringComparison.Ordinal);
    }
}
