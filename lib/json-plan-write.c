/*
 * libcchc — saving a plan in the JSON plan format ("cchc-plan", version 1).
 *
 * Keys come in the order of docs/file-formats.md; empty text and empty lists
 * are left out, except "status" and "progress", which every task shows.
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-write.h"

static void write_strings(cchc__json_writer *w, const char *key, size_t count,
                          const char *(*at)(const cchc_task *, int, size_t),
                          const cchc_task *task, int role)
{
    if (count == 0)
        return;
    cchc__jw_begin_array(w, key);
    for (size_t i = 0; i < count; i++)
        cchc__jw_string(w, NULL, at(task, role, i));
    cchc__jw_end_array(w);
}

static void write_unit(cchc__json_writer *w, const cchc_unit *unit)
{
    cchc__jw_begin_object(w, NULL);
    cchc__jw_string(w, "id", cchc_unit_id(unit));
    cchc__jw_string(w, "name", cchc_unit_name(unit));
    cchc__jw_string_opt(w, "short_name", cchc_unit_short_name(unit));
    cchc__jw_string(w, "kind", cchc_unit_kind_name(cchc_unit_kind(unit)));
    cchc__jw_string_opt(w, "parent", cchc_unit_parent(unit));
    if (cchc_unit_alias_count(unit) > 0) {
        cchc__jw_begin_array(w, "aliases");
        for (size_t i = 0; i < cchc_unit_alias_count(unit); i++)
            cchc__jw_string(w, NULL, cchc_unit_alias_at(unit, i));
        cchc__jw_end_array(w);
    }
    cchc__jw_end_object(w);
}

static void write_evidence(cchc__json_writer *w, const cchc_evidence *e)
{
    cchc__jw_begin_object(w, NULL);
    cchc__jw_string_opt(w, "number", cchc_evidence_number(e));
    cchc__jw_string_opt(w, "date", cchc_evidence_date(e));
    cchc__jw_string_opt(w, "title", cchc_evidence_title(e));
    cchc__jw_string_opt(w, "link", cchc_evidence_link(e));
    cchc__jw_end_object(w);
}

/* The calendar, unless it is empty and unnamed. */
static void write_calendar(cchc__json_writer *w, const cchc_calendar *calendar)
{
    size_t count = cchc_calendar_count(calendar);
    if (count == 0 && !*cchc_calendar_name(calendar))
        return;
    cchc__jw_begin_object(w, "calendar");
    cchc__jw_string_opt(w, "name", cchc_calendar_name(calendar));
    if (count > 0) {
        cchc__jw_begin_array(w, "periods");
        for (size_t i = 0; i < count; i++) {
            const cchc_period *period = cchc_calendar_at(calendar, i);
            cchc__jw_begin_object(w, NULL);
            cchc__jw_string(w, "id", cchc_period_id(period));
            cchc__jw_string_opt(w, "label", cchc_period_label(period));
            cchc__jw_string(w, "window_from", cchc_period_window_from(period));
            cchc__jw_string(w, "window_to", cchc_period_window_to(period));
            cchc__jw_string_opt(w, "send_deadline", cchc_period_send_deadline(period));
            cchc__jw_string_opt(w, "compile_deadline", cchc_period_compile_deadline(period));
            cchc__jw_string_opt(w, "submitted", cchc_period_submitted(period));
            cchc__jw_end_object(w);
        }
        cchc__jw_end_array(w);
    }
    cchc__jw_end_object(w);
}

