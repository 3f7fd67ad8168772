#!/usr/bin/env bash
# Ship ECharts with the package (the HTML report must work offline): take it from the npm package once.
set -euo pipefail
dest="$1"
command -v npm >/dev/null 2>&1 || bash "$(dirname "$0")/system-deps.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent echarts@5 >/dev/null && tar -xzf echarts-*.tgz package/dist/echarts.min.js package/LICENSE)
mkdir -p "$(dirname "$dest")"
cp "$work/package/dist/echarts.min.js" "$dest"
cp "$work/package/LICENSE" "$(dirname "$dest")/ECHARTS-LICENSE"
echo "fetched $(basename "$dest") from the npm package echarts"
