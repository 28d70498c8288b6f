#!/bin/sh
# Each task of scripts/machine-check.c alone on core 0, then on cores 0 and 1 at once.
# "speed-up" is the work two cores did, against one: 2.00 means they add up fully.
set -e
bin=$(mktemp)
gcc -O2 -o "$bin" "$(dirname "$0")/machine-check.c"
for task in "ports 1500000000" "chain 500000000" "chase 50000000 32" "chase 50000000 640" "chase 30000000 16384" "copy 32 400" "copy 256 40"; do
  # shellcheck disable=SC2086
  alone=$(taskset -c 0 "$bin" $task | cut -d' ' -f1)
  both=$( (taskset -c 0 "$bin" $task & taskset -c 1 "$bin" $task & wait) | cut -d' ' -f1 | awk '{ s += $1 } END { print s / 2 }')
  echo "$task: alone ${alone} s, each of two at once ${both} s, speed-up $(echo "2 * $alone / $both" | bc -l | cut -c1-4)"
done
rm -f "$bin"
