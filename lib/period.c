/*
 * libcchc — reporting calendars (chế độ báo cáo): periods with their data
 * windows and deadlines, and the queries on them.
 *
 * Dates are kept as checked ISO strings, so that they order with strcmp().
 * A deadline is the last day that is on time.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

#include <string.h>

struct cchc_period {
    char *id;
    char *label;
    char *window_from;
    char *window_to;
    char *send_deadline;    /* "" when the rule sets none */
    char *compile_deadline; /* "" when the rule sets none */
    char *submitted;        /* "" until the compiled report is sent */
};

struct cchc_calendar {
    char *name;
    GPtrArray *periods;  /* cchc_period *, owned, in the order added */
    GHashTable *by_id;   /* id → cchc_period *, borrowed */
};

/* ---- periods ------------------------------------------------------------ */

static void period_free(cchc_period *period)
{
    if (!period)
        return;
    g_free(period->id);
    g_free(period->label);
    g_free(period->window_from);
    g_free(period->window_to);
    g_free(period->send_deadline);
    g_free(period->compile_deadline);
    g_free(period->submitted);
    g_free(period);
}

static cchc_period *period_copy(const cchc_period *src)
{
    cchc_period *period = g_new0(cchc_period, 1);
    period->id = g_strdup(src->id);
    period->label = g_strdup(src->label);
    period->window_from = g_strdup(src->window_from);
    period->window_to = g_strdup(src->window_to);
    period->send_deadline = g_strdup(src->send_deadline);
    period->compile_deadline = g_strdup(src->compile_deadline);
    period->submitted = g_strdup(src->submitted);
    return period;
}

const char *cchc_period_id(const cchc_period *period)
{
    return period ? period->id : "";
}

const char *cchc_period_label(const cchc_period *period)
{
    return period ? period->label : "";
}

const char *cchc_period_window_from(const cchc_period *period)
{
    return period ? period->window_from : "";
}

const char *cchc_period_window_to(const cchc_period *period)
{
    return period ? period->window_to : "";
}

const char *cchc_period_send_deadline(const cchc_period *period)
{
    return period ? period->send_deadline : "";
}

const char *cchc_period_compile_deadline(const cchc_period *period)
{
    return period ? period->compile_deadline : "";
}

const char *cchc_period_submitted(const cchc_period *period)
{
    return period ? period->submitted : "";
}

int cchc_period_set_submitted(cchc_period *period, const char *date)
{
    CCHC__CHECK_ARG(period);
    if (!date)
        date = "";
    int rc = cchc__check_date(date, "period submission date", 1);
    if (rc)
        return rc;
    g_free(period->submitted);
    period->submitted = g_strdup(date);
    return CCHC_OK;
}

int cchc_period_contains(const cchc_period *period, const char *date)
{
    CCHC__CHECK_ARG(period);
    int rc = cchc__check_date(date, "cchc_period_contains", 0);
    if (rc)
        return rc;
    return strcmp(period->window_from, date) <= 0 && strcmp(date, period->window_to) <= 0;
}

/* The period's deadline of @kind ("" when none), or NULL for an unknown kind. */
static const char *deadline_of(const cchc_period *period, int kind)
{
    switch (kind) {
    case CCHC_DEADLINE_SEND: return period->send_deadline;
    case CCHC_DEADLINE_COMPILE: return period->compile_deadline;
    default: return NULL;
    }
}

