using Frontline.Core.Model;
using Frontline.Core.Knowledge;
using Frontline.Core.Text;

namespace Frontline.Core.Events;

/// <summary>
/// One event per distinct action within an article: the same kind of event by the same (or an unnamed) actor,
/// at the same place or a place inside it, at overlapping times, told twice ("have moved into Syria" ...
/// "crossed into Lebanon at the Masnaa crossing"), becomes one event with every sentence as evidence.
/// </summary>
public static class EventMerger
{
    /// <param name="protestIntervention">The frame of a protest the police intervened in (arrests at a peaceful protest
    /// make it one).</param>
    public static List<EventDraft> Merge(List<EventDraft> drafts, Frame protestIntervention)
    {
        var merged = new List<EventDraft>();
        // Each draft absorbed so far, as it was told, with the event it went into.
        var absorbed = new List<(EventDraft Told, EventDraft Into)>();
        var leadParagraph = drafts.Count == 0 ? -1 : drafts.Min(d => d.Paragraph);
        // The lead's detail runs two paragraphs past the report's first paragraph, its headline aside.
        var firstBody = drafts.Where(d => !d.Headline).Select(d => d.Paragraph).DefaultIfEmpty(leadParagraph).Min();
        var leadSpan = new LeadSpan(leadParagraph, firstBody, firstBody + DetailParagraphs);
        foreach (var d in drafts)
        {
            // "Another strike on the city centre": an act the text sets apart stays apart.
            if (d.Another) merged.Add(d);
            else if (SameActionTold(merged, d) is { } same)
            {
                // (A headline's crowd told again in the lead takes the lead's riot, as an elaborated lead does.)
                // (Not lethal force a crowd met: "fired on protesters ... three people were killed".)
                if (HeadlineOfTheCrowd(same, d) && d.Frame.Codes.AcledSubEventType != "Excessive force against protesters") RiotOfTheHeadline(same, d);
                Absorb(same, d);
                absorbed.Add((d, same));
                // ("At least 11 people were killed as police fired at protesters" after a headline's protest: the deaths told
                // before the act of their sentence join the event the act went into.)
                if (merged.FirstOrDefault(m => m != same && m.SentenceIndex == d.SentenceIndex && !m.Another && DeathsToldWithACrowdsAct(m, d)
                                               && SameAction(m, d)) is { } sibling)
                {
                    Absorb(same, sibling);
                    merged.Remove(sibling);
                    for (var k = 0; k < absorbed.Count; k++)
                        if (absorbed[k].Into == sibling) absorbed[k] = (absorbed[k].Told, same);
                }
            }
            // "Protesters set up barricades, torched police stations and looted shops in Maputo", told after a lead the
            // barricades joined: the acts of one sentence that are one action go where the first of them went.
            // (An author only the later act names is no author of the first: it may be the victims, misread.)
            // (So does the scene of an act that went into a headline's: "fired by Ukraine's air defences during a barrage
            // of Russian strikes".)
            // (The attackers' own dead add to the toll there too: "stormed the position ... Four attackers were also killed
            // in the fighting".)
            else if (absorbed.FirstOrDefault(a => a.Told.SentenceIndex == d.SentenceIndex
                                                  && (((d.Actor1 is null || a.Told.Actor1 is not null) && SameAction(a.Told, d)) || SceneOf(d, a.Told)))
                     is { Into: { } sibling }) Absorb(sibling, d, sumToll: AttackersOwnDead(sibling, d));
            // The lead's word for the act names it ("shelled a camp ... drones and artillery struck the camp": shelling),
            // unless it names no tactic ("an attack"), or only its kind where the detail names the tactic ("two blasts ...
            // two members detonated explosive belts").
            else if (merged.FirstOrDefault(m => ElaborationOfLead(m, d, leadSpan)) is { } lead)
            {
                // The state's side told in the detail is the lead's other side.
                if (lead.Actor2 is null && StateSideOfTheLead(lead, d)) lead.Actor2 = d.Actor1;
                Absorb(lead, d, keepFrame: !lead.Frame.NamesNoTactic
                                           && !(lead.GenericTrigger && lead.Frame.Codes.AcledEventType == d.Frame.Codes.AcledEventType),
                       sumToll: AttackersOwnDead(lead, d));
                RiotOfTheHeadline(lead, d);
                absorbed.Add((d, lead));
            }
            else
            {
                // "Suicide bombers rammed vehicles into a cantonment in northwestern Pakistan ... Gunmen then tried to storm
                // the compound in Bannu": another act of the lead's scene, told with its place, places the lead too.
                // (Only the report's first telling is placed so: "... kill at least nine. In Oume, two people died" is a part.)
                if (merged.FirstOrDefault(m => m.Paragraph == leadSpan.Paragraph && SceneOfLead(m, d, leadSpan)) is { Location: { } vague } scene
                    && d.Location!.Precision < vague.Precision)
                    scene.Location = d.Location;
                merged.Add(d);
            }
        }
        return FoldIntoTheirEvent(FoldWithdrawalsIntoCaptures(merged), protestIntervention, leadSpan);
    }

    /// <summary>The event told before that <paramref name="d"/> tells again: the first, unless another was told at the very
    /// place it names ("Two were killed at the power station and three in Qamishli ... The Turkish defence ministry said it had
    /// struck targets in Qamishli": the town's part, not the lead told at the country).</summary>
    private static EventDraft? SameActionTold(List<EventDraft> merged, EventDraft d)
    {
        EventDraft? first = null;
        foreach (var m in merged)
        {
            if (!SameAction(m, d) && !SceneOf(d, m) && !SceneOf(m, d)) continue;
            first ??= m;
            if (!d.LocationExplicit || d.Location is not { } there) return first;
            if (m.Location?.Id == there.Id) return m;
        }
        return first;
    }

    /// <summary>How many paragraphs after its first a report goes on telling its lead's event in detail.</summary>
    private const int DetailParagraphs = 2;

    /// <summary>The paragraph of the report's first event (its headline's, if it has one), the body's first paragraph, and
    /// the last paragraph that may still tell that event in detail.</summary>
    private readonly record struct LeadSpan(int Paragraph, int FirstBody, int LastDetail);

    /// <summary>
    /// The fight a deployment is part of. "A police operation ... has killed 119. Some 2,500 officers moved into the complexes
    /// before dawn on Tuesday": the lead's side moving in at its place opens the lead's fight, and dates it. "Four attackers
    /// were also killed in the fighting, ... the forces later regained control of the position with support from
    /// reinforcements sent from Lawdar": reinforcements sent by no one or by a side of a fight, told in a sentence of that
    /// fight told before, joined it, as do unnamed reinforcements told in the lead's detail ("the army was deployed in the
    /// capital", which names who was deployed, is a deployment of its own; so are "Houthi reinforcements arrived on the
    /// frontlines as battles continue", told with the fight they feed).
    /// </summary>
    private static EventDraft? FightTheDeploymentJoined(List<EventDraft> drafts, EventDraft d, LeadSpan leadSpan) =>
        (d.Actor1 is { } mover ? drafts.FirstOrDefault(c => c != d && InLeadsCourse(c, d, leadSpan) && c.Actor1?.SameAs(mover) == true) : null)
        ?? (d.Actor2 is null
            ? drafts.FirstOrDefault(c => c != d && !c.Unrealized && c.Frame.Violent && c.SentenceIndex < d.SentenceIndex && c.Evidence.Any(d.Evidence.Contains)
                                         && (d.Actor1 is null || c.Actor1?.SameAs(d.Actor1) == true || c.Actor2?.SameAs(d.Actor1) == true))
              // ("Reinforcements sent from Tchintabaraden carried out search operations in the area after the attack", a paragraph
              // after the lead's fight: so do unnamed reinforcements told in the lead's detail.)
              ?? (d.Actor1 is null ? drafts.FirstOrDefault(c => c != d && c.Frame.Violent && InLeadsCourse(c, d, leadSpan)) : null)
            : null);

