using Frontline.Core.Annotators;
using Frontline.Core.Knowledge;
using Frontline.Core.Model;
using Frontline.Core.Text;

namespace Frontline.Core.Events;

/// <summary>
/// Builds one event per clause that holds a trigger, then joins clauses that tell one action: a killing
/// (", killing 15 civilians") joins the attack that caused it, and fighting with no place of its own joins the
/// capture it led to (ACLED: concurrent tactics are one event, named by the tactic that ranks higher).
/// Sentences that only name who reported ("This deployment was confirmed by ...") lend their sources to the
/// events before them; "These strikes ..." and "in the fighting" continue the event they point back to.
/// </summary>
public sealed class EventAssembler(KnowledgeBase kb)
{
    private readonly PlaceResolver _places = new(kb.Gazetteer);
    private readonly UnopposedTakeovers _takeovers = new(kb);
    private readonly ForcedEntries _entries = new(kb);

    /// <summary>How far from a province's point a town told with the act's toll may lie and still be the act's place
    /// (a border town of the next province).</summary>
    private const double NearProvinceKm = 100;

    /// <summary>An action dated only to a span longer than a month ("since 2011", "since April 2023") is background.</summary>
    private const int StandingSituationDays = 31;

    /// <summary>How many days before the report a start told ("began in late January") makes background.</summary>
    private const int StartLongBeforeDays = 7;

