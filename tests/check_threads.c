/*
 * Check suite "threads": distinct objects used from several threads at once,
 * and the per-thread last error (docs/errors-and-ownership.md, "Threads").
 *
 * Each thread loads its own plans, imports its own appendix table, parses
 * time expressions, validates, computes progress and reports and writes
 * them, saves and reloads, and scores, evaluates and ranks the sample
 * scorecards — many times — and compares every result with the one the main
 * thread computed alone beforehand: any interference between threads shows
 * as a difference. Built with the tsan preset (clang
 * -fsanitize=thread), the same test is the race detector's workload.
 *
 * Check's assertions are not made for other threads, so threads record what
 * went wrong and the main thread asserts after joining them.
 *
 * SPDX-License-Identifier: MIT
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "check_helpers.h"

#define THREADS 4
/* Rounds of work per thread: CCHC_THREAD_ROUNDS, else 8 (the valgrind
 * preset asks for 2: memcheck looks for memory errors, not races, and runs
 * some fifty times slower). */
static int rounds(void)
{
    const char *value = getenv("CCHC_THREAD_ROUNDS");
    int n = value && *value ? atoi(value) : 0;
    return n > 0 ? n : 8;
}

#define ROUNDS rounds()

/* ---- the work ------------------------------------------------------------ */

/* What one round of work gives, as text, so that rounds compare with strcmp. */
typedef struct {
    char *saved;      /* the plan saved after load */
    char *imported;   /* the appendix import, saved */
    char *report;     /* the report as of 2023-06-30, JSON */
    char *validation; /* the diagnostics of validation, text */
    char *schedules;  /* every task's schedule described */
    double rate;      /* completion rate as of 2023-06-30 */
} results;

static void results_clear(results *r)
{
    cchc_free(r->saved);
    cchc_free(r->imported);
    cchc_free(r->report);
    cchc_free(r->validation);
    free(r->schedules);
    memset(r, 0, sizeof *r);
}

/* The paths of the data, set by the main thread before any worker starts:
 * test_data_path() and bundled_data_path() share static buffers. */
static char *plan_path, *table_path;

static void setup(void)
{
    plan_path = strdup(bundled_data_path(BUNDLED_PLAN));
    table_path = strdup(test_data_path("appendix/seed-2023-appendix.tsv"));
    ck_assert(plan_path && table_path);
}

static void teardown(void)
{
    free(plan_path);
    free(table_path);
}

typedef struct {
    int index;
    const results *expected;
    char failure[512]; /* the first thing that went wrong, "" when nothing */
} worker;

static void record_failure(worker *w, const char *fmt, ...)
{
    if (w->failure[0])
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w->failure, sizeof w->failure, fmt, ap);
    va_end(ap);
}

#define EXPECT_OK(w, expr)                                                      \
    do {                                                                        \
        int rc_ = (expr);                                                       \
        if (rc_ != CCHC_OK) {                                                   \
            record_failure((w), "%s returned %s: %s", #expr, cchc_error_name(rc_),        \
                 cchc_last_error_message());                                    \
            goto out;                                                           \
        }                                                                       \
    } while (0)

static char *append(char *text, const char *more)
{
    size_t n = text ? strlen(text) : 0;
    char *grown = realloc(text, n + strlen(more) + 2);
    if (!grown)
        abort(); /* out of memory: no Check assertion outside the main thread */
    strcpy(grown + n, more);
    strcat(grown, "\n");
    return grown;
}

/* One round: everything a provincial system does with its own plan. */
static int work(worker *w, results *r)
{
    int ok = 0;
    cchc_plan *plan = NULL, *again = NULL, *imported = NULL;
    cchc_validator *validator = NULL;
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_report *report = NULL;
    cchc_progress *progress = NULL;
    char *resaved = NULL;
    size_t size = 0;

    EXPECT_OK(w, cchc_plan_load_file(&plan, plan_path, NULL));
    EXPECT_OK(w, cchc_plan_save_data(&r->saved, &size, plan));
    EXPECT_OK(w, cchc_plan_load_data(&again, r->saved, size, "again.json", NULL));
    EXPECT_OK(w, cchc_plan_save_data(&resaved, NULL, again));
    if (strcmp(resaved, r->saved) != 0) {
        record_failure(w, "save → load → save changed the document");
        goto out;
    }

    EXPECT_OK(w, cchc_appendix_import_file(&imported, table_path, plan, NULL));
    EXPECT_OK(w, cchc_plan_save_data(&r->imported, NULL, imported));

    validator = cchc_validator_new();
    EXPECT_OK(w, cchc_validator_set_today(validator, "2023-06-30"));
    EXPECT_OK(w, cchc_validator_run(validator, plan, diags));
    EXPECT_OK(w, cchc_diagnostics_write(&r->validation, NULL, diags, CCHC_OUTPUT_TEXT, 0));

    EXPECT_OK(w, cchc_report_compute(&report, plan, NULL, "2023-06-30"));
    EXPECT_OK(w, cchc_report_write(&r->report, NULL, report, plan, CCHC_OUTPUT_JSON, 0));
    EXPECT_OK(w, cchc_progress_compute(&progress, plan, "2023-06-30", 14));
    EXPECT_OK(w, cchc_progress_completion_rate(&r->rate, progress, 0, NULL));

    for (size_t i = 0; i < cchc_plan_task_count(plan); i++) {
        cchc_schedule *s = NULL;
        char *text = NULL;
        EXPECT_OK(w, cchc_task_schedule(&s, cchc_plan_task_at(plan, i), 0));
        int rc = cchc_schedule_describe(&text, s);
        cchc_schedule_free(s);
        EXPECT_OK(w, rc);
        r->schedules = append(r->schedules, text);
        cchc_free(text);
    }
    ok = 1;
out:
    cchc_free(resaved);
    cchc_progress_free(progress);
    cchc_report_free(report);
    cchc_validator_free(validator);
    cchc_diagnostics_free(diags);
    cchc_plan_free(imported);
    cchc_plan_free(again);
    cchc_plan_free(plan);
    return ok;
}

