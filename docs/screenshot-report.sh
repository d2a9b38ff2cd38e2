#!/bin/sh
# Takes a screenshot of a gpsim report in headless Chromium, to check by eye how it looks in a
# real browser. Not part of the build or CI: it needs the Debian package chromium
# (apt-get install -y chromium) and, for --pages, a JDK to run docs/SliceScreenshot.java.
#
# Usage: docs/screenshot-report.sh RUN_DIR|PAGE.html [OUT.png] [HEIGHT]
#   RUN_DIR  a directory written by 'gpsim compare' (it holds report.html)
#   PAGE.html  any page gpsim wrote, e.g. a profile: RUN_DIR/profiles/1856-rost.html
#   OUT.png  where to write the screenshot (default: RUN_DIR/report-screenshot.png, or PAGE-screenshot.png)
#   HEIGHT   window height in pixels (default 4000; a long report needs about 16000)
# With GPSIM_SHOT_PAGES=1 the screenshot is also cut into pages of 2600 pixels
# (OUT-1.png, OUT-2.png, ...), which an image viewer shows at a readable size.
#
# The browser runs with a throw-away profile and with networking features off; the report is
# self-contained, so it needs no network.
set -eu
if [ $# -lt 1 ]; then
  echo "usage: $0 RUN_DIR [OUT.png] [HEIGHT]" >&2
  exit 2
fi
if [ -f "$1" ]; then
  run_dir=$(cd "$(dirname "$1")" && pwd)
  report="$run_dir/$(basename "$1")"
  out=${2:-"${report%.html}-screenshot.png"}
else
  run_dir=$(cd "$1" && pwd)
  report="$run_dir/report.html"
  out=${2:-"$run_dir/report-screenshot.png"}
fi
height=${3:-4000}
if [ ! -f "$report" ]; then
  echo "$0: no report.html in $run_dir (run gpsim compare, or gpsim charts $run_dir)" >&2
  exit 2
fi
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "$0: Chromium not found; install it with: apt-get install -y chromium" >&2
  exit 2
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$out" --window-size=1400,"$height" \
  "file://$report" 2>/dev/null
echo "screenshot: $out"
if [ "${GPSIM_SHOT_PAGES:-0}" = 1 ]; then
  java "$(dirname "$0")/SliceScreenshot.java" "$out" 2600
fi
