using System.Text.Json;

namespace CompliancePortal.Core.ModelCards;

/// <summary>The organisation's card template, as an administrator last saved it (a single row; absent means the default).</summary>
public sealed class CardTemplateSettings
{
    public const int SingletonId = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private CardTemplateSettings() { }

    public int Id { get; private set; } = SingletonId;

    public string SectionsJson { get; private set; } = "[]";

    public int Revision { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public CardTemplate Template => new(JsonSerializer.Deserialize<List<TemplateSection>>(SectionsJson, Json) ?? []);

    public static CardTemplateSettings Create(DateTimeOffset at) =>
        new() { SectionsJson = JsonSerializer.Serialize(CardTemplate.Default.Sections, Json), Revision = 0, UpdatedAt = at };

    public void Update(CardTemplate template, DateTimeOffset at)
    {
        template.Validate().ThrowIfAny();
        SectionsJson = JsonSerializer.Serialize(template.Sections.Select(s => s with { Name = s.Name.Trim(), Placeholder = s.Placeholder?.Trim() ?? "" }), Json);
        Revision++;
        UpdatedAt = at;
    }

    public object Snapshot() => new { Sections = Template.Sections, Revision };
}
