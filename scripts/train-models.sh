#!/usr/bin/env bash
# Rebuilds every model of the language core from the Universal Dependencies treebanks.
# Usage: scripts/train-models.sh [UD_DIR] [OUT_DIR]
#   UD_DIR  defaults to $KG_SHARED_DIR/ud, else ../shared/ud next to the repository
#   OUT_DIR defaults to models/
# Deterministic: the same treebanks and seed give byte-identical model files.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${KG_SHARED_DIR:-$root/../shared}"
ud_dir="${1:-$shared/ud}"
out_dir="${2:-$root/models}"
build_dir="$root/build/release"

if [ ! -f "$ud_dir/en_ewt-ud-train.conllu" ]; then
    echo "train-models: no treebanks in '$ud_dir' (set KG_SHARED_DIR or pass UD_DIR)" >&2
    exit 1
fi

if [ ! -f "$build_dir/build.ninja" ]; then
    cmake --preset release >/dev/null
fi
nice -n 10 cmake --build "$build_dir" -j2 --target kg-train
"$build_dir/extraction/tools/kg-train" --ud "$ud_dir" --out "$out_dir" --seed 1