static void compare(worker *w, const results *got, int round)
{
    const results *e = w->expected;
    const struct {
        const char *what, *expected, *got;
    } texts[] = {{"saved plan", e->saved, got->saved},
                 {"imported plan", e->imported, got->imported},
                 {"report", e->report, got->report},
                 {"validation", e->validation, got->validation},
                 {"schedules", e->schedules, got->schedules}};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        if (!texts[i].got || strcmp(texts[i].expected, texts[i].got) != 0)
            record_failure(w, "thread %d, round %d: the %s differs from the one made alone", w->index,
                 round, texts[i].what);
    if (got->rate != e->rate)
        record_failure(w, "thread %d, round %d: completion rate %g, alone %g", w->index, round, got->rate,
             e->rate);
}

static void *run_worker(void *data)
{
    worker *w = data;
    for (int round = 0; round < ROUNDS && !w->failure[0]; round++) {
        results got = {0};
        if (work(w, &got))
            compare(w, &got, round);
        results_clear(&got);
    }
    return NULL;
}

/* ---- the last error is per thread ------------------------------------------ */

static pthread_barrier_t barrier;

/* Thread i fails in its own way, then — once every thread has failed —
 * finds its own code and message, clears them, and finds them cleared
 * while the others still hold theirs. */
static void *run_error_worker(void *data)
{
    worker *w = data;
    char name[32], expected[64];
    snprintf(name, sizeof name, "thread-%d.json", w->index);
    cchc_plan *plan = NULL;
    cchc_schedule *schedule = NULL;
    int code = 0, rc = 0;
    switch (w->index % 4) {
    case 0: /* broken JSON */
        code = CCHC_EPARSE;
        rc = cchc_plan_load_data(&plan, "{\"format\": ", 11, name, NULL);
        snprintf(expected, sizeof expected, "%s:1:12:", name);
        break;
    case 1: /* wrong content */
        code = CCHC_EFORMAT;
        rc = cchc_plan_load_data(&plan, "{\"format\": \"x\", \"version\": 1}", 29, name, NULL);
        snprintf(expected, sizeof expected, "%s:1:2: $.format", name);
        break;
    case 2: /* a year out of range */
        code = CCHC_ERANGE;
        rc = cchc_schedule_parse(&schedule, "Quý I", 1800 - w->index);
        snprintf(expected, sizeof expected, "plan year %d", 1800 - w->index);
        break;
    default: /* a file that is not there */
        code = CCHC_EIO;
        rc = cchc_plan_load_file(&plan, name, NULL);
        snprintf(expected, sizeof expected, "%s: cannot read", name);
        break;
    }
    if (rc != code)
        record_failure(w, "thread %d: the call returned %s, expected %s", w->index, cchc_error_name(rc),
             cchc_error_name(code));
    pthread_barrier_wait(&barrier); /* every thread has failed */
    if (cchc_last_error_code() != code || !strstr(cchc_last_error_message(), expected))
        record_failure(w, "thread %d: last error %s \"%s\", expected %s \"%s…\"", w->index,
             cchc_error_name(cchc_last_error_code()), cchc_last_error_message(),
             cchc_error_name(code), expected);
    pthread_barrier_wait(&barrier);
    if (w->index == 0)
        cchc_clear_error();
    pthread_barrier_wait(&barrier); /* thread 0 has cleared its own */
    if (w->index == 0 && (cchc_last_error_code() != CCHC_OK || *cchc_last_error_message()))
        record_failure(w, "thread 0: the error was not cleared");
    if (w->index != 0 && cchc_last_error_code() != code)
        record_failure(w, "thread %d: clearing thread 0's error cleared this one's", w->index);
    cchc_plan_free(plan);
    cchc_schedule_free(schedule);
    return NULL;
}

