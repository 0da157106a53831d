/*
 * libcchc — the figures of a periodic report (docs/reports.md): the window
 * and cut-off, the tasks completed in the window, the tasks overdue at the
 * cut-off, and the progress snapshot at the cut-off.
 *
 * Analysis layer: no files, no JSON.
 *
 * SPDX-License-Identifier: MIT
 */
#include "progress-internal.h"

#include <string.h>

struct cchc_report {
    char *period_id;   /* "" for an "as of" report */
    char *title;
    char *window_from;
    char *window_to;
    char *cutoff;
    char *as_of;
    cchc_progress *progress;
    guint8 *in_window;  /* per task of the snapshot: completed inside the window */
    GPtrArray *overdue; /* keys, borrowed from the snapshot, plan order */
};

void cchc_report_free(cchc_report *report)
{
    if (!report)
        return;
    g_free(report->period_id);
    g_free(report->title);
    g_free(report->window_from);
    g_free(report->window_to);
    g_free(report->cutoff);
    g_free(report->as_of);
    cchc_progress_free(report->progress);
    g_free(report->in_window);
    if (report->overdue)
        g_ptr_array_unref(report->overdue);
    g_free(report);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC(cchc_report, cchc_report_free)

/* "dd/mm/yyyy", the way Vietnamese documents write a date. */
static char *date_vi(const char *iso)
{
    return g_strdup_printf("%.2s/%.2s/%.4s", iso + 8, iso + 5, iso);
}

/* The ids of the calendar's periods, for the message of an unknown one. */
static char *period_ids(const cchc_calendar *calendar)
{
    GString *ids = g_string_new(NULL);
    for (size_t i = 0; i < cchc_calendar_count(calendar); i++)
        g_string_append_printf(ids, "%s%s", i ? ", " : "",
                               cchc_period_id(cchc_calendar_at(calendar, i)));
    if (ids->len == 0)
        g_string_append(ids, "none");
    return g_string_free(ids, FALSE);
}

/* The first day of an "as of" report: 1 January of the plan year, or the
 * earliest start of a task's time expression when that lies in the year
 * before (preparation tasks such as "T12/2022"). */
static char *as_of_window_from(const cchc_progress *p, int year)
{
    char *from = g_strdup_printf("%04d-01-01", year);
    g_autofree char *floor = g_strdup_printf("%04d-01-01", year - 1);
    for (size_t i = 0; i < cchc_progress_task_count(p); i++) {
        const char *start = cchc__progress_task_start(p, i);
        if (*start && strcmp(start, from) < 0 && strcmp(start, floor) >= 0) {
            g_free(from);
            from = g_strdup(start);
        }
    }
    return from;
}

int cchc_report_compute_due_soon(cchc_report **out, const cchc_plan *plan,
                                 const char *period_id, const char *as_of, int due_soon_days)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(plan);
    int rc = cchc__check_date(as_of, "report: as_of", 0);
    if (rc)
        return rc;
    if (period_id && (rc = cchc__check_text(period_id, "report: period id")))
        return rc;
    int year = cchc_plan_year(plan);
    if (year == 0)
        return cchc__fail(CCHC_EINVAL, "report: the plan has no year");
    if (due_soon_days < 0 || due_soon_days > 366)
        return cchc__fail(CCHC_ERANGE, "report: due_soon_days %d is outside 0 … 366",
                          due_soon_days);

    g_autoptr(cchc_report) r = g_new0(cchc_report, 1);
    r->as_of = g_strdup(as_of);
    if (period_id) {
        const cchc_calendar *calendar = cchc_plan_calendar(plan);
        const cchc_period *period = cchc_calendar_find(calendar, period_id);
        if (!period) {
            /* r is a g_autoptr, freed on return: the analyzer does not model
             * the cleanup attribute */
            /* NOLINTNEXTLINE(clang-analyzer-unix.Malloc) */
            g_autofree char *ids = period_ids(calendar);
            return cchc__fail(CCHC_ENOTFOUND,
                              "report: the plan's calendar has no period \"%s\" (its periods: %s)",
                              period_id, ids);
        }
        r->period_id = g_strdup(period_id);
        r->title = g_strdup(*cchc_period_label(period) ? cchc_period_label(period) : period_id);
        r->window_from = g_strdup(cchc_period_window_from(period));
        r->window_to = g_strdup(cchc_period_window_to(period));
        r->cutoff = g_strdup(strcmp(as_of, r->window_to) < 0 ? as_of : r->window_to);
        if ((rc = cchc_progress_compute(&r->progress, plan, r->cutoff, due_soon_days)))
            return rc;
    } else {
        r->period_id = g_strdup("");
        g_autofree char *day = date_vi(as_of);
        r->title = g_strdup_printf("Tiến độ thực hiện kế hoạch CCHC đến ngày %s", day);
        r->window_to = g_strdup(as_of);
        r->cutoff = g_strdup(as_of);
        if ((rc = cchc_progress_compute(&r->progress, plan, r->cutoff, due_soon_days)))
            return rc;
        r->window_from = as_of_window_from(r->progress, year);
    }

    size_t n = cchc_progress_task_count(r->progress);
    r->in_window = g_new0(guint8, n ? n : 1);
    r->overdue = g_ptr_array_new();
    for (size_t i = 0; i < n; i++) {
        int state = cchc_progress_task_state(r->progress, i);
        const char *completed = cchc__progress_task_completed(r->progress, i);
        if ((state == CCHC_STATE_DONE_ON_TIME || state == CCHC_STATE_DONE_LATE) && *completed &&
            strcmp(completed, r->window_from) >= 0 && strcmp(completed, r->cutoff) <= 0)
            r->in_window[i] = 1;
        if (state == CCHC_STATE_OVERDUE)
            g_ptr_array_add(r->overdue, (gpointer)cchc_progress_task_key(r->progress, i));
    }
    *out = g_steal_pointer(&r);
    return CCHC_OK;
}

