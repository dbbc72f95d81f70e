using Microsoft.DotNet.Interactive;

namespace PolicyCompare.Interactive;

/// <summary>
/// Loaded by the .NET Interactive kernel from the package's <c>interactive-extensions/dotnet</c> folder when a notebook
/// references <c>PolicyCompare.Interactive</c>; registers <see cref="PolicyFormatters"/>.
/// </summary>
public sealed class PolicyCompareKernelExtension : IKernelExtension
{
    /// <summary>Registers the formatters.</summary>
    /// <param name="kernel">The kernel loading the extension (the formatters are process-wide, so it is not used).</param>
    /// <returns>A completed task.</returns>
    public Task OnLoadAsync(Kernel kernel)
    {
        PolicyFormatters.Register();
        return Task.CompletedTask;
    }
}