static void write_task(cchc__json_writer *w, const cchc_task *task)
{
    cchc__jw_begin_object(w, NULL);
    cchc__jw_string(w, "key", cchc_task_key(task));
    cchc__jw_string_opt(w, "id", cchc_task_id(task));
    cchc__jw_int(w, "area", cchc_task_area(task));
    cchc__jw_string_opt(w, "group", cchc_task_group(task));
    cchc__jw_string_opt(w, "title", cchc_task_title(task));
    cchc__jw_string_opt(w, "product", cchc_task_product(task));
    write_strings(w, "lead", cchc_task_unit_count(task, CCHC_ROLE_LEAD), cchc_task_unit_at,
                  task, CCHC_ROLE_LEAD);
    write_strings(w, "lead_mentions", cchc_task_mention_count(task, CCHC_ROLE_LEAD),
                  cchc_task_mention_at, task, CCHC_ROLE_LEAD);
    write_strings(w, "coordinating", cchc_task_unit_count(task, CCHC_ROLE_COORDINATING),
                  cchc_task_unit_at, task, CCHC_ROLE_COORDINATING);
    write_strings(w, "coordinating_mentions",
                  cchc_task_mention_count(task, CCHC_ROLE_COORDINATING), cchc_task_mention_at,
                  task, CCHC_ROLE_COORDINATING);
    cchc__jw_string_opt(w, "when", cchc_task_when(task));
    cchc__jw_string(w, "status", cchc_status_name(cchc_task_status(task)));
    cchc__jw_number(w, "progress", cchc_task_progress(task));
    cchc__jw_string_opt(w, "completed", cchc_task_completed(task));
    cchc__jw_string_opt(w, "notes", cchc_task_notes(task));
    if (cchc_task_evidence_count(task) > 0) {
        cchc__jw_begin_array(w, "evidence");
        for (size_t i = 0; i < cchc_task_evidence_count(task); i++)
            write_evidence(w, cchc_task_evidence_at(task, i));
        cchc__jw_end_array(w);
    }
    cchc__jw_end_object(w);
}

static char *plan_to_json(const cchc_plan *plan, size_t *size)
{
    cchc__json_writer w;
    cchc__jw_init(&w);
    cchc__jw_begin_object(&w, NULL);
    cchc__jw_string(&w, "format", "cchc-plan");
    cchc__jw_int(&w, "version", 1);
    cchc__jw_string_opt(&w, "number", cchc_plan_number(plan));
    cchc__jw_string_opt(&w, "agency", cchc_plan_agency(plan));
    cchc__jw_string_opt(&w, "place", cchc_plan_place(plan));
    cchc__jw_string_opt(&w, "issue_date", cchc_plan_issue_date(plan));
    cchc__jw_string_opt(&w, "issue_date_text", cchc_plan_issue_date_text(plan));
    if (cchc_plan_year(plan) != 0)
        cchc__jw_int(&w, "year", cchc_plan_year(plan));
    cchc__jw_string_opt(&w, "title", cchc_plan_title(plan));
    cchc__jw_string_opt(&w, "basis", cchc_plan_basis(plan));
    cchc__jw_string_opt(&w, "purposes", cchc_plan_purposes(plan));
    gboolean any_area_text = FALSE;
    for (int a = 1; a <= CCHC_AREA_COUNT; a++)
        any_area_text |= *cchc_plan_area_text(plan, a) != '\0';
    if (any_area_text) {
        cchc__jw_begin_object(&w, "area_texts");
        for (int a = 1; a <= CCHC_AREA_COUNT; a++) {
            char key[2] = {(char)('0' + a), '\0'};
            cchc__jw_string_opt(&w, key, cchc_plan_area_text(plan, a));
        }
        cchc__jw_end_object(&w);
    }
    cchc__jw_string_opt(&w, "organisation", cchc_plan_organisation(plan));
    cchc__jw_string_opt(&w, "signer", cchc_plan_signer(plan));
    cchc__jw_string_opt(&w, "signer_title", cchc_plan_signer_title(plan));
    cchc__jw_string_opt(&w, "recipients", cchc_plan_recipients(plan));
    write_calendar(&w, cchc_plan_calendar(plan));
    if (cchc_plan_unit_count(plan) > 0) {
        cchc__jw_begin_array(&w, "units");
        for (size_t i = 0; i < cchc_plan_unit_count(plan); i++)
            write_unit(&w, cchc_plan_unit_at(plan, i));
        cchc__jw_end_array(&w);
    }
    if (cchc_plan_task_count(plan) > 0) {
        cchc__jw_begin_array(&w, "tasks");
        for (size_t i = 0; i < cchc_plan_task_count(plan); i++)
            write_task(&w, cchc_plan_task_at(plan, i));
        cchc__jw_end_array(&w);
    }
    cchc__jw_end_object(&w);
    return cchc__jw_finish(&w, size);
}

int cchc_plan_save_data(char **out, size_t *out_size, const cchc_plan *plan)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(plan);
    size_t size = 0;
    *out = plan_to_json(plan, &size);
    if (out_size)
        *out_size = size;
    return CCHC_OK;
}

int cchc_plan_save_file(const cchc_plan *plan, const char *path)
{
    CCHC__CHECK_ARG(plan);
    CCHC__CHECK_ARG(path);
    size_t size = 0;
    g_autofree char *data = plan_to_json(plan, &size);
    return cchc__write_file_atomic(path, data, size);
}