int cchc_report_compute(cchc_report **out, const cchc_plan *plan, const char *period_id,
                        const char *as_of)
{
    return cchc_report_compute_due_soon(out, plan, period_id, as_of, 0);
}

const char *cchc_report_period_id(const cchc_report *r) { return r ? r->period_id : ""; }
const char *cchc_report_title(const cchc_report *r) { return r ? r->title : ""; }
const char *cchc_report_window_from(const cchc_report *r) { return r ? r->window_from : ""; }
const char *cchc_report_cutoff(const cchc_report *r) { return r ? r->cutoff : ""; }
const cchc_progress *cchc_report_progress(const cchc_report *r) { return r ? r->progress : NULL; }
const char *cchc__report_as_of(const cchc_report *r) { return r ? r->as_of : ""; }
const char *cchc__report_window_to(const cchc_report *r) { return r ? r->window_to : ""; }

int cchc__report_task_completed_in_window(const cchc_report *r, size_t index)
{
    if (!r || index >= cchc_progress_task_count(r->progress))
        return 0;
    return r->in_window[index];
}

size_t cchc_report_completed_count(const cchc_report *r, int area, const char *lead_ref,
                                   int state)
{
    if (!r || (state != 0 && state != CCHC_STATE_DONE_ON_TIME && state != CCHC_STATE_DONE_LATE))
        return 0;
    size_t n = 0;
    for (size_t i = 0; i < cchc_progress_task_count(r->progress); i++)
        if (r->in_window[i] &&
            (state == 0 || cchc_progress_task_state(r->progress, i) == state) &&
            cchc__progress_task_matches(r->progress, i, area, lead_ref))
            n++;
    return n;
}

size_t cchc_report_overdue_count(const cchc_report *r) { return r ? r->overdue->len : 0; }

const char *cchc_report_overdue_key(const cchc_report *r, size_t index)
{
    if (!r || index >= r->overdue->len)
        return NULL;
    return g_ptr_array_index(r->overdue, index);
}
