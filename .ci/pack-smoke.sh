#!/usr/bin/env bash
# Packs milepel, installs the tarball globally into an empty prefix, and runs it from an empty directory.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

tarball=$(cd "$repo" && npm pack --silent --pack-destination "$tmp" | tail -n 1)
echo "packed $tarball ($(du -k "$tmp/$tarball" | cut -f1) KiB)"
npm install --global --prefix "$tmp/prefix" --no-audit --no-fund "$tmp/$tarball" >/dev/null
milepel="$tmp/prefix/bin/milepel"

mkdir "$tmp/work" && cp -r "$repo/plans" "$tmp/work/plans"
cd "$tmp/work"
"$milepel" --version
expect() { # expect <exit code> <command…>
  local want=$1; shift
  set +e; "$@" >"$tmp/out" 2>"$tmp/err"; local got=$?; set -e
  if [ "$got" != "$want" ]; then echo "FAIL: $* exited $got, expected $want"; cat "$tmp/err"; exit 1; fi
  echo "ok: $* (exit $got, $(wc -c <"$tmp/out") bytes)"
}
expect 1 "$milepel" validate plans/
expect 0 "$milepel" critical-path plans/ --format json
expect 0 "$milepel" export --format ics plans/
grep -q "BEGIN:VCALENDAR" "$tmp/out"
expect 0 "$milepel" schema
expect 2 "$milepel" validate does-not-exist/
# A schema error: its hint is the schema's description, which the bundle loads from dist/vendor/plan-schema.cjs.
mkdir "$tmp/bad" && printf 'plan:\n  id: bad\n  titel: Misspelt\n' >"$tmp/bad/plan.yaml"
expect 1 "$milepel" validate "$tmp/bad"
grep -q "human-readable name of the plan" "$tmp/out"
"$milepel" init "$tmp/fresh/plans" >/dev/null
expect 0 "$milepel" validate "$tmp/fresh/plans"
echo "pack smoke test passed"
