/*
 * libcchc — tasks and their evidence references.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

#include <math.h>
#include <string.h>

struct cchc_evidence {
    char *number;
    char *date;
    char *title;
    char *link;
};

struct cchc_task {
    cchc_plan *plan; /* the plan holding the task, NULL when detached */
    char *key;
    char *id;
    char *group;
    char *title;
    char *product;
    char *when;
    char *completed;
    char *notes;
    int area;
    int status;
    double progress;
    GPtrArray *units[2];    /* references, indexed by role - 1 */
    GPtrArray *mentions[2]; /* verbatim text, indexed by role - 1 */
    GPtrArray *evidence;
};

/* How messages name a task: its key in a plan, else its id as written. */
static const char *task_label(const cchc_task *task)
{
    if (*task->key)
        return task->key;
    return *task->id ? task->id : "(new task)";
}

static void evidence_free(gpointer data)
{
    cchc_evidence *e = data;
    g_free(e->number);
    g_free(e->date);
    g_free(e->title);
    g_free(e->link);
    g_free(e);
}

static cchc_evidence *evidence_copy(const cchc_evidence *e)
{
    cchc_evidence *copy = g_new0(cchc_evidence, 1);
    copy->number = g_strdup(e->number);
    copy->date = g_strdup(e->date);
    copy->title = g_strdup(e->title);
    copy->link = g_strdup(e->link);
    return copy;
}

const char *cchc_evidence_number(const cchc_evidence *e) { return e ? e->number : ""; }
const char *cchc_evidence_date(const cchc_evidence *e) { return e ? e->date : ""; }
const char *cchc_evidence_title(const cchc_evidence *e) { return e ? e->title : ""; }
const char *cchc_evidence_link(const cchc_evidence *e) { return e ? e->link : ""; }

static cchc_task *task_alloc(void)
{
    cchc_task *task = g_new0(cchc_task, 1);
    task->key = g_strdup("");
    task->status = CCHC_STATUS_NOT_STARTED;
    for (int r = 0; r < 2; r++) {
        task->units[r] = g_ptr_array_new_with_free_func(g_free);
        task->mentions[r] = g_ptr_array_new_with_free_func(g_free);
    }
    task->evidence = g_ptr_array_new_with_free_func(evidence_free);
    return task;
}

static int check_area(int area)
{
    if (!cchc_area_is_valid(area))
        return cchc__fail(CCHC_ERANGE, "task area %d: an area is 1 to 7", area);
    return CCHC_OK;
}

int cchc_task_new(cchc_task **out, const char *id, int area, const char *title)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    int rc;
    if ((rc = cchc__check_text(id, "task id")) || (rc = cchc__check_text(title, "task title")) ||
        (rc = check_area(area)))
        return rc;
    cchc_task *task = task_alloc();
    task->id = g_strdup(id);
    task->title = g_strdup(title);
    task->group = g_strdup("");
    task->product = g_strdup("");
    task->when = g_strdup("");
    task->completed = g_strdup("");
    task->notes = g_strdup("");
    task->area = area;
    *out = task;
    return CCHC_OK;
}

int cchc_task_copy(cchc_task **out, const cchc_task *task)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(task);
    cchc_task *copy = task_alloc();
    g_free(copy->key);
    copy->key = g_strdup(task->key);
    copy->id = g_strdup(task->id);
    copy->group = g_strdup(task->group);
    copy->title = g_strdup(task->title);
    copy->product = g_strdup(task->product);
    copy->when = g_strdup(task->when);
    copy->completed = g_strdup(task->completed);
    copy->notes = g_strdup(task->notes);
    copy->area = task->area;
    copy->status = task->status;
    copy->progress = task->progress;
    for (int r = 0; r < 2; r++) {
        g_ptr_array_unref(copy->units[r]);
        g_ptr_array_unref(copy->mentions[r]);
        copy->units[r] = cchc__strv_copy(task->units[r]);
        copy->mentions[r] = cchc__strv_copy(task->mentions[r]);
    }
    for (guint i = 0; i < task->evidence->len; i++)
        g_ptr_array_add(copy->evidence, evidence_copy(g_ptr_array_index(task->evidence, i)));
    *out = copy;
    return CCHC_OK;
}

