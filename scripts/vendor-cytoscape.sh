#!/usr/bin/env bash
# Re-vendors the graph library of `tieup report` from the npm registry:
# cytoscape (MIT), pinned below; the minified file keeps its licence header.
# Usage: scripts/vendor-cytoscape.sh [VERSION]
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-3.35.0}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npm install --prefix "$tmp" --no-audit --no-fund --ignore-scripts "cytoscape@$version" >/dev/null
dest=src/review/report/vendor
cp "$tmp/node_modules/cytoscape/dist/cytoscape.min.js" "$dest/cytoscape.min.js"
cp "$tmp/node_modules/cytoscape/LICENSE" "$dest/cytoscape.LICENSE"
if grep -qi '</script' "$dest/cytoscape.min.js"; then
  echo "cytoscape.min.js contains </script: it cannot be inlined as is" >&2
  exit 1
fi
echo "vendored cytoscape $version into $dest"
