using NUnit.Framework;

namespace PolicyCompare.Tests.Reporting;

/// <summary>How the browser tests find Chromium: the environment variable first, then PATH.</summary>
[TestFixture]
[NonParallelizable] // changes environment variables
public sealed class HeadlessBrowserTests
{
    private string? _variable;
    private string? _path;
    private string _folder = null!;

    [SetUp]
    public void Remember()
    {
        _variable = Environment.GetEnvironmentVariable(HeadlessBrowser.Variable);
        _path = Environment.GetEnvironmentVariable("PATH");
        _folder = Path.Combine(Path.GetTempPath(), "pc-browser-find-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void Restore()
    {
        Environment.SetEnvironmentVariable(HeadlessBrowser.Variable, _variable);
        Environment.SetEnvironmentVariable("PATH", _path);
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public void The_variable_names_the_browser()
    {
        var browser = Path.Combine(_folder, "my-chrome");
        File.WriteAllText(browser, string.Empty);
        Environment.SetEnvironmentVariable(HeadlessBrowser.Variable, browser);
        Assert.That(HeadlessBrowser.Find(), Is.EqualTo(browser));
    }

    [Test]
    public void Without_the_variable_the_first_browser_on_path_is_used()
    {
        File.WriteAllText(Path.Combine(_folder, "chromium-browser"), string.Empty);
        Environment.SetEnvironmentVariable(HeadlessBrowser.Variable, null);
        Environment.SetEnvironmentVariable("PATH", _folder);
        Assert.That(HeadlessBrowser.Find(), Is.EqualTo(Path.Combine(_folder, "chromium-browser")));
    }

    [Test]
    public void With_no_browser_there_is_none()
    {
        Environment.SetEnvironmentVariable(HeadlessBrowser.Variable, null);
        Environment.SetEnvironmentVariable("PATH", _folder);
        Assert.That(HeadlessBrowser.Find(), Is.Null);
    }
}
