/*
 * Does this machine give two processes twice the work of one? Outside Node, with no garbage
 * collector or compiler threads. Run: sh scripts/machine-check.sh (needs gcc and taskset).
 *   ports N      independent integer operations: limited by the core's execution units
 *   chain N      one chain of multiplications: limited by latency
 *   chase N KB   random pointer chasing over a KB-sized buffer: limited by a cache level or memory
 *   copy MB R    copy an MB-sized buffer R times: limited by memory bandwidth
 *   remap MB R [US]  map MB of fresh memory, touch each page, unmap it, R times: limited by
 *                page faults and page-table changes. With US, a second thread of the same
 *                process wakes every US microseconds (as a garbage collector's or compiler's
 *                helper thread does), so the kernel must tell both cores about each unmap.
 * Prints the seconds the timed part took.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

static volatile int stop_helper = 0;
static void *helper(void *arg) {
  long us = (long)arg;
  while (!stop_helper) usleep(us);
  return NULL;
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
  } else if (!strcmp(mode, "remap") && argc > 3) {
    size_t bytes = (size_t)n << 20;
    long reps = atol(argv[3]);
    pthread_t thread;
    long us = argc > 4 ? atol(argv[4]) : 0;
    if (us > 0) pthread_create(&thread, NULL, helper, (void *)us);
    start = now();
    for (long r = 0; r < reps; r++) {
      char *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (p == MAP_FAILED) return 1;
      for (size_t i = 0; i < bytes; i += 4096) p[i] = (char)r;
      out += (uint64_t)p[bytes / 2];
      munmap(p, bytes);
    }
    stop_helper = 1;
    if (us > 0) pthread_join(thread, NULL);
  } else return 2;
  printf("%.3f %llu\n", now() - start, (unsigned long long)out);
  return 0;
}
