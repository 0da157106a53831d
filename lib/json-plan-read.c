/*
 * libcchc — loading the JSON plan format ("cchc-plan", version 1).
 *
 * The document is mapped into a fresh cchc_plan through the model's own
 * setters, so the model's rules (UTF-8, real dates, ranges, known units)
 * apply to files exactly as to API calls; a setter's refusal becomes an error
 * located at the member being read.
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-internal.h"

#include <string.h>

#define PLAN_FORMAT "cchc-plan"
#define PLAN_VERSION 1

typedef int (*plan_text_setter)(cchc_plan *, const char *);
typedef int (*task_text_setter)(cchc_task *, const char *);

static const struct {
    const char *key;
    plan_text_setter set;
} plan_texts[] = {
    {"number", cchc_plan_set_number},
    {"agency", cchc_plan_set_agency},
    {"place", cchc_plan_set_place},
    {"issue_date", cchc_plan_set_issue_date},
    {"issue_date_text", cchc_plan_set_issue_date_text},
    {"title", cchc_plan_set_title},
    {"basis", cchc_plan_set_basis},
    {"purposes", cchc_plan_set_purposes},
    {"organisation", cchc_plan_set_organisation},
    {"signer", cchc_plan_set_signer},
    {"signer_title", cchc_plan_set_signer_title},
    {"recipients", cchc_plan_set_recipients},
};

static const struct {
    const char *key;
    task_text_setter set;
} task_texts[] = {
    {"id", cchc_task_set_id},
    {"group", cchc_task_set_group},
    {"title", cchc_task_set_title},
    {"product", cchc_task_set_product},
    {"when", cchc_task_set_when},
    {"completed", cchc_task_set_completed},
    {"notes", cchc_task_set_notes},
};

static const char *const plan_keys[] = {
    "format", "version", "number", "agency", "place", "issue_date", "issue_date_text",
    "year", "title", "basis", "purposes", "area_texts", "organisation", "signer",
    "signer_title", "recipients", "calendar", "units", "tasks", NULL};
static const char *const unit_keys[] = {"id", "name", "short_name", "kind",
                                        "parent", "aliases", NULL};
static const char *const task_keys[] = {
    "key", "id", "area", "group", "title", "product", "lead", "lead_mentions",
    "coordinating", "coordinating_mentions", "when", "status", "progress", "completed",
    "notes", "evidence", NULL};
static const char *const evidence_keys[] = {"number", "date", "title", "link", NULL};
static const char *const calendar_keys[] = {"name", "periods", NULL};
static const char *const period_keys[] = {"id", "label", "window_from", "window_to",
                                          "send_deadline", "compile_deadline", "submitted",
                                          NULL};

/* Reads an optional string member and hands it to a setter; a refusal is
 * located at the member. */
#define READ_TEXT(r, object, key, set_call)                                    \
    do {                                                                       \
        const char *value_ = NULL;                                             \
        int rc_ = cchc__jr_string((r), (object), (key), 0, &value_);           \
        if (rc_)                                                               \
            return rc_;                                                        \
        if (value_) {                                                          \
            const char *value = value_;                                        \
            if ((rc_ = (set_call)) != CCHC_OK) {                               \
                size_t mark_ = cchc__jr_push_key((r), (key));                  \
                rc_ = cchc__jr_model_error((r), rc_);                          \
                cchc__jr_pop((r), mark_);                                      \
                return rc_;                                                    \
            }                                                                  \
        }                                                                      \
    } while (0)

/* Calls @fn for each string element of the optional array member @key. */
typedef int (*string_element_fn)(cchc__json_reader *r, void *target, const char *value);

static int read_string_array(cchc__json_reader *r, JsonObject *object, const char *key,
                             string_element_fn fn, void *target)
{
    JsonArray *array = NULL;
    int rc = cchc__jr_array(r, object, key, 0, &array);
    if (rc || !array)
        return rc;
    size_t key_mark = cchc__jr_push_key(r, key);
    for (guint i = 0; i < json_array_get_length(array) && !rc; i++) {
        size_t mark = cchc__jr_push_index(r, i);
        const char *value = NULL;
        rc = cchc__jr_element_string(r, json_array_get_element(array, i), &value);
        if (!rc)
            rc = fn(r, target, value);
        cchc__jr_pop(r, mark);
    }
    cchc__jr_pop(r, key_mark);
    return rc;
}

