/*
 * libcchc — the state of every task of a plan on a given day, and the
 * aggregates by area, lead unit and state (docs/progress.md).
 *
 * Analysis layer: reads the model (tasks, their parsed schedules), never
 * files or JSON. Dates are ISO "YYYY-MM-DD" strings, which order correctly
 * with strcmp().
 *
 * SPDX-License-Identifier: MIT
 */
#include "progress-internal.h"

#include <math.h>
#include <string.h>

/* Progress is compared with this tolerance (percentage points), so that
 * 33.33 % counts as one report of three. */
#define PERCENT_TOLERANCE 0.005

typedef struct {
    char *key;
    int area;
    int state;
    int due;
    int status;
    double percent;
    char *deadline;  /* the deadline that decided the state, "" if none */
    char *completed; /* as recorded, "" if none */
    char *start;     /* earliest start of the schedule, "" if none */
    GPtrArray *leads; /* lead references, g_free'd */
} task_entry;

struct cchc_progress {
    char *as_of;
    int due_soon_days;
    int plan_year;
    GArray *tasks;    /* task_entry, plan order */
    GPtrArray *leads; /* distinct lead references in order of first appearance */
};

static void task_entry_clear(gpointer data)
{
    task_entry *e = data;
    g_free(e->key);
    g_free(e->deadline);
    g_free(e->completed);
    g_free(e->start);
    if (e->leads)
        g_ptr_array_unref(e->leads);
}

