#!/bin/sh
# Vendors Cytoscape.js from its npm package into src/conflictkg/assets/cytoscape/.
# usage: scripts/vendor-cytoscape.sh VERSION     (e.g. 3.35.0; needs node and npm)
set -eu
version=${1:?usage: scripts/vendor-cytoscape.sh VERSION}
dest="$(cd "$(dirname "$0")/.." && pwd)/src/conflictkg/assets/cytoscape"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "cytoscape@$version" >/dev/null && tar xzf "cytoscape-$version.tgz")
cp "$tmp/package/dist/cytoscape.min.js" "$tmp/package/LICENSE" "$dest/"
sha=$(sha256sum "$dest/cytoscape.min.js" | cut -d' ' -f1)
integrity=$(cd "$tmp" && npm view "cytoscape@$version" dist.integrity)
sed -i -e "s/^| version | .*/| version | $version |/" \
       -e "s/^| sha256 | .*/| sha256 | \`$sha\` |/" \
       -e "s/^| npm integrity | .*/| npm integrity | \`$integrity\` |/" "$dest/VENDOR.md"
echo "cytoscape $version: sha256 $sha"