    /// <summary>Whether a draft may be the course of another act: not when told only as that act's scene ("detained before
    /// the rally"), unless it is a crowd's, told as the act's time ("detained 54 people during a protest"; "during the
    /// raid, ten men were arrested" is a search and arrests, not a fight).</summary>
    private static bool MayBeACourse(EventDraft c) => !c.Backdrop || (c.During && c.Frame.Crowd);

    /// <summary>Whether <paramref name="d"/> may have happened in the course of <paramref name="course"/>: told in its
    /// sentence, or in its paragraph at the same place, at overlapping times (a course only planned or feared has none).</summary>
    private static bool InCourseOf(EventDraft course, EventDraft d) =>
        !course.Unrealized
        && course.Paragraph == d.Paragraph
        && (course.SentenceIndex == d.SentenceIndex || !course.LocationExplicit || !d.LocationExplicit || SamePlace(course.Location!, d.Location!))
        && (!course.DateExplicit || !d.DateExplicit || course.Date.Overlaps(d.Date));

    /// <summary>Whether <paramref name="d"/>, told in one of the two paragraphs after the lead, may have happened in the course
    /// of the lead's violence or crowd <paramref name="lead"/>: at its place (or in the country or province holding it), at
    /// overlapping times.</summary>
    private static bool InLeadsCourse(EventDraft lead, EventDraft d, LeadSpan span) =>
        (lead.Frame.Violent || ByACrowd(lead)) && !lead.Unrealized && lead.Paragraph == span.Paragraph && d.Paragraph > span.Paragraph && d.Paragraph <= span.LastDetail
        && lead.Location is not null && d.Location is not null && SamePlace(lead.Location, d.Location)
        && (!lead.DateExplicit || !d.DateExplicit || lead.Date.Overlaps(d.Date));

    /// <summary>
    /// "NDS forces attacked the centre, killing 5 militants and arresting 8", "police arrested 180 people as the
    /// opposition staged sit-ins": arrests made in the course of a fight or a protest told in the same paragraph, and
    /// property destroyed in the course of a fight or a strike, are part of that event (ACLED codes one event: a
    /// peaceful protest with arrests is a protest with intervention), not an event of their own.
    /// </summary>
    private static List<EventDraft> FoldIntoTheirEvent(List<EventDraft> drafts, Frame protestIntervention, LeadSpan leadSpan)
    {
        var kept = new List<EventDraft>(drafts.Count);
        foreach (var d in drafts)
        {
            var course = d.Frame.Codes.AcledSubEventType switch
            {
                // A protest only told as the arrests' time ("detained before the rally") is not their course (MayBeACourse).
                // "Security forces killed or arrested most of the attackers", told after the lead: the attackers held are
                // the lead's, taken in its course.
                "Arrests" => drafts.FirstOrDefault(c => c != d && MayBeACourse(c) && InCourseOf(c, d) && (c.Frame.Violent || c.Frame.Crowd || c.Frame.Takeover))
                             ?? drafts.FirstOrDefault(c => c != d && InLeadsCourse(c, d, leadSpan) && d.Actor2 is { } held && c.Actor1 is { } attackers
                                                           && (held.SameAs(attackers) || (ActorCatalogue.IsUnnamedGroup(held) && !ActorKinds.IsState(attackers.Kind))))
                             // "Police said 67 people were detained" after a lead's riot: people held at the riot's place are its crowd.
                             ?? drafts.FirstOrDefault(c => c != d && ByACrowd(c) && InLeadsCourse(c, d, leadSpan)
                                                           && d.Actor2 is null or { Kind: ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters }),
                // "attacked LNA positions with artillery and destroyed four vehicles": destruction in a fight is the fight; so
                // is "a presidential plane was set on fire" at the airport the lead's gunmen stormed.
                // So is a dormitory the lead's attackers set on fire ("The attackers ... set fire to a dormitory").
                // (So is what attackers set on fire in their attack on someone, in its sentence: "gunmen attacked several police
                // stations and set one on fire"; "shot and destroyed vehicles", attacking no one, stays destruction.)
                "Looting/property destruction" => drafts.FirstOrDefault(c => c != d && !c.Backdrop && InCourseOf(c, d)
                                                                              && (c.Frame.Codes.AcledEventType is "Battles" or EventAssembler.RemoteViolence
                                                                                  || (c.Frame.Codes.AcledEventType == "Violence against civilians"
                                                                                      && c.SentenceIndex == d.SentenceIndex && c.Actor1 is { } attackers
                                                                                      && c.Actor2 is not null && d.Actor1?.SameAs(attackers) == true)))
                                                  // ("... where stalls and cars were burned", at the market a lead's strike hit.)
                                                  ?? drafts.FirstOrDefault(c => c != d && c.Frame.Codes.AcledEventType is "Battles" or "Violence against civilians" or EventAssembler.RemoteViolence
                                                                                && InLeadsCourse(c, d, leadSpan)
                                                                                && (d.Actor1 is null || ActorCatalogue.IsUnnamedGroup(d.Actor1) || (c.Actor1 is not null && SameSide(c.Actor1, d.Actor1))))
                                                  // "Some of them hurled stones and set the building on fire, then looted a cultural
                                                  // centre nearby": what a crowd's riot destroys in its sentence, at no place of its
                                                  // own (or at the riot's: "Bus set on fire as rioting spreads in Belfast"), is the riot.
                                                  ?? drafts.FirstOrDefault(c => c != d && c.Evidence.Any(d.Evidence.Contains) && c.Frame.Crowd
                                                                                && (!d.LocationExplicit || (d.Location is { } at && at.Id == c.Location?.Id))
                                                                                && (d.Actor1 is null || (ByACrowd(c) && SameSide(c.Actor1!, d.Actor1)))),
                // "Fighting lasted several hours before the attackers withdrew": a side leaving the fight its sentence tells
                // ends that fight; it is no change in the group's activity.
                // "briefly seized the town before withdrawing": so is the captor leaving what its sentence says it took.
                // "The militants ... withdrew towards Nigeria" after their attack: attackers leaving, told without a town of
                // their own, end the attack told before.
                "Change to group/activity" or "Non-violent transfer of territory" when d.Frame.Control == ControlEffect.Lose =>
                    drafts.FirstOrDefault(c => c != d && !c.Unrealized && c.Frame.Codes.AcledEventType == "Battles" && c.Evidence.Any(d.Evidence.Contains)
                                               && (d.Frame.Codes.AcledSubEventType == "Change to group/activity" || (c.Actor1 is not null && d.Actor1?.SameAs(c.Actor1) == true)))
                    ?? ((d.LocationExplicit && d.Location?.Precision != PlacePrecision.Country) || d.Actor1 is null ? null
                        : drafts.LastOrDefault(c => c != d && !c.Unrealized && c.Frame.Violent && c.SentenceIndex < d.SentenceIndex
                                                    && c.Actor1?.SameAs(d.Actor1) == true)),
                // "JNIM claimed the attack and said it had seized weapons and armoured vehicles": an armed group taking
                // weapons in its own attack loots it; disrupted weapons use is weapons taken from those who would use them.
                "Disrupted weapons use" when d.Actor1 is { } taker && ActorKinds.IsNonStateArmed(taker.Kind) =>
                    drafts.FirstOrDefault(c => c != d && !c.Unrealized && c.Frame.Violent && c.Actor1?.SameAs(taker) == true),
                // "Myanmar's military said it had regained control of the town ... troops had "cleared" the town and seized weapons
                // left behind by the rebels": weapons a force takes in the town it took are part of the takeover.
                "Disrupted weapons use" when d.Actor1 is { } seizer && ActorKinds.IsStateForce(seizer.Kind) =>
                    drafts.FirstOrDefault(c => c != d && !c.Unrealized && c.Frame.Control == ControlEffect.Gain && c.Actor1?.SameAs(seizer) == true
                                               && (InCourseOf(c, d) || (d.Paragraph <= leadSpan.LastDetail && c.Location is { } taken
                                                                          && d.Location is { } found && SamePlace(taken, found)))),
                "Change to group/activity" when d.Frame.Name == "deploy" => FightTheDeploymentJoined(drafts, d, leadSpan),
                // "Police later raided a house in the Schaerbeek district, where they found explosives": a raid of a state force
                // that meets no one, told with the weapons it found, is that search.
                "Armed clash" when d is { Actor2: null, Actor1: { } raider } && ActorKinds.IsStateForce(raider.Kind) =>
                    drafts.FirstOrDefault(c => c != d && c.SentenceIndex == d.SentenceIndex && c.Frame.Codes.AcledSubEventType == "Disrupted weapons use"
                                               && c.Actor1?.SameAs(raider) == true),
                // "Several thousand protesters marched to the government building ... Some tried to break through a police cordon
                // and were pushed back": a fight no one is named in, told after a crowd's act in its paragraph or the next, is that
                // crowd's (ACLED's battles are fought by organised armed sides); so is gunfire heard in the course of a lead's
                // seizure of power.
                "Armed clash" when d is { Actor1: null, Actor2: null } =>
                    drafts.LastOrDefault(c => c != d && MayBeACourse(c) && c.SentenceIndex < d.SentenceIndex
                                              && ((c.Frame.Crowd && d.Paragraph - c.Paragraph is 0 or 1) || (c.Frame.Takeover && d.Paragraph - c.Paragraph <= DetailParagraphs))
                                              && (!d.LocationExplicit || (c.Location is not null && SamePlace(c.Location, d.Location!)))),
                // "A farmer was killed ... when police fired tear gas and rubber bullets at farmers trying to march": a death of
                // no author told in the sentence of lethal force on a protest is that force's toll.
                // So is one told in the next paragraph at its place and day ("Soldiers fired live rounds ... to disperse hundreds
                // of residents ... A 15-year-old boy was shot in both legs ... and later died").
                "Attack" when d.Actor1 is null =>
                    drafts.FirstOrDefault(c => c != d && c.Frame.Codes.AcledSubEventType == "Excessive force against protesters"
                                               && (c.Evidence.Any(d.Evidence.Contains)
                                                   || (d.Paragraph - c.Paragraph == 1 && c.Location is { } scene && d.Location is { } there
                                                       && SamePlace(scene, there) && c.Date.Overlaps(d.Date)))),
                _ => null,
            };
            if (course is null)
            {
                kept.Add(d);
                continue;
            }
            course.Evidence.AddMissing(d.Evidence);
            if (d.Frame.Name == "deploy" && d.DateExplicit && !course.DateExplicit) (course.Date, course.DateExplicit) = (d.Date, true);
            course.Sources.AddMissing(d.Sources);
            if (d.Frame.Codes.AcledSubEventType == "Attack") course.TakeToll(d, sum: false);
            // Police arresting protesters in the protest's own sentence or the next ("... protested on Saturday. Police
            // arrested 15 people.") intervened in it; arrests the protesters protest against ("against the arrest of an
            // editor") or told later did not.
            if (course.Frame.Codes.AcledSubEventType == "Peaceful protest" && d.SentenceIndex - course.SentenceIndex is 0 or 1
                && d.Actor1 is { } arresting && ActorKinds.IsState(arresting.Kind))
            {
                course.Frame = protestIntervention;
                course.Actor2 ??= d.Actor1;
            }
        }
        return kept;
    }

