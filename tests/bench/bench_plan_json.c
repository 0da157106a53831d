/*
 * bench_plan_json — how fast plans load from and save to JSON, and how much
 * memory a load takes.
 *
 *   bench_plan_json [TASKS_PER_PLAN] [REPEATS]
 *
 * Builds a synthetic plan by repeating the bundled 2023 plan's tasks until it
 * has TASKS_PER_PLAN tasks (default 50 000), then times save-to-memory and
 * load-from-memory REPEATS times (default 5) and prints the median, MB/s and
 * the peak resident memory of the process.
 */
#include <cchc.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now(void)
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

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, by_value);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static cchc_plan *synthetic_plan(const cchc_plan *seed, size_t tasks)
{
    char *json = NULL;
    cchc_plan *plan = NULL;
    /* Start from a copy of the seed (units, header) without its tasks. */
    if (cchc_plan_save_data(&json, NULL, seed) != CCHC_OK ||
        cchc_plan_load_data(&plan, json, strlen(json), "seed", NULL) != CCHC_OK)
        return NULL;
    cchc_free(json);
    while (cchc_plan_task_count(plan) > 0)
        cchc_plan_remove_task(plan, cchc_task_key(cchc_plan_task_at(plan, 0)));
    size_t n_seed = cchc_plan_task_count(seed);
    for (size_t i = 0; i < tasks; i++) {
        cchc_task *task = NULL;
        char id[32];
        cchc_task_copy(&task, cchc_plan_task_at(seed, i % n_seed));
        snprintf(id, sizeof id, "%d.%zu", cchc_task_area(task), i + 1);
        cchc_task_set_id(task, id);
        if (cchc_plan_add_task(plan, task) != CCHC_OK) {
            fprintf(stderr, "%s\n", cchc_last_error_message());
            cchc_task_free(task);
            cchc_plan_free(plan);
            return NULL;
        }
        cchc_task_free(task);
    }
    return plan;
}

int main(int argc, char **argv)
{
    size_t tasks = argc > 1 ? strtoul(argv[1], NULL, 10) : 50000;
    int repeats = argc > 2 ? atoi(argv[2]) : 5;
    if (tasks == 0 || repeats <= 0 || repeats > 100) {
        fprintf(stderr, "usage: bench_plan_json [TASKS_PER_PLAN] [REPEATS 1-100]\n");
        return 2;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/plan-2023-hai-duong-sldtbxh.json", cchc_data_dir());
    cchc_plan *seed = NULL;
    if (cchc_plan_load_file(&seed, path, NULL) != CCHC_OK) {
        fprintf(stderr, "bench: %s\n", cchc_last_error_message());
        return 1;
    }
    cchc_plan *plan = synthetic_plan(seed, tasks);
    cchc_plan_free(seed);
    if (!plan)
        return 1;

    double save_t[100], load_t[100];
    char *json = NULL;
    size_t size = 0;
    for (int r = 0; r < repeats; r++) {
        cchc_free(json);
        double t0 = now();
        cchc_plan_save_data(&json, &size, plan);
        save_t[r] = now() - t0;
    }
    cchc_plan_free(plan);
    for (int r = 0; r < repeats; r++) {
        cchc_plan *loaded = NULL;
        double t0 = now();
        int rc = cchc_plan_load_data(&loaded, json, size, "bench", NULL);
        load_t[r] = now() - t0;
        if (rc != CCHC_OK) {
            fprintf(stderr, "bench: %s\n", cchc_last_error_message());
            return 1;
        }
        cchc_plan_free(loaded);
    }
    cchc_free(json);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double mb = (double)size / 1e6;
    double save = median(save_t, repeats), load = median(load_t, repeats);
    printf("tasks %zu, document %.1f MB, %d repeats (median)\n", tasks, mb, repeats);
    printf("save to memory:   %8.3f s  %7.1f MB/s  %9.0f tasks/s\n", save, mb / save,
           (double)tasks / save);
    printf("load from memory: %8.3f s  %7.1f MB/s  %9.0f tasks/s\n", load, mb / load,
           (double)tasks / load);
    printf("peak resident memory: %.0f MB (%.1f x the document)\n", ru.ru_maxrss / 1024.0,
           ru.ru_maxrss / 1024.0 / mb);
    return 0;
}
