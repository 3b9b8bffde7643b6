using Frontline.Core.Input;
using Frontline.Storage;
using Microsoft.AspNetCore.Http;

namespace Frontline.Web.Api;

/// <summary>
/// Every failure as RFC 9457 problem details (application/problem+json) with a status and a plain message, never a
/// stack trace: bad input is 400 (it names the parameter or the body and line), an oversized body 413, a store that
/// cannot answer 503, anything else 500 with no internals.
/// </summary>
public static class Problems
{
    public static async Task Handle(HttpContext context, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (InputException e)
        {
            await Write(context, StatusCodes.Status400BadRequest, "Bad input", e.Message);
        }
        catch (BadHttpRequestException e)
        {
            var title = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request";
            await Write(context, e.StatusCode, title, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? $"The body exceeds the {WebApp.MaxBodyBytes:N0}-byte limit; split the report." : e.Message);
        }
        catch (StoreException e)
        {
            await Write(context, StatusCodes.Status503ServiceUnavailable, "Store unavailable", e.Message);
        }
        catch (Exception) when (!context.Response.HasStarted)
        {
            await Write(context, StatusCodes.Status500InternalServerError, "Internal error", "The server could not complete the request.");
        }
    }

    public static IResult Result(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    private static Task Write(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted) return Task.CompletedTask;
        context.Response.Clear();
        return Result(status, title, detail).ExecuteAsync(context);
    }
}