static int add_alias(cchc__json_reader *r, void *unit, const char *value)
{
    int rc = cchc_unit_add_alias(unit, value);
    return rc ? cchc__jr_model_error(r, rc) : CCHC_OK;
}

static int read_unit_fields(cchc__json_reader *r, JsonObject *object, cchc_plan *plan,
                            cchc_unit *unit)
{
    const char *parent = NULL;
    int rc;
    READ_TEXT(r, object, "short_name", cchc_unit_set_short_name(unit, value));
    if ((rc = cchc__jr_string(r, object, "parent", 0, &parent)) ||
        (rc = read_string_array(r, object, "aliases", add_alias, unit)))
        return rc;
    if (parent && *parent) {
        size_t mark = cchc__jr_push_key(r, "parent");
        if (!cchc_plan_find_unit(plan, parent))
            rc = cchc__jr_error(r, CCHC_ENOTFOUND,
                                "parent \"%s\" is not a unit listed before this one", parent);
        else if ((rc = cchc_unit_set_parent(unit, parent)))
            rc = cchc__jr_model_error(r, rc);
        cchc__jr_pop(r, mark);
    }
    return rc;
}

static int read_unit(cchc__json_reader *r, JsonNode *node, void *data)
{
    cchc_plan *plan = data;
    JsonObject *object = NULL;
    const char *id = NULL, *name = NULL, *kind_name = NULL;
    int rc;
    if ((rc = cchc__jr_object(r, node, &object)))
        return rc;
    cchc__jr_unknown_keys(r, object, unit_keys);
    if ((rc = cchc__jr_string(r, object, "id", 1, &id)) ||
        (rc = cchc__jr_string(r, object, "name", 1, &name)) ||
        (rc = cchc__jr_string(r, object, "kind", 1, &kind_name)))
        return rc;
    int kind = cchc_unit_kind_from_name(kind_name);
    if (!kind) {
        size_t mark = cchc__jr_push_key(r, "kind");
        rc = cchc__jr_error(r, CCHC_EFORMAT,
                            "unknown unit kind \"%s\" (division, office, agency, "
                            "inspectorate, external, leadership)",
                            kind_name);
        cchc__jr_pop(r, mark);
        return rc;
    }
    cchc_unit *unit = NULL;
    if ((rc = cchc_unit_new(&unit, id, name, kind))) {
        size_t mark = cchc__jr_push_key(r, cchc__id_is_valid(id) ? "name" : "id");
        rc = cchc__jr_model_error(r, rc);
        cchc__jr_pop(r, mark);
        return rc;
    }
    rc = read_unit_fields(r, object, plan, unit);
    if (!rc && (rc = cchc_plan_add_unit(plan, unit))) {
        size_t mark = cchc__jr_push_key(r, "id");
        rc = cchc__jr_model_error(r, rc);
        cchc__jr_pop(r, mark);
    }
    cchc_unit_free(unit);
    return rc;
}

/* Where a reference or mention read from an array goes. */
typedef struct {
    const cchc_plan *plan;
    cchc_task *task;
    int role;
} ref_target;

static int add_ref(cchc__json_reader *r, void *data, const char *value)
{
    ref_target *t = data;
    if (!cchc_plan_ref_is_valid(t->plan, value))
        return cchc__jr_error(r, CCHC_ENOTFOUND,
                              "\"%s\" is neither a unit id of \"units\" nor a group token "
                              "(@internal, @related, @divisions, @procedures)",
                              value);
    int rc = cchc_task_add_unit(t->task, t->role, value);
    return rc ? cchc__jr_model_error(r, rc) : CCHC_OK;
}

