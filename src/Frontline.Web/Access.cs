using System.Security.Cryptography;
using System.Text;
using Frontline.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Frontline.Web;

/// <summary>
/// Who may do what (<see cref="WebOptions"/>): a write needs the token when one is configured and is refused on a
/// read-only server; with private reads, everything but the health probes needs it. The token comes as
/// "Authorization: Bearer TOKEN" (scripts, Prometheus) or as the cookie /login?token=TOKEN sets for a browser
/// (HttpOnly, SameSite=Strict, so another site's page cannot write with it).
/// </summary>
public static class Access
{
    public const string Cookie = "frontline_token";

    public static void Use(WebApplication app, WebOptions options)
    {
        app.MapGet("/login", (HttpContext context, string? token) =>
        {
            if (options.Token is null) return Results.Redirect("/");
            if (!Matches(token, options.Token)) return Problems.Result(StatusCodes.Status401Unauthorized, "Unauthorized", "wrong or missing token");
            context.Response.Cookies.Append(Cookie, token!, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, Path = "/" });
            return Results.Redirect("/");
        }).ExcludeFromDescription();
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (path is "/healthz" or "/readyz" or "/login")
            {
                await next(context);
                return;
            }
            var write = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method);
            if (write && options.ReadOnly)
            {
                await Problems.Result(StatusCodes.Status403Forbidden, "Read-only", "this dashboard is served read-only").ExecuteAsync(context);
                return;
            }
            var needsToken = options.Token is not null && (write || options.PrivateReads);
            if (needsToken && !Authorized(context, options.Token!))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await Problems.Result(StatusCodes.Status401Unauthorized, "Unauthorized",
                    write ? "writing to this store needs the operator's token (Authorization: Bearer ...)" : "this dashboard needs a token: open /login?token=...").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
    }

    private static bool Authorized(HttpContext context, string token)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && Matches(header[7..].Trim(), token)) return true;
        return context.Request.Cookies.TryGetValue(Cookie, out var cookie) && Matches(cookie, token);
    }

    private static bool Matches(string? given, string token) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(token));
}
