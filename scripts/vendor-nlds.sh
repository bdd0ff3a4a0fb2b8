#!/usr/bin/env bash
# Refresh the vendored NL Design System CSS in static/vendor/nlds/.
#
# Running the portal needs no Node.js: this script is the only place npm is used.
# It fetches the pinned packages with `npm pack` into a temporary directory and
# copies only the built CSS and the licence files. Bump a version below, run the
# script, look at the diff in static/vendor/nlds/ and commit it.
#
#   scripts/vendor-nlds.sh
set -euo pipefail

COMPONENTS_VERSION="12.0.0"  # @rijkshuisstijl-community/components-css
TOKENS_VERSION="11.1.0"      # @rijkshuisstijl-community/design-tokens

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$repo_root/static/vendor/nlds"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v npm >/dev/null || { echo "npm is needed to refresh the vendored CSS" >&2; exit 1; }

fetch() {  # fetch <package> <version> <dir-name>
    local package="$1" version="$2" name="$3"
    (cd "$work" && npm pack --silent "$package@$version" >/dev/null)
    mkdir -p "$work/$name"
    tar -xzf "$work"/*"${package##*/}-$version.tgz" -C "$work/$name" --strip-components=1
}

fetch "@rijkshuisstijl-community/components-css" "$COMPONENTS_VERSION" components-css
fetch "@rijkshuisstijl-community/design-tokens" "$TOKENS_VERSION" design-tokens

rm -rf "$dest"
mkdir -p "$dest/components-css" "$dest/design-tokens"
# The components: one bundled stylesheet. The tokens: custom properties scoped to
# the `.rhc-theme` class, which base.html sets on <body>.
cp "$work/components-css/dist/index.css" "$dest/components-css/index.css"
cp "$work/components-css/LICENSE.md" "$dest/components-css/LICENSE.md"
cp "$work/design-tokens/dist/index.css" "$dest/design-tokens/index.css"
cp "$work/design-tokens/LICENSE.md" "$dest/design-tokens/LICENSE.md"

{
    echo "# Vendored by scripts/vendor-nlds.sh; do not edit these files by hand."
    echo "@rijkshuisstijl-community/components-css $COMPONENTS_VERSION $(sha256sum "$dest/components-css/index.css" | cut -d' ' -f1)"
    echo "@rijkshuisstijl-community/design-tokens $TOKENS_VERSION $(sha256sum "$dest/design-tokens/index.css" | cut -d' ' -f1)"
    echo "# Theme class: rhc-theme (on <body>)."
} >"$dest/VERSIONS.txt"

echo "Vendored into $dest:"
cat "$dest/VERSIONS.txt"