static int add_mention(cchc__json_reader *r, void *data, const char *value)
{
    ref_target *t = data;
    int rc = cchc_task_add_mention(t->task, t->role, value);
    return rc ? cchc__jr_model_error(r, rc) : CCHC_OK;
}

static int read_evidence(cchc__json_reader *r, JsonNode *node, cchc_task *task)
{
    JsonObject *object = NULL;
    int rc;
    if ((rc = cchc__jr_object(r, node, &object)))
        return rc;
    cchc__jr_unknown_keys(r, object, evidence_keys);
    const char *number = NULL, *date = NULL, *title = NULL, *link = NULL;
    if ((rc = cchc__jr_string(r, object, "number", 0, &number)) ||
        (rc = cchc__jr_string(r, object, "date", 0, &date)) ||
        (rc = cchc__jr_string(r, object, "title", 0, &title)) ||
        (rc = cchc__jr_string(r, object, "link", 0, &link)))
        return rc;
    if (date && *date && !cchc__date_parse(date, NULL)) {
        size_t mark = cchc__jr_push_key(r, "date");
        rc = cchc__jr_error(r, CCHC_EFORMAT, "\"%s\" is not a real date in the form YYYY-MM-DD",
                            date);
        cchc__jr_pop(r, mark);
        return rc;
    }
    if ((rc = cchc_task_add_evidence(task, number, date, title, link)))
        return cchc__jr_model_error(r, rc);
    return CCHC_OK;
}

static int read_task_fields(cchc__json_reader *r, JsonObject *object, cchc_plan *plan,
                            cchc_task *task)
{
    int rc;
    for (size_t i = 0; i < G_N_ELEMENTS(task_texts); i++)
        READ_TEXT(r, object, task_texts[i].key, task_texts[i].set(task, value));

    const char *status = NULL;
    if ((rc = cchc__jr_string(r, object, "status", 0, &status)))
        return rc;
    if (status) {
        int s = cchc_status_from_name(status);
        if (!s) {
            size_t mark = cchc__jr_push_key(r, "status");
            rc = cchc__jr_error(r, CCHC_EFORMAT,
                                "unknown status \"%s\" (not_started, in_progress, done, "
                                "cancelled)",
                                status);
            cchc__jr_pop(r, mark);
            return rc;
        }
        cchc_task_set_status(task, s);
    }
    double progress = 0;
    if ((rc = cchc__jr_number(r, object, "progress", 0, 0.0, 100.0, &progress)))
        return rc;
    cchc_task_set_progress(task, progress);

    static const struct {
        const char *units, *mentions;
        int role;
    } roles[] = {{"lead", "lead_mentions", CCHC_ROLE_LEAD},
                 {"coordinating", "coordinating_mentions", CCHC_ROLE_COORDINATING}};
    for (size_t i = 0; i < G_N_ELEMENTS(roles); i++) {
        ref_target target = {plan, task, roles[i].role};
        if ((rc = read_string_array(r, object, roles[i].units, add_ref, &target)) ||
            (rc = read_string_array(r, object, roles[i].mentions, add_mention, &target)))
            return rc;
    }

    JsonArray *evidence = NULL;
    if ((rc = cchc__jr_array(r, object, "evidence", 0, &evidence)))
        return rc;
    size_t key_mark = cchc__jr_push_key(r, "evidence");
    for (guint i = 0; evidence && i < json_array_get_length(evidence) && !rc; i++) {
        size_t mark = cchc__jr_push_index(r, i);
        rc = read_evidence(r, json_array_get_element(evidence, i), task);
        cchc__jr_pop(r, mark);
    }
    cchc__jr_pop(r, key_mark);
    return rc;
}

/* The tasks being read, and the keys the file saved for them. */
typedef struct {
    cchc_plan *plan;
    GHashTable *saved_keys; /* borrowed strings of the JSON tree */
} task_reading;