    /// <summary>"Clashes took place near Saraqib amid artillery fire": violence told as the scene of other violence in
    /// its own sentence is part of it (concurrent tactics are one event, ACLED 1.6; the higher-ranked frame names it).</summary>
    private static bool SceneOf(EventDraft scene, EventDraft fight) =>
        scene.Backdrop && !fight.Backdrop && scene.SentenceIndex == fight.SentenceIndex && scene.Frame.Violent && fight.Frame.Violent
        // "air strikes ... hours after an attack near Ankara killed five": an act told hours or days away is another.
        && !scene.ApartInTime;

    /// <summary>
    /// "Ukrainian forces withdrew from X, which Russian forces took": a withdrawal from a place that another actor
    /// takes at the same time is that capture, told from the loser's side (ACLED codes the capture, with the side
    /// that withdrew as actor 2), not a second event.
    /// </summary>
    private static List<EventDraft> FoldWithdrawalsIntoCaptures(List<EventDraft> drafts)
    {
        var folded = new List<EventDraft>(drafts.Count);
        foreach (var d in drafts)
        {
            // (A withdrawal told with no place of its own is where its paragraph put it: "The RSF said its forces had withdrawn";
            // one told in the capture's own sentence is where the capture is, though the text names no place the gazetteer
            // holds: "captured the town of Adan Yabaal after government troops withdrew".)
            var capture = d.Frame.Control != ControlEffect.Lose || d.Location is null ? null : drafts.FirstOrDefault(c =>
                c.Frame.Control == ControlEffect.Gain && (c.LocationExplicit || c.SentenceIndex == d.SentenceIndex) && SamePlace(c.Location!, d.Location!)
                && (!c.DateExplicit || !d.DateExplicit || c.Date.Overlaps(d.Date))
                && (c.Actor1 is null || d.Actor1 is null || !c.Actor1.SameAs(d.Actor1)));
            if (capture is null)
            {
                if (AttackersLeaving(drafts, d) is { } attack) attack.Evidence.AddMissing(d.Evidence);
                else folded.Add(d);
                continue;
            }
            capture.Actor2 ??= d.Actor1;
            capture.Sources.AddMissing(d.Sources);
            capture.Evidence.AddMissing(d.Evidence);
            // (A withdrawal placed only by what came before names no place of the capture: "took control of the town of
            // Kamanyola ... after Congolese troops pulled back", in a paragraph after one about Kisangani.)
            if (capture.Location!.Precision > d.Location!.Precision && d.LocationExplicit) capture.Location = d.Location;
        }
        return folded;
    }

    /// <summary>"RSF fighters ... opened fire on residents ... Several houses were set on fire before the attackers withdrew
    /// towards the west": the attack a non-state group's withdrawal from its scene ended, told before it in its paragraph or
    /// the one before (troops withdrawing from a place they were attacked at give it up; an attack placed only in its country
    /// has no scene to leave).</summary>
    private static EventDraft? AttackersLeaving(List<EventDraft> drafts, EventDraft d) =>
        d.Frame.Control != ControlEffect.Lose || d.Location is null || d.Actor1 is not { } leaving || !ActorKinds.IsNonStateArmed(leaving.Kind)
            ? null
            : drafts.LastOrDefault(c => c != d && c.Frame.Violent && !c.Unrealized && c.SentenceIndex <= d.SentenceIndex
                                        && d.Paragraph - c.Paragraph is 0 or 1 && c.Location is { Precision: not PlacePrecision.Country } scene
                                        && SamePlace(scene, d.Location)
                                        && c.Actor1 is { } attackers && ActorKinds.IsNonStateArmed(attackers.Kind)
                                        && (attackers.SameAs(leaving) || ActorCatalogue.IsUnnamedGroup(leaving)));

