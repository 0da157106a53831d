/*
 * libcchc — the canonical JSON form of a document and its SHA-256 digest
 * (include/cchc/integrity.h states the form).
 *
 * The document goes through the same strict reader as every loader
 * (cchc__json_parse: UTF-8, RFC 8259, no repeated names, numbers that fit,
 * the default limits, so nesting is at most CCHC__JSON_MAX_DEPTH deep), then
 * the tree is written back in the one canonical way.
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-internal.h"

#include <math.h>
#include <string.h>

static void append_string(GString *out, const char *s)
{
    g_string_append_c(out, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': g_string_append(out, "\\\""); break;
        case '\\': g_string_append(out, "\\\\"); break;
        case '\b': g_string_append(out, "\\b"); break;
        case '\f': g_string_append(out, "\\f"); break;
        case '\n': g_string_append(out, "\\n"); break;
        case '\r': g_string_append(out, "\\r"); break;
        case '\t': g_string_append(out, "\\t"); break;
        default:
            if (*p < 0x20)
                g_string_append_printf(out, "\\u%04x", *p);
            else
                g_string_append_c(out, (char)*p);
        }
    }
    g_string_append_c(out, '"');
}

/* Whole numbers below 2^53 as integers; others the shortest of %.15g,
 * %.16g and %.17g that reads back to the same double. */
static void append_double(GString *out, double d)
{
    if (d == floor(d) && fabs(d) < 9007199254740992.0) {
        g_string_append_printf(out, "%" G_GINT64_FORMAT, (gint64)d);
        return;
    }
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    static const char *const formats[] = {"%.15g", "%.16g", "%.17g"};
    for (size_t i = 0; i < G_N_ELEMENTS(formats); i++) {
        g_ascii_formatd(buf, sizeof buf, formats[i], d);
        if (i + 1 == G_N_ELEMENTS(formats) || g_ascii_strtod(buf, NULL) == d)
            break;
    }
    g_string_append(out, buf);
}

static gint by_bytes(gconstpointer a, gconstpointer b)
{
    return strcmp(a, b);
}

/* Recursive, but only as deep as the document, which the strict check has
 * bounded by CCHC__JSON_MAX_DEPTH (512) before json-glib parsed it. */
/* NOLINTNEXTLINE(misc-no-recursion) */
static void append_node(GString *out, JsonNode *node)
{
    switch (JSON_NODE_TYPE(node)) {
    case JSON_NODE_OBJECT: {
        JsonObject *object = json_node_get_object(node);
        GList *names = g_list_sort(json_object_get_members(object), by_bytes);
        g_string_append_c(out, '{');
        for (GList *l = names; l; l = l->next) {
            if (l != names)
                g_string_append_c(out, ',');
            append_string(out, l->data);
            g_string_append_c(out, ':');
            append_node(out, json_object_get_member(object, l->data));
        }
        g_string_append_c(out, '}');
        g_list_free(names);
        break;
    }
    case JSON_NODE_ARRAY: {
        JsonArray *array = json_node_get_array(node);
        g_string_append_c(out, '[');
        for (guint i = 0; i < json_array_get_length(array); i++) {
            if (i)
                g_string_append_c(out, ',');
            append_node(out, json_array_get_element(array, i));
        }
        g_string_append_c(out, ']');
        break;
    }
    case JSON_NODE_NULL:
        g_string_append(out, "null");
        break;
    default: {
        GType type = json_node_get_value_type(node);
        if (type == G_TYPE_STRING)
            append_string(out, json_node_get_string(node));
        else if (type == G_TYPE_BOOLEAN)
            g_string_append(out, json_node_get_boolean(node) ? "true" : "false");
        else if (type == G_TYPE_INT64)
            g_string_append_printf(out, "%" G_GINT64_FORMAT, json_node_get_int(node));
        else
            append_double(out, json_node_get_double(node));
        break;
    }
    }
}

int cchc_json_canonical(char **out, size_t *out_size, const char *data, size_t size,
                        const char *source_name)
{
    if (out)
        *out = NULL;
    if (out_size)
        *out_size = 0;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(data || size == 0);
    if (source_name && !g_utf8_validate(source_name, -1, NULL))
        return cchc__fail(CCHC_EINVAL, "cchc_json_canonical: source name is not UTF-8");
    cchc__json_reader r = {.source = source_name ? source_name : "<data>",
                           .text = data ? data : "",
                           .size = size,
                           .path = g_string_new("$")};
    JsonNode *root = cchc__json_parse(&r);
    g_string_free(r.path, TRUE);
    if (!root)
        return cchc_last_error_code();
    GString *text = g_string_sized_new(size);
    append_node(text, root);
    json_node_unref(root);
    if (out_size)
        *out_size = text->len;
    *out = g_string_free(text, FALSE);
    return CCHC_OK;
}

/* The hexadecimal SHA-256 of @text, for cchc_free(). */
static char *sha256(const char *text, size_t size)
{
    return g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)text, size);
}

int cchc_json_digest(char **out, const char *data, size_t size, const char *source_name)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    char *canonical = NULL;
    size_t length = 0;
    int rc = cchc_json_canonical(&canonical, &length, data, size, source_name);
    if (rc)
        return rc;
    *out = sha256(canonical, length);
    g_free(canonical);
    return CCHC_OK;
}

/* The canonical form of a document the library wrote (@rc its writer's status). */
static int canonical_of(char **out, size_t *out_size, int rc, char *document, size_t size,
                        const char *what)
{
    if (rc) {
        g_free(document);
        return rc;
    }
    rc = cchc_json_canonical(out, out_size, document, size, what);
    g_free(document);
    return rc;
}

int cchc_scorecard_canonical(char **out, size_t *out_size, const cchc_scorecard *card)
{
    if (out)
        *out = NULL;
    if (out_size)
        *out_size = 0;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(card);
    char *document = NULL;
    size_t size = 0;
    int rc = cchc_scorecard_save_data(&document, &size, card);
    return canonical_of(out, out_size, rc, document, size, "scorecard");
}

int cchc_ranking_canonical(char **out, size_t *out_size, const cchc_ranking *ranking)
{
    if (out)
        *out = NULL;
    if (out_size)
        *out_size = 0;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(ranking);
    char *document = NULL;
    size_t size = 0;
    int rc = cchc_ranking_write(&document, &size, ranking, CCHC_OUTPUT_JSON, 0);
    return canonical_of(out, out_size, rc, document, size, "ranking");
}

/* The digest of a canonical form made by @canonical. */
static int digest_of(char **out, int rc, char *canonical, size_t size)
{
    if (rc == CCHC_OK)
        *out = sha256(canonical, size);
    g_free(canonical);
    return rc;
}

int cchc_scorecard_digest(char **out, const cchc_scorecard *card)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    char *canonical = NULL;
    size_t size = 0;
    int rc = cchc_scorecard_canonical(&canonical, &size, card);
    return digest_of(out, rc, canonical, size);
}

int cchc_ranking_digest(char **out, const cchc_ranking *ranking)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    char *canonical = NULL;
    size_t size = 0;
    int rc = cchc_ranking_canonical(&canonical, &size, ranking);
    return digest_of(out, rc, canonical, size);
}