    public List<EventDraft> Assemble(Document doc, Annotations ann)
    {
        var roles = new RoleFinder(kb, doc, ann);
        var clauses = roles.Clauses;
        var drafts = new List<EventDraft>();
        foreach (var s in doc.Sentences)
        {
            var triggers = new List<TriggerMention>();
            foreach (var t in ann.Triggers)
                if (t.Range.First >= s.FirstToken && t.Range.End <= s.EndToken) triggers.Add(t);
            var sources = new List<string>();
            foreach (var x in ann.Sources)
                if (x.Range.First >= s.FirstToken && x.Range.End <= s.EndToken) sources.Add(x.Name);
            var evidence = new TextSpan(doc.Tokens[s.FirstToken].Start, doc.Tokens[s.EndToken - 1].End);
            if (triggers.Count == 0)
            {
                LendSources(drafts, s, sources, evidence);
                continue;
            }
            ActorMention? previousActor1 = null;
            TriggerMention? request = null, blame = null;
            DateInterval? startedLongBefore = null;
            // ("The attack came less than a week after BLA fighters seized a passenger train ..., in a siege that ended with at
            // least 26 hostages killed": every act told past such an "after" is of that past.)
            var pastFrom = ActCameAfterAPast(doc.Tokens, s);
            var past = triggers.Find(t => MonthsBefore(doc.Tokens, s, t) || (pastFrom >= 0 && t.Range.First > pastFrom));
            var groups = SplitTheActBlamed(doc.Tokens, JoinClauses(doc, s, ann, triggers, clauses));
            foreach (var group in groups)
            {
                var main = MainTrigger(doc.Tokens, group);
                // "supporters of jailed former Prime Minister Imran Khan had been arrested": custody describing someone beside
                // another act is no act of the sentence.
                if (group.Count > 1 && group.RemoveAll(t => t.Entry.Frame.Name == "arrest" && DescribesCustody(doc.Tokens, t)) > 0)
                    main = MainTrigger(doc.Tokens, group);
                // "killed four people ..., calling the rampage an Islamist terror attack": the name given to the act is no act.
                if (group.Count > 1 && group.RemoveAll(t => LabelOfAJudgedAct(doc.Tokens, s, t)) > 0)
                {
                    if (group.Count == 0) continue;
                    main = MainTrigger(doc.Tokens, group);
                }
                // "Eritrean troops opened fire on a border post and Ethiopian soldiers returned fire": the fire answered names
                // the act, whose target answered it.
                if (group.Count > 1 && group.Find(t => !t.Entry.Answers && t.Entry.Frame.Violent) is { } opened
                    && group.RemoveAll(t => t.Entry.Answers && t.Range.First > opened.Range.First) > 0)
                    main = MainTrigger(doc.Tokens, group);
                // "police drones dropped tear gas canisters on farmers": what carried the tear gas is no strike of its own.
                if (group.Exists(t => CrowdControl(doc.Tokens, t)) && group.RemoveAll(t => t.Entry.Frame.Codes.AcledEventType == RemoteViolence) > 0)
                    main = MainTrigger(doc.Tokens, group);
                // ("Police shot the suspect in the thigh ... and arrested him": the arrest is the act, the shot its means.)
                if (triggers.Exists(t => t.Entry.Frame.Name == "arrest") && group.RemoveAll(t => ShotThePerpetrator(doc, ann, t)) > 0)
                {
                    if (group.Count == 0) continue;
                    main = MainTrigger(doc.Tokens, group);
                }
                // "A gunman killed four people ... Officers shot him dead nine minutes after the first call": the state's
                // killing of the one who did an act already told ends that act.
                if (StateKilledTheAttacker(doc, ann, group) && drafts.Exists(d => d.Frame.Violent && (d.Actor1 is null || !ActorKinds.IsState(d.Actor1.Kind))))
                    continue;
                // "Security forces killed the last of the militants who attacked a cadet college": the attack the killed are told by
                // is the fight in which they died; the killing names it, with its two sides.
                if (group.Count > 1 && group.Find(t => t.Entry.Frame.Name == "kill") is { } killingOfThem
                    && group.RemoveAll(t => t != killingOfThem && t.Entry.Frame.Violent && ActOfTheKilled(doc, ann, killingOfThem, t)) > 0)
                    main = MainTrigger(doc.Tokens, group);
                // "since the fall of Bashar al-Assad in December": a ruler's or a regime's fall takes no place.
                if (main.Entry.Frame.Name == "capture" && doc.Tokens[main.Range.First].Lower == "fall" && FallOfARuler(doc, ann, main)) continue;
                // "troops backed by helicopter gunships clashed": the backing is no act of its own.
                if (BackingOf(doc.Tokens, main) && triggers.Count > group.Count) continue;
                // "Gunmen attacked a school ..., in the boldest strike on the city in a decade": a superlative judges the act
                // told before it in the sentence, it tells no other.
                if (group.Count == 1 && JudgesAnActBefore(doc.Tokens, s, main, triggers)) continue;
                // "It was the second attack in the city in less than a month": a sentence that only ranks the act told
                // before among others tells no new one.
                if (group.Count == 1 && drafts.Count > 0 && RanksTheActBefore(doc, s, main)) continue;
                // "the deadliest day of unrest since the president was ousted and arrested last month": what a superlative
                // is measured since is a reference point, not an act of the report.
                if (SinceASuperlative(doc.Tokens, s, main)) continue;
                // "mourners marched at the funeral of a man killed in the raid": a killing told of the one person another act
                // of the sentence is about is that person's story, told before, not an act of its own.
                // (So is the raid it names again: "killed in the raid".)
                if (group.Find(t => t.Entry.Frame.Name == "kill" && KillingOfOneNamedByAnAct(doc.Tokens, s, t)) is { } describedKilling
                    && triggers.Exists(t => t.Range.First < describedKilling.Range.First))
                {
                    group.RemoveAll(t => t == describedKilling || (t.Range.First > describedKilling.Range.First && TheActAgain(doc.Tokens, t)));
                    if (group.Count == 0) continue;
                    main = MainTrigger(doc.Tokens, group);
                }
                // "The attacks came three months after gunmen killed 145 people ..., an attack claimed by the Islamic State":
                // the acts told again, dated by one long past (and all told of it after), tell nothing new, and the past
                // act's toll is not theirs.
                if (past is not null && group.TrueForAll(t => t.Range.First >= past.Range.First || TheActAgain(doc.Tokens, t))) continue;
                // "The attack followed a disputed election in June", "The attacks came amid ...": the act told again only to
                // set it in time tells nothing new.
                if (group.TrueForAll(t => TheActAgain(doc.Tokens, t)) && main.Range.End < s.EndToken
                    && doc.Tokens[main.Range.End].Lower is "followed" or "follows" or "came" or "comes") continue;
                // "Netanyahu said Iran was behind the attack": who is blamed for the act told again is an accusation, no act.
                if (group.TrueForAll(t => TheActAgain(doc.Tokens, t)) && main.Range.First >= 2 && doc.Tokens[main.Range.First - 2].Lower == "behind") continue;
                // "The riots were triggered by false claims about a knife attack": the act told again with its cause tells
                // nothing new (the cause may).
                if (TheActAgain(doc.Tokens, group[0]) && CausedByAfter(doc.Tokens, group[0].Range.End, s.EndToken))
                {
                    group.RemoveAt(0);
                    if (group.Count == 0) continue;
                    main = MainTrigger(doc.Tokens, group);
                }
                // "More than 150 people have been arrested since the unrest began", "58,000 people have been arrested since the
                // government declared a state of emergency": a running count, no arrest of the report.
                if (main.Entry.Frame.Name == "arrest" && PresentPerfect(doc.Tokens, s, main) && SinceWords.AnyIn(doc.Tokens, main.Range.End, s.EndToken)
                    && (SinceItBegan(doc.Tokens, s) || doc.Article.Published.DayNumber - CountedFrom(doc, ann, s, doc.Article.Published).DayNumber > StandingSituationDays))
                    continue;
                // "The protests began in late January as a convoy": the start, weeks before the report, of what it tells is its
                // background (not "protests erupted on Monday").
                // (Nor what it "grew into" by that day: "... and grew into a broader demonstration".)
                if ((main.Entry.Frame.Crowd || main.Entry.Frame.Violent) && main.Range.End < s.EndToken
                    && doc.Tokens[main.Range.End].Lower is "began" or "started" && roles.Date(s, main.Range) is { Explicit: true } began
                    && doc.Article.Published.DayNumber - began.Date.End.DayNumber > StartLongBeforeDays)
                {
                    startedLongBefore = began.Date;
                    continue;
                }
                if (startedLongBefore is not null && roles.Date(s, main.Range).Date == startedLongBefore) continue;
                // "Relatives of the victims of the 2020 port explosion marched": a past year names which explosion; the
                // act of the report is the march. So with acts that describe someone ("a commander responsible for rocket
                // attacks").
                if (Background(doc, s, main, group))
                {
                    if (group.FirstOrDefault(t => !Background(doc, s, t, group)) is not { } current) continue;
                    main = current;
                }
                // "a strike on a restaurant in Kryvyi Rih where commanders were meeting": a meeting told in a "where" clause after a
                // violent act is what its target was ("visited Doha, where he met the emir" is a meeting).
                if (main.Entry.Frame.Codes.PloverType == "CONSULT" && roles.InAClauseAboutASite(main.Range.First)
                    && ViolenceToldBefore(ann, s, main.Range.First))
                    continue;
                // "The Saudi-led coalition fighting the Houthis responded with air strikes": a participle right after its
                // actor's name says who the actor is; the act is the clause's other.
                // ("A Saudi-led coalition fighting the Houthis said the attack had set fire to two tanks": no act of its own when
                // what follows is said of an act told before.)
                ActorMention? described = null;
                // (A crowd "demonstrating against the curfew" protests, and a brigade "taking control over two towns" takes them.)
                if (group.Count > 1 && main.Entry.Frame is { Violent: true, Crowd: false, Control: ControlEffect.None }
                    && ParticipleOfTheActor(doc.Tokens, ann, main) is { } actor)
                {
                    var participle = main;
                    if (group.FirstOrDefault(t => t.Range.First > participle.Range.End && t.Entry.Frame.Violent && !TheActAgain(doc.Tokens, t)
                                                  && !SaidBetween(doc.Tokens, participle.Range.End, t.Range.First)) is { } act)
                        (main, described) = (act, actor);
                    else
                    {
                        group.Remove(participle);
                        main = MainTrigger(doc.Tokens, group);
                    }
                }
                // "A man accused of theft was beaten to death": "of" right after the verb names the accused; what was done
                // to them is the event.
                if (main.Entry.Frame.Name == "accuse" && main.Range.End < s.EndToken && AccusedOfWords.Contains(doc.Tokens[main.Range.End])
                    && group.FirstOrDefault(t => t.Range.First > main.Range.First && t.Entry.Frame.Violent) is { } done)
                    main = done;
                // "called on all sides to cease fire and resume talks", "urged the army to stop shelling": what is asked for
                // or threatened is the request's content, not an event of its own; so is what is condemned or denied, right
                // after the verb ("condemned the attack").
                // "... accused Tajik forces of using tanks, and said a Tajik drone had struck the airport": a new "said" after
                // the accusation opens what was said, not what was blamed.
                // ("... and said the attacks were a response": the attacks blamed, named again, stay what was blamed.)
                if (request is not null && main.Range.First > request.Range.First && SaidBetween(doc.Tokens, request.Range.End, main.Range.First)
                    && !TheActAgain(doc.Tokens, main)) request = null;
                if (request is not null && main.Range.First > request.Range.First
                    && ((request.Entry.Frame.Codes.PloverType != "ACCUSE" && ContentWords.AnyIn(doc.Tokens, request.Range.End, main.Range.First))
                        || (request.Entry.Frame.Name == "accuse" && AccusedOfWords.AnyIn(doc.Tokens, request.Range.End, main.Range.First)
                            && !(main.Entry.Frame.Violent && request.Entry.Lemma == "blame"))
                        || main.Range.First - request.Range.End <= 2)) continue;
                // "said the government would not tolerate attacks on migrants": acts named as what will be put up with.
                if (group.Count == 1 && kb.Cues.ToleranceVerbs.AnyIn(doc.Tokens, Math.Max(s.FirstToken, main.Range.First - 2), main.Range.First)) continue;
                // "said he would sue the Trump administration over the deployment": an act told before, named again as what a
                // dispute is over or against, tells nothing new.
                if (group.Count == 1 && drafts.Count > 0 && TheActAgain(doc.Tokens, main) && main.Range.First >= 2
                    && doc.Tokens[main.Range.First - 2].Lower is "over" or "against") continue;
                // "Zelenskiy, attending a NATO summit in The Hague, said the attack showed that ...": the act told before, named again
                // as what a speaker comments on, wherever the speaker is.
                if (group.Count == 1 && drafts.Count > 0 && TheActAgain(doc.Tokens, main) && main.Range.First >= 3
                    && (doc.Tokens[main.Range.First - 2].Lower is "said" or "says" || (doc.Tokens[main.Range.First - 2].Lower == "that" && doc.Tokens[main.Range.First - 3].Lower is "said" or "says"))
                    && main.Range.End < s.EndToken && doc.Tokens[main.Range.End].Lower is "showed" or "shows" or "proved" or "proves" or "was" or "is")
                    continue;
                // "blamed Belgrade, saying the attack was the work of professionals": the act blamed, told before.
                if (blame is not null && main.Range.First > blame.Range.First && TheActAgain(doc.Tokens, main)) continue;
                // "killed 2 civilians during an incursion": a raid that kills civilians is an attack on them, not a fight.
                if (kb.Cues.Roles.OneSidedAssaults.Contains(doc.Tokens[main.Range.First])
                    && group.FirstOrDefault(t => t.Entry.Frame.Name == "kill"
                                                 && roles.Actors(s, t.Range, t.Entry, previousActor1).Actor2?.Actor?.Kind == ActorKind.Civilians) is { } killing)
                    main = killing;
                // "Two teachers taking part in a protest against a mining contract were shot dead": a crowd's word in a participle
                // that describes the victims of a killing tells who they were; the killing is the event, and the crowd its victims.
                var killedProtesting = false;
                if (main.Entry.Frame.Crowd && VictimsDescribedBy(doc, ann, main)
                    && group.FirstOrDefault(t => t.Entry.Frame.Violent && t.Range.First > main.Range.First && roles.IsPassive(t.Range.First, s)) is { } victimsKilling)
                    (main, killedProtesting) = (victimsKilling, true);
                // "Mexican mayor who fought cartels shot dead", "a journalist who exposed gangs": what someone of no armed force did
                // to a whole kind of people, told of them in a "who" clause, is what they were known for, not the act told; and
                // whom they fought is no side of what befell them.
                var knownFor = group.FindAll(t => KnownFor(doc.Tokens, s, t));
                if (knownFor.Count > 0)
                {
                    group.RemoveAll(knownFor.Contains);
                    if (group.Count == 0) continue;
                    main = MainTrigger(doc.Tokens, group);
                }
                // "have been fighting the SDF around the dam since they captured the city": an act told as a verb in a clause
                // "since" opens is when the act told by the verb before began, not one of the report's ("have since seized", an
                // adverb, tells one; "deaths since the protests began" is a running count, read whole).
                // (What "have been fighting" since then is a standing situation, no act either.)
                if (group.Count > 1 && group.FindAll(t => SinceOpensItsClause(doc.Tokens, s, t)) is { Count: > 0 } since
                    && group.Exists(t => !since.Contains(t) && IsVerb(t) && t.Range.First < since[0].Range.First))
                {
                    group.RemoveAll(since.Contains);
                    main = MainTrigger(doc.Tokens, group);
                    if (group.TrueForAll(t => PerfectProgressive(doc.Tokens, s, t))) continue;
                }
                // "31 Palestinians were killed ... as they gathered near an aid distribution site": a gathering told as what the
                // victims were doing when violence befell them is no crowd's act of its own (protesters shot as they gathered
                // protested).
                var victimsGathering = kb.Cues.ProtesterNouns.AnyIn(doc.Tokens, s.FirstToken, s.EndToken)
                    ? []
                    : group.FindAll(t => t.Entry.Gathering && t.Range.First - 2 >= s.FirstToken && doc.Tokens[t.Range.First - 1].Lower == "they"
                                         && doc.Tokens[t.Range.First - 2].Lower is "as" or "while" or "when" && ViolenceToldBefore(ann, s, t.Range.First));
                if (victimsGathering.Count > 0)
                {
                    group.RemoveAll(victimsGathering.Contains);
                    if (group.Count == 0) continue;
                    main = MainTrigger(doc.Tokens, group);
                }
                var (a1, a2, associated) = roles.Actors(s, main.Range, main.Entry, previousActor1);
                if (a2 is not null && knownFor.Exists(t => t.Range.End == a2.Range.First)) a2 = null;
                // (Its author is the actor the participle described, not the participle's object.)
                if (described is not null) (a1, a2) = (described, a2 == described ? null : a2);
                // "soldiers broke up a protest outside a factory": the force that broke it up is its other side, not who
                // protested (not "fired tear gas to break up a sit-in", where the force's act is another clause's).
                if (main.Entry.Frame.Name == "protest" && a1?.Actor is { } breakers && ActorKinds.IsStateForce(breakers.Kind)
                    && BrokenUpRightBefore(doc.Tokens, s, main))
                    (a1, a2) = (null, a1);
                // "Morocco did not immediately say who fired the projectiles": who asks names no author, and the act asked
                // about, told before, is nothing new.
                if (AskedWho(doc.Tokens, a1?.Range.End ?? s.FirstToken, main.Range.First))
                {
                    if (TheActAgain(doc.Tokens, main)) continue;
                    a1 = null;
                }
                // Who asks, threatens or accuses is named.
                if (main.Entry.Frame.Codes.PloverType is "REQUEST" or "THREATEN" or "ACCUSE" && a1 is not null) request = main;
                // A verb of blame, whoever blamed, points at an act told before ("Prime Minister Albin Kurti blamed
                // Belgrade, saying the attack ...").
                if (main.Entry.Frame.Name == "accuse" && main.Entry.Form.EndsWith("/V", StringComparison.Ordinal))
                {
                    blame = main;
                    if (a2?.Actor is { } accused) AuthorTheActBlamed(drafts, s, accused);
                }
                // "Four protesters died from gunfire": who died is the victim of the act told after, not its author.
                if (a1 is not null && group.Any(t => t != main && t.Entry.Frame.Name == "kill" && a1.Range.End <= t.Range.First && t.Range.First < main.Range.First
                                                     && (t.Entry.Intransitive || roles.IsPassive(t.Range.First, s))))
                    (a1, a2) = (null, a2 ?? a1);
                // "Fighters killed 50 soldiers in an attack on a base": the attack named after "in" is the act the verb
                // before it tells, and the verb's subject its author (the soldiers before "attack" are its victims).
                else if (InOrDuring(doc.Tokens, main) && group.FirstOrDefault(t => t != main && t.Range.First < main.Range.First && IsVerb(t)
                                                                                   && !t.Entry.Intransitive && !roles.IsPassive(t.Range.First, s)) is { } verb
                         && roles.Actors(s, verb.Range, verb.Entry, previousActor1) is { Actor1: { } author } verbRoles)
                    (a1, a2, associated) = (author, a2 is null || a2.Actor?.Key == author.Actor?.Key ? verbRoles.Actor2 : a2, verbRoles.Associated);
                // "Jamaica death toll rises to 44": a country before a toll is where the dead fell, no one who killed them.
                if (a1 is { Kind: ActorMentionKind.Country } placeOfTheDead && TollAfter(doc.Tokens, placeOfTheDead.Range.End)) a1 = null;
                // "Police found the body of a man", "the army put corpses into bags": the finder named before remains is no killer.
                if (main.Entry.Remains && a1 is not null && a1.Range.First < main.Range.First) a1 = null;
                // A joined clause may name the other side: "captured Sake after heavy clashes with the Congolese army".
                // Civilians killed during clashes are their toll, not their other side.
                a2 ??= group.Where(t => t != main).Select(t => roles.Actors(s, t.Range, t.Entry, a1).Actor2)
                    .FirstOrDefault(x => x is not null && x.Actor?.Key != a1?.Actor?.Key
                                         && !(main.Entry.Frame.Codes.AcledEventType == "Battles" && x.Actor?.Kind == ActorKind.Civilians));
                // "military forces of India and Pakistan exchanged fire": two states' forces in a clash are its two sides
                // (not "Syrian or Russian airstrikes", one side whose author is unsure).
                // So are the two groups a clash "between the groups" takes up again (one phrase naming both).
                if (a2 is null && main.Entry.Frame.Codes.AcledSubEventType == "Armed clash"
                    && a1?.Partners.FirstOrDefault(p => (p.Kind == ActorMentionKind.StateForce && p.Actor?.Country3 != a1.Actor?.Country3
                                                         && kb.Gazetteer.FindCountry(p.Surface) is not null)
                                                        || (p.Kind == ActorMentionKind.Named && p.Range == a1.Range && p.Actor?.Key != a1.Actor?.Key)) is { } opponent)
                {
                    a2 = opponent;
                    associated = associated.Where(x => x != opponent).ToList();
                }
                // "2 soldiers were killed in clashes with PKK militants": the side named after "with" fought the counted dead.
                if (a1 is null && a2 is { Range.First: > 0 } && doc.Tokens[a2.Range.First - 1].Lower == "with"
                    && main.Entry.Frame.Codes.AcledEventType == "Battles"
                    && roles.CountedFighters(s) is { } fallen && fallen.Actor?.Key != a2.Actor?.Key)
                    (a1, a2) = (a2, fallen);
                // "Niger says 34 soldiers killed in ambush": the country whose word opens the sentence is its teller, not the
                // side the act befell; the fighters counted are.
                if (a2 is { Kind: ActorMentionKind.Country } teller && teller.Range.First == doc.FirstTokenPastDateline(s) && teller.Range.End < main.Range.First
                    && kb.Cues.StanceVerbs.Contains(doc.Tokens[teller.Range.End]))
                    a2 = roles.CountedFighters(s);
                // "Russia says bridges blown up in Bryansk", "Poland says explosion damaged railway line": a state whose word
                // opens the sentence tells of a bombing another did; it bombed only when it says so of itself ("says it ...").
                if (a1 is { Kind: ActorMentionKind.Country } sayer && sayer.Range.First == doc.FirstTokenPastDateline(s) && sayer.Range.End < main.Range.First
                    && kb.Cues.StanceVerbs.Contains(doc.Tokens[sayer.Range.End]) && main.Entry.Frame.Codes.AcledSubEventType is "Remote explosive/landmine/IED"
                    && !RoleFinder.TellsOfItself(doc.Tokens, sayer.Range.End + 1))
                    a1 = null;
                // "An earthquake killed 8 people", "three died when their bus crashed": deaths with a natural or accidental
                // cause and no author are no political violence (ACLED codes none of them).
                // A country or the victims in the author's place ("Nepal Earthquake Death Toll") are no author either; nor is a
                // relief deployment after a disaster a change in an armed group's activity, nor flight from one displacement.
                var noAuthor = a1 is null || a1.Kind == ActorMentionKind.Country || a1.Actor?.Kind == ActorKind.Civilians;
                // ("A hijacked truck ploughed into crowds ... and crashed into a department store": a vehicle driven into people is
                // no accident.)
                if (noAuthor && GenericHarmOnly(doc, group) && !DrivenIntoPeople(doc.Tokens, s, group)
                    && (ToldNearby(doc, s, kb.Cues.NaturalCauses) || (KillOnly(group) && ToldNearby(doc, s, kb.Cues.Diseases))
                        || AccidentToldLater(doc, ann, s, group)))
                    continue;
                if (main.Entry.Frame.IsAftermath && group.Count == 1 && ToldNearby(doc, s, kb.Cues.NaturalCauses)) continue;
                // "a day after a fire at the club killed 59 people", "after nightclub fire kills 59": the dead of a fire its
                // clause names no one for are a disaster's, not the act of whoever the sentence opens with.
                // ("a fire at the club": "fire at" after "a" is the fire, no shooting.)
                if (group.TrueForAll(t => t.Entry.Frame.Name == "kill" || FireNamed(doc.Tokens, s, t)) && group.Find(t => t.Entry.Frame.Name == "kill") is { } fireToll
                    && FireKilled(doc, ann, s, fireToll, clauses)) continue;
                // "39 deaths since the protests began", "since a coup in September 2022": what "since" governs dates the
                // sentence; it is not told as news.
                if (group.Count == 1 && SinceGoverns(doc.Tokens, s, main)) continue;
                // "No arrests were made", "no clashes were reported", "Hezbollah has not fired at Israel": what the text says
                // did not happen.
                if (group.Count == 1 && main.Range.First > s.FirstToken && (doc.Tokens[main.Range.First - 1].Lower == "no" || Negated(doc.Tokens, s, main))) continue;
                // "against a group that had entered the country and was planning attacks": what someone is said to have
                // planned describes them; it happened nowhere.
                if (group.Count == 1 && main.Modality.IsUnrealized() && RelativePronounBefore(doc.Tokens, s, main.Range.First) >= 0) continue;
                // "shot down several drones that tried to attack the airport": an attempt the sentence tells was stopped is the
                // weapons stopped (ACLED's disrupted weapons use), no attack of its own.
                if (group.RemoveAll(t => t.Entry.Frame.Violent && AttemptStopped(doc.Tokens, s, t, triggers)) > 0)
                {
                    if (group.Count == 0) continue;
                    main = MainTrigger(doc.Tokens, group);
                }
                // "the airport, which the army has used as a base for its own drone operations": what a place is used for is
                // no act.
                if (group.TrueForAll(t => PurposeOfAUse(doc.Tokens, s, t))) continue;
                // "The M23, which seized the eastern cities of Goma and Bukavu in the past month, did not comment": an act told
                // in an aside about the sentence's subject, closed before its verb, is who the subject is, not the news.
                if (group.TrueForAll(t => InAnAsideOfTheSubject(doc.Tokens, ann, s, t))) continue;
                // "plagued by armed gangs, locally called bandits, who kidnap for ransom and raid villages": acts told in the simple
                // present of a relative clause, with no time, are a group's ways, not an act.
                if (group.TrueForAll(t => SimplePresent(doc.Tokens, t)) && group.Min(t => t.Range.First) is var firstVerb && firstVerb > s.FirstToken
                    && doc.Tokens[firstVerb - 1].Lower is "who" or "which"
                    && roles.TimesOf(s).Count == 0) continue;
                // "More than 100 people were killed in attacks in Plateau's Bokkos area in early April": a toll of attacks in the
                // plural over a month or part of one is a tally, not one act.
                if (group.Exists(t => t.Entry.Frame.Name == "kill") && group.Exists(t => t.Entry.Frame.Violent && PluralActsAfterIn(doc.Tokens, t))
                    && roles.TimesOf(s) is { Count: > 0 } spans && spans.All(t => t.Interval.Precision >= DatePrecision.Month)) continue;
                // "has held mass rallies against the prime minister": acts in the plural told in the perfect, with no time, are a
                // series up to now, not one of them.
                if (group.Count == 1 && ((SeriesInThePerfect(doc.Tokens, main) && roles.TimesOf(s).Count == 0) || SeriesToldInThePerfect(doc.Tokens, s, main)))
                    continue;
                // "when protests over alleged fraud turned into riots": what the sentence's protest became is that protest.
                if (group.Count == 1 && main.Entry.Frame.Codes.AcledEventType == "Riots" && TurnedInto(doc.Tokens, s, main.Range.First)
                    && drafts.Exists(d => d.SentenceIndex == s.Index && d.Frame.Crowd)) continue;
                // "launched air strikes on Sanaa, ... reporting raids on the airport": an operation's word alone, told after a remote
                // attack of its sentence, names those strikes again.
                // So is one "in" which an act of its sentence told before it was done ("arrested four suspects, who they said
                // belonged to a gang, in a raid in the nearby city of Duran").
                if (group.Count == 1 && main.Entry.Circumstance
                    && drafts.Exists(d => d.SentenceIndex == s.Index && !d.Unrealized
                                          && (d.Frame.Codes.AcledEventType == RemoteViolence
                                              || (InOrDuring(doc.Tokens, main) && d.Frame.Codes.AcledEventType is not (null or "Battles"))))) continue;
                // "reserved the right to respond to the "terrorist attacks"": an act told before, named as what a response answers.
                if (group.Count == 1 && TheActAgain(doc.Tokens, main) && AnsweredAct(doc.Tokens, main)) continue;
                // "asked the government to account for every death": acts counted over as a kind are no act told.
                if (group.Count == 1 && main.Range.First > s.FirstToken && doc.Tokens[main.Range.First - 1].Lower is "every" or "each") continue;
                // "a routine check on a person under house arrest": custody describing someone is no arrest told.
                if (main.Entry.Frame.Name == "arrest" && group.Count == 1 && DescribesCustody(doc.Tokens, main)) continue;
                // "A fire destroyed hundreds of stalls", "Thieves stole jewellery from the Louvre": property lost to a
                // disaster or to ordinary crime is no political disorder.
                if (main.Entry.Frame.Name == "loot" && group.Count == 1 && PropertyLostToCrimeOrDisaster(doc, s, main, noAuthor, clauses)) continue;
                // "OPEC+ members agreed to extend output cuts", "the ministry and the doctors' union signed an agreement on
                // pay": a deal with no armed side and no word of the conflict it settles is no conflict agreement.
                if (main.Entry.Frame.Name == "agreement" && group.Count == 1 && !Armed(a1) && !Armed(a2) && !associated.Any(Armed)
                    && !ToldNearby(doc, s, kb.Cues.ConflictSettlements)) continue;
                // "Petro suspended peace talks", "the rebels pulled out of the deal", "ruled out negotiations": a deal or talks so
                // governed were not made.
                if (main.Entry.Frame.Name is "agreement" or "ceasefire" or "negotiate" && Halted(doc.Tokens, s, main)) continue;
                // "In total, Russian forces attacked settlements in Donetsk region 2,110 times over the past day": a tally of acts
                // across a region is none of them.
                if (main.Entry.Frame.Violent && TallyOfActs(doc, ann, s, main, clauses)) continue;
                // "The officers were on patrol when ...": being on patrol is the scene of what happened, no deployment.
                if (main.Entry.Frame.Name == "deploy" && group.Count == 1 && main.Range.First >= s.FirstToken + 2
                    && doc.Tokens[main.Range.First - 1].Lower == "on" && Auxiliaries.IsPassive(doc.Tokens[main.Range.First - 2])) continue;
                // "displaced people crossed into Venezuela", "138,000 people have been evacuated": people on the move are no
                // armed group changing its activity (ACLED codes no displacement); nor is a crowd ("activists ... before
                // crossing into Syria").
                if (main.Entry.Frame.Name is "deploy" or "withdraw" or "pull_out" && group.Count == 1 && kb.Cues.MovementVerbs.Contains(main.Entry.Lemma)
                    && (a1?.Actor?.Kind is ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters || (a1 is null && a2?.Actor?.Kind == ActorKind.Civilians))) continue;
                // "sanctions targeting ten officials", "critics attacked the plan", "vowed to fight inflation": a verb of
                // violence used figuratively.
                if ((main.Entry.Frame.NamesNoTactic || main.Entry.Frame.Name == "clash") && group.Count == 1 && FigurativeUse(doc, s, main, clauses.Start(doc.Tokens, s, main.Range.First), roles.IsPassive(main.Range.First, s))) continue;
                // "shot dead at campaign rally": a gathering told as a celebration or a campaign's is the scene of the other act.
                if (group.Count > 1 && group.Exists(t => !t.Entry.Gathering) && group.Exists(t => t.Entry.Gathering && NoProtest(doc, s, [t], null)))
                {
                    group.RemoveAll(t => t.Entry.Gathering);
                    main = MainTrigger(doc.Tokens, group);
                }
                if (main.Entry.Frame.Name == "protest" && NoProtest(doc, s, group, a1)) continue;
                // "A suicide bomber killed 31 people ..., tearing through a gathering of young activists": a gathering named
                // as a noun in a sentence that tells a blast is where the blast hit (told before the blast too: "The rally ...
                // had just ended when the bomber detonated his explosives").
                if (main.Entry.Frame.Name == "protest" && group.All(t => t.Entry.Gathering && t.Range.First > s.FirstToken && doc.Tokens[t.Range.First - 1].Lower is "a" or "an" or "the")
                    && (drafts.Exists(d => d.SentenceIndex == s.Index && d.Frame.Codes.AcledEventType == RemoteViolence && !d.Unrealized)
                        || triggers.Exists(t => t.Range.First > main.Range.End && t.Range.First < s.EndToken && t.Entry.Frame.Codes.AcledEventType == RemoteViolence))) continue;
                // "Russia controls about a fifth of Ukraine's territory": control told in the simple present is a state.
                if (main.Entry.Frame.Name == "capture" && group.Count == 1 && doc.Tokens[main.Range.First].Lower == main.Entry.Lemma + "s") continue;
                // "condemned the killings as a "massacre"": the name a judge gives an act told before is no act of its own.
                if (group.Count == 1 && main.Entry.Frame.Violent && LabelOfAJudgedAct(doc.Tokens, s, main)) continue;
                // "reported 143 clashes along the front over the past day": a tally of fights, no one fight.
                if (group.Count == 1 && main.Entry.Frame.Name is "clash" or "attack" && TallyOfEvents(ann.Numbers, doc.Tokens, main)) continue;
                // "found a former nurse guilty on Tuesday of murdering three babies": a verdict on a crime, not the crime;
                // "the historian's new book recounts how Napoleon's army was destroyed": a story told in a work, not news;
                // "who is accused of statutory rape", "arrested for looting and setting fire to property": a crime named as a charge.
                if ((main.Entry.Frame.Violent || main.Entry.Frame.Name is "loot" or "protest") && (kb.Cues.LegalProceedings.AnyIn(doc.Tokens, clauses.Start(doc.Tokens, s, main.Range.First), main.Range.First)
                                                 || kb.Cues.NarrativeFrames.AnyIn(doc.Tokens, s.FirstToken, main.Range.First)
                                                 || NamedAsACharge(doc, s, main, triggers))) continue;
                previousActor1 = a1 ?? previousActor1;
                var (place, placeExplicit) = roles.Location(s, main.Range, statement: main.Entry.Frame.Statement);
                // "weeks of protests across the country against a contract ... to operate a mine in the province of Colon": an
                // act told as spread over the country is the country's, wherever its motive lies (a country anchors no merge).
                if (kb.Cues.Countrywide.AnyIn(doc.Tokens, main.Range.End, Math.Min(s.EndToken, main.Range.End + CountrywideReach))
                    && kb.Gazetteer.CountryByCode(place?.CountryIso2 ?? ann.MainCountry3 ?? "") is { } nation)
                    (place, placeExplicit) = (_places.CountryPlace(nation), false);
                // "shelled towns in Borno state, killing 11 civilians in Gwoza and Pulka": the toll's town,
                // near the province the act was told in, is where it happened.
                if (placeExplicit && place is { Precision: PlacePrecision.Admin1 or PlacePrecision.Admin2 } province
                    && group.Select(t => t.Range.First > main.Range.End && t.Entry.Frame.Name == "kill" ? roles.Location(s, t.Range).Place : null)
                            .FirstOrDefault(p => p is { Precision: PlacePrecision.Place } && p.CountryIso2 == province.CountryIso2
                                                 && (p.Admin1Code == province.Admin1Code || p.DistanceKm(province) <= NearProvinceKm)) is { } town)
                    place = town;
                if (place is null or { Precision: PlacePrecision.Country })
                {
                    var country = CountryOf(main.Entry.Frame, a1?.Actor, ann.MainCountry3);
                    // "set fire to Nepal's parliament building": a country's seat of government stands in its capital.
                    if (SeatOfGovernment(doc, ann, main, clauses.End(doc.Tokens, s, main.Range.End - 1), place?.CountryIso2 ?? country?.CountryIso2) is { } capital
                        && (place is null || place.CountryIso2 == capital.CountryIso2))
                        (place, placeExplicit) = (capital, true);
                    // "Military officers in Gabon said they had seized power": power is seized at the seat of government.
                    else if (main.Entry.Frame.Takeover && kb.Gazetteer.CountryByCode(place?.CountryIso2 ?? country?.CountryIso2 ?? "") is { } seized
                             && _places.ResolveCapital(seized)?.Best is { } seat)
                        (place, placeExplicit) = (seat, true);
                    place ??= (roles.NamesAnUnknownTown(s, main.Range) ? null : roles.LeadTown()) ?? country;
                }
                var (date, dateExplicit) = roles.Date(s, main.Range);
                // "were shot dead ... on Saturday, in an attack ...": one act told by several words is dated by any of them.
                // ("protesters who had blocked the highway for nearly three weeks": not by a relative clause's that tells what
                // came before.)
                // (Nor by what the act is said to be linked to: "whether the blast was linked to the arrest of three men last week";
                // nor by a relative clause after it, about someone it concerns: "to protest against the killing of the mayor, who
                // was shot dead on Nov. 1".)
                if (!dateExplicit && group.Where(t => t != main && !clauses.InEarlierRelativeClause(doc.Tokens, s, t.Range.First)
                                                      && !(t.Range.First > main.Range.End && (roles.LinkedBetween(main.Range.End, t.Range.First)
                                                                                              || roles.InAClauseAboutSomeone(t.Range.First)))).Select(t => roles.Date(s, t.Range)).FirstOrDefault(d => d.Explicit) is { Explicit: true } byAnother)
                    (date, dateExplicit) = byAnother;
                // "Separately, gunmen killed two policemen late on Tuesday. In Quetta, hundreds rallied to condemn the bombing": a
                // crowd reacting to the act told is no earlier than that act, whatever day the sentence before carried to it.
                // ("dozens of people protested against the killings": an undated reaction begins no earlier than the act.)
                if (!dateExplicit && main.Entry.Frame.Crowd && ReactsToTheAct(doc.Tokens, s, triggers)
                    && drafts.FirstOrDefault(d => d.Frame.Violent && !d.Unrealized && !d.Headline) is { } reactedTo && date.Start < reactedTo.Date.Start)
                    date = date.End < reactedTo.Date.Start ? reactedTo.Date : date with { Start = reactedTo.Date.Start };
                // "Islamist fighters besieged Marawi for five months in 2017. More than 1,100 people were killed before the
                // army retook the city.": a sentence of no time of its own goes on with the past its paragraph told.
                if (!dateExplicit && !PresentPerfect(doc.Tokens, s, main) && roles.GoesOnWithThePast(s)) continue;
                // "have attacked districts for weeks": a campaign is dated by no one day the report names.
                var ongoing = ForASpan(doc.Tokens, main.Range.End, clauses.End(doc.Tokens, s, main.Range.End - 1));
                if (ongoing && !dateExplicit) date = roles.UntimedDays();
                var weaponFrame = WeaponFrame(main.Entry.Frame, a1, doc, main);
                var draft = new EventDraft
                {
                    Frame = OfficialMovement(weaponFrame, a1),
                    // "Russian missiles caused an explosion": a weapon named by the actor is a tactic named (so is "Russian guided
                    // bombs struck": the generic word's own frame, named again by the actor's weapon).
                    GenericTrigger = main.Entry.Generic && weaponFrame == main.Entry.Frame && a1?.WeaponFrame != weaponFrame.Name,
                    SentenceIndex = s.Index,
                    Paragraph = s.Paragraph,
                    Headline = s.EndToken <= doc.HeadlineEnd,
                    Ongoing = ongoing,
                    Actor1 = a1?.Actor,
                    Actor2 = a2?.Actor,
                    Location = place,
                    LocationExplicit = placeExplicit,
                    LocationNear = placeExplicit && place is { Precision: PlacePrecision.Place } && ToldAsNear(doc, ann, s, place),
                    OpensOnItsDay = dateExplicit && OpensOnTheDay(doc, ann, s, date),
                    OpensAtItsPlace = placeExplicit && place is { Precision: PlacePrecision.Place } && OpensAtThePlace(doc, ann, s, place),
                    Date = date,
                    DateExplicit = dateExplicit,
                    Modality = main.Modality,
                    Anaphoric = AnyAnaphoric(group, s, roles, LastOfParagraph(drafts, s.Paragraph, main.Entry.Frame.Violent) is not null,
                        LastOfArticle(drafts, main.Entry.Frame.Violent) is not null),
                    Backdrop = AfterScenePreposition(doc, s, main) || IsMotive(doc.Tokens, main),
                    Widespread = kb.Cues.WidespreadScope.AnyIn(doc.Tokens, clauses.Start(doc.Tokens, s, main.Range.First), clauses.End(doc.Tokens, s, main.Range.End - 1))
                                 || (place is { Precision: PlacePrecision.Country } && ToldAcrossTheCountry(doc, ann, s, place))
                                 || (placeExplicit && place is not null && ListGoesOnToMany(doc, ann, s, place)),
                    TollOfManyPlaces = main.Entry.Frame.Violent && TollAcrossTheCountry(doc.Tokens, s, main),
                    NoneKilled = main.Entry.Frame.Violent && NoneKilledToldWith(doc, ann, s),
                    ToldByItsAuthor = a1?.Actor is { } actsAndTells && ToldBy(doc, ann, s, main, actsAndTells),
                    ToldAsElsewhere = OpensElsewhere(doc, s),
                    During = Governed(doc, s, main, DuringPrepositions),
                    Another = SaidToBeAnother(doc.Tokens, main) || (main.Entry.Frame.Violent && OpensLater(doc.Tokens, s, main)),
                    ApartInTime = ToldAsApartInTime(doc.Tokens, s, main),
                };
                // "Soldiers and police stormed the neighbourhood ... Gunmen fired on them from rooftops": "them" right after the
                // act are who acted in the sentence before.
                if (draft.Actor2 is null && draft.Frame.Violent && ThemAfter(doc.Tokens, main) && SubjectOfTheSentenceBefore(doc, ann, s) is { } them
                    && !(draft.Actor1 is { } shooter && them.SameAs(shooter)))
                    draft.Actor2 = them;
                // "... fought in two neighbourhoods of the city ..., before the two sides agreed a ceasefire": the sides of the
                // fight told before are who agreed.
                if (draft is { Actor1: null, Actor2: null } && !draft.Frame.Violent && BothSidesBefore(doc.Tokens, s, main)
                    && drafts.LastOrDefault(d => d.Frame.Codes.AcledEventType == "Battles" && d is { Actor1: not null, Actor2: not null }) is { } fought)
                    (draft.Actor1, draft.Actor2) = (fought.Actor1, fought.Actor2);
                // "A U.S. air strike hit a detention centre ... Another strike on Sanaa overnight killed eight": another of the acts
                // told before, by their author.
                if (a1 is null && SaidToBeAnother(doc.Tokens, main)
                    && drafts.LastOrDefault(d => (d.Frame.Name == draft.Frame.Name || (d.Frame.Codes.AcledSubEventType is { } kind && kind == draft.Frame.Codes.AcledSubEventType))
                                                 && d.Actor1 is not null && !d.Unrealized) is { } former)
                    draft.Actor1 = former.Actor1;
                // "22 people have been killed and 100 injured in protests over power cuts": a protest with dead was met with
                // lethal force, and its dead are its crowd, not another side.
                // (A crowd told as violent is a riot, whose dead are its toll: "killed in violent protests".)
                // So is one where a state force is told to have killed them: "police shot dead 18 people in two days of protests".
                if (main.Entry.Frame.Name == "protest" && !ProtestersViolentIn(doc, s)
                    && (CrowdOfTheToll(doc.Tokens, group) == main
                        || (a1?.Actor is { } shooters && ActorKinds.IsStateForce(shooters.Kind)
                            && group.Exists(t => t.Entry.Frame.Name == "kill" && t.Range.First < main.Range.First))))
                {
                    draft.Frame = kb.Lexicon.ProtestExcessiveForce;
                    if (draft.Actor2?.Kind == ActorKind.Civilians) draft.Actor2 = null;
                    // ("Police shot dead 18 people in two days of protests": the police who killed are the other side.)
                    if (draft.Actor1 is { } killers && ActorKinds.IsStateForce(killers.Kind))
                        (draft.Actor1, draft.Actor2) = (null, killers);
                    draft.Actor1 ??= kb.Actors.Generic(ActorKind.Protesters, CountryOf(draft.Location), null, []);
                }
                if (killedProtesting) draft.Actor2 = kb.Actors.Generic(ActorKind.Protesters, CountryOf(draft.Location), null, []);
                // "A man drove a car into a crowd at a Christmas market": a crowd no one says protested is people struck.
                if (draft.Frame.Violent && a2 is { Actor.Kind: ActorKind.Protesters } struckCrowd && CrowdWords.Contains(doc.Tokens[struckCrowd.Range.End - 1])
                    && !triggers.Exists(t => t.Entry.Frame.Crowd))
                    draft.Actor2 = Civilians(draft.Location, struckCrowd.Actor!);
                // "Zelenskiy called the strike 'Russian madness'", "the minister condemned the attack": who judges an act
                // told before is no side of it.
                // ("Residents said they heard heavy gunfire near the governor's residence and the main military camp": nor does
                // who heard it, or what it was heard near.)
                if (draft.Anaphoric && (JudgedAct(doc.Tokens, main) || roles.HeardOrSeen(main.Range, s)))
                {
                    draft.Actor1 = null;
                    draft.Actor2 = null;
                }
                // ("Police said they were investigating a knife attack in the city": an act first told as what someone judges
                // keeps whoever is named doing it after it, not the judge before it.)
                else if (a1 is not null && a1.Range.End <= main.Range.First && JudgedAct(doc.Tokens, main)) draft.Actor1 = null;
                // ("The prime minister said the government was taking the attack seriously": an act told before, the object of a
                // verb that does not perform it, keeps the author it was told with.)
                else if (draft.Anaphoric && IsNoun(main) && a1 is not null && a1.Range.End < main.Range.First
                         && VerbNotPerformingBetween(doc.Tokens, a1.Range.End, main.Range.First)) draft.Actor1 = null;
                // "US forces have withdrawn from a key base": a withdrawal that no one is told to take over changes the
                // force's activity; ground transfers only when the text says it passed ("handed control", "took over").
                if (draft.Frame.Name == "withdraw" && !ToldNearby(doc, s, kb.Cues.TransferCues)) draft.Frame = kb.Lexicon.Frames["pull_out"];
                // "Israel struck the ministry in Damascus ... It also struck tanks near Sweida": "also" tells the author's act
                // before again, at another target; a word that names no tactic takes that act's (a capture is no tactic: "seized
                // Bunagana ... also attacked army positions around Rutshuru").
                // So does "struck" or "hit" told by the author of a remote strike on its day ("Israeli warplanes struck Sanaa
                // airport ... The Israeli military said it had struck military infrastructure at the ports of Hodeidah").
                var also = AlsoBefore(doc.Tokens, s, main);
                if (draft.Frame.NamesNoTactic && (also || kb.Cues.StrikingVerbs.Contains(doc.Tokens[main.Range.First])) && draft.Actor1 is { } doer
                    && drafts.LastOrDefault(d => d.Frame.Violent && !d.Frame.NamesNoTactic && d.Frame.Control == ControlEffect.None && d.Actor1 is { } x && ActorKinds.SameForce(x, doer)
                                                 && (also || (d.Frame.Codes.AcledEventType == RemoteViolence && d.Date.Overlaps(draft.Date)))) is { } before)
                    draft.TakeFrameOf(before);
                // "Russia fired 122 missiles at cities across Ukraine ... In Kyiv, a strike on a warehouse killed 16": an act of no
                // author at a town of the country a campaign just told in the paragraph struck is one of the campaign's acts.
                if (draft.Actor1 is null && draft.Frame.Violent && draft.Location is { Precision: < PlacePrecision.Country } hit
                    && drafts.LastOrDefault(d => d.Paragraph == draft.Paragraph && d.Frame.Violent && d.Actor1 is not null
                                                 && d.Location is { Precision: PlacePrecision.Country } struck && struck.CountryIso2 == hit.CountryIso2) is { } campaign)
                {
                    draft.Actor1 = campaign.Actor1;
                    if (draft.Frame.NamesNoTactic) draft.TakeFrameOf(campaign);
                }
                // "Police repelled the assault": the attack repelled is the last one told, and its author the other side.
                if (draft.Actor2 is null && RepelsAttackTold(doc, main)
                    && drafts.LastOrDefault(d => d.Frame.Violent && d.Actor1 is not null && d.Actor1.Key != draft.Actor1?.Key) is { } attack)
                    draft.Actor2 = attack.Actor1;
                AddAssociated(draft.Associated, associated, a1, a2);
                if (a1 is not null) AddAssociated(draft.Associated, a1.Partners, a1, a2);
                // "a strike on a warehouse killed 16 people, and a maternity hospital in Dnipro was hit": the sentence's toll
                // belongs to the act told with the killing, not to another act told after it.
                // ("commandos stormed a cafe ..., but not before the attackers had hacked to death 20 hostages": nor to an act
                // told beside a killing that names its own author.)
                var tollElsewhere = !group.Exists(t => t.Entry.Frame.Name == "kill")
                                    && (groups.Take(groups.IndexOf(group)).Any(g => g.Exists(t => t.Entry.Frame.Name == "kill") && g.Exists(t => t.Entry.Frame.Violent && t.Entry.Frame.Name != "kill"))
                                        || groups.Exists(g => g != group && g.Exists(t => t.Entry.Frame.Name == "kill") && AuthorBefore(doc, s, ann, clauses, g))
                                        // ("forces clashed ..., with officials saying 12 civilians were killed when shells hit homes":
                                        // nor to an act told before a toll that names its own cause.)
                                        || groups.Skip(groups.IndexOf(group) + 1).Any(g => g.Exists(toll => toll.Entry.Frame.Name == "kill"
                                            && g.Exists(act => act.Entry.Frame.Violent && KilledWhen(doc.Tokens, toll, act)))));
                // ("arrested a man suspected of planning the March attacks that killed 191 people": nor is the toll of an act the
                // clause names as background the arrest's; nor that of a killing a crowd protests, "a bandh in protest against the
                // killing of a village volunteer".)
                if (AnyViolent(group) && !tollElsewhere
                    && (main.Entry.Frame.Violent || group.Exists(t => t.Entry.Frame.Violent && !Background(doc, s, t, group) && !roles.WhatACrowdProtests(s, t.Range))))
                {
                    (draft.Fatalities, draft.TollVague, draft.TollFloor) = roles.Toll(s);
                    // ("killing 16 people, before security forces killed six of the assailants": the attackers a killing takes
                    // as its object are its own dead, not the sentence's toll of their victims.)
                    if (group.Count == 1 && main.Entry.Frame.Name == "kill" && roles.AttackersKilledBy(main.Range) is { } attackersDead)
                        (draft.Fatalities, draft.TollVague, draft.TollFloor) = (attackersDead, false, false);
                    if (draft.Fatalities is not null)
                    {
                        draft.TollSentences.Add(s.Index);
                        draft.TollParagraph = s.Paragraph;
                    }
                    if (draft.Frame.Violent) draft.Injured = roles.Injured(s);
                    draft.VictimsArmed = roles.VictimsAreArmed(s, main.Range);
                }
                // "15,000 Egyptians have fled ... in the wake of Islamic State's murder of 21 Copts": a count the event needs is
                // read even where a violent motive shares its clause.
                if (!AnyViolent(group) || draft.Frame.NeedsQuantity) draft.Quantity = roles.Quantity(s, main.Range);
                // "attacks on properties of its members", "attacked shops": an attack on property that hurts no one destroys it
                // (shooting at houses stays an attack on the people in them).
                if (draft.Frame.Name == "attack" && group.Count == 1 && draft.Fatalities is null or 0 && draft.Injured is null or 0
                    && doc.Tokens[main.Range.First].Lower.StartsWith("attack", StringComparison.Ordinal) && PropertyRightAfter(doc.Tokens, main))
                    draft.Frame = kb.Lexicon.Frames["loot"];
                // "its forces had destroyed 54 armoured vehicles": war materiel an armed side destroys is the other side's, lost
                // in a fight; no destruction of property.
                if (draft.Frame.Name == "loot" && group.Count == 1 && (Armed(a1) || a1?.Kind == ActorMentionKind.Country)
                    && kb.Cues.WarMateriel.AnyIn(doc.Tokens, main.Range.End, Math.Min(clauses.End(doc.Tokens, s, main.Range.End - 1), main.Range.End + 4)))
                {
                    draft.Frame = kb.Lexicon.Frames["clash"];
                    if (draft.Actor2?.Kind == ActorKind.Civilians) draft.Actor2 = null;
                    // "Russia's defence ministry said its forces had destroyed ...": the state fights with its forces.
                    if (a1?.Kind == ActorMentionKind.Country && a1.Actor?.Country3 is { } state) draft.Actor1 = kb.Actors.State(state, ActorKind.StateMilitary) ?? draft.Actor1;
                }
                // "Boko Haram fighters raided the village of Zamai, killing three villagers": a raid by an armed group that kills
                // only people counted as civilians, meeting no armed side, is an attack on them.
                if (draft is { Frame.Name: "clash", Actor2: null, Fatalities: > 0, VictimsArmed: false } && main.Entry.Lemma == "raid"
                    && draft.Actor1 is { } raiders && ActorKinds.IsNonStateArmed(raiders.Kind) && VictimsAreCivilians(ann, s))
                    draft.Frame = kb.Lexicon.Frames["attack"];
                // Civilians killed in crossfire do not make a fight an attack on civilians (ACLED codes the battle).
                if (draft.Actor2 is null && draft.Fatalities is > 0 && draft.Frame.Codes.AcledEventType != "Battles" && VictimsAreCivilians(ann, s))
                    draft.Actor2 = Civilians(draft.Location, draft.Actor1);
                // "police fired tear gas to disperse hundreds of protesters": the crowd protested; the force broke it up.
                if (main.Entry.Intervention && draft.Actor1 is { Kind: not ActorKind.Protesters } force) (draft.Actor1, draft.Actor2) = (null, force);
                // "Mexicans have fled to escape fighting between rival cartels": people fleeing an act did not do it.
                if (draft.Frame.Violent && draft.Actor1 is { Kind: ActorKind.Civilians } && ActOnTheCrowd(doc.Tokens, s, main.Range.First))
                    draft.Actor1 = null;
                // "Moldovan police detained 54 people during an anti-government protest": a state force told with a protest is
                // its other side (ACLED's protest is always the crowd's; police who protest are protesters with the police
                // associated).
                // (Not "fired tear gas to break up a sit-in", another clause's act.)
                if (draft.Frame.Name == "protest" && draft.Actor1 is { } stateForce && ActorKinds.IsStateForce(stateForce.Kind)
                    && draft.Actor2 is null or { Kind: ActorKind.Civilians } && InsideCrowdPhrase(doc.Tokens, main.Range.First))
                    (draft.Actor1, draft.Actor2) = (null, stateForce);
                draft.Actor1 = Protesters(LocalCivilians(Crowd(doc, s, main, draft, roles.IsPassive(main.Range.First, s), a1) ?? draft.Actor1, draft.Location), draft);
                // "Rioters set buses on fire overnight ... A bus driver suffered burns when a petrol bomb was thrown into his bus":
                // a crowd's weapon thrown by no one named, on a day of the crowd violence told before, is that crowd's.
                if (draft.Frame.Violent && draft.Actor1 is null && kb.Cues.ProtestViolence.AnyIn(doc.Tokens, main.Range.First, main.Range.End)
                    && drafts.LastOrDefault(d => d.Actor1 is { Kind: ActorKind.Rioters or ActorKind.Protesters } && (d.Frame.Violent || d.Frame.Name == "loot")
                                                 && d.Date.Overlaps(draft.Date)) is { } crowdViolence)
                    draft.Actor1 = crowdViolence.Actor1;
                // "protesters denouncing the election result", "demonstrators demanded his release": what a crowd says, it
                // says by protesting, whomever it addresses.
                if (draft.Frame.Statement && draft.Actor1 is { Kind: ActorKind.Protesters })
                    (draft.Frame, draft.Actor2) = (kb.Lexicon.Frames["protest"], null);
                draft.Actor2 = LocalCivilians(draft.Actor2, draft.Location);
                // "a gunman opened fire on tourists near the Tunisian city of Sousse", filed with a Kuwaiti story: an armed
                // group no one names is the scene's (ACLED's "Unidentified Armed Group (Tunisia)"), not the report's.
                (draft.Actor1, draft.Actor2) = (LocalUnidentified(draft.Actor1, draft.Location), LocalUnidentified(draft.Actor2, draft.Location));
                // "Russia said it had struck military targets in Kharkiv": a force the text gives no country, on the other side
                // of an act abroad, is the place's, not its author's.
                if (draft.Actor1 is { Country3: { } own } && draft.Actor2 is { Kind: ActorKind.StateMilitary or ActorKind.Police } other
                    && other.Country3 == own && a2 is { Kind: ActorMentionKind.Generic, DemonymCountry: null }
                    && CountryOf(draft.Location) is { } there && there != own && kb.Actors.State(there, other.Kind) is { } local)
                    draft.Actor2 = local;
                // "Civilians were attacked with poisonous gas", "residents hit by an air raid": people a weapon of war
                // struck are its victims; no crowd fires one.
                if (draft.Frame.Codes.AcledEventType == RemoteViolence && draft.Actor1 is { Kind: ActorKind.Civilians or ActorKind.Rioters or ActorKind.Protesters } struck)
                {
                    draft.Actor1 = null;
                    draft.Actor2 ??= struck.Kind == ActorKind.Civilians ? struck : Civilians(draft.Location, struck);
                }
                // "which has been fighting the RSF since April 2023": a standing situation, not an event of the report.
                if (draft.DateExplicit && draft.Date.DaysSpanned() > StandingSituationDays) continue;
                // "Since the war broke out in April 2023, tens of thousands of people have been killed", "42,000 have been killed
                // in the offensive since then", "the invasion, launched in February 2022, has killed tens of thousands": a
                // war's toll to date, counted over more than a month, is no event of the report.
                // "The conflict ... has killed more than 6,000 people": a conflict's toll to date, however it is dated. "130 people
                // have been killed by police since the protests began in October": whoever it names as the killer.
                // ("Hundreds of people have been killed since fighting broke out on Sept. 27", two weeks before: a toll to date
                // counted with "since" over more than a week is the fighting's, no act's of the report.)
                var countedFrom = CountedFrom(doc, ann, s, draft.Date.Start);
                if (((TollOnly(doc, group) && SinceWords.AnyIn(doc.Tokens, s.FirstToken, s.EndToken)) || CountedToDate(doc.Tokens, s, group))
                    && (doc.Article.Published.DayNumber - countedFrom.DayNumber > StandingSituationDays
                        || (CountedToDate(doc.Tokens, s, group) && SinceWords.AnyIn(doc.Tokens, s.FirstToken, s.EndToken)
                            && doc.Article.Published.DayNumber - countedFrom.DayNumber > RoleFinder.UntimedWindowDays)
                        || OpensWithAConflict(doc.Tokens, s) || KilledInTheConflict(doc.Tokens, s, group))) continue;
                // "recorded at least 39 deaths since the protests began a week ago": a running total, and the act named after
                // "since" only the point it is counted from.
                // (So is a fight told after "since" beside a toll of another clause: "Hundreds have been killed since fighting
                // broke out".)
                if (SinceGoverns(doc.Tokens, s, main) && triggers.Exists(t => IsToll(doc.Tokens, t))) continue;
                // "At least 10 Palestinians have been killed since the operation began": the toll to date of the violence
                // told before.
                // A host with a toll of its own keeps it ("an airstrike killing four civilians" is no part of the offensive's 300).
                // (Who counted it is no author: "The Kenya National Commission on Human Rights said it had recorded at least 39
                // deaths since the protests began".)
                if ((a1 is null || !Armed(a1)) && TollOnly(doc, group) && SinceItBegan(doc.Tokens, s) && drafts.LastOrDefault(d => d.Frame.Violent) is { } begun)
                {
                    if (begun.Fatalities is > 0) begun.Evidence.AddMissing(draft.Evidence);
                    else Absorb(begun, draft, sumTolls: false);
                    continue;
                }
                // "Two police officers were among the dead": people of a toll told before, no event of their own.
                if (TollOnly(doc, group) && AmongTheToll(doc.Tokens, s) && drafts.LastOrDefault(d => d.Frame.Violent || d.Frame.Crowd || d.Fatalities is > 0) is { } told)
                {
                    told.Evidence.AddMissing(draft.Evidence);
                    continue;
                }
                // "Kurds are fleeing the violence" is context; "thousands fled" is an event.
                if (draft.Frame.NeedsQuantity && draft.Quantity is null) continue;
                // "captured their twelfth league title", "Brent crude hit $82 a barrel": violence told in the words of sport,
                // markets, entertainment or space, with no armed force named and no one hurt, is a figure of speech.
                if (draft.Frame.Violent && draft.Fatalities is null or 0 && draft.Injured is null or 0
                    && !NamesArmedForce(ann.Actors, s) && RegisterWordsNearby(doc, s) >= 2) continue;
                // "protesters threw stones", "the protests turned violent": a violent demonstration, whose crowd ACLED
                // names rioters (a protest by rioters is coded a violent demonstration).
                // ("Gunmen ... attacked security forces, setting vehicles on fire and blocking roads": roads an armed group blocks
                // in its attack are no crowd's protest.)
                // ("seized control of three prisons to protest the transfer of their leaders" is a protest all the same.)
                if (draft.Frame.Name == "protest" && draft.Actor1 is { } blocker && ActorKinds.IsNonStateArmed(blocker.Kind) && blocker.Kind != ActorKind.Rioters
                    && roles.ParticipleAfterABreak(main.Range.First, main.Range.First) && triggers.Exists(t => t.Entry.Frame.Violent)) continue;
                if (draft.Frame.Name == "protest" && draft.Actor1?.Kind != ActorKind.Rioters && ProtestersViolentIn(doc, s))
                    draft.Actor1 = Rioters(draft.Actor1?.Country3 ?? CountryOf(draft.Location));
                // ("..., blaming the M23 rebel group": whom a blame names right after its verb is the blamed, not who blames.)
                if (draft.Frame.Name == "accuse" && a1 is { } blamed && blamed.Range.First > main.Range.First && blamed.Range.First <= main.Range.End + 1)
                    (draft.Actor1, draft.Actor2) = (null, draft.Actor2 ?? blamed.Actor);
                // ("Police attacked, van set alight in riot": a riot told as the scene of what befell a force is no riot of that
                // force.)
                if (draft.Frame.Crowd && draft.Backdrop && draft.Actor1 is { } riotForce && ActorKinds.IsState(riotForce.Kind)) draft.Actor1 = null;
                // Civilians fleeing are displaced; gunmen fleeing the scene or a state evacuating its officers withdraw.
                // ("Troops evacuated hundreds of students": a force that moves civilians out of harm's way gives up nothing.)
                if (draft.Frame.ArmedActorFrame is { } armedFrame && draft.Actor1 is { Kind: not (ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters) })
                {
                    if (draft.Actor2 is { Kind: ActorKind.Civilians }) continue;
                    draft.Frame = kb.Lexicon.Frames[armedFrame];
                }
                draft.Sources.AddRange(sources);
                draft.Evidence.Add(evidence);
                // "Communal clashes broke out ... after a procession was attacked": violence between communities that names no
                // armed group is a crowd's (ACLED's mob violence).
                if (draft.Frame.Violent && main.Range.First > 0 && doc.Tokens[main.Range.First - 1].Lower == "communal"
                    && (draft.Actor1 is null || ActorCatalogue.IsUnnamedGroup(draft.Actor1)))
                    draft.Actor1 = Rioters(draft.Actor1?.Country3 ?? CountryOf(draft.Location));
                // "A third church was hit": one more of the acts told before, whose tactic names it.
                if (draft.Frame.NamesNoTactic && OneMoreOfThem(doc.Tokens, s, main) && drafts.LastOrDefault(d => d.Frame.Violent && !d.Frame.NamesNoTactic) is { } kind)
                    (draft.Frame, draft.GenericTrigger) = (kind.Frame, kind.GenericTrigger);
                // "Eritrean forces opened fire to stop them and Djiboutian troops returned fire": who answers fire is the other
                // side of the act told just before, in its paragraph, not an act of its own.
                if (main.Entry.Answers && group.Count == 1 && draft.Actor1 is { } answering
                    && drafts.LastOrDefault(d => d.Paragraph == draft.Paragraph && d.Frame.Violent && d.Actor1 is { } first && !first.SameAs(answering)) is { Actor2: null } answered)
                {
                    answered.Actor2 = answering;
                    Absorb(answered, draft, sumTolls: false);
                    continue;
                }
                // "JNIM claimed responsibility in a statement, saying it had killed more than 30 soldiers": the claimant's account
                // of the violence told before (the lead's, if the lead tells it), whose figures stand.
                if (draft.Frame.Violent && !placeExplicit && draft.Actor1 is { } claimant && ClaimsResponsibility(doc.Tokens, s)
                    && ClaimedViolence(drafts, claimant, boasts: draft.Fatalities is not null) is { } claimed)
                {
                    if (claimed.Actor1 is null || ActorCatalogue.IsUnnamedGroup(claimed.Actor1)) claimed.Actor1 = claimant;
                    if (claimed.Fatalities is not null) draft.Fatalities = null;
                    Absorb(claimed, draft, sumTolls: false, datesTheAct: false);
                    continue;
                }
                // "four gunmen were detained in the Bryansk region hours after the attack": the act told before, named to date
                // another, is no act at that other's place.
                if (draft.Anaphoric && draft.Backdrop && group.Count == 1 && triggers.Count > 1 && LastOfArticle(drafts, draft.Frame.Violent) is not null) continue;
                // "Three people were killed at the airport and three in the port of Hodeidah": a toll split between places with
                // its verb told once; the count after "and" is the toll at the place after it. A total told before ("killing at
                // least six") is the sum of the parts, and keeps only its own.
                if (KillOnly(group) && a1 is null && draft.Fatalities is { } whole && SplitToll(doc, ann, s, main) is var (part, partAt, firstAt)
                    && part < whole)
                {
                    var atThePart = draft.ElsewhereAt(partAt);
                    atThePart.Fatalities = part;
                    draft.Fatalities = whole - part;
                    (draft.Location, draft.LocationExplicit, placeExplicit) = firstAt is null ? (roles.LeadTown(), false, false) : (firstAt, true, true);
                    if (firstAt is null && drafts.LastOrDefault(d => d.Frame.Violent && d.Fatalities == whole) is { } total)
                    {
                        // (A headline's total of the same act, too.)
                        foreach (var sameTotal in drafts)
                            if (sameTotal.Frame.Violent && sameTotal.Fatalities == whole && sameTotal.Location?.Id == total.Location?.Id)
                                sameTotal.Fatalities = draft.Fatalities;
                        total.Evidence.AddMissing(draft.Evidence);
                        // (The part elsewhere is the total's act there, by its author.)
                        atThePart.Actor1 ??= total.Actor1;
                        if (atThePart.Frame.NamesNoTactic) atThePart.TakeFrameOf(total);
                        drafts.Add(atThePart);
                        continue;
                    }
                    drafts.Add(atThePart);
                }
                // "The clashes follow months of tension between Mogadishu and Kismayo", "This fighting comes as negotiations
                // continue": the act told, pointed at to say what it came with; no act of its own, wherever the sentence goes.
                if (group.Count == 1 && PointsBackToSayWhen(doc, s, main) && LastOfArticle(drafts, draft.Frame.Violent) is { } pointedAt)
                {
                    pointedAt.Evidence.AddMissing(draft.Evidence);
                    continue;
                }
                // "Thirteen soldiers were reportedly killed." after the strike that killed them: the toll of that strike.
                var tollOnly = KillOnly(group) && !placeExplicit && a1 is null;
                // ("About an hour later, gunmen opened fire on the motorcade": not an act the text sets apart.)
                if ((draft.Anaphoric || tollOnly) && !draft.Another
                    && Continue(drafts, draft, sumTolls: tollOnly && !draft.Anaphoric, ClaimsResponsibility(doc.Tokens, s), AlsoKilled(doc.Tokens, group)))
                {
                    // "The first blasts ripped through St. Anthony's Shrine in Colombo and St. Sebastian's Church in Negombo": the
                    // act told again at its place is one more of it at each other place of the list.
                    if ((draft.Frame.Codes.AcledEventType == RemoteViolence || (draft.Frame.Violent && draft.Location is { Precision: PlacePrecision.Place }))
                        && draft.LocationExplicit && draft.Location is { } toldAt)
                    {
                        // (Whoever tells it again is not its author: "Iran's armed forces said the strikes hit sites in Tehran,
                        // Khuzestan and Ilam provinces".)
                        if (LastOfArticle(drafts, violent: true) is { } sameAct) (draft.Actor1, draft.Actor2) = (sameAct.Actor1, sameAct.Actor2);
                        AddElsewhere(drafts, draft, OtherPlacesOfTheList(doc, ann, s, toldAt));
                    }
                    continue;
                }
                // "President Zelenskiy called the strike "another manifestation of Russian madness"": an act told before, named
                // again as what someone judges, is no act of its own, even where the judge's words name another place.
                if (draft.Anaphoric && group.Count == 1 && JudgedAct(doc.Tokens, main) && drafts.Exists(d => d.Frame.Violent == draft.Frame.Violent)) continue;
                // "In Khartoum, which the army retook in March, hundreds protested": a place's capture told in a relative clause
                // about it, dated more than a month back, describes the place; so does any act told so of whom it names ("The
                // junta that seized power in July has declared three days of mourning").
                // ("An international team has determined that the government carried out a chemical attack on December 23": a
                // "that" after a verb opens what was said, no description.)
                if (group.Count == 1 && draft.DateExplicit && draft.Date.End.AddDays(RecalledPastDays) < doc.Article.Published
                    && RelativePronounBefore(doc.Tokens, s, main.Range.First) is var relative and >= 0
                    && (main.Entry.Frame.Name == "capture" || doc.Tokens[relative].Lower != "that" || ann.Actors.Any(a => a.Range.End == relative)))
                    continue;
                // "Burundian soldiers, who have been deployed in South Kivu to support Kinshasa, had withdrawn": what a relative
                // clause set off by a comma says someone has been doing describes them; it is no act of the report's.
                if (group.Count == 1 && StandingState(doc.Tokens, s, main)) continue;
                // "to end the decades-old insurgency, in which more than 10,000 people have been killed": the toll of a whole war told
                // in a clause about it is no event's.
                if (a1 is null && TollOnly(doc, group) && TollOfAWar(doc.Tokens, s, group[0])) continue;
                // "several fled the country last year after months of street protests in which more than 120 people were killed": a
                // toll of no one, in a sentence dated more than a month back, counts a past the report only recalls.
                if (a1 is null && !draft.DateExplicit && draft.Frame.Violent && TollOnly(doc, group)
                    && roles.TimesOf(s).Any(t => t.Interval.End.AddDays(RecalledPastDays) < doc.Article.Published))
                    continue;
                // "Several soldiers were wounded." in a paragraph of no violence: more of the toll of the last violence told.
                if (a1 is null && !placeExplicit && draft.Frame.Violent && TollOnly(doc, group) && LastOfParagraph(drafts, s.Paragraph, violent: true) is null
                    && drafts.LastOrDefault(d => (d.Frame.Violent || d.Frame.Crowd || d.Frame.Name == "loot") && !d.Unrealized) is { } tolled
                    // "... an operation on Friday that killed 11" after Sunday's bombing is another event's toll.
                    && !(draft.DateExplicit && tolled.DateExplicit && draft.Date.End < tolled.Date.Start)
                    // ("several fled the country last year after months of street protests in which more than 120 people were
                    // killed": nor is a toll its sentence dates before the act.)
                    && !roles.TimesOf(s).Any(t => t.Interval.End < tolled.Date.Start))
                {
                    Absorb(tolled, draft, sumTolls: AttackersFallenFighting(tolled, draft));
                    continue;
                }
                // "... killing eleven and injuring several others. Several houses were also burnt.": property destroyed by no one
                // named, with no place of its own, in the paragraph of the violence told before, was destroyed in it.
                if (a1 is null && !placeExplicit && group.Count == 1 && draft.Frame.Name == "loot"
                    && LastOfParagraph(drafts, s.Paragraph, violent: true) is { Unrealized: false } wrecked && wrecked.Date.Overlaps(draft.Date))
                {
                    wrecked.Evidence.AddMissing(draft.Evidence);
                    continue;
                }
                // "Clashes were accompanied by shelling." with no place of its own: more of the fight already told.
                if (draft.Frame.Violent && !draft.LocationExplicit && Continuation(drafts, draft) is { } fight)
                {
                    DropBoast(fight, draft);
                    Absorb(fight, draft, sumTolls: true);
                    continue;
                }
                // "Police forces intervened to disperse the demonstration": the intervention in the protest told before (which
                // reads it as such), not a protest of its own.
                // So is one on "the crowd" of a protest told in an earlier paragraph ("Riot police later used water cannon to
                // push the crowd back").
                if (main.Entry.Intervention && (drafts.LastOrDefault(d => d.Paragraph == draft.Paragraph && d.Frame.Crowd)
                                                ?? (TheCrowdAgain(doc.Tokens, s) ? drafts.LastOrDefault(d => d.Frame.Crowd || d.Actor1?.Kind is ActorKind.Protesters or ActorKind.Rioters) : null)) is { } dispersed)
                {
                    dispersed.Evidence.AddMissing(draft.Evidence);
                    dispersed.Actor2 ??= draft.Actor2;
                    // "Police dispersed the rally ..., and one protester was killed": the dispersal's dead are the protest's.
                    dispersed.TakeToll(draft, sum: false);
                    continue;
                }
                // "They demanded that ..." after a protest: the protest's demands, not an event of their own.
                if (draft.Frame.TakesComplement && drafts.LastOrDefault(d => d.Paragraph == draft.Paragraph) is { Frame.Name: "protest" or "riot" } protest)
                {
                    protest.Evidence.AddMissing(draft.Evidence);
                    continue;
                }
                // "employees in front of the hospital demanding salaries": a crowd making demands is a protest.
                // So is a gathered crowd's ("Hundreds of Christians gathered outside the church to mourn the victims and demand
                // better protection").
                if (draft.Frame.Name == "demand"
                    && (((draft.Actor1 is null or { Kind: ActorKind.Protesters } || a1?.Kind == ActorMentionKind.Country) && CrowdBefore(doc, s, main.Range.First))
                        || (draft.Actor1 is null or { Kind: ActorKind.Civilians or ActorKind.Protesters }
                            && triggers.Exists(t => t.Entry.Gathering && t.Range.First < main.Range.First))))
                {
                    draft.Frame = kb.Lexicon.Frames["protest"];
                    draft.Actor1 = Protesters(null, draft);
                }
                // "Israeli forces raided a village overnight and detained three young men": a raid that meets no one and kills no
                // one, told with its arrests, is the arrests.
                if (draft.Frame.Name == "clash" && main.Entry.Lemma == "raid" && draft.Actor2 is null && draft.Fatalities is null
                    && triggers.Exists(t => t.Entry.Frame.Name == "arrest" && t.Range.First > main.Range.First)) continue;
                // "a bomb exploded beside a road as their patrol passed": the patrol an act befell is its victims' errand, no
                // deployment.
                if (draft.Frame.Name == "deploy" && doc.Tokens[main.Range.First].Lower is "patrol" or "patrols" && triggers.Exists(t => t.Entry.Frame.Violent)) continue;
                // A statement nobody is said to have made tells nothing: "accused them of ..." with no speaker.
                if (draft.Frame.TakesComplement && (draft.Actor1 is null || ChargeDescribingANoun(doc.Tokens, s, main))) continue;
                // "Automatic weapons ... were recovered from the site" after a gunfight: arms found where the act told happened
                // are its aftermath, no seizure of their own (so are those a side of it found: "Troops recovered rifles and
                // explosives from the site"); so are those the side that fought and killed seized in the same breath ("soldiers
                // killed three separatist fighters and recovered weapons"; not a missile intercepted beside a strike), and those
                // found by no one named in the paragraph of such a fight ("Two AK rifles ... were recovered, he said"), and those a
                // sentence finds in the search that ended the fight ("During the search of the area, two bodies, one AK-56 rifle
                // and ammunition were recovered").
                // So are arms seized in the raid that made arrests told with them ("detaining several suspected militants and
                // seizing arms"), and the spoils an armed group took in its attack ("JNIM claimed the attack, saying it had seized
                // weapons and vehicles").
                if (draft.Frame.Name == "intercept" && draft.Actor1 is { } seizer
                    && drafts.LastOrDefault(d => d.Frame.Name == "arrest" && d.SentenceIndex == draft.SentenceIndex && d.Actor1?.SameAs(seizer) == true) is { } arrests)
                {
                    arrests.Evidence.AddMissing(draft.Evidence);
                    continue;
                }
                if (draft.Frame.Name == "intercept" && drafts.LastOrDefault(d => d.Frame.Violent && !d.Unrealized) is { } scene
                    && (kb.Cues.SceneOfTheAct.AnyIn(doc.Tokens, s.FirstToken, s.EndToken) || FoundAfterTheFight(doc, scene, draft)
                        || draft.Actor1 is { } raider && ActorKinds.IsNonStateArmed(raider.Kind))
                    && (draft.Actor1 is null || scene.Actor1?.SameAs(draft.Actor1) == true || scene.Actor2?.SameAs(draft.Actor1) == true))
                {
                    scene.Evidence.AddMissing(draft.Evidence);
                    continue;
                }
                // "A Polisario official denied that the movement had targeted civilians" after the shelling: the denial of
                // the violence told, no act of its own.
                if (draft.Modality == Modality.Denied && draft.Frame.Violent
                    && drafts.LastOrDefault(d => d.Frame.Violent && !d.Unrealized && d.Modality != Modality.Denied) is { } denied)
                {
                    denied.Evidence.AddMissing(draft.Evidence);
                    continue;
                }
                drafts.Add(draft);
                // "students marched in Antsiranana, in the north of the island, and in Mahajanga", "air strikes on Sanaa and
                // Hodeidah": a crowd or a strike in each place of a list is an event at each (ACLED codes one event per place).
                // So does violence at each town of a list: "the coordinated attacks targeted Kayes, Nioro du Sahel, Niono and
                // Molodo" (an advance "into the surrounding areas of Donetsk and Zaporizhzhia regions" is one front).
                // (Not a list of another clause after the act's: "the protests were planned ..., and announced a curfew in
                // N'Djamena, Moundou, Doba and Koumra".)
                // (So are arrests in each: "detained U.N. staff in raids on offices in the capital Sanaa and the port city of Hodeidah".)
                if ((draft.Frame.Crowd || draft.Frame.Codes.AcledEventType == RemoteViolence || draft.Frame.Name == "arrest"
                     || (draft.Frame.Violent && draft.Location is { Precision: PlacePrecision.Place })) && draft.LocationExplicit && draft.Location is { } here
                    && !ListOfAnotherAct(ann, s, main, group, here))
                    AddElsewhere(drafts, draft, OtherPlacesOfTheList(doc, ann, s, here));
            }
        }
        // "About 6,270 residents fled" after a massacre, "3 million displaced since the coup": told after the violence, the
        // people fleeing it are its consequence (ACLED codes no event for them); flight is the news where it is told first
        // ("7,000 people have fled ... because of Boko Haram attacks").
        drafts.RemoveAll(f => f.Frame.Name == "flee" && drafts.Any(d => d.Frame.Violent && !d.Unrealized && d.SentenceIndex < f.SentenceIndex));
        foreach (var protest in drafts.Where(d => d.Frame.Name == "protest").ToList()) RespondedTo(doc, ann, protest, drafts);
        foreach (var riot in drafts.Where(d => d.Frame.Name == "riot").ToList()) JoinDemonstration(riot, drafts);
        // Violence against or by protesters that no protest event told of is itself the protest event.
        foreach (var draft in drafts) ProtestersAsASide(draft, doc, ann);
        PlaceTheSequel(drafts);
        _entries.Apply(doc, ann, drafts);
        _takeovers.Apply(doc, ann, drafts);
        DropHistory(doc, drafts);
        return drafts;
    }

