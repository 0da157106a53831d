/*
 * libcchc — plans: header facts, the unit registry and the ordered tasks.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

#include <string.h>

struct cchc_plan {
    char *number;
    char *agency;
    char *place;
    char *issue_date;
    char *issue_date_text;
    char *title;
    char *basis;
    char *purposes;
    char *organisation;
    char *signer;
    char *signer_title;
    char *recipients;
    char *area_texts[CCHC_AREA_COUNT + 1]; /* index 0 unused */
    int year;
    cchc_calendar *calendar;    /* owned, never NULL */
    GPtrArray *units;           /* cchc_unit *, owned */
    GPtrArray *tasks;           /* cchc_task *, owned, plan order */
    GHashTable *unit_by_id;     /* id → cchc_unit *, borrowed */
    GHashTable *task_by_key;    /* key → cchc_task *, borrowed */
    /* id ("" for task-N) → the suffix choose_key() tries first: every smaller
     * one is taken. Without it, n tasks sharing an id cost n² lookups; a
     * removal may free a smaller one, so it forgets them all. */
    GHashTable *next_suffix;
};

cchc_plan *cchc_plan_new(void)
{
    cchc_plan *plan = g_new0(cchc_plan, 1);
    char **texts[] = {&plan->number,  &plan->agency,       &plan->place,
                      &plan->issue_date, &plan->issue_date_text, &plan->title,
                      &plan->basis,   &plan->purposes,     &plan->organisation,
                      &plan->signer,  &plan->signer_title, &plan->recipients};
    for (size_t i = 0; i < G_N_ELEMENTS(texts); i++)
        *texts[i] = g_strdup("");
    for (int a = 0; a <= CCHC_AREA_COUNT; a++)
        plan->area_texts[a] = g_strdup("");
    plan->calendar = cchc_calendar_new();
    plan->units = g_ptr_array_new_with_free_func((GDestroyNotify)cchc_unit_free);
    plan->tasks = g_ptr_array_new_with_free_func((GDestroyNotify)cchc_task_free);
    plan->unit_by_id = g_hash_table_new(g_str_hash, g_str_equal);
    plan->task_by_key = g_hash_table_new(g_str_hash, g_str_equal);
    plan->next_suffix = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    return plan;
}

void cchc_plan_free(cchc_plan *plan)
{
    if (!plan)
        return;
    g_hash_table_unref(plan->unit_by_id);
    g_hash_table_unref(plan->task_by_key);
    g_hash_table_unref(plan->next_suffix);
    g_ptr_array_unref(plan->tasks);
    g_ptr_array_unref(plan->units);
    cchc_calendar_free(plan->calendar);
    char *texts[] = {plan->number, plan->agency,  plan->place,        plan->issue_date,
                     plan->issue_date_text, plan->title, plan->basis, plan->purposes,
                     plan->organisation, plan->signer, plan->signer_title, plan->recipients};
    for (size_t i = 0; i < G_N_ELEMENTS(texts); i++)
        g_free(texts[i]);
    for (int a = 0; a <= CCHC_AREA_COUNT; a++)
        g_free(plan->area_texts[a]);
    g_free(plan);
}

/* ---- header facts ------------------------------------------------------- */