void cchc_task_free(cchc_task *task)
{
    if (!task)
        return;
    g_free(task->key);
    g_free(task->id);
    g_free(task->group);
    g_free(task->title);
    g_free(task->product);
    g_free(task->when);
    g_free(task->completed);
    g_free(task->notes);
    for (int r = 0; r < 2; r++) {
        g_ptr_array_unref(task->units[r]);
        g_ptr_array_unref(task->mentions[r]);
    }
    g_ptr_array_unref(task->evidence);
    g_free(task);
}

const char *cchc_task_key(const cchc_task *t) { return t ? t->key : ""; }
const char *cchc_task_id(const cchc_task *t) { return t ? t->id : ""; }
int cchc_task_area(const cchc_task *t) { return t ? t->area : 0; }
const char *cchc_task_group(const cchc_task *t) { return t ? t->group : ""; }
const char *cchc_task_title(const cchc_task *t) { return t ? t->title : ""; }
const char *cchc_task_product(const cchc_task *t) { return t ? t->product : ""; }
const char *cchc_task_when(const cchc_task *t) { return t ? t->when : ""; }
int cchc_task_status(const cchc_task *t) { return t ? t->status : 0; }
double cchc_task_progress(const cchc_task *t) { return t ? t->progress : 0.0; }
const char *cchc_task_completed(const cchc_task *t) { return t ? t->completed : ""; }
const char *cchc_task_notes(const cchc_task *t) { return t ? t->notes : ""; }