void cchc_progress_free(cchc_progress *progress)
{
    if (!progress)
        return;
    g_free(progress->as_of);
    g_array_unref(progress->tasks);
    g_ptr_array_unref(progress->leads);
    g_free(progress);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC(cchc_progress, cchc_progress_free)

/* ---- judging one task ---------------------------------------------------- */

/* What the dated milestones of a schedule say on the day @as_of. */
typedef struct {
    int has_dated;    /* some milestone has dates */
    int has_event;    /* some milestone waits on an event */
    int has_unknown;  /* some milestone is not understood */
    int covers;       /* a continuous milestone covers @as_of */
    char missed[11];  /* the first deadline missed, "" when none */
    char next[11];    /* the next deadline still to meet, "" when none */
} judgement;

static void keep_earliest(char slot[11], const char *date)
{
    if (!slot[0] || strcmp(date, slot) < 0)
        g_strlcpy(slot, date, 11);
}

static int is_date(const char *text)
{
    return text && cchc__date_parse(text, NULL);
}

static int compare_dates(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A milestone with a list of occurrences (a list, a recurrence): overdue
 * when the progress falls short of the share of occurrences whose deadline
 * has passed, or when all have passed and the task is not done. */
static void judge_occurrences(judgement *j, const cchc_milestone *m, const char *as_of,
                              double percent)
{
    size_t count = cchc_milestone_occurrence_count(m);
    g_autoptr(GPtrArray) deadlines = g_ptr_array_new();
    for (size_t i = 0; i < count; i++) {
        const char *d = cchc_milestone_occurrence_deadline(m, i);
        if (is_date(d))
            g_ptr_array_add(deadlines, (gpointer)d);
    }
    size_t n = deadlines->len;
    if (n == 0) {
        j->has_unknown = 1;
        return;
    }
    j->has_dated = 1;
    g_ptr_array_sort(deadlines, compare_dates);
    size_t passed = 0;
    while (passed < n && strcmp(g_ptr_array_index(deadlines, passed), as_of) < 0)
        passed++;
    double share = (percent + PERCENT_TOLERANCE) * (double)n / 100.0;
    size_t covered = share >= (double)n ? n : (size_t)floor(share);
    size_t at = covered < n ? covered : n - 1;
    const char *d = g_ptr_array_index(deadlines, at);
    if (passed > 0 && (covered < passed || passed == n))
        keep_earliest(j->missed, d);
    else
        keep_earliest(j->next, d);
}

static void judge_single(judgement *j, const cchc_milestone *m, const char *as_of,
                         int plan_year)
{
    int kind = cchc_milestone_kind(m);
    const char *d = cchc_milestone_deadline(m);
    char year_end[11];
    if (!is_date(d) && kind == CCHC_MILESTONE_CONTINUOUS) {
        g_snprintf(year_end, sizeof year_end, "%04d-12-31", plan_year);
        d = year_end;
    }
    if (!is_date(d)) {
        j->has_unknown = 1;
        return;
    }
    j->has_dated = 1;
    if (strcmp(d, as_of) < 0) {
        keep_earliest(j->missed, d);
        return;
    }
    keep_earliest(j->next, d);
    if (kind == CCHC_MILESTONE_CONTINUOUS) {
        const char *start = cchc_milestone_start(m);
        if (!is_date(start) || strcmp(start, as_of) <= 0)
            j->covers = 1;
    }
}

static void judge(judgement *j, const cchc_schedule *s, const char *as_of, double percent,
                  int plan_year)
{
    memset(j, 0, sizeof *j);
    for (size_t i = 0; i < cchc_schedule_milestone_count(s); i++) {
        const cchc_milestone *m = cchc_schedule_milestone_at(s, i);
        switch (cchc_milestone_kind(m)) {
        case CCHC_MILESTONE_DATE:
        case CCHC_MILESTONE_INTERVAL:
        case CCHC_MILESTONE_CONTINUOUS:
            judge_single(j, m, as_of, plan_year);
            break;
        case CCHC_MILESTONE_LIST:
        case CCHC_MILESTONE_RECURRING:
            judge_occurrences(j, m, as_of, percent);
            break;
        case CCHC_MILESTONE_EVENT:
            j->has_event = 1;
            break;
        default:
            j->has_unknown = 1;
            break;
        }
    }
}

/* The state of @task on @as_of; fills the deciding deadline and due flag. */
static void task_state(task_entry *e, const cchc_task *task, const cchc_schedule *s,
                       const char *as_of, const char *soon_limit, int plan_year)
{
    judgement j;
    judge(&j, s, as_of, e->percent, plan_year);
    const char *final = cchc_schedule_deadline(s);
    if (!is_date(final))
        final = j.next[0] ? j.next : j.missed; /* the parser always gives one; be safe */
    int status = cchc_task_status(task);
    const char *completed = cchc_task_completed(task);
    int done = status == CCHC_STATUS_DONE && (!*completed || strcmp(completed, as_of) <= 0);
    const char *deadline = "";

    if (status == CCHC_STATUS_CANCELLED) {
        e->state = CCHC_STATE_CANCELLED;
        deadline = j.next[0] ? j.next : final;
    } else if (done) {
        deadline = j.has_dated ? final : "";
        if (!*completed)
            e->state = CCHC_STATE_DONE_UNDATED;
        else if (!j.has_dated || strcmp(completed, final) <= 0)
            e->state = CCHC_STATE_DONE_ON_TIME;
        else
            e->state = CCHC_STATE_DONE_LATE;
    } else if (j.missed[0]) {
        e->state = CCHC_STATE_OVERDUE;
        deadline = j.missed;
    } else if (j.next[0] && soon_limit && strcmp(j.next, soon_limit) <= 0) {
        e->state = CCHC_STATE_DUE_SOON;
        deadline = j.next;
    } else if (j.covers) {
        e->state = CCHC_STATE_ONGOING;
        deadline = j.next;
    } else if (j.next[0]) {
        e->state = CCHC_STATE_NOT_DUE;
        deadline = j.next;
    } else if (j.has_event && !j.has_unknown) {
        e->state = CCHC_STATE_WAITING;
    } else {
        e->state = CCHC_STATE_UNSCHEDULED;
    }
    e->deadline = g_strdup(deadline ? deadline : "");
    e->due = j.has_dated && (e->state == CCHC_STATE_OVERDUE ||
                             e->state == CCHC_STATE_DONE_ON_TIME ||
                             e->state == CCHC_STATE_DONE_LATE ||
                             e->state == CCHC_STATE_DONE_UNDATED);
}

/* ---- computing the snapshot ---------------------------------------------- */

int cchc_progress_compute(cchc_progress **out, const cchc_plan *plan, const char *as_of,
                          int due_soon_days)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(plan);
    int rc = cchc__check_date(as_of, "progress: as_of", 0);
    if (rc)
        return rc;
    int year = cchc_plan_year(plan);
    if (year == 0)
        return cchc__fail(CCHC_EINVAL, "progress: the plan has no year");
    if (due_soon_days < 0 || due_soon_days > 366)
        return cchc__fail(CCHC_ERANGE,
                          "progress: due_soon_days %d is outside 0 … 366", due_soon_days);

    g_autoptr(cchc_progress) p = g_new0(cchc_progress, 1);
    p->as_of = g_strdup(as_of);
    p->due_soon_days = due_soon_days;
    p->plan_year = year;
    p->tasks = g_array_new(FALSE, TRUE, sizeof(task_entry));
    g_array_set_clear_func(p->tasks, task_entry_clear);
    p->leads = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);

    g_autofree char *soon_limit = NULL;
    if (due_soon_days > 0) {
        soon_limit = cchc__date_add_days(as_of, due_soon_days);
        if (!soon_limit)
            soon_limit = g_strdup("9999-12-31");
    }

    for (size_t i = 0; i < cchc_plan_task_count(plan); i++) {
        const cchc_task *task = cchc_plan_task_at(plan, i);
        cchc_schedule *s = NULL;
        if ((rc = cchc_task_schedule(&s, task, year)))
            return rc; /* NOLINT(clang-analyzer-unix.Malloc): p is a g_autoptr */
        task_entry e = {0};
        e.key = g_strdup(cchc_task_key(task));
        e.area = cchc_task_area(task);
        e.status = cchc_task_status(task);
        e.percent = cchc_task_progress(task);
        e.completed = g_strdup(cchc_task_completed(task));
        e.start = g_strdup(cchc_schedule_start(s));
        e.leads = g_ptr_array_new_with_free_func(g_free);
        for (size_t k = 0; k < cchc_task_unit_count(task, CCHC_ROLE_LEAD); k++) {
            const char *ref = cchc_task_unit_at(task, CCHC_ROLE_LEAD, k);
            g_ptr_array_add(e.leads, g_strdup(ref));
            if (!g_hash_table_contains(seen, ref)) {
                char *copy = g_strdup(ref);
                g_ptr_array_add(p->leads, copy);
                g_hash_table_add(seen, copy);
            }
        }
        task_state(&e, task, s, as_of, soon_limit, year);
        cchc_schedule_free(s);
        g_array_append_val(p->tasks, e);
    }
    *out = g_steal_pointer(&p);
    return CCHC_OK;
}