    /// <summary>Whether a motive phrase ("in retaliation for", "in response to", "because of") governs the trigger, with
    /// only modifiers and names between ("in retaliation for Riyadh's military operations").</summary>
    private bool IsMotive(IReadOnlyList<Token> tokens, TriggerMention trigger)
    {
        var from = Math.Max(0, trigger.Range.First - 8);
        foreach (var (start, length, _) in kb.Cues.Motives.Scan(tokens, from, trigger.Range.First))
        {
            var k = start + length;
            while (k < trigger.Range.First && (SceneModifiers.Contains(tokens[k]) || tokens[k].IsCapitalized || tokens[k].Lower == "'s")) k++;
            if (k == trigger.Range.First) return true;
        }
        return false;
    }

    /// <summary>The actor whose mention an -ing form right after it describes ("the coalition fighting the Houthis").</summary>
    private static ActorMention? ParticipleOfTheActor(IReadOnlyList<Token> tokens, Annotations ann, TriggerMention t) =>
        tokens[t.Range.First].Lower.EndsWith("ing", StringComparison.Ordinal) ? ann.Actors.FirstOrDefault(a => a.Range.End == t.Range.First) : null;

    /// <summary>Whether a motive phrase ("respond to", "in retaliation for") opens the trigger's noun phrase.</summary>
    private bool AnsweredAct(IReadOnlyList<Token> tokens, TriggerMention trigger)
    {
        var opening = trigger.DeterminerOverNamingWords(tokens, -1, kb.Cues.Determiners) ?? trigger.Range.First - 1;
        foreach (var (start, length, _) in kb.Cues.Motives.Scan(tokens, Math.Max(0, opening - 4), opening))
            if (start + length == opening) return true;
        return false;
    }

    private static readonly WordSet ScenePrepositions = new(["after", "following", "amid", "during", "before", "since", "despite"]);

    /// <summary>The scene prepositions that make the scene the other act's course.</summary>
    private static readonly WordSet DuringPrepositions = new(["amid", "during"]);

    private static readonly WordSet SceneModifiers = new(["a", "an", "the", "their", "its", "his", "her", "this", "these", "that",
        "worst", "heavy", "fierce", "renewed", "recent", "deadly", "violent", "weeks", "days", "of", "two", "three", "several",
        "barrage", "wave", "waves", "series", "volley", "salvo", "spate", "alleged", "reported", "suspected"]);

    /// <summary>Whether the trigger follows "after", "amid", "during"... within a few modifiers ("after the worst
    /// fighting in decades", "before the President's rally").</summary>
    private static bool AfterScenePreposition(Document doc, Sentence s, TriggerMention trigger) => Governed(doc, s, trigger, ScenePrepositions);

    /// <summary>"The conflict between ...", "The war in ...", "This insurgency": the sentence is about a conflict as a whole.</summary>
    private bool OpensWithAConflict(IReadOnlyList<Token> tokens, Sentence s) =>
        s.EndToken - s.FirstToken > 2 && tokens[s.FirstToken].Lower is "the" or "this" or "that"
        && (kb.Cues.ConflictNouns.Contains(tokens[s.FirstToken + 1]) || kb.Cues.ConflictNouns.Contains(tokens[s.FirstToken + 2]));

    /// <summary>"Thousands of people have been killed in the conflict", "... in the insurgency since 2009": the dead of a
    /// whole war, named right after the killing (not "in the fighting", which may be the day's).</summary>
    private bool KilledInTheConflict(IReadOnlyList<Token> tokens, Sentence s, List<TriggerMention> group)
    {
        foreach (var t in group)
        {
            if (t.Entry.Frame.Name != "kill") continue;
            var k = t.Range.End;
            if (k + 2 >= s.EndToken || tokens[k].Lower is not ("in" or "during" or "since") || tokens[k + 1].Lower is not ("the" or "this" or "that" or "its")) continue;
            // "... since the insurgency in the provinces of Narathiwat, Pattani and Yala flared in 2004": since a war began.
            if (kb.Cues.NamesAWholeWar(tokens[k + 2])
                && (tokens[k].Lower == "since" || k + 3 == s.EndToken || tokens[k + 3].Text is "," or "." || tokens[k + 3].Lower == "since")) return true;
        }
        return false;
    }

    /// <summary>"have been wounded after a suicide bomber blew himself up", "has killed": a present perfect before the
    /// event's word tells news, not the past.</summary>
    private static bool PresentPerfect(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        for (var k = s.FirstToken; k < trigger.Range.First; k++)
            if (tokens[k].Lower is "has" or "have") return true;
        return false;
    }

    /// <summary>"has killed", "have been killed": a killing told in the present perfect counts up to now.</summary>
    private static bool CountedToDate(IReadOnlyList<Token> tokens, Sentence s, List<TriggerMention> group)
    {
        foreach (var t in group)
        {
            if (t.Entry.Frame.Name != "kill") continue;
            var k = t.Range.First - 1;
            if (k >= s.FirstToken && tokens[k].Lower == "been") k--;
            if (k >= s.FirstToken && tokens[k].Lower is "has" or "have") return true;
        }
        return false;
    }

    /// <summary>What a trigger names is no act of the report: a past event named by its year, or acts that describe someone.</summary>
    private bool Background(Document doc, Sentence s, TriggerMention trigger, List<TriggerMention> group) =>
        NamedByPastTime(doc, s, trigger, group) || PastYearOfARelativeClause(doc, s, trigger) || DescribesSomeone(doc.Tokens, s, trigger)
        || Circumstance(doc.Tokens, s, trigger) || AidsIt(doc.Tokens, s, trigger)
        || Trend(doc.Tokens, s, trigger) || Habitual(doc.Tokens, s, trigger) || MonthsBefore(doc.Tokens, s, trigger)
        || DeathItIsOver(doc.Tokens, s, trigger) || SuspectedOf(doc.Tokens, s, trigger, group) || FledFrom(doc.Tokens, s, trigger) || Mourned(doc.Tokens, s, trigger) || HoldsInThePresent(doc.Tokens, s, trigger)
        || StillHeld(doc.Tokens, s, trigger);

    /// <summary>"said it had repelled an attack and remained in control of Mweso": ground a side kept is no ground taken (data
    /// holding_verbs, a few words before the word of control).</summary>
    private bool StillHeld(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        if (trigger.Entry.Frame.Control != ControlEffect.Gain) return false;
        for (var k = trigger.Range.First - 1; k >= s.FirstToken && k >= trigger.Range.First - HeldReach; k--)
        {
            if (kb.Cues.HoldingVerbs.Contains(tokens[k])) return true;
            if (tokens[k].Kind != TokenKind.Word || (tokens[k].Lower is not ("in" or "full" or "firm" or "effective" or "the") && !tokens[k].Lower.EndsWith("ly", StringComparison.Ordinal))) return false;
        }
        return false;
    }

    /// <summary>How many words before the word of control a verb of keeping may stand ("remained in full control").</summary>
    private const int HeldReach = 4;

    /// <summary>"Gangs control about 90% of Port-au-Prince": who holds ground, told in the present, is a standing situation,
    /// not its taking ("now control" tells a change).</summary>
    /// <remarks>(Nor does "now" before a share: "Gangs now control about 85 percent of the capital" is how much they hold.)</remarks>
    private static bool HoldsInThePresent(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger) =>
        trigger.Entry.Form == "control/V" && tokens[trigger.Range.First].Lower is "control" or "controls"
        && !(trigger.Range.First > s.FirstToken && tokens[trigger.Range.First - 1].Lower is "to" or "will" or "would" or "and" or "or" or "in")
        && !(trigger.Range.First > s.FirstToken && tokens[trigger.Range.First - 1].Lower == "now" && !AShareAfter(tokens, s, trigger.Range.End));

    private static bool AShareAfter(IReadOnlyList<Token> tokens, Sentence s, int from)
    {
        for (var k = from; k < Math.Min(s.EndToken, from + ShareWords); k++)
            if (tokens[k].Lower is "percent" or "per" or "%" or "most" or "much" or "half" or "third" or "two-thirds") return true;
        return false;
    }

    /// <summary>How many words after "control" a share of what is held may stand ("control about 85 percent").</summary>
    private const int ShareWords = 4;

    /// <summary>"a state funeral for military commanders killed in the Israeli strikes", "a vigil for a girl allegedly sexually
    /// assaulted in the town": what befell those a funeral or vigil is for is why it is held, told before.</summary>
    private static bool Mourned(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        for (var k = trigger.Range.First - 1; k >= s.FirstToken + 1 && k >= trigger.Range.First - MournedWords; k--)
        {
            if (tokens[k].Text is "," or ";" or ".") return false;
            if (tokens[k].Lower == "for") return MournedBefore(tokens, s, k);
        }
        return false;
    }

    /// <summary>Whether a word of mourning stands a few words before the "for" at <paramref name="k"/> ("a state funeral in
    /// Tehran on Saturday for"), no comma between.</summary>
    private static bool MournedBefore(IReadOnlyList<Token> tokens, Sentence s, int k)
    {
        for (var j = k - 1; j >= s.FirstToken && j >= k - MourningReach; j--)
        {
            if (tokens[j].Text is "," or ";") return false;
            if (MourningNouns.Contains(tokens[j])) return true;
        }
        return false;
    }

    private const int MourningReach = 6;

    private const int MournedWords = 10;

    private static readonly WordSet MourningNouns = new(["funeral", "funerals", "burial", "burials", "vigil", "vigils", "memorial", "prayers", "mourning"]);

    /// <summary>"A 26-year-old man suspected of killing three people and wounding eight in a knife attack at a festival turned
    /// himself in": what someone is suspected or accused of is the act told as his charge, not told again as news, when the
    /// sentence tells no other violence ("... was found dead at his home" tells the suspect's death by the charge's toll).</summary>
    private static bool SuspectedOf(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger, List<TriggerMention> group) =>
        InACharge(tokens, s, trigger) && group.TrueForAll(t => !t.Entry.Frame.Violent || InACharge(tokens, s, t));

    /// <summary>Whether "suspected of", "accused of" or "convicted of" stands a few words before the trigger, no comma between.</summary>
    private static bool InACharge(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        for (var k = trigger.Range.First - 1; k >= s.FirstToken + 1 && k >= trigger.Range.First - ChargeWords; k--)
        {
            // ("five people suspected of links to the attack had been arrested": the clause's own verb is past the charge.)
            if (tokens[k].Text is "," or ";" || tokens[k].Lower is "had" or "has" or "have" or "was" or "were" or "is" or "are" or "been") return false;
            if (tokens[k].Lower == "of" && tokens[k - 1].Lower is "suspected" or "accused" or "convicted") return true;
        }
        return false;
    }

    /// <summary>How far a charge's acts may run after "suspected of" ("of killing three people and wounding eight in a knife attack").</summary>
    private const int ChargeWords = 14;

    /// <summary>"who had taken shelter there to escape fighting", "families fleeing the violence": what people fled, naming no
    /// sides, is why they were where the act found them, not an act of the report ("fled fighting between rival cartels"
    /// tells a fight).</summary>
    private bool FledFrom(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        var link = WordBeforeTheAct(tokens, s, trigger.Range.First);
        return link >= s.FirstToken && kb.Cues.FlightWords.Contains(tokens[link]) && kb.Cues.ConflictNouns.Contains(tokens[trigger.Range.First])
               && !(trigger.Range.End < s.EndToken && tokens[trigger.Range.End].Lower is "between" or "with" or "involving" or "among");
    }

    /// <summary>"a third night of unrest over the death of George Floyd, a man who died after an officer knelt on his neck":
    /// the death something is over is its cause, told before (and what the dead man is said to have died of with it); so is
    /// one whose culprits are sought ("those involved in the killing of a citizen").</summary>
    private static bool DeathItIsOver(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        if (trigger.Entry.Frame.Name != "kill") return false;
        // ("the arrest of those involved in the killing of a citizen": so is a killing whose culprits are sought.)
        var word = trigger.Range.First - 2;
        if (word >= s.FirstToken && tokens[word + 1].Lower == "the"
            && (tokens[word].Lower is "over" or "behind"
                || (word - 1 >= s.FirstToken && ((tokens[word].Lower == "in" && tokens[word - 1].Lower is "involved" or "implicated")
                                                   || (tokens[word].Lower == "of" && tokens[word - 1].Lower is "suspected" or "accused")))))
            return true;
        for (var k = trigger.Range.First - 1; k >= s.FirstToken + 2; k--)
        {
            if (tokens[k].Lower is "death" or "killing" or "deaths" or "killings" && tokens[k - 1].Lower == "the" && tokens[k - 2].Lower == "over")
                return true;
            if (tokens[k].Text is ";" || k < trigger.Range.First - 15) return false;
        }
        return false;
    }

    /// <summary>Where "after" stands in "came (less than) a week after", "came three months after" (else -1).</summary>
    private int ActCameAfterAPast(IReadOnlyList<Token> tokens, Sentence s)
    {
        for (var k = s.FirstToken + 3; k < s.EndToken; k++)
        {
            if (tokens[k].Lower != "after" || !LongSpanBefore(tokens, k)) continue;
            for (var j = k - 3; j >= s.FirstToken && j >= k - CameAfterWords; j--)
                if (tokens[j].Lower is "came" or "comes" or "followed" or "follows") return k;
        }
        return -1;
    }

    /// <summary>How many words before its count "came" may stand ("came less than a week after").</summary>
    private const int CameAfterWords = 6;

    /// <summary>"The attacks came three months after gunmen killed 145 people at a concert hall": an act told as weeks, months
    /// or years before the one reported is its background.</summary>
    private bool MonthsBefore(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        var limit = trigger.Range.First - 5;
        for (var k = trigger.Range.First - 1; k >= s.FirstToken + 2 && k >= limit; k--)
        {
            if (tokens[k].Text is "," or ";")
            {
                // "... eight years after a militant drove a truck into a market in Berlin, killing 13 people": the participle
                // goes with the act before its comma.
                if (k != trigger.Range.First - 1 || !tokens[trigger.Range.First].Lower.EndsWith("ing", StringComparison.Ordinal)) return false;
                limit = k - 14;
                continue;
            }
            // ("The attack came less than a week after BLA fighters seized a passenger train": weeks too.)
            if (tokens[k].Lower is "after" or "since" && SpanWords.Contains(tokens[k - 1])) return LongSpanBefore(tokens, k);
        }
        return false;
    }

    /// <summary>Whether a count of weeks, months, years or decades stands right before token <paramref name="k"/> ("three
    /// months after", "a week after"), or their plural alone (", weeks after seizing Goma"; not "in the weeks after").</summary>
    private bool LongSpanBefore(IReadOnlyList<Token> tokens, int k) =>
        k >= 2 && SpanWords.Contains(tokens[k - 1])
        && (kb.Cues.IsCount(tokens[k - 2]) || tokens[k - 2].Lower is "a" or "several" or "many"
            || (tokens[k - 1].Lower.EndsWith('s') && tokens[k - 2].Text is "," or "just" or "only"));

    private static readonly WordSet SpanWords = new(["months", "years", "month", "year", "decades", "week", "weeks"]);

    /// <summary>"clashes have broken out regularly since ...", "conflicts fought in the highlands for centuries", "150
    /// people had been killed in the area over the past 18 months": a clause that tells how often or over how long,
    /// a pattern or a running total, not one act. The clause runs between commas around the trigger.</summary>
    private bool Habitual(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        var from = trigger.Range.First;
        while (from > s.FirstToken && tokens[from - 1].Text is not ("," or ";")) from--;
        var to = trigger.Range.End;
        while (to < s.EndToken && tokens[to].Text is not ("," or ";")) to++;
        for (var k = from; k < to; k++)
            if ((kb.Cues.HabitPhrases.LongestAt(tokens, k, to).Length > 0 && !MannerOfAPastAct(tokens, k, from)) || SpanOfMonths(tokens, k, to))
                return true;
        return false;
    }