int cchc_period_submission_state(int *out_state, const cchc_period *period, int kind,
                                 const char *submitted_on, const char *as_of)
{
    if (out_state)
        *out_state = 0;
    CCHC__CHECK_ARG(out_state);
    CCHC__CHECK_ARG(period);
    const char *deadline = deadline_of(period, kind);
    if (!deadline)
        return cchc__fail(CCHC_EINVAL,
                          "cchc_period_submission_state: %d is not a deadline kind "
                          "(CCHC_DEADLINE_SEND or CCHC_DEADLINE_COMPILE)",
                          kind);
    if (!submitted_on)
        submitted_on = "";
    int rc;
    if ((rc = cchc__check_date(submitted_on, "submission date", 1)) ||
        (rc = cchc__check_date(as_of, "as-of date", 0)))
        return rc;
    if (!*deadline)
        return cchc__fail(CCHC_ENOTFOUND, "period %s has no %s deadline", period->id,
                          kind == CCHC_DEADLINE_SEND ? "send" : "compile");
    /* A submission dated after the day of judgement has not happened yet. */
    if (*submitted_on && strcmp(submitted_on, as_of) <= 0)
        *out_state = strcmp(submitted_on, deadline) <= 0 ? CCHC_SUBMISSION_ON_TIME
                                                         : CCHC_SUBMISSION_LATE;
    else
        *out_state = strcmp(as_of, deadline) <= 0 ? CCHC_SUBMISSION_PENDING
                                                  : CCHC_SUBMISSION_MISSING;
    return CCHC_OK;
}

const char *cchc_submission_state_name(int state)
{
    switch (state) {
    case CCHC_SUBMISSION_PENDING: return "pending";
    case CCHC_SUBMISSION_ON_TIME: return "on_time";
    case CCHC_SUBMISSION_LATE: return "late";
    case CCHC_SUBMISSION_MISSING: return "missing";
    default: return "";
    }
}

/* ---- calendars ---------------------------------------------------------- */

cchc_calendar *cchc_calendar_new(void)
{
    cchc_calendar *calendar = g_new0(cchc_calendar, 1);
    calendar->name = g_strdup("");
    calendar->periods = g_ptr_array_new_with_free_func((GDestroyNotify)period_free);
    calendar->by_id = g_hash_table_new(g_str_hash, g_str_equal);
    return calendar;
}

void cchc_calendar_free(cchc_calendar *calendar)
{
    if (!calendar)
        return;
    g_hash_table_unref(calendar->by_id);
    g_ptr_array_unref(calendar->periods);
    g_free(calendar->name);
    g_free(calendar);
}

/* Appends @period (taken over) to @calendar; its id must be free. */
static void append_period(cchc_calendar *calendar, cchc_period *period)
{
    g_ptr_array_add(calendar->periods, period);
    g_hash_table_insert(calendar->by_id, period->id, period);
}

int cchc_calendar_copy(cchc_calendar **out, const cchc_calendar *calendar)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(calendar);
    cchc_calendar *copy = cchc_calendar_new();
    g_free(copy->name);
    copy->name = g_strdup(calendar->name);
    for (guint i = 0; i < calendar->periods->len; i++)
        append_period(copy, period_copy(g_ptr_array_index(calendar->periods, i)));
    *out = copy;
    return CCHC_OK;
}

const char *cchc_calendar_name(const cchc_calendar *calendar)
{
    return calendar ? calendar->name : "";
}

int cchc_calendar_set_name(cchc_calendar *calendar, const char *name)
{
    CCHC__CHECK_ARG(calendar);
    return cchc__set_text(&calendar->name, name, "calendar name");
}

size_t cchc_calendar_count(const cchc_calendar *calendar)
{
    return calendar ? calendar->periods->len : 0;
}

cchc_period *cchc_calendar_at(const cchc_calendar *calendar, size_t index)
{
    if (!calendar || index >= calendar->periods->len)
        return NULL;
    return g_ptr_array_index(calendar->periods, index);
}

cchc_period *cchc_calendar_find(const cchc_calendar *calendar, const char *id)
{
    if (!calendar || !id)
        return NULL;
    return g_hash_table_lookup(calendar->by_id, id);
}

