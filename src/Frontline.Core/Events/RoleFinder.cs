using Frontline.Core.Annotators;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Events;

/// <summary>
/// Fills an event frame's roles from the annotations around its trigger: who acted (the subject on the left,
/// the agent after "by" in a passive, the owner of "Russian airstrikes"), on whom, where, when, how many died,
/// how many took part.
/// </summary>
public sealed class RoleFinder(KnowledgeBase kb, Document doc, Annotations ann)
{
    /// <summary>How far back an event with no time expression of its own may lie: the week before publication
    /// (ACLED's time precision 2), since a report tells of its last days without saying which.</summary>
    public const int UntimedWindowDays = 7;

    private static readonly WordSet RelativeBreaks = new(["that", "which", "who"]);
    private static readonly WordSet Subordinators = new(["when", "until"]);
    private readonly Clauses _clauses = new(kb.Cues.ClauseBreaks, ann.Triggers.Select(t => t.Range.First).ToHashSet().Contains, doc.Tokens);

    /// <summary>Clause boundaries of this document, aware of its event phrases.</summary>
    public Clauses Clauses => _clauses;
    private readonly IReadOnlyList<Token> _t = doc.Tokens;

    /// <summary>Who acted (with anyone coordinated with them: "the Malian army and Wagner mercenaries") and on whom.</summary>
    public (ActorMention? Actor1, ActorMention? Actor2, IReadOnlyList<ActorMention> Associated) Actors(
        Sentence s, TokenRange trigger, TriggerEntry entry, ActorMention? previousActor1)
    {
        var clauseStart = _clauses.Start(_t, s, trigger.First);
        var clauseEnd = _clauses.End(_t, s, trigger.End - 1);
        var (all, inSentence, violentAgents) = ActorsOf(s);
        var agents = entry.Frame.Violent ? violentAgents : inSentence;

        if (entry.AgentAfter || IsPassive(trigger.First, s) || MeansOfAPassive(trigger.First, s))
        {
            ActorMention? byAgent = null;
            foreach (var a in inSentence)
                // "beaten to death by a mob"; "shot by an armed man" names no author more than no words would.
                // ("targeted by more than 100 assailants": armed men counted right after "by" are the agent, not victims.)
                if (a.Range.First >= trigger.End && (CountOf(a)?.Range.First ?? a.Range.First) is var opens && opens <= trigger.End + 4 && !Locative(a) && !KeptBy(a)
                    && !AmongTheVictims(a)
                    && (agents.Contains(a) || (opens != a.Range.First && _t[opens - 1].Lower == "by" && a.Actor is { } counted && ActorKinds.IsArmed(counted.Kind)))
                    && (_t[opens - 1].Lower is "by" or "to" or "the" || (_t[opens - 1].Lower is "a" or "an" && a.Actor?.Kind != ActorKind.Unidentified)))
                {
                    byAgent = a;
                    break;
                }
            // "burned to death inside his patrol car by a group of protesters": "by" a few words on.
            // (An unnamed armed man there names no author either.)
            byAgent ??= AgentAfterBy(agents, trigger, s, passive: true) is { Actor.Kind: not ActorKind.Unidentified } far ? far : null;
            byAgent ??= entry.Frame.Name == "kill" ? ForceThatFoiled(agents, trigger, s) : null;
            ActorMention? patient = null;
            foreach (var a in inSentence)
                if (a.Range.End <= trigger.First && a.Range.First >= clauseStart) patient = a;
            // "The governor of West Darfur, Khamis Abakar, was abducted": the sentence's subject, past its apposition.
            patient ??= inSentence.Find(a => a.Range.First <= doc.FirstTokenPastDateline(s) + 1 && a.Range.End <= trigger.First && ApposedTo(a, trigger.First));
            return (byAgent, patient, []);
        }
        // "clashes between two families": groups counted there are the sides ("abducted between two and four people" are not).
        if (BetweenAfter(trigger, s) is var between and >= 0)
        {
            var sideCandidates = entry.Frame.Violent ? inSentence.Where(a => violentAgents.Contains(a) || (a.Community is not null && !IsObserver(a))).ToList() : inSentence;
            if (Between(sideCandidates, between, s) is { } sides) return sides;
        }
        // "Peru finds bodies of 13 kidnapped gold mine workers": who found the dead did not kill them; only "by" names who did.
        if (entry.Frame.Name is "kill" or "abduction" && FoundBefore(trigger, s)) return (AgentAfterFromOrBy(agents, trigger) ?? AgentAfterBy(agents, trigger, s), null, []);
        // "Thousands marched to protest against violence and the killing of the mayor": a killing a crowd's act is about was
        // done by whoever "by" names, not by the crowd.
        if (entry.Frame.Violent && WhatACrowdProtests(s, trigger)) return (AgentAfterFromOrBy(agents, trigger) ?? AgentAfterBy(agents, trigger, s), null, []);
        // "Russian airstrikes" name their author; a bare "an air strike" does not, and yields to the subject before it.
        var agent = BlamedOn(agents, trigger, s)
                    ?? BlamedFor(agents, trigger, s)
                    ?? AuthorInTrigger(agents, trigger)
                    ?? AgentAfterFromOrBy(agents, trigger)
                    ?? AgentAfterBy(agents, trigger, s)
                    ?? FiredBy(agents, trigger, s)
                    ?? WeaponIdentifiedAs(agents, trigger, entry, s)
                    ?? WeaponOwnedBy(agents, trigger, entry, s)
                    ?? LastSubject(agents, clauseStart, trigger.First, s.FirstToken)
                    ?? PronounAntecedent(all, s, clauseStart, trigger.First)
                    ?? OwnerOfItsForces(all, s, trigger.First)
                    ?? SubjectInTrigger(agents, trigger)
                    ?? ClaimantInSentence(all, s)
                    // (Who is blamed did the act blamed, not the blaming: "It blamed the Militarized Communist Party".)
                    ?? (entry.Frame.Name == "accuse" ? null : BlamedInSentence(agents, s));
        // "The officers were on patrol when the explosive device went off": a clause of time has a subject of its own,
        // which is no one's when it names no one.
        // ("... when they raided a house and a suspect detonated explosives": a clause whose own subject names no actor
        // borrows none.)
        // ("Rioters set fire to buses after a knife attack injured three children": a clause of time opened by a subject
        // of its own, not by a participle, does not borrow the main clause's.)
        // ("Police said fireworks, bottles and rocks were thrown at officers": nor does what is said, which has a subject of
        // its own, borrow its sayer.)
        // (Unless it tells of the sayer itself: "Ukraine's military said its forces had advanced".)
        // ("Fano fighters briefly enter Debre Markos; drone strike near Dejen kills eight": nor does a clause after a semicolon.)
        if (agent is null && clauseStart > s.FirstToken && !Subordinators.Contains(_t[clauseStart - 1]) && _t[clauseStart - 1].Text != ";"
            && !(SayingVerbs.Contains(_t[clauseStart - 1]) && !TellsOfItself(_t, clauseStart))
            && !OwnSubjectBefore(clauseStart, trigger.First)
            && !WeaponSaidToStrike(s, trigger)
            && !(_t[clauseStart - 1].Lower is "after" or "before" && (_t[clauseStart].Lower is "a" or "an" or "the" || CompoundEventNoun(s, clauseStart))))
        {
            var breakWord = _t[clauseStart - 1].Lower;
            // ("... before police arrived and arrested 13 of the attackers": the subject of the verb the act is joined to.)
            // ("..., and gunmen then opened fire on the crowd": "then" is no break between a subject and its verb.)
            agent = RelativeBreaks.Contains(breakWord) ? LastEndingJustBefore(agents, clauseStart)
                : breakWord == "then" && agents.Find(a => a.Range.End == clauseStart - 1) is { } beforeThen ? beforeThen
                : SubjectBeforeARelativeClause(agents, s, clauseStart) ?? SubjectOfTheJoinedVerb(agents, s, clauseStart)
                  ?? SubjectOfTheSubordinateBefore(agents, s, clauseStart, trigger.First)
                  ?? previousActor1 ?? FirstSubjectBefore(agents, clauseStart);
        }
        // "Two suicide bombers blew themselves up ... in attacks that police blamed on a group linked to Islamic State", "a
        // suicide bomber blew himself up ..., in an attack claimed by Islamic State": the named group claimed or blamed in the
        // sentence is who the unnamed attackers acted for (ACLED names it).
        if (agent is { Kind: ActorMentionKind.Generic, Actor.Kind: ActorKind.Unidentified }
            && (ClaimantInSentence(all, s) ?? BlamedInSentence(agents, s)) is { } named) agent = named;
        // "supporters of former President Jair Bolsonaro stormed Congress": the crowd acts, not whom it follows.
        if (agent is not null && CrowdOf(agent, all) is { } crowd) agent = crowd;
        // "A United Nations helicopter came under fire": the subject of "came under" suffered the act.
        if (agent is not null && CameUnder(agent)) return (null, agent, []);
        // "a FAMa vehicle struck an improvised explosive device": whose vehicle hit a device suffered it.
        if (agent is not null && entry.Frame.Codes.AcledEventType == EventAssembler.RemoteViolence && VehicleThatHit(agent)) return (null, agent, []);
        // "The attackers, from the Islamic State in the Greater Sahara, surrounded the mosque": the group they came from.
        if (agent is { Kind: ActorMentionKind.Generic } && GroupTheyCameFrom(agent, inSentence) is { } group) agent = group;
        var coordinated = agent is null ? [] : Coordinated(agent, inSentence, opensClause: agent.Range.End == trigger.First);
        // ("Residents and police kill 28 gang members": of civilians and a force acting together, the force is the side.)
        if (entry.Frame.Violent && coordinated.Count > 1 && coordinated[0].Actor?.Kind == ActorKind.Civilians
            && coordinated.FindIndex(c => c.Actor is { } armed && ActorKinds.IsArmed(armed.Kind)) is var force and > 0)
            (coordinated[0], coordinated[force]) = (coordinated[force], coordinated[0]);
        var actor1 = coordinated.Count > 0 ? coordinated[0] : agent;
        var associated = new List<ActorMention>(Math.Max(0, coordinated.Count - 1));
        for (var k = 1; k < coordinated.Count; k++) associated.Add(coordinated[k]);
        var target = Target(inSentence, trigger, clauseStart, clauseEnd, agent, coordinated);
        // "government forces and Kurdish fighters clashed, killing several people": the two sides of a clash are its
        // coordinated subject, when no armed side is named after it ("... and allied militias clashed with rebels");
        // the people it killed are its toll, not its other side.
        if (entry.Frame.Name == "clash" && coordinated.Count >= 2 && (target is null || target.Actor?.Kind == ActorKind.Civilians)
            && coordinated[1].Actor?.Key != actor1?.Actor?.Key && !ArmedSideAfter(inSentence, trigger))
        {
            target = coordinated[1];
            associated.Remove(target);
        }
        // "captured Khan Hifra and Diriyah from ISIS": who lost the place, however many places the clause lists first.
        if (target is null && entry.Frame.Name == "capture") target = LoserAfterFrom(inSentence, trigger, s, agent);
        // "Twirwaneho fighters repelled an attack by Congolese troops": when a verb's act names its author after "by", the
        // verb's own subject is the other side.
        if (target is null && agent is not null && entry.Form.Contains("/V", StringComparison.Ordinal) && agent.Range.First >= trigger.End
            && agent == AgentAfterFromOrBy(agents, trigger)
            && LastSubject(agents, clauseStart, trigger.First, s.FirstToken) is { } subject && subject.Actor?.Key != agent.Actor?.Key)
            target = subject;
        // "Turkish forces and rebel factions, operating under OPS, shelled": the operation acts, its members join it.
        if (actor1 is not null && OperationOf(actor1, inSentence, s) is { } operation && operation != target)
        {
            associated.Insert(0, actor1);
            actor1 = operation;
        }
        return (actor1, target, associated);
    }

    /// <summary>"Two militants were killed on Thursday night when troops foiled an attempt to infiltrate": the force a clause of
    /// "when" or "as" after a passive killing tells meeting another side's move (cue foiling_verbs) killed them.</summary>
    private ActorMention? ForceThatFoiled(List<ActorMention> agents, TokenRange trigger, Sentence s)
    {
        for (var k = trigger.End; k < s.EndToken - 2 && k <= trigger.End + 6; k++)
        {
            if (_t[k].Lower is not ("when" or "as")) continue;
            var first = _t[k + 1].Lower == "the" ? k + 2 : k + 1;
            return agents.Find(a => a.Range.First == first && a.Actor is { } force && ActorKinds.IsArmed(force.Kind) && a.Range.End < s.EndToken
                                    && kb.Cues.FoilingVerbs.Contains(_t[a.Range.End]));
        }
        return null;
    }

    /// <summary>Whether a word for a person stands as the clause's subject right before its verb: "a suspect detonated"; or
    /// a count of people alone ("as hundreds of thousands protest").</summary>
    private bool OwnSubjectBefore(int clauseStart, int verb)
    {
        var k = verb - 1;
        while (k > clauseStart && (_t[k].Lower.EndsWith("ly", StringComparison.Ordinal) || Auxiliaries.IsAuxiliary(_t[k]))) k--;
        // ("Police said he had killed his father": a pronoun of one person is the clause's own subject.)
        if (k >= clauseStart && _t[k].Lower is "he" or "she") return true;
        if (k >= clauseStart && kb.Cues.VagueCountNouns.Contains(_t[k]) && (k == clauseStart || _t[k - 1].Lower is "of" or "the"))
            return true;
        // ("air defences shot down six drones, while two struck the station": a bare count that opens the clause counts
        // what the clause is about, not whoever the main clause names.)
        if (k == clauseStart && k > 0 && _t[k - 1].Lower is "while" or "whereas" or "but" && kb.Cues.IsCount(_t[k])
            && (_t[k].Text.All(char.IsLetter) || _t[k].Text.All(char.IsDigit))) return true;
        return k >= clauseStart && k > 0 && kb.Cues.PersonNouns.Contains(_t[k]) && _t[k - 1].Lower is "a" or "an" or "the" or "one";
    }


    /// <summary>"when the fighters, who came on motorbikes, opened fire": the mention a relative clause set off by commas
    /// follows is the subject of the verb after it.</summary>
    private ActorMention? SubjectBeforeARelativeClause(List<ActorMention> agents, Sentence s, int clauseStart)
    {
        if (_t[clauseStart - 1].Text != ",") return null;
        for (var k = clauseStart - 2; k > s.FirstToken; k--)
        {
            if (_t[k].Text != ",") continue;
            return _t[k + 1].Lower is "who" or "which" ? agents.Find(a => a.Range.End == k) : null;
        }
        return null;
    }

    /// <summary>"police arrived and arrested": after "and", the subject of the verb before it that no trigger is, when an
    /// actor named after the sentence's last trigger opens that verb.</summary>
    private ActorMention? SubjectOfTheJoinedVerb(List<ActorMention> agents, Sentence s, int clauseStart)
    {
        if (_t[clauseStart - 1].Lower != "and") return null;
        var after = TriggersOf(s).LastOrDefault(t => t.Range.End < clauseStart)?.Range.End ?? s.FirstToken;
        var subject = agents.LastOrDefault(a => a.Range.First >= after && a.Range.End + 1 < clauseStart);
        if (subject is null) return null;
        var verb = _t[subject.Range.End];
        return verb.Kind == TokenKind.Word && !verb.IsCapitalized && verb.Lower.EndsWith("ed", StringComparison.Ordinal) && subject.Range.End + 2 == clauseStart
            ? subject : null;
    }

    /// <summary>"released him after cartel gunmen laid siege to the city, battling troops in the streets": a participle after
    /// a comma goes on with the clause right before it; when that clause is opened by "after", "as", "when" or "while", its
    /// own subject acts, not the sentence's.</summary>
    private ActorMention? SubjectOfTheSubordinateBefore(List<ActorMention> agents, Sentence s, int clauseStart, int trigger)
    {
        if (!ParticipleAfterABreak(clauseStart, trigger) || _t[clauseStart - 1].Text != ",") return null;
        for (var k = clauseStart - 2; k > s.FirstToken; k--)
        {
            if (_t[k].Text is "," or ";") return null;
            if (_t[k].Lower is not ("after" or "as" or "when" or "while")) continue;
            var subject = agents.Find(a => a.Range.First > k && a.Range.First <= k + 4 && a.Range.End < clauseStart);
            return subject is not null && _t[subject.Range.End] is { Kind: TokenKind.Word, IsCapitalized: false } verb
                   && kb.Lexicon.Inflector.IsPastForm(verb.Lower) ? subject : null;
        }
        return null;
    }

