using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CompliancePortal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AuditEventsAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit chain is append-only: the database itself refuses to change or remove an event,
            // including TRUNCATE, which row triggers do not see.
            migrationBuilder.Sql(@"CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'AuditEvents is append-only: events cannot be updated or deleted';
END;
$$;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""AuditEvents_NoUpdateDelete"" BEFORE UPDATE OR DELETE ON ""AuditEvents""
FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();");
            migrationBuilder.Sql(@"CREATE TRIGGER ""AuditEvents_NoTruncate"" BEFORE TRUNCATE ON ""AuditEvents""
FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP TRIGGER ""AuditEvents_NoTruncate"" ON ""AuditEvents"";");
            migrationBuilder.Sql(@"DROP TRIGGER ""AuditEvents_NoUpdateDelete"" ON ""AuditEvents"";");
            migrationBuilder.Sql("DROP FUNCTION audit_events_append_only();");
        }
    }
}
