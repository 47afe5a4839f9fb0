#!/usr/bin/env bash
# Builds the Angular app (production) into OUTDIR, e.g. the host's wwwroot:
#   etc/build-web.sh aspnet-core/src/Training.HttpApi.Host/wwwroot
# Installs npm packages when node_modules is missing or package-lock.json changed; rebuilds only when the sources
# changed since the last build into OUTDIR (a hash kept in OUTDIR/.web-build-stamp), so a second run is a quick no-op.
# When OUTDIR is the host project's wwwroot, the built host's copy (artifacts/host/wwwroot, which the host serves and
# which `dotnet build -o artifacts/host` does not fill) is kept in step too.
set -euo pipefail
if [ $# -ne 1 ]; then echo "usage: etc/build-web.sh OUTDIR" >&2; exit 2; fi
out=$1
case "$out" in /*) ;; *) out="$(pwd)/$out" ;; esac   # relative to the caller's directory
cd "$(dirname "$0")/.."
root=$(pwd)
web="$root/angular"

if ! command -v node >/dev/null 2>&1; then echo "build-web: Node.js 20 or later is required" >&2; exit 1; fi

# 1. npm packages, when missing or when the lock file changed since the last install.
lock_hash=$(sha256sum "$web/package-lock.json" "$web/package.json" | sha256sum | cut -c1-64)
if [ ! -d "$web/node_modules" ] || [ "$(cat "$web/node_modules/.install-stamp" 2>/dev/null)" != "$lock_hash" ]; then
  echo "Installing npm packages for the web app ..."
  (cd "$web" && timeout 900 npm install --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" > "$web/node_modules/.install-stamp"
fi

# 2. The sources' hash: everything that goes into the bundle.
src_hash=$(cd "$web" && find src public angular.json package-lock.json tsconfig.json tsconfig.app.json scripts/modulepreload.mjs scripts/compress.mjs -type f -print0 2>/dev/null \
  | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-64)
# Copies a built app from one wwwroot to another, removing the files of the build it replaces (its manifest).
sync_wwwroot() {
  local from=$1 to=$2
  mkdir -p "$to"
  if [ -f "$to/.web-build-stamp" ] && cmp -s "$from/.web-build-stamp" "$to/.web-build-stamp"; then return 0; fi
  remove_previous "$to"
  cp -R "$from/." "$to/"
  echo "Web app copied to $to"
}
remove_previous() {
  local dir=$1
  if [ -f "$dir/.web-build-manifest" ]; then
    while IFS= read -r f; do
      case "$f" in ""|/*|*..*) continue ;; esac
      rm -f "$dir/$f"
    done < "$dir/.web-build-manifest"
    find "$dir" -mindepth 1 -type d -empty -delete
  fi
}
mirror=""
if [ "$(realpath -m "$out")" = "$(realpath -m "$root/aspnet-core/src/Training.HttpApi.Host/wwwroot")" ]; then
  mirror="$root/artifacts/host/wwwroot"
fi

stamp="$out/.web-build-stamp"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$src_hash" ] && [ -f "$out/index.html" ]; then
  echo "Web app is up to date in $out"
  if [ -n "$mirror" ]; then sync_wwwroot "$out" "$mirror"; fi
  exit 0
fi

echo "Building the web app ..."
start=$(date +%s)
(cd "$web" && rm -rf dist/training && timeout 900 npx --no-install ng build --configuration production >"$web/dist-build.log" 2>&1) || {
  cat "$web/dist-build.log" >&2; echo "build-web: ng build failed" >&2; exit 1; }
# Every statically imported chunk preloaded from index.html, then Brotli and gzip siblings of the text files, which
# the host serves by Accept-Encoding (aspnet-core/src/Training.HttpApi.Host/WebApp/WebAppFiles.cs).
(cd "$web" && node scripts/modulepreload.mjs dist/training && node scripts/compress.mjs dist/training) || {
  echo "build-web: post-build steps failed" >&2; exit 1; }

# 3. Replace what an earlier build put into OUTDIR (listed in its manifest), leave anything else alone.
mkdir -p "$out"
remove_previous "$out"
cp -R "$web/dist/training/." "$out/"
(cd "$web/dist/training" && find . -type f | sed 's|^\./||') > "$out/.web-build-manifest"
echo "$src_hash" > "$stamp"
rm -f "$web/dist-build.log"
echo "Web app built into $out in $(( $(date +%s) - start )) s"
if [ -n "$mirror" ]; then sync_wwwroot "$out" "$mirror"; fi
