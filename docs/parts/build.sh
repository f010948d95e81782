#!/usr/bin/env bash
# Assembles docs/simulation.md from its parts, one per model family: bash docs/parts/build.sh
set -eu
cd "$(dirname "$0")"
{
  cat intro.md
  for part in electrochemistry hh cable contraction whatif; do
    [ -f "$part.md" ] || continue
    echo
    # Each part is written as a page of its own; inside simulation.md its headings go one level down.
    # Lines inside ``` fences are code and stay as written.
    awk '/^```/ { fenced = !fenced } !fenced && /^#+ / { print "#" $0; next } { print }' "$part.md"
  done
} > ../simulation.md
