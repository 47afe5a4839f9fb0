#!/usr/bin/env bash
# Follows docs/adding-a-module.md to the letter in a copy of the repository, with a module named Probe: instantiates
# templates/module, names it in the two lists, adds it to the solution, generates its migrations, permission constants,
# OpenAPI document and client, then builds and runs the architecture tests, the new module's HTTP test on SQLite and
# PostgreSQL, the generated-files check, the OpenAPI linters and the feature's web spec, and checks that nothing outside
# the module's folders changed but the two lists, the solution and generated files.
#   etc/test-template.sh COUNTS_FILE        (needs TRAINING_TEST_POSTGRES, as etc/test.sh sets it)
# Writes "PASSED FAILED" to COUNTS_FILE; exits non-zero on any failure.
set -uo pipefail
counts=${1:?usage: etc/test-template.sh COUNTS_FILE}
case "$counts" in /*) ;; *) counts="$(pwd)/$counts" ;; esac
cd "$(dirname "$0")/.."
root=$(pwd)
passed=0; failed=0
write_counts() { echo "$passed $failed" > "$counts"; }
check() { # NAME COMMAND… : one counted test
  local name=$1; shift
  if "$@" >"$work/step.log" 2>&1; then passed=$((passed + 1)); echo "  ok    $name"
  else failed=$((failed + 1)); echo "  FAIL  $name"; tail -40 "$work/step.log" | sed 's/^/        /'; fi
  write_counts
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy="$work/repo"
write_counts

echo "== template: a module made from templates/module (docs/adding-a-module.md)"
# The repository as it stands (tracked and new files, nothing ignored), committed so the change can be listed.
mkdir -p "$copy"
git ls-files -z -co --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$copy"
ln -s "$root/angular/node_modules" "$copy/angular/node_modules"
cd "$copy"
git init -q && git add -A && git -c user.name=t -c user.email=t@t commit -qm base

# Steps 1-3 of the doc.
hive="$work/hive"
dotnet new install ./templates/module --debug:custom-hive "$hive" >/dev/null
dotnet new training-module -n Probe --titleZh 探针 --titleEn Probe -o . --debug:custom-hive "$hive" >/dev/null
sed -i 's|^\(\s*\)<TrainingModule Include="Learning" />|&\n\1<TrainingModule Include="Probe" />|' aspnet-core/src/modules/Modules.props
sed -i "s|^\(import { VERIFY_FEATURE } from './verify/verify.feature';\)|\1\nimport { PROBE_FEATURE } from './probe/probe.feature';|; s|^  VERIFY_FEATURE,|  VERIFY_FEATURE,\n  PROBE_FEATURE,|" angular/src/app/features/features.ts
dotnet sln add aspnet-core/src/modules/Probe/Training.Probe.Contracts aspnet-core/src/modules/Probe/Training.Probe >/dev/null

# Step 4: generate.
build() { timeout 900 dotnet build Training.sln -c Release -p:UseSharedCompilation=true -nologo -clp:ErrorsOnly; }
check "the solution builds with the new module" build
check "migrations for both providers" bash etc/add-migration.sh AddProbe
check "permission constants and OpenAPI document regenerate" env TRAINING_UPDATE_GENERATED=1 \
  timeout 600 dotnet test test/Training.Tests -c Release -nologo --filter GeneratedClientTests
check "the web client regenerates" bash -c 'cd angular && npx --no-install ng-openapi-gen --config ng-openapi-gen.json'
check "the OpenAPI document with the new module passes both linters" bash angular/scripts/lint-openapi.sh
grep -q "Probe: {" angular/src/app/core/permissions.generated.ts && grep -q '"/api/probe/overview"' angular/openapi/v1.json \
  && { passed=$((passed + 1)); echo "  ok    the generated files name the new permission and endpoint"; } \
  || { failed=$((failed + 1)); echo "  FAIL  the generated files do not name Probe"; }

# Step 5: test what the module brings.
check "the solution builds with its migrations" build
check "architecture tests pass with the new module" timeout 600 dotnet test test/Training.ArchTests -c Release --no-build -nologo
check "the module's endpoint test on SQLite and PostgreSQL, and the generated-files check" \
  timeout 600 dotnet test test/Training.Tests -c Release --no-build -nologo \
  --filter "FullyQualifiedName~Training.Tests.Probe.|FullyQualifiedName~GeneratedClientTests|FullyQualifiedName~EndpointPermissionTests"
grep -q "Training.Tests.Probe.ProbeTests_PostgreSql" <(timeout 300 dotnet test test/Training.Tests -c Release --no-build -nologo --list-tests 2>/dev/null) \
  && { passed=$((passed + 1)); echo "  ok    the module's test runs on PostgreSQL too"; } \
  || { failed=$((failed + 1)); echo "  FAIL  no PostgreSQL variant of the module's test"; }
check "the web app compiles and the feature's menu entry sits behind its permission" bash -c \
  'cd angular && timeout 600 npx --no-install tsc -p tsconfig.app.json --noEmit && timeout 600 npx --no-install ng test --watch=false --include src/app/features/probe/probe.feature.spec.ts'

# What the change touches outside the module's own folders.
git add -A
outside=$(git diff --cached --name-only | grep -vE '^(aspnet-core/src/modules/Probe/|test/Training.Tests/Probe/|angular/src/app/features/probe/)' \
  | grep -vE '^(aspnet-core/src/modules/Modules\.props|angular/src/app/features/features\.ts|Training\.sln|aspnet-core/src/Training\.Migrations\.(Sqlite|PostgreSql)/Migrations/.*|angular/openapi/v1\.json|angular/src/app/proxy/.*|angular/src/app/core/permissions\.generated\.ts)$' || true)
if [ -z "$outside" ]; then passed=$((passed + 1)); echo "  ok    outside its folders only the two lists, the solution and generated files change"
else failed=$((failed + 1)); echo "  FAIL  the module touched other files:"; echo "$outside" | sed 's/^/        /'; fi
git -c user.name=t -c user.email=t@t commit -qm "Probe: a new module from the template" && git show --stat --format='%s' HEAD | sed 's/^/        /'
write_counts
echo "template: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