    /// <summary>Whether only the subject's apposition ("..., Khamis Abakar,") and a passive auxiliary stand between it and
    /// the verb.</summary>
    private bool ApposedTo(ActorMention subject, int verb)
    {
        var k = subject.Range.End;
        for (; k < verb && _t[k].Text != ","; k++)
            if (!(_t[k].IsCapitalized || _t[k].Lower is "of" or "'s" || kb.Cues.Admin1Nouns.Contains(_t[k]))) return false;
        if (k == verb) return false;
        k++;
        while (k < verb && _t[k].IsCapitalized) k++;
        if (k >= verb || _t[k].Text != ",") return false;
        for (k++; k < verb; k++)
            if (!Auxiliaries.IsPassive(_t[k]) && !_t[k].Lower.EndsWith("ly", StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>The crowd named right before "of" and the actor ("supporters of Bolsonaro", "followers of the cleric",
    /// "supporters of Iraqi Shi'ite cleric Moqtada al-Sadr": a few words describing the leader may stand between).</summary>
    private ActorMention? CrowdOf(ActorMention a, List<ActorMention> all)
    {
        var of = a.Range.First - 1;
        var described = 0;
        while (of > 0 && a.Range.First - of <= 6 && _t[of].Lower != "of"
               && (_t[of].Lower is "the" or "former" || _t[of].IsCapitalized || _t[of].Kind == TokenKind.Word && ++described <= 3)) of--;
        if (of <= 0 || _t[of].Lower != "of") return null;
        foreach (var m in all)
            if (m.Range.End == of && m.Kind == ActorMentionKind.Generic && m.Actor?.Kind is ActorKind.Protesters or ActorKind.Rioters) return m;
        return null;
    }

    private ActorMention? GroupTheyCameFrom(ActorMention a, List<ActorMention> inSentence)
    {
        var k = a.Range.End;
        if (k < _t.Count && _t[k].Text == ",") k++;
        // ("the attacker, a member of Islamic State, entered": the group named in the apposition.)
        if (k + 2 < _t.Count && _t[k].Lower is "a" or "an" && kb.Cues.PartNouns.Contains(_t[k + 1]) && _t[k + 2].Lower == "of") k += 3;
        else if (k >= _t.Count || _t[k].Lower != "from") return null;
        else k++;
        if (k < _t.Count && _t[k].Lower == "the") k++;
        foreach (var m in inSentence)
            if (m.Range.First == k && m.Kind == ActorMentionKind.Named) return m;
        return null;
    }

    /// <summary>"Twenty-two people were wounded, among them a police officer": one of the victims, not who wounded them.</summary>
    private bool AmongTheVictims(ActorMention a)
    {
        var k = a.Range.First - 1;
        if (k > 0 && _t[k].Lower is "a" or "an" or "the" or "two" or "three" or "several") k--;
        return k > 0 && (_t[k].Lower is "including" || (_t[k].Lower == "them" && _t[k - 1].Lower == "among"));
    }

    /// <summary>Whether a vehicle's word follows the mention and a verb of running into something follows that ("a FAMa
    /// vehicle struck", "an army truck hit", "their vehicle ran over").</summary>
    private bool VehicleThatHit(ActorMention a) =>
        a.Range.End + 1 < _t.Count && kb.Cues.VehicleNouns.Contains(_t[a.Range.End])
        && _t[a.Range.End + 1].Lower is "struck" or "hit" or "ran" or "drove" or "triggered" or "detonated";

    private bool CameUnder(ActorMention a) =>
        a.Range.End + 1 < _t.Count && _t[a.Range.End].Lower is "came" or "come" or "comes" or "coming" && _t[a.Range.End + 1].Lower == "under";

    private static bool ArmedSideAfter(List<ActorMention> inSentence, TokenRange trigger)
    {
        foreach (var a in inSentence)
            if (a.Range.First >= trigger.End && a.Actor is { } actor && ActorKinds.IsArmed(actor.Kind)) return true;
        return false;
    }

    /// <summary>"Russian airstrikes": an author named inside the trigger's words; a bare generic ("an air strike") is none,
    /// nor is a name in the trigger's slot ("drove the ISIL fighters out of": whom they drove out).</summary>
    private static ActorMention? AuthorInTrigger(List<ActorMention> agents, TokenRange trigger)
    {
        foreach (var a in agents)
            if (a.Range.Overlaps(trigger) && a.Range.First <= trigger.First && !(a.Kind == ActorMentionKind.Generic && a.DemonymCountry is null && a.Backers.Count == 0))
                return a;
        return null;
    }

    /// <summary>"shelling from Russian forces", "an attack by the army", "drones of the Malian army": the author right after
    /// "from" or "by", or after "of" when the trigger names a weapon (after an act, "of" names its target: "the shelling of
    /// the town").</summary>
    private ActorMention? AgentAfterFromOrBy(List<ActorMention> agents, TokenRange trigger)
    {
        if (trigger.End >= _t.Count) return null;
        // ("repelled an attempt by Houthi fighters to infiltrate": the move's author, after the move's word.)
        var at = trigger.End + 2 < _t.Count && _t[trigger.End].Lower is "an" or "a" && _t[trigger.End + 1].Lower is "attempt" or "bid"
                 && _t[trigger.End + 2].Lower == "by" ? trigger.End + 2 : trigger.End;
        var link = _t[at].Lower;
        if (!(link is "from" or "by" || (link == "of" && kb.Cues.WeaponNouns.Contains(_t[at - 1])))) return null;
        foreach (var a in agents)
            if (a.Range.First >= at && a.Range.First <= at + 3 && a.Kind != ActorMentionKind.Country)
                return a;
        // ("an attack by al-Qaida militants": a name the catalogue lacks may stand before the force it names.)
        foreach (var a in agents)
            if (a.Range.First > at + 3 && a.Range.First <= at + 1 + NameWordsBeforeAnAgent && a.Kind != ActorMentionKind.Country && NameWords(at + 1, a.Range.First))
                return a;
        return null;
    }

    /// <summary>How many words of a name the catalogue lacks may stand between "by" and the force they name.</summary>
    private const int NameWordsBeforeAnAgent = 5;

    /// <summary>Whether the words from <paramref name="first"/> to <paramref name="end"/> are a name: capitalized words, or
    /// words joined to the next by a hyphen ("al-Qaida").</summary>
    private bool NameWords(int first, int end)
    {
        for (var k = first; k < end; k++)
            if (!_t[k].IsCapitalized && _t[k].Text != "-" && !(k + 1 < end && _t[k + 1].Text == "-" && _t[k + 1].Start == _t[k].End))
                return false;
        return true;
    }

    /// <summary>Failing all else, a mention inside the trigger's words that is no object ("clashed with").</summary>
    private ActorMention? SubjectInTrigger(List<ActorMention> agents, TokenRange trigger)
    {
        foreach (var a in agents)
            if (a.Range.Overlaps(trigger) && !IsObject(a)) return a;
        return null;
    }

    /// <summary>"..., which": the last mention ending within five words before a relative clause's break.</summary>
    private static ActorMention? LastEndingJustBefore(List<ActorMention> agents, int clauseStart)
    {
        ActorMention? last = null;
        foreach (var a in agents)
            if (a.Range.End <= clauseStart - 1 && a.Range.End >= clauseStart - 6) last = a;
        return last;
    }

    /// <summary>The sentence's first subject before the clause: no place ("in Gaza") and no possessed noun.</summary>
    private ActorMention? FirstSubjectBefore(List<ActorMention> agents, int clauseStart)
    {
        foreach (var a in agents)
            // ("A man argued with the protesters and opened fire on them": whom a verb's preposition governs is no subject.)
            // ("Groups of men armed with guns and knives stormed": the men a part noun counts are the subject.)
            // ("The governor said debris from downed drones and direct hits started fires": nor is who says it, nor whom a
            // passive told right after befell: "Police attacked, van set alight in riot".)
            if (a.Range.End <= clauseStart && (!Locative(a) || CountedByAPartNoun(a)) && !IsPossessed(a) && !OwnerOfAThing(a)
                && WordBefore(a) is not ("with" or "against" or "at" or "from") && !SayerOfIt(a, clauseStart + 1) && !SufferedThePassiveAfter(a))
                return a;
        return null;
    }

    /// <summary>On whom: the first other side named after the trigger in its clause; else an object inside the trigger's
    /// words ("rioters ... clashed with police"); else the owner of what was attacked, named before the trigger after the
    /// agent ("LNA forces targeted GNA positions with artillery fire").</summary>
    private ActorMention? Target(List<ActorMention> inSentence, TokenRange trigger, int clauseStart, int clauseEnd, ActorMention? agent,
        List<ActorMention> coordinated)
    {
        var agentKey = agent?.Actor?.Key;
        // "shelled towns in rebel-held Shan state, killing 11 civilians": who holds the place is the target only
        // when the sentence names no one else.
        ActorMention? holder = null;
        // ("stormed a studio before police arrived": a clause of time after the act has its own subject; "attacks by gunmen
        // and suicide bombers": who is named after "by" made the act.)
        var reach = clauseEnd < _t.Count && _t[clauseEnd].Lower is "before" or "after" or "when" or "until" or "while" ? clauseEnd : clauseEnd + 2;
        foreach (var a in inSentence)
            if (a.Range.First >= trigger.End && a.Range.First < reach && a != agent && !(a.Range.First >= clauseEnd && SubjectOfANewClause(a))
                && !coordinated.Contains(a) && !(a.Kind == ActorMentionKind.Country && (FollowsPlace(a) || BetweenAfterANoun(a.Range))) && !AgainstOfAnotherNoun(a, trigger)
                && a.Actor?.Key != agentKey && !AuthorOfTheAct(a))
            {
                if (!HoldsAPlace(a)) return a;
                holder ??= a;
            }
        if (holder is not null)
            return inSentence.FirstOrDefault(a => a.Range.First > holder.Range.End && a.Actor?.Kind == ActorKind.Civilians) ?? holder;
        foreach (var a in inSentence)
            if (a.Range.Overlaps(trigger) && IsObject(a) && a != agent && a.Actor?.Key != agentKey) return a;
        ActorMention? owner = null;
        foreach (var a in inSentence)
            if (a.Range.End <= trigger.First && a.Range.First >= clauseStart && a != agent && IsTargetOwner(a)
                && a.Actor?.Key != agentKey && agent is not null && agent.Range.End <= a.Range.First)
                owner = a;
        return owner;
    }

    /// <summary>"Two killed in knife attack, police treat it as terrorism": a mention past a clause's end that a plain word
    /// follows (no preposition, conjunction, participle or punctuation: "factions including the rebels", "forces backed by") is
    /// the subject of a clause of its own.</summary>
    private bool SubjectOfANewClause(ActorMention a)
    {
        if (a.Range.End >= _t.Count || _t[a.Range.End].Kind != TokenKind.Word || _t[a.Range.End].IsCapitalized) return false;
        var next = _t[a.Range.End].Lower;
        var participleBy = next.EndsWith("ed", StringComparison.Ordinal) && a.Range.End + 1 < _t.Count && _t[a.Range.End + 1].Lower == "by";
        return !kb.Cues.LocativeWords.Contains(_t[a.Range.End]) && !next.EndsWith("ing", StringComparison.Ordinal) && !participleBy
               && next is not ("of" or "and" or "or" or "who" or "which" or "that" or "to" or "for" or "with" or "from" or "by");
    }

    /// <summary>"attacks by gunmen and suicide bombers": a mention after "by" that follows no participle made the act (one
    /// after "a field hospital set up by", "a drone operated by" owns the thing struck).</summary>
    private bool AuthorOfTheAct(ActorMention a)
    {
        var by = a.Range.First - 1;
        if (by > 0 && _t[by].Lower is "the" or "a" or "an") by--;
        if (by < 1 || _t[by].Lower != "by") return false;
        var before = _t[by - 1];
        return before.Kind == TokenKind.Word && before.Lower is not ("up" or "out" or "off" or "down")
               && !kb.Lexicon.Inflector.IsPastForm(before.Lower) && !before.Lower.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>Whether the mention only says who holds a place: "rebel-held", "Houthi-controlled".</summary>
    private bool HoldsAPlace(ActorMention a) =>
        a.Range.End + 1 < _t.Count && _t[a.Range.End].Text == "-" && _t[a.Range.End + 1].Lower is "held" or "controlled" or "occupied" or "run";

    private readonly Dictionary<int, (List<ActorMention> All, List<ActorMention> NotSources, List<ActorMention> ViolentAgents)> _actorsBySentence = [];

    /// <summary>A sentence's actor mentions: all of them, those outside its "according to" phrases, and of those the ones
    /// that can author violence. Asked once per trigger; the document's annotations do not change meanwhile.</summary>
    private (List<ActorMention> All, List<ActorMention> NotSources, List<ActorMention> ViolentAgents) ActorsOf(Sentence s)
    {
        if (_actorsBySentence.TryGetValue(s.Index, out var known)) return known;
        return _actorsBySentence[s.Index] = SortActors(s);
    }

    private (List<ActorMention> All, List<ActorMention> NotSources, List<ActorMention> ViolentAgents) SortActors(Sentence s)
    {
        var all = new List<ActorMention>();
        var notSources = new List<ActorMention>();
        var violentAgents = new List<ActorMention>();
        foreach (var a in ann.Actors)
        {
            if (a.Range.First < s.FirstToken || a.Range.End > s.EndToken) continue;
            all.Add(a);
            // "near the border with Congo": a country a place is told by is no one who acts.
            // Nor is a country an act is likened to ("protests inspired by the uprisings in Tunisia and Egypt"), nor one
            // fire came from ("shells fired from the Democratic Republic of Congo").
            // Nor are the people a town is said to hold ("the city of about two million people").
            if (InSource(a) || a.Kind == ActorMentionKind.Country
                && (OwnsForeignPost(a.Range) || BorderedBy(a.Range) || kb.Cues.LikenedBefore(_t, a.Range.First) || FiredFrom(a.Range))
                || PopulationOfAPlace(a)) continue;
            notSources.Add(a);
            // The counted dead are victims, never the attackers: "At least 20 people were killed in the fighting".
            // One civilian named in the singular ("a man", "a woman") is a victim of violence, never its author.
            // "the monitors observed 20 explosions": who watched the violence did not make it.
            // (A crowd counted is a crowd: "hundreds of youths threw stones".)
            // (So is a band of armed men counted loosely: "Groups of men armed with guns stormed", "dozens of gunmen attacked".)
            // (And so are people counted loosely: "thousands of people stormed the government building".)
            // (And so are armed men counted who act on something: "Three gunmen stormed the concert hall".)
            if ((!IsCounted(a) || a.Actor?.Kind is ActorKind.Rioters or ActorKind.Protesters || LooselyCountedArmed(a) || LooselyCountedPeople(a)
                 || CountedArmedActing(a))
                && !IsSingleCivilian(a) && !IsObserver(a))
                violentAgents.Add(a);
        }
        return (all, notSources, violentAgents);
    }

    /// <summary>The named operation or command an actor is said to act under: "operating under OPS", "rebels under OPS", "as part of
    /// Operation Peace Spring", "operating within the Fath al-Mubin operations room".</summary>
    private ActorMention? OperationOf(ActorMention actor, List<ActorMention> mentions, Sentence s)
    {
        for (var k = actor.Range.End; k < Math.Min(s.EndToken - 1, actor.Range.End + 12); k++)
        {
            var after = _t[k].Lower is "under" or "within" && k > 0 && (_t[k - 1].Lower is "operating" or "fighting" || SubjectEndsAt(mentions, k)) ? k + 1
                : _t[k].Lower == "part" && k + 1 < s.EndToken && _t[k + 1].Lower == "of" && k > 0 && _t[k - 1].Lower == "as" ? k + 2
                : -1;
            if (after < 0) continue;
            if (after < s.EndToken && _t[after].Lower == "the") after++;
            foreach (var m in mentions)
                if (m.Range.First == after && m.Kind == ActorMentionKind.Named) return m;
            return null;
        }
        return null;
    }

    /// <summary>Whether a mention that is no object ends right before token <paramref name="k"/>: "rebels under OPS".</summary>
    private bool SubjectEndsAt(List<ActorMention> mentions, int k)
    {
        foreach (var m in mentions)
            if (m.Range.End == k && !IsObject(m)) return true;
        return false;
    }

    /// <summary>The side a place was taken from: the actor right after the first "from" past the trigger, or after "the
    /// withdrawal of" ("captured Hota following the withdrawal of the rebels").</summary>
    private ActorMention? LoserAfterFrom(List<ActorMention> inSentence, TokenRange trigger, Sentence s, ActorMention? agent)
    {
        for (var k = trigger.End; k < s.EndToken - 1; k++)
        {
            var after = _t[k].Lower == "from" ? k + 1
                : _t[k].Lower is "withdrawal" or "retreat" or "pullout" && _t[k + 1].Lower == "of" ? k + 2
                : -1;
            if (after < 0 || after >= s.EndToken) continue;
            var first = _t[after].Lower == "the" ? after + 1 : after;
            // ("from the paramilitary Rapid Support Forces": past a word that says what the named group is.)
            if (first + 1 < s.EndToken && _t[first] is { Kind: TokenKind.Word, IsCapitalized: false } && !inSentence.Exists(a => a.Range.First == first)) first++;
            return inSentence.FirstOrDefault(a => a.Range.First == first && a != agent && a.Kind != ActorMentionKind.Country && a.Actor?.Key != agent?.Actor?.Key);
        }
        return null;
    }

    /// <summary>"targeted GNA positions", "attacked an IS checkpoint": a group named for what it has that was attacked.</summary>
    private bool IsTargetOwner(ActorMention m) =>
        kb.Cues.Roles.TargetNouns.Contains(_t[m.Range.End - 1]) || (m.Range.End < _t.Count && kb.Cues.Roles.TargetNouns.Contains(_t[m.Range.End]));

    /// <summary>"the OSCE SMM observed", "residents also heard": the subject of a verb of seeing or recording.</summary>
    private bool IsObserver(ActorMention m)
    {
        var k = m.Range.End;
        while (k < _t.Count && _t[k].Lower is "also" or "have" or "has" or "had") k++;
        if (k < _t.Count && kb.Cues.Roles.ObserverVerbs.Contains(_t[k])) return true;
        // "Residents in Kayes, the regional capital, said they heard heavy gunfire": what they say they heard.
        for (k = m.Range.End; k + 2 < _t.Count && k < m.Range.End + 10 && _t[k].Text != "."; k++)
            if (SayingVerbs.Contains(_t[k]) && _t[k + 1].Lower is "they" or "he" or "she" or "we" && kb.Cues.Roles.ObserverVerbs.Contains(_t[k + 2]))
                return true;
        return false;
    }

    /// <summary>The word before a mention and its article: "by" in "by the governor".</summary>
    private string? WordBefore(ActorMention m) => doc.WordBefore(m.Range.First);

    /// <summary>"with Arab and Turkmen demonstrators": an object whose modifiers (and "and") stand after the preposition.</summary>
    private bool ObjectAfterModifiers(ActorMention m)
    {
        for (var k = m.Range.First - 1; k > 0 && k >= m.Range.First - 5; k--)
        {
            if (_t[k].Lower is "from" or "with" or "against" or "by") return true;
            if (!_t[k].IsCapitalized && _t[k].Lower != "and") return false;
        }
        return false;
    }

    /// <summary>"from opposition factions", "with the army": a mention governed by a preposition is no subject.</summary>
    /// <remarks>(Nor what was aimed at: "bottles were thrown at officers", "fired on protesters".)</remarks>
    private bool IsObject(ActorMention m) => m.Range.First > 0 && _t[m.Range.First - 1].Lower is "from" or "with" or "against" or "by" or "at" or "on";

    /// <summary>"shells fired by presumed LNA forces", "an attack carried out by suspected Taliban": the author after a
    /// participle and "by", hedged or not, within a few words of the same clause. In a passive the "by" may come later and
    /// name a part of a group ("burned to death inside his patrol car by a group of protesters").</summary>
    private ActorMention? AgentAfterBy(List<ActorMention> agents, TokenRange trigger, Sentence s, bool passive = false)
    {
        // ("the helicopter attack had been carried out by the Gulf Clan": the act's own passive verb may stand between.)
        // ("was shot and critically wounded at his home in Dili on Monday by rebel soldiers": a passive's agent may stand past
        // its place and day, though not past another verb's: "killed in an attack on a base used by U.S. forces".)
        var limit = trigger.End + (passive ? PassiveAgentReach : CarriedOutAfter(trigger.End) ? 6 : 4);
        // ("shot and critically wounded ... by": verbs joined to the act share its agent.)
        var joined = true;
        for (var k = trigger.End; k < Math.Min(s.EndToken, limit); k++)
        {
            if (_t[k].Text is "," or ";") return null;
            var pastForm = kb.Lexicon.Inflector.IsPastForm(_t[k].Lower);
            // ("attacked and her car was torched by locals": a passive joined to the act shares its agent too.)
            if (passive && pastForm && !joined && !Auxiliaries.IsPassive(_t[k - 1])) return null;
            joined &= pastForm || _t[k].Lower is "and" or "or" || _t[k].Lower.EndsWith("ly", StringComparison.Ordinal);
            // "attacked a base used by U.S. forces": "by" after the act's object names who uses the object.
            if (!passive && _t[k].Lower is "a" or "an" or "the" or "its" or "their") return null;
            if (_t[k].Lower != "by") continue;
            var first = k + 1;
            while (first < s.EndToken && (_t[first].Lower == "the" || (passive && _t[first].Lower is "a" or "an") || kb.Cues.Hedges.Contains(_t[first]))) first++;
            // "by a group of protesters", "by members of the militia": the whole is the agent.
            if (passive && first + 1 < s.EndToken && kb.Cues.PartNouns.Contains(_t[first]) && _t[first + 1].Lower == "of") first += 2;
            while (first < s.EndToken && (_t[first].Lower == "the" || kb.Cues.Hedges.Contains(_t[first]))) first++;
            if (AgentAt(agents, first) is { } named && !KeptBy(named)) return named;
            // "hit in the leg by an arrow fired by a protester": the means, then who used it.
            if (passive && first + 2 < s.EndToken && _t[first + 2].Lower == "by" && kb.Lexicon.Inflector.IsPastForm(_t[first + 1].Lower))
            {
                (k, limit) = (first + 1, first + 3);
                continue;
            }
            return null;
        }
        return null;
    }

    /// <summary>"A missile that killed two men in a village was probably fired by Ukraine's air defences": when the
    /// sentence's subject is a weapon (a word of remote violence opens it), who fired it, past the relative clause that
    /// tells what it did, did the act.</summary>
    private ActorMention? FiredBy(List<ActorMention> agents, TokenRange trigger, Sentence s)
    {
        var subject = doc.FirstTokenPastDateline(s);
        if (subject < s.EndToken && _t[subject].Lower is "a" or "an" or "the") subject++;
        if (subject > trigger.First || !WeaponAt(s, subject)) return null;
        for (var k = trigger.End; k + 2 < s.EndToken; k++)
        {
            if (!kb.Cues.FiringVerbs.Contains(_t[k]) || _t[k + 1].Lower != "by") continue;
            var auxiliary = k - 1;
            while (auxiliary > trigger.End && (kb.Cues.Hedges.Contains(_t[auxiliary]) || _t[auxiliary].Lower.EndsWith("ly", StringComparison.Ordinal))) auxiliary--;
            if (!Auxiliaries.IsPassive(_t[auxiliary])) return null;
            var first = k + 2;
            while (first < s.EndToken && (_t[first].Lower == "the" || kb.Cues.Hedges.Contains(_t[first]))) first++;
            return AgentAt(agents, first);
        }
        return null;
    }

    /// <summary>The agent whose mention starts at token <paramref name="k"/>, unless it is a country's name (a country named
    /// after "by" or "was" is seldom who acted: "shells fired by Russia" is told of its forces).</summary>
    private static ActorMention? AgentAt(List<ActorMention> agents, int k)
    {
        foreach (var a in agents)
            if (a.Range.First == k && a.Kind != ActorMentionKind.Country) return a;
        return null;
    }

    /// <summary>"Pavlo Kyrylenko, governor of the Donetsk region, said two rockets hit the station": a weapon told right
    /// after a verb of saying (past a count or an article), up to the trigger, is the subject of what was said, whose
    /// author the sayer is not.</summary>
    private bool WeaponSaidToStrike(Sentence s, TokenRange trigger)
    {
        for (var k = trigger.First; k > s.FirstToken && k >= trigger.First - WeaponSubjectWords; k--)
        {
            if (!WeaponAt(s, k)) continue;
            var before = k - 1;
            while (before > s.FirstToken && (kb.Cues.IsCount(_t[before]) || _t[before].Lower is "a" or "an" or "the" or "several")) before--;
            return SayingVerbs.Contains(_t[before]);
        }
        return false;
    }

    /// <summary>How far before a trigger the weapon that is its subject may stand ("two rockets hit").</summary>
    private const int WeaponSubjectWords = 3;

    /// <summary>Whether a word of remote violence (a weapon: "missile", "rocket") starts at token <paramref name="k"/>. A loop,
    /// not a lambda: this runs for every trigger that reaches it.</summary>
    private bool WeaponAt(Sentence s, int k)
    {
        foreach (var t in TriggersOf(s))
            if (t.Range.First == k) return t.Entry.Frame.Codes.AcledEventType == EventAssembler.RemoteViolence;
        return false;
    }

    /// <summary>"stray missile was probably Ukrainian air defence", "the rocket was from Hezbollah": a weapon said to be
    /// someone's was fired by them.</summary>
    private ActorMention? WeaponIdentifiedAs(List<ActorMention> agents, TokenRange trigger, TriggerEntry entry, Sentence s)
    {
        var k = trigger.End;
        if (entry.Frame.Codes.AcledEventType != EventAssembler.RemoteViolence || k >= s.EndToken || _t[k].Lower is not ("was" or "were" or "is" or "are"))
            return null;
        for (k++; k < s.EndToken && (kb.Cues.Hedges.Contains(_t[k]) || _t[k].Lower.EndsWith("ly", StringComparison.Ordinal) || _t[k].Lower is "a" or "an" or "the" or "from"); k++) { }
        return AgentAt(agents, k);
    }

    /// <summary>"a drone believed to belong to al-Qaida targeted a vehicle", "a drone operated by the army": whose a weapon
    /// is, told right after it, struck with it (data belonging_verbs, keeping_participles).</summary>
    private ActorMention? WeaponOwnedBy(List<ActorMention> agents, TokenRange trigger, TriggerEntry entry, Sentence s)
    {
        var k = trigger.End;
        if (entry.Frame.Codes.AcledEventType != EventAssembler.RemoteViolence || !kb.Cues.WeaponNouns.Contains(_t[k - 1])) return null;
        if (k < s.EndToken && _t[k].Lower is "was" or "were" or "is" or "are") k++;
        // ("believed to", "thought to", "said to": who believes it says nothing of the owner.)
        if (k + 1 < s.EndToken && _t[k].Lower.EndsWith("ed", StringComparison.Ordinal) && !kb.Cues.KeepingParticiples.Contains(_t[k]) && _t[k + 1].Lower == "to")
            k += 2;
        if (k + 1 >= s.EndToken) return null;
        var owns = (kb.Cues.BelongingVerbs.Contains(_t[k]) && _t[k + 1].Lower == "to") || (kb.Cues.KeepingParticiples.Contains(_t[k]) && _t[k + 1].Lower == "by");
        if (!owns) return null;
        for (k += 2; k < s.EndToken && _t[k].Lower is "a" or "an" or "the"; k++) { }
        return AgentAt(agents, k);
    }

    /// <summary>How many words after a passive act its "by" may stand.</summary>
    private const int PassiveAgentReach = 10;

    private bool CarriedOutAfter(int k)
    {
        while (k < _t.Count && (Auxiliaries.IsPassive(_t[k]) || _t[k].Lower is "had" or "has" or "have")) k++;
        return k + 1 < _t.Count && _t[k].Lower is "carried" or "conducted" or "committed" or "perpetrated" or "staged" or "launched" or "orchestrated";
    }

    /// <summary>"after stabbing attack": a word ending in "-ing" right before another event's word is that word's modifier,
    /// not a participle that shares the clause's subject ("after attacking the base").</summary>
    private bool CompoundEventNoun(Sentence s, int k) =>
        _t[k].Lower.EndsWith("ing", StringComparison.Ordinal) && TriggersOf(s).Any(t => t.Range.First == k + 1);

    /// <summary>"a base used by U.S. troops": the actor after "by" keeps or uses a thing named after the act.</summary>
    private bool KeptBy(ActorMention a)
    {
        var by = a.Range.First - 1;
        while (by > 0 && _t[by].Lower is "the" or "a" or "an") by--;
        return by > 0 && _t[by].Lower == "by" && kb.Cues.KeepingParticiples.Contains(_t[by - 1]);
    }

    /// <summary>"The Israeli military said its forces had hit ...", "the group said their fighters attacked": "its" or
    /// "their" before a word for armed men before the trigger is the armed side named first in the sentence.</summary>
    private ActorMention? OwnerOfItsForces(List<ActorMention> all, Sentence s, int trigger)
    {
        for (var k = s.FirstToken + 1; k + 1 < trigger; k++)
        {
            if (_t[k].Lower is not ("its" or "their") || !kb.Actors.ForceNounsByWord.TryGetValue(_t[k + 1].Lower, out var noun) || noun.Kind == "civilians")
                continue;
            foreach (var a in all)
                if (a.Range.End <= k && a.Actor is { } owner && (ActorKinds.IsArmed(owner.Kind) || owner.Kind == ActorKind.Government)) return a;
            return null;
        }
        return null;
    }

    /// <summary>"a car bomb exploded ..., in an attack claimed by the al Qaeda-linked al Shabaab group": who claimed the act
    /// did it (ACLED names the claimant as the actor). The first named group within six words after "claimed by".</summary>
    private ActorMention? ClaimantInSentence(List<ActorMention> agents, Sentence s)
    {
        for (var k = s.FirstToken; k + 1 < s.EndToken; k++)
        {
            if (!kb.Cues.ClaimCues.Contains(_t[k])) continue;
            if (_t[k + 1].Lower == "by")
                foreach (var a in agents)
                    if (a.Range.First > k + 1 && a.Range.First <= k + 8 && a.Kind == ActorMentionKind.Named) return a;
            // ("Islamic State later claimed the attacks": a named group right before the claim, past an adverb, of an act
            // told.)
            if (kb.Cues.Roles.AttackTold.LongestAt(_t, k + 1, s.EndToken).Length > 0 || TriggerAnnotator.IsResponsibility(_t, k + 1, s.EndToken))
                foreach (var a in agents)
                    if (a.Kind == ActorMentionKind.Named
                        && (a.Range.End == k || (a.Range.End == k - 1 && (_t[k - 1].Lower.EndsWith("ly", StringComparison.Ordinal) || _t[k - 1].Lower is "later" or "also"))))
                        return a;
        }
        return null;
    }

    /// <summary>"Petro blamed the Cali bombing on a faction of FARC dissidents", "attacks that police blamed on a group linked
    /// to Islamic State": the act blamed was done by the group it is blamed on, not by who blames.</summary>
    private ActorMention? BlamedOn(List<ActorMention> agents, TokenRange trigger, Sentence s)
    {
        // The "on" right after the act blamed, or after the verb of a relative clause that blames it.
        var on = -1;
        if (trigger.End < s.EndToken && _t[trigger.End].Lower == "on" && kb.Cues.BlameVerbs.AnyIn(_t, Math.Max(s.FirstToken, trigger.First - 4), trigger.First))
            on = trigger.End;
        else
            for (var k = trigger.End; k + 1 < s.EndToken && k <= trigger.End + 4; k++)
                if (kb.Cues.BlameVerbs.Contains(_t[k]) && _t[k + 1].Lower == "on" && _t[trigger.End].Lower is "that" or "which")
                {
                    on = k + 1;
                    break;
                }
        // "The attack is attributed to members of the CODECO armed group": the "to" after the act's passive of attributing.
        if (on < 0 && AttributedToAfter(trigger, s) is { } to) on = to;
        if (on < 0) return null;
        foreach (var a in agents)
            if (a.Range.First > on && a.Range.First <= on + 6 && a.Kind == ActorMentionKind.Named) return a;
        return null;
    }

    /// <summary>Where "to" stands in "is attributed to", "was ascribed to", "has been attributed to" right after the act.</summary>
    private int? AttributedToAfter(TokenRange trigger, Sentence s)
    {
        var k = trigger.End;
        while (k < s.EndToken && k < trigger.End + 3 && Auxiliaries.IsAuxiliary(_t[k])) k++;
        return k + 1 < s.EndToken && _t[k].Lower is "attributed" or "ascribed" && _t[k + 1].Lower == "to" ? k + 1 : null;
    }

    /// <summary>"blamed the ELN rebels on Friday for a car bomb": the group a verb of blame took before the "for" that opens
    /// the act's phrase.</summary>
    private ActorMention? BlamedFor(List<ActorMention> agents, TokenRange trigger, Sentence s)
    {
        var forAt = -1;
        for (var k = trigger.First - 1; k > s.FirstToken && k >= trigger.First - 4; k--)
            if (_t[k].Lower == "for")
            {
                forAt = k;
                break;
            }
        if (forAt < 0) return null;
        foreach (var a in agents)
            if (a.Range.End <= forAt && a.Range.End >= forAt - BlamedReach && a.Kind is ActorMentionKind.Named or ActorMentionKind.Generic
                && kb.Cues.BlameVerbs.AnyIn(_t, Math.Max(s.FirstToken, a.Range.First - BlamedReach), a.Range.First)) return a;
        return null;
    }

    /// <summary>How many words may stand between a verb of blame and the blamed, and between the blamed and "for" ("blamed
    /// the National Liberation Army (ELN) rebels on Friday for").</summary>
    private const int BlamedReach = 8;

    /// <summary>"..., police said, blaming al Shabaab militants": a named group right after a verb of blame.</summary>
    private ActorMention? BlamedInSentence(List<ActorMention> agents, Sentence s)
    {
        for (var k = s.FirstToken; k + 1 < s.EndToken; k++)
        {
            if (!kb.Cues.BlameVerbs.Contains(_t[k])) continue;
            // ("... in attacks that police blamed on a group linked to Islamic State": a few words on after "on".)
            var reach = k + 1 < s.EndToken && _t[k + 1].Lower == "on" ? 6 : 3;
            foreach (var a in agents)
                if (a.Range.First > k && a.Range.First <= k + reach && a.Kind == ActorMentionKind.Named) return a;
        }
        return null;
    }

    /// <summary>Prepositions whose object is no subject: "at police", "on residents", "with the protesters".</summary>
    private static readonly WordSet ObjectPrepositions = new(["at", "against", "on", "upon", "with"]);

    /// <summary>Other words after which a mention is no subject: a passive's agent ("by"), where it is ("in"), what a vehicle
    /// carries.</summary>
    private static readonly WordSet NoSubjectAfter = new(["by", "in", "carrying", "transporting", "ferrying"]);

    /// <summary>The acting side before the trigger: the last actor named in the clause, passing over those named as its
    /// helpers ("the Syrian army, supported by its loyal gunmen, clashed"; they join as associated actors) and names used
    /// as a modifier ("LNA forces destroyed a GNA depot").</summary>
    private ActorMention? LastSubject(List<ActorMention> agents, int clauseStart, int trigger, int sentenceStart)
    {
        // A mention that runs across the clause's start ("pro-Hadi and affiliated forces") is this clause's subject too.
        // "LNA forces targeted GNA positions with artillery fire": after a subject, a group named for its positions is the
        // target ("Turkish military convoys entered Idleb": first in the clause, the convoys act); whoever owns a thing is
        // none ("checked the identity cards of passengers and shot dead 23 people").
        var before = new List<ActorMention>();
        ActorMention? described = null;
        foreach (var a in agents)
            // ("a mission against "terrorists" and had hit the residents": whom something is against is no subject.)
            if (a.Range.End <= trigger && a.Range.End > clauseStart && !IsPossessed(a) && !AgentInRelativeClause(a, clauseStart)
                && (before.Count == 0 || !IsTargetOwner(a)) && !OwnerOfAThing(a) && !SayerOfIt(a, trigger)
                && WordBefore(a) != "against" && !ObjectOfAVerbBefore(a, trigger))
            {
                if (HeadOfRelativeClause(agents, a, clauseStart) is { } head) described ??= head;
                else before.Add(a);
            }
        // "A Saudi-led coalition that backs the government launched air strikes": when the clause holds only the relative
        // clause's words, the subject it describes, named just before it, acts.
        if (before.Count == 0 && described is not null && described.Range.End <= clauseStart && described.Range.First >= sentenceStart) return described;
        // "rejected the proposal by the governor demanding": a noun's agent after "by" is not the clause's subject.
        var allHelpers = true;
        var objectsOnly = true;
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var a = before[k];
            if (!IsHelper(a))
            {
                allHelpers = false;
                // "Protesters threw fireworks at police and set fire to barricades": the object of "at", "against", "on" or "with"
                // is no subject ("argued with the protesters and opened fire on them", "opened fire on residents and set fire to
                // several houses"); nor are the passengers of "a vehicle carrying security personnel", nor what men are "dressed
                // in" ("Gunmen dressed in military uniforms killed").
                var governing = WordBefore(a);
                if (!IsModifier(a) && !(governing is not null && (ObjectPrepositions.Contains(governing) || NoSubjectAfter.Contains(governing))))
                    return a;
                objectsOnly = objectsOnly && !IsModifier(a) && governing is not null && ObjectPrepositions.Contains(governing);
            }
        }
        if (before.Count == 0) return null;
        // (", opened fire on residents and set fire to several houses": a clause after a comma whose only names are objects
        // has its subject before it.)
        if (objectsOnly && !allHelpers && clauseStart > sentenceStart && _t[clauseStart - 1].Text == ",") return null;
        // "regime forces, accompanied by Russian forces, arrested": the helper's commas cut the subject off the clause.
        if (allHelpers)
            for (var k = agents.Count - 1; k >= 0; k--)
            {
                var head = agents[k];
                if (head.Range.End < before[0].Range.First && head.Range.First >= sentenceStart && !IsHelper(head) && !Locative(head))
                {
                    if (_t[head.Range.End].Text == ",") return head;
                    break;
                }
            }
        return before[^1];
    }

    /// <summary>"A gunman who had tried to join Islamic State in Syria killed four people": a name inside a relative clause
    /// that describes the subject before it is not the subject.</summary>
    private bool InRelativeClauseOf(List<ActorMention> agents, ActorMention a, int clauseStart) => HeadOfRelativeClause(agents, a, clauseStart) is not null;

    /// <summary>The subject a relative clause holding <paramref name="a"/> describes, if any.</summary>
    private ActorMention? HeadOfRelativeClause(List<ActorMention> agents, ActorMention a, int clauseStart)
    {
        // (The relative pronoun may stand right before the clause the trigger's is found to open.)
        for (var k = a.Range.First - 1; k > 0 && k >= clauseStart - 1; k--)
        {
            // ("Residents who fled to Dikwa said the militants had burned houses": what the clause's people said is told
            // past it.)
            if (SayingVerbs.Contains(_t[k])) return null;
            if (_t[k].Lower is not ("who" or "whom" or "whose" or "which") && !RelativeThat(agents, k)) continue;
            var before = _t[k - 1].Text == "," ? k - 1 : k;
            return agents.Find(other => other != a && other.Range.End == before);
        }
        return null;
    }

    /// <summary>"a coalition that backs the government launched": "that" opening a clause whose verb follows it at once,
    /// with no subject of its own (not "warned Russia that the army ...").</summary>
    private bool RelativeThat(List<ActorMention> agents, int k)
    {
        if (_t[k].Lower != "that" || k + 1 >= _t.Count || agents.Exists(a => a.Range.Contains(k + 1))) return false;
        var verb = _t[k + 1];
        return verb.Kind == TokenKind.Word && !verb.IsCapitalized && verb.Lower is not ("his" or "this" or "its" or "us" or "thus")
               && (Auxiliaries.IsAuxiliary(verb) || verb.Lower.EndsWith("ed", StringComparison.Ordinal)
                   || (verb.Lower.EndsWith('s') && !verb.Lower.EndsWith("ss", StringComparison.Ordinal)));
    }

    /// <summary>"says it shot down", "said its forces", "said that they": what a teller tells of itself, opening at token
    /// <paramref name="k"/>.</summary>
    internal static bool TellsOfItself(IReadOnlyList<Token> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].Lower == "that") k++;
        return k < tokens.Count && tokens[k].Lower is "it" or "its" or "they" or "their" or "we" or "our";
    }

    /// <summary>Whether a violent act told in the passive follows the mention at once ("Police attacked, ...").</summary>
    private bool SufferedThePassiveAfter(ActorMention a)
    {
        var s = doc.SentenceOf(a.Range.First);
        foreach (var t in TriggersOf(s))
            if (t.Range.First == a.Range.End && t.Entry.Frame.Violent && IsPassive(t.Range.First, s)) return true;
        return false;
    }

    /// <summary>"A crowd attacked police officers and set a police van on fire": the object of an act's verb told before the
    /// trigger, in its clause, is not the subject of the verb joined to it.</summary>
    private bool ObjectOfAVerbBefore(ActorMention a, int trigger)
    {
        var k = a.Range.First;
        if (k > 0 && _t[k - 1].Lower is "the" or "a" or "an" or "two" or "three" or "several") k--;
        foreach (var t in TriggersOf(doc.SentenceOf(a.Range.First)))
            if (t.Range.End == k && t.Range.First < trigger && t.Entry.Form.EndsWith("/V", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"Poland says stray missile was Ukrainian air defence": who says what the trigger tells, right before the
    /// verb of saying, tells it and did not do it.</summary>
    /// <remarks>(So does one whose title or name stands between: "Oleh Kiper, the governor of the Odesa region, said".)</remarks>
    private bool SayerOfIt(ActorMention a, int trigger)
    {
        var k = a.Range.End;
        if (k < trigger && (_t[k].Text == "," || _t[k].Lower is "of" or "in" or "for"))
        {
            var stop = Math.Min(trigger, k + AppositionWords);
            for (k++; k < stop && _t[k].Text != ","; k++)
                if (_t[k].Kind != TokenKind.Word) return false;
            k++;
        }
        return k < trigger - 1 && SayingVerbs.Contains(_t[k]) && _t[k + 1].Kind == TokenKind.Word;
    }

    /// <summary>How many words a sayer's title or name may run before the comma that closes it.</summary>
    private const int AppositionWords = 8;

    /// <summary>"the identity cards of passengers", "the homes of residents": a mention after "of" and a plain noun that names
    /// no person ("members of the militia", "hundreds of protesters": cue part_nouns, name the people themselves).</summary>
    private bool OwnerOfAThing(ActorMention a)
    {
        // "blew up near an air force base, killing six civilians": a force naming a site ("an army base", "a police
        // station") owns the place the act was near; it did not act.
        // ("attacked police stations": so do sites named in the plural, with no article.)
        if (a.Range.End < _t.Count && kb.Cues.ForceSites.Contains(_t[a.Range.End]) && a.Kind == ActorMentionKind.Generic
            && a.Range.First > 1 && (_t[a.Range.First - 1].Lower is "a" or "an" or "the"
                                     || (_t[a.Range.First - 2].Lower is "a" or "an" or "the" && !_t[a.Range.First - 1].IsCapitalized)
                                     || (_t[a.Range.End].Lower.EndsWith('s') && !_t[a.Range.First - 1].IsCapitalized && _t[a.Range.First - 1].Kind == TokenKind.Word)
                                     // ("Car bomb at Bogota police academy": after the town it stands in.)
                                     || ann.Places.Any(p => p.Range.End == a.Range.First)))
            return true;
        var k = a.Range.First - 1;
        if (k > 0 && _t[k].Lower is "the" or "a") k--;
        if (k < 1 || _t[k].Lower != "of") return false;
        var noun = _t[k - 1];
        return noun.Kind == TokenKind.Word && !noun.IsCapitalized && noun.Lower.Length > 2 && !kb.Cues.PersonNouns.Contains(noun)
               && !kb.Actors.ForceNounsByWord.ContainsKey(noun.Lower) && !kb.Cues.PartNouns.Contains(noun);
    }

    /// <summary>"Rwandan troops, deployed in Cabo Delgado to help Mozambique's army, said they had killed": a mention inside an
    /// aside set off by commas after the subject is not who "they" are; the subject before the aside is.</summary>
    private ActorMention? SubjectBeforeAside(List<ActorMention> all, int j, Sentence s)
    {
        var closing = all[j].Range.End;
        while (closing < s.EndToken && _t[closing].Text != ",") closing++;
        var opening = all[j].Range.First - 1;
        while (opening > s.FirstToken && _t[opening].Text != ",") opening--;
        if (closing >= s.EndToken || opening <= s.FirstToken) return null;
        for (var i = j - 1; i >= 0; i--)
            if (all[i].Range.End == opening && all[i].Range.First >= s.FirstToken && all[i].Actor?.Kind is not ActorKind.Civilians) return all[i];
        return null;
    }

    /// <summary>"workers who were dismissed by a government decree organized a protest": the agent of a passive inside a
    /// relative clause acts in that clause, not in the main one that the trigger ends.</summary>
    private bool AgentInRelativeClause(ActorMention a, int clauseStart)
    {
        if (clauseStart == 0 || !RelativeBreaks.Contains(_t[clauseStart - 1])) return false;
        var by = a.Range.First - 1;
        while (by > clauseStart && _t[by].Lower is "the" or "a" or "an") by--;
        return by > clauseStart && _t[by].Lower == "by";
    }

    /// <summary>"supported by X", "backed by X", "accompanied by X": X helps whoever was named before.</summary>
    private bool IsHelper(ActorMention a)
    {
        // ("troops backed by local militia fighters": the words of the helpers' phrase before it, up to "by".)
        var by = a.Range.First - 1;
        for (var words = 0; by > 0 && words < HelperPhraseWords && _t[by].Kind == TokenKind.Word && !_t[by].IsCapitalized && _t[by].Lower != "by"; words++) by--;
        return HelperByAt(by);
    }

    /// <summary>How many words may stand between "by" and a helper it names ("backed by local militia fighters").</summary>
    private const int HelperPhraseWords = 3;

    /// <summary>Whether "by" at <paramref name="k"/> follows a helper verb: "supported by", "accompanied by".</summary>
    private bool HelperByAt(int k) => k > 0 && _t[k].Lower == "by" && kb.Cues.HelperVerbs.Contains(_t[k - 1]);

    /// <summary>"a GNA ammunition depot", "an IS hideout": a named group after "a"/"an" describes a thing, not who acted.</summary>
    private bool IsModifier(ActorMention a)
    {
        if (a.Kind != ActorMentionKind.Named || a.Range.First == 0 || _t[a.Range.First - 1].Lower is not ("a" or "an" or "the")) return false;
        // "a STC-organized demonstration": the group organised it; who demonstrated is named elsewhere.
        var next = a.Range.End < _t.Count && _t[a.Range.End].Text == "-" ? a.Range.End + 1 : a.Range.End;
        if (next > a.Range.End) return next < _t.Count && _t[next].Lower.EndsWith("ed", StringComparison.Ordinal);
        return _t[a.Range.First - 1].Lower != "the" && next < _t.Count && _t[next].Kind == TokenKind.Word && !_t[next].IsCapitalized;
    }

    /// <summary>"clashes between the Syrian army and the Islamic State", "fighting erupted between X and Y", "clashes took
    /// place between X, supported by Z, and Y": the first side named is actor 1, the other side after "and"/"against" actor 2.</summary>
    private (ActorMention?, ActorMention?, IReadOnlyList<ActorMention>)? Between(List<ActorMention> agents, int between, Sentence s)
    {
        var first = agents.FirstOrDefault(a => a.Range.First > between && a.Range.First - PatronWords(between + 1, a.Range.First) <= between + 4);
        if (first is null) return null;
        ActorMention? second = null;
        // "between X, supported by Y and Z, and W": inside the helpers' commas, their own "and" does not open the other side.
        var amongHelpers = false;
        for (var k = first.Range.End; k < s.EndToken && second is null; k++)
        {
            if (_t[k].Text == ",") amongHelpers = false;
            if (k > 1 && HelperByAt(k) && _t[k - 2].Text == ",") amongHelpers = true;
            if (amongHelpers || _t[k].Lower is not ("and" or "against" or "with")) continue;
            // "X, supported by Z, and Y": a backer named in between is neither side.
            second = agents.FirstOrDefault(a => a.Range.First > k && a.Range.First - PatronWords(k + 1, a.Range.First) <= k + 4 && a.Actor?.Key != first.Actor?.Key
                                                && !(a.Range.First > 0 && _t[a.Range.First - 1].Lower == "by"));
        }
        // "clashes between two families", "between rival clans": one kind of group on both sides.
        if (second is null && first.Community is not null) second = first;
        return (first, second, []);
    }

    /// <summary>How many of the words from <paramref name="from"/> to <paramref name="to"/> name a side's patron ("the
    /// U.S.-backed Syrian Democratic Forces"): they do not count against how near the side stands.</summary>
    private int PatronWords(int from, int to)
    {
        var count = 0;
        for (var k = from; k + 1 < to; k++)
            if (_t[k].Text == "-" && (kb.Cues.BackedSuffixes.Contains(_t[k + 1]) || _t[k + 1].Lower == "led"))
            {
                var j = k - 1;
                while (j >= from && _t[j].IsCapitalized) j--;
                count += k + 2 - (j + 1);
                k++;
            }
        return count;
    }

    /// <summary>Where "between" follows the trigger closely enough to name its sides, or -1.</summary>
    private int BetweenAfter(TokenRange trigger, Sentence s)
    {
        // ("Heavy fighting broke out in Sudan's capital on Saturday between the army and ...": past where and when, within
        // the clause; not "seized control of the last border point between Syria and Iraq", which names what lies between.)
        for (var k = trigger.End; k < Math.Min(s.EndToken, trigger.End + 10); k++)
        {
            if (_t[k].Lower == "between" && (k < trigger.End + 4 || _t[k - 1].IsCapitalized || _t[k - 1].Kind == TokenKind.Number
                                              || ann.Places.Any(p => p.Range.End == k))) return k;
            if (k >= trigger.End + 3 && (_t[k].Text is "," or ";" or "(" || TriggersOf(s).Any(t => t.Range.First == k + 1))) break;
        }
        // "Fighting along the disputed border between Kyrgyzstan and Tajikistan": the two sides of a border fought over.
        for (var k = trigger.End; k + 1 < s.EndToken && k < trigger.End + 5; k++)
            if (kb.Cues.BorderNouns.Contains(_t[k]) && _t[k + 1].Lower == "between") return k + 1;
        return -1;
    }

    /// <summary>"X and Y attacked": the subjects joined by "and" or commas, first one first.</summary>
    private List<ActorMention> Coordinated(ActorMention last, List<ActorMention> mentions, bool opensClause)
    {
        var chain = new List<ActorMention> { last };
        var current = last;
        while (current.Range.First >= 2)
        {
            // "regime forces and loyalist militias": a modifier or two may stand between "and" and the noun.
            // "regime forces and pro-regime militias": so may a hyphenated one.
            var joinAt = current.Range.First - 1;
            // (Not past a verb or a subordinator: "150 people, most of them police officers, were injured as rioters threw";
            // "killing 16 people, before security forces killed".)
            while (joinAt > current.Range.First - 5 && joinAt > 0
                   && ((_t[joinAt].Kind == TokenKind.Word && !_t[joinAt].IsCapitalized) || _t[joinAt].Text == "-")
                   && _t[joinAt].Lower is not ("and" or "with" or "against" or "by" or "from" or "of" or "before" or "after" or "while" or "as" or "since" or "because")
                   && !Auxiliaries.IsAuxiliary(_t[joinAt]) && !Subordinators.Contains(_t[joinAt]))
                joinAt--;
            if (_t[joinAt].Lower is not ("and" or ",")) break;
            // ("The Kachin Independence Army (KIA) and allied resistance forces": the name before its bracketed acronym.)
            var endsAt = OpeningOfABracketBefore(joinAt) ?? joinAt;
            ActorMention? previous = null;
            for (var k = mentions.Count - 1; k >= 0 && previous is null; k--)
                if (mentions[k].Range.End == endsAt) previous = mentions[k];
            if (previous is null) break;
            // "Following clashes with rebels, Islamic State fighters took ...": a comma after another phrase's object joins nothing.
            if (_t[joinAt].Text == "," && IsObject(previous)) break;
            // "Kurdish protesters clashed with Arab and Turkmen demonstrators and security forces opened fire": the subject
            // right before a new verb, after "and", is not one more object of the verb before.
            if (opensClause && _t[joinAt].Lower == "and" && ObjectAfterModifiers(previous)) break;
            chain.Insert(0, previous);
            current = previous;
        }
        return chain.Count > 1 ? chain : [];
    }

    /// <summary>The token of the "(" that opens a short bracket closing right before <paramref name="k"/> ("... Army (KIA) and"),
    /// if any.</summary>
    private int? OpeningOfABracketBefore(int k)
    {
        if (k < 1 || _t[k - 1].Text != ")") return null;
        for (var j = k - 2; j >= 0 && j >= k - 6; j--)
            if (_t[j].Text == "(") return j;
        return null;
    }

    /// <summary>"The Arakan Army said it had seized ...": "it" is the last actor named before it, even as a source; so is
    /// the owner of the weapon that opens the trigger ("The Nigerian Air Force said its jets struck").</summary>
    private ActorMention? PronounAntecedent(List<ActorMention> all, Sentence s, int clauseStart, int trigger)
    {
        for (var k = trigger - 1; k >= clauseStart && k >= s.FirstToken; k--)
        {
            if (_t[k].Lower is not ("it" or "they" or "he" or "she") && !(k == trigger - 1 && _t[k].Lower is "its" or "their")) continue;
            // "walking around the bus for an hour before it exploded": what goes off is the device, no actor.
            if (k == trigger - 1 && _t[k].Lower == "it" && _t[trigger].Lower is "exploded" or "went" or "blew") return null;
            // "M23 rebels backed by Rwanda said they had captured": not the patron after "by".
            // ("Police said he had killed his father": "he" or "she" is one person, no force, country or plural.)
            var onePerson = _t[k].Lower is "he" or "she";
            for (var j = all.Count - 1; j >= 0; j--)
                if (all[j].Range.End <= k && all[j].Actor?.Kind is not ActorKind.Civilians
                    && !(all[j].Range.First > 0 && _t[all[j].Range.First - 1].Lower == "by") && (!onePerson || OnePerson(all[j])))
                    return SubjectBeforeAside(all, j, s) ?? all[j];
            return null;
        }
        return null;
    }

    /// <summary>Whether a mention may be what "he" or "she" points back to: a person, not a country, a force named by a
    /// collective ("police") or a plural.</summary>
    private bool OnePerson(ActorMention m)
    {
        var head = _t[m.Range.End - 1].Lower;
        return m.Kind is not ActorMentionKind.Country && !head.EndsWith('s') && head is not ("police" or "military" or "army" or "government" or "group");
    }

    /// <summary>The dead or wounded are fighters ("killed a soldier", "left 3 IS militants dead", "2 opposition
    /// fighters were found dead"): the killing is part of a fight, not violence against civilians.</summary>
    public bool VictimsAreArmed(Sentence s, TokenRange trigger)
    {
        var clauseStart = _clauses.Start(_t, s, trigger.First);
        var clauseEnd = _clauses.End(_t, s, trigger.End - 1);
        for (var k = clauseStart; k < clauseEnd; k++)
        {
            // "attacked a checkpoint": what was attacked is held by armed men.
            if (k >= trigger.End && kb.Cues.ArmedTargets.Contains(_t[k])) return true;
            var (len, nouns) = kb.Actors.ForceNouns.LongestAt(_t, k, clauseEnd);
            // ("had been beaten by police": the force after "by" did it.)
            // ("killed civilians they accused of collaborating with the army": nor a force the victims are only tied to.)
            if (len > 0 && nouns[0].Kind is "military" or "militia" or "rebel" or "armed" or "police" && nouns[0].WeaponFrame is null
                && !NamesAgentBefore(k, trigger) && !(k >= trigger.End && AfterBy(k))
                && !(k >= trigger.End && kb.Cues.AffiliationWords.AnyIn(_t, trigger.End, k)))
                return true;
            if (len > 0) k += len - 1;
        }
        return false;
    }

    /// <summary>Whether "by" stands before token <paramref name="k"/>, past a hedge and the words that tell whose the force is:
    /// "shot dead by suspected police elements", "abducted by Islamic State-linked rebels".</summary>
    private bool AfterBy(int k)
    {
        for (var steps = 0; k > 0 && steps < AgentModifierReach
                            && (_t[k - 1].Lower is "suspected" or "alleged" or "presumed" or "-" || _t[k - 1].IsCapitalized
                                || (k >= 2 && _t[k - 2].Text == "-" && (kb.Cues.AffiliationSuffixes.Contains(_t[k - 1]) || kb.Cues.BackedSuffixes.Contains(_t[k - 1])))); steps++)
            k--;
        return doc.WordBefore(k) == "by";
    }

    /// <summary>How many words may tell whose a force is between "by" and its noun ("Islamic State - linked").</summary>
    private const int AgentModifierReach = 5;

    /// <summary>Whether token k lies in an uncounted actor named before the trigger: "soldiers" there acted, they did not die;
    /// or is the kind's word before its name ("the militant group Hamas attacked").</summary>
    private bool NamesAgentBefore(int k, TokenRange trigger)
    {
        foreach (var a in ann.Actors)
            if ((a.Range.Contains(k) || (a.Range.First > k && a.Range.First <= k + 2)) && a.Range.First < trigger.First && a.Range.End <= trigger.First
                && !IsCounted(a)) return true;
        return false;
    }

    /// <summary>The fighters the sentence counts among the dead or wounded ("2 Turkish Army soldiers were killed"), if any.</summary>
    public ActorMention? CountedFighters(Sentence s) =>
        ActorsOf(s).NotSources.FirstOrDefault(a => IsCounted(a) && a.Actor is { } actor && ActorKinds.IsArmed(actor.Kind) && actor.Kind != ActorKind.Rioters);

    private bool IsSingleCivilian(ActorMention a) =>
        a.Actor?.Kind == ActorKind.Civilians && a.Range.End - a.Range.First == 1
        && !_t[a.Range.First].Lower.EndsWith('s') && _t[a.Range.First].Lower is not ("men" or "women" or "people" or "children");

    private bool CountedByAPartNoun(ActorMention a) =>
        a.Range.First >= 2 && _t[a.Range.First - 1].Lower == "of" && kb.Cues.PartNouns.Contains(_t[a.Range.First - 2]);

    private bool LooselyCountedArmed(ActorMention a) =>
        a.Actor is { } actor && ActorKinds.IsArmed(actor.Kind) && !ActorKinds.IsState(actor.Kind) && CountOf(a) is { IsVague: true };

    /// <summary>"thousands of people stormed": people counted loosely, right before a verb that is no auxiliary (not "thousands
    /// of people have been detained").</summary>
    private bool LooselyCountedPeople(ActorMention a) =>
        a.Actor is { Kind: ActorKind.Civilians } && CountOf(a) is { IsVague: true } && a.Range.End < _t.Count
        && _t[a.Range.End].Kind == TokenKind.Word && !Auxiliaries.IsAuxiliary(_t[a.Range.End]) && _t[a.Range.End].Lower.EndsWith("ed", StringComparison.Ordinal);

    private bool IsCounted(ActorMention a) => CountOf(a) is not null;

    /// <summary>"Three gunmen stormed the hall", "two soldiers then opened fire": armed men counted right before a verb in the
    /// past that takes an object at once (not "three gunmen killed in a shootout", a headline's passive).</summary>
    private bool CountedArmedActing(ActorMention a)
    {
        if (a.Actor is not { } actor || !ActorKinds.IsArmed(actor.Kind) || actor.Kind == ActorKind.Rioters) return false;
        var verb = a.Range.End;
        if (verb < _t.Count && _t[verb].Lower == "then") verb++;
        if (verb + 1 >= _t.Count || _t[verb].Kind != TokenKind.Word || _t[verb].IsCapitalized || Auxiliaries.IsAuxiliary(_t[verb])
            || !kb.Lexicon.Inflector.IsPastForm(_t[verb].Lower)) return false;
        var next = _t[verb + 1];
        return next.Kind != TokenKind.Punctuation && next.Lower is not ("in" or "by" or "at" or "on" or "during" or "when" or "after" or "as" or "while" or "near");
    }

    /// <summary>The count that holds the whole mention ("12 soldiers", "dozens of gunmen"), if any.</summary>
    private NumberMention? CountOf(ActorMention a)
    {
        foreach (var n in ann.Numbers)
            if (n.Range.Contains(a.Range.First) && n.Range.Contains(a.Range.End - 1)) return n;
        return null;
    }

    public (Place? Place, bool Explicit) Location(Sentence s, TokenRange trigger, bool statement = false)
    {
        var clauseStart = _clauses.Start(_t, s, trigger.First);
        var clauseEnd = _clauses.End(_t, s, trigger.End - 1);
        var inSentence = PlacesOf(s, statement);
        // "Police arrested the driver, a doctor who had lived in Germany since 2006": a place of what came before, told in
        // a relative clause of someone the sentence names, is not where the act happened.
        if (inSentence.Exists(p => (p.Range.First < clauseStart || p.Range.First >= clauseEnd) && _clauses.InEarlierRelativeClause(_t, s, p.Range.First)))
            inSentence = inSentence.FindAll(p => (p.Range.First >= clauseStart && p.Range.First < clauseEnd) || !_clauses.InEarlierRelativeClause(_t, s, p.Range.First));
        // "President Rodrigo Duterte, who cut short a visit to Russia, declared martial law": nor is a place of an aside about
        // someone, closed before the act.
        if (inSentence.Exists(p => InAsideBefore(p, trigger, s))) inSentence = inSentence.FindAll(p => !InAsideBefore(p, trigger, s));
        // "fired ballistic missiles at the airport from areas it holds in Taiz": where fire aimed at a target came from is
        // not where it struck.
        if (inSentence.Exists(p => LaunchSite(p, trigger))) inSentence = inSentence.FindAll(p => !LaunchSite(p, trigger));
        if (inSentence.Exists(HomeOfAPerson)) inSentence = inSentence.FindAll(p => !HomeOfAPerson(p));
        if (inSentence.Exists(RefugeOfTheFled)) inSentence = inSentence.FindAll(p => !RefugeOfTheFled(p));
        // The most precise place of the clause: "entered Lebanon via the Masnaa crossing" happened at Masnaa.
        // ("blocked the main highway to Karachi at Mastung": not where the road leads, when the clause names another place.)
        // (Nor a country a line leads to: "explosion on railway line to Ukraine".)
        var routeEndsOnly = !inSentence.Exists(p => p.Range.First >= trigger.End && p.Range.First < clauseEnd && !RouteEnd(p));
        PlaceMention? after = null;
        foreach (var p in inSentence)
            if (p.Range.First >= trigger.End && p.Range.First < clauseEnd && !SceneOfALaterCause(p, trigger) && !BearingFromAnother(p, inSentence)
                && (!RouteEnd(p) || (routeEndsOnly && p.Place.Precision != PlacePrecision.Country))
                && (after is null || p.Place.Precision < after.Place.Precision || (p.Place.Precision == after.Place.Precision && !IsOrigin(p) && IsOrigin(after))
                    || (p.Place.Precision == after.Place.Precision && PartOfTheOneBefore(after, p))))
                after = p;
        // Before the trigger, the most precise of the places named ("in Londrina, Parana, a man was shot").
        PlaceMention? before = null;
        foreach (var p in inSentence)
            if (p.Range.End <= trigger.First && p.Range.First >= clauseStart
                && (before is null || p.Place.Precision < before.Place.Precision || (p.Place.Precision == before.Place.Precision && p.Range.First > before.Range.First)))
                before = p;
        // "people in Mudiyah (Mudiyah, Abyan) joined a demonstration for self-rule in South Yemen": a country after the
        // trigger is what the act is about; the town before it is where it happened.
        var inClause = after is { Place.Precision: PlacePrecision.Country } && before is not null && before.Place.Precision < PlacePrecision.Country
                       && before.Place.CountryIso2 == after.Place.CountryIso2
            ? before
            : after ?? before;
        // "in Barquisimeto, 90 migrants returned from Ecuador", "youths clashed with residents originating from the northern
        // regions of Cameroon, in a neighbourhood of Douala": the country people came from is not where it happened, when
        // the sentence names a town or province where it did.
        if (inClause is { Place.Precision: PlacePrecision.Country } && ComesFrom(inClause)
            && ((before is { Place.Precision: < PlacePrecision.Country } ? before : null) ?? LocatedElsewhere(inSentence, inClause)) is { } there)
            inClause = there;
        if (inClause is not null) return (MostPreciseOfChain(TownOf(inSentence, TheTownItLiesBy(inSentence, inClause))).Place, true);
        // "withdrawn from the area": the last place the paragraph named.
        // (From the trigger's own words: "shelled the" ends in the article of "the town".)
        if (AnaphoricPlace(s, trigger.End - 1, clauseEnd, pointsAlone: true) is { } earlier) return (earlier, true);
        // The nearest place of another clause, unless it names an agent ("the deal brokered by the United States"), or the
        // office of someone a peaceful act is about ("marched to protest against the killing of Carlos Manzo, the mayor of
        // Uruapan": not where they marched).
        PlaceMention? nearest = null;
        var nearestDistance = int.MaxValue;
        var peaceful = FrameOf(s, trigger)?.Violent != true;
        foreach (var p in inSentence)
        {
            var distance = Math.Min(Math.Abs(p.Range.First - trigger.End), Math.Abs(trigger.First - p.Range.End));
            if (distance < nearestDistance && !IsAgentPlace(p) && !SceneOfALaterCause(p, trigger) && !(peaceful && p.Range.First > trigger.End && OfficeOfSomeone(p))
                && !(RouteEnd(p) && p.Place.Precision == PlacePrecision.Country))
                (nearest, nearestDistance) = (p, distance);
        }
        // "The Sudan Doctors Network said RSF fighters had killed 47 civilians, including women and children, in raids after
        // entering the town": a town pointed back at later in the sentence, by the word the report named it with ("the town
        // of Bara"), is more precise than a country of another clause.
        if (nearest is null or { Place.Precision: PlacePrecision.Country } && !statement && TownNamedSoLater(s, clauseEnd) is { } later)
            return (later.Place, true);
        if (nearest is not null) return (MostPreciseOfChain(TownOf(inSentence, TheTownItLiesBy(inSentence, nearest))).Place, true);
        if (statement) return (null, false);
        // "had pushed the gangs back from the centre of the commune on Sunday, killing several gang members": a place pointed
        // back at in the clause an act's participle follows (not "there", which may open a clause: "there were no victims").
        if (ParticipleAfterABreak(clauseStart, trigger.First) && AnaphoricPlace(s, s.FirstToken, clauseStart, pointsAlone: false) is { } ofTheMainClause)
            return (ofTheMainClause, true);
        // "seized the pilot after he landed at an airstrip in Paro, in the remote Nduga regency": an act with no place of its
        // own, told after another of the same people ("he", "they") that had one, likeliest happened there (though the text
        // does not say so); not after another's act ("marched ... after the remains of a woman were found near Walvis Bay").
        PlaceMention? ofTheCause = null;
        foreach (var p in inSentence)
            if (p.Range.First >= trigger.End && SceneOfALaterCause(p, trigger) && SamePeopleAfter(trigger.End, p.Range.First) && !IsAgentPlace(p)
                && p.Place.Precision < PlacePrecision.Country
                && (ofTheCause is null || p.Place.Precision < ofTheCause.Place.Precision))
                ofTheCause = p;
        if (ofTheCause is not null) return (MostPreciseOfChain(TownOf(inSentence, ofTheCause)).Place, false);
        // "gathered in Martyrs' Square": a named square, street or building of no named town is in the dateline's town.
        // (Not one "in the town of Mpondwe", a town the gazetteer lacks.)
        // (Or in the town the lead names: "the Indonesian Christian Church" of a report from Jakarta about Surabaya.)
        if (NamesASite(clauseStart, clauseEnd) && !NamesAnUnknownTown(s) && (LeadTown() ?? DatelineTown()) is { } town) return (town, false);
        // Carried forward, like a date: the last place the paragraph named ("... in northern Borno. On Sunday, airstrikes ..."),
        // but not where a route led ("kidnapped on the highway to Damascus").
        // Nor where people came from ("pilgrims from Serbia were staying"), a place handed over, a group's base or a state
        // that acts ("Australia sent about 100 police").
        if (LastInParagraphBefore(ann.Places, static p => p.Range, s.FirstToken, s.Paragraph, Carries) is { } carried)
            return (MostPreciseOfChain(carried).Place, false);
        // A wire report's second paragraph opens on the act its lead told, where the lead put it (as it does on its day).
        // ("The attack came a day after JNIM fighters killed more than 30 soldiers in an assault on an army base in Boulkessi",
        // "The rebels had taken the town of Luvungi": a town the gazetteer lacks, told in a paragraph that names no other, is
        // where it happened, not the lead's town.)
        return OpensTheSecondParagraph(s) && LeadParagraph() is { } lead
               && ann.Places.FirstOrDefault(p => doc.SentenceOf(p.Range.First).Paragraph == lead && p.Place.Precision < PlacePrecision.Country
                                                  && !RouteEnd(p) && MayBeTheScene(p)) is { } ofTheLead
               && MostPreciseOfChain(ofTheLead).Place is var leadPlace
               && !(leadPlace.Precision == PlacePrecision.Place && NamesAnUnknownTown(s, trigger))
            ? (leadPlace, false)
            : (null, false);
    }

    /// <summary>Whether the place lies in a relative clause opened by a comma and "who" or "which" and closed by a comma
    /// before the trigger.</summary>
    private bool InAsideBefore(PlaceMention p, TokenRange trigger, Sentence s)
    {
        if (p.Range.First >= trigger.First) return false;
        var opened = false;
        for (var k = p.Range.First - 1; k > s.FirstToken; k--)
        {
            if (_t[k].Text == ",") return false;
            if (_t[k].Lower is "who" or "which" && _t[k - 1].Text == ",")
            {
                opened = true;
                break;
            }
        }
        if (!opened) return false;
        for (var k = p.Range.End; k < trigger.First; k++)
            if (_t[k].Text == ",") return true;
        return false;
    }

    /// <summary>Whether the place follows the act's aim ("at", "on", "into", "towards" a target named with its article) and
    /// then "from", within a few words and no comma: the place the fire was launched from.</summary>
    private bool LaunchSite(PlaceMention p, TokenRange trigger)
    {
        if (p.Range.First < trigger.End || p.Range.First - trigger.End > LaunchPhraseWords) return false;
        var aimed = false;
        for (var k = trigger.End; k < p.Range.First; k++)
        {
            if (_t[k].Text == ",") return false;
            // ("at least 15 students from a school in Borno" aims at nothing.)
            if (_t[k].Lower is "at" or "on" or "into" or "towards" or "toward" && k + 1 < p.Range.First && _t[k + 1].Lower is "the" or "a" or "an" or "its" or "their")
                aimed = true;
            else if (_t[k].Lower == "from") return aimed;
        }
        return false;
    }

    /// <summary>How many words an aimed act's launch place may stand past it.</summary>
    private const int LaunchPhraseWords = 10;

    private bool NamesASite(int clauseStart, int clauseEnd)
    {
        for (var k = clauseStart + 1; k < clauseEnd; k++)
            if (_t[k].IsCapitalized && kb.Cues.SubPlaceNouns.Contains(_t[k]) && (_t[k - 1].IsCapitalized || _t[k - 1].Lower == "'")) return true;
        return false;
    }

    /// <summary>"the Port-au-Prince suburb of Petion-Ville": the second place named as a part of the first (the scene).</summary>
    private bool PartOfTheOneBefore(PlaceMention first, PlaceMention second) =>
        second.Range.First == first.Range.End + 2 && first.Place.Precision == PlacePrecision.Place && second.Place.Precision == PlacePrecision.Place
        && first.Place.DistanceKm(second.Place) <= PartOfATownKm
        && (kb.Cues.PlaceNouns.Contains(_t[first.Range.End]) || kb.Cues.SubPlaceNouns.Contains(_t[first.Range.End])) && _t[first.Range.End + 1].Lower == "of";

    /// <summary>How far a part named of a town may lie from it and be read as that part ("the Brussels district of
    /// Molenbeek" is no village of the name 35 km away).</summary>
    private const double PartOfATownKm = 20;

    /// <summary>Whether the trigger's clause names a town that no place reading covers, itself ("had taken the town of
    /// Luvungi") or as the town of a site ("an army base in Boulkessi", "a school in Maga"): the act happened there, wherever
    /// the gazetteer cannot put it.</summary>
    public bool NamesAnUnknownTown(Sentence s, TokenRange trigger)
    {
        var (from, to) = (_clauses.Start(_t, s, trigger.First), _clauses.End(_t, s, trigger.End - 1));
        return UnknownTownNamed(Math.Max(from, s.FirstToken + 2), to) || NamesAnUnknownSite(from, to);
    }

    private bool NamesAnUnknownSite(int from, int to)
    {
        for (var k = from + 2; k < to; k++)
            if (UnknownTownOfASite(k)) return true;
        return false;
    }

    /// <summary>Whether token <paramref name="k"/> opens the town a site stands in and no place reading covers it: "an army
    /// base in Boulkessi", "the Government Girls Comprehensive Secondary School in Maga".</summary>
    private bool UnknownTownOfASite(int k) =>
        _t[k].IsCapitalized && _t[k].Kind == TokenKind.Word && _t[k - 1].Lower is "in" or "at" or "near"
        && (_t[k - 2].IsCapitalized
            ? kb.Cues.SubPlaceNouns.Contains(_t[k - 2])
            : kb.Cues.Roles.TargetNouns.Contains(_t[k - 2]) || kb.Cues.SettlementNouns.Contains(_t[k - 2]) || kb.Cues.BuildingNouns.Contains(_t[k - 2]))
        && !ann.Places.Any(p => p.Range.Contains(k)) && !ann.Times.Any(t => t.Range.Contains(k)) && !ann.Actors.Any(a => a.Range.Contains(k));

    /// <summary>Whether the sentence names a town no place reading covers: "the town of Mpondwe", or the town a site stands
    /// in.</summary>
    private bool NamesAnUnknownTown(Sentence s) => UnknownTownNamed(s.FirstToken + 2, s.EndToken) || NamesAnUnknownSite(s.FirstToken, s.EndToken);

    /// <summary>Whether "the town of", "the village of" or "the city of" names a town no place reading covers between tokens
    /// <paramref name="from"/> (at least two words into its sentence) and <paramref name="to"/>.</summary>
    private bool UnknownTownNamed(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (_t[k].IsCapitalized && _t[k - 1].Lower == "of" && _t[k - 2].Lower is "town" or "village" or "city"
                && !ann.Places.Any(p => p.Range.Contains(k))) return true;
        return false;
    }

    private Place? DatelineTown()
    {
        foreach (var p in ann.Places)
            if (doc.InDateline(p.Range.First) && p.Place.Precision == PlacePrecision.Place) return p.Place;
        return null;
    }

    /// <summary>"in Krasnogorsk, on the western edge of Moscow": the town named before the city it lies by, when the city
    /// was taken for the place. A town read far from the city the text says it lies by ("the Tepuche area north of
    /// Culiacan" read as a Tepache hundreds of kilometres away) is a namesake: the city says where it is.</summary>
    private PlaceMention TheTownItLiesBy(List<PlaceMention> places, PlaceMention chosen)
    {
        if (places.LastOrDefault(p => p.Range.End <= chosen.Range.First && p.Place.Precision == PlacePrecision.Place && LiesBy(p, chosen)) is { } town) return town;
        // ("Konotop, about 120 km west of Sumy" tells its distance.)
        return places.Find(p => p.Range.First >= chosen.Range.End && p.Place.Precision == PlacePrecision.Place && LiesBy(chosen, p)
                                && chosen.Place.Precision == PlacePrecision.Place && chosen.Place.DistanceKm(p.Place) > NearbyTownKm
                                && !CountBetween(chosen.Range.End, p.Range.First)) ?? chosen;
    }

    private bool CountBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (_t[k].Kind == TokenKind.Number) return true;
        return false;
    }

    /// <summary>How far a town told as lying by a city ("north of", "near") may be from it.</summary>
    private const double NearbyTownKm = 100;

    /// <summary>How many words a reference's title may hold ("the commercial capital").</summary>
    private const int TitleWords = 3;

    /// <summary>Whether <paramref name="reference"/> is told as what <paramref name="town"/>, named just before, lies by:
    /// "Krasnogorsk, on the western edge of Moscow", "Bucha, near Kyiv", "Sake, 25 km west of Goma".</summary>
    private bool LiesBy(PlaceMention town, PlaceMention reference)
    {
        // ("the Port-au-Prince suburb of Petion-Ville": the second is the part, and the scene.)
        if (PartOfTheOneBefore(town, reference)) return false;
        // ("Chame, about 80 km (50 miles) west of Panama City": a unit's conversion in brackets adds no distance.)
        // ("Grand-Bassam, about 40 km east of the commercial capital Abidjan": the reference's title, lower-case words after
        // the "of" of its distance, is no distance.)
        var reference0 = reference.Range.First;
        while (reference0 - 1 > town.Range.End && _t[reference0 - 1].Kind == TokenKind.Word && !_t[reference0 - 1].IsCapitalized
               && _t[reference0 - 1].Lower is not ("of" or "from" or "near" or "in" or "and") && reference.Range.First - reference0 < TitleWords)
            reference0--;
        if (_t[reference0 - 1].Lower != "of") reference0 = reference.Range.First;
        if (reference0 - town.Range.End - BracketedWords(town.Range.End, reference0) > 8) return false;
        // ("entered Debre Markos on Sunday; a drone strike near Dejen ...", "travelling to Ilorin, was ambushed near Okene": nothing
        // lies by a place across a semicolon or a verb.)
        for (var k = town.Range.End; k < reference.Range.First; k++)
            if (_t[k].Text == ";" || Auxiliaries.IsAuxiliary(_t[k])) return false;
        for (var k = town.Range.End; k < reference.Range.First; k++)
            if (kb.Cues.TellsWhatItLiesBy(_t, k)) return true;
        return false;
    }

    private int BracketedWords(int from, int to)
    {
        var count = 0;
        var open = false;
        for (var k = from; k < to; k++)
        {
            if (_t[k].Text == "(") open = true;
            if (open) count++;
            if (_t[k].Text == ")") open = false;
        }
        return count;
    }

    /// <summary>"In the region of Kursk, a drone attack killed a woman and damaged houses in the town of Rylsk": for a
    /// province, the first town of the sentence that lies in it, which is where it happened; else its first district
    /// there ("a gunfight in the state of Manipur after gunmen attacked a police station in Jiribam district").</summary>
    private static PlaceMention TownOf(List<PlaceMention> places, PlaceMention mention)
    {
        if (mention.Place.Precision != PlacePrecision.Admin1) return mention;
        bool InIt(PlaceMention p) =>
            p.Place.CountryIso2 == mention.Place.CountryIso2 && p.Place.Admin1Code is not null && p.Place.Admin1Code == mention.Place.Admin1Code;
        return places.Find(p => p.Place.Precision == PlacePrecision.Place && InIt(p))
               ?? places.Find(p => p.Place.Precision == PlacePrecision.Admin2 && InIt(p))
               ?? mention;
    }

    private readonly Dictionary<(int Sentence, bool Statement), List<PlaceMention>> _placesBySentence = [];

    private List<NumberMention>?[]? _numbersBySentence;
    private List<TimeMention>?[]? _timesBySentence;
    private List<TriggerMention>?[]? _triggersBySentence;

    /// <summary>The counts inside a sentence, in text order: asked for every event's toll and quantity.</summary>
    private IReadOnlyList<NumberMention> NumbersOf(Sentence s) => InSentence(ref _numbersBySentence, ann.Numbers, static n => n.Range, s);

    /// <summary>The times told inside a sentence, in text order.</summary>
    public IReadOnlyList<TimeMention> TimesOf(Sentence s) => InSentence(ref _timesBySentence, ann.Times, static t => t.Range, s);

    private IReadOnlyList<TriggerMention> TriggersOf(Sentence s) => InSentence(ref _triggersBySentence, ann.Triggers, static t => t.Range, s);

    /// <summary>The annotations that lie wholly inside sentence <paramref name="s"/>, in their list's order; the list is
    /// split by sentence once, on first use.</summary>
    private IReadOnlyList<T> InSentence<T>(ref List<T>?[]? bySentence, IReadOnlyList<T> all, Func<T, TokenRange> rangeOf, Sentence s)
    {
        if (bySentence is null)
        {
            bySentence = new List<T>?[doc.Sentences.Count];
            foreach (var x in all)
            {
                var range = rangeOf(x);
                var home = doc.SentenceOf(range.First);
                if (range.First >= home.FirstToken && range.End <= home.EndToken) (bySentence[home.Index] ??= []).Add(x);
            }
        }
        return bySentence[s.Index] ?? (IReadOnlyList<T>)[];
    }

    /// <summary>Whether the place ends a "from the X community in ..." phrase after people: where their community lives.</summary>
    private bool HomeOfACommunity(PlaceMention p)
    {
        var k = p.Range.First - 1;
        while (k > 0 && (kb.Cues.Directions.Contains(_t[k]) || _t[k].Lower is "the" or "neighbouring" or "neighboring")) k--;
        if (k < 3 || _t[k].Lower != "in" || !CommunityNouns.Contains(_t[k - 1])) return false;
        for (var j = k - 2; j >= 1 && j >= k - 6; j--)
        {
            if (_t[j].Lower == "from") return _t[j - 1].Text == "," || kb.Cues.PersonNouns.Contains(_t[j - 1]) || kb.Actors.ForceNounsByWord.ContainsKey(_t[j - 1].Lower);
            if (!(_t[j].IsCapitalized || _t[j].Lower is "the" or "a" or "-")) return false;
        }
        return false;
    }

    /// <summary>Words for a people's group whose home a place names: "the Twic community in Warrap state".</summary>
    private static readonly WordSet CommunityNouns = new(["community", "communities", "tribe", "tribes", "clan", "clans"]);

    /// <summary>Whether a verb of carrying stands a few words before the "from" at <paramref name="from"/>, no comma between.</summary>
    private bool CarriedFrom(int from)
    {
        for (var k = from - 1; k >= 0 && k >= from - CarriedWords; k--)
        {
            if (_t[k].Kind == TokenKind.Punctuation && _t[k].Text != "'s") return false;
            if (kb.Cues.CarryingVerbs.Contains(_t[k])) return true;
        }
        return false;
    }

    /// <summary>How many words may stand between a verb of carrying and the "from" of what it carries ("carrying Odinga's body from").</summary>
    private const int CarriedWords = 5;

    /// <summary>"13 from South Africa, Malawi and Uruguay", "peacekeepers from Chad": countries people come from.</summary>
    private bool OriginOfPeople(PlaceMention p)
    {
        // "The attackers, who came from the city of Hebron", "the ministers coming from Riyadh": where the people came from,
        // whatever the place.
        var at = p.Range.First - 1;
        if (at >= 2 && _t[at].Lower == "of" && (kb.Cues.PlaceNouns.Contains(_t[at - 1]) || kb.Cues.Admin1Nouns.Contains(_t[at - 1])))
        {
            // ("the northwestern province of": past its direction too.)
            var article = at - 2;
            if (article > 0 && kb.Cues.Directions.Contains(_t[article])) article--;
            if (_t[article].Lower == "the") at = article - 1;
        }
        if (at >= 1 && _t[at].Lower == "from" && kb.Cues.OriginVerbs.Contains(_t[at - 1])) return true;
        // "as the plane carrying Odinga's body from India landed", "brought reinforcements from Hasakah and Raqqa": where what
        // was carried came from.
        var listStart = BeforeNameList(p.Range.First);
        if (listStart >= 1 && _t[listStart].Lower == "from" && CarriedFrom(listStart)) return true;
        // "since Sunday, when the march set off from the province of Khyber Pakhtunkhwa": where a move started.
        if (at >= 2 && _t[at].Lower == "from" && (_t[at - 1].Lower is "departed" or "started" || (_t[at - 1].Lower == "off" && _t[at - 2].Lower is "set" or "sets" or "setting")))
            return true;
        // "a 21-year-old white man from a Dallas suburb": the home a person is described by, a town's part.
        if (at >= 2 && _t[at].Lower is "a" or "an" && _t[at - 1].Lower == "from" && kb.Cues.PersonNouns.Contains(_t[at - 2])
            && p.Range.End < _t.Count && kb.Cues.PlaceNouns.Contains(_t[p.Range.End])) return true;
        // "23 people from the eastern Punjab province": a province people came from is no more the scene than a country.
        // Nor is one they are citizens of.
        if (p.Place.Precision is not (PlacePrecision.Country or PlacePrecision.Admin1)) return false;
        // "the attackers, from the Twic community in neighbouring Warrap state": the province of the community people came from.
        if (HomeOfACommunity(p)) return true;
        var k = BeforeNameList(p.Range.First);
        while (k > 0 && (kb.Cues.Directions.Contains(_t[k]) || _t[k].Lower == "the")) k--;
        // ("most of them citizens of Macedonia, but some from Kosovo".)
        if (k > 0 && _t[k].Lower == "from" && (_t[k - 1].Kind == TokenKind.Number || kb.Cues.PersonNouns.Contains(_t[k - 1])
                                               || _t[k - 1].Lower is "some" or "others" or "many" or "most" or "several" or "few"))
            return true;
        // "most of them citizens of Macedonia": the country whose citizens people are; "an Austrian with roots in North
        // Macedonia": where someone's family came from.
        return (k > 0 && _t[k].Lower == "of" && _t[k - 1].Lower is "citizens" or "citizen" or "nationals" or "national" or "natives" or "native")
               || (k > 0 && _t[k].Lower == "in" && _t[k - 1].Lower is "roots" or "origins" or "born");
    }

    /// <summary>"the Gaza war", "over the war in Gaza", "until its war in Gaza ends": a place that names a whole war.</summary>
    private bool NamesAWar(PlaceMention p) =>
        (p.Range.End < _t.Count && kb.Cues.NamesAWholeWar(_t[p.Range.End]))
        || (p.Range.First >= 3 && _t[p.Range.First - 1].Lower == "in" && kb.Cues.NamesAWholeWar(_t[p.Range.First - 2])
            && _t[p.Range.First - 3].Lower is "the" or "its" or "their" or "his" or "her" or "our");

    /// <summary>"Saturday's vote", "Sunday's election": a day owning a noun that tells no event.</summary>
    private bool NamesAThing(TimeMention t) => doc.IsPossessiveMark(t.Range.End) && !OwnsAnEvent(doc.SentenceOf(t.Range.First), t.Range.End + 1);

    /// <summary>Whether an event's word stands within three words from token <paramref name="from"/> ("Saturday's deadly
    /// strikes"), in the same phrase ("Saturday's vote, took to the streets" owns no event).</summary>
    private bool OwnsAnEvent(Sentence s, int from)
    {
        foreach (var t in TriggersOf(s))
            if (t.Range.First >= from && t.Range.First <= from + 2 && !Punctuated(from, t.Range.First)) return true;
        return false;
    }

    private bool Punctuated(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (_t[k].Text is "," or ";" or ":") return true;
        return false;
    }

    /// <summary>"near the borders with Niger and Burkina Faso", "on the border with Syria": a country named as the other
    /// side of a border, which the event is on this side of.</summary>
    private bool AcrossTheBorder(PlaceMention p) => p.Place.Precision == PlacePrecision.Country && BorderedBy(p.Range);

    /// <summary>"the city of about two million people", "a town of 40,000 inhabitants": civilians counted after "of" and a
    /// word for a town are its population, not anyone an act touched.</summary>
    private bool PopulationOfAPlace(ActorMention a)
    {
        if (a.Actor?.Kind != ActorKind.Civilians) return false;
        foreach (var n in ann.Numbers)
            if (n.Range.End == a.Range.End && n.Range.First >= 2 && _t[n.Range.First - 1].Lower == "of" && kb.Cues.PlaceNouns.Contains(_t[n.Range.First - 2]))
                return true;
        return false;
    }

    /// <summary>"Shells fired from the Democratic Republic of Congo", "rockets launched from Lebanon": where the fire came from,
    /// not who fired it or what it hit.</summary>
    private bool FiredFrom(TokenRange name)
    {
        var k = name.First - 1;
        if (k > 0 && _t[k].Lower == "the") k--;
        return k > 0 && _t[k].Lower == "from" && kb.Cues.FiringVerbs.Contains(_t[k - 1]);
    }

    /// <summary>Whether the name (in a list) follows "the border(s) with".</summary>
    private bool BorderedBy(TokenRange name)
    {
        return kb.Cues.BorderWith(_t, BeforeNameList(name.First) + 1) || kb.Cues.BorderOf(_t, name);
    }

    /// <summary>"the drone had been on a routine mission against "terrorists" and had hit the residents": whom a noun that
    /// names no act is "against" is no target of the act before it.</summary>
    private bool AgainstOfAnotherNoun(ActorMention a, TokenRange trigger)
    {
        var k = a.Range.First - 1;
        if (k > 0 && _t[k].Text is "\"" or "“") k--;
        return k >= 1 && _t[k].Lower == "against" && k - 1 >= trigger.End && _t[k - 1] is { Kind: TokenKind.Word, IsCapitalized: false } && !TriggerEndsAt(k);
    }

    /// <summary>Whether a distance set off by a comma after another known place stands before the place, within a few
    /// words: "in the centre of the town, about 20 km from the front line near Bakhmut". (Not "an observation post 8 km west
    /// of Ain al Arab": with no other place told, ACLED codes the one the distance is measured from.)</summary>
    private bool DistanceFrom(PlaceMention p)
    {
        for (var k = p.Range.First - 1; k >= 1 && k >= p.Range.First - DistanceReach; k--)
        {
            if (_t[k].Text is "." or ";") return false;
            if (!kb.Cues.DistanceUnits.ContainsKey(_t[k].Lower) || _t[k - 1].Kind != TokenKind.Number) continue;
            var before = k - 2;
            // ("20 km (12 miles)": the distance told again in brackets.)
            if (before >= 0 && _t[before].Text == "(") continue;
            if (before >= 0 && _t[before].Lower is "about" or "some" or "around" or "nearly" or "roughly") before--;
            // (Only when the place before the comma is known: "in the Bolan Pass, about 30 km from the town of Sibi" is
            // best placed at Sibi; or the distance is too far for the place to stand for the scene: "near Machedi, about 150
            // km from Jammu".)
            return before >= 1 && _t[before].Text == ","
                   && (ann.Places.Any(q => q.Range.End == before) || (before >= 2 && _t[before - 1].Lower is "town" or "city" or "village" && _t[before - 2].Lower == "the")
                       || kb.Cues.DistanceKm(_t, k) > FarKm);
        }
        return false;
    }

    /// <summary>How far from a place an act may lie for the place to stand for its scene when no nearer place is known
    /// (ACLED places an act it cannot find at the nearest town it can, within about this).</summary>
    private const double FarKm = 50;

    /// <summary>How many words before a place a distance may stand: "km (45 miles) north-east of", "km from the front line
    /// near".</summary>
    private const int DistanceReach = 12;

    /// <summary>Whether the name is one of a list after "between" that a noun, not an act, takes: "the disputed Abyei region
    /// between Sudan and South Sudan" (not "fighting between Sudan and South Sudan").</summary>
    private bool BetweenAfterANoun(TokenRange name)
    {
        var k = BeforeNameList(name.First);
        return k >= 1 && _t[k].Lower == "between" && _t[k - 1] is { Kind: TokenKind.Word, IsCapitalized: false } && !TriggerEndsAt(k);
    }

    /// <summary>Whether a trigger's words end right before token <paramref name="k"/>: the word before it is an act's, not a
    /// noun's ("fighting between", "attacks against").</summary>
    private bool TriggerEndsAt(int k)
    {
        foreach (var t in TriggersOf(doc.SentenceOf(k)))
            if (t.Range.End == k) return true;
        return false;
    }

    private bool ForeignPostOf(PlaceMention p) => p.Place.Precision == PlacePrecision.Country && OwnsForeignPost(p.Range);

    /// <summary>"the U.S. Embassy", "the embassies of Rwanda, France and the United States": a country named as the owner
    /// of a post abroad, which is neither where the event is nor who acts.</summary>
    private bool OwnsForeignPost(TokenRange range)
    {
        var next = range.End < _t.Count && _t[range.End].Text == "." ? range.End + 1 : range.End;
        if (next < _t.Count && kb.Cues.ForeignPosts.Contains(_t[next])) return true;
        var k = BeforeNameList(range.First);
        return k > 0 && _t[k].Lower == "of" && kb.Cues.ForeignPosts.Contains(_t[k - 1]);
    }

    /// <summary>The token before a list of names that ends with the one starting at <paramref name="first"/> ("of Rwanda,
    /// France and the United States", "from South Africa, Malawi and Uruguay"): what the list hangs on.</summary>
    private int BeforeNameList(int first)
    {
        var k = first - 1;
        while (k > 0 && (_t[k].Text is "," or "." || _t[k].Lower is "and" or "the" || _t[k].IsCapitalized)) k--;
        return k;
    }

    /// <summary>"told reporters in Maputo", "said at a news conference in Kabul": where something was said.</summary>
    private bool ToldAt(PlaceMention p)
    {
        var k = p.Range.First - 1;
        if (k < 1 || _t[k].Lower is not ("in" or "at")) return false;
        var before = _t[k - 1];
        return SayingVerbs.Contains(before) || before.Lower is "reporters" or "journalists" or "conference" or "briefing" or "statement" or "interview";
    }

    /// <summary>The places a sentence's events may happen at, asked once per trigger: not those of its "according to" phrases
    /// or its dateline, nor an owner ("Somalia's central government"); for a statement, only where it was made, and for an act
    /// not where it was told.</summary>
    private List<PlaceMention> PlacesOf(Sentence s, bool statement)
    {
        if (_placesBySentence.TryGetValue((s.Index, statement), out var known)) return known;
        var places = new List<PlaceMention>();
        foreach (var p in ann.Places)
            if (p.Range.First >= s.FirstToken && p.Range.End <= s.EndToken && MayBeTheScene(p)
                // A statement happens where it is made ("said in Beirut"), not where it points ("pressure Israel"); an act
                // does not happen where it was told ("told reporters in Maputo").
                && (statement ? p.Range.First > 0 && _t[p.Range.First - 1].Lower is "in" or "at" : !ToldAt(p)))
                places.Add(p);
        // "on the Kabul-Kandahar highway near Ghazni": a road named for the towns it joins runs far from both; another
        // place the sentence names, far from an end, says where on it ("the Jandairis - Deir Balot road in Afrin
        // countryside" runs near Jandairis).
        var elsewhere = places.FindAll(p => !EndOfANamedRoute(p));
        if (elsewhere.Count > 0) places.RemoveAll(p => EndOfANamedRoute(p) && elsewhere.TrueForAll(o => o.Place.DistanceKm(p.Place) > RouteEndReachKm));
        return _placesBySentence[(s.Index, statement)] = places;
    }

    /// <summary>"a subsidiary of Canada's First Quantum": a name after "of" a country's is what the country owns.</summary>
    private bool OwnedName(PlaceMention p) =>
        p.Range.First > 0 && _t[p.Range.First - 1].Lower == "of" && p.Range.End + 1 < _t.Count && _t[p.Range.End + 1].IsCapitalized
        && !ann.Places.Any(q => q.Range.First == p.Range.End + 1);

    /// <summary>Whether a place the text names may be where an event happened: not in an "according to" phrase or the
    /// dateline, nor an owner, a post abroad, an origin, a neighbour, a war's name, where the hurt were taken, what was
    /// handed over, a base, where a move heads, a capital that acts (everything <see cref="Carries"/> tests but a route's
    /// end) or a place the act is likened to.</summary>
    private bool MayBeTheScene(PlaceMention p) =>
        !InSourcePlace(p)
        && !doc.InDateline(p.Range.First)
        // "Somalia's central government" names an owner, not a place ("an attack on Ukraine's grid" still happens
        // in Ukraine).
        // Nor does "of Russia's Wagner group": what a country owns there is a force, not ground.
        // Nor does "a subsidiary of Canada's First Quantum Minerals": a name after "of" a country's is what it owns.
        && !(doc.IsPossessiveMark(p.Range.End) && (!AfterALocative(p) || ActorStartsAt(p.Range.End + 1) || OwnedName(p)))
        // "near the U.S. Embassy in Tunis": a country's post abroad is its, not in it.
        && !ForeignPostOf(p)
        // "13 from South Africa", "peacekeepers from Chad": where people come from, not where the event is.
        && !OriginOfPeople(p)
        // "in northern Benin near the borders with Niger and Burkina Faso": a neighbour the place is told by.
        && !AcrossTheBorder(p)
        // "the deadliest attack since the start of the Gaza war": a place naming a war is no place of the event
        // ("the Tripoli fighting" happened in Tripoli).
        && !NamesAWar(p)
        // "wounded and airlifted to Nairobi": where the hurt were taken is not where they were hurt.
        && !ConveyedTo(p)
        // "a decision to hand four border villages to Azerbaijan": who receives is no scene; nor is where a group
        // "is based".
        && !HandedTo(p) && !BaseOf(p)
        // "withdrawing towards Nigeria": the country a move heads for, not where it happens (a march "towards
        // Beirut's Martyrs' Square" ends in the town it names).
        // Nor is "chanting slogans against France": the country an act is against is what it is about, not its ground.
        && !(p.Place.Precision == PlacePrecision.Country && p.Range.First > 0 && _t[p.Range.First - 1].Lower is "towards" or "toward" or "against")
        // "chanting "Out, out Iran!"": a place a crowd chants is what it is about.
        && !Chanted(p)
        // "farmers trying to march to New Delhi": where a move only tried was headed.
        && !UnreachedDestination(p)
        // "the son of its exiled Gaza chief": a place that modifies a role names what the person leads.
        && !(p.Range.End < _t.Count && kb.Cues.PlaceTitles.Contains(_t[p.Range.End]))
        // "passengers waiting for a train to the garrison city of Rawalpindi": where a service runs to.
        && !ServiceEnd(p)
        // "as Ankara pressed its campaign", "Kabul denies the charge": a capital that acts is its government.
        && !CapitalActing(p)
        // "protests inspired by the uprisings in Tunisia and Egypt": another place's story the act is likened to.
        && !kb.Cues.LikenedBefore(_t, p.Range.First)
        // "about 20 km (12 miles) from the front line near Bakhmut", "70 km north of Goma": a place a distance is measured
        // from is where the thing is not.
        && !DistanceFrom(p)
        // "villages in the disputed Abyei region between Sudan and South Sudan": countries that tell where a thing lies.
        && !(p.Place.Precision == PlacePrecision.Country && BetweenAfterANoun(p.Range))
        // "took a New Zealand pilot hostage": a country before a word for a person says whose national the person is.
        // (Not "Congo rebels seize border town": a force of the country acts in it.)
        && !(p.Place.Precision == PlacePrecision.Country && p.Range.End < _t.Count && kb.Cues.PersonNouns.Contains(_t[p.Range.End])
             && !ann.Actors.Any(a => a.Range.First <= p.Range.End && a.Range.End > p.Range.End && a.Actor is { } named && ActorKinds.IsArmed(named.Kind)));

    /// <summary>"protesters, who had marched for a third day after the remains of a woman were found near Walvis Bay": a
    /// place after the act, in a clause of cause with a verb of its own, is where that clause's act happened ("clashes began
    /// when loyalists ambushed a patrol near Jableh" tells where they began); so is one in a clause of "since" ("seven
    /// officers were injured, bringing to 41 the number hurt since rioting began in Londonderry"); so is one a move "before"
    /// leads to; so is one of what the act is said to be linked to ("whether the explosion was linked to the arrest of a
    /// group of doctors in the neighbouring state of Haryana").</summary>
    private bool SceneOfALaterCause(PlaceMention p, TokenRange trigger)
    {
        var opened = false;
        for (var k = trigger.End; k < p.Range.First; k++)
        {
            if (_t[k].Lower is "after" or "because" or "since") opened = true;
            else if (LinksAt(k, p.Range.First)) return true;
            // ("... were making a statement before crossing into Syria": nor is where a later move led.)
            else if (_t[k].Lower == "before" && k + 1 < p.Range.First && _t[k + 1].Lower.EndsWith("ing", StringComparison.Ordinal)) return true;
            else if (opened && (Auxiliaries.IsPassive(_t[k]) || (!_t[k].IsCapitalized && kb.Lexicon.Inflector.IsPastForm(_t[k].Lower)))) return true;
        }
        return false;
    }

    /// <summary>Whether a verb of finding ("found", "finds", "recovered") stands in the few words before the trigger, in its
    /// clause: "found the bodies of 13 security guards".</summary>
    private bool FoundBefore(TokenRange trigger, Sentence s)
    {
        for (var k = Math.Max(_clauses.Start(_t, s, trigger.First), trigger.First - FoundReach); k < trigger.First; k++)
            if (kb.Cues.FindingVerbs.Contains(_t[k])) return true;
        return false;
    }

    /// <summary>How many words before the dead a verb of finding them may stand ("finds bodies of 13 kidnapped").</summary>
    private const int FoundReach = 5;

    /// <summary>Whether the trigger is a noun ("the killing of") after "against", "over" or "and" in the object of a crowd's act
    /// told before it in the sentence ("marched ... to protest against violence and the killing of Carlos Manzo").</summary>
    public bool WhatACrowdProtests(Sentence s, TokenRange trigger)
    {
        var the = trigger.First - 1;
        if (the - 1 <= s.FirstToken || trigger.End >= s.EndToken || _t[the].Lower != "the" || _t[trigger.End].Lower != "of"
            || _t[the - 1].Lower is not ("against" or "over" or "and")) return false;
        // (The crowd's word may end on the preposition: "in protest against the killing of a village volunteer".)
        return TriggersOf(s).Any(t => t.Entry.Frame.Crowd && t.Range.End <= the);
    }

    /// <summary>Whether the place names someone's office in an aside after their name: ", the mayor of Uruapan".</summary>
    private bool OfficeOfSomeone(PlaceMention p)
    {
        var k = p.Range.First;
        return k >= 4 && _t[k - 1].Lower == "of" && kb.Cues.PersonNouns.Contains(_t[k - 2]) && !_t[k - 2].Lower.EndsWith('s')
               && _t[k - 3].Lower == "the" && _t[k - 4].Text == ",";
    }

    /// <summary>Whether a word that links the act to another thing ("linked to", "in connection with") stands at token
    /// <paramref name="k"/>, before token <paramref name="end"/>.</summary>
    private bool LinksAt(int k, int end) => kb.Cues.LinkWords.Contains(_t[k]) && k + 1 < end && _t[k + 1].Lower is "to" or "with";

    /// <summary>Whether a verb of linking ("linked to", "tied to") stands at token <paramref name="k"/>: what follows is another
    /// thing, with its own time ("in connection with the attack on Saturday" may still date the act).</summary>
    private bool LinkedAt(int k, int end) => LinksAt(k, end) && _t[k].Lower.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>Whether such a verb of linking stands in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool LinkedBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (LinkedAt(k, to)) return true;
        return false;
    }

    /// <summary>Whether a clause of time between <paramref name="from"/> and <paramref name="to"/> opens on a pronoun: "after he
    /// landed", "when they arrived".</summary>
    private bool SamePeopleAfter(int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
            if (_t[k].Lower is "after" or "when" or "as" or "while") return _t[k + 1].Lower is "he" or "she" or "they" or "it" or "we";
        return false;
    }

    /// <summary>Beyond this distance from where a sentence puts an event on a road, the road's named end is not where.</summary>
    private const double RouteEndReachKm = 30;

    /// <summary>Whether the place is one end of a road named for its two ends ("the Kabul-Kandahar highway", "the
    /// Tripoli-Beirut highway").</summary>
    private bool EndOfANamedRoute(PlaceMention p)
    {
        var k = p.Range.End;
        if (p.Range.First >= 2 && _t[p.Range.First - 1].Text == "-" && _t[p.Range.First - 2].IsCapitalized)
            return k < _t.Count && kb.Cues.RouteNouns.Contains(_t[k]);
        if (k + 1 >= _t.Count || _t[k].Text != "-" || !_t[k + 1].IsCapitalized) return false;
        for (k++; k < _t.Count && k <= p.Range.End + 4 && _t[k].IsCapitalized; k++)
            if (kb.Cues.RouteNouns.Contains(_t[k])) return true;
        return k < _t.Count && kb.Cues.RouteNouns.Contains(_t[k]);
    }

    private bool ConveyedTo(PlaceMention p) => kb.Cues.ToAfter(_t, p.Range.First, kb.Cues.ConveyingVerbs);

    private bool HandedTo(PlaceMention p)
    {
        if (p.Range.First < 2 || _t[p.Range.First - 1].Lower != "to") return false;
        for (var k = p.Range.First - 2; k >= 0 && k >= p.Range.First - 7; k--)
        {
            if (_t[k].Text is "," or ";") return false;
            if (kb.Cues.TransferVerbs.Contains(_t[k])) return true;
        }
        return false;
    }

    /// <summary>"RED-Tabara, which is based in eastern Congo", "a Britain-based war monitor", "an affiliate of Islamic State
    /// in Saudi Arabia": where a group or a part of it keeps its bases, told of the group.</summary>
    private bool BaseOf(PlaceMention p)
    {
        // "a Britain-based war monitor".
        if (p.Range.End + 1 < _t.Count && _t[p.Range.End].Text == "-" && kb.Cues.BaseWords.Contains(_t[p.Range.End + 1])) return true;
        return kb.Cues.WordBeforeIn(_t, p.Range.First) is int j
               && (kb.Cues.BaseWords.Contains(_t[j]) || kb.Cues.GroupPartNouns.Contains(_t[j]) || PartOfTheGroupEndingAt(j + 1));
    }

    /// <summary>Whether a group's name ends right before token <paramref name="k"/> after "an affiliate of", "a branch
    /// of".</summary>
    private bool PartOfTheGroupEndingAt(int k)
    {
        foreach (var a in ann.Actors)
            if (a.Range.End == k && a.Range.First >= 2 && _t[a.Range.First - 1].Lower == "of" && kb.Cues.GroupPartNouns.Contains(_t[a.Range.First - 2]))
                return true;
        return false;
    }

    /// <summary>"in Papua New Guinea's Enga province", "across the capital's suburbs": a locative word (and "the") before.</summary>
    private bool AfterALocative(PlaceMention p)
    {
        var k = p.Range.First - 1;
        if (k > 0 && _t[k].Lower == "the") k--;
        return k >= 0 && kb.Cues.LocativeWords.Contains(_t[k]);
    }

    private bool RouteEnd(PlaceMention p) => kb.Cues.ToAfter(_t, p.Range.First, kb.Cues.RouteNouns) || ServiceEnd(p) || EndOfAJourney(p);

    /// <summary>"the bus, travelling from Abuja to Ilorin, was ambushed near Okene": the place after "from" another place "to"
    /// is where a journey was headed, not where it was stopped.</summary>
    private bool EndOfAJourney(PlaceMention p)
    {
        var to = p.Range.First - 1;
        return to >= 2 && _t[to].Lower == "to" && ann.Places.Any(q => q.Range.End == to && q.Range.First >= 1 && _t[q.Range.First - 1].Lower == "from");
    }

    private bool ServiceEnd(PlaceMention p) => kb.Cues.ToAfter(_t, p.Range.First, kb.Cues.ServiceNouns);

    /// <summary>Whether an actor's mention starts at token <paramref name="k"/>, or right after one lower-case modifier there
    /// ("Qatar's internal security forces").</summary>
    private bool ActorStartsAt(int k)
    {
        foreach (var a in ann.Actors)
            if (a.Range.First == k || (a.Range.First == k + 1 && k < _t.Count && !_t[k].IsCapitalized && _t[k].Kind == TokenKind.Word)) return true;
        return false;
    }

    /// <summary>The most precise place of a chain of names that narrow each other: "in Londrina, Parana",
    /// "in Bulani village of Zhari district, Kandahar", "Kyavinyonge (Beni, Nord-Kivu)".
    /// A town that lies outside the province or country the chain names is a namesake ("Kamyanka, Donetsk" when the
    /// gazetteer knows only a Kamyanka elsewhere): the chain's next most precise place is taken instead.</summary>
    private PlaceMention MostPreciseOfChain(PlaceMention mention)
    {
        if (_mostPrecise.TryGetValue(mention.Range.First, out var known) && ReferenceEquals(known.Mention, mention)) return known.Answer;
        // ("fled ... to Mandera in Kenya": a refuge narrows no country the act is placed in.)
        var chain = ChainOf(mention).FindAll(p => p == mention || !RefugeOfTheFled(p));
        // "near Kamyanka, Donetsk ... near Kamyanka": a name means one place throughout the article, the
        // one its fullest mention narrows it to. A country is no one place, and a dateline ("PESHAWAR, Pakistan, March 5 -")
        // names where the report was filed.
        // (A province names many towns: "Plateau state" in the lead is not the Bokkos of "Plateau's Bokkos area" told later;
        // only a fuller mention told before narrows a province, or any when the province is a headline's summary.)
        if (chain.Count == 1 && mention.Place.Precision != PlacePrecision.Country)
            foreach (var p in ann.Places)
                if (p != mention && !doc.InDateline(p.Range.First) && p.Surface == mention.Surface && p.Place == mention.Place
                    && (mention.Place.Precision != PlacePrecision.Admin1 || p.Range.First < mention.Range.First || mention.Range.End <= doc.HeadlineEnd)
                    && ChainOf(p) is { Count: > 1 } fuller)
                {
                    chain = fuller;
                    break;
                }
        // Of two towns, the one the text puts in the other is the narrower: "civilians in Irpin in Kyiv" were in Irpin.
        var ranked = chain.OrderBy(p => p.Place.Precision).ThenBy(p => chain.Exists(o => o.Place.Precision == p.Place.Precision && PutIn(p, o)) ? 0 : 1).ToList();
        var answer = ranked.FirstOrDefault(p => chain.All(other => Within(p.Place, other.Place))) ?? ranked[0];
        _mostPrecise[mention.Range.First] = (mention, answer);
        return answer;
    }

    /// <summary>Whether the text puts <paramref name="inner"/> in <paramref name="outer"/>, which follows it: "Irpin in
    /// Kyiv", "Hole town in the Al-Hasakeh countryside", "the Maidanak village of Barrah-Khanah" (a list's comma joins
    /// peers, not a place and its container).</summary>
    private bool PutIn(PlaceMention inner, PlaceMention outer)
    {
        // "an individual from Afrin in Idleb" came from Afrin; what happened to him happened in Idleb.
        // ("the Port-au-Prince suburb of Petion-Ville" puts the second in the first.)
        if (outer.Range.First < inner.Range.End || IsOrigin(inner) || PartOfTheOneBefore(inner, outer)) return false;
        // ("in Mweso, in the Bashali chiefdom of Masisi territory": past a comma and a unit the gazetteer lacks, named with its
        // unit's word.)
        var (linked, named, unit) = (false, false, false);
        for (var k = inner.Range.End; k < outer.Range.First; k++)
        {
            if (_t[k].Lower is "in" or "of") linked = true;
            else if (kb.Cues.IsUnitNoun(_t[k])) unit = true;
            else if (_t[k].IsCapitalized && _t[k].Kind == TokenKind.Word) named = true;
            else if (!(_t[k].Lower == "the" || (_t[k].Text == "," && k + 1 < outer.Range.First && _t[k + 1].Lower == "in") || kb.Cues.Directions.Contains(_t[k]))) return false;
        }
        return linked && (!named || unit);
    }

    /// <summary>Each mention's answer, asked once per event that happened there.</summary>
    /// <remarks>Keyed by where the mention starts (no two of an article's place mentions start at one token): an object's
    /// identity hash is made on first use, which cost a tenth of the time this method took.</remarks>
    private readonly Dictionary<int, (PlaceMention Mention, PlaceMention Answer)> _mostPrecise = [];

    /// <summary>A place mention and the names that narrow or widen it on either side ("Bulani village of Zhari district, Kandahar").</summary>
    private List<PlaceMention> ChainOf(PlaceMention mention)
    {
        var chain = new List<PlaceMention> { mention };
        foreach (var step in new[] { -1, 1 })
        {
            var current = mention;
            while (Linked(current, step) is { } next)
            {
                chain.Add(next);
                current = next;
            }
        }
        return chain;
    }

    private PlaceMention?[]? _placeAtToken;

    /// <summary>The first place mention (in text order) that covers token k, if any; chains and agents are walked token by token.</summary>
    private PlaceMention? PlaceAt(int k)
    {
        if (_placeAtToken is null)
        {
            _placeAtToken = new PlaceMention?[_t.Count];
            foreach (var p in ann.Places)
                for (var j = Math.Max(0, p.Range.First); j < Math.Min(_t.Count, p.Range.End); j++)
                    _placeAtToken[j] ??= p;
        }
        return k >= 0 && k < _t.Count ? _placeAtToken[k] : null;
    }

    /// <summary>Whether <paramref name="place"/> can lie inside <paramref name="unit"/> (a coarser unit of its chain): in its
    /// country, and for a province or a district, in its province ("Lazaka village in Shirqat district" is not the Lezeka
    /// of another province).</summary>
    private static bool Within(Place place, Place unit) =>
        unit.Precision <= place.Precision
        || (place.CountryIso2 == unit.CountryIso2
            && (unit.Precision == PlacePrecision.Country || place.Admin1Code is null || unit.Admin1Code is null || place.Admin1Code == unit.Admin1Code));

    private PlaceMention? Linked(PlaceMention from, int step)
    {
        if (step > 0 && OwnedUnitOf(from) is { } owned) return owned;
        var k = step < 0 ? from.Range.First - 1 : from.Range.End;
        // "the Bekaa valley, near the town of Baalbek": "near" and an article may stand in the link too; so may an owner's
        // mark and a compass adjective ("Nigeria's northwestern Zamfara state"; "Tepuche area north of Culiacan" lies
        // outside the city).
        for (var gap = 0; gap < 8 && k >= 0 && k < _t.Count; gap++, k += step)
        {
            // ("near Pokrovsk, Russia said": a place that opens the next clause as its subject is no container.)
            if (PlaceAt(k) is { } next) return gap == 0 || (step > 0 && OpensAClause(next)) ? null : next;
            var w = _t[k];
            if (!(w.Lower is "," or "(" or ")" or "of" or "in" or "near" or "the" or "'s" || kb.Cues.IsUnitNoun(w) || (kb.Cues.Directions.Contains(w) && w.Lower.EndsWith("ern", StringComparison.Ordinal))))
                return null;
        }
        return null;
    }

    /// <summary>"Montenegro's old royal capital of Cetinje": the place a country's or province's possessive opens, over a few
    /// lower-case words to a word for a town and "of".</summary>
    private PlaceMention? OwnedUnitOf(PlaceMention owner)
    {
        var k = owner.Range.End;
        if (!doc.IsPossessiveMark(k)) return null;
        for (k++; k + 2 < _t.Count && k <= owner.Range.End + OwnedUnitWords; k++)
        {
            // ("second-largest": a hyphen joins a modifier's words.)
            if (_t[k].Text == "-") continue;
            if (_t[k].Kind != TokenKind.Word || _t[k].IsCapitalized) return null;
            // ("Indonesia's second-largest city, Surabaya": or the comma of an apposition.)
            if ((kb.Cues.PlaceNouns.Contains(_t[k]) || kb.Cues.IsUnitNoun(_t[k])) && _t[k + 1].Lower is "of" or "," && PlaceAt(k + 2) is { } unit
                && unit.Range.First == k + 2 && unit.Place.CountryIso2 == owner.Place.CountryIso2)
                return unit;
        }
        return null;
    }

    /// <summary>How many words a possessive place may stand before the word for the town it owns.</summary>
    private const int OwnedUnitWords = 4;

    /// <summary>"farmers trying to march to New Delhi from the border", "sought to advance on Kyiv": the end of a move told
    /// only as attempted, not reached.</summary>
    private bool UnreachedDestination(PlaceMention p)
    {
        var to = p.Range.First - 1;
        if (to > 0 && _t[to].Lower == "the") to--;
        if (to < 2 || _t[to].Lower is not ("to" or "on" or "towards" or "toward") || !kb.Cues.JourneyVerbs.Contains(_t[to - 1])) return false;
        var verb = to - 1;
        for (var start = Math.Max(0, verb - 3); start < verb; start++)
            if (kb.Cues.AttemptInfinitive.LongestAt(_t, start, verb).Length == verb - start) return true;
        return false;
    }

    /// <summary>Whether the place stands in quotation marks right after a verb of chanting ("chanting "Out, out Iran!"").</summary>
    private bool Chanted(PlaceMention p)
    {
        for (var k = p.Range.First - 1; k > 0 && k >= p.Range.First - 6; k--)
            if (_t[k].Text is "\"" or "\u201c")
                return _t[k - 1].Lower is "chanting" or "chanted" or "chant" or "shouting" or "shouted" or "chants";
        return false;
    }

    /// <summary>Whether a saying verb or an owner's mark follows the place: "Russia said", "Ukraine's military".</summary>
    private bool OpensAClause(PlaceMention p) => kb.Cues.OpensAClauseAt(_t, p.Range.End);

    /// <summary>"brokered by the United States and France": places that name who acted, not where.</summary>
    private bool IsAgentPlace(PlaceMention p)
    {
        var k = p.Range.First - 1;
        while (k >= 0)
        {
            var w = _t[k].Lower;
            if (w == "by") return true;
            if (w is "the" or "and" or "," || PlaceAt(k) is not null) { k--; continue; }
            return false;
        }
        return false;
    }

    private bool CapitalActing(PlaceMention p)
    {
        if (p.Place.Feature != "PPLC" && p.Place.Precision != PlacePrecision.Country || p.Range.End >= _t.Count) return false;
        // "amid tensions over Caracas's claim to the region", "opposed to the government in Asmara": the state, whatever word
        // leads to it.
        if (kb.Cues.StandsForItsGovernment(_t, p.Range)) return true;
        // ("in central Lilongwe": a direction between the locative and the capital still places the act.)
        var before = p.Range.First - 1;
        if (before > 0 && p.Direction is not null && kb.Cues.Directions.Contains(_t[before])) before--;
        if (before >= 0 && (kb.Cues.LocativeWords.Contains(_t[before]) || _t[before].Lower is "to" or "from" or "of" or "the"))
            return false;
        // "contacts with Damascus", "accused Kyiv of firing": a capital a government deals with or addresses.
        if (p.Range.First > 1 && _t[p.Range.First - 1].Lower == "with" && kb.Cues.RelationNouns.Contains(_t[p.Range.First - 2])) return true;
        if (p.Range.First > 0 && kb.Cues.AddressedVerbs.Contains(_t[p.Range.First - 1]) && _t[p.Range.End].Lower is "of" or "for" or "to" or "over")
            return true;
        // "as France declared a state of emergency", "Paris was sending 1,000 police": a state doing what states do.
        if (StateActBy(p)) return true;
        var next = _t[p.Range.End];
        // "Australia sent about 100 police": a country that opens its sentence with a verb in the past acts.
        if (p.Place.Precision == PlacePrecision.Country)
        {
            // ("On Friday, Russia fired 122 missiles": so does one that opens its clause.)
            var sentence = doc.SentenceOf(p.Range.First);
            // ("Netanyahu said Iran was behind the attack", "the air force said Russia launched 45 drones": or one that is the
            // subject of a verb right after "said".)
            // (Or one right after the dateline: "SEOUL, Nov 23 (Reuters) - North Korea fired".)
            return (p.Range.First == sentence.FirstToken || p.Range.First == doc.FirstTokenPastDateline(sentence) || _clauses.Start(_t, sentence, p.Range.First) == p.Range.First
                    || (p.Range.First > sentence.FirstToken && SayingVerbs.Contains(_t[p.Range.First - 1])))
                   && next.Kind == TokenKind.Word && !next.IsCapitalized && (kb.Lexicon.Inflector.IsPastForm(next.Lower) || Auxiliaries.IsAuxiliary(next));
        }
        return next.Kind == TokenKind.Word && !next.IsCapitalized && next.Lower.Length > 3
               && (next.Lower.EndsWith("ed", StringComparison.Ordinal) || kb.Cues.StanceVerbs.Contains(next));
    }

    /// <summary>Whether a non-violent act's word follows the name, with at most one helper verb between.</summary>
    private bool StateActBy(PlaceMention p)
    {
        var k = p.Range.End;
        if (k < _t.Count && Auxiliaries.IsAuxiliary(_t[k])) k++;
        foreach (var t in ann.Triggers)
            if (t.Range.First == k) return !t.Entry.Frame.Violent;
        return false;
    }

    /// <summary>"an individual from Afrin in Idleb": a place after "from" is where someone came from, not where it happened.</summary>
    private bool IsOrigin(PlaceMention p) => p.Range.First > 0 && _t[p.Range.First - 1].Lower == "from";

    /// <summary>"The victim, a 34-year-old migrant from South Sulawesi, was shot ... near Ilaga market": where a person is from
    /// is no scene.</summary>
    private bool HomeOfAPerson(PlaceMention p) =>
        IsOrigin(p) && p.Range.First >= 2 && _t[p.Range.First - 2] is var person
        && (kb.Cues.PersonNouns.Contains(person) || kb.Cues.PersonNouns.Contains(person.Lower + "s"));

    /// <summary>"thousands of residents fled across the border to Mandera in Kenya": where people fled to is no scene (data
    /// flight_words, a few words before "to", "into" or "towards"), nor is what holds it ("in Kenya").</summary>
    private bool RefugeOfTheFled(PlaceMention p)
    {
        var to = p.Range.First - 1;
        if (to > 0 && _t[to].Lower is "in" or "," && ann.Places.FirstOrDefault(q => q.Range.End == to) is { } held && held != p) return RefugeOfTheFled(held);
        if (to > 0 && _t[to].Lower == "the") to--;
        if (to < 1 || _t[to].Lower is not ("to" or "into" or "towards" or "toward")) return false;
        for (var k = to - 1; k >= 0 && k >= to - FledReach; k--)
        {
            if (_t[k].Text is "," or ";" or ".") return false;
            if (kb.Cues.FlightWords.Contains(_t[k])) return true;
        }
        return false;
    }

    /// <summary>How many words before "to" a verb of flight may stand ("fled across the border to").</summary>
    private const int FledReach = 5;

    /// <summary>"from Ecuador", "from the northern regions of Cameroon": a place named as where someone or something came
    /// from, the words between naming a part of it.</summary>
    private bool ComesFrom(PlaceMention p) => GovernedBy(p, 6, static t => t.Lower == "from", kb.Cues.Directions);

    /// <summary>The sentence's first town or province, other than <paramref name="origin"/>, that a locative word introduces
    /// ("..., in Nkolmintag neighbourhood of Douala city", "In Barquisimeto, Lara state, ...").</summary>
    private PlaceMention? LocatedElsewhere(List<PlaceMention> inSentence, PlaceMention origin)
    {
        foreach (var p in inSentence)
            if (p != origin && p.Place.Precision < PlacePrecision.Country && LocatedByWord(p)) return p;
        return null;
    }

    /// <summary>Whether a locative word ("in", "near", "at") stands before the place, past "the", capitalized words and
    /// unit nouns ("in Nkolmintag neighbourhood of Douala city").</summary>
    private bool LocatedByWord(PlaceMention p) => GovernedBy(p, 5, kb.Cues.LocativeWords.Contains, kb.Cues.SubPlaceNouns);

    /// <summary>Whether a word <paramref name="governs"/> accepts stands within <paramref name="window"/> words before the
    /// place, with only "of", "the", capitalized words, unit nouns and words of <paramref name="alsoPassed"/> between.</summary>
    private bool GovernedBy(PlaceMention p, int window, Func<Token, bool> governs, WordSet alsoPassed)
    {
        for (var k = p.Range.First - 1; k >= 0 && k >= p.Range.First - window; k--)
        {
            if (governs(_t[k])) return true;
            if (!(_t[k].Lower is "of" or "the" || _t[k].IsCapitalized || kb.Cues.IsUnitNoun(_t[k]) || alsoPassed.Contains(_t[k]))) return false;
        }
        return false;
    }

    /// <summary>"in the Tarmiyah district north of Baghdad": a place after a bearing ("north of") that follows another place is
    /// where the other lies from, not where the act was.</summary>
    private bool BearingFromAnother(PlaceMention p, List<PlaceMention> inSentence)
    {
        var k = p.Range.First - 1;
        if (k < 1 || _t[k].Lower != "of" || !kb.Cues.Directions.Contains(_t[k - 1])) return false;
        var bearing = k - 1;
        return inSentence.Exists(q => q != p && q.Range.End <= bearing && q.Range.End >= bearing - 2
                                      && Enumerable.Range(q.Range.End, bearing - q.Range.End).All(j => kb.Cues.IsUnitNoun(_t[j])));
    }

    private Place? AnaphoricPlace(Sentence s, int from, int clauseEnd, bool pointsAlone)
    {
        for (var k = from; k < clauseEnd && k < s.EndToken; k++)
        {
            // "GUIHULNGAN CITY, Negros Oriental (PNA) -- ... in a remote village of this city": the report's own town is its
            // dateline's.
            if (_t[k].Lower == "this" && k + 1 < s.EndToken && _t[k + 1].Lower is "city" or "town" && !doc.InDateline(k) && DatelineTown() is { } filedFrom)
                return filedFrom;
            var phrase = kb.Cues.AnaphoricPlaces.LongestAt(_t, k, s.EndToken).Length;
            if (phrase == 1 && !pointsAlone) continue;
            // "the village of Novoselydivka" names a new place, it does not point back.
            if (phrase == 0 || (k + phrase < s.EndToken && _t[k + phrase].Lower == "of")) continue;
            // "the village" is the last town named; "the province" the last province; "the area" either (not where someone
            // fled or was taken: "a resident who fled to Pemba").
            var noun = _t[Math.Min(k + 1, s.EndToken - 1)].Lower;
            var wanted = TownNouns.Contains(noun) ? PlacePrecision.Place : noun is "province" or "region" ? PlacePrecision.Admin1 : (PlacePrecision?)null;
            // ("Mweso, in the Bashali chiefdom of Masisi territory ... the hills overlooking the locality": nor a name the text
            // called a unit, which a town's word does not point at.)
            bool Wanted(PlaceMention p) => p.Place.Precision != PlacePrecision.Country && (wanted is null || p.Place.Precision == wanted)
                                            && !doc.InDateline(p.Range.First) && !CapitalActing(p) && !RouteEnd(p) && !OriginOfPeople(p) && !ConveyedTo(p)
                                            && !(wanted == PlacePrecision.Place && p.Range.End < _t.Count
                                                 && (kb.Cues.Admin1Nouns.Contains(_t[p.Range.End]) || kb.Cues.Admin2Nouns.Contains(_t[p.Range.End])));
            // "Kenscoff, a hillside commune overlooking Haiti's capital ... the centre of the commune": the place the report called
            // so, whatever it named after.
            if (wanted == PlacePrecision.Place && DescribedAs(noun, k) is { } described) return described.Place;
            // "the town's main market" in a paragraph that names no place is still the town the report is about.
            if (LastInParagraphBefore(ann.Places, static p => p.Range, k, s.Paragraph, Wanted) is { } inParagraph) return inParagraph.Place;
            // (A paragraph that names only countries or regions names no town of its own: "shelled the town" after "Somalia's
            // federal government" is still the town the report is about.)
            return wanted == PlacePrecision.Place
                   && LastInParagraphBefore(ann.Places, static p => p.Range, k, s.Paragraph, static p => p.Place.Precision < PlacePrecision.Country) is null
                ? LastInParagraphBefore(ann.Places, static p => p.Range, k, paragraph: null, Wanted)?.Place
                : null;
        }
        return null;
    }

    /// <summary>Words that, after "the", point back at a town: "the village", "the commune".</summary>
    private static readonly WordSet TownNouns = new(["village", "town", "city", "commune", "hamlet", "community", "locality"]);

    /// <summary>The town that "the town", "the village" after token <paramref name="from"/> in the sentence points back at, when
    /// the report named it with that word ("the town of Bara", "Kenscoff, a hillside commune"); not "the city's mayor".</summary>
    private PlaceMention? TownNamedSoLater(Sentence s, int from)
    {
        for (var k = from; k + 1 < s.EndToken; k++)
            if (_t[k].Lower == "the" && TownNouns.Contains(_t[k + 1])
                && (k + 2 >= s.EndToken || _t[k + 2].Text is not ("'s" or "'" or "’s" or "’") && _t[k + 2].Lower != "of"))
                return DescribedAs(_t[k + 1].Lower, k);
        return null;
    }

    /// <summary>The last town before token <paramref name="before"/> that the text described with <paramref name="noun"/>
    /// right after it ("Kenscoff, a hillside commune") or named as one ("the town of Bara").</summary>
    private PlaceMention? DescribedAs(string noun, int before)
    {
        PlaceMention? described = null;
        foreach (var p in ann.Places)
        {
            if (p.Range.End + 2 >= before) break;
            if (p.Place.Precision != PlacePrecision.Place) continue;
            if (p.Range.First >= 3 && _t[p.Range.First - 1].Lower == "of" && _t[p.Range.First - 2].Lower == noun && _t[p.Range.First - 3].Lower == "the")
            {
                described = p;
                continue;
            }
            if (_t[p.Range.End].Text != "," || _t[p.Range.End + 1].Lower is not ("a" or "an" or "the")) continue;
            for (var j = p.Range.End + 2; j < Math.Min(before, p.Range.End + 5); j++)
                if (_t[j].Lower == noun)
                {
                    described = p;
                    break;
                }
        }
        return described;
    }

    public (DateInterval Date, bool Explicit) Date(Sentence s, TokenRange trigger)
    {
        var clauseStart = _clauses.Start(_t, s, trigger.First);
        // A time in another clause that has its own event belongs to that event ("the army, which has been fighting
        // since April 2023, condemned the attack").
        // The first time in the trigger's clause, else the nearest in the sentence (the earliest on a tie).
        var clauseEnd = _clauses.End(_t, s, trigger.End - 1);
        TimeMention? own = null, nearest = null, saidOn = null, ofAnotherClause = null;
        var nearestDistance = int.MaxValue;
        foreach (var t in TimesOf(s))
        {
            if (doc.InDateline(t.Range.First) || DatesAnotherTrigger(s, t, trigger)) continue;
            // "killed 14 people on Saturday, ..., a day after Moscow launched its largest aerial attack": "a day after"
            // dates what follows it, not an act told before it.
            if (t.Range.First >= trigger.End && _t[t.Range.End - 1].Lower == "after") continue;
            // "arrested a man, who was charged with murder and will appear in court on Saturday": a time told after "will"
            // dates what is still to come.
            if (t.Range.First >= trigger.End && FutureBetween(trigger.End, t.Range.First)) continue;
            // "whether the blast was linked to the arrest of three men ... last week": the time of what the act is linked to.
            if (t.Range.First >= trigger.End && LinkedBetween(trigger.End, t.Range.First)) continue;
            if (OtherEventInClause(s, t.Range.First, trigger))
            {
                // ("the army said Tuesday it had repelled an attack ..., killing dozens": the day of the saying is no act's.)
                if (DatesTheSaying(t, trigger))
                {
                    saidOn ??= t;
                    continue;
                }
                // (Not a relative clause's, about someone the act concerns: "to protest against the killing of the mayor, who was
                // shot dead on Nov. 1".)
                if (t.Interval.DaysSpanned() <= 1 && !RightAfterSince(t) && !_clauses.InEarlierRelativeClause(_t, s, t.Range.First)
                    && !(t.Range.First > trigger.End && InAClauseAboutSomeone(t.Range.First))) ofAnotherClause ??= t;
                continue;
            }
            // "the biggest challenge to her rule since she won a fourth term in January": a time after "since" that
            // follows the trigger dates the since-clause, not the act.
            var ownClause = t.Range.First >= clauseStart && t.Range.First < clauseEnd;
            // "had arrested more than 400 people since Sunday": a recent day that is all a "since" right after the act's
            // clause says counts the act from that day to the report.
            if (RightAfterSince(t) && t.Range.First > trigger.End && t.Range.First - 1 <= clauseEnd && EndsItsClause(t, s)
                && t.Interval.DaysSpanned() <= 31 && t.Interval.Start <= doc.Article.Published)
                return (new DateInterval(t.Interval.Start, doc.Article.Published, t.Interval.Precision), true);
            if (SinceBetween(trigger.End, t.Range.First)) continue;
            // "scuffles broke out near parliament, where supporters have been camping since last week": "since" before a time
            // of another clause dates a standing situation there.
            if (!ownClause && RightAfterSince(t)) continue;
            // "seized the main prison, from which hundreds of inmates had escaped on Friday": a relative clause's time dates
            // what came before, told of the thing it names.
            if (!ownClause && _clauses.InEarlierRelativeClause(_t, s, t.Range.First)) continue;
            // "protests after Maduro was declared the winner of Sunday's election": a day owned by a noun that tells no event
            // dates that thing ("condemned Saturday's strikes" is told on the day of the strikes it answers).
            if (NamesAThing(t)) continue;
            // "killed 20 people, officials said on Tuesday": the day it was said, not the day it happened.
            if (DatesTheSaying(t, trigger))
            {
                saidOn ??= t;
                continue;
            }
            if (ownClause)
            {
                own = t;
                break;
            }
            if (Math.Abs(t.Range.First - trigger.First) < nearestDistance) (nearest, nearestDistance) = (t, Math.Abs(t.Range.First - trigger.First));
        }
        if (own is not null) return (own.Interval, true);
        // "took to the streets of Kaedi on Monday ..., burning tyres and attacking public buildings": a participle's clause
        // after a comma or "and" goes on with the act it hangs on, on that act's day.
        if (ofAnotherClause is not null && ofAnotherClause.Range.End <= clauseStart && ParticipleAfterABreak(clauseStart, trigger.First))
            return (ofAnotherClause.Interval, true);
        // A time of another clause before the verb of saying is in what was said ("has killed 120 people since December,
        // the ministry said on Thursday"); one after it dates its own clause ("..., an official said Friday, the largest
        // toll since it intervened in 2016"). Told on a day with no day of its own, the act is dated to the report, as
        // ACLED dates it, but not by the text's own word (a detail dated the day before may tell the same act).
        // "the army said on Wednesday that its aircraft had killed dozens ..., on Monday": after "said ... that", what was
        // said runs on, its times with it.
        // "launched an operation on Wednesday, after protesters blocked the highway": what came before the act the time
        // dates is not dated by it.
        // (A month still holds it: "declared an emergency in September, after 119 inmates were killed"; and "hours after"
        // is the same day.)
        // (Not a time inside that "after" clause: "was needed after gunmen shot dead four people, including a 16-year-old,
        // in Laventille on Sunday" dates the shooting.)
        if (nearest is { Interval.Precision: DatePrecision.Day } && nearest.Range.First < clauseStart && OpensWithAfter(clauseStart)) nearest = null;
        // "on Thursday, hours after demonstrators set fire to the consulate": about that day, not told of it.
        if (nearest is { Interval.Precision: DatePrecision.Day } && OpensWithHoursAfter(clauseStart)) return (nearest.Interval, false);
        if (nearest is not null && (saidOn is null || nearest.Range.First < saidOn.Range.First
                                    // ("said on Monday it had killed about 40 ... over the weekend": "that" may be left out.)
                                    || (trigger.First > saidOn.Range.End && saidOn.Range.End < _t.Count
                                        && _t[saidOn.Range.End].Lower is "that" or "it" or "they" or "its" or "their")))
            return (nearest.Interval, true);
        if (saidOn is not null) return (saidOn.Interval, false);
        // "A mosque was set on fire early on Tuesday and its imam was killed": the day of the sentence's other act is the
        // likeliest, though not this act's own word.
        if (ofAnotherClause is not null) return (ofAnotherClause.Interval, false);
        // "torched government buildings in Zenica and Mostar, where party offices were set on fire": a "where" clause tells
        // more of the act before it, on that act's day.
        if (clauseStart > s.FirstToken && _t[clauseStart - 1].Lower == "where"
            && TriggersOf(s).LastOrDefault(t => t.Range.End < clauseStart) is { } told)
            return Date(s, told.Range);
        // Carried forward: the last time named earlier in the same paragraph ("Last week, ... In response, ..."), not a day
        // that names a thing ("accusing it of rigging Sunday's vote. Some of them hurled stones"), nor one still to come
        // ("will appear in court on Saturday. Two other people were detained").
        // Nor one of a relative clause about what the sentence names ("the city, which the RSF seized in December 2023. The
        // RSF said its forces had withdrawn").
        if (LastInParagraphBefore(ann.Times, static t => t.Range, s.FirstToken, s.Paragraph,
                t => t.Interval.DaysSpanned() <= 31 && !RightAfterSince(t) && !NamesAThing(t) && !ToldAsFuture(t) && !InARelativeClause(t)) is { } carried)
            return (carried.Interval, false);
        // "LA PAZ, Nov 2 (AFP) - Police cleared roadblocks ... on Friday. [new paragraph] Police fired tear gas ...": a wire
        // report's second paragraph opens on the act its lead told, on the lead's day.
        // (The lead's first time is its act's; a later one dates its motive or its telling: "... on Friday, in retaliation
        // for a drone attack ... last weekend".)
        // So does an act told "also" ("Large marches were also held in Oran"): one more of the lead's acts; and the rest
        // of the second paragraph while it names no time ("The first blasts ripped through ... A third church was hit").
        // So is a paragraph that opens at a town of its own ("In the central city of Kremenchuk, a series of explosions hit a
        // bridge ... A strike on the southern city of Odesa ..."): the lead's act told where else it struck.
        if ((OpensTheSecondParagraph(s) || ToldAlso(s, trigger) || InTheSecondParagraphUntimed(s) || (InAParagraphOpenedAtATown(s) && !Says(s, trigger))) && LeadParagraph() is { } lead
            // (Not "Saturday's vote": a day that names a thing, not the lead's act.)
            && ann.Times.FirstOrDefault(t => !doc.InDateline(t.Range.First) && doc.SentenceOf(t.Range.First).Paragraph == lead && !NamesAThing(t)) is { } ofTheLead
            && ofTheLead.Interval.DaysSpanned() <= 31 && !RightAfterSince(ofTheLead))
            return (ofTheLead.Interval, false);
        // Untimed news ("have moved", "are fleeing") tells of the last days before publication.
        return (UntimedDays(), false);
    }

    /// <summary>Whether "will" (or "due to") stands within the few words before the time, in its sentence: "will appear in
    /// court on Saturday".</summary>
    private bool ToldAsFuture(TimeMention t)
    {
        var s = doc.SentenceOf(t.Range.First);
        return FutureBetween(Math.Max(s.FirstToken, t.Range.First - FutureReach), t.Range.First);
    }

    /// <summary>How many words before a time a "will" makes it a time to come.</summary>
    private const int FutureReach = 6;

    /// <summary>Whether the time lies in a clause opened by "which", "who", "whom" or "whose".</summary>
    private bool InARelativeClause(TimeMention t) => ClauseOpener(t.Range.First) is "which" or "who" or "whom" or "whose";

    /// <summary>Whether token <paramref name="k"/> lies in a clause about a person, opened by "who", "whom" or "whose" (not
    /// "in which", which may tell the act itself: "the knife attack, in which three girls were killed on July 29").</summary>
    public bool InAClauseAboutSomeone(int k) => ClauseOpener(k) is "who" or "whom" or "whose";

    /// <summary>Whether token <paramref name="k"/> lies in a clause about a site, opened by "where" with no comma since
    /// ("a restaurant where commanders of units and Western instructors were meeting").</summary>
    public bool InAClauseAboutASite(int k)
    {
        var first = doc.SentenceOf(k).FirstToken;
        for (var j = k - 1; j > first && j >= k - SiteClauseWords; j--)
        {
            if (_t[j].Text is "," or ";") return false;
            if (_t[j].Lower == "where") return true;
        }
        return false;
    }

    private const int SiteClauseWords = 12;

    /// <summary>The word right before the clause token <paramref name="k"/> lies in, if the clause does not open its sentence.</summary>
    private string? ClauseOpener(int k)
    {
        var s = doc.SentenceOf(k);
        var start = _clauses.Start(_t, s, k);
        return start > s.FirstToken ? _t[start - 1].Lower : null;
    }

    /// <summary>Whether "will", "shall" or "due to" stands in [from, to).</summary>
    private bool FutureBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (_t[k].Lower is "will" or "shall" || (_t[k].Lower == "due" && k + 1 < to && _t[k + 1].Lower == "to")) return true;
        return false;
    }

    /// <summary>Whether the clause starting at <paramref name="clauseStart"/> is opened by "hours after" or "shortly after".</summary>
    private bool OpensWithHoursAfter(int clauseStart) =>
        AfterOpening(clauseStart) is > 0 and var after && _t[after - 1].Lower is "hours" or "minutes" or "moments" or "shortly" or "soon";

    /// <summary>Whether the clause starting at <paramref name="clauseStart"/> is opened by "after" (not "hours after").</summary>
    private bool OpensWithAfter(int clauseStart) =>
        AfterOpening(clauseStart) is >= 0 and var after
        && (after == 0 || _t[after - 1].Lower is not ("hours" or "minutes" or "moments" or "shortly" or "soon" or "just" or "day"));

    /// <summary>Where the "after" that opens the clause starting at <paramref name="clauseStart"/> stands (the clause's first
    /// word or the break before it), or -1.</summary>
    private int AfterOpening(int clauseStart) =>
        _t[clauseStart].Lower == "after" ? clauseStart : clauseStart > 0 && _t[clauseStart - 1].Lower == "after" ? clauseStart - 1 : -1;

    /// <summary>The last days before publication: when untimed news ("have moved", "have attacked districts for weeks")
    /// happened.</summary>
    public DateInterval UntimedDays() =>
        new(doc.Article.Published.AddDays(-UntimedWindowDays), doc.Article.Published, DatePrecision.Week);

    /// <summary>Whether the sentence before dates what it tells to a year before the report's ("besieged Marawi for five
    /// months in 2017"), and not only someone it describes ("his friends who had been executed in 1972").</summary>
    public bool GoesOnWithThePast(Sentence s)
    {
        if (LastInParagraphBefore(ann.Times, static t => t.Range, s.FirstToken, s.Paragraph, static _ => true) is not { Interval.Precision: DatePrecision.Year } past
            || past.Interval.End.Year >= doc.Article.Published.Year || doc.SentenceOf(past.Range.First).Index != s.Index - 1)
            return false;
        var before = doc.SentenceOf(past.Range.First);
        for (var k = past.Range.First - 1; k >= before.FirstToken && k >= past.Range.First - 8; k--)
            if (_t[k].Lower is "who" or "which" or "whose" or "whom") return false;
        // "The protests began on Monday when ... over a death in custody last year": a sentence whose own act is dated
        // in the report's days tells the present; the year past dates only what it names.
        return !TimesOf(before).Any(t => t != past && t.Interval.Precision == DatePrecision.Day && t.Interval.End.Year >= doc.Article.Published.Year);
    }

    /// <summary>The last annotation that ends by token <paramref name="before"/> in the given paragraph (in any, when it is
    /// null) and passes the test: what an event with no place or time of its own carries forward. Searched from the end,
    /// so the nearest ends it.</summary>
    private T? LastInParagraphBefore<T>(IReadOnlyList<T> all, Func<T, TokenRange> rangeOf, int before, int? paragraph, Func<T, bool> test)
        where T : class
    {
        for (var k = all.Count - 1; k >= 0; k--)
        {
            var range = rangeOf(all[k]);
            if (range.End <= before && (paragraph is null || doc.SentenceOf(range.First).Paragraph == paragraph) && test(all[k])) return all[k];
        }
        return null;
    }

    /// <summary>The paragraph a wire dateline opens (the lead), if the report has a dateline.</summary>
    private int? LeadParagraph() => doc.DatelineEnd > 0 ? doc.SentenceOf(doc.DatelineEnd - 1).Paragraph : null;

    /// <summary>Whether a place named earlier may be where a later act happened: not where a route led, people came from,
    /// ground was handed to, people were taken to or a group is based, nor a capital that acts, nor where a distance was
    /// measured from ("Walikale, about 125 km west of Goma").</summary>
    private bool Carries(PlaceMention p) => !RouteEnd(p) && !OriginOfPeople(p) && !HandedTo(p) && !BaseOf(p) && !CapitalActing(p) && !ConveyedTo(p)
                                            && !InACauseOfItsSentencesAct(p) && !DistanceFrom(p);

    /// <summary>Whether the place is the scene of a clause of cause or time after its sentence's first act ("marched ...
    /// after the remains of a woman were found near Walvis Bay"), so no place a later sentence's act is carried to.</summary>
    private bool InACauseOfItsSentencesAct(PlaceMention p)
    {
        foreach (var t in TriggersOf(doc.SentenceOf(p.Range.First)))
            if (t.Range.End <= p.Range.First) return SceneOfALaterCause(p, t.Range);
        return false;
    }

    /// <summary>The one town a wire report's lead names (past its dateline), if it names exactly one, or one only in the
    /// article's country ("in central Baghdad, in protest at a planned Koran burning in Stockholm"): where the report's
    /// acts that name no place of their own happened ("Dozens of residents gathered outside the municipality building").</summary>
    public Place? LeadTown()
    {
        if (LeadParagraph() is not { } lead) return null;
        var homeIso2 = ann.MainCountry3 is { } main ? kb.Gazetteer.CountryByCode(main)?.Iso2 : null;
        // "WASHINGTON, Jan 7 - ... stormed the U.S. Capitol ... Rioters smashed windows": a report that names no place
        // but its dateline's town and country was filed where it happened.
        if (DatelineTown() is { } filed && (ann.MainCountry3 is null || homeIso2 == filed.CountryIso2)
            && !ann.Places.Any(p => !doc.InDateline(p.Range.First) && ((p.Place.Precision < PlacePrecision.Country && p.Place != filed) || p.Place.CountryIso2 != filed.CountryIso2)))
            return filed;
        Place? town = null, home = null;
        var several = false;
        foreach (var p in ann.Places)
        {
            // (The dateline's town is where the report was filed, when the report names other places.)
            if (doc.SentenceOf(p.Range.First).Paragraph != lead || p.Place.Precision != PlacePrecision.Place || RouteEnd(p) || !MayBeTheScene(p)
                || doc.InDateline(p.Range.First)) continue;
            several |= town is not null && town != p.Place;
            town ??= p.Place;
            if (p.Place.CountryIso2 != homeIso2) continue;
            if (home is not null && home != p.Place) return null;
            home = p.Place;
        }
        return several ? home : town;
    }

    /// <summary>Whether "also" stands in the trigger's clause ("marches were also held", "also attacked"), or a word that
    /// measures the act against one told before ("Smaller, peaceful marches were held in Guadalajara").</summary>
    private bool ToldAlso(Sentence s, TokenRange trigger)
    {
        for (var k = _clauses.Start(_t, s, trigger.First); k < _clauses.End(_t, s, trigger.End - 1); k++)
            if (kb.Cues.AlsoWords.Contains(_t[k])) return true;
        // (The sentence's first word, set off by a comma from the rest of its noun: "Smaller, peaceful marches".)
        return kb.Cues.AlsoWords.Contains(_t[s.FirstToken]) && s.FirstToken < trigger.First;
    }

    /// <summary>Whether the sentence is in the paragraph right after the lead's, and no time was named before it there.</summary>
    private bool InTheSecondParagraphUntimed(Sentence s) =>
        LeadParagraph() is { } lead && s.Paragraph == lead + 1
        && LastInParagraphBefore(ann.Times, static t => t.Range, s.FirstToken, s.Paragraph, static _ => true) is null;

    /// <summary>Whether the trigger tells a statement ("called for safe passage"), told on its own day, not the act's.</summary>
    private bool Says(Sentence s, TokenRange trigger) => FrameOf(s, trigger)?.Statement == true;

    /// <summary>The frame of the sentence's trigger that starts where <paramref name="trigger"/> does.</summary>
    private Frame? FrameOf(Sentence s, TokenRange trigger) => TriggersOf(s).FirstOrDefault(t => t.Range.First == trigger.First)?.Entry.Frame;

    /// <summary>Whether the sentence's paragraph, after the lead's, opens "In" a town, and names no time before it.</summary>
    private bool InAParagraphOpenedAtATown(Sentence s)
    {
        if (LeadParagraph() is not { } lead || s.Paragraph <= lead
            || LastInParagraphBefore(ann.Times, static t => t.Range, s.FirstToken, s.Paragraph, static _ => true) is not null) return false;
        var opening = s;
        while (opening.Index > 0 && doc.Sentences[opening.Index - 1].Paragraph == s.Paragraph) opening = doc.Sentences[opening.Index - 1];
        var first = doc.FirstTokenPastDateline(opening);
        if (_t[first].Lower != "in") return false;
        var town = ann.Places.FirstOrDefault(p => p.Range.First > first && p.Range.First <= first + TownOpeningWords && p.Place.Precision == PlacePrecision.Place);
        return town is not null && town.Range.End < opening.EndToken && _t[town.Range.End].Text == ",";
    }

    /// <summary>How many words after "In" a paragraph's opening town may stand ("In the central city of Kremenchuk").</summary>
    private const int TownOpeningWords = 5;

    /// <summary>Whether the sentence opens the paragraph right after the lead's.</summary>
    private bool OpensTheSecondParagraph(Sentence s) =>
        LeadParagraph() is { } lead && s.Paragraph == lead + 1 && s.Index > 0 && doc.Sentences[s.Index - 1].Paragraph == lead;

    /// <summary>"since last week": a time that starts a standing situation, not the day of an act.</summary>
    private bool RightAfterSince(TimeMention t) => t.Range.First > 0 && _t[t.Range.First - 1].Lower == "since";

    /// <summary>Whether the trigger opens its clause as a participle after a comma or "and": "..., battling troops",
    /// "... and blocking roads".</summary>
    public bool ParticipleAfterABreak(int clauseStart, int trigger) =>
        trigger == clauseStart && clauseStart > 0 && _t[clauseStart - 1].Text is "," or "and"
        && _t[trigger].Lower.EndsWith("ing", StringComparison.Ordinal) && _t[trigger].Kind == TokenKind.Word;

    private bool EndsItsClause(TimeMention t, Sentence s) => t.Range.End >= s.EndToken || _t[t.Range.End].Text is "," or "." or ";";

    private bool SinceBetween(int from, int to)
    {
        for (var k = from; k < to - 1; k++)
            if (_t[k].Lower == "since") return true;
        return false;
    }

    /// <summary>How many words of how it was said may stand between a saying and its day.</summary>
    private const int TellingReach = 8;

    /// <summary>"officials said on Tuesday", "told reporters on Monday", "said in a statement on Sunday": a time right after a
    /// verb of saying that is not the event's own word.</summary>
    private bool DatesTheSaying(TimeMention time, TokenRange trigger)
    {
        var k = time.Range.First - 1;
        // "claimed responsibility on Thursday for two explosions": the day of the claim, not of the explosions.
        if (k >= 1 && _t[k].Lower == "responsibility" && _t[k - 1].Lower is "claimed" or "claims" or "claim" or "claiming") return k - 1 < trigger.First || k >= trigger.End;
        // "said in a statement", "told reporters", "said by telephone", "said in a statement read on state television": how
        // it was said stands between the saying and its day.
        var reach = time.Range.First - TellingReach;
        var statement = false;
        while (k > 0 && k > reach && !(k >= trigger.First && k < trigger.End) && kb.Cues.TellingWords.Contains(_t[k]))
        {
            statement |= _t[k].Lower is "statement" or "statements" or "interview" or "briefing" or "conference";
            k--;
        }
        // ("Islamic State claimed in a statement on Saturday that its fighters had killed ...": so does a claim's.)
        if (k >= 0 && (k >= trigger.End || k < trigger.First) && (SayingVerbs.Contains(_t[k]) || (k < trigger.First && _t[k].Lower == "claimed"))) return true;
        // ("In a statement released on Thursday, the M23 said it had repelled an attack": a statement's day, before the saying
        // it opens.)
        if (!statement || time.Range.End >= trigger.First) return false;
        for (var j = time.Range.End; j < trigger.First; j++)
            if (SayingVerbs.Contains(_t[j])) return true;
        return false;
    }

    /// <summary>"protested on Wednesday over the 2020 port explosion": a time right before another event's word names that
    /// event ("the 2020 ..."), not this one.</summary>
    private bool DatesAnotherTrigger(Sentence s, TimeMention time, TokenRange trigger)
    {
        if (_t[time.Range.First].Lower != "the") return false;
        var triggers = TriggersOf(s);
        var frame = triggers.FirstOrDefault(t => t.Range.First == trigger.First)?.Entry.Frame.Name;
        // "had signed the 2016 peace deal": a word of the same act as its object names the same act; any other noun after
        // "the 2011" ("took Daraa, the birthplace of the 2011 uprising") is a thing it names, no time of the act.
        foreach (var other in triggers)
            if (other.Range.First >= time.Range.End && other.Range.First <= time.Range.End + 2)
                return other.Range.First != trigger.First && other.Entry.Frame.Name != frame;
        // ("during the civil wars of the late 1990s": "the" opens a decade, which names nothing.)
        return time.Interval.Precision == DatePrecision.Year && !(_t[time.Range.End - 1] is { Kind: TokenKind.Number } last && last.Text.EndsWith('s'));
    }

    private bool OtherEventInClause(Sentence s, int token, TokenRange trigger)
    {
        var start = _clauses.Start(_t, s, token);
        var end = _clauses.End(_t, s, token);
        if (trigger.First >= start && trigger.First < end) return false;
        // "A police officer was killed on Sunday when armed men attacked a patrol": the clause a "when" clause hangs on
        // tells the same act, and its time dates both (so does an "as" clause: "five people were killed on Thursday as
        // security forces clashed with protesters"); an "after" clause tells what came just before it ("launched
        // operations in late 2021, after the group carried out bombings").
        var own = _clauses.Start(_t, s, trigger.First);
        if (own > start && (_t[own].Lower is "when" or "after" or "as" || _t[own - 1].Lower is "when" or "after" or "as")) return false;
        var ownEnd = _clauses.End(_t, s, trigger.First);
        var afterAnd = start >= ownEnd && start <= ownEnd + 1 && (_t[start].Lower == "and" || _t[start - 1].Lower == "and");
        foreach (var t in ann.Triggers)
        {
            if (t.Range.First < start || t.Range.First >= end) continue;
            // "were shot dead and their patrol car set on fire near Canete on Saturday": a time closing the next clause
            // joined by "and" dates both acts of the sentence.
            if (afterAnd && t.Range.First < token) continue;
            return true;
        }
        return false;
    }

    /// <summary>Deaths in the sentence (ACLED 1.5): each count of people is dead or not by the word that tells what
    /// happened to it: the killing word right before it ("killing at least 3"), else the first such word after it
    /// ("5 were killed and 5 were wounded"), else the nearest before. Counts "including" others are a subset, not
    /// added. A killing with no count but one victim ("killed a soldier") is one death. Also whether every count added
    /// was vague ("killed scores of civilians", "dozens dead"), and whether each was vague or a floor ("more than 70"),
    /// so that a later precise count of the same act may exceed it.</summary>
    public (int? Dead, bool Vague, bool Floor) Toll(Sentence s)
    {
        var total = 0;
        var any = false;
        var allVague = true;
        var allFloors = true;
        int? runningTotal = null;
        // "clashed with about 30 gunmen, killing three of them": a count taken up by "of them" is the group, not the dead;
        // after a toll ("9 fatalities, 6 of them from one faction") it is a part of the toll.
        var partOf = -1;
        var tollBefore = false;
        var partsListed = false;
        var wholeOfPeople = false;
        foreach (var n in NumbersOf(s))
        {
            if (n.Unit is "them" or "whom" && Predicate(n.Range, s) == true) partOf = n.Range.First;
            else if (partOf < 0 && KillWordNextTo(n.Range, s)) tollBefore = true;
        }
        foreach (var n in NumbersOf(s))
        {
            if (partOf >= 0 && (tollBefore ? n.Range.First == partOf : n.Range.First < partOf)) continue;
            if (n.Unit is not null && !CountsPeople(n, s)) continue;
            // "bringing the death toll to 45", "raise the total of those killed to five": a running total, the event's
            // toll only when the sentence gives no count of its own.
            if (IsRunningTotal(n.Range, s))
            {
                runningTotal = Math.Max(runningTotal ?? 0, n.Value);
                continue;
            }
            // "1 fatality", "4 dead": the counted noun says it.
            if (n.Unit is not null && kb.Cues.KillWords.LongestAt(_t, n.Range.End - 1, n.Range.End).Length > 0)
            {
                Add(n);
                continue;
            }
            // "17 people were killed, among them three police officers and two gendarmes": the parts of a toll told ("21
            // militants including 2 commanders and 4 soldiers" counts the soldiers apart: only people hold every kind).
            if (OpensAPart(n.Range.First, s) || (partsListed && wholeOfPeople && n.Range.First - 1 >= s.FirstToken && _t[n.Range.First - 1].Lower is "and" or ","))
            {
                partsListed = true;
                continue;
            }
            partsListed = false;
            // "shot dead by two armed men": the count of the killers, not of the dead.
            if (n.Range.First - 1 >= s.FirstToken && _t[n.Range.First - 1].Lower == "by") continue;
            if (Predicate(n.Range, s) != true) continue;
            // "killing 147 people in a siege that ended when security forces killed four of the attackers": the attackers'
            // dead, told after the victims, fell in another fight.
            if (any && OfTheAttackers(n)) continue;
            Add(n);
        }
        if (!any && runningTotal is { } sum) return (sum, false, false);
        if (!any && NamedVictims(s) is { } named) return (named, false, false);
        return any ? (total, allVague, allFloors) : (null, false, false);

        void Add(NumberMention n)
        {
            wholeOfPeople = n.Unit is null or "people" or "persons";
            // "killing five Israelis and the Bulgarian driver": one more person joined to the count.
            // ("killing a woman and her two children", "killing him and two of his guards": one more before it.)
            total += n.Value + (OnePersonJoinedTo(n.Range, s) ? 1 : 0) + (OnePersonJoinedBefore(n.Range, s) || OthersThanOneNamed(n.Range, s) ? 1 : 0);
            any = true;
            allVague &= n.IsVague;
            allFloors &= n.IsVague || LowerBound(n);
        }
    }

    /// <summary>Whether "and" joins one more person to the count: "five Israelis and the Bulgarian driver", "two soldiers and
    /// a civilian" (not "and two civilians", a count of its own, nor "and a house").</summary>
    private bool OnePersonJoinedTo(TokenRange count, Sentence s)
    {
        // (The counted noun may stand outside the count: "five Israelis".)
        var k = count.End;
        if (k < s.EndToken && _t[k].Lower != "and" && _t[k].Kind == TokenKind.Word && _t[k].IsCapitalized) k++;
        if (k + 2 >= s.EndToken || _t[k].Lower != "and" || _t[k + 1].Lower is not ("a" or "an" or "the" or "one")) return false;
        // (Past at most two modifiers: "the Bulgarian bus driver".)
        for (var noun = k + 2; noun < s.EndToken && noun <= k + 4; noun++)
        {
            if (kb.Cues.PersonNouns.Contains(_t[noun]) && !_t[noun].Lower.EndsWith('s')) return noun + 1 >= s.EndToken || _t[noun + 1].Lower != "of";
            if (_t[noun].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    /// <summary>Whether "and" joins the count to one person named before it: "a woman and her two children", "him and two of
    /// his guards" (not "two soldiers and three civilians", nor "the house and two cars").</summary>
    private bool OnePersonJoinedBefore(TokenRange count, Sentence s)
    {
        var k = count.First - 1;
        if (k > s.FirstToken && _t[k].Lower is "his" or "her" or "their") k--;
        if (k - 1 <= s.FirstToken || _t[k].Lower != "and") return false;
        var noun = k - 1;
        if (_t[noun].Lower is "him" or "her") return KilledRightBefore(noun, s);
        if (!kb.Cues.PersonNouns.Contains(_t[noun]) || _t[noun].Lower.EndsWith('s')) return false;
        // (Past at most two modifiers, "a young woman", "the local commander", right after the killing: not a part of a toll
        // told before it, "five people, a woman and four children", "seven dead including a Canadian tourist and four police".)
        for (var j = noun - 1; j >= s.FirstToken && j >= noun - 3; j--)
        {
            if (_t[j].Lower is "a" or "an" or "the") return KilledRightBefore(j, s);
            if (_t[j].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    /// <summary>Whether the count, after "and", is of others than someone named before it and not counted: "killed the group's
    /// chief of staff and four other members".</summary>
    private bool OthersThanOneNamed(TokenRange count, Sentence s) =>
        count.First - 1 > s.FirstToken && _t[count.First - 1].Lower == "and" && CountsOthers(count, s)
        // (Not others than people counted before: "two soldiers and three other people".)
        && !ann.Numbers.Any(n => n.Range.End < count.First && n.Range.End >= count.First - OthersReach && n.Range.First >= s.FirstToken);

    /// <summary>How far before "and N other" a count would make the others its own: "two soldiers and three other people".</summary>
    private const int OthersReach = 8;

    /// <summary>Whether "other" or "others" follows the number, in or right after the count: "four other members", "two others".</summary>
    private bool CountsOthers(TokenRange count, Sentence s)
    {
        for (var k = count.First + 1; k <= count.End && k < s.EndToken; k++)
            if (_t[k].Lower is "other" or "others") return true;
        return false;
    }

    /// <summary>Whether a word of killing ("killing", "killed") stands right before token <paramref name="k"/>.</summary>
    private bool KilledRightBefore(int k, Sentence s) => k - 1 >= s.FirstToken && kb.Cues.KillWords.LongestAt(_t, k - 1, k).Length > 0;

    /// <summary>The count of the attackers a killing takes as its object ("killed six of the assailants"), if it does.</summary>
    public int? AttackersKilledBy(TokenRange kill)
    {
        foreach (var n in ann.Numbers)
            if (n.Range.First == kill.End && OfTheAttackers(n)) return n.Value;
        return null;
    }

    /// <summary>"four of the attackers", "two of the gunmen": a count of an unnamed armed group's men, taken from the group.</summary>
    private bool OfTheAttackers(NumberMention n) =>
        n.Unit is { } unit && n.Range.End - n.Range.First >= 3 && _t[n.Range.First + 1].Lower == "of"
        && kb.Actors.ForceNounsByWord.TryGetValue(unit, out var noun) && noun.Kind == "unidentified";

    /// <summary>Whether a subset word ("including", "among them", "of whom") ends right before token <paramref name="first"/>.</summary>
    private bool OpensAPart(int first, Sentence s)
    {
        for (var k = Math.Max(s.FirstToken, first - 2); k < first; k++)
            if (kb.Cues.SubsetWords.LongestAt(_t, k, first).Length == first - k) return true;
        return false;
    }

    /// <summary>"more than 70", "at least 12", "over 40": a count told as a floor, which a later precise count may exceed.</summary>
    private bool LowerBound(NumberMention n)
    {
        // The count's range opens with its qualifier.
        var k = n.Range.First;
        return _t[k].Lower is "over" or "upwards"
               || (k + 1 < n.Range.End && ((_t[k].Lower == "more" && _t[k + 1].Lower == "than") || (_t[k].Lower == "at" && _t[k + 1].Lower == "least")));
    }

    /// <summary>"killed 12 people", "9 fatalities", "4 dead": a kill word right before the count, or ending or right after it.</summary>
    private bool KillWordNextTo(TokenRange count, Sentence s) =>
        (count.First - 1 >= s.FirstToken && IsKillWord(count.First - 1, s))
        || kb.Cues.KillWords.LongestAt(_t, count.End - 1, count.End).Length > 0
        || (count.End < s.EndToken && kb.Cues.KillWords.LongestAt(_t, count.End, s.EndToken).Length > 0);

    /// <summary>A count after "to" with a running-total word ("toll", "total", "tally") in the eight words before it.</summary>
    private bool IsRunningTotal(TokenRange count, Sentence s) =>
        count.First - 1 >= s.FirstToken && _t[count.First - 1].Lower == "to"
        && kb.Cues.RunningTotalWords.AnyIn(_t, Math.Max(s.FirstToken, count.First - 9), count.First - 1);

    /// <summary>The wounded in the sentence: counts of people whose word is an injury ("5 were wounded", "injuring 7").</summary>
    public int? Injured(Sentence s)
    {
        var total = 0;
        foreach (var n in NumbersOf(s))
        {
            if (n.Unit is not null && !CountsPeople(n, s)) continue;
            if (n.Range.First - 1 >= s.FirstToken && _t[n.Range.First - 1].Lower == "by") continue;
            if (Injury(n.Range, s)) total += n.Value;
        }
        return total > 0 ? total : null;
    }

    private bool Injury(TokenRange count, Sentence s)
    {
        bool? At(int k) => kb.Cues.InjuryWords.Contains(_t[k]) ? true : IsKillWord(k, s) || kb.Cues.NotDeathWords.Contains(_t[k]) ? false : null;
        if (count.First - 1 >= s.FirstToken && At(count.First - 1) is { } adjacent) return adjacent;
        for (var k = count.End; k < Math.Min(s.EndToken, count.End + 12); k++)
            if (At(k) is { } after) return after;
        return false;
    }

    /// <summary>"5 civilians", "6 regime soldiers", "5 regime and pro-regime fighters": a count of people when a person
    /// noun ends the counted phrase, whatever its modifiers.</summary>
    private bool CountsPeople(NumberMention n, Sentence s)
    {
        if (kb.Cues.PersonNouns.Contains(n.Unit!)) return true;
        for (var k = n.Range.End - 1; k < Math.Min(s.EndToken, n.Range.End + 6); k++)
        {
            var w = _t[k].Lower;
            // ("attacks three churches, 13 dead": another count opens a phrase of its own.)
            if (k > n.Range.End - 1 && kb.Cues.IsCount(_t[k])) return false;
            // ("6 of them fighters of two factions": groups counted are no people.)
            if (kb.Cues.PersonNouns.Contains(w) || kb.Actors.ForceNounsByWord.TryGetValue(w, out var noun) && noun.WeaponFrame is null && !kb.Cues.ArmedGroupNouns.Contains(w))
                return true;
            if (w is "were" or "was" or "are" or "in" or "on" or "at" or "by" or "of" or "from" or "during" or "while" || IsKillWord(k, s)) return false;
            // ("destroying about 20 houses, residents said": a comma after the counted thing closes its phrase.)
            if (w is "," or ";" && k > n.Range.End - 1 && !(k + 1 < s.EndToken && _t[k + 1].Lower is "a" or "an" or "the" or "including")) return false;
            // "attacked two churches and a police post": a plural noun of things ends the count's phrase; the police
            // after "and a" are another phrase.
            if (w is "and" or "," && k > n.Range.End - 1 && k + 1 < s.EndToken && _t[k + 1].Lower is "a" or "an" or "the"
                && _t[k - 1] is { IsCapitalized: false } unit && unit.Lower.EndsWith('s') && unit.Kind == TokenKind.Word) return false;
        }
        return false;
    }

    /// <summary>True when the count is of the dead, false when of the wounded, arrested or missing, null when unsaid.</summary>
    private bool? Predicate(TokenRange count, Sentence s)
    {
        bool? At(int k) => IsKillWord(k, s) ? true : kb.Cues.NotDeathWords.Contains(_t[k]) ? false : null;
        if (count.First - 1 >= s.FirstToken && At(count.First - 1) is { } adjacent) return adjacent;
        // "the bodies of 2 civilians", "the killing of 3 soldiers".
        if (count.First - 2 >= s.FirstToken && _t[count.First - 1].Lower == "of" && IsKillWord(count.First - 2, s)) return true;
        if (TollFigure(count, s)) return true;
        for (var k = count.End; k < Math.Min(s.EndToken, count.End + 12); k++)
        {
            // "thousands of mourners marched at the funeral of a man killed in the raid": the killing is told of the one
            // person right before it, not of the count.
            if (k - 2 >= count.End && kb.Cues.OnePersonRightBefore(_t, k) && IsKillWord(k, s)) return null;
            // ("hundreds of mourners marched during the funerals of those killed": nor of those it points back at.)
            if (k - 2 >= count.End && _t[k - 1].Lower == "those" && IsKillWord(k, s)) return null;
            // ("thousands of supporters of an executed Islamist assassin": a death word after an article describes someone.)
            if (_t[k - 1].Lower is "a" or "an" && IsKillWord(k, s)) return null;
            // ("thousands of people marched to protest against the killing of the mayor": a killing named with "the ... of" is
            // what the count did something about.)
            if (_t[k - 1].Lower == "the" && k + 1 < s.EndToken && _t[k + 1].Lower == "of" && IsKillWord(k, s)) return null;
            // ("to drive thousands of protesters from Pearl Roundabout ..., killing at least three people": a participle set
            // off by a comma kills what follows it, not the count before.)
            // (Unless it kills them: "Two militants detonated explosives, killing themselves".)
            if (k - 1 > count.End && _t[k - 1].Text == "," && _t[k].Lower.EndsWith("ing", StringComparison.Ordinal) && IsKillWord(k, s)
                && !(k + 1 < s.EndToken && _t[k + 1].Lower is "themselves" or "himself" or "herself")) return null;
            if (At(k) is { } after) return after;
        }
        for (var k = count.First - 1; k >= Math.Max(s.FirstToken, count.First - 8); k--)
        {
            // ("shot dead about 50 people on Thursday as thousands of protesters took to the streets": a clause of its own.)
            // ("killed 10 civilians as well as two soldiers" joins one more count.)
            if (_t[k].Lower == "as" && k - 2 >= s.FirstToken && _t[k - 1].Lower == "well" && _t[k - 2].Lower == "as")
            {
                k -= 2;
                continue;
            }
            if (_t[k].Lower is "as" or "while" or "when" or "where" or "because") return null;
            if (k < count.First - 1 && At(k) is { } earlier) return earlier;
        }
        return null;
    }

    /// <summary>"The death toll from Sunday's strike has risen to seven", "the toll stands at 12": a toll's figure.</summary>
    private bool TollFigure(TokenRange count, Sentence s)
    {
        if (count.First - 1 < s.FirstToken || _t[count.First - 1].Lower is not ("to" or "at" or "reached" or "hit")) return false;
        for (var k = count.First - 2; k >= s.FirstToken; k--)
            if (_t[k].Lower == "toll") return true;
        return false;
    }

    /// <summary>"killed a soldier": one victim named in the singular near the killing; "a young woman and her two-month-old baby
    /// were killed", "kills mother and baby": two, one joined to the other.</summary>
    private int? NamedVictims(Sentence s)
    {
        TriggerMention? kill = null;
        foreach (var t in TriggersOf(s))
            if (t.Entry.Frame.Name == "kill")
            {
                kill = t;
                break;
            }
        if (kill is null) return null;
        // "marched to demand the release of an activist they say died in custody": a death the demand is about is its motive.
        if (kb.Cues.DemandWords.AnyIn(_t, s.FirstToken, kill.Range.First)) return null;
        // "after a gunman tried to kill an Islamist militant": an attempt kills no one.
        var f = kill.Range.First;
        if (f >= 2 && _t[f - 1].Lower == "to" && _t[f - 2].Lower is "tried" or "attempted" or "trying" or "attempting" or "failed" or "plotted" or "plotting")
            return null;
        // "kills mother and baby": two bare nouns for people joined right after the killing.
        if (kill.Range.End + 2 < s.EndToken && IsOnePerson(_t[kill.Range.End].Lower) && JoinedPersonAfter(kill.Range.End + 1, s)) return 2;
        // "rebel leader Alfredo Reinado was killed": one named person the subject of "was" and the killing.
        if (f >= 2 && _t[f - 1].Lower == "was" && _t[f - 2].IsCapitalized && f - 2 > s.FirstToken) return 1;
        // "a man's body was found in the town's market near the main road, killed by ...": the victim may open the sentence.
        for (var k = Math.Max(s.FirstToken, kill.Range.First - SingleVictimReach); k < Math.Min(s.EndToken, kill.Range.End + 6); k++)
        {
            // ("The governor ... was abducted and killed": one person, the subject of the passive killing.)
            // ("had killed his father": one person named by a possessive.)
            if (_t[k].Lower is not ("a" or "an" or "one" or "his" or "her") && !(_t[k].Lower == "the" && k + 1 < s.EndToken && (_t[k + 1].Lower == "victim" || PassiveBetween(k + 1, kill.Range.First))))
                continue;
            // ("A 21-year-old farmer": past the age.)
            var head = k + 1;
            while (head < s.EndToken && (_t[head].Kind == TokenKind.Number || _t[head].Text == "-" || _t[head].Lower is "year" or "years" or "month" or "months" or "old"))
                head++;
            for (var j = head; j < Math.Min(s.EndToken, head + 3); j++)
                if (IsOnePerson(_t[j].Lower)) return JoinedPersonAfter(j + 1, s) ? 2 : 1;
        }
        return null;
    }

    /// <summary>Whether the word names one person: "farmer", "soldier" (not "men", "police", "dead").</summary>
    private bool IsOnePerson(string word) =>
        (kb.Cues.PersonNouns.Contains(word) || (kb.Actors.ForceNounsByWord.TryGetValue(word, out var noun) && noun.WeaponFrame is null && noun.Kind != "government"))
        && !word.EndsWith('s') && word is not ("men" or "women" or "people" or "children" or "police" or "personnel" or "dead");

    /// <summary>Whether "and" at token <paramref name="k"/> joins one more person: "and her two-month-old baby", "and baby",
    /// "and a child" (past a determiner, an age and two modifiers).</summary>
    private bool JoinedPersonAfter(int k, Sentence s)
    {
        if (k >= s.EndToken || _t[k].Lower != "and") return false;
        var j = k + 1;
        if (j < s.EndToken && _t[j].Lower is "a" or "an" or "her" or "his" or "their" or "the" or "one") j++;
        for (var end = Math.Min(s.EndToken, j + 6); j < end; j++)
        {
            if (IsOnePerson(_t[j].Lower)) return true;
            if (_t[j].Kind != TokenKind.Number && _t[j].Text != "-" && (_t[j].Kind != TokenKind.Word || _t[j].IsCapitalized)) return false;
        }
        return false;
    }

    /// <summary>How many words before the killing its one victim may be named ("A 15-year-old boy was shot in both legs and
    /// was taken to hospital, where he later died").</summary>
    private const int SingleVictimReach = 24;

    private bool PassiveBetween(int from, int to)
    {
        for (var j = from; j < to; j++)
            if (Auxiliaries.IsPassive(_t[j])) return true;
        return false;
    }

    private bool IsKillWord(int k, Sentence s) => kb.Cues.KillWords.LongestAt(_t, k, s.EndToken).Length > 0;

    /// <summary>How many took part: the count of fighters, troops, vehicles or people in the trigger's clause or sentence.</summary>
    public Quantity? Quantity(Sentence s, TokenRange trigger)
    {
        var clauseStart = _clauses.Start(_t, s, trigger.First);
        // Of the counts of things not killed, the first in the clause before any other, then the nearest (earliest on a tie).
        NumberMention? best = null;
        (int OutOfClause, int Distance) bestRank = default;
        string? bestUnit = null;
        foreach (var n in NumbersOf(s))
        {
            var unit = n.Unit ?? PeopleCountedBy(n);
            // ("many of them young": a part of a crowd counted before, no count of its own.)
            if (unit is "them" or "whom" or "those") continue;
            if (unit is null || KillWordDistance(n.Range, s) is not (null or > 4)) continue;
            var rank = (n.Range.First >= clauseStart ? 0 : 1, Math.Abs(n.Range.First - trigger.First));
            if (best is null || rank.CompareTo(bestRank) < 0) (best, bestRank, bestUnit) = (n, rank, unit);
        }
        return best is null ? null : new Quantity(best.Value, bestUnit!);
    }

    /// <summary>"15,000 Egyptians": people named by a demonym right after the number, which counts them.</summary>
    private string? PeopleCountedBy(NumberMention n)
    {
        foreach (var a in ann.Actors)
            if (a.Range.First == n.Range.End && a.Kind == ActorMentionKind.Generic && a.Actor?.Kind == ActorKind.Civilians)
                return a.Surface.ToLowerInvariant();
        return null;
    }

    /// <summary>"These strikes", "this attack", and "the fighting" once a fight has been told in the paragraph:
    /// the trigger points back at an event already told. A noun for one act ("the assault", "the attack", not "the
    /// fighting") points back at one told in an earlier paragraph too.</summary>
    public bool IsAnaphoric(TokenRange trigger, Sentence s, bool earlierEventInParagraph, bool earlierEventInArticle)
    {
        if (trigger.First <= s.FirstToken) return false;
        // ("the coordinated attacks": a modifier between the article and the word still points back.)
        var article = trigger.First - 1;
        if (article > s.FirstToken && kb.Cues.AnaphoricModifiers.Contains(_t[article])) article--;
        // ("the railway station attack": so do words that name the act.)
        if (TriggersOf(s).FirstOrDefault(t => t.Range.First == trigger.First)?.DeterminerOverNamingWords(_t, s.FirstToken, kb.Cues.Determiners) is { } determiner)
            article = determiner;
        var before = _t[article].Lower;
        return before is "these" or "this" or "those" or "such"
               || (before == "the" && (earlierEventInParagraph || (earlierEventInArticle && (!kb.Cues.DiffuseViolence.Contains(_t[trigger.First])
                                                                                               || AfterPreposition(article, s)))))
               || (earlierEventInArticle && (WitnessedInQuotation(trigger, s) || HeardOrSeen(trigger, s)));
    }

    /// <summary>"Gunfire and explosions were heard in the city for several hours": sounds or sights of an act already told,
    /// a passive verb of observing a few words after the trigger.</summary>
    public bool HeardOrSeen(TokenRange trigger, Sentence s)
    {
        // "Residents said they heard heavy gunfire": the sound heard by the verb before it, past an adjective.
        if (kb.Cues.HeardRightBefore(_t, s.FirstToken, trigger.First)) return true;
        for (var k = trigger.End; k < s.EndToken && k <= trigger.End + 4; k++)
            if (kb.Cues.Roles.ObserverVerbs.Contains(_t[k])) return Auxiliaries.IsPassive(_t[k - 1]);
        return false;
    }

    /// <summary>"trapped by the fighting", "killed in the fighting near Sake", "villages closest to the fighting", "unable to
    /// stop the fighting": the fighting as the circumstance or the object of something else is the fighting already told.</summary>
    private bool AfterPreposition(int article, Sentence s) =>
        article > s.FirstToken && (_t[article - 1].Lower is "by" or "in" or "from" or "amid" or "during" or "to" or "near" or "despite"
                                   || kb.Cues.HaltingVerbs.LongestAt(_t, article - 1, article).Length == 1);

    /// <summary>"'I heard a huge blast and then shooting everywhere,' said a waiter": a witness quoted on what they heard or
    /// saw, or on what "they" did, tells of the event already reported, not of another.</summary>
    private bool WitnessedInQuotation(TokenRange trigger, Sentence s)
    {
        var open = 0;
        for (var k = s.FirstToken; k < trigger.First; k++)
            open += _t[k].Text switch { "\"" => open > 0 ? -1 : 1, "\u201c" => 1, "\u201d" => -1, _ => 0 };
        if (open <= 0) return false;
        // ""They attacked us without warning," a protester said": a witness's own account, its author a mere pronoun.
        if (trigger.First - 1 >= s.FirstToken && _t[trigger.First - 1].Lower is "they" or "he" or "she") return true;
        for (var k = trigger.First - 1; k >= s.FirstToken && k >= trigger.First - 4; k--)
            if (kb.Cues.Roles.ObserverVerbs.Contains(_t[k])) return true;
        return false;
    }

    /// <summary>How far the nearest killing word lies from a count (within eight words), or null.</summary>
    private int? KillWordDistance(TokenRange range, Sentence s)
    {
        int? best = null;
        for (var k = Math.Max(s.FirstToken, range.First - 8); k < Math.Min(s.EndToken, range.End + 8); k++)
        {
            if (range.Contains(k) || !IsKillWord(k, s)) continue;
            var d = k < range.First ? range.First - k : k - range.End + 1;
            if (best is null || d < best) best = d;
        }
        return best;
    }

    /// <summary>"was attacked with a grenade": the weapon names the act, the passive verb before it says who suffered it.</summary>
    private bool MeansOfAPassive(int trigger, Sentence s)
    {
        var k = trigger - 1;
        while (k > s.FirstToken && k >= trigger - 3 && _t[k].Lower is "a" or "an" or "the" or "two" or "several") k--;
        if (k - 1 > s.FirstToken && _t[k].Lower == "with" && IsPassive(k - 1, s)) return true;
        // "they were targeted first by improvised explosive devices and then by more than 100 assailants": the weapon a
        // passive names after "by" struck its subject. (Not "31 people were wounded by gunfire": the hurt are a toll.)
        if (k - 1 <= s.FirstToken || _t[k].Lower != "by") return false;
        var participle = _t[k - 1].Lower is "first" or "then" or "also" or "later" ? k - 2 : k - 1;
        return participle > s.FirstToken && IsPassive(participle, s) && !kb.Cues.InjuryWords.Contains(_t[participle])
               && kb.Cues.KillWords.LongestAt(_t, participle, participle + 1).Length == 0;
    }

    /// <summary>"were killed", "was later captured": the trigger is a passive participle.</summary>
    public bool IsPassive(int trigger, Sentence s)
    {
        var w = _t[trigger].Lower;
        if (!(w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal) || w is "struck" or "shot" or "hit" or "held" or "fled"))
            return false;
        // A headline drops the auxiliary: "Governor of West Darfur killed after accusing RSF", "Two soldiers wounded in blast".
        // ("Two police officers shot dead in northwest Colombia": past the participle's "dead".)
        var next = trigger + 1 < s.EndToken && _t[trigger + 1].Lower == "dead" ? trigger + 2 : trigger + 1;
        if (s.EndToken <= doc.HeadlineEnd && (next >= s.EndToken || HeadlineAfterParticiple.Contains(_t[next]))) return true;
        for (var k = trigger - 1; k >= s.FirstToken && k >= trigger - 3; k--)
        {
            if (Auxiliaries.IsPassive(_t[k])) return true;
            // Adverbs may stand between: "were reportedly killed", "was later captured"; so may a quotation mark: "had been
            // "neutralised"".
            if (!_t[k].Lower.EndsWith("ly", StringComparison.Ordinal) && _t[k].Lower is not ("also" or "later" or "then" or "\"" or "“" or "'"))
                return ElidedPassive(trigger, s);
        }
        return ElidedPassive(trigger, s);
    }

    /// <summary>Words that follow a headline's participle told without its auxiliary ("killed after", "wounded in").</summary>
    private static readonly WordSet HeadlineAfterParticiple = new(["after", "in", "as", "near", "on", "at", "by", "during", "amid", "while", ",", ";", ":", "-"]);

    /// <summary>"one civilian had been killed and five wounded": a participle after "and" and a count shares the passive
    /// of the one before (whoever said so did not wound them); "put the toll at 77, with 255 wounded" counts the hurt.</summary>
    private bool ElidedPassive(int trigger, Sentence s)
    {
        var k = trigger - 1;
        // ("26 officers had been injured and 40 people arrested": past the people counted.)
        if (k - 1 > s.FirstToken && (kb.Cues.PersonNouns.Contains(_t[k]) || _t[k].Lower is "people" or "persons") && kb.Cues.IsCount(_t[k - 1])) k--;
        while (k > s.FirstToken && k >= trigger - 2 && (kb.Cues.IsCount(_t[k]) || _t[k].Lower is "others" or "more"))
            k--;
        // ("31 people were killed and more than 150 wounded", "and at least 40 injured": past what bounds the count, as the
        // count's own qualifier.)
        if (k < trigger - 1 && NumberAnnotator.QualifierStart(_t, k + 1) is var qualified && qualified <= k && qualified - 1 > s.FirstToken) k = qualified - 1;
        // ("the men were taken out and shot": past the particle of the participle before.)
        if (k == trigger - 1 && _t[k].Lower == "and" && k - 2 > s.FirstToken && _t[k - 1].Lower is "out" or "away" or "off" or "up" or "down" or "aside")
            return IsPassive(k - 2, s);
        if (k == trigger - 1 || k - 1 < s.FirstToken) return false;
        return _t[k].Lower == "with" || (_t[k].Lower == "and" && IsPassive(k - 1, s));
    }

    /// <summary>Whether the mention tells the report: inside a source's words, or joined to them ("residents and military
    /// sources said").</summary>
    private bool InSource(ActorMention a)
    {
        var joined = a.Kind == ActorMentionKind.Generic && a.Range.End + 1 < _t.Count && _t[a.Range.End].Lower == "and" ? a.Range.End + 1 : -1;
        if (joined > 0 && _t[joined].Lower is "a" or "an" or "the") joined++;
        foreach (var source in ann.Sources)
            if (source.Range.Overlaps(a.Range) || source.Range.First == joined) return true;
        return false;
    }

    private bool InSourcePlace(PlaceMention p)
    {
        foreach (var source in ann.Sources)
            if (source.Range.Contains(p.Range.First) && source.Range.Contains(p.Range.End - 1)) return true;
        return false;
    }

    private bool Locative(ActorMention a) => a.Range.First > 0 && kb.Cues.LocativeWords.Contains(_t[a.Range.First - 1]) && _t[a.Range.First - 1].Lower is not "and";

    private bool IsPossessed(ActorMention a) => doc.IsPossessiveMark(a.Range.End) && a.Kind == ActorMentionKind.Country;

    /// <summary>"in Kharkiv, Ukraine", "in Poonch district, India": a country after a place and a comma says where, not who.</summary>
    private bool FollowsPlace(ActorMention a)
    {
        if (a.Range.First < 2 || _t[a.Range.First - 1].Text != ",") return false;
        var before = a.Range.First - 1;
        if (kb.Cues.IsUnitNoun(_t[before - 1])) before--;
        foreach (var p in ann.Places)
            if (p.Range.End == before) return true;
        return false;
    }
}
