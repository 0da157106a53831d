/*
 * bench_common — what the benchmarks of tests/bench/ share: the clock, the
 * median and minimum of repeats, the peak resident memory, the bundled data
 * and the synthetic plan made by repeating the bundled plan's tasks.
 *
 * Every benchmark prints, per timed step, the median and the minimum of its
 * repeats; docs/performance.md says which one a table shows.
 */
#ifndef CCHC_BENCH_COMMON_H
#define CCHC_BENCH_COMMON_H

#include <cchc.h>

#include <stddef.h>

/* The most repeats a benchmark accepts (the size of its timing arrays). */
#define BENCH_MAX_REPEATS 100

/* The bundled 2023 plan, in CCHC_DATA_DIR. */
#define BENCH_PLAN_FILE "plan-2023-hai-duong-sldtbxh.json"

/* Seconds on the monotonic clock. */
double bench_now(void);

/* The median of @n values (sorts @v). */
double bench_median(double *v, int n);

/* The smallest of @n values. */
double bench_min(const double *v, int n);

/* The peak resident memory of the process so far, in MB (getrusage). */
double bench_peak_rss_mb(void);

/* What a benchmark is asked to measure. */
typedef struct {
    size_t size;  /* tasks, rows or cards */
    int repeats;  /* 1 … BENCH_MAX_REPEATS */
} bench_options;

/*
 * Reads the benchmark's arguments "[SIZE] [REPEATS]": SIZE defaults to
 * @default_size, REPEATS to 5. Prints "usage: @usage" and exits with 2 when
 * one is out of range (SIZE 1 … @max_size, REPEATS 1 … BENCH_MAX_REPEATS).
 */
bench_options bench_args(int argc, char **argv, size_t default_size, size_t max_size,
                         const char *usage);

/* Writes "<CCHC_DATA_DIR>/@name" into @buf; returns @buf. */
const char *bench_data_path(char *buf, size_t buf_size, const char *name);

/* Prints "bench: @what: <last error message>" on stderr and exits with 1
 * when @rc is not CCHC_OK. */
void bench_check(int rc, const char *what);

/* Loads the bundled 2023 plan (exits with 1 on failure). */
cchc_plan *bench_load_plan(void);

/*
 * A plan with the units, year and calendar of @seed and @tasks tasks: the
 * seed's tasks repeated in order, with the ids "<area>.<n>" (n = 1 …
 * @tasks), so that every id and key is distinct. Exits with 1 on failure.
 */
cchc_plan *bench_synthetic_plan(const cchc_plan *seed, size_t tasks);

/* The synthetic plan of @tasks tasks made from the bundled plan. */
cchc_plan *bench_synthetic_bundled_plan(size_t tasks);

/*
 * Prints one line for a step timed @n times: "@label  <median> s  <min> s",
 * then "<items per second> @per" at the median when @items is not 0.
 * Sorts @v.
 */
void bench_print_time(const char *label, double *v, int n, size_t items, const char *per);

#endif /* CCHC_BENCH_COMMON_H */
