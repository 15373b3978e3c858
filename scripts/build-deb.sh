#!/bin/sh
# Builds the Debian package with cargo-deb (installed first if missing) and prints its path.
# Extra arguments go to cargo-deb: CI passes `--profile dev --fast` to reuse its test build.
#
#   scripts/build-deb.sh                 target/debian/palimpsest_<version>-1_<arch>.deb
set -eu
cd "$(dirname "$0")/.."

CARGO_DEB_VERSION="3.8.0"
if ! cargo deb --version >/dev/null 2>&1; then
    echo "build-deb: installing cargo-deb $CARGO_DEB_VERSION" >&2
    cargo install --locked --quiet cargo-deb --version "$CARGO_DEB_VERSION"
fi
out="target/debian"
mkdir -p "$out"
cargo deb --locked --quiet --output "$out" "$@" >/dev/null
deb=$(ls -t "$out"/palimpsest_*.deb | head -n 1)
echo "$deb"
