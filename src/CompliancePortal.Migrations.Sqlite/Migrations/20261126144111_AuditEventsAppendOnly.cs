using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CompliancePortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditEventsAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit chain is append-only: the database itself refuses to change or remove an event.
            migrationBuilder.Sql(@"CREATE TRIGGER AuditEvents_NoUpdate BEFORE UPDATE ON AuditEvents
BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only: events cannot be updated'); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER AuditEvents_NoDelete BEFORE DELETE ON AuditEvents
BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only: events cannot be deleted'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER AuditEvents_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER AuditEvents_NoDelete;");
        }
    }
}
