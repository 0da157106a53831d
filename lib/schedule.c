/*
 * libcchc — schedules and milestones: the typed reading of a time
 * expression, its getters and its readable description. The grammar lives in
 * schedule-parse.c; docs/time-expressions.md states the rules.
 *
 * SPDX-License-Identifier: MIT
 */
#include "schedule-internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- milestones --------------------------------------------------------- */

cchc_milestone *cchc__milestone_new(int kind, int grain)
{
    cchc_milestone *m = g_new0(cchc_milestone, 1);
    m->kind = kind;
    m->grain = grain;
    m->label = g_strdup("");
    m->text = g_strdup("");
    m->event = g_strdup("");
    m->reason = g_strdup("");
    m->occurrences = g_array_new(FALSE, TRUE, sizeof(cchc__occurrence));
    return m;
}

void cchc__milestone_free(cchc_milestone *milestone)
{
    if (!milestone)
        return;
    g_free(milestone->label);
    g_free(milestone->text);
    g_free(milestone->event);
    g_free(milestone->reason);
    g_array_unref(milestone->occurrences);
    g_free(milestone);
}

void cchc__milestone_set(char **field, const char *text, gssize len)
{
    char *copy = len < 0 ? g_strdup(text) : g_strndup(text, (gsize)len);
    g_free(*field);
    *field = copy;
}

void cchc__milestone_add_occurrence(cchc_milestone *milestone, const char *start,
                                    const char *deadline)
{
    cchc__occurrence occ;
    g_strlcpy(occ.start, start, sizeof occ.start);
    g_strlcpy(occ.deadline, deadline, sizeof occ.deadline);
    g_array_append_val(milestone->occurrences, occ);
}

/* ---- schedules ---------------------------------------------------------- */

static void schedule_bounds(cchc_schedule *s)
{
    s->start[0] = s->deadline[0] = '\0';
    for (guint i = 0; i < s->milestones->len; i++) {
        const cchc_milestone *m = g_ptr_array_index(s->milestones, i);
        for (guint j = 0; j < m->occurrences->len; j++) {
            const cchc__occurrence *o = &g_array_index(m->occurrences, cchc__occurrence, j);
            if (!s->start[0] || strcmp(o->start, s->start) < 0)
                g_strlcpy(s->start, o->start, sizeof s->start);
            if (!s->deadline[0] || strcmp(o->deadline, s->deadline) > 0)
                g_strlcpy(s->deadline, o->deadline, sizeof s->deadline);
        }
    }
}

int cchc_schedule_parse(cchc_schedule **out, const char *text, int plan_year)
{
    return cchc_schedule_parse_with_limits(out, text, plan_year, NULL);
}

int cchc_schedule_parse_with_limits(cchc_schedule **out, const char *text, int plan_year,
                                    const cchc_limits *limits)
{
    CCHC__CHECK_ARG(out != NULL);
    *out = NULL;
    int rc = cchc__check_text(text, "cchc_schedule_parse: text");
    if (rc)
        return rc;
    size_t max = cchc_limits_value(limits, CCHC_LIMIT_STRING_BYTES);
    size_t length = strlen(text);
    if (length > max)
        return cchc__fail(CCHC_ELIMIT,
                          "cchc_schedule_parse: the text is %zu bytes, more than %zu "
                          CCHC__LIMIT_FMT, length, max, cchc_limit_name(CCHC_LIMIT_STRING_BYTES),
                          max);
    if (plan_year < 1900 || plan_year > 9999)
        return cchc__fail(CCHC_ERANGE,
                          "cchc_schedule_parse: plan year %d is outside 1900 … 9999",
                          plan_year);
    cchc_schedule *s = g_new0(cchc_schedule, 1);
    s->text = g_strdup(text);
    s->plan_year = plan_year;
    s->milestones = g_ptr_array_new_with_free_func((GDestroyNotify)cchc__milestone_free);
    cchc__schedule_read(s->milestones, s->text, plan_year);
    schedule_bounds(s);
    *out = s;
    return CCHC_OK;
}

