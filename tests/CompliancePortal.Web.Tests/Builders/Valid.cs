namespace CompliancePortal.Web.Tests.Builders;

/// <summary>Values the services accept, for the form fields a test is not about.</summary>
internal static class Valid
{
    public const string Sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    public const string EnvironmentLockHash = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

    public const string Commit = "3b18e512dba79e4c8300dd08aeb37f8e728b8dad";
}