    /// <summary>"stormed the village on Saturday and shot sporadically at residents", "fired repeatedly at the car": an
    /// adverb of frequency right after a verb in the simple past tells how that one act went; "have been shelled
    /// repeatedly" still tells a pattern.</summary>
    private static bool MannerOfAPastAct(IReadOnlyList<Token> tokens, int k, int from)
    {
        if (k - 1 < from) return false;
        var verb = tokens[k - 1].Lower;
        if (!verb.EndsWith("ed", StringComparison.Ordinal) && verb is not ("shot" or "fought" or "hit" or "struck")) return false;
        return k - 2 < from || tokens[k - 2].Lower is not ("has" or "have" or "had" or "been" or "being");
    }

    /// <summary>"over the past 18 months", "in the last two years": a span back from the report of a month or more.</summary>
    private bool SpanOfMonths(IReadOnlyList<Token> tokens, int k, int end)
    {
        if (k + 4 > end || tokens[k].Lower is not ("over" or "in" or "during") || tokens[k + 1].Lower != "the" || tokens[k + 2].Lower is not ("past" or "last"))
            return false;
        var count = tokens[k + 3];
        if (!kb.Cues.IsCount(count)) return false;
        return k + 4 < end && tokens[k + 4].Lower is "months" or "years" or "decades";
    }

    /// <summary>"jihadists have stepped up attacks", "the army intensified its bombardment", "have carried out repeated
    /// attacks": how violence has changed or how often it comes, not one act. So is "as fighting spread beyond the areas
    /// seized": a clause of "as" whose violence only spreads or grows.</summary>
    private bool Trend(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        for (var k = trigger.Range.First - 1; k >= s.FirstToken && k >= trigger.Range.First - 3; k--)
            if (kb.Cues.TrendVerbs.Contains(tokens[k])) return true;
        var before = trigger.Range.First - 1;
        if (before > s.FirstToken && tokens[before].Lower == "the") before--;
        return before >= s.FirstToken && tokens[before].Lower == "as" && trigger.Range.End < s.EndToken && kb.Cues.TrendVerbs.Contains(tokens[trigger.Range.End]);
    }

    /// <summary>"wounded while visiting the front line": what someone was doing when the event of the sentence befell them.</summary>
    private static bool Circumstance(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger) =>
        !trigger.Entry.Frame.Violent && trigger.Range.First > s.FirstToken && tokens[trigger.Range.First - 1].Lower == "while";

    /// <summary>"the 2020 port explosion", "people killed in the 2020 explosion", "the November attacks in Paris that killed
    /// 130 people": a year before the report's or a month's name, after "the", within two words before the trigger or right
    /// after it ("in the 2020 ..."); or a relative clause on an act so named.</summary>
    private static bool NamedByPastTime(Document doc, Sentence s, TriggerMention trigger, List<TriggerMention> group)
    {
        if (NamedSo(trigger)) return true;
        var f = trigger.Range.First;
        if (f - 1 <= s.FirstToken || doc.Tokens[f - 1].Lower is not ("that" or "which")) return false;
        for (var k = f - 2; k > s.FirstToken && k >= f - 1 - RelativeClauseReach; k--)
            if (PastTimeAt(k)) return true;
        return false;

        bool NamedSo(TriggerMention t)
        {
            // The year names the first event word after it: "the 2020 port explosion protested" dates the explosion only.
            for (var k = t.Range.First - 1; k >= t.Range.First - 3; k--)
            {
                if (group.Any(o => o != t && o.Range.First == k)) break;
                if (PastTimeAt(k)) return true;
            }
            var e = t.Range.End;
            return e + 2 < s.EndToken && doc.Tokens[e].Lower is "in" or "during" && PastTimeAt(e + 2);
        }

        bool PastTimeAt(int k) => k > s.FirstToken && k < s.EndToken && doc.Tokens[k - 1].Lower == "the"
                                  && (PastYearAt(doc, k) || (doc.Tokens[k].IsCapitalized && TimeAnnotator.IsMonthName(doc.Tokens[k].Lower)));
    }

    /// <summary>"turned to Russia for help in fighting the insurgents": an act that help is sought or given for is its purpose.</summary>
    private bool AidsIt(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        var f = trigger.Range.First;
        return f - 2 >= s.FirstToken && tokens[f - 1].Lower is "in" or "with" && kb.Cues.AidNouns.Contains(tokens[f - 2]);
    }

    /// <summary>"Mali's junta, which seized power in coups in 2020 and 2021": a relative clause that dates its act to a year
    /// before the report's tells who someone is.</summary>
    private static bool PastYearOfARelativeClause(Document doc, Sentence s, TriggerMention trigger)
    {
        var f = trigger.Range.First;
        if (f - 1 <= s.FirstToken || doc.Tokens[f - 1].Lower is not ("which" or "who")) return false;
        for (var k = trigger.Range.End; k < s.EndToken && k < trigger.Range.End + RelativeClauseReach; k++)
        {
            if (doc.Tokens[k].Text is "," or ";") return false;
            if (PastYearAt(doc, k)) return true;
        }
        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is a year before the report's.</summary>
    private static bool PastYearAt(Document doc, int k) => TimeAnnotator.YearNumber(doc.Tokens, k) is int year && year < doc.Article.Published.Year;

    /// <summary>How many words before a relative pronoun the time naming the act it tells of may stand ("the November attacks
    /// in Paris that").</summary>
    private const int RelativeClauseReach = 6;

    private bool JudgesAnActBefore(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger, IReadOnlyList<TriggerMention> triggers)
    {
        var first = trigger.Range.First;
        if (!trigger.Entry.Frame.Violent || first < s.FirstToken + 2 || tokens[first - 2].Lower != "the" || !kb.Cues.IsSuperlative(tokens[first - 1]))
            return false;
        foreach (var t in triggers)
            if (t.Range.First >= s.FirstToken && t.Range.End < first - 2 && t.Entry.Frame.Violent) return true;
        return false;
    }

    /// <summary>"It was the second attack ...", "This was the latest in a series of attacks": "it", "this" or "that", a
    /// copula and "the" open the sentence, and the act's word follows within two words.</summary>
    private static bool RanksTheActBefore(Document doc, Sentence s, TriggerMention trigger)
    {
        var tokens = doc.Tokens;
        var first = doc.FirstTokenPastDateline(s);
        return first + 2 < s.EndToken && tokens[first].Lower is "it" or "this" or "that" && tokens[first + 1].Lower is "was" or "is" or "marked" or "marks"
               && tokens[first + 2].Lower == "the" && trigger.Range.First > first + 2 && trigger.Range.First <= first + 5;
    }

    /// <summary>"the attack", "the attacks": an act's word after the definite article (a noun, whatever form matched it),
    /// an act already told.</summary>
    /// <remarks>Lower-case words that name the act ("the railway station attack") may stand between article and noun.</remarks>
    private bool TheActAgain(IReadOnlyList<Token> tokens, TriggerMention trigger) =>
        (trigger.Range.First > 0 && tokens[trigger.Range.First - 1].Lower == "the")
        || (trigger.DeterminerOverNamingWords(tokens, -1, kb.Cues.Determiners) is { } k && tokens[k].Lower == "the");

    /// <summary>Whether a verb of saying ("said", "added", "told") stands between two tokens.</summary>
    private bool SaidBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (kb.Cues.SourcesAfter.LongestAt(tokens, k, k + 1).Length == 1) return true;
        return false;
    }

    /// <summary>Whether the trigger stands in a clause opened by "since" a few words after a superlative ("the deadliest
    /// day of unrest since ... was arrested"), before any comma.</summary>
    private bool SinceASuperlative(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        for (var k = trigger.Range.First - 1; k >= s.FirstToken && k >= trigger.Range.First - 10; k--)
        {
            if (tokens[k].Text is "," or ";" or ":") return false;
            if (tokens[k].Lower != "since") continue;
            for (var j = k - 1; j >= s.FirstToken && j >= k - 6; j--)
                if (kb.Cues.IsSuperlative(tokens[j])) return true;
            return false;
        }
        return false;
    }

