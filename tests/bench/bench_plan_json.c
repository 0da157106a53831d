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
#include "bench_common.h"

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    bench_options o = bench_args(argc, argv, 50000, (size_t)-1,
                                 "bench_plan_json [TASKS_PER_PLAN] [REPEATS 1-100]");
    size_t tasks = o.size;
    int repeats = o.repeats;
    cchc_plan *plan = bench_synthetic_bundled_plan(tasks);

    double save_t[BENCH_MAX_REPEATS], load_t[BENCH_MAX_REPEATS];
    char *json = NULL;
    size_t size = 0;
    for (int r = 0; r < repeats; r++) {
        cchc_free(json);
        double t0 = bench_now();
        int rc = cchc_plan_save_data(&json, &size, plan);
        save_t[r] = bench_now() - t0;
        bench_check(rc, "save");
    }
    cchc_plan_free(plan);
    for (int r = 0; r < repeats; r++) {
        cchc_plan *loaded = NULL;
        double t0 = bench_now();
        int rc = cchc_plan_load_data(&loaded, json, size, "bench", NULL);
        load_t[r] = bench_now() - t0;
        bench_check(rc, "load");
        cchc_plan_free(loaded);
    }
    cchc_free(json);
    double rss = bench_peak_rss_mb();
    double mb = (double)size / 1e6;
    double save = bench_median(save_t, repeats), load = bench_median(load_t, repeats);
    printf("tasks %zu, document %.1f MB, %d repeats (median)\n", tasks, mb, repeats);
    printf("save to memory:   %8.3f s  %7.1f MB/s  %9.0f tasks/s\n", save, mb / save,
           (double)tasks / save);
    printf("load from memory: %8.3f s  %7.1f MB/s  %9.0f tasks/s\n", load, mb / load,
           (double)tasks / load);
    printf("peak resident memory: %.0f MB (%.1f x the document)\n", rss, rss / mb);
    return 0;
}