/* ---- getters -------------------------------------------------------------- */

static const task_entry *entry(const cchc_progress *p, size_t index)
{
    if (!p || index >= p->tasks->len)
        return NULL;
    return &g_array_index(p->tasks, task_entry, index);
}

const char *cchc_progress_as_of(const cchc_progress *p) { return p ? p->as_of : ""; }
size_t cchc_progress_task_count(const cchc_progress *p) { return p ? p->tasks->len : 0; }

const char *cchc_progress_task_key(const cchc_progress *p, size_t index)
{
    const task_entry *e = entry(p, index);
    return e ? e->key : NULL;
}

int cchc_progress_task_state(const cchc_progress *p, size_t index)
{
    const task_entry *e = entry(p, index);
    return e ? e->state : 0;
}

const char *cchc_progress_task_deadline(const cchc_progress *p, size_t index)
{
    const task_entry *e = entry(p, index);
    return e ? e->deadline : NULL;
}

int cchc_progress_task_is_due(const cchc_progress *p, size_t index)
{
    const task_entry *e = entry(p, index);
    return e ? e->due : 0;
}

int cchc__progress_task_matches(const cchc_progress *p, size_t index, int area,
                                const char *lead_ref)
{
    const task_entry *e = entry(p, index);
    if (!e || (area != 0 && e->area != area))
        return 0;
    if (!lead_ref)
        return 1;
    for (guint k = 0; k < e->leads->len; k++)
        if (strcmp(g_ptr_array_index(e->leads, k), lead_ref) == 0)
            return 1;
    return 0;
}

size_t cchc_progress_count(const cchc_progress *p, int area, const char *lead_ref, int state)
{
    size_t n = 0;
    for (size_t i = 0; i < cchc_progress_task_count(p); i++)
        if (cchc__progress_task_matches(p, i, area, lead_ref) &&
            (state == 0 || entry(p, i)->state == state))
            n++;
    return n;
}