/* ---- tests ----------------------------------------------------------------- */

START_TEST(test_threads_distinct_plans_at_once_give_the_results_made_alone)
{
    results expected = {0};
    worker alone = {.index = -1, .expected = &expected};
    ck_assert_msg(work(&alone, &expected), "alone: %s", alone.failure);
    ck_assert_uint_gt(strlen(expected.report), 1000);
    ck_assert_uint_gt(strlen(expected.validation), 0);

    worker workers[THREADS];
    pthread_t threads[THREADS];
    for (int i = 0; i < THREADS; i++) {
        workers[i] = (worker){.index = i, .expected = &expected};
        ck_assert_int_eq(pthread_create(&threads[i], NULL, run_worker, &workers[i]), 0);
    }
    for (int i = 0; i < THREADS; i++)
        ck_assert_int_eq(pthread_join(threads[i], NULL), 0);
    for (int i = 0; i < THREADS; i++)
        ck_assert_msg(!workers[i].failure[0], "%s", workers[i].failure);
    results_clear(&expected);
}
END_TEST

START_TEST(test_threads_each_thread_has_its_own_last_error)
{
    enum { N = 8 };
    ck_assert_int_eq(pthread_barrier_init(&barrier, NULL, N), 0);
    worker workers[N];
    pthread_t threads[N];
    /* the main thread's own error is untouched by the others */
    cchc_plan *plan = NULL;
    ck_assert_int_eq(cchc_plan_load_data(&plan, "[", 1, "main.json", NULL), CCHC_EPARSE);
    for (int i = 0; i < N; i++) {
        workers[i] = (worker){.index = i};
        ck_assert_int_eq(pthread_create(&threads[i], NULL, run_error_worker, &workers[i]), 0);
    }
    for (int i = 0; i < N; i++)
        ck_assert_int_eq(pthread_join(threads[i], NULL), 0);
    ck_assert_int_eq(pthread_barrier_destroy(&barrier), 0);
    for (int i = 0; i < N; i++)
        ck_assert_msg(!workers[i].failure[0], "%s", workers[i].failure);
    ck_assert_int_eq(cchc_last_error_code(), CCHC_EPARSE);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "main.json:1:2:"));
}
END_TEST

/* A load of the same document under one shared cchc_limits. */
typedef struct {
    const cchc_limits *limits;
    const char *text;
    size_t size;
    int refused; /* loads refused with CCHC_ELIMIT */
    int other;   /* loads that gave anything else */
} limited_job;

static void *run_limited(void *data)
{
    limited_job *job = data;
    for (int round = 0; round < ROUNDS; round++) {
        cchc_plan *plan = NULL;
        int rc = cchc_plan_load_data_with_limits(&plan, job->text, job->size, "shared.json",
                                                 job->limits, NULL);
        if (rc == CCHC_ELIMIT && strstr(cchc_last_error_message(), "$.tasks[49]"))
            job->refused++;
        else
            job->other++;
        cchc_plan_free(plan);
    }
    return NULL;
}

START_TEST(test_threads_shared_read_only_limits_serve_every_thread)
{
    /* one cchc_limits read by many threads at once, as limits.h allows */
    cchc_limits *limits = cchc_limits_new();
    ck_assert_cchc_ok(cchc_limits_set(limits, CCHC_LIMIT_TASKS, 49));
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&plan, plan_path, NULL));
    char *saved = NULL;
    size_t size = 0;
    ck_assert_cchc_ok(cchc_plan_save_data(&saved, &size, plan));
    cchc_plan_free(plan);

    limited_job jobs[THREADS];
    pthread_t threads[THREADS];
    for (int i = 0; i < THREADS; i++) {
        jobs[i] = (limited_job){limits, saved, size, 0, 0};
        ck_assert_int_eq(pthread_create(&threads[i], NULL, run_limited, &jobs[i]), 0);
    }
    for (int i = 0; i < THREADS; i++) {
        ck_assert_int_eq(pthread_join(threads[i], NULL), 0);
        ck_assert_int_eq(jobs[i].refused, ROUNDS);
        ck_assert_int_eq(jobs[i].other, 0);
    }
    cchc_free(saved);
    cchc_limits_free(limits);
}
END_TEST

/* ---- scoring and ranking (needs the code of issue 5) ---------------------- */

static char *scheme_path, *card_paths[6];

