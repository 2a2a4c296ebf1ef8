#!/usr/bin/env bash
# Builds the release page into dist/: the resident's page (index.html) and the clerk's page
# (clerk.html), each with its own wasm bundle so that residents never download the clerk's code.
# Trunk builds one HTML target at a time; the clerk's build goes to a staging folder and is
# merged in as clerk.html (the other file names are content-hashed, so nothing collides).
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/env.sh
# The CLI first: postbuild.mjs asks it for the policy summary the pages show as their fallback.
cargo build --release --bin daijiao
trunk build www/index.html --release --dist dist
trunk build www/clerk.html --release --dist target/dist-clerk
mv target/dist-clerk/index.html target/dist-clerk/clerk.html   # Trunk always writes index.html
cp -r target/dist-clerk/. dist/
rm -f dist/.trunk-lock
node tools/postbuild.mjs dist

# The JavaScript package for portal integrators (dist/js/): the library with feature `js`,
# through wasm-bindgen (--target web) and wasm-opt, plus the hand-written ES module wrapper,
# its TypeScript declarations, the embed script and the stylesheet.
cargo build --lib --target wasm32-unknown-unknown --no-default-features --features js --profile wasm-release
wasm-bindgen --target web --out-dir target/js-pkg --out-name daijiao \
  target/wasm32-unknown-unknown/wasm-release/daijiao.wasm
wasm-opt -Oz target/js-pkg/daijiao_bg.wasm -o target/js-pkg/daijiao_bg.wasm
mkdir -p dist/js
cp target/js-pkg/daijiao.js target/js-pkg/daijiao_bg.wasm www/js/* dist/js/
cp www/style.css dist/js/style.css
# Where WebAssembly cannot run: the embed shows the summary, the module rejects with these words.
for lang in zh en; do
  target/release/daijiao summary --format html --lang "$lang" | sed -n '/<section/,$p' > "dist/js/summary.$lang.html"
done
node -e '
  const fs = require("fs");
  const file = "dist/js/index.js";
  const messages = require("child_process").execFileSync("target/release/daijiao", ["summary", "--format", "messages"]).toString().trim();
  const js = fs.readFileSync(file, "utf8");
  if (!js.includes("__DJ_UNAVAILABLE__")) throw new Error("index.js has no __DJ_UNAVAILABLE__");
  fs.writeFileSync(file, js.replace("__DJ_UNAVAILABLE__", messages));
'
