#!/bin/sh
# Each task of scripts/machine-check.c alone, then two copies at once.
# "speed-up" is the work two cores did, against one: 2.00 means they add up fully.
# Pinned: alone on core 0, then on cores 0 and 1 (taskset). Not pinned: the kernel places the
# threads, as it does for Node's threads.
set -e
bin=$(mktemp)
gcc -O2 -pthread -o "$bin" "$(dirname "$0")/machine-check.c"
check() {
  pin0=$1 pin1=$2
  shift 2
  # shellcheck disable=SC2086
  alone=$($pin0 "$bin" "$@" | cut -d' ' -f1)
  both=$( ($pin0 "$bin" "$@" & $pin1 "$bin" "$@" & wait) | cut -d' ' -f1 | awk '{ s += $1 } END { print s / 2 }')
  echo "$*: alone ${alone} s, each of two at once ${both} s, speed-up $(echo "2 * $alone / $both" | bc -l | cut -c1-4)"
}
echo "pinned:"
for task in "ports 1500000000" "chain 500000000" "chase 50000000 32" "chase 50000000 640" "chase 30000000 16384" "copy 32 400" "copy 256 40" "remap 1 2000" "remap 1 2000 100"; do
  # shellcheck disable=SC2086
  check "taskset -c 0" "taskset -c 1" $task
done
echo "not pinned:"
for task in "remap 1 2000" "remap 1 2000 100" "remap 1 2000 1000"; do
  # shellcheck disable=SC2086
  check "" "" $task
done
rm -f "$bin"