static int read_task(cchc__json_reader *r, JsonNode *node, void *data)
{
    task_reading *reading = data;
    cchc_plan *plan = reading->plan;
    JsonObject *object = NULL;
    int rc;
    if ((rc = cchc__jr_object(r, node, &object)))
        return rc;
    cchc__jr_unknown_keys(r, object, task_keys);
    gint64 area = 0;
    if ((rc = cchc__jr_int(r, object, "area", 1, 1, CCHC_AREA_COUNT, &area)))
        return rc;
    const char *key = NULL;
    if ((rc = cchc__jr_string(r, object, "key", 0, &key)))
        return rc;
    if (key) {
        size_t mark = cchc__jr_push_key(r, "key");
        if (!*key)
            rc = cchc__jr_error(r, CCHC_EFORMAT, "a task key cannot be empty (leave it out "
                                                 "to let the library choose one)");
        else if (cchc_plan_find_task(plan, key))
            rc = cchc__jr_error(r, CCHC_EEXISTS, "the key \"%s\" is used by an earlier task",
                                key);
        cchc__jr_pop(r, mark);
        if (rc)
            return rc;
    }
    cchc_task *task = NULL;
    if ((rc = cchc_task_new(&task, "", (int)area, "")))
        return cchc__jr_model_error(r, rc);
    if (key)
        cchc__task_set_key(task, key);
    rc = read_task_fields(r, object, plan, task);
    if (!rc && (rc = cchc__plan_insert_task_reserved(plan, cchc_plan_task_count(plan), task,
                                                     reading->saved_keys)))
        rc = cchc__jr_model_error(r, rc);
    cchc_task_free(task);
    return rc;
}

static int read_area_texts(cchc__json_reader *r, JsonObject *root, cchc_plan *plan)
{
    JsonNode *node = json_object_get_member(root, "area_texts");
    if (!node)
        return CCHC_OK;
    size_t key_mark = cchc__jr_push_key(r, "area_texts");
    JsonObject *object = NULL;
    int rc = cchc__jr_object(r, node, &object);
    GList *names = rc ? NULL : json_object_get_members(object);
    for (GList *l = names; l && !rc; l = l->next) {
        const char *name = l->data;
        int area = (strlen(name) == 1 && name[0] >= '1' && name[0] <= '7') ? name[0] - '0' : 0;
        if (!area) {
            size_t mark = cchc__jr_push_key(r, name);
            rc = cchc__jr_error(r, CCHC_EFORMAT, "\"%s\" is not an area (\"1\" to \"7\")",
                                name);
            cchc__jr_pop(r, mark);
            break;
        }
        const char *text = NULL;
        if ((rc = cchc__jr_string(r, object, name, 1, &text)))
            break;
        cchc_plan_set_area_text(plan, area, text);
    }
    g_list_free(names);
    cchc__jr_pop(r, key_mark);
    return rc;
}

/* Reads each element of the optional array @key with @fn; with @limit (a
 * cchc_limit, 0 for none) refuses more elements than that ceiling. */
static int read_each(cchc__json_reader *r, JsonObject *root, const char *key,
                     int (*fn)(cchc__json_reader *, JsonNode *, void *), void *target,
                     int limit)
{
    JsonArray *array = NULL;
    int rc = cchc__jr_array(r, root, key, 0, &array);
    if (rc || !array)
        return rc;
    size_t key_mark = cchc__jr_push_key(r, key);
    if (limit)
        rc = cchc__jr_check_count(r, array, limit, key);
    for (guint i = 0; i < json_array_get_length(array) && !rc; i++) {
        size_t mark = cchc__jr_push_index(r, i);
        rc = fn(r, json_array_get_element(array, i), target);
        cchc__jr_pop(r, mark);
    }
    cchc__jr_pop(r, key_mark);
    return rc;
}

/* ---- the reporting calendar ---------------------------------------------- */

/* A located error at member @key of the object being read. */
static int member_error(cchc__json_reader *r, const char *key, int code, const char *message)
{
    size_t mark = cchc__jr_push_key(r, key);
    int rc = cchc__jr_error(r, code, "%s", message);
    cchc__jr_pop(r, mark);
    return rc;
}