#define TASK_TEXT_SETTER(field)                                                \
    int cchc_task_set_##field(cchc_task *task, const char *value)              \
    {                                                                          \
        CCHC__CHECK_ARG(task);                                                 \
        return cchc__set_text(&task->field, value, "task " #field);            \
    }

TASK_TEXT_SETTER(id)
TASK_TEXT_SETTER(group)
TASK_TEXT_SETTER(title)
TASK_TEXT_SETTER(product)
TASK_TEXT_SETTER(when)
TASK_TEXT_SETTER(notes)

int cchc_task_set_area(cchc_task *task, int area)
{
    CCHC__CHECK_ARG(task);
    int rc = check_area(area);
    if (rc)
        return rc;
    task->area = area;
    return CCHC_OK;
}

int cchc_task_set_status(cchc_task *task, int status)
{
    CCHC__CHECK_ARG(task);
    if (!cchc_status_name(status)[0])
        return cchc__fail(CCHC_EINVAL, "task %s: unknown status %d", task_label(task), status);
    task->status = status;
    return CCHC_OK;
}

int cchc_task_set_progress(cchc_task *task, double percent)
{
    CCHC__CHECK_ARG(task);
    if (isnan(percent) || percent < 0.0 || percent > 100.0)
        return cchc__fail(CCHC_ERANGE, "task %s: progress %g is not a percentage from 0 to 100",
                          task_label(task), percent);
    task->progress = percent;
    return CCHC_OK;
}

int cchc_task_set_completed(cchc_task *task, const char *date)
{
    CCHC__CHECK_ARG(task);
    if (!date)
        date = "";
    int rc = cchc__check_date(date, "task completion date", 1);
    if (rc)
        return rc;
    return cchc__set_text(&task->completed, date, "task completion date");
}

static GPtrArray *role_array(GPtrArray *const arrays[2], int role)
{
    if (role != CCHC_ROLE_LEAD && role != CCHC_ROLE_COORDINATING)
        return NULL;
    return arrays[role - 1];
}

static int check_role(int role)
{
    if (role != CCHC_ROLE_LEAD && role != CCHC_ROLE_COORDINATING)
        return cchc__fail(CCHC_EINVAL, "unknown task role %d (1 = lead, 2 = coordinating)",
                          role);
    return CCHC_OK;
}

size_t cchc_task_unit_count(const cchc_task *task, int role)
{
    GPtrArray *a = task ? role_array(task->units, role) : NULL;
    return a ? a->len : 0;
}

const char *cchc_task_unit_at(const cchc_task *task, int role, size_t index)
{
    GPtrArray *a = task ? role_array(task->units, role) : NULL;
    return a && index < a->len ? g_ptr_array_index(a, index) : NULL;
}

int cchc_task_has_unit(const cchc_task *task, int role, const char *ref)
{
    GPtrArray *a = task ? role_array(task->units, role) : NULL;
    if (!a || !ref)
        return 0;
    for (guint i = 0; i < a->len; i++)
        if (strcmp(g_ptr_array_index(a, i), ref) == 0)
            return 1;
    return 0;
}

int cchc_task_add_unit(cchc_task *task, int role, const char *ref)
{
    CCHC__CHECK_ARG(task);
    int rc;
    if ((rc = check_role(role)) || (rc = cchc__check_text(ref, "unit reference")))
        return rc;
    if (!cchc_group_from_token(ref) && !cchc__id_is_valid(ref))
        return cchc__fail(CCHC_EINVAL,
                          "task %s: \"%s\" is neither a unit id nor a group token", task_label(task),
                          ref);
    if (cchc_task_has_unit(task, role, ref))
        return cchc__fail(CCHC_EEXISTS, "task %s: \"%s\" is already a %s unit", task_label(task), ref,
                          role == CCHC_ROLE_LEAD ? "lead" : "coordinating");
    if (task->plan && !cchc_plan_ref_is_valid(task->plan, ref))
        return cchc__fail(CCHC_ENOTFOUND, "task %s: the plan has no unit \"%s\"", task_label(task),
                          ref);
    g_ptr_array_add(role_array(task->units, role), g_strdup(ref));
    return CCHC_OK;
}

static int remove_at(GPtrArray *a, size_t index, const cchc_task *task, const char *what)
{
    if (index >= a->len)
        return cchc__fail(CCHC_ERANGE, "task %s: no %s at index %zu (it has %u)", task_label(task),
                          what, index, a->len);
    g_ptr_array_remove_index(a, (guint)index);
    return CCHC_OK;
}

int cchc_task_remove_unit(cchc_task *task, int role, size_t index)
{
    CCHC__CHECK_ARG(task);
    int rc = check_role(role);
    if (rc)
        return rc;
    return remove_at(role_array(task->units, role), index, task, "unit");
}

size_t cchc_task_mention_count(const cchc_task *task, int role)
{
    GPtrArray *a = task ? role_array(task->mentions, role) : NULL;
    return a ? a->len : 0;
}

const char *cchc_task_mention_at(const cchc_task *task, int role, size_t index)
{
    GPtrArray *a = task ? role_array(task->mentions, role) : NULL;
    return a && index < a->len ? g_ptr_array_index(a, index) : NULL;
}

int cchc_task_add_mention(cchc_task *task, int role, const char *text)
{
    CCHC__CHECK_ARG(task);
    int rc;
    if ((rc = check_role(role)) || (rc = cchc__check_text(text, "mention")))
        return rc;
    if (!*text)
        return cchc__fail(CCHC_EINVAL, "task %s: a mention cannot be empty", task_label(task));
    g_ptr_array_add(role_array(task->mentions, role), g_strdup(text));
    return CCHC_OK;
}

int cchc_task_remove_mention(cchc_task *task, int role, size_t index)
{
    CCHC__CHECK_ARG(task);
    int rc = check_role(role);
    if (rc)
        return rc;
    return remove_at(role_array(task->mentions, role), index, task, "mention");
}

size_t cchc_task_evidence_count(const cchc_task *task)
{
    return task ? task->evidence->len : 0;
}

const cchc_evidence *cchc_task_evidence_at(const cchc_task *task, size_t index)
{
    if (!task || index >= task->evidence->len)
        return NULL;
    return g_ptr_array_index(task->evidence, index);
}

int cchc_task_add_evidence(cchc_task *task, const char *number, const char *date,
                           const char *title, const char *link)
{
    CCHC__CHECK_ARG(task);
    number = number ? number : "";
    date = date ? date : "";
    title = title ? title : "";
    link = link ? link : "";
    int rc;
    if ((rc = cchc__check_text(number, "evidence number")) ||
        (rc = cchc__check_date(date, "evidence date", 1)) ||
        (rc = cchc__check_text(title, "evidence title")) ||
        (rc = cchc__check_text(link, "evidence link")))
        return rc;
    if (!*number && !*title)
        return cchc__fail(CCHC_EINVAL, "task %s: evidence needs a number or a title",
                          task_label(task));
    cchc_evidence *e = g_new0(cchc_evidence, 1);
    e->number = g_strdup(number);
    e->date = g_strdup(date);
    e->title = g_strdup(title);
    e->link = g_strdup(link);
    g_ptr_array_add(task->evidence, e);
    return CCHC_OK;
}

int cchc_task_remove_evidence(cchc_task *task, size_t index)
{
    CCHC__CHECK_ARG(task);
    return remove_at(task->evidence, index, task, "evidence");
}

static const char *const status_names[] = {"", "not_started", "in_progress", "done",
                                           "cancelled"};
static const char *const status_labels_vi[] = {"", "Chưa thực hiện", "Đang thực hiện",
                                               "Đã hoàn thành", "Hủy bỏ"};

const char *cchc_status_name(int status)
{
    if (status < CCHC_STATUS_NOT_STARTED || status > CCHC_STATUS_CANCELLED)
        return "";
    return status_names[status];
}

int cchc_status_from_name(const char *name)
{
    if (!name)
        return 0;
    for (int s = CCHC_STATUS_NOT_STARTED; s <= CCHC_STATUS_CANCELLED; s++)
        if (strcmp(name, status_names[s]) == 0)
            return s;
    return 0;
}

const char *cchc_status_label_vi(int status)
{
    if (status < CCHC_STATUS_NOT_STARTED || status > CCHC_STATUS_CANCELLED)
        return "";
    return status_labels_vi[status];
}

/* ---- links with the plan ------------------------------------------------ */

void cchc__task_attach(cchc_task *task, cchc_plan *plan, const char *key)
{
    task->plan = plan;
    if (key) {
        g_free(task->key);
        task->key = g_strdup(key);
    }
}

cchc_plan *cchc__task_plan(const cchc_task *task) { return task->plan; }

int cchc__task_set_key(cchc_task *task, const char *key)
{
    return cchc__set_text(&task->key, key, "task key");
}

int cchc__task_refs_unit(const cchc_task *task, const char *id)
{
    return cchc_task_has_unit(task, CCHC_ROLE_LEAD, id) ||
           cchc_task_has_unit(task, CCHC_ROLE_COORDINATING, id);
}

int cchc__task_check_refs(const cchc_task *task, const cchc_plan *plan)
{
    for (int role = CCHC_ROLE_LEAD; role <= CCHC_ROLE_COORDINATING; role++) {
        GPtrArray *a = role_array(task->units, role);
        for (guint i = 0; i < a->len; i++) {
            const char *ref = g_ptr_array_index(a, i);
            if (!cchc_plan_ref_is_valid(plan, ref))
                return cchc__fail(CCHC_ENOTFOUND, "task %s: the plan has no unit \"%s\"",
                                  task_label(task), ref);
        }
    }
    return CCHC_OK;
}

/* ---- evidence held by other objects (scorecard entries) ------------------ */

cchc_evidence *cchc__evidence_new(const char *number, const char *date, const char *title,
                                  const char *link)
{
    cchc_evidence *e = g_new0(cchc_evidence, 1);
    e->number = g_strdup(number ? number : "");
    e->date = g_strdup(date ? date : "");
    e->title = g_strdup(title ? title : "");
    e->link = g_strdup(link ? link : "");
    return e;
}

cchc_evidence *cchc__evidence_copy(const cchc_evidence *evidence)
{
    return evidence_copy(evidence);
}

void cchc__evidence_free(gpointer evidence)
{
    evidence_free(evidence);
}
