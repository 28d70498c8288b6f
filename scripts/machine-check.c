/*
 * Does this machine give two processes twice the work of one? Outside Node, with no garbage
 * collector or compiler threads. Run: sh scripts/machine-check.sh (needs gcc and taskset).
 *   ports N      independent integer operations: limited by the core's execution units
 *   chain N      one chain of multiplications: limited by latency
 *   chase N KB   random pointer chasing over a KB-sized buffer: limited by a cache level or memory
 *   copy MB R    copy an MB-sized buffer R times: limited by memory bandwidth
 * Prints the seconds the timed part took.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  if (argc < 3) return 2;
  const char *mode = argv[1];
  long n = atol(argv[2]);
  uint64_t out = 0;
  double start = now();
  if (!strcmp(mode, "ports")) {
    uint64_t a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8;
    for (long i = 0; i < n; i++) { a += i; b ^= a; c += b; d ^= i; e += d; f ^= e; g += i; h ^= g; a += h; }
    out = a + b + c + d + e + f + g + h;
  } else if (!strcmp(mode, "chain")) {
    uint64_t x = 1;
    for (long i = 0; i < n; i++) x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    out = x;
  } else if (!strcmp(mode, "chase") && argc > 3) {
    long m = atol(argv[3]) * 1024 / 8;
    uint64_t *next = malloc(m * 8);
    long *order = malloc(m * sizeof(long));
    for (long i = 0; i < m; i++) order[i] = i;
    srand(1);
    for (long i = m - 1; i > 0; i--) { long j = rand() % (i + 1), t = order[i]; order[i] = order[j]; order[j] = t; }
    for (long i = 0; i < m; i++) next[order[i]] = order[(i + 1) % m];
    start = now();
    uint64_t x = order[0];
    for (long i = 0; i < n; i++) x = next[x];
    out = x;
  } else if (!strcmp(mode, "copy") && argc > 3) {
    size_t bytes = (size_t)n << 20;
    long reps = atol(argv[3]);
    char *a = malloc(bytes), *b = malloc(bytes);
    memset(a, 1, bytes);
    memset(b, 2, bytes);
    start = now();
    for (long r = 0; r < reps; r++) { memcpy(b, a, bytes); a[r % bytes]++; }
    out = (uint64_t)b[5];
  } else return 2;
  printf("%.3f %llu\n", now() - start, (unsigned long long)out);
  return 0;
}
