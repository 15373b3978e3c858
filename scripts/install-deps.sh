#!/bin/sh
# Installs what Palimpsest needs on Debian or Ubuntu: the system packages (with apt-get, as
# root directly or through sudo) and, if no `cargo` is found, the Rust toolchain (rustup,
# for the user who runs this). Safe to run again: what is there is left alone.
#
#   scripts/install-deps.sh            build and run packages, then Rust
#   scripts/install-deps.sh --runtime  only what the app needs to run (no compiler)
#   scripts/install-deps.sh --list runtime|build   print a package list and stop
set -eu

# What the app loads when it runs (OpenGL, X11 and Wayland windows, keyboard maps), and the
# file dialog it opens through zenity. The .deb depends on the same list (Cargo.toml) and
# scripts/check-deb.sh checks that the two agree.
RUNTIME="libgl1 libegl1 libx11-6 libxcursor1 libxi6 libxrandr2 libxkbcommon-x11-0 libwayland-client0 zenity"
# What building it needs besides Rust, and testing its Python package.
BUILD="build-essential pkg-config curl ca-certificates python3 python3-venv"
RUST_VERSION="1.95.0"

say() { printf 'install-deps: %s\n' "$*" >&2; }

case "${1:-}" in
    --list)
        case "${2:-}" in
            runtime) echo "$RUNTIME" ;;
            build) echo "$BUILD" ;;
            *) say "say which list: --list runtime or --list build"; exit 2 ;;
        esac
        exit 0 ;;
    --runtime) packages="$RUNTIME"; rust=no ;;
    "") packages="$RUNTIME $BUILD"; rust=yes ;;
    *) say "unknown option '$1' (use --runtime, --list runtime|build, or nothing)"; exit 2 ;;
esac

if ! command -v apt-get >/dev/null 2>&1; then
    say "this script needs apt-get (Debian or Ubuntu); elsewhere install the equivalents of: $packages"
    exit 1
fi

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done

if [ -n "$missing" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        as_root=""
    elif command -v sudo >/dev/null 2>&1; then
        as_root="sudo"
    else
        say "installing$missing needs root: run this script as root, or ask an administrator to"
        say "run 'apt-get install$missing' (or to install sudo for you), then run it again"
        exit 1
    fi
    say "installing$missing"
    $as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $missing
fi

if [ "$rust" = yes ] && ! command -v cargo >/dev/null 2>&1 && [ ! -x "$HOME/.cargo/bin/cargo" ]; then
    say "installing Rust $RUST_VERSION with rustup, for $(id -un), in $HOME/.cargo"
    installer=$(mktemp)
    trap 'rm -f "$installer"' EXIT
    if ! curl --proto '=https' --tlsv1.2 -sSf -o "$installer" https://sh.rustup.rs; then
        say "cannot download rustup from https://sh.rustup.rs; install Rust $RUST_VERSION another way"
        say "(https://www.rust-lang.org/tools/install) and run this again"
        exit 1
    fi
    sh "$installer" -y --no-modify-path --default-toolchain "$RUST_VERSION"
fi
say "ready"
