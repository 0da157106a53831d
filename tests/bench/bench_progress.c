/*
 * bench_progress — how fast a plan's time expressions are read and its
 * progress, completion rates, periodic report and calendar are computed
 * and written.
 *
 *   bench_progress [TASKS_PER_PLAN] [REPEATS]
 *
 * Builds a synthetic plan by repeating the bundled 2023 plan's tasks until
 * it has TASKS_PER_PLAN tasks (default 50 000), marks a fifth of them done
 * before the Q3 cut-off, a fifth done later in the year and a fifth in
 * progress, then times REPEATS times (default 5) each step on the whole
 * plan: parsing every task's schedule, the progress snapshot as of
 * 2023-09-30, the completion rates (whole plan, each area, each lead unit),
 * the Q3 report, its four written forms and the plan's iCalendar. Prints
 * the median and the minimum of the repeats and the peak resident memory.
 */
#include "bench_common.h"

#include <stdio.h>

#define AS_OF "2023-09-30"
#define DUE_SOON_DAYS 14
#define PERIOD "q3"

/* Gives the synthetic plan's tasks a mix of states: every fifth task done
 * before the cut-off, the next done after it, the next in progress. */
static void mark_progress(cchc_plan *plan)
{
    for (size_t i = 0; i < cchc_plan_task_count(plan); i++) {
        cchc_task *task = cchc_plan_task_at(plan, i);
        int rc = CCHC_OK;
        switch (i % 5) {
        case 0:
            rc = cchc_task_set_status(task, CCHC_STATUS_DONE);
            if (rc == CCHC_OK)
                rc = cchc_task_set_completed(task, "2023-06-15");
            break;
        case 1:
            rc = cchc_task_set_status(task, CCHC_STATUS_DONE);
            if (rc == CCHC_OK)
                rc = cchc_task_set_completed(task, "2023-11-20");
            break;
        case 2:
            rc = cchc_task_set_status(task, CCHC_STATUS_IN_PROGRESS);
            if (rc == CCHC_OK)
                rc = cchc_task_set_progress(task, 40);
            break;
        default:
            break;
        }
        bench_check(rc, "marking the tasks' progress");
    }
}

/* Parses every task's time expression; returns how many were understood. */
static size_t parse_schedules(const cchc_plan *plan, size_t *milestones)
{
    size_t understood = 0;
    *milestones = 0;
    for (size_t i = 0; i < cchc_plan_task_count(plan); i++) {
        cchc_schedule *schedule = NULL;
        bench_check(cchc_task_schedule(&schedule, cchc_plan_task_at(plan, i), 0), "schedule");
        understood += (size_t)cchc_schedule_is_understood(schedule);
        *milestones += cchc_schedule_milestone_count(schedule);
        cchc_schedule_free(schedule);
    }
    return understood;
}

/* A completion rate that may be undefined: nothing due is not a failure. */
static double rate_of(const cchc_progress *progress, int area, const char *lead)
{
    double percent = 0;
    int rc = cchc_progress_completion_rate(&percent, progress, area, lead);
    if (rc == CCHC_ENOTFOUND)
        return 0;
    bench_check(rc, "completion rate");
    return percent;
}

/* Every completion rate a report shows: the whole plan, each area, each
 * lead unit. Returns how many were computed; their sum goes to @sum. */
static size_t completion_rates(const cchc_progress *progress, double *sum)
{
    size_t n = 0;
    *sum = rate_of(progress, 0, NULL);
    n++;
    for (int area = 1; area <= 7; area++, n++)
        *sum += rate_of(progress, area, NULL);
    for (size_t i = 0; i < cchc_progress_lead_count(progress); i++, n++)
        *sum += rate_of(progress, 0, cchc_progress_lead_at(progress, i));
    return n;
}

static const struct {
    int format;
    const char *label;
} formats[] = {{CCHC_OUTPUT_TEXT, "write report (text)"},
               {CCHC_OUTPUT_MARKDOWN, "write report (Markdown)"},
               {CCHC_OUTPUT_CSV, "write report (CSV)"},
               {CCHC_OUTPUT_JSON, "write report (JSON)"}};
#define N_FORMATS (sizeof formats / sizeof formats[0])

