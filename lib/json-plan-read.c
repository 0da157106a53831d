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
static const char *const calendar_keys[] = {"name", "periods", NULL};
static const char *const period_keys[] = {"id", "label", "window_from", "window_to",
                                          "send_deadline", "compile_deadline", "submitted",
                                          NULL};

/* Reads an optional string member and hands it to a setter (a macro: the
 * setters take different objects); a refusal is located at the member. */
#define READ_TEXT(r, object, key, set_call)                                    \
    do {                                                                       \
        const char *value = NULL;                                              \
        int rc_ = cchc__jr_string((r), (object), (key), 0, &value);            \
        if (!rc_ && value && (rc_ = (set_call)) != CCHC_OK)                    \
            rc_ = cchc__jr_model_error_at((r), (key), rc_);                    \
        if (rc_)                                                               \
            return rc_;                                                        \
    } while (0)

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
        (rc = cchc__jr_each_string(r, object, "aliases", add_alias, unit)))
        return rc;
    if (!parent || !*parent)
        return CCHC_OK;
    if (!cchc_plan_find_unit(plan, parent))
        return cchc__jr_error_at(r, "parent", CCHC_ENOTFOUND,
                                 "parent \"%s\" is not a unit listed before this one", parent);
    if ((rc = cchc_unit_set_parent(unit, parent)))
        return cchc__jr_model_error_at(r, "parent", rc);
    return CCHC_OK;
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
    if (!kind)
        return cchc__jr_error_at(r, "kind", CCHC_EFORMAT,
                                 "unknown unit kind \"%s\" (division, office, agency, "
                                 "inspectorate, external, leadership)",
                                 kind_name);
    cchc_unit *unit = NULL;
    if ((rc = cchc_unit_new(&unit, id, name, kind)))
        return cchc__jr_model_error_at(r, cchc__id_is_valid(id) ? "name" : "id", rc);
    rc = read_unit_fields(r, object, plan, unit);
    if (!rc && (rc = cchc_plan_add_unit(plan, unit)))
        rc = cchc__jr_model_error_at(r, "id", rc);
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

static int read_evidence(cchc__json_reader *r, JsonNode *node, void *task)
{
    cchc__jr_evidence ev;
    int rc = cchc__jr_read_evidence(r, node, &ev);
    if (!rc && (rc = cchc_task_add_evidence(task, ev.number, ev.date, ev.title, ev.link)))
        rc = cchc__jr_model_error(r, rc);
    return rc;
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
        if (!s)
            return cchc__jr_error_at(r, "status", CCHC_EFORMAT,
                                     "unknown status \"%s\" (not_started, in_progress, done, "
                                     "cancelled)",
                                     status);
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
        if ((rc = cchc__jr_each_string(r, object, roles[i].units, add_ref, &target)) ||
            (rc = cchc__jr_each_string(r, object, roles[i].mentions, add_mention, &target)))
            return rc;
    }
    return cchc__jr_each(r, object, "evidence", read_evidence, task, 0);
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
    if (key && !*key)
        return cchc__jr_error_at(r, "key", CCHC_EFORMAT,
                                 "a task key cannot be empty (leave it out to let the library "
                                 "choose one)");
    if (key && cchc_plan_find_task(plan, key))
        return cchc__jr_error_at(r, "key", CCHC_EEXISTS,
                                 "the key \"%s\" is used by an earlier task", key);
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

/* One member of "area_texts": the text of area "1" … "7". */
static int read_area_text(cchc__json_reader *r, JsonObject *texts, const char *name,
                          void *plan)
{
    int area = (strlen(name) == 1 && name[0] >= '1' && name[0] <= '7') ? name[0] - '0' : 0;
    if (!area)
        return cchc__jr_error_at(r, name, CCHC_EFORMAT,
                                 "\"%s\" is not an area (\"1\" to \"7\")", name);
    const char *text = NULL;
    int rc = cchc__jr_string(r, texts, name, 1, &text);
    if (!rc)
        cchc_plan_set_area_text(plan, area, text);
    return rc;
}

/* ---- the reporting calendar ---------------------------------------------- */

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
    if (!cchc__id_is_valid(id))
        return cchc__jr_error_at(
            r, "id", CCHC_EFORMAT,
            "\"%s\" is not a period id (1 to 64 ASCII letters, digits, '.', '-' or '_')", id);
    if (cchc_calendar_find(calendar, id))
        return cchc__jr_error_at(r, "id", CCHC_EEXISTS,
                                 "the id \"%s\" is used by an earlier period", id);
    static const char *const date_keys[] = {"window_from", "window_to", "send_deadline",
                                            "compile_deadline", "submitted"};
    const char *const dates[] = {from, to, send, compile, submitted};
    for (size_t i = 0; i < G_N_ELEMENTS(date_keys); i++) {
        /* the window is required; the others read "" as unset */
        if ((rc = cchc__jr_check_date(r, date_keys[i], dates[i], i >= 2)))
            return rc;
    }
    if (strcmp(to, from) < 0)
        return cchc__jr_error_at(r, "window_to", CCHC_ERANGE,
                                 "the data window ends (%s) before it starts (%s)", to, from);
    /* everything the model checks is checked above, with its place */
    if ((rc = cchc_calendar_add(calendar, id, label, from, to, send, compile)) ||
        (rc = cchc_period_set_submitted(cchc_calendar_find(calendar, id), submitted)))
        return cchc__jr_model_error(r, rc);
    return CCHC_OK;
}

static int read_calendar(cchc__json_reader *r, JsonObject *root, cchc_plan *plan)
{
    JsonObject *object = NULL;
    size_t key_mark = 0;
    int rc = cchc__jr_open_object(r, root, "calendar", &object, &key_mark);
    if (rc || !object)
        return rc;
    cchc_calendar *calendar = cchc_plan_calendar(plan);
    const char *name = NULL;
    cchc__jr_unknown_keys(r, object, calendar_keys);
    rc = cchc__jr_string(r, object, "name", 0, &name);
    if (!rc && name && (rc = cchc_calendar_set_name(calendar, name)))
        rc = cchc__jr_model_error(r, rc);
    if (!rc)
        rc = cchc__jr_each(r, object, "periods", read_period, calendar, 0);
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

static int read_plan(cchc__json_reader *r, JsonNode *root_node, void *data)
{
    cchc_plan *plan = data;
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
    if ((rc = cchc__jr_each_member(r, root, "area_texts", read_area_text, plan)) ||
        (rc = read_calendar(r, root, plan)) ||
        (rc = cchc__jr_each(r, root, "units", read_unit, plan, CCHC_LIMIT_UNITS)))
        return rc;
    task_reading reading = {plan, saved_task_keys(root)};
    rc = cchc__jr_each(r, root, "tasks", read_task, &reading, CCHC_LIMIT_TASKS);
    g_hash_table_unref(reading.saved_keys);
    return rc;
}

static void *create_plan(void)
{
    return cchc_plan_new();
}

static void destroy_plan(void *plan)
{
    cchc_plan_free(plan);
}

static const cchc__json_format plan_format = {
    .function = "cchc_plan_load_data",
    .create = create_plan,
    .destroy = destroy_plan,
    .read = read_plan,
};

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
    void *plan = NULL;
    int rc = cchc__json_load_data(&plan_format, &plan, data, size, source_name, limits, diags);
    *out = plan;
    return rc;
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
    void *plan = NULL;
    int rc = cchc__json_load_file(&plan_format, &plan, path, limits, diags);
    *out = plan;
    return rc;
}
