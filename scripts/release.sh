#!/usr/bin/env bash
# Makes a milepel release without the npm registry (README "Install in a plans repository"):
#   1. the package tarball milepel-<version>.tgz, packed by `npm pack` (its prepack script builds dist/);
#   2. a git tag v<version> on a commit whose tree is exactly that package (bundle included, no scripts,
#      no devDependencies) plus action.yml, with the current HEAD as its parent.
# The tag is what `npm install github:milepel/milepel#v<version>` and `uses: milepel/milepel@v<version>` fetch:
# the bundle is there, so npm builds nothing and runs no script, and the action runs without a build.
# main never holds the bundle (dist/ is ignored); only release commits do.
#
# Usage (in a clean clone, at the commit to release):
#   scripts/release.sh [--tarball <milepel-x.y.z.tgz>] [--out <dir>]
# then: git push origin v<version>, and attach the tarball to the GitHub release v<version>.
set -euo pipefail

tarball="" out="."
while [ $# -gt 0 ]; do
  case "$1" in
    --tarball) tarball=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "release: unknown argument $1 (use --tarball <file> or --out <dir>)" >&2; exit 2 ;;
  esac
done

root=$(git rev-parse --show-toplevel)
version=$(node -p "require('$root/package.json').version")
tag="v$version"
if git rev-parse --quiet --verify "refs/tags/$tag" >/dev/null; then
  echo "release: tag $tag exists already; raise the version in package.json first" >&2
  exit 2
fi

if [ -z "$tarball" ]; then
  mkdir -p "$out"
  name=$(cd "$root" && npm pack --silent --pack-destination "$(cd "$out" && pwd)" | tail -n 1)
  tarball="$out/$name"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
[ -f "$work/package/dist/milepel.cjs" ] || { echo "release: $tarball has no dist/milepel.cjs; pack it with npm pack (prepack builds)" >&2; exit 2; }
cp "$root/action.yml" "$work/package/action.yml"
# What a git dependency installs is the repository itself: no lifecycle script may ask npm to install
# devDependencies and build it there (npm does so for prepare, prepack, install and build scripts).
node -e '
  const fs = require("fs"); const file = process.argv[1];
  const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
  delete pkg.scripts; delete pkg.devDependencies;
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
' "$work/package/package.json"

export GIT_INDEX_FILE="$work/index"
git --work-tree="$work/package" add --all --force .
tree=$(git write-tree)
unset GIT_INDEX_FILE
commit=$(git commit-tree "$tree" -p HEAD -m "milepel $version (release: the packed package with its bundle, and action.yml)")
git tag "$tag" "$commit"
echo "release: $tarball"
echo "release: tag $tag at $commit (parent $(git rev-parse --short HEAD)); push it with: git push origin $tag"
