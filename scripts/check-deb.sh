#!/bin/sh
# Checks a built .deb the way a user meets it: its dependencies are the runtime list the
# README installs, its desktop entry is valid, and once installed (with apt-get, which brings
# its dependencies, as root; unpacked in a temporary folder otherwise) the installed program prints its version and
# compares the sample pair. A package this script installed is removed at the end.
#
#   scripts/check-deb.sh target/debian/palimpsest_0.1.0-1_amd64.deb
set -eu
cd "$(dirname "$0")/.."
deb="${1:?give the .deb to check}"
fail() { echo "check-deb: $*" >&2; exit 1; }

depends=$(dpkg-deb --field "$deb" Depends)
recommends=$(dpkg-deb --field "$deb" Recommends)
for p in $(scripts/install-deps.sh --list runtime); do
    case ", $depends, $recommends," in
        *", $p,"* | *", $p "*) ;;
        *) fail "the package does not depend on $p, which scripts/install-deps.sh installs to run the app" ;;
    esac
done

contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/palimpsest ./usr/share/applications/palimpsest.desktop \
    ./usr/share/icons/hicolor/scalable/apps/palimpsest.svg \
    ./usr/share/icons/hicolor/48x48/apps/palimpsest.png; do
    echo "$contents" | grep -q " $f\$" || fail "the package has no $f"
done
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate assets/palimpsest.desktop || fail "assets/palimpsest.desktop is not valid"
fi

how="unpacked in a temporary folder"
if [ "$(id -u)" -eq 0 ] && ! dpkg-query -W palimpsest >/dev/null 2>&1; then
    case "$deb" in /*) path="$deb" ;; *) path="./$deb" ;; esac
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$path" >/dev/null \
        || fail "apt-get install $path failed"
    how="installed with apt-get (removed again at the end)"
    bin=/usr/bin/palimpsest
    trap 'dpkg -r palimpsest >/dev/null' EXIT
else
    root=$(mktemp -d)
    trap 'rm -rf "$root"' EXIT
    dpkg-deb -x "$deb" "$root"
    bin="$root/usr/bin/palimpsest"
fi

version=$("$bin" --version)
case "$version" in
    "palimpsest $(dpkg-deb --field "$deb" Version | sed 's/-[0-9]*$//')"*) ;;
    *) fail "the installed program says '$version'" ;;
esac
status=0
report=$("$bin" diff assets/samples/putin-v1.txt assets/samples/putin-v2.txt --format json) || status=$?
[ "$status" -eq 1 ] || fail "diff of the sample pair exited with $status, not 1 (differences found)"
echo "$report" | grep -q "\"schema\":\"palimpsest/report/1\"" || fail "the sample report is not a pair report"
echo "check-deb: $deb $how: $version; compared the sample pair"
