using Microsoft.Extensions.DependencyInjection;

namespace PolicyCompare.DependencyInjection;

internal sealed class PolicyCompareBuilder(IServiceCollection services) : IPolicyCompareBuilder
{
    public IServiceCollection Services { get; } = services;
}
