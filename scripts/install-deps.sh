#!/usr/bin/env bash
# Installs the Debian packages kg needs to build, test and run, skipping those already present.
# Usage: scripts/install-deps.sh            (run as root, or with sudo available)
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git python3
    librocksdb-dev            # storage
    libboost-graph-dev        # in-memory graph and algorithms
    libfmt-dev                # formatting
    libgtest-dev libgmock-dev # unit tests
    antlr4 libantlr4-runtime-dev default-jre-headless  # query grammar (tool 4.7.2, runtime 4.9)
    libre2-dev                # linear-time regular expressions for =~
    libutf8proc-dev           # Unicode normalization and case folding
    libcli11-dev              # command-line parsing
    nlohmann-json3-dev        # JSON Lines input and parameters
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