    private static bool SameAction(EventDraft a, EventDraft b)
    {
        // ("Elsewhere in southern Lebanon, Israeli air strikes killed at least 10 people": another act than the lead's.)
        if ((a.ToldAsElsewhere || b.ToldAsElsewhere) && a.SentenceIndex != b.SentenceIndex) return false;
        // Concurrent tactics at one place are one event (ACLED 1.6): an airstrike during a ground battle is the battle.
        // Concurrent means told together: an air strike on a town and the fighting in it told paragraphs later are two.
        var bothViolent = Violent(a) && Violent(b) && a.Paragraph == b.Paragraph;
        // "police shot dead five people when protesters stormed parliament": one crowd's protest and violence told in one
        // sentence are one event.
        // ("Three people died when a supermarket set on fire by looters burned": deaths with no author told with a crowd's
        // act are its toll.)
        var headlineOfTheCrowd = HeadlineOfTheCrowd(a, b) || HeadlineOfTheCrowd(b, a);
        var oneCrowd = a.SentenceIndex == b.SentenceIndex
                       && ((!a.Backdrop && !b.Backdrop && CrowdOrViolence(a) && CrowdOrViolence(b)
                            && ((a.Actor1 is { } crowd && ActorKinds.IsCrowd(crowd.Kind) && b.Actor1 is { } other && SameSide(crowd, other))
                                || DeathsToldWithACrowdsAct(a, b) || DeathsToldWithACrowdsAct(b, a)))
                           || GatheredBefore(a, b) || GatheredBefore(b, a))
                       || headlineOfTheCrowd;
        if (a.Frame.Codes.AcledEventType != b.Frame.Codes.AcledEventType && !bothViolent && !oneCrowd) return false;
        // "Strategic developments" gathers unlike acts: arrests in a city and displacement across the country are two.
        if (!oneCrowd && !a.Frame.Violent && a.Frame.Codes.AcledEventType == "Strategic developments" && a.Frame.Name != b.Frame.Name) return false;
        if (a.Frame.Codes.AcledEventType is null && a.Frame.Codes.PloverType != b.Frame.Codes.PloverType) return false;
        // ("Thousands took to the streets of Kano, Abuja, Lagos and other cities ... In Kano, rioters looted shops": a
        // country's crowd told in a list of its towns, then at one of them, called protesters once and rioters after.)
        var oneCountrysCrowd = ByACrowd(a) && ByACrowd(b) && SameSide(a.Actor1!, b.Actor1!)
                               && (a.Widespread || b.Widespread)
                               && a.Location is { Precision: PlacePrecision.Place } && b.Location is { Precision: PlacePrecision.Place }
                               && (a.Fatalities is null || b.Fatalities is null || a.Fatalities == b.Fatalities);
        if (a.Actor1 is not null && b.Actor1 is not null && !(oneCrowd || oneCountrysCrowd || a.Actor1.SameAs(b.Actor1) || (bothViolent && a.SentenceIndex == b.SentenceIndex && FightToldFromBothSides(a, b))
                                                              || HeadlinesUnnamedAttackers(a, b) || HeadlinesUnnamedAttackers(b, a)))
            return false;
        // "M23 rebels fought their way into Goma on Monday ... the M23 said it had taken control of the city", dated by an
        // offensive "that began on Sunday night": a side's fight in a town and its taking the town, a day apart, are one
        // takeover.
        if (a.DateExplicit && b.DateExplicit && !a.Date.Overlaps(b.Date) && !(FightForTheTown(a, b) && a.Date.Adjoins(b.Date))) return false;

        // "One drone hit the Khurmala field in Erbil province" on the lead's day, and "On Monday, a drone crashed near Erbil
        // airport" paragraphs later: a sentence that opens on a day of its own, other than the day the act before was told
        // on, tells another act.
        if (a.Paragraph != b.Paragraph && (a.OpensOnItsDay || b.OpensOnItsDay) && a.Date.Precision == DatePrecision.Day
            && b.Date.Precision == DatePrecision.Day && !a.Date.Overlaps(b.Date)) return false;
        // "The governor was abducted and killed ... RSF fighters have attacked districts for weeks": a campaign is not one act of it.
        if (a.Ongoing != b.Ongoing) return false;
        // "Residents protested in Tegucigalpa. The demonstrators blocked a road": the same act told again in its
        // paragraph, without a place of its own, is the act already told; so is the same act told twice in one sentence
        // that names no place for either.
        // (So is a headline's act told again in the body: "Fiji military seizes power in bloodless coup".)
        // ("At least 11 people were killed on Monday as police fired live rounds and tear gas at protesters": and a crowd's
        // act told with its deaths.)
        // (So is an act with no place of its own that a summary's bullet told with the same toll: "- At least 51 civilians
        // killed in an attack on a site" over "On the night of 10 to 11 February, armed men attacked ... at least 51 civilians".)
        if (!a.LocationExplicit || !b.LocationExplicit)
            return (a.Frame.Name == b.Frame.Name || headlineOfTheCrowd
                    || (a.SentenceIndex == b.SentenceIndex && (DeathsToldWithACrowdsAct(a, b) || DeathsToldWithACrowdsAct(b, a))))
                   && (a.Headline != b.Headline || (a.LocationExplicit || b.LocationExplicit ? a.Paragraph == b.Paragraph : a.SentenceIndex == b.SentenceIndex)
                       || (a.Frame.Name == b.Frame.Name && a.Fatalities is > 0 && a.Fatalities == b.Fatalities));
        // Different tactics are one event only at one place; a whole country is too coarse to tell.
        // ("fired 122 missiles at cities across Ukraine, killing 39. In Kyiv, a strike killed 16, and a hospital in Dnipro
        // was hit": a country's toll and a town's act of another toll or none, told in one paragraph, are the whole and a
        // part of it, not one act.)
        var countryWide = a.Location!.Precision == PlacePrecision.Country ? a : b.Location!.Precision == PlacePrecision.Country ? b : null;
        var part = countryWide == a ? b : a;
        // ("Amnesty said 13 protesters were killed across Nigeria": a toll over the whole country is not one town's protest
        // told before.)
        if (countryWide is not null && (a.Frame.Codes.AcledEventType != b.Frame.Codes.AcledEventType
                                        || (countryWide.Fatalities is { } whole && countryWide.TollParagraph == part.Paragraph && part.Fatalities != whole)
                                        || (countryWide.Widespread && part.Location!.Precision == PlacePrecision.Place && part.SentenceIndex != countryWide.SentenceIndex)))
            return false;
        // ("killed more than 200 people in the coastal provinces of Latakia and Tartus ... ambushed a patrol near Jableh,
        // killing 13": a province's toll and another toll at a town in it are the whole and a part.)
        var province = a.Location.Precision == PlacePrecision.Admin1 ? a : b.Location!.Precision == PlacePrecision.Admin1 ? b : null;
        var town = province == a ? b : a;
        // (Nor is a province too coarse to tell different tactics apart: "regained control of Jableh after heavy fighting".)
        if (province is not null && town.Location!.Precision < PlacePrecision.Admin1
            && ((a.Frame.Codes.AcledSubEventType != b.Frame.Codes.AcledSubEventType && !a.Frame.NamesNoTactic && !b.Frame.NamesNoTactic)
                || (province.Fatalities is { } total && town.Fatalities is { } some && some != total)))
            return false;
        if (SceneOfItsOwn(a, b) || SceneOfItsOwn(b, a)) return false;
        return SamePlace(a.Location!, b.Location!);
    }

