using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Frontline.Web.Tests;

/// <summary>Debian's chromium and chromium-driver, headless, driven by Selenium. A test that needs them is skipped
/// only where they are not installed; `.ci/run` installs them and fails on any skipped test.</summary>
public static class HeadlessChromium
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriverPath = "/usr/bin/chromedriver";

    /// <summary>Opens the page and waits for it to say it is ready (body data-ready="true").</summary>
    public static ChromeDriver Open(string url, string profile)
    {
        Skip.IfNot(File.Exists(Chromium) && File.Exists(ChromeDriverPath), "Debian chromium and chromium-driver are not installed");
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1100", $"--user-data-dir={profile}");
        options.SetLoggingPreference("performance", LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriverPath)!, Path.GetFileName(ChromeDriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(90));
        driver.Navigate().GoToUrl(url);
        Wait(driver).Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-ready") == "true");
        return driver;
    }

    /// <summary>A wait that retries while the page re-renders the list or the markers under it (the map's moves redraw them).</summary>
    public static WebDriverWait Wait(IWebDriver driver, int seconds = 60)
    {
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(seconds));
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
        return wait;
    }

    public static void SaveScreenshot(ChromeDriver driver, string name)
    {
        var folder = Path.Combine(ServerFixture.RepositoryDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        driver.ExecuteScript("window.scrollTo(0, 0);");
        driver.GetScreenshot().SaveAsFile(Path.Combine(folder, name));
    }

    /// <summary>Quits the browser and removes its profile.</summary>
    public static void Close(ChromeDriver? driver, string profile)
    {
        driver?.Quit();
        driver?.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be letting go of its profile; the temp folder is cleaned by the system.
        }
    }
}
