using NUnit.Framework;

namespace PolicyCompare.Tests;

/// <summary>Removes the packaging tests' temporary feed, package cache and consumer projects after the run.</summary>
[SetUpFixture]
public sealed class PackagingSetUp
{
    [OneTimeTearDown]
    public void DeleteFeed() => Packaging.LocalFeed.DeleteIfCreated();
}
