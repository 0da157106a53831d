/*
 * libcchc — units and group words.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

#include <string.h>

struct cchc_unit {
    cchc_plan *plan; /* the plan holding the unit, NULL when detached */
    char *id;
    char *name;
    char *short_name;
    char *parent;
    int kind;
    GPtrArray *aliases;
    /* The name keys (cchc__name_key) of the id, name, short name and
     * aliases, kept up to date by every setter: name resolution compares
     * keys without normalising each unit's names again for every lookup. */
    GPtrArray *keys;
};

/* Recomputes unit->keys after any of the names changed. */
static void refresh_keys(cchc_unit *unit)
{
    if (unit->keys)
        g_ptr_array_set_size(unit->keys, 0);
    else
        unit->keys = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(unit->keys, cchc__name_key(unit->id));
    g_ptr_array_add(unit->keys, cchc__name_key(unit->name));
    if (*unit->short_name)
        g_ptr_array_add(unit->keys, cchc__name_key(unit->short_name));
    for (guint i = 0; i < unit->aliases->len; i++)
        g_ptr_array_add(unit->keys, cchc__name_key(g_ptr_array_index(unit->aliases, i)));
}

static const char *const kind_names[] = {
    "", "division", "office", "agency", "inspectorate", "external", "leadership",
};

const char *cchc_unit_kind_name(int kind)
{
    if (kind < CCHC_UNIT_DIVISION || kind > CCHC_UNIT_LEADERSHIP)
        return "";
    return kind_names[kind];
}

int cchc_unit_kind_from_name(const char *name)
{
    if (!name)
        return 0;
    for (int k = CCHC_UNIT_DIVISION; k <= CCHC_UNIT_LEADERSHIP; k++)
        if (strcmp(name, kind_names[k]) == 0)
            return k;
    return 0;
}

static int check_kind(int kind)
{
    if (!cchc_unit_kind_name(kind)[0])
        return cchc__fail(CCHC_EINVAL, "unknown unit kind %d", kind);
    return CCHC_OK;
}

static int check_name(const char *name)
{
    int rc = cchc__check_text(name, "unit name");
    if (rc)
        return rc;
    if (!*name)
        return cchc__fail(CCHC_EINVAL, "unit name: empty");
    return CCHC_OK;
}

static int check_id(const char *id)
{
    int rc = cchc__check_text(id, "unit id");
    if (rc)
        return rc;
    if (!cchc__id_is_valid(id))
        return cchc__fail(CCHC_EINVAL,
                          "unit id \"%s\": use 1-64 ASCII letters, digits, '.', '-' or '_', "
                          "not starting with '@'",
                          id);
    return CCHC_OK;
}

int cchc_unit_new(cchc_unit **out, const char *id, const char *name, int kind)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    int rc;
    if ((rc = check_id(id)) || (rc = check_name(name)) || (rc = check_kind(kind)))
        return rc;
    cchc_unit *unit = g_new0(cchc_unit, 1);
    unit->id = g_strdup(id);
    unit->name = g_strdup(name);
    unit->short_name = g_strdup("");
    unit->parent = g_strdup("");
    unit->kind = kind;
    unit->aliases = g_ptr_array_new_with_free_func(g_free);
    refresh_keys(unit);
    *out = unit;
    return CCHC_OK;
}

int cchc_unit_copy(cchc_unit **out, const cchc_unit *unit)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(unit);
    cchc_unit *copy = g_new0(cchc_unit, 1);
    copy->id = g_strdup(unit->id);
    copy->name = g_strdup(unit->name);
    copy->short_name = g_strdup(unit->short_name);
    copy->parent = g_strdup(unit->parent);
    copy->kind = unit->kind;
    copy->aliases = cchc__strv_copy(unit->aliases);
    copy->keys = cchc__strv_copy(unit->keys);
    *out = copy;
    return CCHC_OK;
}

void cchc_unit_free(cchc_unit *unit)
{
    if (!unit)
        return;
    g_free(unit->id);
    g_free(unit->name);
    g_free(unit->short_name);
    g_free(unit->parent);
    g_ptr_array_unref(unit->aliases);
    g_ptr_array_unref(unit->keys);
    g_free(unit);
}

const char *cchc_unit_id(const cchc_unit *unit) { return unit ? unit->id : ""; }
const char *cchc_unit_name(const cchc_unit *unit) { return unit ? unit->name : ""; }
const char *cchc_unit_short_name(const cchc_unit *unit) { return unit ? unit->short_name : ""; }
int cchc_unit_kind(const cchc_unit *unit) { return unit ? unit->kind : 0; }
const char *cchc_unit_parent(const cchc_unit *unit) { return unit ? unit->parent : ""; }

int cchc_unit_is_internal(const cchc_unit *unit)
{
    return unit && unit->kind != CCHC_UNIT_EXTERNAL;
}

int cchc_unit_set_name(cchc_unit *unit, const char *name)
{
    CCHC__CHECK_ARG(unit);
    int rc = check_name(name);
    if (!rc && !(rc = cchc__set_text(&unit->name, name, "unit name")))
        refresh_keys(unit);
    return rc;
}

int cchc_unit_set_short_name(cchc_unit *unit, const char *short_name)
{
    CCHC__CHECK_ARG(unit);
    int rc = cchc__set_text(&unit->short_name, short_name, "unit short name");
    if (!rc)
        refresh_keys(unit);
    return rc;
}