    /// <summary>"a drone struck a car in Shebekino ... In the village of Novaya Tavolzhanka, a woman was wounded", 7 km off: a
    /// town opened as the scene of its sentence, other than the town told before, is another act's.</summary>
    private static bool SceneOfItsOwn(EventDraft told, EventDraft d) =>
        d.OpensAtItsPlace && told.Location is { Precision: PlacePrecision.Place } before && d.Location is { Precision: PlacePrecision.Place } own
        && own.Id != before.Id;

    /// <summary>Whether one draft takes a place and the other is a fight of the same side (the places are compared after).</summary>
    private static bool FightForTheTown(EventDraft a, EventDraft b) =>
        (a.Frame.Control == ControlEffect.Gain) != (b.Frame.Control == ControlEffect.Gain)
        && (a.Frame.Control == ControlEffect.Gain ? b : a).Frame.Codes.AcledSubEventType == "Armed clash"
        && a.Actor1 is { } side && b.Actor1?.SameAs(side) == true;

    /// <summary>
    /// A report's lead tells its main event in broad strokes ("fighters killed 50 soldiers in an attack on a military
    /// base in northern Burkina Faso on Saturday"), and the next paragraphs tell it again in detail ("Hundreds of gunmen
    /// stormed the base in Djibo") or from a side ("The Israeli military said it had carried out a precise strike"): the
    /// same violence told in the lead's scene is the lead's event.
    /// </summary>
    private static bool ElaborationOfLead(EventDraft lead, EventDraft d, LeadSpan span) => SceneOfLead(lead, d, span) && SameViolence(lead, d);

    /// <summary>Whether the detail counts the dead of the lead's own attackers: told by the same side, by none or as killed
    /// by the side they attacked ("Security forces stormed the castle and killed four gunmen"), its fallen an unnamed armed
    /// group ("Four attackers were killed") where the lead counted others.</summary>
    private static bool AttackersOwnDead(EventDraft lead, EventDraft d) =>
        lead.Actor1 is { } attackers && (d.Actor1 is null || SameSide(attackers, d.Actor1) || (lead.Actor2 is { } attacked && ActorKinds.SameForce(attacked, d.Actor1)))
        && d.Actor2 is { } fallen
        && ActorCatalogue.IsUnnamedGroup(fallen) && !ActorKinds.IsState(fallen.Kind) && lead.Actor2 is { } victims && !victims.SameAs(fallen);

    /// <summary>"an attack" or "killed" names no tactic: the detail's words tell which violence it was. A crowd's protest and
    /// its riot, or the force used on it, are one event told from different sides. (A takeover and the killing of civilians
    /// after it are two: "The RSF took control of El Fasher ... killed dozens of civilians as they fled".)</summary>
    private static bool SameViolence(EventDraft lead, EventDraft d) =>
        (lead.Frame.Violent && d.Frame.Violent
         && (lead.Frame.Codes.AcledEventType == d.Frame.Codes.AcledEventType || lead.Frame.NamesNoTactic || d.Frame.NamesNoTactic
             || WeaponOfTheFight(lead, d))
         && !TakeoverAndItsCivilians(lead, d) && !TakeoverAndItsCivilians(d, lead))
        || (IsCrowdEvent(lead) && IsCrowdEvent(d))
        || (d.Frame.Violent && ForceTheCrowdMet(lead, d));

    /// <summary>"Soldiers opened fire on opposition supporters protesting ... Witnesses said soldiers fired live rounds and beat
    /// people": the detail's author is the state force the lead's crowd met.</summary>
    private static bool ForceTheCrowdMet(EventDraft lead, EventDraft d) =>
        IsCrowdEvent(lead) && lead.Actor2 is { } force && d.Actor1 is { } forceAgain && ActorKinds.IsState(force.Kind) && ActorKinds.SameForce(force, forceAgain)
        // (On people, taking no ground: troops advancing on a protest camp fight a battle of their own.)
        && d.Frame.Control == ControlEffect.None && d.Actor2 is { Kind: ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters };

    private static bool TakeoverAndItsCivilians(EventDraft a, EventDraft b) =>
        a.Frame.Control != ControlEffect.None && b.Frame.Control == ControlEffect.None && b.Actor2 is { Kind: ActorKind.Civilians };

    /// <summary>"hundreds of people attacked migrant-owned shops after an anti-migrant rally": a gathering told only as what
    /// a crowd's violence came after, on no day of its own, is the demonstration that turned violent (ACLED codes one
    /// event), not a protest of its own.</summary>
    private static bool GatheredBefore(EventDraft gathering, EventDraft violence) =>
        gathering.Backdrop && !violence.Backdrop && gathering.Frame.Crowd && !gathering.Frame.Violent && !gathering.DateExplicit
        && !gathering.ApartInTime && (violence.Frame.Violent || IsDestruction(violence))
        && (violence.Actor1 is null || ActorKinds.IsCrowd(violence.Actor1.Kind));

    /// <summary>A headline's protest that the report tells as a riot ("Police fire tear gas as thousands protest" over "youths
    /// hurled stones at police") was a violent demonstration, its crowd the rioters.</summary>
    private static void RiotOfTheHeadline(EventDraft lead, EventDraft d)
    {
        if (lead.Headline && IsCrowdEvent(lead) && d.Actor1 is { Kind: ActorKind.Rioters } rioters
            && (d.Frame.Crowd || d.Frame.Codes.AcledEventType == "Riots"))
            (lead.Frame, lead.Actor1) = (d.Frame, rioters);
    }

    /// <summary>"Georgian police repel protesters who tried to storm presidential palace" over "police fired water cannon ... to
    /// push back thousands of protesters who tried to storm the presidential palace": a headline's crowd act and the lead's
    /// act of the same crowd are one event, however each word names it (and so are the headline's own acts of that crowd).</summary>
    private static bool HeadlineOfTheCrowd(EventDraft headline, EventDraft d) =>
        headline.Headline && (d.Headline ? d.SentenceIndex == headline.SentenceIndex : d.Paragraph == headline.Paragraph + 1)
        && CrowdOrViolence(headline) && CrowdOrViolence(d)
        && headline.Actor1 is { } crowd && ActorKinds.IsCrowd(crowd.Kind) && d.Actor1 is { } other && SameSide(crowd, other);

    /// <summary>Deaths told with no author whose dead are no force ("three people died"), beside a crowd's act.</summary>
    private static bool DeathsToldWithACrowdsAct(EventDraft deaths, EventDraft act) =>
        deaths.Actor1 is null && deaths.Frame.Name == "kill" && deaths.Actor2 is null or { Kind: ActorKind.Civilians }
        && act.Actor1 is { } crowd && ActorKinds.IsCrowd(crowd.Kind);

