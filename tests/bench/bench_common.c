/*
 * bench_common — helpers shared by the benchmarks (bench_common.h).
 */
#include "bench_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double bench_median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, by_value);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double bench_min(const double *v, int n)
{
    double m = v[0];
    for (int i = 1; i < n; i++)
        if (v[i] < m)
            m = v[i];
    return m;
}

double bench_peak_rss_mb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_maxrss / 1024.0;
}

bench_options bench_args(int argc, char **argv, size_t default_size, size_t max_size,
                         const char *usage)
{
    bench_options o;
    o.size = argc > 1 ? strtoul(argv[1], NULL, 10) : default_size;
    o.repeats = argc > 2 ? atoi(argv[2]) : 5;
    if (argc > 3 || o.size == 0 || o.size > max_size || o.repeats <= 0 ||
        o.repeats > BENCH_MAX_REPEATS) {
        fprintf(stderr, "usage: %s\n", usage);
        exit(2);
    }
    return o;
}

const char *bench_data_path(char *buf, size_t buf_size, const char *name)
{
    snprintf(buf, buf_size, "%s/%s", cchc_data_dir(), name);
    return buf;
}

void bench_check(int rc, const char *what)
{
    if (rc == CCHC_OK)
        return;
    fprintf(stderr, "bench: %s: %s\n", what, cchc_last_error_message());
    exit(1);
}

cchc_plan *bench_load_plan(void)
{
    char path[4096];
    cchc_plan *plan = NULL;
    bench_check(cchc_plan_load_file(&plan, bench_data_path(path, sizeof path, BENCH_PLAN_FILE),
                                    NULL),
                "the bundled plan");
    return plan;
}

cchc_plan *bench_synthetic_plan(const cchc_plan *seed, size_t tasks)
{
    char *json = NULL;
    cchc_plan *plan = NULL;
    /* Start from a copy of the seed (units, header, calendar) without its tasks. */
    bench_check(cchc_plan_save_data(&json, NULL, seed), "copying the seed plan");
    bench_check(cchc_plan_load_data(&plan, json, strlen(json), "seed", NULL),
                "copying the seed plan");
    cchc_free(json);
    while (cchc_plan_task_count(plan) > 0)
        bench_check(cchc_plan_remove_task(plan, cchc_task_key(cchc_plan_task_at(plan, 0))),
                    "emptying the copy of the seed plan");
    size_t n_seed = cchc_plan_task_count(seed);
    if (n_seed == 0) {
        fprintf(stderr, "bench: the seed plan has no tasks\n");
        exit(1);
    }
    for (size_t i = 0; i < tasks; i++) {
        cchc_task *task = NULL;
        char id[32];
        bench_check(cchc_task_copy(&task, cchc_plan_task_at(seed, i % n_seed)), "copying a task");
        snprintf(id, sizeof id, "%d.%zu", cchc_task_area(task), i + 1);
        int rc = cchc_task_set_id(task, id);
        if (rc == CCHC_OK)
            rc = cchc_plan_add_task(plan, task);
        cchc_task_free(task);
        bench_check(rc, "building the synthetic plan");
    }
    return plan;
}

cchc_plan *bench_synthetic_bundled_plan(size_t tasks)
{
    cchc_plan *seed = bench_load_plan();
    cchc_plan *plan = bench_synthetic_plan(seed, tasks);
    cchc_plan_free(seed);
    return plan;
}

void bench_print_time(const char *label, double *v, int n, size_t items, const char *per)
{
    double med = bench_median(v, n), min = bench_min(v, n);
    printf("%-34s %9.4f s  %9.4f s", label, med, min);
    if (items && med > 0)
        printf("  %11.0f %s", (double)items / med, per);
    printf("\n");
}
