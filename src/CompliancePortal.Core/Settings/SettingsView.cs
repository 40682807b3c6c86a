namespace CompliancePortal.Core.Settings;

public sealed record SettingsView(string OrganisationName, int EvaluationWindowDays, DateTimeOffset UpdatedAt, int Revision);
