#!/usr/bin/env bash
# The README's first command: installs what is missing, builds kg, and builds a knowledge graph
# from the bundled examples into ./kg.db (or $KG_DB), then shows what is in it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh release
kg=build/release/cli/kg
db="${KG_DB:-./kg.db}"
echo
echo "== importing the example facts into $db"
"$kg" --db "$db" import examples/facts/*
echo
echo "== what is in the database"
"$kg" --db "$db" stats --top 5
echo
"$kg" --db "$db" check
