#!/bin/sh
# Installs the Debian packages quoth needs to build and test, when missing.
# Usage: scripts/ensure-deps.sh PACKAGE...
# Runs `apt-get update` at most once per call, and only when something is
# missing; says what it installs; fails with a clear message when it cannot
# (not root, no apt-get, no network).
set -u
missing=""
for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done
[ -z "$missing" ] && exit 0

echo "quoth: installing missing Debian packages:$missing" >&2
if ! command -v apt-get >/dev/null 2>&1; then
    echo "quoth: apt-get not found; install these packages by hand:$missing" >&2
    exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        echo "quoth: not root and no sudo; run as root or: apt-get install$missing" >&2
        exit 1
    fi
else
    SUDO=""
fi
export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update -qq >&2; then
    echo "quoth: apt-get update failed (no network?); needed:$missing" >&2
    exit 1
fi
# shellcheck disable=SC2086
if ! $SUDO apt-get install -y -qq --no-install-recommends $missing >&2; then
    echo "quoth: apt-get install failed for:$missing" >&2
    exit 1
fi
echo "quoth: installed$missing" >&2