#define PLAN_TEXT(field)                                                       \
    const char *cchc_plan_##field(const cchc_plan *plan)                       \
    {                                                                          \
        return plan ? plan->field : "";                                        \
    }                                                                          \
    int cchc_plan_set_##field(cchc_plan *plan, const char *value)              \
    {                                                                          \
        CCHC__CHECK_ARG(plan);                                                 \
        return cchc__set_text(&plan->field, value, "plan " #field);            \
    }

PLAN_TEXT(number)
PLAN_TEXT(agency)
PLAN_TEXT(place)
PLAN_TEXT(issue_date_text)
PLAN_TEXT(title)
PLAN_TEXT(basis)
PLAN_TEXT(purposes)
PLAN_TEXT(organisation)
PLAN_TEXT(signer)
PLAN_TEXT(signer_title)
PLAN_TEXT(recipients)

const char *cchc_plan_issue_date(const cchc_plan *plan)
{
    return plan ? plan->issue_date : "";
}

int cchc_plan_set_issue_date(cchc_plan *plan, const char *date)
{
    CCHC__CHECK_ARG(plan);
    if (!date)
        date = "";
    int rc = cchc__check_date(date, "plan issue date", 1);
    if (rc)
        return rc;
    return cchc__set_text(&plan->issue_date, date, "plan issue date");
}

int cchc_plan_year(const cchc_plan *plan)
{
    return plan ? plan->year : 0;
}

int cchc_plan_set_year(cchc_plan *plan, int year)
{
    CCHC__CHECK_ARG(plan);
    if (year != 0 && (year < 1900 || year > 9999))
        return cchc__fail(CCHC_ERANGE, "plan year %d: a year is 1900 to 9999 (0 clears it)",
                          year);
    plan->year = year;
    return CCHC_OK;
}

const char *cchc_plan_area_text(const cchc_plan *plan, int area)
{
    if (!plan || !cchc_area_is_valid(area))
        return "";
    return plan->area_texts[area];
}

int cchc_plan_set_area_text(cchc_plan *plan, int area, const char *value)
{
    CCHC__CHECK_ARG(plan);
    if (!cchc_area_is_valid(area))
        return cchc__fail(CCHC_ERANGE, "plan area text: area %d is not 1 to 7", area);
    return cchc__set_text(&plan->area_texts[area], value, "plan area text");
}

/* ---- reporting calendar ------------------------------------------------- */

cchc_calendar *cchc_plan_calendar(const cchc_plan *plan)
{
    return plan ? plan->calendar : NULL;
}

int cchc_plan_set_calendar(cchc_plan *plan, const cchc_calendar *calendar)
{
    CCHC__CHECK_ARG(plan);
    cchc_calendar *copy = NULL;
    if (calendar) {
        int rc = cchc_calendar_copy(&copy, calendar);
        if (rc)
            return rc;
    } else {
        copy = cchc_calendar_new();
    }
    /* copied first: @calendar may be the plan's own */
    cchc_calendar_free(plan->calendar);
    plan->calendar = copy;
    return CCHC_OK;
}

/* ---- units -------------------------------------------------------------- */

size_t cchc_plan_unit_count(const cchc_plan *plan)
{
    return plan ? plan->units->len : 0;
}

cchc_unit *cchc_plan_unit_at(const cchc_plan *plan, size_t index)
{
    if (!plan || index >= plan->units->len)
        return NULL;
    return g_ptr_array_index(plan->units, index);
}

cchc_unit *cchc_plan_find_unit(const cchc_plan *plan, const char *id)
{
    if (!plan || !id)
        return NULL;
    return g_hash_table_lookup(plan->unit_by_id, id);
}

int cchc_plan_add_unit(cchc_plan *plan, const cchc_unit *unit)
{
    CCHC__CHECK_ARG(plan);
    CCHC__CHECK_ARG(unit);
    const char *id = cchc_unit_id(unit);
    if (cchc_plan_find_unit(plan, id))
        return cchc__fail(CCHC_EEXISTS, "the plan already has a unit \"%s\"", id);
    const char *parent = cchc_unit_parent(unit);
    if (*parent && !cchc_plan_find_unit(plan, parent))
        return cchc__fail(CCHC_ENOTFOUND,
                          "unit %s: parent \"%s\" is not in the plan (add parents first)", id,
                          parent);
    cchc_unit *copy = NULL;
    int rc = cchc_unit_copy(&copy, unit);
    if (rc)
        return rc;
    cchc__unit_attach(copy, plan);
    g_ptr_array_add(plan->units, copy);
    g_hash_table_insert(plan->unit_by_id, (gpointer)cchc_unit_id(copy), copy);
    return CCHC_OK;
}

int cchc_plan_remove_unit(cchc_plan *plan, const char *id)
{
    CCHC__CHECK_ARG(plan);
    CCHC__CHECK_ARG(id);
    cchc_unit *unit = cchc_plan_find_unit(plan, id);
    if (!unit)
        return cchc__fail(CCHC_ENOTFOUND, "the plan has no unit \"%s\"", id);
    for (guint i = 0; i < plan->tasks->len; i++) {
        const cchc_task *task = g_ptr_array_index(plan->tasks, i);
        if (cchc__task_refs_unit(task, id))
            return cchc__fail(CCHC_EINUSE, "unit %s is still named by task %s", id,
                              cchc_task_key(task));
    }
    for (guint i = 0; i < plan->units->len; i++) {
        const cchc_unit *other = g_ptr_array_index(plan->units, i);
        if (strcmp(cchc_unit_parent(other), id) == 0)
            return cchc__fail(CCHC_EINUSE, "unit %s is still the parent of unit %s", id,
                              cchc_unit_id(other));
    }
    g_hash_table_remove(plan->unit_by_id, id);
    g_ptr_array_remove(plan->units, unit);
    return CCHC_OK;
}

/* Group words as real plans write them, with the group each stands for.
 * Compared through cchc__name_key(), so case, dashes and commas vary freely. */
static const struct {
    const char *phrase;
    int group;
} group_phrases[] = {
    {"Các phòng, đơn vị thuộc Sở", CCHC_GROUP_INTERNAL},
    {"Các phòng, đơn vị trực thuộc", CCHC_GROUP_INTERNAL},
    {"Các phòng, đơn vị trực thuộc Sở", CCHC_GROUP_INTERNAL},
    {"Các phòng, đơn vị", CCHC_GROUP_INTERNAL},
    {"Các phòng, ban, đơn vị thuộc Sở", CCHC_GROUP_INTERNAL},
    {"Các phòng, đơn vị liên quan", CCHC_GROUP_RELATED},
    {"Các phòng, đơn vị có liên quan", CCHC_GROUP_RELATED},
    {"Phòng, đơn vị liên quan", CCHC_GROUP_RELATED},
    {"Các đơn vị liên quan", CCHC_GROUP_RELATED},
    {"Các phòng chuyên môn", CCHC_GROUP_DIVISIONS},
    {"Các phòng chuyên môn thuộc Sở", CCHC_GROUP_DIVISIONS},
    {"Các phòng thuộc Sở", CCHC_GROUP_DIVISIONS},
    {"Phòng chuyên môn", CCHC_GROUP_DIVISIONS},
    {"Các phòng, đơn vị có TTHC", CCHC_GROUP_PROCEDURES},
    {"Các phòng, đơn vị có thủ tục hành chính", CCHC_GROUP_PROCEDURES},
    {"Các phòng chuyên môn, các đơn vị có TTHC", CCHC_GROUP_PROCEDURES},
};

int cchc_plan_resolve_unit(const char **out_ref, const cchc_plan *plan, const char *name)
{
    if (out_ref)
        *out_ref = NULL;
    CCHC__CHECK_ARG(out_ref);
    CCHC__CHECK_ARG(plan);
    int rc = cchc__check_text(name, "unit name");
    if (rc)
        return rc;
    g_autofree char *key = cchc__name_key(name);
    if (!*key)
        return cchc__fail(CCHC_EINVAL, "unit name: empty");
    if (cchc_group_from_token(name)) {
        *out_ref = cchc_group_token(cchc_group_from_token(name));
        return CCHC_OK;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(group_phrases); i++) {
        g_autofree char *phrase_key = cchc__name_key(group_phrases[i].phrase);
        if (strcmp(key, phrase_key) == 0) {
            *out_ref = cchc_group_token(group_phrases[i].group);
            return CCHC_OK;
        }
    }
    const cchc_unit *found = NULL;
    GString *all = g_string_new(NULL);
    size_t matches = 0;
    for (guint i = 0; i < plan->units->len; i++) {
        const cchc_unit *unit = g_ptr_array_index(plan->units, i);
        if (cchc__unit_answers_to(unit, key)) {
            found = found ? found : unit;
            g_string_append_printf(all, "%s%s", matches ? ", " : "", cchc_unit_id(unit));
            matches++;
        }
    }
    if (matches > 1) {
        rc = cchc__fail(CCHC_EAMBIGUOUS, "unit name \"%s\" matches several units: %s", name,
                        all->str);
        g_string_free(all, TRUE);
        return rc;
    }
    g_string_free(all, TRUE);
    if (!found)
        return cchc__fail(CCHC_ENOTFOUND, "no unit or group is called \"%s\"", name);
    *out_ref = cchc_unit_id(found);
    return CCHC_OK;
}

int cchc_plan_ref_is_valid(const cchc_plan *plan, const char *ref)
{
    if (!plan || !ref)
        return 0;
    return cchc_group_from_token(ref) != 0 || cchc_plan_find_unit(plan, ref) != NULL;
}

const char *cchc_plan_ref_name(const cchc_plan *plan, const char *ref)
{
    if (!plan || !ref)
        return "";
    int group = cchc_group_from_token(ref);
    if (group)
        return cchc_group_name_vi(group);
    const cchc_unit *unit = cchc_plan_find_unit(plan, ref);
    if (!unit)
        return ref;
    return *cchc_unit_short_name(unit) ? cchc_unit_short_name(unit) : cchc_unit_name(unit);
}

/* ---- tasks -------------------------------------------------------------- */

size_t cchc_plan_task_count(const cchc_plan *plan)
{
    return plan ? plan->tasks->len : 0;
}

cchc_task *cchc_plan_task_at(const cchc_plan *plan, size_t index)
{
    if (!plan || index >= plan->tasks->len)
        return NULL;
    return g_ptr_array_index(plan->tasks, index);
}

cchc_task *cchc_plan_find_task(const cchc_plan *plan, const char *key)
{
    if (!plan || !key)
        return NULL;
    return g_hash_table_lookup(plan->task_by_key, key);
}

cchc_task *cchc_plan_find_task_by_id(const cchc_plan *plan, const char *id)
{
    if (!plan || !id)
        return NULL;
    for (guint i = 0; i < plan->tasks->len; i++) {
        cchc_task *task = g_ptr_array_index(plan->tasks, i);
        if (strcmp(cchc_task_id(task), id) == 0)
            return task;
    }
    return NULL;
}

int cchc_plan_task_index(size_t *out_index, const cchc_plan *plan, const char *key)
{
    CCHC__CHECK_ARG(out_index);
    CCHC__CHECK_ARG(plan);
    CCHC__CHECK_ARG(key);
    cchc_task *task = cchc_plan_find_task(plan, key);
    guint index = 0;
    if (!task || !g_ptr_array_find(plan->tasks, task, &index))
        return cchc__fail(CCHC_ENOTFOUND, "the plan has no task with key \"%s\"", key);
    *out_index = index;
    return CCHC_OK;
}

/* 1 when @key may be given to a new task: no task has it and, for keys the
 * library makes up, no task still to come has saved it (@reserved). */
static int key_is_free(const cchc_plan *plan, const char *key, GHashTable *reserved)
{
    return !cchc_plan_find_task(plan, key) && !(reserved && g_hash_table_contains(reserved, key));
}

/* A key for a new task: its own if free, else its id, id#2, id#3 …, or task-N. */
static char *choose_key(cchc_plan *plan, const cchc_task *task, GHashTable *reserved)
{
    const char *own = cchc_task_key(task);
    if (*own && !cchc_plan_find_task(plan, own))
        return g_strdup(own);
    const char *id = cchc_task_id(task);
    if (*id && key_is_free(plan, id, reserved))
        return g_strdup(id);
    guint first = GPOINTER_TO_UINT(g_hash_table_lookup(plan->next_suffix, id));
    for (guint n = first ? first : *id ? 2 : 1;; n++) {
        char *key = *id ? g_strdup_printf("%s#%u", id, n) : g_strdup_printf("task-%u", n);
        if (key_is_free(plan, key, reserved)) {
            g_hash_table_insert(plan->next_suffix, g_strdup(id), GUINT_TO_POINTER(n + 1));
            return key;
        }
        g_free(key);
    }
}

int cchc_plan_insert_task(cchc_plan *plan, size_t index, const cchc_task *task)
{
    return cchc__plan_insert_task_reserved(plan, index, task, NULL);
}

int cchc__plan_insert_task_reserved(cchc_plan *plan, size_t index, const cchc_task *task,
                                    GHashTable *reserved)
{
    CCHC__CHECK_ARG(plan);
    CCHC__CHECK_ARG(task);
    if (index > plan->tasks->len)
        return cchc__fail(CCHC_ERANGE, "cannot insert a task at %zu: the plan has %u tasks",
                          index, plan->tasks->len);
    int rc = cchc__task_check_refs(task, plan);
    if (rc)
        return rc;
    cchc_task *copy = NULL;
    if ((rc = cchc_task_copy(&copy, task)))
        return rc;
    g_autofree char *key = choose_key(plan, task, reserved);
    cchc__task_attach(copy, plan, key);
    g_ptr_array_insert(plan->tasks, (gint)index, copy);
    g_hash_table_insert(plan->task_by_key, (gpointer)cchc_task_key(copy), copy);
    return CCHC_OK;
}

int cchc_plan_add_task(cchc_plan *plan, const cchc_task *task)
{
    CCHC__CHECK_ARG(plan);
    return cchc_plan_insert_task(plan, plan->tasks->len, task);
}

int cchc_plan_remove_task(cchc_plan *plan, const char *key)
{
    CCHC__CHECK_ARG(plan);
    CCHC__CHECK_ARG(key);
    size_t index = 0;
    int rc = cchc_plan_task_index(&index, plan, key);
    if (rc)
        return rc;
    g_hash_table_remove(plan->task_by_key, key);
    g_hash_table_remove_all(plan->next_suffix);
    g_ptr_array_remove_index(plan->tasks, (guint)index);
    return CCHC_OK;
}

int cchc_plan_move_task(cchc_plan *plan, const char *key, size_t new_index)
{
    CCHC__CHECK_ARG(plan);
    CCHC__CHECK_ARG(key);
    size_t index = 0;
    int rc = cchc_plan_task_index(&index, plan, key);
    if (rc)
        return rc;
    if (new_index >= plan->tasks->len)
        return cchc__fail(CCHC_ERANGE, "cannot move task %s to %zu: the plan has %u tasks",
                          key, new_index, plan->tasks->len);
    cchc_task *task = g_ptr_array_steal_index(plan->tasks, (guint)index);
    g_ptr_array_insert(plan->tasks, (gint)new_index, task);
    return CCHC_OK;
}

size_t cchc_plan_area_task_count(const cchc_plan *plan, int area)
{
    size_t n = 0;
    for (size_t i = 0; i < cchc_plan_task_count(plan); i++)
        if (cchc_task_area(cchc_plan_task_at(plan, i)) == area)
            n++;
    return n;
}
