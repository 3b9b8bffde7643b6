using Microsoft.AspNetCore.Builder;

namespace Frontline.Web.Tests;

/// <summary>The real server (Kestrel on a free loopback port) over a fresh SQLite store, started once per test class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly string _store = Path.Combine(Path.GetTempPath(), $"frontline-web-{Guid.NewGuid():N}.db");
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public HttpClient Client { get; private set; } = new();

    public string StorePath => _store;

    /// <summary>A report written for the tests (tests/Fixtures): `dotnet test` reads nothing outside the repository.</summary>
    public static string ReportText => File.ReadAllText(Path.Combine(RepositoryDirectory, "tests", "Fixtures", "idlib-offensive.txt"));

    public const string ReportPublished = "2020-01-28";

    public async Task InitializeAsync()
    {
        _app = WebApp.Build(_store, "http://127.0.0.1:0");
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/');
        Client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _store, _store + "-wal", _store + "-shm" }) File.Delete(f);
    }

    public static string RepositoryDirectory => Path.GetDirectoryName(Above("Frontline.sln", File.Exists))!;

    private static string Above(string name, Func<string, bool> found)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (found(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"{name} not found above {AppContext.BaseDirectory}");
    }
}