int cchc_unit_set_kind(cchc_unit *unit, int kind)
{
    CCHC__CHECK_ARG(unit);
    int rc = check_kind(kind);
    if (rc)
        return rc;
    unit->kind = kind;
    return CCHC_OK;
}

int cchc_unit_set_parent(cchc_unit *unit, const char *parent_id)
{
    CCHC__CHECK_ARG(unit);
    if (!parent_id || !*parent_id)
        return cchc__set_text(&unit->parent, "", "unit parent");
    int rc = check_id(parent_id);
    if (rc)
        return rc;
    if (unit->plan) {
        /* Walk up from the new parent: reaching this unit means a cycle. */
        const cchc_unit *p = cchc_plan_find_unit(unit->plan, parent_id);
        if (!p)
            return cchc__fail(CCHC_ENOTFOUND, "unit %s: parent \"%s\" is not in the plan",
                              unit->id, parent_id);
        for (guint guard = 0; p && guard <= cchc_plan_unit_count(unit->plan); guard++) {
            if (p == unit)
                return cchc__fail(CCHC_EINVAL,
                                  "unit %s: parent \"%s\" would make a cycle", unit->id,
                                  parent_id);
            p = *p->parent ? cchc_plan_find_unit(unit->plan, p->parent) : NULL;
        }
    } else if (strcmp(parent_id, unit->id) == 0) {
        return cchc__fail(CCHC_EINVAL, "unit %s: a unit cannot be its own parent", unit->id);
    }
    return cchc__set_text(&unit->parent, parent_id, "unit parent");
}

size_t cchc_unit_alias_count(const cchc_unit *unit)
{
    return unit ? unit->aliases->len : 0;
}

const char *cchc_unit_alias_at(const cchc_unit *unit, size_t index)
{
    if (!unit || index >= unit->aliases->len)
        return NULL;
    return g_ptr_array_index(unit->aliases, index);
}

/* 1 when @key (a name key) names this unit: its id, name, short name or an alias. */
int cchc__unit_answers_to(const cchc_unit *unit, const char *key)
{
    for (guint i = 0; i < unit->keys->len; i++)
        if (strcmp(key, g_ptr_array_index(unit->keys, i)) == 0)
            return 1;
    return 0;
}

int cchc_unit_add_alias(cchc_unit *unit, const char *alias)
{
    CCHC__CHECK_ARG(unit);
    int rc = cchc__check_text(alias, "unit alias");
    if (rc)
        return rc;
    g_autofree char *key = cchc__name_key(alias);
    if (!*key)
        return cchc__fail(CCHC_EINVAL, "unit %s: an alias cannot be empty", unit->id);
    if (cchc__unit_answers_to(unit, key))
        return cchc__fail(CCHC_EEXISTS, "unit %s already answers to \"%s\"", unit->id, alias);
    g_ptr_array_add(unit->aliases, g_strdup(alias));
    g_ptr_array_add(unit->keys, g_steal_pointer(&key));
    return CCHC_OK;
}

int cchc_unit_remove_alias(cchc_unit *unit, size_t index)
{
    CCHC__CHECK_ARG(unit);
    if (index >= unit->aliases->len)
        return cchc__fail(CCHC_ERANGE, "unit %s: no alias at index %zu (it has %u)", unit->id,
                          index, unit->aliases->len);
    g_ptr_array_remove_index(unit->aliases, (guint)index);
    refresh_keys(unit);
    return CCHC_OK;
}

cchc_plan *cchc__unit_plan(const cchc_unit *unit) { return unit->plan; }
void cchc__unit_attach(cchc_unit *unit, cchc_plan *plan) { unit->plan = plan; }

/* ---- groups ------------------------------------------------------------- */

static const struct {
    const char *token;
    const char *name_vi;
    int specified;
} groups[] = {
    {"", "", 0},
    {"@internal", "Các phòng, đơn vị thuộc Sở", 1},
    {"@related", "Các phòng, đơn vị liên quan", 0},
    {"@divisions", "Các phòng chuyên môn", 1},
    {"@procedures", "Các phòng, đơn vị có TTHC", 0},
};

static int group_is_valid(int group)
{
    return group >= CCHC_GROUP_INTERNAL && group <= CCHC_GROUP_PROCEDURES;
}

const char *cchc_group_token(int group)
{
    return group_is_valid(group) ? groups[group].token : "";
}

int cchc_group_from_token(const char *token)
{
    if (!token)
        return 0;
    for (int g = CCHC_GROUP_INTERNAL; g <= CCHC_GROUP_PROCEDURES; g++)
        if (strcmp(token, groups[g].token) == 0)
            return g;
    return 0;
}

const char *cchc_group_name_vi(int group)
{
    return group_is_valid(group) ? groups[group].name_vi : "";
}

int cchc_group_is_specified(int group)
{
    return group_is_valid(group) && groups[group].specified;
}

int cchc_group_includes(int group, const cchc_unit *unit)
{
    if (!unit)
        return 0;
    switch (group) {
    case CCHC_GROUP_INTERNAL: return unit->kind != CCHC_UNIT_EXTERNAL;
    case CCHC_GROUP_DIVISIONS: return unit->kind == CCHC_UNIT_DIVISION;
    default: return 0;
    }
}