int cchc_task_schedule(cchc_schedule **out, const cchc_task *task, int plan_year)
{
    CCHC__CHECK_ARG(out != NULL);
    *out = NULL;
    CCHC__CHECK_ARG(task != NULL);
    if (plan_year == 0) {
        const cchc_plan *plan = cchc__task_plan(task);
        if (!plan)
            return cchc__fail(CCHC_EINVAL,
                              "cchc_task_schedule: task \"%s\" is in no plan: give the "
                              "plan year",
                              cchc_task_id(task));
        plan_year = cchc_plan_year(plan);
        if (plan_year == 0)
            return cchc__fail(CCHC_EINVAL,
                              "cchc_task_schedule: the plan of task \"%s\" has no year: "
                              "give the plan year",
                              cchc_task_id(task));
    }
    return cchc_schedule_parse(out, cchc_task_when(task), plan_year);
}

void cchc_schedule_free(cchc_schedule *schedule)
{
    if (!schedule)
        return;
    g_free(schedule->text);
    g_ptr_array_unref(schedule->milestones);
    g_free(schedule);
}

const char *cchc_schedule_text(const cchc_schedule *schedule)
{
    return schedule ? schedule->text : "";
}

int cchc_schedule_plan_year(const cchc_schedule *schedule)
{
    return schedule ? schedule->plan_year : 0;
}

size_t cchc_schedule_milestone_count(const cchc_schedule *schedule)
{
    return schedule ? schedule->milestones->len : 0;
}

const cchc_milestone *cchc_schedule_milestone_at(const cchc_schedule *schedule, size_t index)
{
    if (!schedule || index >= schedule->milestones->len)
        return NULL;
    return g_ptr_array_index(schedule->milestones, index);
}

int cchc_schedule_is_understood(const cchc_schedule *schedule)
{
    if (!schedule || schedule->milestones->len == 0)
        return 0;
    for (guint i = 0; i < schedule->milestones->len; i++) {
        const cchc_milestone *m = g_ptr_array_index(schedule->milestones, i);
        if (m->kind == CCHC_MILESTONE_UNKNOWN)
            return 0;
    }
    return 1;
}

const char *cchc_schedule_start(const cchc_schedule *schedule)
{
    return schedule ? schedule->start : "";
}

const char *cchc_schedule_deadline(const cchc_schedule *schedule)
{
    return schedule ? schedule->deadline : "";
}

/* ---- milestone getters -------------------------------------------------- */

int cchc_milestone_kind(const cchc_milestone *milestone)
{
    return milestone ? milestone->kind : 0;
}

const char *cchc_milestone_label(const cchc_milestone *milestone)
{
    return milestone ? milestone->label : "";
}

const char *cchc_milestone_text(const cchc_milestone *milestone)
{
    return milestone ? milestone->text : "";
}

int cchc_milestone_grain(const cchc_milestone *milestone)
{
    return milestone ? milestone->grain : CCHC_GRAIN_NONE;
}

/* Occurrences are in order of their starts; a list that holds a range and
 * a day inside it ("từ 01/3 đến 30/6 và ngày 15/4") has its latest deadline
 * on an earlier occurrence than the last. */
const char *cchc_milestone_start(const cchc_milestone *milestone)
{
    if (!milestone || milestone->occurrences->len == 0)
        return "";
    const char *start = g_array_index(milestone->occurrences, cchc__occurrence, 0).start;
    for (guint i = 1; i < milestone->occurrences->len; i++) {
        const char *s = g_array_index(milestone->occurrences, cchc__occurrence, i).start;
        if (strcmp(s, start) < 0)
            start = s;
    }
    return start;
}

const char *cchc_milestone_deadline(const cchc_milestone *milestone)
{
    if (!milestone || milestone->occurrences->len == 0)
        return "";
    const char *deadline = g_array_index(milestone->occurrences, cchc__occurrence, 0).deadline;
    for (guint i = 1; i < milestone->occurrences->len; i++) {
        const char *d = g_array_index(milestone->occurrences, cchc__occurrence, i).deadline;
        if (strcmp(d, deadline) > 0)
            deadline = d;
    }
    return deadline;
}

const char *cchc_milestone_event(const cchc_milestone *milestone)
{
    return milestone ? milestone->event : "";
}

const char *cchc_milestone_reason(const cchc_milestone *milestone)
{
    return milestone ? milestone->reason : "";
}