int cchc_calendar_add(cchc_calendar *calendar, const char *id, const char *label,
                      const char *window_from, const char *window_to,
                      const char *send_deadline, const char *compile_deadline)
{
    CCHC__CHECK_ARG(calendar);
    CCHC__CHECK_ARG(id);
    CCHC__CHECK_ARG(label);
    CCHC__CHECK_ARG(window_from);
    CCHC__CHECK_ARG(window_to);
    CCHC__CHECK_ARG(send_deadline);
    CCHC__CHECK_ARG(compile_deadline);
    int rc = cchc__check_text(id, "period id");
    if (rc)
        return rc;
    if (!cchc__id_is_valid(id))
        return cchc__fail(CCHC_EINVAL,
                          "period id \"%s\": an id is 1 to 64 ASCII letters, digits, '.', "
                          "'-' or '_'",
                          id);
    if ((rc = cchc__check_text(label, "period label")))
        return rc;
    g_autofree char *what_from = g_strdup_printf("period %s: window start", id);
    g_autofree char *what_to = g_strdup_printf("period %s: window end", id);
    g_autofree char *what_send = g_strdup_printf("period %s: send deadline", id);
    g_autofree char *what_compile = g_strdup_printf("period %s: compile deadline", id);
    if ((rc = cchc__check_date(window_from, what_from, 0)) ||
        (rc = cchc__check_date(window_to, what_to, 0)) ||
        (rc = cchc__check_date(send_deadline, what_send, 1)) ||
        (rc = cchc__check_date(compile_deadline, what_compile, 1)))
        return rc;
    if (strcmp(window_to, window_from) < 0)
        return cchc__fail(CCHC_ERANGE,
                          "period %s: the data window ends (%s) before it starts (%s)", id,
                          window_to, window_from);
    if (cchc_calendar_find(calendar, id))
        return cchc__fail(CCHC_EEXISTS, "the calendar already has a period \"%s\"", id);
    cchc_period *period = g_new0(cchc_period, 1);
    period->id = g_strdup(id);
    period->label = g_strdup(label);
    period->window_from = g_strdup(window_from);
    period->window_to = g_strdup(window_to);
    period->send_deadline = g_strdup(send_deadline);
    period->compile_deadline = g_strdup(compile_deadline);
    period->submitted = g_strdup("");
    append_period(calendar, period);
    return CCHC_OK;
}

int cchc_calendar_remove(cchc_calendar *calendar, const char *id)
{
    CCHC__CHECK_ARG(calendar);
    CCHC__CHECK_ARG(id);
    cchc_period *period = cchc_calendar_find(calendar, id);
    if (!period) {
        int rc = cchc__check_text(id, "period id");
        if (rc)
            return rc;
        return cchc__fail(CCHC_ENOTFOUND, "the calendar has no period \"%s\"", id);
    }
    g_hash_table_remove(calendar->by_id, id);
    g_ptr_array_remove(calendar->periods, period);
    return CCHC_OK;
}

int cchc_calendar_next_deadline(const cchc_period **out_period, int *out_kind,
                                const cchc_calendar *calendar, const char *date)
{
    if (out_period)
        *out_period = NULL;
    if (out_kind)
        *out_kind = 0;
    CCHC__CHECK_ARG(out_period);
    CCHC__CHECK_ARG(calendar);
    int rc = cchc__check_date(date, "cchc_calendar_next_deadline", 0);
    if (rc)
        return rc;
    const cchc_period *best = NULL;
    const char *best_date = NULL;
    int best_kind = 0;
    /* Periods in calendar order, the send deadline before the compile one;
     * only a strictly earlier day replaces the best so far, so ties go to
     * the first in that order. */
    static const int kinds[] = {CCHC_DEADLINE_SEND, CCHC_DEADLINE_COMPILE};
    for (guint i = 0; i < calendar->periods->len; i++) {
        const cchc_period *period = g_ptr_array_index(calendar->periods, i);
        for (size_t k = 0; k < G_N_ELEMENTS(kinds); k++) {
            const char *deadline = deadline_of(period, kinds[k]);
            if (!*deadline || strcmp(deadline, date) <= 0)
                continue;
            if (!best_date || strcmp(deadline, best_date) < 0) {
                best = period;
                best_date = deadline;
                best_kind = kinds[k];
            }
        }
    }
    if (!best)
        return cchc__fail(CCHC_ENOTFOUND, "no deadline of the calendar comes after %s", date);
    *out_period = best;
    if (out_kind)
        *out_kind = best_kind;
    return CCHC_OK;
}
