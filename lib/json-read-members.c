/*
 * libcchc — reading the members that several JSON formats share in shape:
 * optional booleans and objects, arrays of elements, objects keyed by name,
 * dates and pieces of evidence. One reader for each keeps the paths,
 * messages and limits of the plan, scheme and scorecard loaders alike.
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-internal.h"

int cchc__jr_bool(cchc__json_reader *r, JsonObject *object, const char *key, int *out)
{
    JsonNode *node = json_object_get_member(object, key);
    if (!node)
        return CCHC_OK;
    if (!JSON_NODE_HOLDS_VALUE(node) || json_node_get_value_type(node) != G_TYPE_BOOLEAN)
        return cchc__jr_error_at(r, key, CCHC_EFORMAT, "expected true or false");
    *out = json_node_get_boolean(node);
    return CCHC_OK;
}

int cchc__jr_open_object(cchc__json_reader *r, JsonObject *parent, const char *key,
                         JsonObject **out, size_t *mark)
{
    *out = NULL;
    JsonNode *node = json_object_get_member(parent, key);
    if (!node)
        return CCHC_OK;
    *mark = cchc__jr_push_key(r, key);
    int rc = cchc__jr_object(r, node, out);
    if (rc)
        cchc__jr_pop(r, *mark);
    return rc;
}

int cchc__jr_each(cchc__json_reader *r, JsonObject *object, const char *key,
                  cchc__jr_element_fn fn, void *target, int limit)
{
    JsonArray *array = NULL;
    int rc = cchc__jr_array(r, object, key, 0, &array);
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

/* The string callback and its target, passed through cchc__jr_each(). */
typedef struct {
    cchc__jr_string_fn fn;
    void *target;
} string_each;

static int string_element(cchc__json_reader *r, JsonNode *node, void *data)
{
    const string_each *each = data;
    const char *value = NULL;
    int rc = cchc__jr_element_string(r, node, &value);
    return rc ? rc : each->fn(r, each->target, value);
}

int cchc__jr_each_string(cchc__json_reader *r, JsonObject *object, const char *key,
                         cchc__jr_string_fn fn, void *target)
{
    string_each each = {fn, target};
    return cchc__jr_each(r, object, key, string_element, &each, 0);
}

int cchc__jr_each_member(cchc__json_reader *r, JsonObject *object, const char *key,
                         cchc__jr_member_fn fn, void *target)
{
    JsonObject *members = NULL;
    size_t mark = 0;
    int rc = cchc__jr_open_object(r, object, key, &members, &mark);
    if (rc || !members)
        return rc;
    GList *names = json_object_get_members(members);
    for (GList *l = names; l && !rc; l = l->next)
        rc = fn(r, members, l->data, target);
    g_list_free(names);
    cchc__jr_pop(r, mark);
    return rc;
}

int cchc__jr_check_date(cchc__json_reader *r, const char *key, const char *date,
                        int allow_empty)
{
    if (!date || (allow_empty && !*date) || cchc__date_parse(date, NULL))
        return CCHC_OK;
    return cchc__jr_error_at(r, key, CCHC_EFORMAT,
                             "\"%s\" is not a real date in the form YYYY-MM-DD", date);
}

int cchc__jr_read_evidence(cchc__json_reader *r, JsonNode *node, cchc__jr_evidence *out)
{
    static const char *const evidence_keys[] = {"number", "date", "title", "link", NULL};
    JsonObject *object = NULL;
    int rc;
    if ((rc = cchc__jr_object(r, node, &object)))
        return rc;
    cchc__jr_unknown_keys(r, object, evidence_keys);
    *out = (cchc__jr_evidence){0};
    if ((rc = cchc__jr_string(r, object, "number", 0, &out->number)) ||
        (rc = cchc__jr_string(r, object, "date", 0, &out->date)) ||
        (rc = cchc__jr_string(r, object, "title", 0, &out->title)) ||
        (rc = cchc__jr_string(r, object, "link", 0, &out->link)))
        return rc;
    return cchc__jr_check_date(r, "date", out->date, 1);
}