    /// <summary>"A police operation against a gang killed 119 ... Gang members used drones to drop explosives on officers":
    /// a weapon one side of the lead's battle used on the other, or its unnamed attackers used, is a tactic of that battle
    /// (ACLED 1.6).</summary>
    private static bool WeaponOfTheFight(EventDraft lead, EventDraft d) =>
        lead.Frame.Codes.AcledEventType == "Battles" && d.Frame.Codes.AcledEventType == EventAssembler.RemoteViolence
        && lead is { Actor1: { } a, Actor2: { } b }
        && ((d is { Actor1: { } x, Actor2: { } y } && ((a.SameAs(x) && b.SameAs(y)) || (a.SameAs(y) && b.SameAs(x))))
            // ("JNIM fighters attacked a military camp ... The attackers used a car bomb and fired mortars at the camp": the
            // lead's attackers, told by no name, with weapons on no civilians.)
            || (d.Actor1 is { } unnamed && ActorCatalogue.IsUnnamedGroup(unnamed) && !ActorKinds.IsState(a.Kind) && d.Actor2 is not { Kind: ActorKind.Civilians }));

    /// <summary>Whether <paramref name="d"/>, told in one of the two paragraphs after the lead, is set where the lead's
    /// violence is: in the country or province the lead names (or naming only those where the lead names the place), at
    /// overlapping times, by the same or an unnamed author or the other side of the same fight.</summary>
    private static bool SceneOfLead(EventDraft lead, EventDraft d, LeadSpan span)
    {
        // (A headline's act is told again in the body's first paragraph, itself the lead of what follows where it names a
        // town: "nine killed in Ivory Coast ... In Oume, two died" tells a part.)
        if ((lead.Paragraph != span.Paragraph && !(lead.Paragraph == span.FirstBody && !lead.Headline && lead.Location is { Precision: not PlacePrecision.Country }))
            || d.Paragraph <= lead.Paragraph || d.Paragraph > span.LastDetail) return false;
        if (lead.Unrealized || d.Unrealized || !(lead.Frame.Violent || IsCrowdEvent(lead)) || !(d.Frame.Violent || IsCrowdEvent(d))) return false;
        if (lead.HasAsOneOfItsPlaces(d) || d.ToldAsElsewhere) return false;
        // ("at least nine protesters were killed across Nigeria" after a town's riot: the whole country's toll.)
        if (d.Widespread && d.Fatalities is not null && d.Location is { Precision: PlacePrecision.Country } && lead.Location is { Precision: PlacePrecision.Place })
            return false;
        // One of the two tellings names only the country or province, which holds the other's place, or both name one town.
        // (A headline's city is the one the scene lies by: "near Moscow" for Krasnogorsk.)
        // (A lead told only as lying by a city, "west of the Panamanian capital", is where a town near it the detail names is.)
        // ("... looted shopping centres in KwaZulu-Natal province ... In Durban, looters set fire to a warehouse": a town's
        // scene set apart is no detail of a province's.)
        if ((d.OpensAtItsPlace && lead.Location is { Precision: PlacePrecision.Admin1 or PlacePrecision.Country }) || SceneOfItsOwn(lead, d)) return false;
        // ("drone strike on motorcycle kills one in Aitaroun ... the Israeli army detonated a number of houses in the town of Kfar
        // Kila": another remote tactic at another town is another act.)
        if (d.LocationExplicit && lead.Location is { Precision: PlacePrecision.Place } leadTown && d.Location is { Precision: PlacePrecision.Place } detailTown
            && leadTown.Id != detailTown.Id && !lead.Frame.NamesNoTactic && !d.Frame.NamesNoTactic
            && lead.Frame.Codes.AcledSubEventType != d.Frame.Codes.AcledSubEventType
            && (lead.Frame.Codes.AcledEventType == EventAssembler.RemoteViolence || d.Frame.Codes.AcledEventType == EventAssembler.RemoteViolence)) return false;
        if (lead.Location is null || d.Location is null
            || !(SamePlace(lead.Location, d.Location) || (lead.Headline && lead.Location.CountryIso2 == d.Location.CountryIso2 && lead.Location.DistanceKm(d.Location) <= HeadlineReachKm)
                 || HeadlineOfTheToll(lead, d) || NearTheLead(lead, d) || HeadlineTownNamesTheProvince(lead, d)))
            return false;
        // (A lead's "overnight", two days long, meets a detail's night before it: "an overnight raid ... late on Sunday".)
        if (lead.DateExplicit && d.DateExplicit && !lead.Date.Overlaps(d.Date) && !(lead.Date.DaysSpanned() == 1 && lead.Date.Adjoins(d.Date))) return false;
        // "neutralised 12 militants over the past week" after a strike on Sunday: a tally over a longer time is more than
        // the lead's act.
        if (lead.DateExplicit && d.DateExplicit && d.Date.DaysSpanned() > lead.Date.DaysSpanned() + 1) return false;
        // "killing at least seven people ... In the western Lviv region, two people were killed": a smaller toll at a place
        // is a part of the lead's, an event of its own there.
        // A larger toll is no detail of the lead's either ("a military operation on Friday that killed 11" after a bombing
        // that killed four).
        // A lead told only in vague counts ("killed scores of civilians") is the detail that counts more ("at least 200").
        // A floor ("more than 70") is near the count it bounds: "more than 100 killed in clashes in July" after "at least
        // 42" is another toll.
        // A vague smaller count ("several bodies were pulled from a lagoon") tells part of the lead's toll loosely.
        // The attackers' own dead, told after the lead's toll of their victims ("Five attackers were killed"), add to it.
        // (A smaller toll of the force the lead's crowd met is part of the lead's: "saw one man lying dead".)
        // (A headline counts some of the dead the body counts in full: "air strike on school kills 20 children" over "killing
        // 20 students and two teachers".)
        // (A toll counted in many places holds the town's: "kills mother and baby in Kyiv" over "killing at least four people
        // across the country".)
        if (lead.Fatalities is { } whole && d.Fatalities is { } part && part != whole && !(lead.TollVague && part > whole) && !AttackersOwnDead(lead, d)
            && !(d.TollOfManyPlaces && part > whole) && !(lead.TollOfManyPlaces && part < whole)
            && !((lead.TollFloor || lead.Headline) && part > whole && part <= whole * 3 / 2) && !(d.TollVague && part < whole) && !(ForceTheCrowdMet(lead, d) && part < whole)) return false;
        return lead.Actor1 is null || d.Actor1 is null || SameSide(lead.Actor1, d.Actor1)
               || (ActorCatalogue.IsUnnamedGroup(lead.Actor1) && !ActorKinds.IsState(d.Actor1.Kind))
               || (ActorCatalogue.IsUnnamedGroup(d.Actor1) && !ActorKinds.IsState(lead.Actor1.Kind))
               || SidesSwapped(lead, d) || StateSideOfTheLead(lead, d) || ForceTheCrowdMet(lead, d);
    }

    /// <summary>"Three killed in ethnic clashes in Bangladesh's Chittagong Hill Tracts" over "Three people were killed ... in
    /// the Guimara area of Khagrachari district": a headline whose place lies in the detail's province, with the same toll.</summary>
    private static bool HeadlineOfTheToll(EventDraft lead, EventDraft d) =>
        lead.Headline && lead.Fatalities is { } toll && d.Fatalities == toll && lead.Location is { Admin1Code: { } province } at
        && d.Location is { } there && there.CountryIso2 == at.CountryIso2 && there.Admin1Code == province;

