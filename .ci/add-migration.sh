#!/usr/bin/env bash
# Adds one migration with the same name to every database provider, so no provider falls behind.
# Usage: .ci/add-migration.sh MigrationName
set -euo pipefail
name="${1:?usage: .ci/add-migration.sh MigrationName}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  project="src/CompliancePortal.Migrations.$provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
