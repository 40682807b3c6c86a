namespace CompliancePortal.Testing.Postgres;

/// <summary>How a command-line tool ended: its exit code and its standard output followed by its standard error.</summary>
internal sealed record CommandResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}