    /// <summary>"Bandits kill 17, abduct dozens in Katsina community" over "an attack on Ruwan Godiya ... in Faskari Local Government
    /// Area of Katsina State": a headline's town named as the province that holds the detail's place is that province, for a
    /// detail of the same side (not the other side's act the headline's answered).</summary>
    private static bool HeadlineTownNamesTheProvince(EventDraft lead, EventDraft d) =>
        lead.Headline && lead.Location is { Precision: PlacePrecision.Place } town && d.Location is { Admin1: { } province } there
        && (lead.Actor1 is null || d.Actor1 is null || SameSide(lead.Actor1, d.Actor1))
        && there.CountryIso2 == town.CountryIso2 && string.Equals(TransliterationKey.Plain(province), TransliterationKey.Plain(town.Name), StringComparison.Ordinal);

    /// <summary>Whether the lead's place is only what its act lay by ("at a roadblock west of the capital") and the detail
    /// names a town of the same country within reach of it ("in Chame, about 80 km west of Panama City").</summary>
    private static bool NearTheLead(EventDraft lead, EventDraft d) =>
        lead is { LocationNear: true, Location: { } by } && d is { LocationExplicit: true, LocationNear: false, Location: { Precision: PlacePrecision.Place } town }
        && town.CountryIso2 == by.CountryIso2 && town.DistanceKm(by) <= NearReachKm;

    /// <summary>How far from the city a lead names ("west of the capital") a town the detail names may lie.</summary>
    private const double NearReachKm = 100;

    /// <summary>"Jihadists from JNIM attacked a convoy ... The convoy, escorted by the army, was ambushed near Kayes.
    /// Soldiers fought back": the state's side of the lead's violence, told against no named group, is that fight.</summary>
    private static bool StateSideOfTheLead(EventDraft lead, EventDraft d) =>
        lead.Frame.Violent && d.Frame.Codes.AcledEventType == "Battles"
        && lead.Actor1 is { } author && !ActorKinds.IsState(author.Kind)
        && d.Actor1 is { } state && ActorKinds.IsState(state.Kind) && (d.Actor2 is null || ActorCatalogue.IsUnnamedGroup(d.Actor2))
        && (lead.Actor2 is null || ActorCatalogue.IsUnnamedGroup(lead.Actor2) || lead.Actor2.SameAs(state));

    /// <summary>Violence, or rioters' demonstration (a protest turned violent).</summary>
    private static bool Violent(EventDraft d) => d.Frame.Violent || (d.Frame.Crowd && d.Actor1 is { Kind: ActorKind.Rioters });

    /// <summary>How much force a protest met: none, an intervention, excessive force.</summary>
    private static int ForceMet(EventDraft protest) => protest.Frame.Codes.AcledSubEventType switch
    {
        "Excessive force against protesters" => 2,
        "Protest with intervention" => 1,
        _ => 0,
    };

    /// <summary>A crowd's generic attack, or property it destroyed, in its protest: the protest names the event.</summary>
    private static bool ProtestNames(EventDraft protest, EventDraft act) =>
        protest.Frame.Crowd && (act.Frame.NamesNoTactic || IsDestruction(act)) && ByACrowd(act);

    /// <summary>A protest, a riot or violence, or property a crowd destroyed ("protesters set up barricades, torched police
    /// stations and looted shops": one violent demonstration).</summary>
    private static bool CrowdOrViolence(EventDraft d) => d.Frame.Violent || d.Frame.Crowd || (IsDestruction(d) && ByACrowd(d));

    private static bool IsDestruction(EventDraft d) => d.Frame.Codes.AcledSubEventType == "Looting/property destruction";

    private static bool ByACrowd(EventDraft d) => d.Actor1 is { } crowd && ActorKinds.IsCrowd(crowd.Kind);

    /// <summary>A protest, a riot, or an act whose author is a crowd ("protesters stormed parliament").</summary>
    private static bool IsCrowdEvent(EventDraft d) =>
        d.Frame.Crowd || (d.Actor1 is { } crowd && ActorKinds.IsCrowd(crowd.Kind));

    /// <summary>The same actor or one state's forces however named ("Malaysia", "Military Forces of Malaysia"), or the same
    /// country's crowd called protesters in one sentence and rioters in another (one is the other turned violent).</summary>
    private static bool SameSide(Actor a, Actor b) =>
        ActorKinds.SameForce(a, b) || (ActorKinds.IsCrowd(a.Kind) && ActorKinds.IsCrowd(b.Kind) && a.Country3 == b.Country3);

    /// <summary>Whether two actors may be one side of a fight: the same force, or two non-state sides one of which is
    /// unnamed ("assailants" and JNIM).</summary>
    private static bool OneSide(Actor x, Actor y) =>
        ActorKinds.SameForce(x, y)
        || (!ActorKinds.IsState(x.Kind) && !ActorKinds.IsState(y.Kind) && (ActorCatalogue.IsUnnamedGroup(x) || ActorCatalogue.IsUnnamedGroup(y)));

    /// <summary>"Security forces shot dead 10 militants in a gunfight after the gunmen attacked a police station": one
    /// sentence telling the act of each side, the second's target the first's side (one state's forces are one side; an
    /// unnamed group may be the militants named).</summary>
    private static bool FightToldFromBothSides(EventDraft a, EventDraft b)
    {
        if (a.ApartInTime || b.ApartInTime) return false;
        // ("the attacks targeted Kayes ... and soldiers had repelled them": the side attacked fights back, at no one named.)
        if (b.Actor2 is null) return a is { Actor1: not null, Actor2: { } attacked } && b.Actor1 is { } defender && OneSide(attacked, defender);
        return a.Actor1 is not null && OneSide(a.Actor1, b.Actor2) && (a.Actor2 is null || b.Actor1 is null || OneSide(a.Actor2, b.Actor1));
    }

    /// <summary>"JNIM attacked the army's base ... The army said it repelled the assault": one fight told from the other side
    /// (where one telling may leave the attackers unnamed: "repelled an attack, killing dozens of assailants").</summary>
    private static bool SidesSwapped(EventDraft a, EventDraft b) =>
        a.Actor1 is not null && b.Actor2 is not null && ActorKinds.SameForce(a.Actor1, b.Actor2)
        && (a.Actor2 is null || b.Actor1 is null || OneSide(a.Actor2, b.Actor1));

    /// <summary>"Four soldiers martyred as terrorists attack FC camp in Turbat" over "militants attacked a Frontier Corps camp
    /// ..., the BLF claimed responsibility": the unnamed attackers of a headline are the armed group the body names.</summary>
    private static bool HeadlinesUnnamedAttackers(EventDraft headline, EventDraft body) =>
        headline.Headline && !body.Headline && headline.Actor1 is { } unnamed && ActorCatalogue.IsUnnamedGroup(unnamed)
        && body.Actor1 is { } named && ActorKinds.IsNonStateArmed(named.Kind);

    /// <summary>How far from a headline's city the lead's town may lie and be the same scene.</summary>
    private const double HeadlineReachKm = 50;

    /// <summary>Same town (within 10 km), same admin1, or one place inside the country or admin1 named by the other.</summary>
    private static bool SamePlace(Place a, Place b)
    {
        if (a.CountryIso2 != b.CountryIso2) return false;
        if (a.Precision == PlacePrecision.Country || b.Precision == PlacePrecision.Country) return true;
        if (a.Precision == PlacePrecision.Admin1 || b.Precision == PlacePrecision.Admin1) return a.Admin1 == b.Admin1;
        return a.DistanceKm(b) <= 10;
    }

