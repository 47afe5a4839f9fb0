#!/usr/bin/env bash
# Walks the audit log's hash chain (read-only) and reports the first broken row, and rows left unsealed for over a minute.
#   etc/audit-check.sh                          # the database of etc/run.sh (App_Data/training.db)
#   Database__Provider=PostgreSql ConnectionStrings__Default="Host=db;Database=training;…" etc/audit-check.sh
#   etc/audit-check.sh --unsealed-minutes 5     # allow rows to wait longer for their seal
# Exit code: 0 intact; 1 broken (the row is named); 2 intact, but rows left unsealed (is a node running?); 3 not checked.
# The same check without this script: dotnet Training.DbMigrator.dll audit-check (in a deployment's migrator folder).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export Database__Provider=${Database__Provider:-Sqlite}
export ConnectionStrings__Default=${ConnectionStrings__Default:-"Data Source=$root/App_Data/training.db"}
export Serilog__MinimumLevel__Default=${Serilog__MinimumLevel__Default:-Warning}
if [ "$Database__Provider" = Sqlite ]; then
  file=${ConnectionStrings__Default#Data Source=}; file=${file%%;*}
  [ -f "$file" ] || { echo "Audit chain NOT CHECKED: no database at $file" >&2; exit 3; }
fi
out=artifacts/migrator
dotnet build aspnet-core/src/Training.DbMigrator -c Release -o "$out" -nologo -clp:ErrorsOnly -p:UseSharedCompilation=true >/dev/null
exec dotnet "$out/Training.DbMigrator.dll" audit-check "$@"