size_t cchc_milestone_occurrence_count(const cchc_milestone *milestone)
{
    return milestone ? milestone->occurrences->len : 0;
}

const char *cchc_milestone_occurrence_start(const cchc_milestone *milestone, size_t index)
{
    if (!milestone || index >= milestone->occurrences->len)
        return NULL;
    return g_array_index(milestone->occurrences, cchc__occurrence, index).start;
}

const char *cchc_milestone_occurrence_deadline(const cchc_milestone *milestone,
                                               size_t index)
{
    if (!milestone || index >= milestone->occurrences->len)
        return NULL;
    return g_array_index(milestone->occurrences, cchc__occurrence, index).deadline;
}

const char *cchc_milestone_kind_name(int kind)
{
    switch (kind) {
    case CCHC_MILESTONE_DATE: return "date";
    case CCHC_MILESTONE_INTERVAL: return "interval";
    case CCHC_MILESTONE_LIST: return "list";
    case CCHC_MILESTONE_RECURRING: return "recurring";
    case CCHC_MILESTONE_CONTINUOUS: return "continuous";
    case CCHC_MILESTONE_EVENT: return "event";
    case CCHC_MILESTONE_UNKNOWN: return "unknown";
    default: return "";
    }
}

const char *cchc_grain_name(int grain)
{
    switch (grain) {
    case CCHC_GRAIN_NONE: return "none";
    case CCHC_GRAIN_DAY: return "day";
    case CCHC_GRAIN_MONTH: return "month";
    case CCHC_GRAIN_QUARTER: return "quarter";
    case CCHC_GRAIN_HALF_YEAR: return "half-year";
    case CCHC_GRAIN_YEAR: return "year";
    default: return "";
    }
}

/* ---- the description ---------------------------------------------------- */

static const char *const month_names[] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};

/* The year, month and day of an ISO date known to be valid. */
static void iso_ymd(const char *iso, int *y, int *m, int *d)
{
    *y = atoi(iso);
    *m = atoi(iso + 5);
    *d = atoi(iso + 8);
}

/* One end of a window in words at @grain: "March 2023", "Q1 2023", "H2 2023", "2024". */
static void append_unit(GString *s, int grain, int y, int m)
{
    switch (grain) {
    case CCHC_GRAIN_MONTH:
        g_string_append_printf(s, "%s %d", month_names[m - 1], y);
        break;
    case CCHC_GRAIN_QUARTER:
        g_string_append_printf(s, "Q%d %d", (m - 1) / 3 + 1, y);
        break;
    case CCHC_GRAIN_HALF_YEAR:
        g_string_append_printf(s, "H%d %d", (m - 1) / 6 + 1, y);
        break;
    default:
        g_string_append_printf(s, "%d", y);
        break;
    }
}

/* A window in words: "Q1 2023", "Q3–Q4 2023", "March–June 2023", "2026–2030",
 * "November 2022 – February 2023"; for days, the two dates. */
static void append_window(GString *s, int grain, const char *start, const char *end)
{
    int y1, m1, d1, y2, m2, d2;
    iso_ymd(start, &y1, &m1, &d1);
    iso_ymd(end, &y2, &m2, &d2);
    if (grain == CCHC_GRAIN_DAY || grain == CCHC_GRAIN_NONE) {
        if (strcmp(start, end) == 0)
            g_string_append(s, start);
        else
            g_string_append_printf(s, "%s … %s", start, end);
        return;
    }
    if (grain == CCHC_GRAIN_YEAR) {
        if (y1 == y2)
            g_string_append_printf(s, "%d", y1);
        else
            g_string_append_printf(s, "%d–%d", y1, y2);
        return;
    }
    int unit = grain == CCHC_GRAIN_MONTH ? 1 : grain == CCHC_GRAIN_QUARTER ? 3 : 6;
    if (y1 == y2 && (m1 - 1) / unit == (m2 - 1) / unit) {
        append_unit(s, grain, y1, m1);
    } else if (y1 == y2) {
        if (grain == CCHC_GRAIN_MONTH)
            g_string_append_printf(s, "%s–%s %d", month_names[m1 - 1], month_names[m2 - 1], y1);
        else
            g_string_append_printf(s, "%c%d–%c%d %d", grain == CCHC_GRAIN_QUARTER ? 'Q' : 'H',
                                   (m1 - 1) / unit + 1, grain == CCHC_GRAIN_QUARTER ? 'Q' : 'H',
                                   (m2 - 1) / unit + 1, y1);
    } else {
        append_unit(s, grain, y1, m1);
        g_string_append(s, " – ");
        append_unit(s, grain, y2, m2);
    }
}

