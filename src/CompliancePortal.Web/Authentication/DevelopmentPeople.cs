using CompliancePortal.Core.Demo;
using Microsoft.Extensions.Options;

namespace CompliancePortal.Web.Authentication;

/// <summary>The demo people the development sign-in offers, read once from the demo data file.</summary>
public sealed class DevelopmentPeople(IOptions<DemoOptions> demo)
{
    private readonly Lazy<IReadOnlyList<DemoPerson>> _people = new(() =>
        DemoDataSeeder.Load(demo.Value.ResolveDataFile()).People);

    public IReadOnlyList<DemoPerson> All => _people.Value;

    public DemoPerson? Find(string? email) =>
        All.FirstOrDefault(p => string.Equals(p.Email, email?.Trim(), StringComparison.OrdinalIgnoreCase));
}
