#!/usr/bin/env bash
# Builds the release page into dist/: the resident's page (index.html) and the clerk's page
# (clerk.html), each with its own wasm bundle so that residents never download the clerk's code.
# Trunk builds one HTML target at a time; the clerk's build goes to a staging folder and is
# merged in as clerk.html (the other file names are content-hashed, so nothing collides).
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/env.sh
trunk build www/index.html --release --dist dist
trunk build www/clerk.html --release --dist target/dist-clerk
mv target/dist-clerk/index.html target/dist-clerk/clerk.html   # Trunk always writes index.html
cp -r target/dist-clerk/. dist/
rm -f dist/.trunk-lock
