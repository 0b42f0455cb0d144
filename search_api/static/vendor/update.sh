#!/usr/bin/env bash
# Re-vendor the search page's third-party assets from the npm registry (`make vendor`).
# The files are committed: the page never fetches anything from a CDN at run time.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent echarts@6.1.0 echarts@4.9.0 >/dev/null
mkdir e6 e4
tar xzf echarts-6.1.0.tgz -C e6
tar xzf echarts-4.9.0.tgz -C e4
cp e6/package/dist/echarts.min.js "$here/echarts.min.js"
cp e6/package/LICENSE "$here/LICENSE-echarts"
cp e6/package/NOTICE "$here/NOTICE-echarts"
# the province shapes: the last Apache ECharts release that ships them (map/json/china.json)
cp e4/package/map/json/china.json "$here/china.json"
cd "$here" && sha256sum -c SHA256SUMS
