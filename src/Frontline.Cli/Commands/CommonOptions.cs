using System.CommandLine;
using Frontline.Core.Input;

namespace Frontline.Cli.Commands;

/// <summary>Options shared by several verbs, and the one place where their values are checked.</summary>
public static class CommonOptions
{
    public static Option<string?> Published() => new("--published")
    {
        Description = "Publication date of plain-text input (YYYY-MM-DD); default for JSON lines without one",
    };

    public static Option<string?> Country() => new("--country")
    {
        Description = "Where the reports are from when they do not say (an ISO code or a name): ranks places and names actors; "
                      + "a JSON line's \"country\" field overrides it",
    };

    /// <summary>--country as an ISO alpha-2 code; an unknown country is an error naming the option.</summary>
    public static string? CountryHint(string? value) => value is null ? null : ArticleParser.CountryHint(value, "--country", null);

    public static Option<string> Store() => new("--store")
    {
        Description = "Store: path of the embedded SQLite file, or postgres://user[:password]@host[:port]/database",
        DefaultValueFactory = _ => "frontline.db",
    };

    public static Option<string?> Output() => new("--output") { Description = "File to write (default: standard output)" };

    /// <summary>Writes a verb's result to the --output file, or to standard output when none was given.</summary>
    public static void WriteOutput(string? path, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(Console.Out);
            return;
        }
        using var file = new StreamWriter(path);
        write(file);
    }

    public static Option<string?> Since() => new("--since") { Description = "On or after this date (YYYY-MM-DD)" };

    public static Option<string?> Until() => new("--until") { Description = "On or before this date (YYYY-MM-DD)" };

    /// <summary>Opens a store that must already hold data: a SQLite path that does not exist is an error, not a new file.</summary>
    public static Storage.IEventStore OpenExisting(string location) =>
        !Storage.PostgresEventStore.IsUrl(location) && !File.Exists(location)
            ? throw new Storage.StoreException($"{location}: no store here yet; run `frontline ingest` first")
            : Storage.StoreFactory.Open(location);

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = $"Output format: {string.Join(", ", formats)}", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>--published: a real date, 1900 to today, as for any article.</summary>
    public static DateOnly? PublishedDate(string? value) =>
        value is null ? null : ArticleParser.ParseDate(value, "--published", null);

    public static DateOnly? Date(string? value, string optionName) =>
        value is null ? null : ArticleParser.ParseFilterDate(value, optionName);

    /// <summary>Runs a verb: input and store errors become one clear line on stderr and exit code 2.</summary>
    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (InputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (Storage.StoreException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (InvalidDataException e)
        {
            // A data file the user gave (a GeoNames dump) is malformed: the message names it and the line.
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }
}
