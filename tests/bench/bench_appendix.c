/*
 * bench_appendix — how fast an appendix table (phụ lục) is imported, with
 * and without a unit registry.
 *
 *   bench_appendix [ROWS] [REPEATS]
 *
 * Builds a tab-separated table of ROWS task rows (default 50 000) from
 * tests/data/appendix/seed-2023-appendix.tsv: its text before the first
 * header row and that header, then its 50 task rows repeated in order (group
 * cells included, repeated headers left out), each task renumbered
 * "<area>.<n>." so that ids stay distinct. Imports it REPEATS times
 * (default 5) without a registry (units made from the names found) and with
 * the bundled 2023 plan as the registry, collecting the diagnostics as a
 * caller would, and prints the median and the minimum of the repeats and
 * the peak resident memory.
 *
 * The seed is read from $CCHC_TEST_DATA_DIR/appendix/, by default the
 * source tree's tests/data/appendix/.
 */
#include "bench_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef BENCH_TEST_DATA_DIR
#define BENCH_TEST_DATA_DIR "tests/data"
#endif

#define HEADER_START "Nhiệm vụ chung\t"

/* A growing text buffer. */
typedef struct {
    char *data;
    size_t len, cap;
} buffer;

static void append(buffer *b, const char *text, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (b->len + n + 1 > cap)
            cap *= 2;
        char *data = realloc(b->data, cap);
        if (!data) {
            fprintf(stderr, "bench: out of memory\n");
            exit(1);
        }
        b->data = data;
        b->cap = cap;
    }
    memcpy(b->data + b->len, text, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static char *read_seed(void)
{
    const char *dir = getenv("CCHC_TEST_DATA_DIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/appendix/seed-2023-appendix.tsv",
             dir && *dir ? dir : BENCH_TEST_DATA_DIR);
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(1);
    }
    buffer b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        append(&b, chunk, n);
    if (ferror(f) || !b.data) {
        fprintf(stderr, "bench: cannot read %s\n", path);
        exit(1);
    }
    fclose(f);
    return b.data;
}

/* Appends task row @row (one line, without its end) with its id — the
 * "A.B." that starts the second cell — replaced by "A.@n.". */
static void append_renumbered(buffer *b, const char *row, size_t len, size_t n)
{
    const char *tab = memchr(row, '\t', len);
    const char *id = tab ? tab + 1 : NULL;
    const char *end = row + len;
    const char *dot = id ? memchr(id, '.', (size_t)(end - id)) : NULL;
    const char *dot2 = dot ? memchr(dot + 1, '.', (size_t)(end - dot - 1)) : NULL;
    if (!dot2) {
        fprintf(stderr, "bench: a task row of the seed has no id: %.*s\n", (int)len, row);
        exit(1);
    }
    char number[32];
    int k = snprintf(number, sizeof number, "%zu", n);
    append(b, row, (size_t)(dot + 1 - row));
    append(b, number, (size_t)k);
    append(b, dot2, (size_t)(end - dot2));
    append(b, "\n", 1);
}

/* The table of @rows task rows built from @seed (see the top of the file). */
static char *make_table(const char *seed, size_t rows, size_t *size)
{
    const char *header = strstr(seed, HEADER_START);
    if (!header || (header != seed && header[-1] != '\n')) {
        fprintf(stderr, "bench: the seed has no header row\n");
        exit(1);
    }
    const char *header_end = strchr(header, '\n');
    if (!header_end) {
        fprintf(stderr, "bench: the seed has nothing after its header\n");
        exit(1);
    }
    size_t header_len = (size_t)(header_end - header);
    /* The task rows: every line after the header with a cell in it, except
     * the header repeated between pages. */
    const char **row = NULL;
    size_t *row_len = NULL, n_rows = 0;
    for (const char *line = header_end + 1; *line;) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        if (memchr(line, '\t', len) &&
            !(len == header_len && memcmp(line, header, header_len) == 0)) {
            const char **r = realloc(row, (n_rows + 1) * sizeof *row);
            size_t *l = realloc(row_len, (n_rows + 1) * sizeof *row_len);
            if (r)
                row = r;
            if (l)
                row_len = l;
            if (!r || !l) {
                fprintf(stderr, "bench: out of memory\n");
                exit(1);
            }
            row[n_rows] = line;
            row_len[n_rows++] = len;
        }
        line += len + (nl != NULL);
    }
    if (n_rows == 0) {
        fprintf(stderr, "bench: the seed has no task rows\n");
        exit(1);
    }
    buffer b = {0};
    append(&b, seed, (size_t)(header_end + 1 - seed));
    for (size_t i = 0; i < rows; i++)
        append_renumbered(&b, row[i % n_rows], row_len[i % n_rows], i + 1);
    free(row);
    free(row_len);
    *size = b.len;
    return b.data;
}

typedef struct {
    double t[BENCH_MAX_REPEATS];
    size_t tasks, units, diagnostics, warnings, errors;
} import_run;

static void import_table(import_run *run, int r, const char *table, size_t size,
                         const cchc_plan *registry)
{
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_plan *plan = NULL;
    double t0 = bench_now();
    int rc = cchc_appendix_import(&plan, table, size, "bench.tsv", registry, diags);
    run->t[r] = bench_now() - t0;
    bench_check(rc, registry ? "import with the registry" : "import without a registry");
    run->tasks = cchc_plan_task_count(plan);
    run->units = cchc_plan_unit_count(plan);
    run->diagnostics = cchc_diagnostics_count(diags);
    run->warnings = cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_WARNING);
    run->errors = cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_ERROR);
    cchc_plan_free(plan);
    cchc_diagnostics_free(diags);
}

static void print_run(const char *label, import_run *run, int repeats, size_t size)
{
    printf("%s: %zu tasks, %zu units, %zu diagnostics (%zu warnings, %zu errors)\n", label,
           run->tasks, run->units, run->diagnostics, run->warnings, run->errors);
    double med = bench_median(run->t, repeats);
    bench_print_time(label, run->t, repeats, run->tasks, "rows/s");
    printf("%-34s %9.1f MB/s at the median\n", "", (double)size / 1e6 / med);
}

int main(int argc, char **argv)
{
    bench_options o = bench_args(argc, argv, 50000, CCHC_LIMIT_DEFAULT_TASKS,
                                 "bench_appendix [ROWS 1-100000] [REPEATS 1-100]");
    size_t rows = o.size;
    int repeats = o.repeats;
    char *seed = read_seed();
    size_t size = 0;
    char *table = make_table(seed, rows, &size);
    free(seed);
    cchc_plan *registry = bench_load_plan();

    static import_run alone, with_registry;
    for (int r = 0; r < repeats; r++) {
        import_table(&alone, r, table, size, NULL);
        import_table(&with_registry, r, table, size, registry);
    }
    cchc_plan_free(registry);
    free(table);

    printf("rows %zu, table %.1f MB, %d repeats\n", rows, (double)size / 1e6, repeats);
    printf("%-34s %11s  %11s  %s\n", "step", "median", "minimum", "rate at the median");
    print_run("import without a registry", &alone, repeats, size);
    print_run("import with the bundled plan", &with_registry, repeats, size);
    printf("peak resident memory: %.0f MB\n", bench_peak_rss_mb());
    return 0;
}