static int is_done_state(int state)
{
    return state == CCHC_STATE_DONE_ON_TIME || state == CCHC_STATE_DONE_LATE ||
           state == CCHC_STATE_DONE_UNDATED;
}

size_t cchc_progress_due_count(const cchc_progress *p, int area, const char *lead_ref)
{
    size_t n = 0;
    for (size_t i = 0; i < cchc_progress_task_count(p); i++)
        if (entry(p, i)->due && cchc__progress_task_matches(p, i, area, lead_ref))
            n++;
    return n;
}

size_t cchc_progress_due_done_count(const cchc_progress *p, int area, const char *lead_ref)
{
    size_t n = 0;
    for (size_t i = 0; i < cchc_progress_task_count(p); i++)
        if (entry(p, i)->due && is_done_state(entry(p, i)->state) &&
            cchc__progress_task_matches(p, i, area, lead_ref))
            n++;
    return n;
}

int cchc_progress_completion_rate(double *out_percent, const cchc_progress *p, int area,
                                  const char *lead_ref)
{
    if (out_percent)
        *out_percent = 0.0;
    CCHC__CHECK_ARG(out_percent);
    CCHC__CHECK_ARG(p);
    size_t due = cchc_progress_due_count(p, area, lead_ref);
    if (due == 0) {
        g_autoptr(GString) what = g_string_new("no task");
        if (area)
            g_string_append_printf(what, " of area %d", area);
        if (lead_ref)
            g_string_append_printf(what, " led by \"%s\"", lead_ref);
        return cchc__fail(CCHC_ENOTFOUND, "progress: %s is due by %s: no completion rate",
                          what->str, p->as_of);
    }
    *out_percent = (double)cchc_progress_due_done_count(p, area, lead_ref) / (double)due * 100.0;
    return CCHC_OK;
}

size_t cchc_progress_lead_count(const cchc_progress *p) { return p ? p->leads->len : 0; }

const char *cchc_progress_lead_at(const cchc_progress *p, size_t index)
{
    if (!p || index >= p->leads->len)
        return NULL;
    return g_ptr_array_index(p->leads, index);
}

int cchc__progress_due_soon_days(const cchc_progress *p) { return p ? p->due_soon_days : 0; }
int cchc__progress_plan_year(const cchc_progress *p) { return p ? p->plan_year : 0; }

int cchc__progress_task_status(const cchc_progress *p, size_t index)
{
    const task_entry *e = entry(p, index);
    return e ? e->status : 0;
}

double cchc__progress_task_percent(const cchc_progress *p, size_t index)
{
    const task_entry *e = entry(p, index);
    return e ? e->percent : 0.0;
}

const char *cchc__progress_task_completed(const cchc_progress *p, size_t index)
{
    const task_entry *e = entry(p, index);
    return e ? e->completed : "";
}

const char *cchc__progress_task_start(const cchc_progress *p, size_t index)
{
    const task_entry *e = entry(p, index);
    return e ? e->start : "";
}

/* ---- names ---------------------------------------------------------------- */

static const char *const state_names[CCHC_STATE_COUNT + 1] = {
    "",          "not_due",  "due_soon", "overdue",   "done_on_time", "done_late",
    "done_undated", "ongoing", "waiting", "cancelled", "unscheduled"};

static const char *const state_labels_vi[CCHC_STATE_COUNT + 1] = {
    "",
    "Chưa đến hạn",
    "Sắp đến hạn",
    "Quá hạn",
    "Hoàn thành đúng hạn",
    "Hoàn thành quá hạn",
    "Hoàn thành, chưa ghi ngày",
    "Thường xuyên",
    "Chờ sự kiện",
    "Hủy bỏ",
    "Chưa xác định thời gian"};

const char *cchc_task_state_name(int state)
{
    return state >= 1 && state <= CCHC_STATE_COUNT ? state_names[state] : "";
}

const char *cchc_task_state_label_vi(int state)
{
    return state >= 1 && state <= CCHC_STATE_COUNT ? state_labels_vi[state] : "";
}