    /// <summary>"Gang members stormed the town of Cabaret ... [next paragraph] Police ... arrived in the afternoon and exchanged
    /// gunfire with the gang members": violence told with no place of its own, in the paragraph after an act at a town, on its
    /// day, between one of that act's sides and another, happened at that town.</summary>
    private static void PlaceTheSequel(List<EventDraft> drafts)
    {
        for (var k = 1; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.LocationExplicit || !d.Frame.Violent || d.Location is not { Precision: PlacePrecision.Country } country) continue;
            var before = drafts[k - 1];
            if (before is { LocationExplicit: true, Location: { Precision: PlacePrecision.Place } town } && before.Frame.Violent
                && town.CountryIso2 == country.CountryIso2 && d.Paragraph - before.Paragraph is 1 or 2 && SharesASide(before, d)
                // (Not an act told on another day, or as what the act came after: "a day after JNIM fighters killed more than
                // 30 soldiers in an assault on an army base in Boulkessi".)
                && !d.Backdrop && d.Date.Overlaps(before.Date))
                d.Location = town;
        }
    }

    private static bool SharesASide(EventDraft a, EventDraft b) =>
        new[] { a.Actor1, a.Actor2 }.Any(x => x is not null && !ActorKinds.IsState(x.Kind) && ((b.Actor1 is { } one && x.SameAs(one)) || (b.Actor2 is { } two && x.SameAs(two))));

    /// <summary>Whether arms seized are a deadly fight's aftermath: taken by its side in its sentence, or by no one named in a
    /// paragraph that tells the fight.</summary>
    private static bool FoundAfterTheFight(Document doc, EventDraft fight, EventDraft seizure)
    {
        if (fight.Actor2 is not { } foe || !ActorKinds.IsArmed(foe.Kind) || fight.Fatalities is not > 0) return false;
        if (seizure.Actor1 is null)
            return fight.Paragraph == seizure.Paragraph || fight.TollSentences.Any(i => doc.Sentences[i].Paragraph == seizure.Paragraph);
        return fight.SentenceIndex == seizure.SentenceIndex && fight.Actor1?.SameAs(seizure.Actor1) == true;
    }

    /// <summary>"a militia drawn from the Banyamulenge community that Kinshasa accuses of fighting alongside M23": a charge
    /// someone makes, told in the present in a clause that describes a noun, is who the noun is said to be, not a statement
    /// made (what the clause tells goes with it).</summary>
    private bool ChargeDescribingANoun(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        var first = trigger.Range.First;
        return trigger.Entry.Frame.TakesComplement && first >= s.FirstToken + 3 && tokens[first - 2].Lower is "that" or "which" or "whom"
               && tokens[first - 1] is { IsCapitalized: true, Kind: TokenKind.Word } && kb.Cues.StanceVerbs.Contains(tokens[first])
               && tokens[first].Lower.EndsWith('s') && tokens[first - 3] is { Kind: TokenKind.Word } noun && !kb.Lexicon.Inflector.IsPastForm(noun.Lower)
               && kb.Cues.SourcesAfter.LongestAt(tokens, first - 3, first - 2).Length == 0;
    }

    /// <summary>Whether a lower-case verb in the past stands a few words after <paramref name="from"/>, past a phrase of place
    /// and before any comma, not joined by "and" ("deployed in the area pursued").</summary>
    private bool VerbAfterItsPhrase(IReadOnlyList<Token> tokens, Sentence s, int from)
    {
        for (var k = from + 1; k < s.EndToken && k <= from + ParticiplePhraseWords; k++)
        {
            if (tokens[k].Kind != TokenKind.Word) return false;
            if (!tokens[k].IsCapitalized && kb.Lexicon.Inflector.IsPastForm(tokens[k].Lower) && tokens[k - 1].Lower is not ("and" or "or" or "then"))
                return true;
        }
        return false;
    }

    /// <summary>How many words a participle's phrase of place may run before the clause's verb ("deployed in the area").</summary>
    private const int ParticiplePhraseWords = 6;

    /// <summary>"responsible for rocket attacks", "known for kidnappings": acts with no article after "responsible for" or
    /// "known for", within a word or two, are what someone does, not a report of one ("responsible for the attack" is);
    /// so are "some of the deadliest attacks" someone carried out.</summary>
    private bool DescribesSomeone(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        // "the Radaa force, which controls the airport": a relative clause in the present tells what someone is or holds.
        var first = trigger.Range.First;
        if (first > s.FirstToken && tokens[first - 1].Lower is "which" or "who" && tokens[first].Lower is { Length: > 3 } verb
            && verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal) && tokens[first].Kind == TokenKind.Word)
            return true;
        // "the armed groups known locally as bandits, who raid villages, kidnap for ransom and impose levies": so does one in
        // the plain present, and each verb of its list.
        if (PresentOfAGroup(tokens, s, trigger)) return true;
        // "French President Nicolas Sarkozy, who brokered the ceasefire, urged both sides to respect it": what a clause set off by
        // commas says someone did is who they are, not the news.
        if (first >= s.FirstToken + 2 && tokens[first - 1].Lower == "who" && tokens[first - 2].Text == "," && tokens[first].Kind == TokenKind.Word
            && kb.Lexicon.Inflector.IsPastForm(tokens[first].Lower) && ClosedByAComma(tokens, s, trigger.Range.End))
            return true;
        // "FARDC and UPDF soldiers deployed in the area pursued the attackers": a participle right after a force's noun, before
        // the clause's own verb, tells where the force was.
        if (trigger.Entry.Frame.Name == "deploy" && first > s.FirstToken && kb.Actors.ForceNounsByWord.ContainsKey(tokens[first - 1].Lower)
            && kb.Lexicon.Inflector.IsPastForm(tokens[first].Lower) && VerbAfterItsPhrase(tokens, s, trigger.Range.End))
            return true;
        // "The junta ... says it fights "terrorists"": so is what a side says it does, in the plain present.
        if (first >= s.FirstToken + 2 && tokens[first - 1].Lower is "it" or "they" && tokens[first - 2].Lower is "say" or "says" or "claim" or "claims"
            && (tokens[first].Lower == trigger.Entry.Lemma || tokens[first].Lower == trigger.Entry.Lemma + "s"))
            return true;
        // "The Maoists, who say they are fighting for the rights of poor farmers": what a group says of itself, in the present.
        if (first >= s.FirstToken + 4 && tokens[first - 4].Lower is "who" or "which" && tokens[first - 3].Lower is "say" or "says" or "claim" or "claims"
            && tokens[first - 2].Lower is "they" or "it" && tokens[first - 1].Lower is "are" or "is")
            return true;
        // "executed at least 20 men they had detained at a market": what was done earlier to the people an act befell, told in a
        // clause on them with no "that", is who they were.
        if (first >= s.FirstToken + 3 && tokens[first - 1].Lower == "had" && tokens[first - 2].Lower is "they" or "he" or "she" or "it" or "we"
            && tokens[first - 3] is { Kind: TokenKind.Word, IsCapitalized: false } noun
            && (kb.Cues.PersonNouns.Contains(noun) || kb.Actors.ForceNounsByWord.ContainsKey(noun.Lower) || noun.Lower is "men" or "women" or "people"))
            return true;
        // "whose network carried out some of the deadliest attacks of the war": a record told of someone, many acts.
        if (first >= s.FirstToken + 4 && kb.Cues.IsSuperlative(tokens[first - 1]) && tokens[first - 2].Lower == "the"
            && tokens[first - 3].Lower == "of" && tokens[first - 4].Lower is "some" or "many")
            return true;
        for (var k = trigger.Range.First - 1; k >= s.FirstToken + 1 && k >= trigger.Range.First - 3; k--)
        {
            if (tokens[k].Lower == "for") return tokens[k - 1].Lower is "responsible" or "known" or "notorious";
            if (tokens[k].Kind != TokenKind.Word || tokens[k].Lower is "the" or "a" or "an" or "this" or "that" or "these") return false;
        }
        return false;
    }

    /// <summary>Whether the trigger is a verb in its plain form in a "who" or "which" clause that opens on a verb in the
    /// present (not "who have", "who kidnapped"), with no other clause opened between.</summary>
    private bool PresentOfAGroup(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        var first = trigger.Range.First;
        // (A noun's form right after "who" reads as its verb: "who raid villages".)
        if (tokens[first].Lower != trigger.Entry.Lemma
            || !(trigger.Entry.Form.EndsWith("/V", StringComparison.Ordinal) || (first > s.FirstToken && tokens[first - 1].Lower is "who" or "which")))
            return false;
        for (var k = first - 1; k > s.FirstToken && k >= first - PresentListWords; k--)
        {
            if (tokens[k].Lower is "who" or "which")
                return tokens[k + 1] is { Kind: TokenKind.Word } verb && !PresentAuxiliaries.Contains(verb) && !kb.Lexicon.Inflector.IsPastForm(verb.Lower)
                       && !verb.Lower.EndsWith("ing", StringComparison.Ordinal) && !verb.IsCapitalized;
            if (tokens[k].Text is ";" || kb.Lexicon.Inflector.IsPastForm(tokens[k].Lower) || tokens[k].Lower is "that" or "when" or "where" or "after") return false;
        }
        return false;
    }

    private const int PresentListWords = 10;

    private static readonly WordSet PresentAuxiliaries = new(["have", "has", "had", "was", "were", "is", "are", "will", "would", "could", "did", "do",
        "does", "may", "might", "can", "should", "then", "also", "later", "reportedly", "allegedly"]);

    /// <summary>Whether a comma closes the clause from <paramref name="from"/> before its sentence ends (within a few words), a
    /// verb following.</summary>
    private static bool ClosedByAComma(IReadOnlyList<Token> tokens, Sentence s, int from)
    {
        for (var k = from; k + 1 < s.EndToken && k < from + 8; k++)
            if (tokens[k].Text == ",") return tokens[k + 1].Kind == TokenKind.Word && !tokens[k + 1].IsCapitalized && tokens[k + 1].Lower is not ("and" or "but" or "who" or "which");
        return false;
    }

    /// <summary>The armed side that opens the sentence before <paramref name="s"/> in its paragraph ("Soldiers and police
    /// stormed ..."), if any.</summary>
    private static Actor? SubjectOfTheSentenceBefore(Document doc, Annotations ann, Sentence s)
    {
        if (s.Index == 0 || doc.Sentences[s.Index - 1] is not { } before || before.Paragraph != s.Paragraph) return null;
        var first = doc.FirstTokenPastDateline(before);
        return ann.Actors.FirstOrDefault(a => a.Range.First == first)?.Actor is { } subject && ActorKinds.IsArmed(subject.Kind) ? subject : null;
    }

    /// <summary>Where "that", "which" or "who" stands in the words before token <paramref name="k"/>, within its clause part,
    /// or -1.</summary>
    private static int RelativePronounBefore(IReadOnlyList<Token> tokens, Sentence s, int k)
    {
        for (var j = k - 1; j >= s.FirstToken && j >= k - RelativeReach; j--)
        {
            if (tokens[j].Text is "," or ";") return -1;
            if (tokens[j].Lower is "that" or "which" or "who") return j;
        }
        return -1;
    }

    /// <summary>Whether the toll stands in a clause opened by "in which" after a word for a whole war ("the insurgency, in which
    /// more than 10,000 people have been killed").</summary>
    private bool TollOfAWar(IReadOnlyList<Token> tokens, Sentence s, TriggerMention toll)
    {
        for (var k = toll.Range.First - 1; k > s.FirstToken + 1 && k >= toll.Range.First - WarTollReach; k--)
        {
            if (tokens[k].Lower != "which" || tokens[k - 1].Lower != "in") continue;
            var noun = tokens[k - 2].Text == "," ? k - 3 : k - 2;
            return noun >= s.FirstToken && kb.Cues.NamesAWholeWar(tokens[noun]);
        }
        return false;
    }

    /// <summary>How many words before a toll "in which" may open its clause: "in which more than 10,000 people have been".</summary>
    private const int WarTollReach = 8;

    /// <summary>"soldiers, who have been deployed in South Kivu": a trigger right after "who" or "which", a comma before it, and
    /// "have been" or "has been".</summary>
    private static bool StandingState(IReadOnlyList<Token> tokens, Sentence s, TriggerMention t)
    {
        var k = t.Range.First;
        return k - 4 >= s.FirstToken && tokens[k - 1].Lower == "been" && tokens[k - 2].Lower is "have" or "has"
               && tokens[k - 3].Lower is "who" or "which" && tokens[k - 4].Text == ",";
    }

    /// <summary>"mayor who fought cartels": a trigger right after "who" that follows one person of no armed force, with
    /// a bare plural after it (no article, number or name: a kind of people, not some of them).</summary>
    private bool KnownFor(IReadOnlyList<Token> tokens, Sentence s, TriggerMention t)
    {
        var who = t.Range.First - 1;
        if (who - 1 < s.FirstToken || tokens[who].Lower != "who" || t.Range.End >= s.EndToken) return false;
        var person = tokens[who - 1];
        var after = tokens[t.Range.End];
        var (nounLength, nouns) = kb.Actors.ForceNouns.LongestAt(tokens, who - 1, who);
        return !person.IsCapitalized && kb.Cues.PersonNouns.Contains(person) && !person.Lower.EndsWith('s')
               && (nounLength == 0 || nouns[0].Kind is "government" or "civilians")
               && after.Kind == TokenKind.Word && !after.IsCapitalized && after.Lower.EndsWith('s') && !kb.Cues.IsCount(after)
               && after.Lower is not ("his" or "its" or "this" or "us" or "as");
    }

    /// <summary>Whether the trigger is one word read as a verb in its bare or "-s" form: not after "to" or a determiner
    /// ("who kidnap", "which raids"; not "a raid"), nor one a past form spells alike ("which hit").</summary>
    private bool SimplePresent(IReadOnlyList<Token> tokens, TriggerMention t) =>
        t.Range.End - t.Range.First == 1 && t.Range.First > 0 && tokens[t.Range.First - 1].Lower is not ("to" or "a" or "an" or "the" or "its" or "their" or "his" or "her")
        && tokens[t.Range.First - 1].Kind == TokenKind.Word && !kb.Lexicon.Inflector.IsPastForm(tokens[t.Range.First].Lower)
        && (tokens[t.Range.First].Lower == t.Entry.Lemma || tokens[t.Range.First].Lower == t.Entry.Lemma + "s" || tokens[t.Range.First].Lower == t.Entry.Lemma + "es");

    /// <summary>How far before an act a relative pronoun may stand ("that had entered the country from a neighbouring state
    /// and was planning").</summary>
    private const int RelativeReach = 14;

    /// <summary>Whether the trigger is a noun in the plural right after "in" ("killed in attacks", "in raids"; "clashes" may be
    /// one fight).</summary>
    private static bool PluralActsAfterIn(IReadOnlyList<Token> tokens, TriggerMention trigger) =>
        trigger.Entry.Frame.Name != "clash" && trigger.Range.First > 0 && tokens[trigger.Range.First - 1].Lower == "in" && NamedInThePlural(tokens, trigger);

    /// <summary>Whether the act is named by a noun in the plural ("attacks", "rallies").</summary>
    private static bool NamedInThePlural(IReadOnlyList<Token> tokens, TriggerMention trigger) =>
        trigger.MayBeANoun(tokens) && tokens[trigger.Range.End - 1].Lower is var word && word != trigger.Entry.Lemma && word.EndsWith('s');

    /// <summary>"has held mass rallies", "have staged protests": a plural act's noun a few words after "has held" or the like.</summary>
    private static bool SeriesInThePerfect(IReadOnlyList<Token> tokens, TriggerMention trigger)
    {
        if (!NamedInThePlural(tokens, trigger)) return false;
        // (What the subject has done itself: "has held", "have staged"; not "has sparked large demonstrations", news of others.)
        for (var k = trigger.Range.First - 1; k >= 1 && k >= trigger.Range.First - 3; k--)
            if (tokens[k].Lower is "held" or "staged" or "organised" or "organized" or "led" or "mounted" && tokens[k - 1].Lower is "has" or "have")
                return true;
        return false;
    }

    /// <summary>"has claimed a series of small attacks since the Taliban seized power": a series, string, spate or wave of acts
    /// in the plural after a verb in the perfect is many acts over a span, whatever time it gives, not one of them.</summary>
    private static bool SeriesToldInThePerfect(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        if (!NamedInThePlural(tokens, trigger)) return false;
        var of = -1;
        for (var k = trigger.Range.First - 1; k > s.FirstToken && k >= trigger.Range.First - 3; k--)
            if (tokens[k].Lower == "of" && tokens[k - 1].Lower is "series" or "string" or "spate" or "wave") of = k - 1;
        if (of < 0) return false;
        for (var k = of - 1; k > s.FirstToken && k >= of - 5; k--)
            if (tokens[k].Lower is "has" or "have" && (tokens[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal) || tokens[k + 1].Lower is "held" or "seen" or "been"))
                return true;
        return false;
    }

    /// <summary>"broke up a protest", "dispersed the rally": a finite verb of intervention (cue protest_intervention) and an
    /// article right before the protest's word.</summary>
    private bool BrokenUpRightBefore(IReadOnlyList<Token> tokens, Sentence s, TriggerMention protest)
    {
        var article = protest.Range.First - 1;
        if (article <= s.FirstToken || tokens[article].Lower is not ("a" or "an" or "the")) return false;
        for (var start = Math.Max(s.FirstToken, article - 2); start < article; start++)
            if (kb.Cues.ProtestIntervention.LongestAt(tokens, start, article).Length == article - start)
                return start > s.FirstToken && tokens[start - 1].Lower != "to";
        return false;
    }

    /// <summary>"fired on them", "attacked them": "them" right after the act's word.</summary>
    private static bool ThemAfter(IReadOnlyList<Token> tokens, TriggerMention t) => t.Range.End < tokens.Count && tokens[t.Range.End].Lower == "them";

    /// <summary>Whether "toll" or "death toll" follows token <paramref name="k"/>.</summary>
    private bool TollAfter(IReadOnlyList<Token> tokens, int k) =>
        k < tokens.Count && (kb.Cues.RunningTotalWords.Contains(tokens[k])
                             || (k + 1 < tokens.Count && tokens[k].Lower == "death" && kb.Cues.RunningTotalWords.Contains(tokens[k + 1])));

    /// <summary>"the funeral of a man killed in the raid", "relatives of a boy shot by police": a killing in a participle
    /// right after "of" and one person.</summary>
    private bool KillingOfOneNamedByAnAct(IReadOnlyList<Token> tokens, Sentence s, TriggerMention kill)
    {
        var f = kill.Range.First;
        return f - 3 >= s.FirstToken && kb.Cues.OnePersonRightBefore(tokens, f) && tokens[f - 3].Lower == "of"
               && (tokens[f].Lower.EndsWith("ed", StringComparison.Ordinal) || tokens[f].Lower is "shot" or "slain");
    }

    /// <summary>"has not fired", "did not attack", "never attacked": "not" or "never" among the auxiliaries right before the
    /// verb.</summary>
    private static bool Negated(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        for (var k = trigger.Range.First - 1; k >= s.FirstToken && k >= trigger.Range.First - 3; k--)
        {
            if (tokens[k].Lower is "not" or "never" or "n't") return true;
            if (!Auxiliaries.IsAuxiliary(tokens[k])) return false;
        }
        return false;
    }

    /// <summary>The capital of a country whose seat of government the trigger's clause names after it ("set fire to Nepal's
    /// parliament"; not "..., Chad's presidency said", another clause).</summary>
    private Place? SeatOfGovernment(Document doc, Annotations ann, TriggerMention trigger, int clauseEnd, string? countryOfTheEvent)
    {
        var tokens = doc.Tokens;
        // "stormed Congress, the Supreme Court and the presidential palace": the seat of the government of the country the
        // act happened in, when the text names no owner ("the governor's palace" is a province's).
        for (var k = trigger.Range.End; k < clauseEnd && k < trigger.Range.End + 4 && countryOfTheEvent is not null; k++)
            if (kb.Cues.SeatNouns.Contains(tokens[k]) && !doc.IsPossessiveMark(k - 1) && !ann.Places.Any(p => p.Range.Contains(k))
                && kb.Gazetteer.CountryByCode(countryOfTheEvent) is { } home)
                return _places.ResolveCapital(home)?.Best;
        foreach (var p in ann.Places)
        {
            if (p.Range.First < trigger.Range.End || p.Range.End >= clauseEnd || p.Place.Precision != PlacePrecision.Country
                || !doc.IsPossessiveMark(p.Range.End)) continue;
            var noun = p.Range.End + 1;
            if (noun < clauseEnd && !kb.Cues.SeatNouns.Contains(tokens[noun]) && noun + 1 < clauseEnd) noun++;
            if (noun < clauseEnd && kb.Cues.SeatNouns.Contains(tokens[noun]) && kb.Gazetteer.CountryByCode(p.Place.CountryIso2) is { } country)
                return _places.ResolveCapital(country)?.Best;
        }
        return null;
    }

    /// <summary>"also struck", "had also attacked": "also" within two words before the trigger.</summary>
    private static bool AlsoBefore(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        for (var k = trigger.Range.First - 1; k >= s.FirstToken && k >= trigger.Range.First - 2; k--)
            if (tokens[k].Lower == "also") return true;
        return false;
    }

    /// <summary>Whether a halting verb ("suspended", "pulled out of", "violated") governs the trigger, within a determiner
    /// and a modifier.</summary>
    private bool Halted(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        for (var k = trigger.Range.First - 1; k >= s.FirstToken && k >= trigger.Range.First - 6; k--)
            if (kb.Cues.HaltingVerbs.LongestAt(tokens, k, trigger.Range.First).Length is var length and > 0 && k + length >= trigger.Range.First - 2)
                return true;
        // "declared an end to a 1991 ceasefire": the end named between the verb and the deal.
        for (var k = trigger.Range.First + 1; k < s.EndToken && k <= trigger.Range.First + 3; k++)
            if (kb.Cues.HaltingNouns.LongestAt(tokens, k, s.EndToken).Length > 0) return true;
        return false;
    }

    /// <summary>"In January 2017, an air force jet bombed a camp for displaced people": in a report of recent acts, an act
    /// told after the lead and dated months before the report is its history, coded from the news of its own day (a
    /// report of nothing recent keeps what it tells).</summary>
    private static void DropHistory(Document doc, List<EventDraft> drafts)
    {
        var published = doc.Article.Published.DayNumber;
        if (!drafts.Exists(d => published - d.Date.End.DayNumber <= RecentDays)) return;
        var lead = drafts.Min(d => d.Paragraph);
        // What its sentence tells with no day of its own is of that past too ("... attacked Israel on October 7, 2023,
        // killing about 1,200 people and taking 251 hostages").
        var past = drafts.Where(d => d.DateExplicit && d.Paragraph > lead && published - d.Date.End.DayNumber > HistoryDays).Select(d => d.SentenceIndex).ToHashSet();
        drafts.RemoveAll(d => past.Contains(d.SentenceIndex) && (!d.DateExplicit || published - d.Date.End.DayNumber > HistoryDays));
    }

    private const int RecentDays = 31;

    private const int HistoryDays = 90;

    /// <summary>"The riots were triggered by false claims": the act told again with its cause.</summary>
    private static bool CausedByAfter(IReadOnlyList<Token> tokens, int k, int end) =>
        k + 2 < end && tokens[k].Lower is "was" or "were" && tokens[k + 1].Lower is "triggered" or "sparked" or "prompted" or "fuelled" or "fueled" or "provoked"
        && tokens[k + 2].Lower == "by";

    private static readonly WordSet CrowdWords = new(["crowd", "crowds"]);

    /// <summary>"did not say who fired", "it was unclear who carried out": an act asked about between
    /// <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool AskedWho(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = Math.Max(from, 1); k < to; k++)
            if (tokens[k].Lower == "who" && AskingWords.Contains(tokens[k - 1])) return true;
        return false;
    }

    private static readonly WordSet AskingWords = new(["say", "said", "says", "know", "knew", "known", "clear", "unclear", "determine", "determined",
        "identify", "identified", "confirm", "confirmed", "explain", "establish", "investigating", "investigate", "sure", "certain"]);

    /// <summary>"since the protests began", "since the prison riot": "since", a determiner and at most one more word, then
    /// the trigger.</summary>
    private static bool SinceGoverns(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        var k = trigger.Range.First - 1;
        // ("since fighting broke out": "since" right before the act.)
        if (k >= s.FirstToken && SinceWords.Contains(tokens[k])) return true;
        if (k > s.FirstToken && tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalized && !SceneModifiers.Contains(tokens[k])) k--;
        if (k > s.FirstToken && tokens[k].Lower is "the" or "a" or "an" or "its" or "their" or "this") k--;
        return k >= s.FirstToken && SinceWords.Contains(tokens[k]);
    }

    /// <summary>Whether the trigger is a verb whose clause "since" opens with a subject of its own ("since they captured the
    /// city", "since the militia overran"): not "have since seized".</summary>
    private static bool SinceOpensItsClause(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger)
    {
        if (!IsVerb(trigger)) return false;
        for (var k = trigger.Range.First - 2; k >= s.FirstToken && k >= trigger.Range.First - SinceSubjectWords; k--)
        {
            if (SinceWords.Contains(tokens[k])) return tokens[k].Lower == "since";
            if (tokens[k].Kind != TokenKind.Word || tokens[k].Lower is "and" or "but" or "when" or "after" or "as" or "which" or "who") return false;
        }
        return false;
    }

    /// <summary>Whether the trigger is a verb in the perfect progressive: "have been fighting", "has been shelling".</summary>
    private static bool PerfectProgressive(IReadOnlyList<Token> tokens, Sentence s, TriggerMention trigger) =>
        trigger.Range.First - 2 >= s.FirstToken && tokens[trigger.Range.First].Lower.EndsWith("ing", StringComparison.Ordinal)
        && tokens[trigger.Range.First - 1].Lower == "been" && tokens[trigger.Range.First - 2].Lower is "have" or "has" or "had";

    /// <summary>How many words a subject after "since" may take before its verb ("since the Turkish-backed factions captured").</summary>
    private const int SinceSubjectWords = 5;

    /// <summary>Whether one of <paramref name="prepositions"/> governs the trigger, within a few modifiers.</summary>
    private static bool Governed(Document doc, Sentence s, TriggerMention trigger, WordSet prepositions)
    {
        var tokens = doc.Tokens;
        for (var k = trigger.Range.First - 1; k >= s.FirstToken && k >= trigger.Range.First - 5; k--)
        {
            if (prepositions.Contains(tokens[k])) return true;
            if (!SceneModifiers.Contains(tokens[k]) && !(tokens[k].IsCapitalized && k > s.FirstToken) && tokens[k].Lower != "'s"
                && !InHyphenated(tokens, k)) return false;
        }
        return false;
    }

    /// <summary>Whether the token is part of a hyphenated modifier ("an anti-migrant rally", "a three-hour battle").</summary>
    private static bool InHyphenated(IReadOnlyList<Token> tokens, int k) =>
        Hyphens.JoinsWordsAt(tokens, k) || Hyphens.JoinsWordsAt(tokens, k + 1) || Hyphens.JoinsWordsAt(tokens, k - 1);

    private static bool AnyAnaphoric(List<TriggerMention> group, Sentence s, RoleFinder roles, bool earlierEventInParagraph, bool earlierEventInArticle)
    {
        foreach (var t in group)
            if (roles.IsAnaphoric(t.Range, s, earlierEventInParagraph, earlierEventInArticle)) return true;
        return false;
    }

    /// <summary>Who acted alongside actor 1, once each and neither of the two sides, in the order named.</summary>
    private static void AddAssociated(List<Actor> associated, IReadOnlyList<ActorMention> mentions, ActorMention? a1, ActorMention? a2)
    {
        foreach (var m in mentions)
        {
            if (m.Actor is not { } actor || actor.Key == a1?.Actor?.Key || actor.Key == a2?.Actor?.Key) continue;
            var seen = false;
            foreach (var x in associated) seen |= x.Key == actor.Key;
            if (!seen) associated.Add(actor);
        }
    }

    private bool RepelsAttackTold(Document doc, TriggerMention trigger) =>
        kb.Cues.Roles.RepelVerbs.Contains(doc.Tokens[trigger.Range.First])
        && kb.Cues.Roles.AttackTold.LongestAt(doc.Tokens, trigger.Range.First + 1, doc.Tokens.Count).Length > 0;

    /// <summary>"rioters demonstrating against prices gathered in the square and clashed with police": the clash is the
    /// demonstration turning violent, one event (a violent demonstration: its crowd are rioters) with the police as its other side.</summary>
    private static void JoinDemonstration(EventDraft riot, List<EventDraft> drafts)
    {
        // The demonstration is told first; "a mob pelted stones at police and broke barricades" is a mob's violence.
        // Its crowd is the riot's, whether named protesters or rioters (one is the other turned violent).
        if (riot.Actor1 is not { Kind: ActorKind.Rioters or ActorKind.Protesters } crowd) return;
        var demonstration = drafts.Take(drafts.IndexOf(riot)).FirstOrDefault(d => d.Frame.Name == "protest" && d.SentenceIndex == riot.SentenceIndex
                                                       && d.Actor1 is { Kind: ActorKind.Rioters or ActorKind.Protesters } && d.Actor1.Country3 == crowd.Country3);
        if (demonstration is null) return;
        demonstration.Actor2 ??= riot.Actor2;
        demonstration.TakeToll(riot, sum: false);
        demonstration.Evidence.AddMissing(riot.Evidence);
        drafts.Remove(riot);
    }

    /// <summary>The places listed after <paramref name="here"/> in the sentence ("in A, B and in C"), each joined to the one
    /// before by "and" or a comma, with at most place nouns and an aside between commas ("in the north of the island")
    /// between them; none where the first opens a span ("between A and B", "from A to B").</summary>
    private List<Place> OtherPlacesOfTheList(Document doc, Annotations ann, Sentence s, Place here)
    {
        var found = new List<Place>();
        var first = ann.Places.FirstOrDefault(p => p.Range.First >= s.FirstToken && p.Range.End <= s.EndToken && p.Place.Id == here.Id);
        if (first is null || OpensASpan(doc.Tokens, s, first.Range.First)) return found;
        // A list ends at its "and": "in El Copey, Cesar department" names a town and its province, no list.
        var end = first.Range.End;
        var listed = 0;
        var country = here.CountryIso2;
        foreach (var next in ann.Places)
        {
            if (next.Range.First < end || next.Range.End > s.EndToken) continue;
            // "the Yemeni capital Sanaa": a description and the name right after it are one place.
            if (next.Range.First == end && next.Place.Id == here.Id)
            {
                end = next.Range.End;
                continue;
            }
            if (JoinsAList(doc.Tokens, ann, end, next.Range.First) is not { } glue) break;
            end = next.Range.End;
            // Places of one country, none holding another: a town and a province after it is the town's address. A town
            // of another country joins the list only with a word of place of its own ("near Al-Qaim and around Deir
            // al-Zor and Al-Mayadin in eastern Syria"; "Baghdad, Iran and Syria" is no list of scenes).
            var crossing = next.Place.CountryIso2 != country;
            if ((crossing && !(next.Place.Precision == PlacePrecision.Place && glue == "and" && LocativeRightBefore(doc.Tokens, next.Range.First)))
                || Within(here, next.Place) || Within(next.Place, here)) break;
            country = next.Place.CountryIso2;
            if (next.Place.Id != here.Id && found.TrueForAll(f => f.Id != next.Place.Id)) found.Add(next.Place);
            if (glue == "and") listed = found.Count;
        }
        // ("..., Molodo, Gogui and Diboli before dawn": a list that ends on towns the gazetteer lacks ended all the same; so
        // does one that ends in more of its kind, "Kano, Abuja, Lagos and other cities".)
        if (EndsOnUnknownMembers(doc.Tokens, ann, end, s.EndToken)
            || (end + 1 < s.EndToken && doc.Tokens[end].Lower == "and" && kb.Cues.WidespreadScope.LongestAt(doc.Tokens, end + 1, s.EndToken).Length > 0))
            listed = found.Count;
        return found[..listed];
    }

    /// <summary>Whether the tokens from <paramref name="from"/> go on a list with names no reading covers, joined by commas,
    /// through its "and".</summary>
    private static bool EndsOnUnknownMembers(IReadOnlyList<Token> tokens, Annotations ann, int from, int to)
    {
        var k = from;
        while (k + 1 < to && tokens[k].Text == "," && tokens[k + 1].IsCapitalized && UnknownMemberEnd(tokens, ann, k + 1, to) is var end and > 0) k = end;
        if (k + 1 >= to || tokens[k].Lower != "and" || !tokens[k + 1].IsCapitalized) return false;
        var last = k + 1;
        while (last < to && last - k <= 3 && tokens[last].IsCapitalized) last++;
        return !CoveredByAReading(ann, k + 1, last);
    }

    /// <summary>Whether "between" or "from" governs the place, right before it or before its description ("between the
    /// northern states of Punjab and Haryana").</summary>
    private static bool OpensASpan(IReadOnlyList<Token> tokens, Sentence s, int place)
    {
        for (var k = place - 1; k >= s.FirstToken && k >= place - 6; k--)
        {
            if (tokens[k].Lower is "between" or "from") return true;
            if (tokens[k].Kind != TokenKind.Word || tokens[k].IsCapitalized || tokens[k].Lower is "in" or "at" or "near" or "on" or "and") return false;
        }
        return false;
    }

    private static bool LocativeRightBefore(IReadOnlyList<Token> tokens, int place) =>
        place > 0 && tokens[place - 1].Lower is "around" or "near" or "in" or "at" or "outside";

    /// <summary>What joins two places of a list ("and", or a comma), or null where other words stand between them.</summary>
    private static string? JoinsAList(IReadOnlyList<Token> tokens, Annotations ann, int from, int to)
    {
        string? joined = null;
        for (var k = from; k < to; k++)
        {
            var w = tokens[k].Lower;
            if (w == "and") joined = w;
            else if (w == ",") joined ??= w;
            // An aside between commas that tells no act: ", in the north of the island,".
            if (w == "," && AsideEnd(tokens, ann, k, to) is { } aside) k = aside - 1;
            // "and the Red Sea port of Hodeidah", "and the northern city of Kisumu": a description of the next place.
            else if (w == "the" && joined is not null && DescribesThePlace(tokens, k + 1, to)) return joined;
            // "... in Colombo and St. Sebastian's Church in Negombo": a named site in the next place.
            else if (joined is not null && tokens[k].IsCapitalized && NamedSiteIn(tokens, k, to)) return joined;
            // "hit a high-rise building in Ramat Gan and residential buildings in Holon": things hit in the next place.
            else if (joined == "and" && ThingsRightBefore(tokens, k, to)) return joined;
            // "Kayes, Nioro du Sahel, Sandare, Niono": a town the gazetteer lacks is one more member of the list.
            else if (joined is not null && tokens[k].IsCapitalized && UnknownMemberEnd(tokens, ann, k, to) is var member and > 0) k = member - 1;
            else if (!ListWords.Contains(w) && !ListPlaceNouns.Contains(w)) return null;
        }
        return joined;
    }

    /// <summary>Whether tokens [<paramref name="from"/>, <paramref name="to"/>) are at most three lower-case words and "in"
    /// right before the place: "residential buildings in".</summary>
    private static bool ThingsRightBefore(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (to - from is < 2 or > 4 || tokens[to - 1].Lower != "in") return false;
        for (var k = from; k < to - 1; k++)
            if (tokens[k].Kind != TokenKind.Word || tokens[k].IsCapitalized) return false;
        return true;
    }

    /// <summary>Where a name of at most three capitalized words that no place or actor reading covers ends, when a comma or
    /// "and" follows it before <paramref name="to"/>; else -1.</summary>
    private static int UnknownMemberEnd(IReadOnlyList<Token> tokens, Annotations ann, int from, int to)
    {
        var k = from;
        while (k < to && k - from < 3 && tokens[k].IsCapitalized) k++;
        if (k >= to || tokens[k].Text != "," && tokens[k].Lower != "and") return -1;
        // ("Inezgane and Ait Amira, near Agadir": a comma the list goes on after, not a description of where it lies.)
        if (tokens[k].Text == "," && (k + 1 >= tokens.Count || !(tokens[k + 1].IsCapitalized || tokens[k + 1].Lower == "and"))) return -1;
        return CoveredByAReading(ann, from, k) ? -1 : k;
    }

    /// <summary>Whether a place or actor reading overlaps tokens [from, to).</summary>
    private static bool CoveredByAReading(Annotations ann, int from, int to) =>
        ann.Places.Any(p => p.Range.First < to && p.Range.End > from) || ann.Actors.Any(a => a.Range.First < to && a.Range.End > from);

    /// <summary>A name of at most six words ("St. Sebastian's Church"), then "in", right before the place.</summary>
    private static bool NamedSiteIn(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (to - from > 7 || tokens[to - 1].Lower != "in") return false;
        for (var k = from; k < to - 1; k++)
            if (!(tokens[k].IsCapitalized || tokens[k].Text is "'s" or "." or "-")) return false;
        return true;
    }

    /// <summary>At most three words, then a place noun ("port", "city", "capital"), with "of" after it or not, right before
    /// the place.</summary>
    private static bool DescribesThePlace(IReadOnlyList<Token> tokens, int from, int to)
    {
        var noun = tokens[to - 1].Lower == "of" ? to - 2 : to - 1;
        return noun >= from && noun - from <= 3 && ListPlaceNouns.Contains(tokens[noun].Lower)
               && Enumerable.Range(from, noun - from).All(k => tokens[k].Kind == TokenKind.Word);
    }

    private static int? AsideEnd(IReadOnlyList<Token> tokens, Annotations ann, int comma, int to)
    {
        for (var k = comma + 1; k < to && k <= comma + 8; k++)
            if (tokens[k].Text == ",") return k > comma + 1 && !ann.Triggers.Any(t => t.Range.First > comma && t.Range.First < k) ? k : null;
        return null;
    }

    /// <summary>What may stand between two places of a list besides a place noun: "and", "in", "as well as", "the nearby".</summary>
    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal)
        { ",", "and", "in", "the", "as", "well", "of", "nearby", "neighbouring", "neighboring", "around", "near", "outside" };

    /// <summary>"On Monday, a drone crashed ...": the sentence's first words (an "on" aside) are the time of that date.</summary>
    private static bool OpensOnTheDay(Document doc, Annotations ann, Sentence s, DateInterval date)
    {
        var first = doc.FirstTokenPastDateline(s);
        return ann.Times.Any(t => t.Range.First >= first && t.Range.First <= first + 1 && t.Interval == date);
    }

    /// <summary>"In Durban, looters ...": "In" and the place open the sentence.</summary>
    private bool OpensAtThePlace(Document doc, Annotations ann, Sentence s, Place place)
    {
        var first = doc.FirstTokenPastDateline(s);
        if (doc.Tokens[first].Lower != "in") return false;
        // ("In the village of Novaya Tavolzhanka, ...": past the town's word.)
        var name = first + 1;
        if (name + 2 < s.EndToken && doc.Tokens[name].Lower == "the" && kb.Cues.IsUnitNoun(doc.Tokens[name + 1]) && doc.Tokens[name + 2].Lower == "of") name += 3;
        return ann.Places.Any(p => p.Range.First == name && p.Place.Id == place.Id);
    }

    /// <summary>Whether the act is told in a "who" clause of the armed men the killing killed, right after them: "killed
    /// (the last of) the militants who attacked".</summary>
    private static bool ActOfTheKilled(Document doc, Annotations ann, TriggerMention killing, TriggerMention act)
    {
        var who = act.Range.First - 1;
        if (who <= killing.Range.End || who - killing.Range.End > KilledWhoReach || doc.Tokens[who].Lower is not ("who" or "that")) return false;
        for (var k = killing.Range.End; k < who; k++)
            if (doc.Tokens[k].Kind != TokenKind.Word && doc.Tokens[k].Kind != TokenKind.Number) return false;
        return ann.Actors.Any(a => a.Range.End == who && a.Actor is { } killed && ActorKinds.IsNonStateArmed(killed.Kind));
    }

    /// <summary>How many words after a killing its victims and the "who" of their clause may stand.</summary>
    private const int KilledWhoReach = 7;

    /// <summary>Whether the act is shooting ("fired on", "opened fire") told right after its author.</summary>
    private bool ShotRightAfter(Document doc, Sentence s, TriggerMention trigger, ActorMention author) =>
        author.Range.End >= trigger.Range.First - 1 && kb.Cues.GunfirePhrases.AnyIn(doc.Tokens, trigger.Range.First, Math.Min(s.EndToken, trigger.Range.End + 1));

    /// <summary>Whether the act follows "tried to" or "attempted to" in a sentence that tells weapons stopped.</summary>
    private static bool AttemptStopped(IReadOnlyList<Token> tokens, Sentence s, TriggerMention act, List<TriggerMention> triggers) =>
        act.Range.First >= s.FirstToken + 2 && tokens[act.Range.First - 1].Lower == "to"
        && tokens[act.Range.First - 2].Lower is "tried" or "attempted" or "trying" or "attempting"
        && triggers.Exists(t => t.Entry.Frame.Name == "intercept");

    /// <summary>Whether the act is what something "is used for": "used as a base for its own drone operations".</summary>
    private static bool PurposeOfAUse(IReadOnlyList<Token> tokens, Sentence s, TriggerMention act)
    {
        var k = act.Range.First - 1;
        if (k <= s.FirstToken) return false;
        while (k > s.FirstToken && tokens[k].Kind == TokenKind.Word && tokens[k].Lower is not ("for" or "used") && act.Range.First - k <= PurposeWords) k--;
        if (tokens[k].Lower != "for") return false;
        for (var j = k - 1; j >= s.FirstToken && j >= k - PurposeWords; j--)
            if (tokens[j].Lower is "used" or "uses" or "using") return true;
        return false;
    }

    /// <summary>How many words stand between "used", "for" and the act ("used as a base for its own drone operations").</summary>
    private const int PurposeWords = 5;

    /// <summary>Whether the trigger stands in ", which ... ," or ", who ... ," right after the sentence's first words (its
    /// subject), with the sentence's own verb after the closing comma.</summary>
    private static bool InAnAsideOfTheSubject(IReadOnlyList<Token> tokens, Annotations ann, Sentence s, TriggerMention t)
    {
        var open = -1;
        for (var k = t.Range.First - 1; k > s.FirstToken; k--)
        {
            if (tokens[k].Text is "," or ";" or ".") return false;
            if (tokens[k].Lower is "which" or "who" && tokens[k - 1].Text == ",")
            {
                open = k - 1;
                break;
            }
        }
        // (Of someone: "In the capital Khartoum, which the army recaptured last month, residents reported" tells of a place.)
        if (open < 0 || open - s.FirstToken > AsideSubjectWords || !ann.Actors.Any(a => a.Range.End == open)) return false;
        for (var k = t.Range.End; k + 1 < s.EndToken; k++)
            if (tokens[k].Text == ",")
                return tokens[k + 1].Kind == TokenKind.Word && !tokens[k + 1].IsCapitalized && tokens[k + 1].Lower is not ("and" or "but" or "killing" or "wounding" or "including");
        return false;
    }

    /// <summary>How many words the subject an aside describes may run ("The M23", "Congo's army chief").</summary>
    private const int AsideSubjectWords = 5;

    /// <summary>Whether the sentence opens on another scene: "Elsewhere", "Separately", "Further south".</summary>
    private bool OpensElsewhere(Document doc, Sentence s)
    {
        var k = doc.FirstTokenPastDateline(s);
        return doc.Tokens[k].Lower is "elsewhere" or "separately"
               || (doc.Tokens[k].Lower is "further" or "farther" && k + 1 < s.EndToken && kb.Cues.Directions.Contains(doc.Tokens[k + 1]))
               // ("In a separate incident, two members of the Federal Police were wounded": so does one opened as another incident.)
               || kb.Cues.SetApartOpeners.LongestAt(doc.Tokens, k, s.EndToken).Length > 0;
    }

    /// <summary>Whether what fell is a person or a government ("the fall of Bashar al-Assad", "the fall of the regime").</summary>
    private static bool FallOfARuler(Document doc, Annotations ann, TriggerMention fall)
    {
        var k = fall.Range.End;
        if (k < doc.Tokens.Count && doc.Tokens[k].Lower is "the" or "his" or "its") k++;
        return (k < doc.Tokens.Count && doc.Tokens[k].Lower is "regime" or "government" or "dictatorship")
               || ann.Actors.Any(a => a.Range.First == k && (a.Kind == ActorMentionKind.Person || a.Actor?.Kind == ActorKind.Government));
    }

    /// <summary>Whether the sentence tells the country its place as the span of the act ("killed across Nigeria",
    /// "throughout Sudan"), as "across the country" does.</summary>
    private static bool ToldAcrossTheCountry(Document doc, Annotations ann, Sentence s, Place country)
    {
        foreach (var m in ann.Places)
            if (m.Range.First > s.FirstToken && m.Range.End <= s.EndToken && m.Place.Id == country.Id
                && doc.Tokens[m.Range.First - 1].Lower is "across" or "throughout") return true;
        return false;
    }

    /// <summary>Whether the list the place is told in ends in more of its kind ("in Kano, Abuja, Lagos and other cities").</summary>
    private bool ListGoesOnToMany(Document doc, Annotations ann, Sentence s, Place place)
    {
        var t = doc.Tokens;
        foreach (var m in ann.Places)
        {
            if (m.Range.First < s.FirstToken || m.Range.End > s.EndToken || m.Place.Id != place.Id) continue;
            var k = m.Range.End;
            while (k < s.EndToken && (t[k].IsCapitalized || t[k].Text == "," || t[k].Lower == "and")) k++;
            if (k > m.Range.End && kb.Cues.WidespreadScope.LongestAt(t, k, s.EndToken).Length > 0) return true;
        }
        return false;
    }

    /// <summary>"west of the Panamanian capital", "near Kyiv", "on the outskirts of Khartoum": the sentence names the place
    /// only as what something lay by.</summary>
    private bool ToldAsNear(Document doc, Annotations ann, Sentence s, Place place)
    {
        var t = doc.Tokens;
        foreach (var m in ann.Places)
        {
            if (m.Range.First < s.FirstToken || m.Range.End > s.EndToken || m.Place.Id != place.Id) continue;
            var k = m.Range.First - 1;
            if (k > s.FirstToken && t[k].Lower == "the") k--;
            if (k > s.FirstToken && kb.Cues.TellsWhatItLiesBy(t, k)) return true;
        }
        return false;
    }

    /// <summary>Whether the sentence or the next opens with one civilian: "A man got out of his car ...".</summary>
    private static bool ToldOfALonePerson(Document doc, Annotations ann, Sentence s) =>
        OpensWithALonePerson(doc, ann, s) || (s.Index + 1 < doc.Sentences.Count && OpensWithALonePerson(doc, ann, doc.Sentences[s.Index + 1]));

    /// <summary>Whether a violent act is told in the sentence before token <paramref name="k"/>.</summary>
    private static bool ViolenceToldBefore(Annotations ann, Sentence s, int k) =>
        ann.Triggers.Any(t => t.Entry.Frame.Violent && t.Range.End <= k && t.Range.First >= s.FirstToken);

    /// <summary>Whether the mention is one person: a singular noun after "a", "an", "the" or "one" ("the driver", "a man").</summary>
    private static bool OnePerson(IReadOnlyList<Token> tokens, ActorMention mention) =>
        mention.Range.End - mention.Range.First == 1 && mention.Range.First > 0 && tokens[mention.Range.First - 1].Lower is "a" or "an" or "the" or "one"
        && !tokens[mention.Range.First].Lower.EndsWith('s');

    /// <summary>"A man got out of his car ...": the sentence opens with "a" or "an" and a singular noun for a civilian.</summary>
    private static bool OpensWithALonePerson(Document doc, Annotations ann, Sentence s)
    {
        var first = doc.FirstTokenPastDateline(s);
        return doc.Tokens[first].Lower is "a" or "an"
               && ann.Actors.Any(a => a.Range.First == first + 1 && a.Actor?.Kind == ActorKind.Civilians && OnePerson(doc.Tokens, a));
    }

    /// <summary>The place nouns of a list ("the port city of", "the capital").</summary>
    private static readonly HashSet<string> ListPlaceNouns = new(StringComparer.Ordinal) { "city", "town", "port", "capital", "cities", "towns" };

    /// <summary>ACLED's protest sub-types: a protest the police or army disperse, beat or arrest (in the protest's sentence
    /// or after it in the paragraph) is a protest with intervention; one where state forces kill protesters is excessive
    /// force against protesters, and that killing is the protest event, not another one.</summary>
    private void RespondedTo(Document doc, Annotations ann, EventDraft protest, List<EventDraft> drafts)
    {
        var killing = drafts.FirstOrDefault(d => d.Paragraph == protest.Paragraph && d != protest && d.Frame.Violent && d.Fatalities is > 0
                                                 && d.Actor1 is { } a && ActorKinds.IsState(a.Kind) && d.SentenceIndex >= protest.SentenceIndex);
        if (killing is not null)
        {
            protest.Frame = kb.Lexicon.ProtestExcessiveForce;
            protest.Actor2 ??= killing.Actor1;
            protest.TakeToll(killing, sum: false);
            protest.Evidence.AddMissing(killing.Evidence);
            drafts.Remove(killing);
            return;
        }
        var told = doc.Sentences.Where(x => x.Paragraph == protest.Paragraph && x.Index >= protest.SentenceIndex).ToList();
        var intervened = told.Where(x => kb.Cues.ProtestIntervention.AnyIn(doc.Tokens, x.FirstToken, x.EndToken)).ToList();
        if (intervened.Count == 0) return;
        // "beat demonstrators with batons to disperse them": force that hurts, told where the intervention is (not the
        // crowd's own violence told before it).
        protest.Frame = intervened.Any(x => kb.Cues.SeriousForce.AnyIn(doc.Tokens, x.FirstToken, x.EndToken))
            ? kb.Lexicon.ProtestExcessiveForce : kb.Lexicon.ProtestIntervention;
        // Who intervened: the police or army the paragraph names ("Police dispersed them"), not those they arrested.
        if (protest.Actor2 is null or { Kind: ActorKind.Civilians })
            protest.Actor2 = ann.Actors.FirstOrDefault(m => m.Actor is { } force && ActorKinds.IsStateForce(force.Kind)
                                                            && told.Any(x => m.Range.First >= x.FirstToken && m.Range.End <= x.EndToken))?.Actor ?? protest.Actor2;
    }

    /// <summary>Triggers grouped by clause, then clauses of one action joined.</summary>
    private List<List<TriggerMention>> JoinClauses(Document doc, Sentence s, Annotations ann, List<TriggerMention> triggers, Clauses clauses)
    {
        var groups = ByClause(doc, s, triggers, clauses);
        // "Police detained 54 people during an anti-government protest": the protest the arrests were made in is an act of
        // its own, which the arrests then join (a protest with intervention), not a word of the arrests ("arrested during
        // riots" names riots told elsewhere).
        for (var i = 0; i < groups.Count; i++)
            if (groups[i].Count > 1 && groups[i].Exists(t => t.Entry.Frame.Name == "arrest")
                && groups[i].Find(t => t.Entry.Frame.Name == "protest" && Governed(doc, s, t, DuringPrepositions)) is { } protest)
            {
                groups[i].Remove(protest);
                groups.Insert(i + 1, [protest]);
            }
        for (var i = 1; i < groups.Count; i++)
        {
            // "22 people have been killed and 100 injured in protests over power cuts": the protest whose toll it is.
            if (TollOnly(doc, groups[i - 1]) && CrowdOfTheToll(doc.Tokens, [.. groups[i - 1], groups[i][0]]) is not null)
            {
                groups[i - 1].Add(groups[i][0]);
                groups[i].RemoveAt(0);
                if (groups[i].Count == 0) groups.RemoveAt(i);
                i--;
                continue;
            }
            // "stormed the embassy, in protest at a planned Koran burning": the act was the protest, not a second one.
            if (InProtestAt(doc.Tokens, groups[i]))
            {
                groups[i - 1].AddRange(groups[i]);
                groups.RemoveAt(i);
                i--;
                continue;
            }
            if (ProtestObject(doc, s, clauses, groups[i], groups[i - 1]))
            {
                groups.RemoveAt(i);
                i--;
                continue;
            }
            if (!Participial(doc, s, groups[i], groups[i - 1]) && !DamageAlongside(doc, s, clauses, groups[i], groups[i - 1])) continue;
            // Only what adds to the event joins it (the content of a demand, the toll); a tactic told in passing does not rename it.
            foreach (var t in groups[i])
                if (t.Entry.Frame.TakesComplement || t.Entry.Frame.Name == "kill") groups[i - 1].Add(t);
            groups.RemoveAt(i);
            i--;
        }
        // "killed four people in central Vienna before police shot him dead": the attacker's end, neither the act's toll
        // nor its author.
        if (groups.Count > 1) groups.RemoveAll(g => StateKilledTheAttacker(doc, ann, g));
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            // "Six people were killed and dozens wounded after security forces opened fire": the toll joins the act.
            // "Police dispersed the rally with rubber bullets, and one protester was killed": the dispersal's toll.
            // "after rioters set fire to much of the business district, in violence that left at least eight people dead": the
            // toll of a crowd's destruction told before it ("A mosque was set on fire and its imam was killed" tells no crowd).
            // ("commandos stormed a cafe ..., but not before the attackers had hacked to death 20 hostages": a killing whose
            // clause names its own armed author is an act of its own.)
            var host = TollOnly(doc, g) && !AuthorBefore(doc, s, ann, clauses, g)
                ? NearestViolent(doc, groups, i) ?? groups.Find(o => o != g && o.Exists(t => t.Entry.Intervention))
                  ?? (Counted(doc, s, ann, clauses, g) ? groups.Take(i).LastOrDefault(o => o.Exists(t => t.Entry.Frame.Name == "loot") && CrowdBeforeIt(s, ann, o)) : null)
                : !HasPlace(doc, s, ann, clauses, g) ? OtherBattle(doc.Tokens, groups, i) : null;
            // ("Ten people were killed in Kryvyi Rih, the governor said, and strikes also hit Dnipro": a toll told at a place of
            // its own is no toll of the acts told as more, elsewhere.)
            if (host is not null && host.Exists(t => AlsoBefore(doc.Tokens, s, t)) && HasPlace(doc, s, ann, clauses, g)) host = null;
            if (host is null) continue;
            host.AddRange(g);
            groups.RemoveAt(i);
            i--;
        }
        return groups;
    }

    /// <summary>"police shot him dead", "troops killed her": a state force's killing of one person named only by a pronoun
    /// (the attacker of the act told with it or before).</summary>
    private bool StateKilledTheAttacker(Document doc, Annotations ann, List<TriggerMention> group)
    {
        // ("shot him dead": the shooting and the death are one act.)
        var kill = group[0];
        return kill.Range.End < doc.Tokens.Count && doc.Tokens[kill.Range.End].Lower is "him" or "her"
            && !group.Exists(t => t.Range.First > kill.Range.End + 1) && ShotThePerpetrator(doc, ann, kill);
    }

    /// <summary>"Police shot the suspect ... and arrested him": a state force's violence right at the one who did the act
    /// told ("him", "the suspect", "the gunman"), which stops that act and is none of its own.</summary>
    private bool ShotThePerpetrator(Document doc, Annotations ann, TriggerMention shot)
    {
        if (!shot.Entry.Frame.Violent || shot.Range.End >= doc.Tokens.Count
            || kb.Cues.Roles.PerpetratorTold.LongestAt(doc.Tokens, shot.Range.End, doc.Tokens.Count).Length == 0) return false;
        foreach (var a in ann.Actors)
            if (a.Range.End == shot.Range.First && a.Actor is { } actor && ActorKinds.IsStateForce(actor.Kind)) return true;
        return false;
    }

    /// <summary>Whether an armed actor other than the sentence's first stands as the subject right before the group's first
    /// trigger in the active voice, past auxiliaries and adverbs: "since a police officer shot dead a man", "the attackers had
    /// hacked to death 20 hostages" (not "in violence that left eight people dead").</summary>
    private static bool AuthorBefore(Document doc, Sentence s, Annotations ann, Clauses clauses, List<TriggerMention> group)
    {
        var k = group[0].Range.First;
        var start = clauses.Start(doc.Tokens, s, k);
        while (k - 1 >= start && (Auxiliaries.IsAuxiliary(doc.Tokens[k - 1]) || doc.Tokens[k - 1].Lower.EndsWith("ly", StringComparison.Ordinal)))
        {
            // ("members of the security forces had been killed": the subject of a passive is its victim.)
            if (Auxiliaries.IsPassive(doc.Tokens[k - 1])) return false;
            k--;
        }
        // ("while police in Nyeri shot dead two men": past the subject's place.)
        if (ann.Places.FirstOrDefault(p => p.Range.End == k && p.Range.First - 1 > start && doc.Tokens[p.Range.First - 1].Lower == "in") is { } where)
            k = where.Range.First - 1;
        foreach (var a in ann.Actors)
            // (Not people counted: "left two Fifth Corps members and five government forces killed" counts the dead; nor
            // someone's attackers: "was gang-raped after her attackers killed her son" tells one act.)
            if (a.Range.First >= start && a.Range.End == k && a.Actor is { } actor && ActorKinds.IsArmed(actor.Kind)
                && !ann.Numbers.Any(n => n.Range.Overlaps(a.Range) || n.Range.End == a.Range.First)
                && !(a.Range.First > 0 && doc.Tokens[a.Range.First - 1].Lower is "her" or "his" or "their"))
                // (Another than the sentence's first armed actor or crowd: "Al Shabaab militants killed 38 people ... in an
                // attack" is one act; "demonstrators stormed the offices, while police in Nyeri shot dead two men" two.)
                return ann.Actors.FirstOrDefault(o => o.Range.First >= s.FirstToken && o.Range.End <= s.EndToken && o.Actor is { } first
                                                      && (ActorKinds.IsArmed(first.Kind) || ActorKinds.IsCrowd(first.Kind))) is { } opening
                       && opening != a && !ActorKinds.SameForce(opening.Actor!, actor);
        return false;
    }

    /// <summary>Whether the group's clause counts its dead: "eight people dead" (not "a man who died after police shot
    /// him").</summary>
    private static bool Counted(Document doc, Sentence s, Annotations ann, Clauses clauses, List<TriggerMention> group)
    {
        var start = clauses.Start(doc.Tokens, s, group[0].Range.First);
        foreach (var n in ann.Numbers)
            if (n.Range.First >= start && n.Range.End <= group[^1].Range.End) return true;
        return false;
    }

    /// <summary>Whether a crowd (rioters, protesters) is named in the sentence before the group's first trigger.</summary>
    private static bool CrowdBeforeIt(Sentence s, Annotations ann, List<TriggerMention> group)
    {
        foreach (var a in ann.Actors)
            if (a.Range.First >= s.FirstToken && a.Range.End <= group[0].Range.First && a.Actor is { Kind: ActorKind.Rioters or ActorKind.Protesters }) return true;
        return false;
    }

    /// <summary>A sentence's triggers grouped by the clause they open in, clauses and triggers in text order.</summary>
    private static List<List<TriggerMention>> ByClause(Document doc, Sentence s, List<TriggerMention> triggers, Clauses clauses)
    {
        var groups = new List<List<TriggerMention>>();
        var starts = new List<int>();
        foreach (var t in triggers)
        {
            var start = clauses.Start(doc.Tokens, s, t.Range.First);
            var at = starts.IndexOf(start);
            if (at < 0)
            {
                starts.Add(start);
                groups.Add([t]);
            }
            else groups[at].Add(t);
        }
        return groups;
    }

    /// <summary>Words of an explosion that name no weapon: a gas tank or a chemical plant explodes too.</summary>
    private static readonly WordSet WeaponlessExplosions = new(["explosion", "explosions", "exploded", "explodes", "explode", "blast", "blasts"]);

    /// <summary>"Shells fired from Congo killed five civilians in Gisenyi ... The army blamed the Congolese army and the
    /// FDLR for firing across the border": a named armed side blamed, when the sentences just before told a violent act
    /// with no author, is taken for its author.</summary>
    private static void AuthorTheActBlamed(List<EventDraft> drafts, Sentence s, Actor accused)
    {
        // (Not "blamed the attacks on former Ninja rebels": an unnamed group tells no more than "armed men" did.)
        if (!ArmedKind(accused.Kind) || ActorCatalogue.IsUnnamedGroup(accused)) return;
        var blamed = drafts.FindLast(d => d.Actor1 is null && d.Frame.Violent && d.SentenceIndex < s.Index && d.SentenceIndex >= s.Index - BlamedActReach);
        if (blamed is not null) blamed.Actor1 = accused;
    }

    /// <summary>How many sentences back an act blamed may have been told.</summary>
    private const int BlamedActReach = 2;

    private static bool ArmedKind(ActorKind kind) =>
        kind is ActorKind.StateMilitary or ActorKind.Rebel or ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia;

    /// <summary>Whether a mention names an armed side: a state's forces or an armed group.</summary>
    private static bool Armed(ActorMention? mention) => mention?.Actor is { } actor && ArmedKind(actor.Kind);

    /// <summary>Whether the words before a looting or destruction trigger in its clause name a disaster as what did it
    /// ("A fire destroyed", "Wildfires ... destroyed"), with no author, or an ordinary criminal ("Thieves stole").</summary>
    private bool PropertyLostToCrimeOrDisaster(Document doc, Sentence s, TriggerMention trigger, bool noAuthor, Clauses clauses)
    {
        var start = clauses.Start(doc.Tokens, s, trigger.Range.First);
        if (kb.Cues.CriminalNouns.AnyIn(doc.Tokens, start, trigger.Range.First)) return true;
        if (!noAuthor) return false;
        if (kb.Cues.NaturalCauses.AnyIn(doc.Tokens, start, trigger.Range.First)) return true;
        for (var k = start; k < trigger.Range.First; k++)
            if (doc.Tokens[k].Lower is "fire" or "flames") return true;
        return false;
    }

    /// <summary>"Explosions at a military barracks killed 98 people ... The president said the explosions were caused by
    /// negligence": a later sentence that names the act again with an accidental cause says it was one.</summary>
    private bool AccidentToldLater(Document doc, Annotations ann, Sentence s, List<TriggerMention> group)
    {
        foreach (var t in ann.Triggers)
        {
            if (t.Range.First < s.EndToken || !TheActAgain(doc.Tokens, t)
                || !group.Exists(g => g.Entry.Frame.Codes.AcledEventType == t.Entry.Frame.Codes.AcledEventType)) continue;
            var told = doc.SentenceOf(t.Range.First);
            if (kb.Cues.NaturalCauses.AnyIn(doc.Tokens, told.FirstToken, told.EndToken)) return true;
        }
        return false;
    }

    /// <summary>Whether a trigger of the group ends in "into" and people or a crowd follow it ("ploughed into crowds",
    /// "drove into pedestrians").</summary>
    private bool DrivenIntoPeople(IReadOnlyList<Token> tokens, Sentence s, List<TriggerMention> group)
    {
        foreach (var t in group)
        {
            if (tokens[t.Range.End - 1].Lower != "into") continue;
            var k = t.Range.End;
            if (k < s.EndToken && tokens[k].Lower is "a" or "the") k++;
            if (k < s.EndToken && (kb.Cues.CrowdNouns.Contains(tokens[k]) || kb.Cues.PersonNouns.Contains(tokens[k]) || tokens[k].Lower is "people" or "crowd"))
                return true;
        }
        return false;
    }

    /// <summary>Whether every trigger only says that people died, something was hit or blew up, or a gas spread, naming
    /// no tactic or weapon: such a clause needs an author to be violence.</summary>
    private static bool GenericHarmOnly(Document doc, List<TriggerMention> group)
    {
        foreach (var t in group)
        {
            var frame = t.Entry.Frame.Name;
            // A gas released with no author beside an accident word is an accident too ("gas leaked from a factory"); a
            // "chemical attack" says it was one.
            // Evacuations and relief beside the harm are its aftermath, not a tactic.
            // ("The blast destroyed a warehouse": what the blast destroyed is its harm, no act of its own.)
            if (t.Entry.Frame.NamesNoTactic || t.Entry.Frame.IsAftermath || (frame == "chemical" && !NamesAnAttack(t.Entry.Form))
                || t.Entry.Frame.Codes.AcledSubEventType == "Looting/property destruction") continue;
            // "Explosions hit the port": the word alone names no weapon, whichever frame lists it.
            if (frame is "explosive" or "shelling" && t.Range.End - t.Range.First == 1 && WeaponlessExplosions.Contains(doc.Tokens[t.Range.First])) continue;
            return false;
        }
        return true;
    }

    /// <summary>"chemical attack", "chemical weapon", "chlorine bomb": words that say a gas was used as a weapon.</summary>
    private static bool NamesAnAttack(string form) =>
        form.Contains("attack", StringComparison.Ordinal) || form.Contains("weapon", StringComparison.Ordinal)
        || form.Contains("bomb", StringComparison.Ordinal) || form.Contains("munition", StringComparison.Ordinal);

    /// <summary>Whether a non-violent instrument stands as the verb's subject or object: within four words before it or
    /// three after, in its sentence; or anywhere before a participle that trails the clause (", targeting 10 officials"
    /// after "unveiled fresh sanctions against the government": the sanctions target them).</summary>
    private bool FigurativeUse(Document doc, Sentence s, TriggerMention trigger, int clauseStart, bool passive)
    {
        var instruments = kb.Cues.NonviolentInstruments;
        var t = doc.Tokens;
        var first = trigger.Range.First;
        // "Negotiators fought late into the night", "analysts attacked the forecast": people who fight with words, as
        // the subject of an active verb.
        if (kb.Cues.NonviolentRoles.AnyIn(t, clauseStart, first) && !passive) return true;
        // A fight is figurative by what it fights ("fight inflation", "battled the blaze"); one "with" someone is not.
        if (trigger.Entry.Frame.Name == "clash")
            return trigger.Range.End < s.EndToken && t[trigger.Range.End].Lower is not ("with" or "between")
                   && instruments.AnyIn(t, trigger.Range.End, Math.Min(s.EndToken, trigger.Range.End + 3));
        var participle = first > s.FirstToken && t[first - 1].Text == "," && t[first].Lower.EndsWith("ing", StringComparison.Ordinal);
        // ("an attack on the rule of law": what the attack is "on", up to its comma.)
        var objectEnd = Math.Min(s.EndToken, trigger.Range.End + 3);
        if (trigger.Range.End < s.EndToken && t[trigger.Range.End].Lower is "on" or "against")
            while (objectEnd < Math.Min(s.EndToken, trigger.Range.End + 5) && t[objectEnd].Text is not ("," or ";" or "\"")) objectEnd++;
        return instruments.AnyIn(t, participle ? s.FirstToken : Math.Max(s.FirstToken, first - 4), first)
               || instruments.AnyIn(t, trigger.Range.End, objectEnd);
    }

    /// <summary>Protesters as one side of violence (ACLED puts the crowd first): police who fire on or beat protesters
    /// use excessive force when they kill, wound, shoot or beat, and intervene otherwise ("fired tear gas to disperse them");
    /// protesters who clash with the police are a violent demonstration, its crowd rioters.</summary>
    private void ProtestersAsASide(EventDraft draft, Document doc, Annotations ann)
    {
        if (!draft.Frame.Violent || draft.Frame.Name is not ("attack" or "clash" or "kill")) return;
        // "security forces opened fire on a peaceful protest": state forces' violence in a clause about a protest falls on
        // its crowd, even where the text names the protest rather than the protesters.
        // (Not tear gas alone: ACLED codes "fired tear gas canisters at Palestinian farmers" an attack on civilians.)
        var sentence = doc.Sentences[draft.SentenceIndex];
        if (draft.Actor2 is null or { Kind: ActorKind.Civilians } && draft.Actor1 is { } state && ActorKinds.IsState(state.Kind)
            && ProtestScene(doc, sentence))
            draft.Actor2 = kb.Actors.Generic(ActorKind.Protesters, state.Country3, null, []);
        // (A lone person who opens the sentence or the next did it, no force of the state: "Two teachers taking part in a
        // protest were shot dead ... A man got out of his car ... and opened fire on them".)
        if (draft.Actor2 is { Kind: ActorKind.Protesters or ActorKind.Rioters } crowd
            && (draft.Actor1 is null && !ToldOfALonePerson(doc, ann, sentence) || draft.Actor1 is { } author && ActorKinds.IsState(author.Kind)))
        {
            var lethal = draft.Fatalities is > 0 || draft.Injured is > 0 || kb.Cues.SeriousForce.AnyIn(doc.Tokens, sentence.FirstToken, sentence.EndToken);
            // ("fired tear gas at youths hurling stones": force short of lethal on rioters meets a violent demonstration.)
            if (!lethal && (draft.Frame.Name == "clash" || crowd.Kind == ActorKind.Rioters))
            {
                ViolentDemonstration(draft, crowd, draft.Actor1);
                return;
            }
            draft.Frame = lethal ? kb.Lexicon.ProtestExcessiveForce : kb.Lexicon.ProtestIntervention;
            (draft.Actor1, draft.Actor2) = (crowd.Kind == ActorKind.Rioters ? kb.Actors.Generic(ActorKind.Protesters, crowd.Country3, null, []) : crowd, draft.Actor1);
            return;
        }
        // "protesters clashed with police": the crowd's violence, a violent demonstration (so is a clash of protesters
        // with no one named).
        if (draft.Frame.Name == "clash" && draft.Actor1 is { Kind: ActorKind.Protesters } protesters && (draft.Actor2 is null || ActorKinds.IsState(draft.Actor2.Kind)))
            ViolentDemonstration(draft, protesters, draft.Actor2);
    }

    /// <summary>Whether the sentence tells of a protest ("rally", "march"), not of a celebration or a campaign's gathering.</summary>
    private bool ProtestScene(Document doc, Sentence s) =>
        kb.Cues.ProtestScene.AnyIn(doc.Tokens, s.FirstToken, s.EndToken) && !kb.Cues.Celebrations.AnyIn(doc.Tokens, s.FirstToken, s.EndToken);

    /// <summary>A demonstration by rioters is a violent demonstration (the coder's rule), the police its other side.</summary>
    private void ViolentDemonstration(EventDraft draft, Actor crowd, Actor? other)
    {
        draft.Frame = kb.Lexicon.Frames["protest"];
        draft.Actor1 = crowd.Kind == ActorKind.Rioters ? crowd : Rioters(crowd.Country3);
        draft.Actor2 = other;
    }

    private Actor Rioters(string? country3) => kb.Actors.Generic(ActorKind.Rioters, country3, null, []);

    /// <summary>The ISO alpha-3 code of the country a place lies in.</summary>
    private string? CountryOf(Place? place) => place is null ? null : kb.Gazetteer.CountryByCode(place.CountryIso2)?.Iso3;

    private bool ProtestersViolentIn(Document doc, Sentence s)
    {
        var t = doc.Tokens;
        for (var k = s.FirstToken; k < s.EndToken; k++)
        {
            var length = kb.Cues.ProtestViolence.LongestAt(t, k, s.EndToken).Length;
            // ("burning an effigy of Pakistan", "burned Israeli flags": a sign burned, no violence.)
            if (length > 0 && !SymbolBurned(t, k + length, s.EndToken)) return true;
        }
        // "turned violent", "turn very violent", "turned into riots"
        for (var k = s.FirstToken; k < s.EndToken; k++)
        {
            if (t[k].Lower == "violent" && TurnWords.AnyIn(t, Math.Max(s.FirstToken, k - 2), k)) return true;
            if (t[k].Lower is "riots" or "riot" or "violence" && TurnedInto(t, s, k)) return true;
        }
        return false;
    }

    /// <summary>Whether a sign is what was burned: within three words after the burning word, before any punctuation.</summary>
    private bool SymbolBurned(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var j = from; j < Math.Min(end, from + 3) && tokens[j].Kind == TokenKind.Word; j++)
            if (kb.Cues.BurnedSymbols.Contains(tokens[j])) return true;
        return false;
    }

    private static readonly WordSet TurnWords = new(["turned", "turn", "turns", "turning", "became", "grew"]);

    /// <summary>Whether "turned into" or the like stands right before token <paramref name="k"/> ("protests turned into riots").</summary>
    private static bool TurnedInto(IReadOnlyList<Token> tokens, Sentence s, int k) =>
        k - 2 >= s.FirstToken && tokens[k - 1].Lower == "into" && TurnWords.Contains(tokens[k - 2]);

    /// <summary>Whether the sentence, or one beside it in its paragraph, has one of the words: a natural or accidental
    /// cause ("Explosions hit the port. They were caused by ammonium nitrate stored there."), an illness, ground passing
    /// to another side.</summary>
    private static bool ToldNearby(Document doc, Sentence s, WordSet words) => ToldNearby(doc, s, words.AnyIn);

    private static bool ToldNearby(Document doc, Sentence s, PhraseMatcher<bool> phrases) => ToldNearby(doc, s, phrases.AnyIn);

    private static bool ToldNearby(Document doc, Sentence s, Func<IReadOnlyList<Token>, int, int, bool> anyIn)
    {
        var (first, last) = Neighbourhood(doc, s);
        for (var k = first; k <= last; k++)
            if (anyIn(doc.Tokens, doc.Sentences[k].FirstToken, doc.Sentences[k].EndToken)) return true;
        return false;
    }

    /// <summary>The sentence and its neighbours in the same paragraph (indices of the first and last): where a cue told
    /// "nearby" counts.</summary>
    private static (int First, int Last) Neighbourhood(Document doc, Sentence s)
    {
        var first = s.Index > 0 && doc.Sentences[s.Index - 1].Paragraph == s.Paragraph ? s.Index - 1 : s.Index;
        var last = s.Index + 1 < doc.Sentences.Count && doc.Sentences[s.Index + 1].Paragraph == s.Paragraph ? s.Index + 1 : s.Index;
        return (first, last);
    }

    /// <summary>"summoned the French ambassador to protest remarks": a state's protest is diplomatic. "Veterans gathered
    /// in Moscow ... a military parade", "the honour guard marched across the square": people gathered for a celebration,
    /// or soldiers marching, are no protest. A sentence that calls them protesters or demonstrators is one.</summary>
    private bool NoProtest(Document doc, Sentence s, List<TriggerMention> group, ActorMention? actor)
    {
        // "activists who had gathered at the home of a party official": a meeting in a home is no demonstration.
        if (group.All(t => t.Entry.Gathering && kb.Cues.PrivateVenues.AnyIn(doc.Tokens, t.Range.End, Math.Min(s.EndToken, t.Range.End + 4)))) return true;
        if (kb.Cues.ProtesterNouns.AnyIn(doc.Tokens, s.FirstToken, s.EndToken)) return false;
        if (ToldNearby(doc, s, kb.Cues.DiplomaticProtest)) return true;
        // "armed men had burned houses and blocked roads": a road blocked by an armed group is part of its operation.
        if (actor is { Kind: ActorMentionKind.Named or ActorMentionKind.StateForce or ActorMentionKind.Generic, Actor.Kind: not (ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters) }
            && group.All(t => t.Entry.Lemma == "block")) return true;
        if (!group.All(t => t.Entry.Gathering)) return false;
        return actor is { Kind: ActorMentionKind.StateForce or ActorMentionKind.Generic, Actor.Kind: not (ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters) }
               || ToldNearby(doc, s, kb.Cues.Celebrations);
    }

    /// <summary>Whether the sentence names an armed group or a state's force ("police", "the army", "al-Shabaab").</summary>
    private static bool NamesArmedForce(IReadOnlyList<ActorMention> actors, Sentence s)
    {
        foreach (var a in actors)
            if (a.Range.First >= s.FirstToken && a.Range.End <= s.EndToken && a.Kind is ActorMentionKind.Named or ActorMentionKind.StateForce or ActorMentionKind.Generic
                && a.Actor is { Kind: not (ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters) }) return true;
        return false;
    }

    /// <summary>How many different words of other registers (sport, markets, entertainment, space) the sentence and its
    /// neighbours in the paragraph hold.</summary>
    private int RegisterWordsNearby(Document doc, Sentence s)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (first, last) = Neighbourhood(doc, s);
        for (var k = first; k <= last; k++)
            foreach (var (start, length, _) in kb.Cues.OtherRegisters.Scan(doc.Tokens, doc.Sentences[k].FirstToken, doc.Sentences[k].EndToken))
                seen.Add(string.Join(' ', Enumerable.Range(start, length).Select(i => doc.Tokens[i].Lower)));
        return seen.Count;
    }

    /// <summary>Whether a clause only counts the dead and the wounded ("six people were killed and dozens wounded"); the
    /// event that began the count ("... since the protests began") is no act of the clause.</summary>
    private bool TollOnly(Document doc, List<TriggerMention> group)
    {
        foreach (var t in group)
            if (!IsToll(doc.Tokens, t) && !AfterSince(doc.Tokens, t.Range.First)) return false;
        return true;
    }

    /// <summary>The day a toll is counted from: the time its "since" phrase names ("since the protests began in October"),
    /// when earlier than the day the event was dated to (the date skips a since-phrase's time, which is no day of the act).</summary>
    private static DateOnly CountedFrom(Document doc, Annotations ann, Sentence s, DateOnly dated)
    {
        var from = dated;
        foreach (var t in ann.Times)
            if (t.Range.First >= s.FirstToken && t.Range.End <= s.EndToken && t.Interval.Start < from && SinceBefore(doc.Tokens, t.Range.First, s.FirstToken))
                from = t.Interval.Start;
        // "since the insurgency spread across the border in 2014. More than 2,000 people have been killed since then": "then"
        // is the last time told before the sentence in its paragraph.
        for (var k = s.FirstToken; k + 1 < s.EndToken; k++)
            if (SinceWords.Contains(doc.Tokens[k]) && doc.Tokens[k + 1].Lower == "then"
                && ann.Times.LastOrDefault(t => t.Range.End <= s.FirstToken && doc.SentenceOf(t.Range.First).Paragraph == s.Paragraph) is { } then
                && then.Interval.Start < from)
                from = then.Interval.Start;
        // "... who have been fighting for autonomy since 2004. More than 7,000 people have been killed in the violence": a
        // toll in the perfect told of "the violence" right after a war dated with "since" is counted from then.
        if (from == dated && ViolenceToldBefore(doc.Tokens, s)
            && ann.Times.LastOrDefault(t => t.Range.End <= s.FirstToken && doc.SentenceOf(t.Range.First) is var before && before.Paragraph == s.Paragraph
                                           && before.Index == s.Index - 1
                                           && (SinceWords.Contains(doc.Tokens[t.Range.First]) || SinceBefore(doc.Tokens, t.Range.First, before.FirstToken))) is { } war
            && war.Interval.Start < from)
            from = war.Interval.Start;
        return from;
    }

    /// <summary>"killed in the violence", "killed in the conflict": a toll told of the violence named before.</summary>
    private static bool ViolenceToldBefore(IReadOnlyList<Token> tokens, Sentence s)
    {
        for (var k = s.FirstToken; k + 2 < s.EndToken; k++)
            if (tokens[k].Lower is "in" && tokens[k + 1].Lower == "the" && tokens[k + 2].Lower is "violence" or "conflict" or "insurgency" or "fighting") return true;
        return false;
    }

    /// <summary>Whether "since" stands within eight words before token <paramref name="k"/> of its sentence ("since the
    /// government declared a state of emergency in March").</summary>
    private static bool SinceBefore(IReadOnlyList<Token> tokens, int k, int sentenceStart)
    {
        for (var j = k - 1; j >= sentenceStart && j >= k - 8; j--)
            if (SinceWords.Contains(tokens[j])) return true;
        return false;
    }

    /// <summary>"among the dead", "among those killed", "four of those killed were": a sentence that places people in a toll already
    /// counted.</summary>
    private static bool AmongTheToll(IReadOnlyList<Token> tokens, Sentence s)
    {
        for (var k = s.FirstToken; k + 2 < s.EndToken; k++)
        {
            if (tokens[k].Lower == "among" && tokens[k + 1].Lower is "the" or "those" && TollNouns.Contains(tokens[k + 2])) return true;
            // "Four of those killed were Pakistani citizens", "two of the dead were teenagers".
            if (k > s.FirstToken && tokens[k].Lower == "of" && tokens[k + 1].Lower is "the" or "those" && TollNouns.Contains(tokens[k + 2])
                && k + 3 < s.EndToken && tokens[k + 3].Lower is "were" or "was") return true;
        }
        return false;
    }

    private static readonly WordSet TollNouns = new(["dead", "killed", "victims", "casualties", "wounded", "injured", "fatalities"]);

    /// <summary>"since the protests began", "since the war": a word named by a "since" phrase, a few words before it.</summary>
    private static bool AfterSince(IReadOnlyList<Token> tokens, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (SinceWords.Contains(tokens[j])) return true;
            if (tokens[j].Kind == TokenKind.Punctuation) return false;
        }
        return false;
    }

    /// <summary>"were killed ... after security forces opened fire", "... as a result of Israeli attacks": a toll, then the
    /// act that caused it after "after", "when", "following", "amid" or "as a result of".</summary>
    private bool CausedBy(IReadOnlyList<Token> tokens, TriggerMention toll, TriggerMention act) => CausedBy(tokens, toll, act, CauseWords);

    /// <summary>A toll, then one of <paramref name="causeWords"/> and the act that caused it.</summary>
    private bool CausedBy(IReadOnlyList<Token> tokens, TriggerMention toll, TriggerMention act, WordSet causeWords) =>
        toll.Range.End <= act.Range.First && IsToll(tokens, toll) && !IsToll(tokens, act) && causeWords.AnyIn(tokens, toll.Range.End, act.Range.First);

    /// <summary>"12 civilians were killed when shells hit homes": a toll, then "when" and the act that caused it ("after" may
    /// only tell what came before: "killing six, a day after a drone attack killed a man").</summary>
    private bool KilledWhen(IReadOnlyList<Token> tokens, TriggerMention toll, TriggerMention act) => CausedBy(tokens, toll, act, WhenWords);

    private static readonly WordSet WhenWords = new(["when"]);

    /// <summary>An event noun counted by a number of twenty or more ("143 clashes", "35 attacks"): a tally.</summary>
    private static bool TallyOfEvents(IReadOnlyList<NumberMention> numbers, IReadOnlyList<Token> tokens, TriggerMention trigger)
    {
        foreach (var n in numbers)
            if (n.Range.First < trigger.Range.First && trigger.Range.First < n.Range.End && n.Unit == tokens[trigger.Range.First].Lower
                && n.Value >= 20 && !n.IsVague) return true;
        return false;
    }

    private static readonly WordSet SinceWords = new(["since"]);

    /// <summary>"since the operation began", "since the raid was launched": counted from the start of something told.</summary>
    private bool SinceItBegan(IReadOnlyList<Token> tokens, Sentence s)
    {
        for (var k = s.FirstToken; k + 2 < s.EndToken; k++)
        {
            if (!(SinceWords.Contains(tokens[k]) && tokens[k + 1].Lower == "the")) continue;
            for (var j = k + 3; j < Math.Min(s.EndToken, k + 6); j++)
                if (kb.Cues.BeganWords.Contains(tokens[j])) return true;
        }
        return false;
    }

    /// <summary>"accused Kabul of sheltering militants who carry out attacks": what one is accused of.</summary>
    private static readonly WordSet AccusedOfWords = new(["of"]);

    /// <summary>Words that open what a request or threat asks for: "to" (an infinitive), "for" ("called for talks").</summary>
    private static readonly WordSet ContentWords = new(["to", "for"]);

    private static readonly WordSet CauseWords = new(["after", "when", "following", "amid", "result"]);

    /// <summary>"killed", "wounded": a word that counts harm done and names no act.</summary>
    private bool IsToll(IReadOnlyList<Token> tokens, TriggerMention t) =>
        t.Entry.Frame.Name == "kill" || (t.Range.End - t.Range.First == 1 && kb.Cues.InjuryWords.Contains(tokens[t.Range.First]));

    /// <summary>"killed at the airport and three in the port of Hodeidah": the count after "and" that a place follows with
    /// no verb of its own, that place, and the place named between the verb and "and" (null when none is).</summary>
    private static (int Count, Place At, Place? FirstAt)? SplitToll(Document doc, Annotations ann, Sentence s, TriggerMention kill)
    {
        var t = doc.Tokens;
        for (var k = kill.Range.End; k + 2 < s.EndToken && t[k].Text is not ("," or ";"); k++)
        {
            if (t[k].Lower != "and") continue;
            if (ann.Numbers.FirstOrDefault(n => n.Range.First == k + 1) is not { } count) return null;
            var prep = count.Range.End;
            if (prep + 1 >= s.EndToken || t[prep].Lower is not ("in" or "at" or "near" or "on")) return null;
            var place = ann.Places.FirstOrDefault(p => p.Range.First > prep && p.Range.First <= prep + 5 && p.Range.End <= s.EndToken);
            if (place is null || place.Place.Precision == PlacePrecision.Country) return null;
            var first = ann.Places.FirstOrDefault(p => p.Range.First >= kill.Range.End && p.Range.End <= k);
            return (count.Value, place.Place, first?.Place);
        }
        return null;
    }

    /// <summary>"accused of murder", "arrested for looting and setting fire to property": a charge's phrase right before the
    /// trigger, or before the trigger it is joined to by "and".</summary>
    private bool NamedAsACharge(Document doc, Sentence s, TriggerMention trigger, List<TriggerMention> triggers)
    {
        bool ChargeBefore(int first) => kb.Cues.ChargePhrases.AnyIn(doc.Tokens, Math.Max(s.FirstToken, first - 3), first);
        var k = trigger.Range.First;
        return ChargeBefore(k)
               || (k - 1 > s.FirstToken && doc.Tokens[k - 1].Lower is "and" or "or"
                   && triggers.FirstOrDefault(t => t.Range.End == k - 1) is { } joined && ChargeBefore(joined.Range.First));
    }

    /// <summary>"teachers taking part in a protest", "people attending a rally": the trigger's phrase is a participle's
    /// object that describes people named right before the participle.</summary>
    private static bool VictimsDescribedBy(Document doc, Annotations ann, TriggerMention trigger)
    {
        var t = doc.Tokens;
        for (var k = trigger.Range.First - 1; k >= Math.Max(1, trigger.Range.First - 4); k--)
            if (t[k].Lower.EndsWith("ing", StringComparison.Ordinal) && t[k].Kind == TokenKind.Word)
                return ann.Actors.Any(a => a.Range.End == k);
        return false;
    }

    /// <summary>Whether the words of the killing's clause before it name a fire ("a fire at the club", "nightclub fire") and
    /// no actor.</summary>
    private static bool FireKilled(Document doc, Annotations ann, Sentence s, TriggerMention kill, Clauses clauses)
    {
        var start = clauses.Start(doc.Tokens, s, kill.Range.First);
        var fire = false;
        for (var k = start; k < kill.Range.First; k++)
            fire |= doc.Tokens[k].Lower is "fire" or "blaze" or "flames" or "inferno" && !(k > start && doc.Tokens[k - 1].Lower is "opened" or "open" or "under" or "gun" or "artillery");
        return fire && !ann.Actors.Any(a => a.Range.First >= start && a.Range.End <= kill.Range.First);
    }

    /// <summary>Whether the trigger opens on "fire" right after "a" or "the": the fire named as a thing.</summary>
    private static bool FireNamed(IReadOnlyList<Token> tokens, Sentence s, TriggerMention t) =>
        tokens[t.Range.First].Lower == "fire" && t.Range.First > s.FirstToken && tokens[t.Range.First - 1].Lower is "a" or "the";

    private static bool KillOnly(List<TriggerMention> group)
    {
        foreach (var t in group)
            if (t.Entry.Frame.Name != "kill") return false;
        return true;
    }

    private static bool HasPlace(Document doc, Sentence s, Annotations ann, Clauses clauses, List<TriggerMention> group)
    {
        var first = clauses.Start(doc.Tokens, s, group[0].Range.First);
        return PlaceMention.AnyStartingIn(ann.Places, first, clauses.End(doc.Tokens, s, group[^1].Range.End - 1));
    }

    /// <summary>", demanding that ...", ", torching homes and killing 15": the manner or result of the action before,
    /// not an action of its own.</summary>
    private bool Participial(Document doc, Sentence s, List<TriggerMention> group, List<TriggerMention> before)
    {
        var m = MainTrigger(doc.Tokens, group);
        return doc.Tokens[m.Range.First].Lower.EndsWith("ing", StringComparison.Ordinal)
               && m.Range.First > s.FirstToken && doc.Tokens[m.Range.First - 1].Text == ","
               && (m.Entry.Frame.TakesComplement || (m.Entry.Frame.Violent || m.Entry.Frame.Name == "loot") && (AnyViolent(before) || BrokenUp(doc, s, before)));
    }

    /// <summary>"police fired tear gas at farmers trying to march ..., killing a farmer": a protest in a sentence that tells
    /// the police broke it up, whose toll the sentence gives.</summary>
    private bool BrokenUp(Document doc, Sentence s, List<TriggerMention> group) =>
        group.Exists(t => t.Entry.Frame.Name == "protest") && kb.Cues.ProtestIntervention.AnyIn(doc.Tokens, s.FirstToken, s.EndToken);

    /// <summary>"a person under house arrest", "the former president, under house arrest since March": "under (house)
    /// arrest" describing someone, no verb of custody ("placed the minister under house arrest") before it in its phrase.</summary>
    private bool DescribesCustody(IReadOnlyList<Token> tokens, TriggerMention arrest)
    {
        // "pardoned about 60 jailed activists", "the detained journalist": a participle before the people it describes.
        if (arrest.Range.End - arrest.Range.First == 1 && arrest.Range.End < tokens.Count && kb.Cues.PersonNouns.Contains(tokens[arrest.Range.End])
            && tokens[arrest.Range.First].Lower.EndsWith("ed", StringComparison.Ordinal) && arrest.Range.First > 0
            && (tokens[arrest.Range.First - 1].Kind == TokenKind.Number || kb.Cues.Determiners.Contains(tokens[arrest.Range.First - 1])
                || tokens[arrest.Range.First - 1].Lower is "a" or "an" or "his" or "her" or "their" or "its"))
            return true;
        // "supporters of jailed former Prime Minister Imran Khan": a participle before an office or a name describes its holder.
        if (arrest.Range.End - arrest.Range.First == 1 && arrest.Range.End < tokens.Count && arrest.Range.First > 0
            && tokens[arrest.Range.First].Lower.EndsWith("ed", StringComparison.Ordinal)
            && tokens[arrest.Range.First - 1].Lower is "of" or "the" or "a" or "an" or "for"
            && (tokens[arrest.Range.End].Lower == "former" || tokens[arrest.Range.End].IsCapitalized
                || kb.Actors.Titles.LongestAt(tokens, arrest.Range.End, tokens.Count).Length > 0))
            return true;
        var k = arrest.Range.First - 1;
        if (k >= 0 && tokens[k].Lower == "house") k--;
        if (k < 0 || tokens[k].Lower != "under") return false;
        for (var j = k - 1; j >= 0 && j >= k - 6; j--)
        {
            if (kb.Cues.CustodyVerbs.Contains(tokens[j])) return false;
            if (tokens[j].Text is "," or ";" || kb.Cues.LocativeWords.Contains(tokens[j]) || tokens[j].Lower is "for" or "with") return true;
        }
        return true;
    }

    /// <summary>"were shot dead and their patrol car set on fire", "killed five villagers and burned their homes": property
    /// destroyed in the same stroke as killing or wounding told before, joined to it by "and", is part of that act (ACLED
    /// codes looting and destruction as an event of its own only when nothing worse happened; "shot and destroyed private
    /// vehicles" hurt no one and stays destruction).</summary>
    private bool DamageAlongside(Document doc, Sentence s, Clauses clauses, List<TriggerMention> group, List<TriggerMention> before)
    {
        var m = MainTrigger(doc.Tokens, group);
        if (m.Entry.Frame.Name != "loot" || !before.Exists(t => IsToll(doc.Tokens, t))) return false;
        var start = clauses.Start(doc.Tokens, s, m.Range.First);
        return doc.Tokens[start].Lower == "and" || (start > s.FirstToken && doc.Tokens[start - 1].Lower == "and");
    }

    private static bool AnyViolent(List<TriggerMention> group)
    {
        foreach (var t in group)
            if (t.Entry.Frame.Violent) return true;
        return false;
    }

    /// <summary>Whether the sentence names a crowd already told of: "the crowd", "the protesters".</summary>
    private bool TheCrowdAgain(IReadOnlyList<Token> tokens, Sentence s)
    {
        for (var k = s.FirstToken + 1; k < s.EndToken; k++)
            if (tokens[k - 1].Lower == "the" && (kb.Cues.ProtesterNouns.Contains(tokens[k]) || tokens[k].Lower is "crowd" or "crowds")) return true;
        return false;
    }

    /// <summary>A clause that is only "in protest at/against/over ...": the purpose of the act told before it ("in protests
    /// that began in ..." tells protests).</summary>
    private static bool InProtestAt(IReadOnlyList<Token> tokens, List<TriggerMention> group) =>
        group.Count == 1 && group[0].Range.First > 0 && group[0].Range.End < tokens.Count && tokens[group[0].Range.First - 1].Lower == "in"
        && tokens[group[0].Range.First].Lower == "protest" && tokens[group[0].Range.End].Lower is "at" or "against" or "over" or "of" or "to";

    /// <summary>"protested in Kharkiv, against the arrest of an activist": what a protest is against is its content.</summary>
    private bool ProtestObject(Document doc, Sentence s, Clauses clauses, List<TriggerMention> group, List<TriggerMention> before) =>
        MainTrigger(doc.Tokens, before).Entry.Frame.Name == "protest"
        && doc.Tokens[clauses.Start(doc.Tokens, s, group[0].Range.First)].Lower is "against" or "over" or "denouncing" or "condemning";

    /// <summary>The violent clause nearest to a clause that only counts the dead (the earlier one on a tie), or the one after it
    /// that its "when" says caused them.</summary>
    private List<TriggerMention>? NearestViolent(Document doc, List<List<TriggerMention>> groups, int i)
    {
        // "clashed ..., with officials saying 12 civilians were killed when shells hit homes": the act the toll's clause says
        // caused it, though another was told before.
        // ("killed and more than 100 wounded when shells hit": past the rest of the toll.)
        for (var j = i + 1; j < groups.Count && groups.Take(i).Any(AnyViolent); j++)
            if (groups[j].Find(t => t.Entry.Frame.Violent && !IsToll(doc.Tokens, t)) is { } cause)
            {
                if (WhenWords.AnyIn(doc.Tokens, groups[i][^1].Range.End, cause.Range.First)) return groups[j];
                break;
            }
        List<TriggerMention>? nearest = null;
        var distance = int.MaxValue;
        for (var j = 0; j < groups.Count; j++)
            if (j != i && Math.Abs(j - i) < distance && !TollOnly(doc, groups[j]) && AnyViolent(groups[j]))
                (nearest, distance) = (groups[j], Math.Abs(j - i));
        return nearest;
    }

    /// <summary>For a battle clause with no place of its own, the first other battle clause of the sentence.</summary>
    private List<TriggerMention>? OtherBattle(IReadOnlyList<Token> tokens, List<List<TriggerMention>> groups, int i)
    {
        if (MainTrigger(tokens, groups[i]).Entry.Frame.Codes.AcledEventType != "Battles") return null;
        for (var j = 0; j < groups.Count; j++)
            if (j != i && MainTrigger(tokens, groups[j]).Entry.Frame.Codes.AcledEventType is "Battles") return groups[j];
        return null;
    }

    /// <summary>"Secretary of State X arrived in Cairo": an official's arrival is a visit, not a deployment.</summary>
    private Frame OfficialMovement(Frame frame, ActorMention? agent) =>
        frame.Name == "deploy" && agent?.Actor?.Person is not null ? kb.Lexicon.OfficialMovement : frame;

    /// <summary>"Russian missiles hit Odesa", "warplanes carried out raids": violence by an actor named by its weapon is
    /// that weapon's attack (a capture stays a capture; so does a device a person sets off: "One bomber detonated
    /// explosives" is a bomb, not a bomber aircraft, where "warplanes fired a missile" is an air strike).</summary>
    /// <remarks>(A suicide bomber "involved in the clash" is one of a battle's sides: the battle stays one.)</remarks>
    private Frame WeaponFrame(Frame frame, ActorMention? agent, Document doc, TriggerMention trigger) =>
        (agent?.WeaponFrame ?? WeaponBefore(doc, trigger)) is { } name && kb.Lexicon.Frames.TryGetValue(name, out var weapon)
        && (frame.Violent || frame.Name == "loot") && frame.Control == ControlEffect.None && !CrowdControl(doc.Tokens, trigger)
        && (frame.Name is not ("explosive" or "suicide_bomb" or "grenade") || trigger.Entry.Generic)
        && !(name == "suicide_bomb" && frame.Name == "clash") ? weapon : frame;

    internal const string RemoteViolence = "Explosions/Remote violence";

    /// <summary>Whether the trigger's words name a means of breaking up a crowd ("fired tear gas at", "dropped tear gas on").</summary>
    private bool CrowdControl(IReadOnlyList<Token> tokens, TriggerMention t) => kb.Cues.CrowdControlMeans.AnyIn(tokens, t.Range.First, t.Range.End);

    private static readonly WordSet WordsBeforeVerb = new(["have", "has", "had", "also", "reportedly", "allegedly", "then", "later", "again", "subsequently", "repeatedly"]);

    /// <summary>"warplanes hit a base", "three tanks attacked our positions": a weapon that is the verb's subject names
    /// the tactic even when no one is named as its owner.</summary>
    private string? WeaponBefore(Document doc, TriggerMention trigger)
    {
        var t = doc.Tokens;
        var end = trigger.Range.First;
        while (end > 0 && WordsBeforeVerb.Contains(t[end - 1])) end--;
        for (var start = Math.Max(0, end - 2); start < end; start++)
        {
            var (length, nouns) = kb.Actors.ForceNouns.LongestAt(t, start, end);
            if (length == 0 || start + length != end) continue;
            // "troops backed by helicopter gunships clashed": the weapon backs the subject, it is not it.
            if (AfterBacking(t, start)) return null;
            foreach (var noun in nouns)
                if (noun.WeaponFrame is { } frame) return frame;
            // ("when the bomber struck": the longest noun before the verb says what it is, a person here, not the aircraft
            // "bomber" alone would be.)
            return null;
        }
        return null;
    }

    /// <summary>"The government blamed the ELN rebels on Friday for a car bomb that killed 21 people": the violence told after
    /// a verb of blame and "for" is an act of its own (its author the one blamed), not the accusation's words.</summary>
    private static List<List<TriggerMention>> SplitTheActBlamed(IReadOnlyList<Token> tokens, List<List<TriggerMention>> groups)
    {
        var result = new List<List<TriggerMention>>(groups.Count);
        foreach (var group in groups)
        {
            var blame = group.Find(t => t.Entry.Frame.Name == "accuse" && t.Entry.Form.EndsWith("/V", StringComparison.Ordinal));
            var forAt = blame is null ? -1 : IndexOfFor(tokens, blame.Range.End, Math.Min(tokens.Count, blame.Range.End + BlamedForWords));
            var blamed = forAt < 0 ? [] : group.FindAll(t => t.Range.First > forAt && t.Entry.Frame.Violent);
            if (blamed.Count == 0)
            {
                result.Add(group);
                continue;
            }
            result.Add(group.FindAll(t => !blamed.Contains(t)));
            result.Add(blamed);
        }
        return result;
    }

    private static int IndexOfFor(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text is not ("(" or ")")) return -1;
            if (tokens[k].Lower == "for") return k;
        }
        return -1;
    }

    /// <summary>How far after a verb of blame its "for" may stand ("blamed the National Liberation Army rebels on Friday for").</summary>
    private const int BlamedForWords = 14;

    /// <summary>How many days before the report a time must end for a toll told with it to be a recalled past.</summary>
    private const int RecalledPastDays = 30;

    /// <summary>Whether the place the act took opens a list told after another act of its sentence, one of neither violence
    /// nor a crowd, past the act's own words ("the protests were planned for months, and announced a curfew in N'Djamena,
    /// Moundou and Doba").</summary>
    private static bool ListOfAnotherAct(Annotations ann, Sentence s, TriggerMention main, List<TriggerMention> group, Place here)
    {
        var first = ann.Places.FirstOrDefault(p => p.Place.Id == here.Id && p.Range.First >= s.FirstToken && p.Range.End <= s.EndToken);
        return first is not null && first.Range.First > main.Range.End
               && ann.Triggers.Any(t => !group.Contains(t) && t.Range.First >= main.Range.End && t.Range.End <= first.Range.First
                                        && !t.Entry.Frame.Violent && !t.Entry.Frame.Crowd && t.Entry.Frame.Name != "loot");
    }

    /// <summary>The act at each other place of its list; told by a word that names no tactic ("The first blasts ripped through
    /// ... in Colombo and ... in Negombo"), by the tactic of the act of its kind told before.</summary>
    private static void AddElsewhere(List<EventDraft> drafts, EventDraft draft, List<Place> places)
    {
        var named = draft.GenericTrigger
            ? drafts.LastOrDefault(d => d != draft && d.Frame.Violent && !d.GenericTrigger && d.Frame.Codes.AcledEventType == draft.Frame.Codes.AcledEventType)
            : null;
        foreach (var there in places)
        {
            var elsewhere = draft.ElsewhereAt(there);
            if (named is not null) elsewhere.TakeFrameOf(named);
            drafts.Add(elsewhere);
        }
    }

    /// <summary>"A third church was hit", "another village was attacked": the subject counted as one more.</summary>
    private static bool OneMoreOfThem(IReadOnlyList<Token> tokens, Sentence s, TriggerMention t)
    {
        for (var k = Math.Max(s.FirstToken, t.Range.First - 5); k < t.Range.First; k++)
            if (tokens[k].Lower == "another" || (k > s.FirstToken && tokens[k - 1].Lower == "a" && tokens[k].Lower is "second" or "third" or "fourth" or "fifth"))
                return true;
        return false;
    }

    /// <summary>"another strike", "a second blast", "a separate attack", "Other missiles hit".</summary>
    private static bool SaidToBeAnother(IReadOnlyList<Token> tokens, TriggerMention t)
    {
        var k = t.Range.First - 1;
        if (k < 0) return false;
        return tokens[k].Lower is "another" || (tokens[k].Lower == "other" && (k == 0 || tokens[k - 1].Kind == TokenKind.Punctuation))
               || (k >= 1 && tokens[k].Lower is "second" or "separate" or "third" && tokens[k - 1].Lower == "a");
    }

    /// <summary>"About an hour later, gunmen opened fire on the motorcade": a sentence that opens later than the one before
    /// tells another act (not "Hours later, the army said it had repelled the attack", a telling).</summary>
    private bool OpensLater(IReadOnlyList<Token> tokens, Sentence s, TriggerMention t)
    {
        var k = s.FirstToken;
        if (tokens[k].Lower is "about" or "some" or "nearly" or "roughly" or "just") k++;
        if (k < t.Range.First && tokens[k].Lower == "half") k++;
        if (k < t.Range.First && (tokens[k].Lower is "an" or "several" or "few" || TimeAnnotator.Count(tokens, k) is not null)) k++;
        if (k + 1 >= t.Range.First || !kb.Cues.TimeUnits.Contains(tokens[k]) || tokens[k + 1].Lower != "later") return false;
        for (var j = k + 2; j < t.Range.First; j++)
            if (SayingVerbs.Contains(tokens[j])) return false;
        return true;
    }

    /// <summary>"for weeks", "for several months" after the trigger in its clause.</summary>
    private static bool ForASpan(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
            if (tokens[k].Lower == "for" && (tokens[k + 1].Lower is "days" or "weeks" or "months" or "years"
                                             || (k + 2 < to && tokens[k + 1].Lower is "several" or "many" or "two" or "three" && tokens[k + 2].Lower is "days" or "weeks" or "months" or "years")))
                return true;
        return false;
    }

    /// <summary>"came hours after Hezbollah said it fired", "two days before the army attacked": a span of time between the
    /// act and another told before it in the sentence.</summary>
    private bool ToldAsApartInTime(IReadOnlyList<Token> tokens, Sentence s, TriggerMention t)
    {
        for (var k = s.FirstToken; k + 1 < t.Range.First; k++)
            if (kb.Cues.TimeUnits.Contains(tokens[k]) && tokens[k + 1].Lower is "after" or "before") return true;
        return false;
    }

    /// <summary>"called the strike", "condemned this attack", "horrified by the attack", "investigating a knife attack": the
    /// trigger is what a verb of judging is about.</summary>
    private bool JudgedAct(IReadOnlyList<Token> tokens, TriggerMention t)
    {
        var k = t.Range.First - 1;
        // (One modifier may stand between the article and the act: "a knife attack".)
        if (k > 1 && tokens[k].Kind == TokenKind.Word && tokens[k - 1].Lower is "a" or "an" or "the") k--;
        if (k > 0 && tokens[k].Lower is "a" or "an" or "the" or "this" or "these" or "that" or "those") k--;
        if (k > 0 && tokens[k].Lower == "by") k--;
        return k >= 0 && kb.Cues.JudgingVerbs.Contains(tokens[k]);
    }

    /// <summary>Whether a verb stands in [from, to) and none of the verbs there performs the act after it: "was taking the
    /// attack" (not "carried out the attack", "had fired the missile", nor "Russia's attack", which has no verb).</summary>
    private bool VerbNotPerformingBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        var verb = false;
        for (var k = from; k < to; k++)
        {
            if (kb.Cues.PerformingVerbs.Contains(tokens[k]) || kb.Cues.FiringVerbs.Contains(tokens[k])) return false;
            verb |= tokens[k].Kind == TokenKind.Word && (Auxiliaries.IsAuxiliary(tokens[k]) || tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal)
                                                         || tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal));
        }
        return verb;
    }

    /// <summary>Whether the trigger follows "as" (past quotes and an article) after a verb of judging earlier in its sentence:
    /// "condemned the killings as a "massacre"", "described the raid as an act of terror", "called the violence "an attack
    /// on the state"".</summary>
    private bool LabelOfAJudgedAct(IReadOnlyList<Token> tokens, Sentence s, TriggerMention t)
    {
        var k = t.Range.First - 1;
        var quoted = false;
        while (k > s.FirstToken && (tokens[k].Text is "\"" or "\u201c" or "'" || tokens[k].Lower is "a" or "an" or "the" or "act" or "of"))
        {
            quoted |= tokens[k].Text is "\"" or "\u201c" or "'";
            k--;
        }
        // ("called the violence "an attack on the state"": a quoted name right after what a verb of judging took.)
        if (quoted && k > s.FirstToken && tokens[k].Lower != "as" && kb.Cues.JudgingVerbs.AnyIn(tokens, Math.Max(s.FirstToken, k - JudgedObjectWords), k))
            return true;
        if (k > s.FirstToken && tokens[k].Lower != "as") return NameGivenTo(tokens, s, t);
        if (k <= s.FirstToken) return false;
        for (var j = k - 1; j >= s.FirstToken; j--)
            if (kb.Cues.JudgingVerbs.Contains(tokens[j])) return true;
        return false;
    }

    /// <summary>"calling the rampage an Islamist terror attack": the trigger, after "a" or "an" and at most three modifiers,
    /// is the name a verb of naming gives the object it took.</summary>
    private bool NameGivenTo(IReadOnlyList<Token> tokens, Sentence s, TriggerMention t)
    {
        var k = t.Range.First - 1;
        for (var modifiers = 0; k > s.FirstToken && modifiers < 3 && tokens[k].Kind == TokenKind.Word && tokens[k].Lower is not ("a" or "an"); modifiers++) k--;
        return k > s.FirstToken && tokens[k].Lower is "a" or "an" && kb.Cues.NamingVerbs.AnyIn(tokens, Math.Max(s.FirstToken, k - 1 - JudgedObjectWords), k - 1);
    }

    /// <summary>How many words the object of a verb of judging may take before the quoted name it is given.</summary>
    private const int JudgedObjectWords = 3;

    /// <summary>"backed by helicopter gunships", "supported by air strikes": words at most three after a word of backing.</summary>
    private static bool AfterBacking(IReadOnlyList<Token> tokens, int first)
    {
        for (var k = first - 1; k > 0 && k >= first - 3; k--)
        {
            if (tokens[k].Lower == "by") return tokens[k - 1].Lower is "backed" or "supported" or "covered" or "aided";
            if (tokens[k].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    /// <summary>A weapon or act named as a noun in a phrase of backing; a verb after it is the subject's act ("supported by
    /// local gunmen took control").</summary>
    private static bool BackingOf(IReadOnlyList<Token> tokens, TriggerMention t) =>
        !t.Entry.Form.Contains("/V", StringComparison.Ordinal) && AfterBacking(tokens, t.Range.First);

    /// <summary>The clause's event. A frame that takes content ("accused X of targeting", "talks on a ceasefire", a protest) makes
    /// every trigger after it its content; of the triggers up to it, the one that ranks highest names the event.</summary>
    private TriggerMention MainTrigger(IReadOnlyList<Token> tokens, List<TriggerMention> group)
    {
        // A protest's object is its content too: "protested against the possible arrest of an activist". A protest
        // noun that only names people ("a gathering of soldiers was attacked") has no content.
        // Triggers never overlap, so their first tokens order them.
        var lastCandidate = int.MaxValue;
        foreach (var t in group)
            if ((t.Entry.Frame.TakesComplement || (t.Entry.Frame.Name == "protest" && !NamesItsPeople(tokens, t))) && t.Range.First < lastCandidate)
                lastCandidate = t.Range.First;
        if (CrowdOfTheToll(tokens, group) is { } crowd) return crowd;
        TriggerMention? main = null;
        foreach (var t in group)
        {
            if (t.Range.First > lastCandidate) continue;
            // "mobilized to defend against a possible attack": what happened names the clause, not what is feared.
            if (t.Modality.IsUnrealized() && group.Any(o => !o.Modality.IsUnrealized() && o.Range.First <= lastCandidate)) continue;
            // "launched an airstrike ... in retaliation for Riyadh's military operations": the motive is no event of the clause.
            if (IsMotive(tokens, t) && group.Any(o => o != t && o.Range.First <= lastCandidate && !IsMotive(tokens, o) && !o.Modality.IsUnrealized())) continue;
            // "the explosion of a landmine": a word that names no weapon yields to one of its event type that does.
            if (t.Entry.Generic && group.Any(o => !o.Entry.Generic && o.Range.First <= lastCandidate
                                                  && o.Entry.Frame.Codes.AcledEventType == t.Entry.Frame.Codes.AcledEventType)) continue;
            // "Police and armed residents killed 28 gang members ... after gangs tried to attack the district": an act told
            // after "after" is the scene of the killing the main clause tells, which names the event.
            if (group.Any(o => o != t && KillingBeforeItsAfterClause(tokens, o, t))) continue;
            // "hurled stones and set the building on fire": what a riot burns is the riot.
            if (t.Entry.Frame.Codes.AcledSubEventType == "Looting/property destruction"
                && group.Any(o => o.Entry.Frame.Codes.AcledEventType == "Riots" && o.Range.First <= lastCandidate)) continue;
            // "opened fire on residents and set fire to several houses": property burned in an attack on people is part of it.
            if (t.Entry.Frame.Name == "loot" && group.Any(o => (o.Entry.Frame.Name == "attack" || (o.Entry.Frame.Name == "kill" && !IsToll(tokens, o))) && !o.Modality.IsUnrealized()
                                                              && o.Range.First <= lastCandidate && PeopleRightAfter(tokens, o))) continue;
            // "troops backed by helicopter gunships clashed": the support a side had is no act of the clause.
            if (BackingOf(tokens, t) && group.Any(o => o != t && !BackingOf(tokens, o) && !o.Modality.IsUnrealized() && o.Range.First <= lastCandidate))
                continue;
            // "struck tanks and rocket launchers": a weapon a verb of hitting took for object is its target, not its means
            // (what "hurled", "fired" or "detonated" takes is).
            if (IsNoun(t) && kb.Cues.WeaponPlatforms.Contains(tokens[t.Range.End - 1])
                && group.Any(o => o != t && !IsNoun(o) && o.Entry.Frame.NamesNoTactic && TargetOf(tokens, o, t))) continue;
            // "detained 12 Palestinians in overnight raids": the raid is when the act was done, the act names the event.
            // Deaths in an operation ("militants were killed during security operations") stay the operation's fight.
            if (t.Entry.Circumstance && InOrDuring(tokens, t) && group.Any(o => o.Range.First < t.Range.First && !o.Entry.Circumstance
                                                                                && !o.Modality.IsUnrealized() && !o.Entry.Frame.NamesNoTactic
                                                                                && o.Entry.Frame.Codes.AcledEventType != "Battles")) continue;
            // "Several people were injured when the two groups threw bottles": the wounded are the toll of the crowd's act.
            if (t.Entry.Frame.Name != "kill" && IsToll(tokens, t) && group.Any(o => o != t && o.Entry.Frame.Crowd && o.Entry.Frame.Violent
                                                                                 && !o.Modality.IsUnrealized() && o.Range.First <= lastCandidate)) continue;
            // Of equal ranks the first names the event, but an act outweighs the count of its dead and wounded told before
            // it ("six people were killed and dozens wounded after security forces opened fire").
            if (main is null || t.Entry.Frame.Rank > main.Entry.Frame.Rank
                || (t.Entry.Frame.Rank == main.Entry.Frame.Rank && (CausedBy(tokens, main, t) || t.Range.First < main.Range.First && !CausedBy(tokens, t, main))))
                main = t;
        }
        // Each trigger yielded to another that yielded in turn ("in response to an explosion"): the first names the event.
        return main ?? group[0];
    }

    /// <summary>Whether a word of property ("shops", "houses") stands within three tokens after the trigger, in its sentence
    /// ("attacked shops").</summary>
    private bool PropertyRightAfter(IReadOnlyList<Token> tokens, TriggerMention t)
    {
        var end = t.Range.End;
        while (end < Math.Min(tokens.Count, t.Range.End + 3) && tokens[end].Text is not ("." or "!" or "?")) end++;
        return kb.Cues.PropertyNouns.AnyIn(tokens, t.Range.End, end);
    }

    /// <summary>Whether the trigger's object is people: a word for persons after it, past articles and counts ("opened fire
    /// on residents", "shot dead three villagers"), not a word of a site ("the police station").</summary>
    private bool PeopleRightAfter(IReadOnlyList<Token> tokens, TriggerMention t)
    {
        var k = t.Range.End;
        while (k < tokens.Count && (tokens[k].Lower is "the" or "a" or "an" or "several" or "dozens" or "scores" or "of" or "at" or "least" || kb.Cues.IsCount(tokens[k]))) k++;
        if (k >= tokens.Count || !kb.Cues.PersonNouns.Contains(tokens[k])) return false;
        return k + 1 >= tokens.Count || tokens[k + 1].Kind != TokenKind.Word || !(kb.Cues.ForceSites.Contains(tokens[k + 1]) || kb.Cues.HeldSites.Contains(tokens[k + 1]));
    }

    private static readonly WordSet InOrDuringWords = new(["in", "during"]);

    /// <summary>"in protests", "in two days of protests and looting", "during an anti-government protest", "when protests
    /// turned into riots": a crowd's word inside a phrase that sets another act's scene.</summary>
    private static bool InsideCrowdPhrase(IReadOnlyList<Token> tokens, int crowd)
    {
        var words = 0;
        for (var k = crowd - 1; k >= 0 && words < 4; k--)
        {
            if (tokens[k].Lower is "in" or "during" or "amid" or "when") return true;
            // (A hyphenated word counts once: "during an anti-government protest".)
            if (Hyphens.JoinsWordsAt(tokens, k))
            {
                k--;
                continue;
            }
            if (tokens[k].Kind != TokenKind.Word && tokens[k].Kind != TokenKind.Number) return false;
            words++;
        }
        return false;
    }

    /// <summary>"At least 22 people have been killed and more than 100 injured in protests over power cuts": a toll told
    /// with no killer, in a protest or riot, is that crowd event's toll; the protest names the event (who fired may be told
    /// later).</summary>
    private TriggerMention? CrowdOfTheToll(IReadOnlyList<Token> tokens, List<TriggerMention> group)
    {
        var crowd = group.Find(t => t.Entry.Frame.Crowd && InsideCrowdPhrase(tokens, t.Range.First));
        if (crowd is null) return null;
        var tolls = 0;
        foreach (var t in group)
        {
            if (t.Range.First >= crowd.Range.First) continue;
            if (!IsToll(tokens, t) || !(t.Entry.Intransitive || Counted(t))) return null;
            tolls++;
        }
        if (tolls == 0) return null;
        // "when protests over alleged fraud turned into riots": the riot the crowd's protest became.
        return group.Find(t => t.Range.First > crowd.Range.First && t.Entry.Frame.Codes.AcledEventType == "Riots") ?? crowd;

        // "have been killed", "and dozens injured": a passive, or a participle right after its count.
        bool Counted(TriggerMention t) =>
            t.Range.First > 0 && (tokens[t.Range.First - 1].Lower is "been" or "were" or "was" or "are" or "is" || kb.Cues.IsCount(tokens[t.Range.First - 1]));
    }

    /// <summary>"in overnight raids", "during a joint operation": the trigger is governed by "in" or "during", within
    /// four words before it ("in a series of raids").</summary>
    private static bool InOrDuring(IReadOnlyList<Token> tokens, TriggerMention t) =>
        InOrDuringWords.AnyIn(tokens, Math.Max(0, t.Range.First - 4), t.Range.First);

    /// <summary>The trigger is a verb form of the lexicon ("kill/V", "take/V over"), not a noun ("attack/N").</summary>
    private static bool IsVerb(TriggerMention t) => t.Entry.Form.Contains("/V", StringComparison.Ordinal);

    private static bool IsNoun(TriggerMention t) => t.Entry.Form.Contains("/N", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="killing"/> is a killing told in the active voice before an "after" that opens the
    /// clause of <paramref name="act"/>.</summary>
    private static bool KillingBeforeItsAfterClause(IReadOnlyList<Token> tokens, TriggerMention killing, TriggerMention act)
    {
        if (killing.Entry.Frame.Name != "kill" || !killing.Entry.Form.Contains("/V", StringComparison.Ordinal) || killing.Range.End > act.Range.First || killing.Range.First == 0
            || Auxiliaries.IsPassive(tokens[killing.Range.First - 1]) || act.Range.First - killing.Range.End > AfterClauseReach) return false;
        for (var k = killing.Range.End; k < act.Range.First; k++)
        {
            if (tokens[k].Text is ";" or ":") return false;
            if (tokens[k].Lower == "after") return true;
        }
        return false;
    }

    /// <summary>How many words after a killing the act of its "after" clause may stand.</summary>
    private const int AfterClauseReach = 30;

    /// <summary>Whether <paramref name="noun"/> is the object of <paramref name="verb"/>: within three lower-case words after
    /// it, none a preposition or conjunction of time ("struck tanks and rocket launchers", not "struck the base with
    /// rockets" or "injured Thursday when a grenade").</summary>
    private static bool TargetOf(IReadOnlyList<Token> tokens, TriggerMention verb, TriggerMention noun)
    {
        if (noun.Range.First < verb.Range.End || noun.Range.First - verb.Range.End > 3) return false;
        for (var k = verb.Range.End; k < noun.Range.First; k++)
            if (tokens[k].Kind != TokenKind.Word || tokens[k].IsCapitalized
                || tokens[k].Lower is "with" or "by" or "using" or "from" or "in" or "of" or "when" or "as" or "after" or "while") return false;
        return true;
    }

    /// <summary>"a gathering of soldiers", "a rally of supporters": the protest word followed by "of", who gathered.</summary>
    private static bool NamesItsPeople(IReadOnlyList<Token> tokens, TriggerMention t) =>
        t.Range.End < tokens.Count && tokens[t.Range.End].Lower == "of";

    /// <summary>"This deployment was confirmed ..." is the deployment already told: it joins it. "These strikes
    /// resulted in the deaths of 10 civilians in Maarat" names a new place: it stays an event of its own, with the
    /// frame and actors of the one it refers to. Returns true when the draft was absorbed.</summary>
    private static bool Continue(List<EventDraft> drafts, EventDraft draft, bool sumTolls, bool claimed, bool more = false)
    {
        var antecedent = LastOfParagraph(drafts, draft.Paragraph, draft.Frame.Violent);
        // "A faction of the Pakistani Taliban claimed responsibility for the attack": the lead's violence told with no author,
        // else the last such (else one with an unnamed author, or the claimant's) is the one claimed, wherever the claim's
        // words place it.
        if (antecedent is null && draft.Anaphoric && claimed && draft.Actor1 is { } claimant
            && (drafts.FirstOrDefault(d => d.Frame.Violent && d.Actor1 is null && d.Paragraph == drafts[0].Paragraph)
                ?? drafts.LastOrDefault(d => d.Frame.Violent && d.Actor1 is null)
                ?? drafts.LastOrDefault(d => d.Frame.Violent && (ActorCatalogue.IsUnnamedGroup(d.Actor1!) || d.Actor1!.SameAs(claimant)))) is { } owned)
        {
            if (owned.Actor1 is null || ActorCatalogue.IsUnnamedGroup(owned.Actor1)) owned.Actor1 = claimant;
            Absorb(owned, draft, sumTolls, datesTheAct: false);
            return true;
        }
        // "The army said it had repelled the assault" in a paragraph of its own points back at the last one told before,
        // when told by a side of it: police repelling gangs who attacked residents fought an event of their own.
        // ("A member of Qatar's internal security forces was also killed" a paragraph after the strike's toll: more dead of
        // the act told before.)
        if (antecedent is null && (draft.Anaphoric || more) && LastOfArticle(drafts, draft) is { } earlier
            && (draft.Actor1 is null || earlier is { Actor1: null, Actor2: null }
                || earlier.Actor1?.SameAs(draft.Actor1) == true || earlier.Actor2?.SameAs(draft.Actor1) == true || SameCrowd(earlier, draft)))
            antecedent = earlier;
        if (antecedent is null || (antecedent.Unrealized && !draft.Unrealized)) return false;
        // ("three suspects had been arrested in connection with the attack": arrests over an act are no part of it.)
        if (draft.Frame.Name == "arrest" && antecedent.Frame.Name != "arrest") return false;
        // ("Protesters set fire to party offices in several towns ... In the town of Ranya, demonstrators burned the offices
        // of the PUK": one of the towns, an event of its own.)
        if (antecedent.HasAsOneOfItsPlaces(draft)) return false;
        // "an operation on Friday that killed 11" after Sunday's bombing: a toll dated before the event told is another
        // event's (one dated after may be counted later: "five corpses were discovered the following day").
        if (draft.DateExplicit && antecedent.DateExplicit && draft.Date.End < antecedent.Date.Start) return false;
        // (A country or province that holds the place told before is no new place: "the three attackers were killed by
        // security forces" placed only in Oman, after a shooting in Muscat.)
        var newPlace = draft.LocationExplicit && draft.Location is { } p && (antecedent.Location is null || !antecedent.Location.Id.Equals(p.Id, StringComparison.Ordinal))
                       && !(draft.Anaphoric && antecedent.Location is { } told && Within(told, p));
        // "Two members of the security forces were also killed ... in the clash in ... Bijapur district": more dead of the
        // act pointed back at, wherever the telling places it; a place inside the act's province makes it more precise.
        // "Fighting along the border between Kyrgyzstan and Tajikistan has killed nearly 100 ... 41 died in the fighting,
        // which began near the Tajik town of Isfara": the act pointed back at, told only by its country, is where the
        // pointing sentence places it.
        // "The shelling continued on Friday, hitting a market in Ariha": a later day at a place of its own is a new event.
        // ("Fighting ... killed more than 200 people in the coastal provinces of Latakia and Tartus ... The clashes began when
        // loyalists ambushed a patrol near Jableh, killing 13": a toll of its own at a town of the province is an act of its own.)
        var within = newPlace && draft.Anaphoric && !(draft.DateExplicit && antecedent.DateExplicit && draft.Date.Start > antecedent.Date.End)
                     && (Within(draft.Location!, antecedent.Location) || (antecedent.Location is { Precision: PlacePrecision.Country } && draft.Location!.Precision < PlacePrecision.Country))
                     && !(antecedent.Location is { Precision: PlacePrecision.Admin1 } && !more && draft.Fatalities is { } part && antecedent.Fatalities is { } whole
                          && part != whole);
        // ("Al Shabaab said its fighters had killed dozens of soldiers. A military official said nine soldiers had been killed":
        // the same dead counted by another teller, not more of them; a count that names a number is the one kept over a vague
        // one.)
        var recount = sumTolls && !more && antecedent.Fatalities is not null && draft.Actor2 is { } dead && antecedent.Actor2?.SameAs(dead) == true
                      && draft.Sources.Count > 0 && !draft.Sources.Exists(antecedent.Sources.Contains);
        if (sumTolls && !more) DropBoast(antecedent, draft);
        if (!newPlace || within || (draft.Anaphoric && more))
        {
            if (within) (antecedent.Location, antecedent.LocationExplicit) = (draft.Location, true);
            if (recount && antecedent.TollVague && draft is { TollVague: false, Fatalities: not null }) antecedent.Fatalities = null;
            // A claim's day is when it was made.
            Absorb(antecedent, draft, !recount && (sumTolls || (draft.Anaphoric && more)), datesTheAct: !claimed && draft.Modality != Modality.Claimed);
            return true;
        }
        draft.TakeFrameOf(antecedent);
        draft.Actor1 ??= antecedent.Actor1;
        if (draft.Associated.Count == 0) draft.Associated.AddRange(antecedent.Associated);
        if (!draft.DateExplicit && antecedent.DateExplicit) draft.Date = antecedent.Date;
        return false;
    }

    /// <summary>Whether the trigger, after a determiner that opens the sentence, is the subject of a verb that only places it in
    /// time (data sequence_verbs): "The clashes follow ...", "This fighting comes as ...".</summary>
    private bool PointsBackToSayWhen(Document doc, Sentence s, TriggerMention main)
    {
        var tokens = doc.Tokens;
        var first = doc.FirstTokenPastDateline(s);
        return main.Range.First == first + 1 && tokens[first].Lower is "the" or "this" or "these" or "that" or "those"
               && main.Range.End < s.EndToken && kb.Cues.SequenceVerbs.Contains(tokens[main.Range.End]);
    }

    /// <summary>Whether the clause counts its acts ("attacked settlements ... 2,110 times", at least <see cref="TallyTimes"/>)
    /// and names no town they were done in: a region's tally ("shot him three times" is one act; "shelled Kherson 40 times",
    /// one town's day of shelling).</summary>
    private bool TallyOfActs(Document doc, Annotations ann, Sentence s, TriggerMention main, Clauses clauses)
    {
        var tokens = doc.Tokens;
        var start = clauses.Start(tokens, s, main.Range.First);
        var end = clauses.End(tokens, s, main.Range.End - 1);
        var counted = false;
        for (var k = main.Range.End + 1; k < end && !counted; k++)
            counted = tokens[k].Lower == "times" && tokens[k - 1].Kind == TokenKind.Number
                      && double.TryParse(tokens[k - 1].Text.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture, out var times)
                      && times >= TallyTimes;
        return counted && !ann.Places.Any(p => p.Range.First >= start && p.Range.First < end && p.Place.Precision == PlacePrecision.Place);
    }

    /// <summary>How many times a clause must count its acts to tell a tally.</summary>
    private const int TallyTimes = 10;

    /// <summary>"terrorists fired a quadcopter-dropped mortar shell on the police station, but no casualties were reported":
    /// an act told with words that it killed no one (data none_killed), in its sentence or in the next of its paragraph
    /// when that one tells no act of its own ("... hit a house. No one was hurt.").</summary>
    private bool NoneKilledToldWith(Document doc, Annotations ann, Sentence s)
    {
        if (kb.Cues.NoneKilled.AnyIn(doc.Tokens, s.FirstToken, s.EndToken)) return true;
        if (s.Index + 1 >= doc.Sentences.Count || doc.Sentences[s.Index + 1] is not { } next || next.Paragraph != s.Paragraph) return false;
        return kb.Cues.NoneKilled.AnyIn(doc.Tokens, next.FirstToken, next.EndToken)
               && !ann.Triggers.Any(t => t.Range.First >= next.FirstToken && t.Range.First < next.EndToken && t.Entry.Frame.Violent);
    }

    /// <summary>Whether a participle of killing after the trigger, set off by a comma or "and", counts its dead in several
    /// places: ", killing at least four people across the country".</summary>
    private bool TollAcrossTheCountry(IReadOnlyList<Token> tokens, Sentence s, TriggerMention main)
    {
        for (var k = main.Range.End; k + 1 < s.EndToken; k++)
            if (tokens[k].Lower is "killing" && tokens[k - 1].Text is "," or "and")
                return kb.Cues.WidespreadScope.AnyIn(tokens, k + 1, Math.Min(s.EndToken, k + WidespreadTollReach));
        return false;
    }

    /// <summary>How many words after "killing" its count and scope lie.</summary>
    private const int WidespreadTollReach = 8;

    /// <summary>Whether "the two sides" or "both sides" stand right before the trigger, as the ones who acted.</summary>
    private static bool BothSidesBefore(IReadOnlyList<Token> tokens, Sentence s, TriggerMention main)
    {
        var k = main.Range.First - 1;
        return k - 1 >= s.FirstToken && tokens[k].Lower is "sides" or "parties" && tokens[k - 1].Lower is "two" or "both"
               || k >= s.FirstToken && tokens[k].Lower == "both" && k - 2 >= s.FirstToken && tokens[k - 1].Lower is "sides" or "parties";
    }

    /// <summary>Whether the sentence tells the act in the words of <paramref name="author"/>, named before the act and followed
    /// (past a name in brackets) by a verb of saying: "The Jama'at Nusrat al-Islam wal-Muslimin (JNIM) said ... its fighters had
    /// killed 41 soldiers".</summary>
    private static bool ToldBy(Document doc, Annotations ann, Sentence s, TriggerMention main, Actor author)
    {
        foreach (var m in ann.Actors)
        {
            if (m.Range.First < s.FirstToken || m.Range.End >= main.Range.First || m.Actor?.SameAs(author) != true) continue;
            var k = m.Range.End;
            if (doc.Tokens[k].Text == "(")
                while (k < main.Range.First && doc.Tokens[k].Text != ")") k++;
            if (doc.Tokens[k].Text == ")") k++;
            if (k < main.Range.First && SayingVerbs.Contains(doc.Tokens[k])) return true;
        }
        return false;
    }

    /// <summary>"... killing at least seven soldiers, said a local elder. Al Shabaab said in a statement that it had killed 20
    /// soldiers": the attackers' own count of dead another teller counted is a boast, not more dead; the other count stands,
    /// as ACLED keeps the more conservative figure.</summary>
    private static void DropBoast(EventDraft told, EventDraft draft)
    {
        if (draft.BoastsOver(told) && draft.Actor2 is { } counted && told.Actor2?.SameAs(counted) == true) draft.Fatalities = null;
    }

    /// <summary>"the march was being promoted by right-wing politicians", a paragraph after "hooded protesters tore down metal
    /// barriers": one crowd, told as protesters or as rioters.</summary>
    private static bool SameCrowd(EventDraft earlier, EventDraft draft) =>
        earlier.Frame.Crowd && draft.Frame.Crowd && earlier.Actor1 is { Kind: ActorKind.Protesters or ActorKind.Rioters } crowd
        && draft.Actor1 is { Kind: ActorKind.Protesters or ActorKind.Rioters } told && crowd.Country3 == told.Country3;

    /// <summary>Whether <paramref name="place"/> is a more precise place inside <paramref name="container"/>: its country, or
    /// its province.</summary>
    private static bool Within(Place place, Place? container) =>
        container is not null && place.Precision < container.Precision && place.CountryIso2 == container.CountryIso2
        && (container.Precision == PlacePrecision.Country || (container.Precision == PlacePrecision.Admin1 && place.Admin1Code == container.Admin1Code));

    /// <summary>"to condemn the bombing", "to mourn the attack", "protested against the killings": the sentence tells a
    /// reaction to an act told before.</summary>
    private bool ReactsToTheAct(IReadOnlyList<Token> tokens, Sentence s, List<TriggerMention> triggers)
    {
        for (var k = s.FirstToken; k + 2 < s.EndToken; k++)
        {
            if (!kb.Cues.ReactionVerbs.Contains(tokens[k])) continue;
            var j = tokens[k + 1].Lower is "against" or "over" or "at" ? k + 2 : k + 1;
            if (kb.Cues.Roles.AttackTold.LongestAt(tokens, j, s.EndToken).Length > 0
                || (tokens[j].Lower == "the" && triggers.Exists(t => t.Range.First == j + 1 && t.Entry.Frame.Violent))) return true;
        }
        return false;
    }

    /// <summary>A toll of an unnamed armed group's men ("five of the attackers") told after an attack of non-state fighters on
    /// a state's forces: the attackers' own dead in that fight. (Not a vague count: "dozens of attackers had been
    /// neutralised" is a claim; nor after an attack on civilians, whose attackers fall to the force that ends it.)</summary>
    private static bool AttackersFallenFighting(EventDraft act, EventDraft toll) =>
        toll is { Fatalities: not null, TollVague: false, Actor2: { } fallen } && ActorCatalogue.IsUnnamedGroup(fallen) && !ActorKinds.IsState(fallen.Kind)
        && act.Actor1 is { } attackers && !ActorKinds.IsState(attackers.Kind) && act.Actor2 is { } attacked && ActorKinds.IsState(attacked.Kind);

    /// <summary>"were also killed": a toll told as more of one told before.</summary>
    private static bool AlsoKilled(IReadOnlyList<Token> tokens, List<TriggerMention> group) =>
        group.Exists(t => t.Entry.Frame.Name == "kill" && t.Range.First > 0 && tokens[t.Range.First - 1].Lower == "also");

    /// <summary>The fight a placeless violent clause continues: the last one of the paragraph, fought by the same sides.</summary>
    private static EventDraft? Continuation(List<EventDraft> drafts, EventDraft draft)
    {
        var host = LastOfParagraph(drafts, draft.Paragraph, violent: true);
        // (Nor one dated by its own words to another day than the one the host was only carried to: "Israeli soldiers had also
        // fired at a UNIFIL position on Wednesday".)
        if (host is null || (draft.DateExplicit && (host.DateExplicit || host.Date.Precision == DatePrecision.Day) && !host.Date.Overlaps(draft.Date))) return null;
        // "They intended to take the mountain ... heavy clashes": a fight that happened is no more of one only planned.
        if (host.Unrealized && !draft.Unrealized) return null;
        // "The RSF denied targeting civilians ... The army repelled an RSF assault": what is denied hosts no fight.
        if (host.Modality == Modality.Denied && draft.Modality != Modality.Denied) return null;
        // "... after a merchant was kidnapped. Government troops clashed with Druze gunmen": a fight is no more of an act
        // against civilians.
        if (host.Frame.Codes.AcledEventType == "Violence against civilians" && !host.Frame.NamesNoTactic && draft.Frame.Codes.AcledEventType == "Battles") return null;
        return draft.Actor1 is null || host.Actor1 is null || IsParty(host, draft.Actor1) ? host : null;
    }

    /// <summary>"claimed responsibility for", "claimed by": the sentence owns an act.</summary>
    private bool ClaimsResponsibility(IReadOnlyList<Token> tokens, Sentence s)
    {
        for (var k = s.FirstToken; k + 1 < s.EndToken; k++)
            // ("Islamic State later claimed the attacks": or an act already told.)
            if (kb.Cues.ClaimCues.Contains(tokens[k]) && (TriggerAnnotator.IsResponsibility(tokens, k + 1, s.EndToken)
                                                         || kb.Cues.Roles.AttackTold.LongestAt(tokens, k + 1, s.EndToken).Length > 0)) return true;
        return false;
    }

    /// <summary>The violence told so far that a claimant's words refer to: the lead's, else the last one, by the claimant
    /// or by no named author.</summary>
    private static EventDraft? ClaimedViolence(List<EventDraft> drafts, Actor claimant, bool boasts = false)
    {
        bool Claimable(EventDraft d) =>
            d.Frame.Violent && !d.Unrealized && (d.Actor1 is null || ActorCatalogue.IsUnnamedGroup(d.Actor1) || d.Actor1.SameAs(claimant));
        if (drafts.Count == 0) return null;
        // ("Suicide bomber hits paramilitary convoy ... A suicide bomber rammed a car into a bus ..., killing five. The BLA
        // claimed responsibility and said its fighters had killed 90 soldiers": the headline's act is the lead's, whose toll
        // the claim's boast must meet.)
        if (drafts.FirstOrDefault(d => d.Paragraph == drafts[0].Paragraph && Claimable(d)) is { } first)
            return boasts && first.Headline && drafts.FirstOrDefault(d => !d.Headline && Claimable(d) && d.Fatalities is not null) is { } counted ? counted : first;
        return drafts.LastOrDefault(Claimable);
    }

    /// <summary>The last event told so far that is (or is not) violence.</summary>
    private static EventDraft? LastOfArticle(List<EventDraft> drafts, bool violent) => drafts.LastOrDefault(d => d.Frame.Violent == violent);

    /// <summary>The event told in an earlier paragraph that <paramref name="draft"/> points back at: the last one of its
    /// kind of violence, or for "the protests" the last protest or riot; "the clashes" after a strike from afar are the last
    /// fight ("Heavy fighting broke out ... Air force jets struck RSF bases ... At least three civilians were killed in the
    /// clashes").</summary>
    private static EventDraft? LastOfArticle(List<EventDraft> drafts, EventDraft draft) =>
        draft.Frame.Crowd
            ? drafts.LastOrDefault(d => d.Frame.Crowd)
            : draft.Frame.Name == "clash" && LastOfArticle(drafts, violent: true) is { Frame.Codes.AcledSubEventType: "Air/drone strike" or "Shelling/artillery/missile attack" }
                && drafts.LastOrDefault(d => d.Frame.Name == "clash") is { } fight
                ? fight
                : LastOfArticle(drafts, draft.Frame.Violent);

    /// <summary>The last event told in a paragraph that is (or is not) violence.</summary>
    private static EventDraft? LastOfParagraph(List<EventDraft> drafts, int paragraph, bool violent)
    {
        for (var k = drafts.Count - 1; k >= 0; k--)
            if (drafts[k].Paragraph == paragraph && drafts[k].Frame.Violent == violent) return drafts[k];
        return null;
    }

    /// <summary>In a battle both sides are parties; in one-sided violence the target striking back is an event of its own.</summary>
    private static bool IsParty(EventDraft host, Actor a)
    {
        if (host.Actor1?.SameAs(a) == true) return true;
        foreach (var x in host.Associated)
            if (x.SameAs(a)) return true;
        return host.Frame.Codes.AcledEventType == "Battles" && host.Actor2?.SameAs(a) == true;
    }

    /// <summary>Folds a clause that tells more of an event into it: the higher-ranked tactic names it (ACLED 1.6); a toll
    /// told apart ("also 4 militants were killed") adds to it, a toll restated ("these strikes killed 10") replaces a lower one.</summary>
    /// <param name="datesTheAct">Whether the absorbed clause's own day is the act's (a claim's is the claim's).</param>
    private static void Absorb(EventDraft into, EventDraft from, bool sumTolls, bool datesTheAct = true)
    {
        // A generic word ("the attack") adds nothing to a killing or a strike already named; nor does "the assault" told
        // again make a battle of explosives hurled at civilians, who fight no one.
        if (from.Frame.Control == into.Frame.Control && !from.Frame.NamesNoTactic
            && !(from.Anaphoric && from.Frame.Codes.AcledEventType == "Battles" && into.Frame.Codes.AcledEventType == RemoteViolence
                 && into.Actor2 is { Kind: ActorKind.Civilians }))
            into.TakeFrameOf(from);
        into.Actor1 ??= from.Actor1;
        // ("armed men attacked a site ... The attack is attributed to members of the CODECO armed group": the group a retelling
        // names outranks the unnamed men.)
        if (from.Anaphoric && into.Actor1 is { } unnamed && ActorCatalogue.IsUnnamedGroup(unnamed) && from.Actor1 is { } named && !ActorCatalogue.IsUnnamedGroup(named)
            && ActorKinds.IsNonStateArmed(named.Kind))
            into.Actor1 = named;
        into.Actor2 ??= from.Actor2;
        // "... MINUSCA said on Friday. The patrol came under fire on Thursday": the detail's own day dates the act the
        // lead told only on the day it was said.
        // So with a protest ("22 people have been killed in protests ..., the UN said on Monday. The protests ... began on
        // Thursday").
        // (And "The attack happened Saturday night", naming no tactic, after a drone strike told on the day it was said.)
        if (datesTheAct && ((from.Frame.Violent && (from.Frame.Codes.AcledEventType == into.Frame.Codes.AcledEventType || from.Frame.NamesNoTactic))
                            || (from.Frame.Crowd && into.Frame.Crowd))
            && from.DateExplicit && !into.DateExplicit)
            (into.Date, into.DateExplicit) = (from.Date, true);
        into.VictimsArmed |= from.VictimsArmed;
        into.Sources.AddMissing(from.Sources);
        into.Evidence.AddMissing(from.Evidence);
        into.TakeToll(from, sumTolls);
    }

    private static void LendSources(List<EventDraft> drafts, Sentence s, List<string> sources, TextSpan evidence)
    {
        if (sources.Count == 0) return;
        foreach (var d in drafts.Where(d => d.SentenceIndex == s.Index - 1))
        {
            d.Sources.AddMissing(sources);
            d.Evidence.Add(evidence);
        }
    }

    private bool VictimsAreCivilians(Annotations ann, Sentence s)
    {
        foreach (var n in ann.Numbers)
            if (n.Range.First >= s.FirstToken && n.Range.End <= s.EndToken && n.Unit is { } u
                && kb.Actors.ForceNounsByWord.TryGetValue(u, out var noun) && noun.Kind == "civilians")
                return true;
        return false;
    }

    /// <summary>How many words after an act a phrase spreading it over the country ("across the country") may stand.</summary>
    private const int CountrywideReach = 4;

    /// <summary>Where an event with no place named happened, at country precision: a state acting at home (a statement,
    /// a deployment) in its own country, violence in the country the article is about. Never used for merging.</summary>
    private Place? CountryOf(Frame frame, Actor? actor1, string? articleCountry3)
    {
        // A state's statement is made at home; its forces deployed or patrolling are where the report is ("Australia sent
        // about 100 police ... they were patrolling the streets" of Honiara).
        var iso3 = !frame.Violent && frame.Name != "deploy" && actor1 is { Country3: { } own } && ActorKinds.IsState(actor1.Kind) ? own : articleCountry3;
        return iso3 is not null && kb.Gazetteer.CountryByCode(iso3) is { } country ? _places.CountryPlace(country) : null;
    }

    /// <summary>Whoever protests is a protester (ACLED names the crowd by its act): "traders", "workers", or nobody named.</summary>
    private Actor? Protesters(Actor? actor, EventDraft draft)
    {
        if (draft.Frame.Name != "protest" || actor is not (null or { Kind: ActorKind.Civilians })) return actor;
        var country = actor?.Country3 ?? CountryOf(draft.Location);
        return kb.Actors.Generic(ActorKind.Protesters, country, null, []);
    }

    /// <summary>"two groups of the community clashed", "clashes erupted between villagers and police": violence whose
    /// unnamed side is a crowd, named before the act and not as its victims, is done by rioters (ACLED: mob violence).</summary>
    private Actor? Crowd(Document doc, Sentence s, TriggerMention trigger, EventDraft draft, bool passive, ActorMention? author)
    {
        if (!(draft.Frame.Violent || draft.Frame.Name == "loot") || draft.Frame.Name == "kill") return null;
        // "families trapped by the fighting": the violence did something to the crowd, which did not do it.
        // ("Residents said they heard heavy gunfire": nor does a crowd that heard it.)
        if (ActOnTheCrowd(doc.Tokens, s, trigger.Range.First)
            || kb.Cues.HeardRightBefore(doc.Tokens, s.FirstToken, trigger.Range.First)) return null;
        // "local villagers assaulted three persons": civilians doing violence are rioters (ACLED names them so).
        // (Not one person: "The driver, a 24-year-old asylum seeker, rammed a car into a march" is one attacker, no mob: an
        // unidentified one, as ACLED codes a lone assailant.)
        // ("residents fired on Israeli troops advancing near the village": civilians who shoot bear arms, as an armed group
        // no one names.)
        if (draft.Actor1 is { Kind: ActorKind.Civilians } civilians)
            return author is not null && (OnePerson(doc.Tokens, author) || ShotRightAfter(doc, s, trigger, author))
                ? civilians.Country3 is { } country ? kb.Actors.UnidentifiedAuthor(country) : null
                : Rioters(civilians.Country3);
        // "Four protesters died from gunfire": a crowd that suffered the act did not do it.
        // "two vigilantes have been beaten up by a mob": a crowd after "by" did it.
        if (draft.Actor1 is null && CrowdAgentAfter(doc, s, trigger) is { } agent)
            return CrowdOf(kb.Cues.ProtesterNouns.Contains(doc.Tokens[agent]), draft.Location);
        // "clashes were reported in Thessaloniki, where protesters smashed shop windows": the crowd the clause after the
        // fight tells doing violence fought it.
        if (draft.Actor1 is null && draft.Actor2 is null && draft.Frame.Name == "clash" && CrowdViolenceAfter(doc, s, trigger) is { } violent)
            return CrowdOf(kb.Cues.ProtesterNouns.Contains(doc.Tokens[violent]), draft.Location);
        // ("small groups of the detained men were taken out and shot": a crowd before a passive suffered it.)
        if (draft.Actor1 is not null || draft.Actor2 is { Kind: ActorKind.Protesters } || passive || !CrowdBefore(doc, s, trigger.Range.First)) return null;
        // "hundreds of protesters attacked the embassies": a crowd of protesters makes a violent demonstration.
        return CrowdOf(kb.Cues.ProtesterNouns.AnyIn(doc.Tokens, s.FirstToken, trigger.Range.First), draft.Location);
    }

    /// <summary>A crowd noun after the trigger, in its sentence, right before a word of crowd violence ("where protesters
    /// smashed shop windows"): the noun's token.</summary>
    private int? CrowdViolenceAfter(Document doc, Sentence s, TriggerMention trigger)
    {
        var t = doc.Tokens;
        for (var k = trigger.Range.End; k + 1 < s.EndToken; k++)
            if (kb.Cues.CrowdNouns.Contains(t[k]) && kb.Cues.ProtestViolence.LongestAt(t, k + 1, s.EndToken).Length > 0) return k;
        return null;
    }

    /// <summary>A crowd doing violence: protesters (a violent demonstration) or rioters (mob violence).</summary>
    private Actor CrowdOf(bool protesters, Place? where) =>
        protesters ? kb.Actors.Generic(ActorKind.Protesters, CountryOf(where), null, []) : Rioters(CountryOf(where));

    /// <summary>"beaten up by a mob", "attacked by angry villagers": a crowd noun as the agent of a passive act.</summary>
    private int? CrowdAgentAfter(Document doc, Sentence s, TriggerMention trigger)
    {
        var t = doc.Tokens;
        var k = trigger.Range.End;
        if (k < s.EndToken && t[k].Lower is "up" or "down") k++;
        if (k >= s.EndToken || t[k].Lower != "by") return null;
        for (var j = k + 1; j < Math.Min(s.EndToken, k + 4); j++)
            if (kb.Cues.CrowdNouns.Contains(t[j])) return j;
        return null;
    }

    /// <summary>A crowd named before the act, and not as its victims ("villagers were killed", "protesters died") nor as
    /// who tells it ("humanitarian groups said").</summary>
    private bool CrowdBefore(Document doc, Sentence s, int trigger)
    {
        var t = doc.Tokens;
        // "the families would be able to return home and that the clashes were limited": a clause opened by "that" has a
        // subject of its own; a crowd before it did not do what it tells.
        var from = s.FirstToken;
        for (var k = trigger - 1; k > s.FirstToken; k--)
            if (t[k].Lower == "that" && t[k - 1].Lower is "and" or "said" or "says" or "say")
            {
                from = k;
                break;
            }
        for (var k = from; k < trigger; k++)
            if (kb.Cues.CrowdNouns.Contains(t[k]) && !(k > s.FirstToken && t[k - 1].Lower == "armed")
                && !(k + 1 < s.EndToken && t[k + 1].Lower is "were" or "was" or "died" or "die" or "dies")
                && !(k + 2 < s.EndToken && t[k + 1].Lower is "had" or "have" or "has" && t[k + 2].Lower == "been")
                // "put the toll at 77, most of them gendarmerie students": the dead counted, described.
                && !DescribesTheCounted(t, s, k)
                // "argued with the protesters and opened fire on them": the object of "with" did not do it; nor did the crowds a van
                // was driven "into", or fire opened "on".
                && !(k - 2 >= s.FirstToken && doc.WordBefore(k) is "with" or "into" or "on" or "at")
                // ("rammed a car into the back of a march": nor the crowd a part of which a car was driven into.)
                && !IntoAPartOf(t, s, k)
                // ("drawing a crowd around him before he detonated his vest": nor did a crowd a verb took for object.)
                && !ObjectOfAVerb(t, s, k)
                && !(k + 1 < s.EndToken && kb.Cues.SourcesAfter.LongestAt(t, k + 1, s.EndToken).Length > 0)) return true;
        return false;
    }

    /// <summary>Whether "into" stands before "the back of", "the middle of" a crowd noun at <paramref name="k"/>.</summary>
    private static bool IntoAPartOf(IReadOnlyList<Token> t, Sentence s, int k) =>
        k - 5 >= s.FirstToken && t[k - 1].Lower is "a" or "an" or "the" && t[k - 2].Lower == "of" && t[k - 4].Lower == "the" && t[k - 5].Lower == "into";

    /// <summary>Whether the noun at <paramref name="k"/> is a verb's object: an article right after a participle ("drawing a
    /// crowd", "dispersed the protesters").</summary>
    private static bool ObjectOfAVerb(IReadOnlyList<Token> t, Sentence s, int k) =>
        k - 2 >= s.FirstToken && t[k - 1].Lower is "a" or "an" or "the" && t[k - 2].Kind == TokenKind.Word && !t[k - 2].IsCapitalized
        && t[k - 2].Lower is not ("during" or "including" or "following") && (t[k - 2].Lower.EndsWith("ing", StringComparison.Ordinal) || t[k - 2].Lower.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>"trapped by the fighting", "fled to escape fighting between rival cartels": the act after "by" or a word of
    /// flight (and an article) is done to whoever stands before.</summary>
    private bool ActOnTheCrowd(IReadOnlyList<Token> t, Sentence s, int trigger)
    {
        var link = WordBeforeTheAct(t, s, trigger);
        // ("The victims ... showed signs of torture": marks the act left on them.)
        return link >= s.FirstToken && (t[link].Lower == "by" || kb.Cues.FlightWords.Contains(t[link])
                                        || (t[link].Lower == "of" && link - 1 >= s.FirstToken && t[link - 1].Lower is "signs" or "marks" or "traces"));
    }

    /// <summary>The word right before the act at <paramref name="trigger"/>, past its article ("by the fighting", "fleeing the
    /// violence").</summary>
    private static int WordBeforeTheAct(IReadOnlyList<Token> t, Sentence s, int trigger) =>
        trigger - 1 > s.FirstToken && t[trigger - 1].Lower == "the" ? trigger - 2 : trigger - 1;

    /// <summary>Whether a word stands within three words after "of them" or "of whom".</summary>
    private static bool DescribesTheCounted(IReadOnlyList<Token> t, Sentence s, int k)
    {
        for (var j = k - 1; j > s.FirstToken && j >= k - 3; j--)
            if (t[j].Lower is "them" or "whom" && t[j - 1].Lower == "of") return true;
        return false;
    }

    /// <summary>Civilians belong to the country where the event happened ("Civilians (Lebanon)" for a strike in Nabatieh).</summary>
    private Actor? LocalCivilians(Actor? actor, Place? place) =>
        actor?.Kind == ActorKind.Civilians && place is not null ? Civilians(place, null) : actor;

    /// <summary>An unidentified armed group the text gives no nationality belongs to the country where the event happened
    /// ("Filipino gunmen" keep their name).</summary>
    private Actor? LocalUnidentified(Actor? actor, Place? place)
    {
        if (actor?.Kind != ActorKind.Unidentified || place is null || CountryOf(place) is not { } scene || scene == actor.Country3) return actor;
        if (actor.Name != kb.Actors.Generic(ActorKind.Unidentified, actor.Country3, null, []).Name) return actor;
        return kb.Actors.Generic(ActorKind.Unidentified, scene, null, actor.Backers);
    }

    private Actor Civilians(Place? place, Actor? fallback) =>
        kb.Actors.Generic(ActorKind.Civilians, place is null ? fallback?.Country3 : CountryOf(place), null, []);
}