static int read_period(cchc__json_reader *r, JsonNode *node, void *data)
{
    cchc_calendar *calendar = data;
    JsonObject *object = NULL;
    int rc;
    if ((rc = cchc__jr_object(r, node, &object)))
        return rc;
    cchc__jr_unknown_keys(r, object, period_keys);
    const char *id = NULL, *label = "", *from = NULL, *to = NULL, *send = "", *compile = "",
               *submitted = "";
    if ((rc = cchc__jr_string(r, object, "id", 1, &id)) ||
        (rc = cchc__jr_string(r, object, "label", 0, &label)) ||
        (rc = cchc__jr_string(r, object, "window_from", 1, &from)) ||
        (rc = cchc__jr_string(r, object, "window_to", 1, &to)) ||
        (rc = cchc__jr_string(r, object, "send_deadline", 0, &send)) ||
        (rc = cchc__jr_string(r, object, "compile_deadline", 0, &compile)) ||
        (rc = cchc__jr_string(r, object, "submitted", 0, &submitted)))
        return rc;
    if (!cchc__id_is_valid(id)) {
        g_autofree char *m = g_strdup_printf(
            "\"%s\" is not a period id (1 to 64 ASCII letters, digits, '.', '-' or '_')", id);
        return member_error(r, "id", CCHC_EFORMAT, m);
    }
    if (cchc_calendar_find(calendar, id)) {
        g_autofree char *m = g_strdup_printf("the id \"%s\" is used by an earlier period", id);
        return member_error(r, "id", CCHC_EEXISTS, m);
    }
    static const char *const date_keys[] = {"window_from", "window_to", "send_deadline",
                                            "compile_deadline", "submitted"};
    const char *const dates[] = {from, to, send, compile, submitted};
    for (size_t i = 0; i < G_N_ELEMENTS(date_keys); i++) {
        /* the window is required; the others read "" as unset */
        if ((i < 2 || *dates[i]) && !cchc__date_parse(dates[i], NULL)) {
            g_autofree char *m =
                g_strdup_printf("\"%s\" is not a real date in the form YYYY-MM-DD", dates[i]);
            return member_error(r, date_keys[i], CCHC_EFORMAT, m);
        }
    }
    if (strcmp(to, from) < 0) {
        g_autofree char *m =
            g_strdup_printf("the data window ends (%s) before it starts (%s)", to, from);
        return member_error(r, "window_to", CCHC_ERANGE, m);
    }
    /* everything the model checks is checked above, with its place */
    if ((rc = cchc_calendar_add(calendar, id, label, from, to, send, compile)) ||
        (rc = cchc_period_set_submitted(cchc_calendar_find(calendar, id), submitted)))
        return cchc__jr_model_error(r, rc);
    return CCHC_OK;
}

static int read_calendar(cchc__json_reader *r, JsonObject *root, cchc_plan *plan)
{
    JsonNode *node = json_object_get_member(root, "calendar");
    if (!node)
        return CCHC_OK;
    cchc_calendar *calendar = cchc_plan_calendar(plan);
    size_t key_mark = cchc__jr_push_key(r, "calendar");
    JsonObject *object = NULL;
    const char *name = NULL;
    int rc = cchc__jr_object(r, node, &object);
    if (!rc) {
        cchc__jr_unknown_keys(r, object, calendar_keys);
        rc = cchc__jr_string(r, object, "name", 0, &name);
    }
    if (!rc && name && (rc = cchc_calendar_set_name(calendar, name)))
        rc = cchc__jr_model_error(r, rc);
    if (!rc)
        rc = read_each(r, object, "periods", read_period, calendar, 0);
    cchc__jr_pop(r, key_mark);
    return rc;
}

/* The string "key" of every task object, read before the tasks so that keys
 * made up for tasks without one never take a key saved further down. */
