using System.Text;
using Frontline.Core.Input;
using Frontline.Core.Knowledge;
using Frontline.Core.Output;
using Frontline.Core.Pipeline;
using Frontline.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Frontline.Web.Api;

/// <summary>What POST /api/articles did: the article's id, whether it was new, and what was extracted from it.</summary>
public sealed record ArticleResult(string ArticleId, bool Stored, IReadOnlyList<EventDto> Events, IReadOnlyList<RelationDto> Relations,
    IReadOnlyList<ControlChangeDto> ControlChanges);

/// <summary>
/// POST /api/articles: analyze one report and store it (idempotent: the same text and date again is "already
/// stored"). The body is one JSON object as in a JSON-lines input, {"text", "published", "id"?, "title"?, "url"?},
/// checked by the same parser as files, within <see cref="WebApp.MaxBodyBytes"/>.
/// </summary>
public static class ArticlesApi
{
    private const string Input = "request body";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Map(WebApplication app)
    {
        app.MapPost("/api/articles", async (HttpRequest request, StoreGate gate, Analyzer analyzer) =>
        {
            if (request.ContentLength > WebApp.MaxBodyBytes)
                return Problems.Result(StatusCodes.Status413PayloadTooLarge, "Request body too large", $"The body exceeds the {WebApp.MaxBodyBytes:N0}-byte limit; split the report.");
            if (!request.HasJsonContentType())
                return Problems.Result(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "send the report as application/json");
            string raw;
            try
            {
                using var reader = new StreamReader(request.Body, StrictUtf8);
                raw = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            }
            catch (DecoderFallbackException)
            {
                throw new InputException(Input, null, "not valid UTF-8 text");
            }
            var parsed = ArticleParser.FromJsonLine(raw.Trim(), Input, 1, null);
            var hash = ContentHash.Of(parsed);
            // A pasted report without an id is named by its content, so pasting it twice names it the same.
            var article = parsed.Id == $"{Input}-1" ? parsed with { Id = $"pasted-{hash[..12]}" } : parsed;
            var analysis = analyzer.Analyze(article);
            var result = gate.Use(s => s.Ingest([analysis]));
            var text = article.Text;
            var events = analysis.Events.Select(e => AnalysisMapper.ToDto(e, text) with { Id = ContentHash.EventId(hash, e.Id) }).ToList();
            var body = new ArticleResult(article.Id, result.ArticlesAdded == 1, events,
                analysis.Relations.Select(r => AnalysisMapper.ToDto(r, article)).ToList(), analysis.ControlChanges.Select(c => AnalysisMapper.ToDto(c, article)).ToList());
            return Results.Json(body, AnalysisJson.Compact, statusCode: result.ArticlesAdded == 1 ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        })
        .WithSummary("Analyze a report and store its events")
        .WithDescription("Body: {\"text\": \"...\", \"published\": \"YYYY-MM-DD\", \"id\"?, \"title\"?, \"url\"?}. 201 when stored, 200 when the same report was already stored.")
        .Produces<ArticleResult>(StatusCodes.Status201Created).Produces<ArticleResult>()
        .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    /// <summary>The shared analyzer: the knowledge base is loaded once, read-only, for every request.</summary>
    public static Analyzer CreateAnalyzer() => new(KnowledgeBase.Default);
}
