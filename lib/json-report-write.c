/*
 * libcchc — a report as a JSON document ("format": "cchc-report", version 1;
 * docs/reports.md). Written with the deterministic writer of json-write.c.
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-write.h"
#include "progress-internal.h"

/* Counts, the completion rate (null when nothing is due) and the tasks
 * completed in the window, for all tasks or those of an area or lead. */
static void write_figures(cchc__json_writer *w, const cchc_report *r, int area, const char *lead)
{
    const cchc_progress *p = cchc_report_progress(r);
    cchc__jw_int(w, "tasks", (gint64)cchc_progress_count(p, area, lead, 0));
    cchc__jw_int(w, "due", (gint64)cchc_progress_due_count(p, area, lead));
    cchc__jw_int(w, "due_done", (gint64)cchc_progress_due_done_count(p, area, lead));
    double rate = 0.0;
    if (cchc_progress_due_count(p, area, lead) > 0 &&
        cchc_progress_completion_rate(&rate, p, area, lead) == CCHC_OK)
        cchc__jw_number(w, "completion_rate", rate);
    else
        cchc__jw_null(w, "completion_rate");
    cchc__jw_int(w, "completed_on_time",
                 (gint64)cchc_report_completed_count(r, area, lead, CCHC_STATE_DONE_ON_TIME));
    cchc__jw_int(w, "completed_late",
                 (gint64)cchc_report_completed_count(r, area, lead, CCHC_STATE_DONE_LATE));
    cchc__jw_begin_object(w, "by_state");
    for (int s = 1; s <= CCHC_STATE_COUNT; s++)
        cchc__jw_int(w, cchc_task_state_name(s), (gint64)cchc_progress_count(p, area, lead, s));
    cchc__jw_end_object(w);
}

static void write_refs(cchc__json_writer *w, const char *key, const cchc_task *task, int role)
{
    cchc__jw_begin_array(w, key);
    for (size_t k = 0; k < cchc_task_unit_count(task, role); k++)
        cchc__jw_string(w, NULL, cchc_task_unit_at(task, role, k));
    cchc__jw_end_array(w);
}

char *cchc__report_json(const cchc_report *r, const cchc_plan *plan, size_t *size)
{
    const cchc_progress *p = cchc_report_progress(r);
    cchc__json_writer w;
    cchc__jw_init(&w);
    cchc__jw_begin_object(&w, NULL);
    cchc__jw_string(&w, "format", "cchc-report");
    cchc__jw_int(&w, "version", 1);
    cchc__jw_string(&w, "title", cchc_report_title(r));
    cchc__jw_begin_object(&w, "plan");
    cchc__jw_string(&w, "title", cchc_plan_title(plan));
    cchc__jw_int(&w, "year", cchc_plan_year(plan));
    cchc__jw_string_opt(&w, "number", cchc_plan_number(plan));
    cchc__jw_string_opt(&w, "agency", cchc_plan_agency(plan));
    cchc__jw_end_object(&w);
    if (*cchc_report_period_id(r))
        cchc__jw_string(&w, "period", cchc_report_period_id(r));
    else
        cchc__jw_null(&w, "period");
    cchc__jw_string(&w, "as_of", cchc__report_as_of(r));
    cchc__jw_begin_object(&w, "window");
    cchc__jw_string(&w, "from", cchc_report_window_from(r));
    cchc__jw_string(&w, "to", cchc__report_window_to(r));
    cchc__jw_end_object(&w);
    cchc__jw_string(&w, "cutoff", cchc_report_cutoff(r));
    cchc__jw_int(&w, "due_soon_days", cchc__progress_due_soon_days(p));

    cchc__jw_begin_object(&w, "totals");
    write_figures(&w, r, 0, NULL);
    cchc__jw_int(&w, "overdue", (gint64)cchc_report_overdue_count(r));
    cchc__jw_end_object(&w);

    cchc__jw_begin_array(&w, "by_area");
    for (int area = 1; area <= CCHC_AREA_COUNT; area++) {
        cchc__jw_begin_object(&w, NULL);
        cchc__jw_int(&w, "area", area);
        cchc__jw_string(&w, "name", cchc_area_name_vi(area));
        write_figures(&w, r, area, NULL);
        cchc__jw_end_object(&w);
    }
    cchc__jw_end_array(&w);

    cchc__jw_begin_array(&w, "by_lead");
    for (size_t i = 0; i < cchc_progress_lead_count(p); i++) {
        const char *ref = cchc_progress_lead_at(p, i);
        cchc__jw_begin_object(&w, NULL);
        cchc__jw_string(&w, "ref", ref);
        cchc__jw_string(&w, "name", cchc_plan_ref_name(plan, ref));
        write_figures(&w, r, 0, ref);
        cchc__jw_end_object(&w);
    }
    cchc__jw_end_array(&w);

    cchc__jw_begin_array(&w, "tasks");
    for (size_t i = 0; i < cchc_progress_task_count(p); i++) {
        const char *key = cchc_progress_task_key(p, i);
        const cchc_task *task = cchc_plan_find_task(plan, key);
        cchc__jw_begin_object(&w, NULL);
        cchc__jw_string(&w, "key", key);
        cchc__jw_string(&w, "id", cchc_task_id(task));
        cchc__jw_int(&w, "area", cchc_task_area(task));
        cchc__jw_string(&w, "title", cchc_task_title(task));
        write_refs(&w, "lead", task, CCHC_ROLE_LEAD);
        cchc__jw_string(&w, "when", cchc_task_when(task));
        cchc__jw_string(&w, "state", cchc_task_state_name(cchc_progress_task_state(p, i)));
        cchc__jw_string(&w, "deadline", cchc_progress_task_deadline(p, i));
        cchc__jw_bool(&w, "due", cchc_progress_task_is_due(p, i));
        cchc__jw_string(&w, "status", cchc_status_name(cchc__progress_task_status(p, i)));
        cchc__jw_number(&w, "progress", cchc__progress_task_percent(p, i));
        cchc__jw_string(&w, "completed", cchc__progress_task_completed(p, i));
        cchc__jw_bool(&w, "completed_in_window", cchc__report_task_completed_in_window(r, i));
        cchc__jw_end_object(&w);
    }
    cchc__jw_end_array(&w);

    cchc__jw_begin_array(&w, "overdue");
    for (size_t i = 0; i < cchc_report_overdue_count(r); i++)
        cchc__jw_string(&w, NULL, cchc_report_overdue_key(r, i));
    cchc__jw_end_array(&w);
    cchc__jw_end_object(&w);
    return cchc__jw_finish(&w, size);
}
