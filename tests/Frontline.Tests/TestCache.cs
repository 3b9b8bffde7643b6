using System.Runtime.CompilerServices;

namespace Frontline.Tests;

/// <summary>The tests keep their gazetteer snapshot in a cache of their own: a user's imported GeoNames places (in the
/// user's cache) must not change what the tests see. Child `frontline` processes inherit it.</summary>
internal static class TestCache
{
    public static string Directory { get; } = Path.Combine(Path.GetTempPath(), "frontline-test-cache");

    [ModuleInitializer]
    internal static void UseTheTestCache() => Environment.SetEnvironmentVariable("FRONTLINE_CACHE", Directory);
}

/// <summary>Tests that change the process's environment run alone, after the parallel ones (xUnit runs a collection
/// with parallelization disabled by itself).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    public const string Name = "process environment";
}
