# Sourced by the scripts: the offline build environment Trunk needs.
export PATH="$PWD/tools/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_OFFLINE=true          # Trunk.toml's offline=true alone does not skip the update check
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROME_PATH=/usr/bin/chromium
