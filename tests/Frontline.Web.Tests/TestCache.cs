using System.Runtime.CompilerServices;

namespace Frontline.Web.Tests;

/// <summary>The tests keep their gazetteer snapshot in a cache of their own, so that places a user imported do not
/// change what the tests see.</summary>
internal static class TestCache
{
    [ModuleInitializer]
    internal static void UseTheTestCache() =>
        Environment.SetEnvironmentVariable("FRONTLINE_CACHE", Path.Combine(Path.GetTempPath(), "frontline-test-cache"));
}