    private static void Absorb(EventDraft into, EventDraft from, bool keepFrame = false, bool sumToll = false)
    {
        // "The protests began on Monday ... Police dispersed the rally, and one protester was killed": the force a protest
        // met, told in a report of its own, names it (a grievance in the protest's sentence does not: "protested against
        // police for conducting raids").
        if (into.Frame.Codes.AcledEventType == "Protests" && from.Frame.Codes.AcledEventType == "Protests" && ForceMet(from) > ForceMet(into)
            && from.SentenceIndex != into.SentenceIndex)
            into.Frame = from.Frame;
        // "rioters demonstrating ... hurled a Molotov cocktail": a crowd's attack in its demonstration makes the
        // demonstration violent; the protest names the event, not the generic attack.
        // ("Protesters briefly stormed the National Assembly ... and police fired tear gas at thousands": a crowd that
        // stormed something is no peaceful protest a force met; its act stays the event, a violent demonstration, with the
        // force as its other side.)
        if (!keepFrame && ProtestNames(from, into) && into.Frame.Violent && ByACrowd(into)
            && from.Frame.Codes.AcledSubEventType is "Protest with intervention" or "Excessive force against protesters")
        {
            into.Actor2 ??= from.Actor2;
            keepFrame = true;
        }
        if (!keepFrame && ProtestNames(from, into))
        {
            (into.Frame, into.GenericTrigger) = (from.Frame, from.GenericTrigger);
            // (Its crowd is the rioters the protest's telling names.)
            if (from.Actor1 is { Kind: ActorKind.Rioters } rioters) into.Actor1 = rioters;
        }
        else if (!keepFrame && !ProtestNames(into, from)) into.TakeFrameOf(from);
        // "... went missing after the attack, and police suspect they were abducted by the militants": an act told over the
        // scene it happened after names its own sides.
        if (into.Backdrop && !from.Backdrop && from.Actor1 is not null) (into.Actor1, into.Actor2) = (from.Actor1, from.Actor2 ?? into.Actor2);
        // "Two NPA rebels were killed in an encounter with government troops ... soldiers were fired upon by about 15 armed
        // men": the unnamed men who fought the state force are the group the telling named on their side.
        if (into.Actor1 is null && into.Actor2 is { } named2 && ActorKinds.IsNonStateArmed(named2.Kind) && !ActorCatalogue.IsUnnamedGroup(named2)
            && from.Actor1 is { } unnamedMen && ActorCatalogue.IsUnnamedGroup(unnamedMen) && from.Actor2 is { } force && ActorKinds.IsState(force.Kind))
            into.Actor1 = force;
        // "Jihadist fighters ... JNIM fighters stormed": the group named outranks the unnamed one.
        if (into.Actor1 is null || (ActorCatalogue.IsUnnamedGroup(into.Actor1) && from.Actor1 is { } named && !ActorCatalogue.IsUnnamedGroup(named) && !ActorKinds.IsState(named.Kind)))
            into.Actor1 = from.Actor1;
        into.Actor2 ??= from.Actor2;
        // ("repelled an attack, killing dozens of assailants ... JNIM fighters attacked the camp": the unnamed other side is the
        // group the other telling names.)
        if (into.Actor2 is { } unnamedFoe && ActorCatalogue.IsUnnamedGroup(unnamedFoe) && into.Actor1 is { } us && from.Actor2 is { } them
            && ActorKinds.SameForce(us, them) && from.Actor1 is { } namedFoe && !ActorCatalogue.IsUnnamedGroup(namedFoe) && ActorKinds.IsNonStateArmed(namedFoe.Kind)
            && !ActorKinds.SameForce(namedFoe, us))
            into.Actor2 = namedFoe;
        // "... repels rebel attack on Bangui" merged with "Rebels attacked ... but were pushed back by government troops": a
        // side is not its own opponent; the other telling's other side is.
        // (A state force told on both sides, "police ... dispersed by police", is left for the telling that names the crowd.)
        // (Nor is an unnamed group or a community's militia, which two sides may both be: "clashes between two armed
        // families".)
        if (into.Actor1 is { } first && into.Actor2 is { } second && first.SameAs(second) && !ActorKinds.IsState(first.Kind) && !ActorCatalogue.IsUnnamedGroup(first)
            && first.Kind is not (ActorKind.IdentityMilitia or ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters))
            into.Actor2 = new[] { from.Actor1, from.Actor2 }.FirstOrDefault(a => a is not null && !a.SameAs(first));
        foreach (var a in from.Associated.Where(a => into.Associated.All(x => !x.SameAs(a)))) into.Associated.Add(a);
        // The body's town is where the headline's summary happened.
        // (So is a body's place that only the toll ties to the headline's: "Chittagong" of "Chittagong Hill Tracts" is no town
        // of the story.)
        // ("Fighting continued on the ground", placed only where the lead's deal was signed abroad, is where the next
        // sentence tells it: "clashed ... in South Kivu province".)
        var placedAbroad = from.Location is not null && into.Location is not null && !into.LocationExplicit && from.LocationExplicit
                           && from.Location.CountryIso2 != into.Location.CountryIso2;
        if (from.Location is not null && (into.Location is null || from.Location.Precision < into.Location.Precision
                                          || (into.Headline && !from.Headline && from.LocationExplicit && from.Location.Precision == into.Location.Precision
                                              // (Not a telling that only points back at the act: "events in the neighbouring city
                                              // of Ludwigshafen were cancelled after the attack".)
                                              && !from.Anaphoric && !from.Backdrop)
                                          || NearTheLead(into, from) || placedAbroad || HeadlineOfTheToll(into, from) || HeadlineTownNamesTheProvince(into, from)))
            (into.Location, into.LocationNear, into.LocationExplicit) = (from.Location, from.LocationNear, into.LocationExplicit || placedAbroad);
        // (A day told in the detail narrows a lead's "overnight": "late on Sunday".)
        if (from.DateExplicit && (!into.DateExplicit || from.Date.Precision < into.Date.Precision
                                  || (from.Date.Precision == into.Date.Precision && from.Date.DaysSpanned() < into.Date.DaysSpanned() && into.Date.Overlaps(from.Date))
                                  || (into.Date.DaysSpanned() == 1 && from.Date.DaysSpanned() == 0 && into.Date.Adjoins(from.Date))))
        {
            into.Date = from.Date;
            into.DateExplicit = true;
        }
        // A headline's untimed act told again in the lead "..., officials said on Sunday": the day it was told is nearer
        // than the week before the report.
        else if (!into.DateExplicit && !from.DateExplicit && from.Date.Precision < into.Date.Precision) into.Date = from.Date;
        // "... kills mother and baby in Kyiv" with "killing at least four people across the country": a toll told of many
        // places is not the town's, whichever telling the other joins.
        if (into.TollOfManyPlaces && from.Fatalities is not null && into.Location is { Precision: PlacePrecision.Place })
            (into.Fatalities, into.TollOfManyPlaces) = (null, false);
        // (Nor does the attackers' own count of dead another teller counted: "JNIM said its fighters had killed 41 soldiers"
        // after "killing dozens of soldiers".)
        var boast = from.BoastsOver(into) && !into.ToldByItsAuthor;
        if (!(from.TollOfManyPlaces && into.Fatalities is not null && into.Location is { Precision: PlacePrecision.Place }) && !boast)
            into.TakeToll(from, sum: sumToll);
        if (from.Quantity is { } q && (into.Quantity is null || q.Value > into.Quantity.Value)) into.Quantity = q;
        if (from.Modality == Modality.Asserted) into.Modality = Modality.Asserted;
        into.Sources.AddMissing(from.Sources);
        into.Evidence.AddMissing(from.Evidence);
    }
}
