using System.Globalization;
using Frontline.Robustness;

// dotnet run --project tests/Frontline.Robustness -- kill CLI_DLL STORE [articles] [kills] [seed]
// dotnet run --project tests/Frontline.Robustness -- fuzz [inputs] [seed]
// dotnet run --project tests/Frontline.Robustness -- watchers CLI_DLL POSTGRES_URL [workers] [feeds] [stories] [seconds]
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
return args.FirstOrDefault() switch
{
    "kill" when args.Length >= 3 => KillTest.Run(args[1], args[2], Arg(3, 5_000), Arg(4, 5), Arg(5, 20261126)),
    "watchers" when args.Length >= 3 => WatchersTest.Run(args[1], args[2], Arg(3, 3), Arg(4, 30), Arg(5, 300), Arg(6, 40)),
    "fuzz" => FuzzTest.Run(Arg(1, 10_000), args.Length > 2 ? args[2] : "0000000000000"),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: kill CLI_DLL STORE [articles] [kills] [seed] | fuzz [inputs] [seed] | watchers CLI_DLL POSTGRES_URL [workers] [feeds] [stories] [seconds]");
    return 2;
}
