using Npgsql;

namespace Frontline.Storage;

/// <summary>The team store: a PostgreSQL database named by a URL, postgres://user[:password]@host[:port]/database.</summary>
public sealed class PostgresEventStore : SqlEventStore
{
    public PostgresEventStore(string url)
        : base(Open(url), new PostgresDialect(), Redacted(url))
    {
        try
        {
            Migrate();
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"{Location}: cannot open store: {e.Message}", e);
        }
    }

    private protected override IIngestStatements IngestStatementsFor(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction tx) =>
        new PostgresIngestStatements((NpgsqlConnection)connection, (NpgsqlTransaction)tx);

    public static bool IsUrl(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The URL as an Npgsql connection string: user, password, host, port and database; query options are not taken.</summary>
    public static string ConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || uri.AbsolutePath.Trim('/').Length == 0)
            throw new StoreException($"{Redacted(url)}: not a PostgreSQL URL; expected postgres://user[:password]@host[:port]/database");
        var user = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/')),
            Username = user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : Environment.UserName,
            Pooling = false,
        };
        if (user.Length > 1) builder.Password = Uri.UnescapeDataString(user[1]);
        return builder.ToString();
    }

    private static NpgsqlConnection Open(string url)
    {
        try
        {
            var connection = new NpgsqlConnection(ConnectionString(url));
            connection.Open();
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            throw new StoreException($"{Redacted(url)}: cannot open store: {e.Message}", e);
        }
    }

    /// <summary>The URL with its password hidden, for messages.</summary>
    private static string Redacted(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':')
            ? url.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal)
            : url;
}