static GHashTable *saved_task_keys(JsonObject *root)
{
    GHashTable *keys = g_hash_table_new(g_str_hash, g_str_equal);
    JsonNode *tasks = json_object_get_member(root, "tasks");
    if (!tasks || !JSON_NODE_HOLDS_ARRAY(tasks))
        return keys;
    JsonArray *array = json_node_get_array(tasks);
    for (guint i = 0; i < json_array_get_length(array); i++) {
        JsonNode *task = json_array_get_element(array, i);
        JsonNode *key = JSON_NODE_HOLDS_OBJECT(task)
                            ? json_object_get_member(json_node_get_object(task), "key")
                            : NULL;
        if (key && JSON_NODE_HOLDS_VALUE(key) && json_node_get_value_type(key) == G_TYPE_STRING)
            g_hash_table_add(keys, (gpointer)json_node_get_string(key));
    }
    return keys;
}

static int read_plan(cchc__json_reader *r, JsonNode *root_node, cchc_plan *plan)
{
    JsonObject *root = NULL;
    gint64 version = 0, year = 0;
    int rc;
    if ((rc = cchc__jr_object(r, root_node, &root)) ||
        (rc = cchc__jr_header(r, root, PLAN_FORMAT, PLAN_VERSION, &version)))
        return rc;
    cchc__jr_unknown_keys(r, root, plan_keys);
    if ((rc = cchc__jr_int(r, root, "year", 0, 1900, 9999, &year)))
        return rc;
    cchc_plan_set_year(plan, (int)year);
    for (size_t i = 0; i < G_N_ELEMENTS(plan_texts); i++)
        READ_TEXT(r, root, plan_texts[i].key, plan_texts[i].set(plan, value));
    if ((rc = read_area_texts(r, root, plan)) || (rc = read_calendar(r, root, plan)) ||
        (rc = read_each(r, root, "units", read_unit, plan, CCHC_LIMIT_UNITS)))
        return rc;
    task_reading reading = {plan, saved_task_keys(root)};
    rc = read_each(r, root, "tasks", read_task, &reading, CCHC_LIMIT_TASKS);
    g_hash_table_unref(reading.saved_keys);
    return rc;
}

int cchc_plan_load_data(cchc_plan **out, const char *data, size_t size,
                        const char *source_name, cchc_diagnostics *diags)
{
    return cchc_plan_load_data_with_limits(out, data, size, source_name, NULL, diags);
}

int cchc_plan_load_data_with_limits(cchc_plan **out, const char *data, size_t size,
                                    const char *source_name, const cchc_limits *limits,
                                    cchc_diagnostics *diags)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(data || size == 0);
    if (source_name && !g_utf8_validate(source_name, -1, NULL))
        return cchc__fail(CCHC_EINVAL, "cchc_plan_load_data: source name is not UTF-8");
    /* collected apart, then handed over in the order of the document */
    cchc_diagnostics *collected = diags ? cchc_diagnostics_new() : NULL;
    cchc__json_reader r = {source_name ? source_name : "<data>", data ? data : "", size,
                           collected, g_string_new("$"), limits};
    JsonNode *root = cchc__json_parse(&r);
    int rc = root ? CCHC_OK : cchc_last_error_code();
    cchc_plan *plan = NULL;
    if (root) {
        plan = cchc_plan_new();
        rc = read_plan(&r, root, plan);
        json_node_unref(root);
    }
    g_string_free(r.path, TRUE);
    cchc__jr_move_diagnostics(collected, diags);
    cchc_diagnostics_free(collected);
    if (rc) {
        cchc_plan_free(plan);
        return rc;
    }
    *out = plan;
    return CCHC_OK;
}

int cchc_plan_load_file(cchc_plan **out, const char *path, cchc_diagnostics *diags)
{
    return cchc_plan_load_file_with_limits(out, path, NULL, diags);
}

int cchc_plan_load_file_with_limits(cchc_plan **out, const char *path,
                                    const cchc_limits *limits, cchc_diagnostics *diags)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(path);
    char *data = NULL;
    size_t size = 0;
    g_autofree char *name = NULL; /* the path as UTF-8, for messages */
    int rc = cchc__read_input_file_limited(path, limits, &data, &size, &name, diags);
    if (rc)
        return rc;
    rc = cchc_plan_load_data_with_limits(out, data, size, name, limits, diags);
    g_free(data);
    return rc;
}
