using Microsoft.Extensions.DependencyInjection;

namespace PolicyCompare.DependencyInjection;

/// <summary>Configures the PolicyCompare pipeline registered by <c>AddPolicyCompare</c>; every method returns the builder.</summary>
public interface IPolicyCompareBuilder
{
    /// <summary>The service collection the pipeline is registered in.</summary>
    IServiceCollection Services { get; }
}