static void score_setup(void)
{
    setup();
    scheme_path = strdup(bundled_data_path("scheme-2023-sample-department.json"));
    static const char *const cards[] = {"a", "b", "c", "d", "e", "f"};
    for (size_t i = 0; i < 6; i++) {
        char name[64];
        snprintf(name, sizeof name, "scorecard-2023-sample-so-mau-%s.json", cards[i]);
        card_paths[i] = strdup(bundled_data_path(name));
    }
}

static void score_teardown(void)
{
    teardown();
    free(scheme_path);
    for (size_t i = 0; i < 6; i++)
        free(card_paths[i]);
}

typedef struct {
    int index;
    const char *expected; /* the ranking made alone, JSON, and its digest after a tab */
    char failure[512];
} score_worker;

/* Loads the scheme, the plan and the six sample cards, evaluates and ranks
 * them; gives the ranking's JSON and digest, or NULL after recording why. */
static char *score_and_rank(score_worker *w)
{
    char *result = NULL, *json = NULL, *digest = NULL;
    cchc_scheme *scheme = NULL;
    cchc_plan *plan = NULL;
    cchc_ranking *ranking = cchc_ranking_new();
    int rc = cchc_scheme_load_file(&scheme, scheme_path, NULL);
    if (!rc)
        rc = cchc_plan_load_file(&plan, plan_path, NULL);
    for (size_t i = 0; i < 6 && !rc; i++) {
        cchc_scorecard *card = NULL;
        cchc_evaluation *evaluation = NULL;
        if (!(rc = cchc_scorecard_load_file(&card, card_paths[i], NULL)) &&
            !(rc = cchc_scorecard_apply_plan(card, scheme, plan, "2023-12-31")) &&
            !(rc = cchc_scorecard_evaluate(&evaluation, card, scheme, NULL)))
            rc = cchc_ranking_add(ranking, evaluation, NULL);
        cchc_evaluation_free(evaluation);
        cchc_scorecard_free(card);
    }
    if (!rc && !(rc = cchc_ranking_compute(ranking)) &&
        !(rc = cchc_ranking_write(&json, NULL, ranking, CCHC_OUTPUT_JSON, 0)))
        rc = cchc_ranking_digest(&digest, ranking);
    if (rc) {
        snprintf(w->failure, sizeof w->failure, "thread %d: %s: %s", w->index,
                 cchc_error_name(rc), cchc_last_error_message());
    } else {
        size_t n = strlen(json) + strlen(digest) + 2;
        result = malloc(n);
        if (!result)
            abort();
        snprintf(result, n, "%s\t%s", json, digest);
    }
    cchc_free(json);
    cchc_free(digest);
    cchc_ranking_free(ranking);
    cchc_plan_free(plan);
    cchc_scheme_free(scheme);
    return result;
}

static void *run_score_worker(void *data)
{
    score_worker *w = data;
    for (int round = 0; round < ROUNDS && !w->failure[0]; round++) {
        char *got = score_and_rank(w);
        if (got && strcmp(got, w->expected) != 0)
            snprintf(w->failure, sizeof w->failure,
                     "thread %d, round %d: the ranking or its digest differs from the one "
                     "made alone", w->index, round);
        free(got);
    }
    return NULL;
}

START_TEST(test_threads_scoring_and_ranking_at_once_give_the_results_made_alone)
{
    score_worker alone = {.index = -1};
    char *expected = score_and_rank(&alone);
    ck_assert_msg(expected != NULL, "%s", alone.failure);
    score_worker workers[THREADS];
    pthread_t threads[THREADS];
    for (int i = 0; i < THREADS; i++) {
        workers[i] = (score_worker){.index = i, .expected = expected};
        ck_assert_int_eq(pthread_create(&threads[i], NULL, run_score_worker, &workers[i]), 0);
    }
    for (int i = 0; i < THREADS; i++)
        ck_assert_int_eq(pthread_join(threads[i], NULL), 0);
    for (int i = 0; i < THREADS; i++)
        ck_assert_msg(!workers[i].failure[0], "%s", workers[i].failure);
    free(expected);
}
END_TEST

/* ---- end of scoring and ranking ------------------------------------------- */

Suite *suite_threads(void);

Suite *suite_threads(void)
{
    Suite *s = suite_create("threads");
    TCase *tc = tcase_create("threads");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_threads_distinct_plans_at_once_give_the_results_made_alone);
    tcase_add_test(tc, test_threads_each_thread_has_its_own_last_error);
    tcase_add_test(tc, test_threads_shared_read_only_limits_serve_every_thread);
    suite_add_tcase(s, tc);
    /* scoring and ranking (issue 5) */
    tc = tcase_create("scoring");
    tcase_add_checked_fixture(tc, score_setup, score_teardown);
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_threads_scoring_and_ranking_at_once_give_the_results_made_alone);
    suite_add_tcase(s, tc);
    /* end of scoring (issue 5) */
    return s;
}
