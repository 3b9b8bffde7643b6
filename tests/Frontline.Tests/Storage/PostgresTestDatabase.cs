using Frontline.Storage;

namespace Frontline.Tests.Storage;

/// <summary>A database of a test's own on the server named by FRONTLINE_TEST_POSTGRES (a URL whose user may create
/// databases; `.ci/run` starts a throwaway one), made on first use and dropped after. The test is skipped, visibly,
/// when no server is set.</summary>
public sealed class PostgresTestDatabase : IDisposable
{
    private readonly string? _server = Environment.GetEnvironmentVariable("FRONTLINE_TEST_POSTGRES");
    private readonly string _name = $"frontline_test_{Guid.NewGuid():N}";
    private readonly Lock _lock = new();
    private bool _created;

    /// <summary>The database's URL (made now if it is not yet); skips the test when there is no server.</summary>
    public string Url
    {
        get
        {
            Skip.If(string.IsNullOrEmpty(_server), "FRONTLINE_TEST_POSTGRES is not set: no PostgreSQL server to test against");
            lock (_lock)
            {
                if (!_created)
                {
                    Admin($"CREATE DATABASE {_name}");
                    _created = true;
                }
            }
            return new UriBuilder(_server!) { Path = "/" + _name }.Uri.ToString();
        }
    }

    public void Dispose()
    {
        if (_created) Admin($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private void Admin(string sql)
    {
        using var connection = new Npgsql.NpgsqlConnection(PostgresEventStore.ConnectionString(_server!));
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
