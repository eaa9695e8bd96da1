#!/bin/sh
# Prints the README's saved-query examples, run on a store built from ../shared/corpus/libya-2020.
# usage: scripts/readme-examples.sh STORE
set -e
for args in "backers-of -p actor=Hifter" "proxy-network -p actor=GNA" "corroboration"; do
  echo '```'
  echo "\$ conflictkg query $args" | sed 's/actor=\(.*\)/actor="\1"/'
  # shellcheck disable=SC2086
  conflictkg query $args --store "$1" | head -12
  echo '```'
  echo
done
