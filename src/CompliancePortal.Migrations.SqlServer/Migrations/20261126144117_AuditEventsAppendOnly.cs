using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CompliancePortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AuditEventsAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit chain is append-only: the database itself refuses to change or remove an event.
            migrationBuilder.Sql(@"CREATE TRIGGER [AuditEvents_AppendOnly] ON [AuditEvents] INSTEAD OF UPDATE, DELETE AS
BEGIN
    THROW 51001, 'AuditEvents is append-only: events cannot be updated or deleted', 1;
END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER [AuditEvents_AppendOnly];");
        }
    }
}
