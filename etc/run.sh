#!/usr/bin/env bash
# Runs the portal in one process: the host with the built web app, an embedded SQLite database and demo data.
# Builds what is missing or changed. Honours ASPNETCORE_URLS (default http://127.0.0.1:5080).
#   etc/run.sh                      # demo data in ./App_Data/training.db
#   ASPNETCORE_URLS=http://0.0.0.0:8080 etc/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://127.0.0.1:5080}
export ConnectionStrings__Default=${ConnectionStrings__Default:-"Data Source=$root/App_Data/training.db"}
export Database__Provider=${Database__Provider:-Sqlite}
export Database__SeedDemoData=${Database__SeedDemoData:-true}
# A demo on this machine: the API reference and the readiness check are open (closed by default in Production).
export Api__ExposeDocuments=${Api__ExposeDocuments:-true}
export Health__ExposeReadiness=${Health__ExposeReadiness:-true}
# Start counting calls for tier-up at once, so a freshly started server reaches optimised code in seconds (see README).
export DOTNET_TC_CallCountingDelayMs=${DOTNET_TC_CallCountingDelayMs:-0}
host=aspnet-core/src/Training.HttpApi.Host
out=artifacts/host

if [ -f angular/package.json ]; then bash etc/build-web.sh "$host/wwwroot"; fi

echo "Building the host ..."
dotnet build "$host" -c Release -o "$out" -nologo -clp:ErrorsOnly -p:UseSharedCompilation=true >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true
mkdir -p App_Data

url=${ASPNETCORE_URLS%%;*}
cat <<MSG

  Training portal: ${url/0.0.0.0/localhost}
  API reference:   ${url/0.0.0.0/localhost}/scalar/v1     Health: /health/ready     Jobs: /hangfire (admin)

  Demo accounts (password ${Database__DemoPassword:-Demo@2026}; admin: ${Database__DemoAdminPassword:-Demo@2026-admin}):
    admin   administrator                 hr      HR (all halls, read-only)
    S0001   hall manager, 市政务服务中心    S0002   window lead, 综合受理窗口
    S0004   window staff (own records)    S0018   attendance clerk (考勤员), 市政务服务中心
    S0005 … S0120  more window staff

MSG
cd "$out" && exec dotnet Training.HttpApi.Host.dll