int main(int argc, char **argv)
{
    bench_options o = bench_args(argc, argv, 50000, CCHC_LIMIT_DEFAULT_TASKS,
                                 "bench_progress [TASKS_PER_PLAN 1-100000] [REPEATS 1-100]");
    size_t tasks = o.size;
    int repeats = o.repeats;
    cchc_plan *plan = bench_synthetic_bundled_plan(tasks);
    mark_progress(plan);

    double parse_t[BENCH_MAX_REPEATS], progress_t[BENCH_MAX_REPEATS];
    double rates_t[BENCH_MAX_REPEATS], report_t[BENCH_MAX_REPEATS];
    double write_t[N_FORMATS][BENCH_MAX_REPEATS], ical_t[BENCH_MAX_REPEATS];
    size_t understood = 0, milestones = 0, n_rates = 0, written[N_FORMATS] = {0}, ical_size = 0;
    size_t due = 0, done = 0, overdue = 0;
    double rate_sum = 0;
    for (int r = 0; r < repeats; r++) {
        double t0 = bench_now();
        understood = parse_schedules(plan, &milestones);
        parse_t[r] = bench_now() - t0;

        cchc_progress *progress = NULL;
        t0 = bench_now();
        int rc = cchc_progress_compute(&progress, plan, AS_OF, DUE_SOON_DAYS);
        progress_t[r] = bench_now() - t0;
        bench_check(rc, "progress");
        due = cchc_progress_due_count(progress, 0, NULL);
        done = cchc_progress_due_done_count(progress, 0, NULL);

        t0 = bench_now();
        n_rates = completion_rates(progress, &rate_sum);
        rates_t[r] = bench_now() - t0;
        cchc_progress_free(progress);

        cchc_report *report = NULL;
        t0 = bench_now();
        rc = cchc_report_compute_due_soon(&report, plan, PERIOD, AS_OF, DUE_SOON_DAYS);
        report_t[r] = bench_now() - t0;
        bench_check(rc, "report");
        overdue = cchc_report_overdue_count(report);

        for (size_t f = 0; f < N_FORMATS; f++) {
            char *doc = NULL;
            t0 = bench_now();
            rc = cchc_report_write(&doc, &written[f], report, plan, formats[f].format, 0);
            write_t[f][r] = bench_now() - t0;
            bench_check(rc, formats[f].label);
            cchc_free(doc);
        }
        cchc_report_free(report);

        char *ical = NULL;
        t0 = bench_now();
        rc = cchc_plan_write_icalendar(&ical, &ical_size, plan, NULL, "2023-01-01");
        ical_t[r] = bench_now() - t0;
        bench_check(rc, "iCalendar");
        cchc_free(ical);
    }
    cchc_plan_free(plan);

    printf("tasks %zu, %d repeats; as of %s, period %s\n", tasks, repeats, AS_OF, PERIOD);
    printf("schedules: %zu understood, %zu milestones; due %zu, done %zu, overdue at the "
           "cut-off %zu; %zu completion rates (sum %.1f)\n",
           understood, milestones, due, done, overdue, n_rates, rate_sum);
    printf("%-34s %11s  %11s  %s\n", "step", "median", "minimum", "rate at the median");
    bench_print_time("parse every schedule", parse_t, repeats, tasks, "tasks/s");
    bench_print_time("progress snapshot", progress_t, repeats, tasks, "tasks/s");
    bench_print_time("completion rates", rates_t, repeats, n_rates, "rates/s");
    bench_print_time("report (Q3)", report_t, repeats, tasks, "tasks/s");
    for (size_t f = 0; f < N_FORMATS; f++) {
        char label[64];
        snprintf(label, sizeof label, "%s %.1f MB", formats[f].label, (double)written[f] / 1e6);
        bench_print_time(label, write_t[f], repeats, tasks, "tasks/s");
    }
    char label[64];
    snprintf(label, sizeof label, "iCalendar %.1f MB", (double)ical_size / 1e6);
    bench_print_time(label, ical_t, repeats, tasks, "tasks/s");
    printf("peak resident memory: %.0f MB\n", bench_peak_rss_mb());
    return 0;
}
