#!/usr/bin/env bash
# Adds a migration of the composed model for both providers (SQLite and PostgreSQL). No database is contacted.
#   etc/add-migration.sh AddCourses
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: etc/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql; do
  project=aspnet-core/src/Training.Migrations.$provider
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
    --context TrainingMigrationsDbContext --output-dir Migrations -- --provider "$provider"
done
