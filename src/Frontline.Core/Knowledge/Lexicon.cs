using Frontline.Core.Text;
using System.Text.Json;
using Frontline.Core.Model;

namespace Frontline.Core.Knowledge;

/// <summary>Event frames and their trigger words, loaded from data/lexicon.</summary>
public sealed class Lexicon
{
    private static readonly WordSet NoWords = new([]);

    public Lexicon(string directory)
    {
        var irregular = DataFiles.ReadTable(Path.Combine(directory, "irregular-verbs.tsv"))
            .ToDictionary(r => r["base"], r => new[] { r["third"], r["past"], r["participle"], r["gerund"] });
        Inflector = new Inflector(irregular);
        Frames = LoadFrames(Path.Combine(directory, "frames.json"));
        using (var framesDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "frames.json"))))
        {
            var crowd = framesDoc.RootElement.GetProperty("crowd_violence");
            ProtesterViolence = Frames[crowd.GetProperty("protesters").GetString()!];
            CrowdViolence = Frames[crowd.GetProperty("crowd").GetString()!];
            OfficialMovement = Frames[framesDoc.RootElement.GetProperty("official_movement").GetString()!];
            var response = framesDoc.RootElement.GetProperty("protest_response");
            ProtestIntervention = Frames[response.GetProperty("intervention").GetString()!];
            ProtestExcessiveForce = Frames[response.GetProperty("excessive_force").GetString()!];
        }
        using var triggers = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "triggers.json")));
        foreach (var t in triggers.RootElement.GetProperty("triggers").EnumerateArray())
        {
            var frameName = t.GetProperty("frame").GetString()!;
            var frame = Frames.GetValueOrDefault(frameName)
                ?? throw new InvalidDataException($"triggers.json: unknown frame '{frameName}'");
            var needsPlace = Strings(t, "needs_place").ToHashSet();
            var needsName = Strings(t, "needs_name").ToHashSet();
            var generic = Strings(t, "generic").ToHashSet();
            var circumstance = Strings(t, "circumstance").ToHashSet();
            var remains = Strings(t, "remains").ToHashSet();
            var gathering = Strings(t, "gathering").ToHashSet();
            var intervention = Strings(t, "intervention").ToHashSet();
            var answers = Strings(t, "answers").ToHashSet();
            var intransitive = Strings(t, "intransitive").ToHashSet();
            var agentAfter = Strings(t, "agent_after").ToHashSet();
            var notBefore = new WordSet(Strings(t, "not_before"));
            var notAfter = new WordSet(Strings(t, "not_after"));
            var objects = Strings(t, "objects").ToList() is { Count: > 0 } kinds ? new WordSet(kinds) : null;
            foreach (var form in Strings(t, "forms"))
            {
                // Bare words are guarded by not_before; longer forms ("withdrew from") say enough themselves of what follows,
                // but not of what stands before ("chairing a cabinet meeting with the prime minister").
                var guard = form.Contains(' ', StringComparison.Ordinal) ? NoWords : notBefore;
                var entry = new TriggerEntry(frame, form, needsPlace.Contains(form), needsName.Contains(form), agentAfter.Contains(form), guard, notAfter)
                {
                    Objects = objects,
                    Generic = generic.Contains(form),
                    Circumstance = circumstance.Contains(form),
                    Remains = remains.Contains(form),
                    Gathering = gathering.Contains(form),
                    Intervention = intervention.Contains(form),
                    Answers = answers.Contains(form),
                    Intransitive = intransitive.Contains(form),
                };
                foreach (var phrase in Inflector.Expand(form)) Triggers.Add(phrase, entry);
                if (!form.Contains("/V", StringComparison.Ordinal)) _nounLemmas.Add(entry.Lemma);
            }
        }
    }

    public Inflector Inflector { get; }

    public IReadOnlyDictionary<string, Frame> Frames { get; }

    public PhraseMatcher<TriggerEntry> Triggers { get; } = new();

    /// <summary>The first words of trigger forms that are not verbs ("protest/N", "strike"): written bare after "a", such a
    /// word still tells an act ("taking part in a protest against"); a verb's alone does not ("in a push toward").</summary>
    public IReadOnlySet<string> NounLemmas => _nounLemmas;

    private readonly HashSet<string> _nounLemmas = new(StringComparer.Ordinal);

    /// <summary>The frame for violence by protesters (a violent demonstration).</summary>
    public Frame ProtesterViolence { get; }

    /// <summary>The frame for violence by an unorganised crowd (mob violence).</summary>
    public Frame CrowdViolence { get; }

    /// <summary>A protest the police or army disperse, beat or arrest.</summary>
    public Frame ProtestIntervention { get; }

    /// <summary>A protest where the police or army kill or maim protesters.</summary>
    public Frame ProtestExcessiveForce { get; }

    /// <summary>The frame for an official's movement ("arrived in Cairo" is a visit).</summary>
    public Frame OfficialMovement { get; }

    private static Dictionary<string, Frame> LoadFrames(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var frames = new Dictionary<string, Frame>(StringComparer.Ordinal);
        foreach (var p in doc.RootElement.GetProperty("frames").EnumerateObject())
        {
            var f = p.Value;
            var codes = Codes(p.Name, f, null)!;
            frames[p.Name] = new Frame(
                p.Name,
                codes,
                f.GetProperty("rank").GetInt32(),
                f.TryGetProperty("violent", out var v) && v.GetBoolean(),
                f.TryGetProperty("control", out var c) ? Enum.Parse<ControlEffect>(c.GetString()!, ignoreCase: true) : ControlEffect.None,
                f.TryGetProperty("state_actor", out var s) ? Codes(p.Name, s, codes) : null,
                f.TryGetProperty("civilian_target", out var ct) ? Codes(p.Name, ct, codes) : null,
                f.TryGetProperty("armed_target", out var at) ? Codes(p.Name, at, codes) : null,
                f.GetProperty("summary").GetString()!,
                f.TryGetProperty("takes_complement", out var tc) && tc.GetBoolean(),
                f.TryGetProperty("armed_actor_frame", out var aa) ? aa.GetString() : null,
                f.TryGetProperty("statement", out var st) && st.GetBoolean(),
                f.TryGetProperty("needs_quantity", out var nq) && nq.GetBoolean());
        }
        return frames;
    }

    // An override only names what changes; the rest comes from the frame's own codes.
    private static EventCodes? Codes(string name, JsonElement e, EventCodes? baseCodes)
    {
        string? acledType = baseCodes?.AcledEventType, acledSub = baseCodes?.AcledSubEventType;
        if (e.TryGetProperty("acled", out var acled))
        {
            acledType = acled.ValueKind == JsonValueKind.Array ? acled[0].GetString() : null;
            acledSub = acled.ValueKind == JsonValueKind.Array ? acled[1].GetString() : null;
        }
        var cameo = e.TryGetProperty("cameo", out var cm) ? cm.GetString() : baseCodes?.Cameo;
        string? ploverType = baseCodes?.PloverType, ploverMode = baseCodes?.PloverMode;
        if (e.TryGetProperty("plover", out var pl) && pl.ValueKind == JsonValueKind.Array)
        {
            ploverType = pl[0].GetString();
            ploverMode = pl[1].ValueKind == JsonValueKind.String ? pl[1].GetString() : null;
        }
        return new EventCodes(name, acledType, acledSub, cameo, ploverType, ploverMode);
    }

    internal static IEnumerable<string> Strings(JsonElement e, string property) =>
        e.TryGetProperty(property, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(x => x.GetString()!).ToList()
            : [];
}