static const char *grain_plural(int grain)
{
    switch (grain) {
    case CCHC_GRAIN_DAY: return "dates";
    case CCHC_GRAIN_MONTH: return "months";
    case CCHC_GRAIN_QUARTER: return "quarters";
    case CCHC_GRAIN_HALF_YEAR: return "half-years";
    default: return "years";
    }
}

static const char *grain_adverb(int grain)
{
    switch (grain) {
    case CCHC_GRAIN_MONTH: return "monthly";
    case CCHC_GRAIN_QUARTER: return "quarterly";
    case CCHC_GRAIN_HALF_YEAR: return "half-yearly";
    default: return "yearly";
    }
}

static void describe_milestone(GString *s, const cchc_milestone *m, int plan_year)
{
    const GArray *occ = m->occurrences;
    const char *start = cchc_milestone_start(m);
    const char *deadline = cchc_milestone_deadline(m);
    if (m->label[0])
        g_string_append_printf(s, "[%s] ", m->label);
    switch (m->kind) {
    case CCHC_MILESTONE_DATE:
        g_string_append_printf(s, "by a date: deadline %s", deadline);
        break;
    case CCHC_MILESTONE_INTERVAL:
        if (m->grain == CCHC_GRAIN_DAY) {
            g_string_append_printf(s, "within %s … %s, deadline %s", start, deadline, deadline);
            break;
        }
        g_string_append(s, "within ");
        append_window(s, m->grain, start, deadline);
        g_string_append_printf(s, ": %s … %s, deadline %s", start, deadline, deadline);
        break;
    case CCHC_MILESTONE_CONTINUOUS:
        g_string_append_printf(s, "continuous through %d: %s … %s, deadline %s", plan_year,
                               start, deadline, deadline);
        break;
    case CCHC_MILESTONE_LIST:
        g_string_append_printf(s, "on each of %u %s:", occ->len, grain_plural(m->grain));
        for (guint i = 0; i < occ->len; i++) {
            const cchc__occurrence *o = &g_array_index(occ, cchc__occurrence, i);
            g_string_append(s, i ? "; " : " ");
            if (m->grain == CCHC_GRAIN_DAY && strcmp(o->start, o->deadline) == 0) {
                g_string_append_printf(s, "deadline %s", o->deadline);
            } else {
                append_window(s, m->grain, o->start, o->deadline);
                g_string_append_printf(s, " (deadline %s)", o->deadline);
            }
        }
        break;
    case CCHC_MILESTONE_RECURRING:
        g_string_append_printf(s, "%s in %d (%u time%s): ", grain_adverb(m->grain), plan_year,
                               occ->len, occ->len == 1 ? "" : "s");
        if (occ->len == 1)
            g_string_append_printf(s, "%s … %s, deadline %s", start, deadline, deadline);
        else
            g_string_append(s, "deadlines");
        for (guint i = 0; occ->len > 1 && i < occ->len; i++)
            g_string_append_printf(s, "%s%s", i ? ", " : " ",
                                   g_array_index(occ, cchc__occurrence, i).deadline);
        break;
    case CCHC_MILESTONE_EVENT:
        g_string_append_printf(s, "on an event: %s", m->event);
        break;
    default:
        g_string_append_printf(s, "not understood (%s): %s", m->reason, m->text);
        break;
    }
}

int cchc_schedule_describe(char **out, const cchc_schedule *schedule)
{
    CCHC__CHECK_ARG(out != NULL);
    *out = NULL;
    CCHC__CHECK_ARG(schedule != NULL);
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < schedule->milestones->len; i++) {
        if (i)
            g_string_append_c(s, '\n');
        describe_milestone(s, g_ptr_array_index(schedule->milestones, i),
                           schedule->plan_year);
    }
    *out = g_string_free(s, FALSE);
    return CCHC_OK;
}
