#!/usr/bin/env bash
# The main job: install what is missing, build the release page, serve it on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
. tools/env.sh
PORT="${PORT:-8080}"
tools/build.sh
echo "daijiao: serving the page at http://127.0.0.1:$PORT/ (Ctrl-C to stop)"
exec node tools/e2e/serve.mjs dist "$PORT"
