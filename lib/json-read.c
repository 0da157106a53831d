/*
 * libcchc — reading JSON documents with located errors.
 *
 * The reader keeps the JSON path of the node being read. Every error and
 * warning is turned into "source:line:column: path: message", with the line
 * and column found by cchc__json_locate().
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-internal.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

size_t cchc__jr_push_key(cchc__json_reader *r, const char *key)
{
    size_t mark = r->path->len;
    cchc__json_path_append_key(r->path, key);
    return mark;
}

size_t cchc__jr_push_index(cchc__json_reader *r, size_t index)
{
    size_t mark = r->path->len;
    cchc__json_path_append_index(r->path, index);
    return mark;
}

void cchc__jr_pop(cchc__json_reader *r, size_t mark)
{
    g_string_truncate(r->path, mark);
}

/* Records a problem at @line:@column (0 when unknown) and @path (NULL when
 * unknown), and for errors sets the last error "source:line:column: path: message". */
static void report_at(cchc__json_reader *r, int severity, const char *code, int status,
                      size_t line, size_t column, const char *path, const char *message)
{
    cchc__location loc = {.file = r->source, .line = line, .column = column, .path = path};
    cchc__diag_add(r->diags, severity, code, &loc, message, NULL);
    if (severity != CCHC_SEVERITY_ERROR)
        return;
    g_autoptr(GString) where = g_string_new(r->source);
    if (line)
        g_string_append_printf(where, ":%zu:%zu", line, column);
    if (path)
        g_string_append_printf(where, ": %s", path);
    cchc__fail(status, "%s: %s", where->str, message);
}

/* Walking the text for one value costs a pass over it; an index of every
 * position costs about one pass and memory for each value. A load that
 * locates a handful of values (one error, a few warnings) walks; one that
 * locates more indexes. */
#define WALKS_BEFORE_INDEX 8

void cchc__jr_locate(cchc__json_reader *r, size_t *line, size_t *column)
{
    if (!r->positions && r->located < WALKS_BEFORE_INDEX) {
        r->located++;
        cchc__json_locate(r->text, r->size, r->path->str, line, column);
        return;
    }
    if (!r->positions)
        r->positions = cchc__json_positions_new(r->text, r->size);
    cchc__json_positions_find(r->positions, r->path->str, line, column);
}

/* A problem at the reader's current path, located in the text. */
static void report(cchc__json_reader *r, int severity, const char *code, int status,
                   const char *message)
{
    if (severity != CCHC_SEVERITY_ERROR && !r->diags)
        return; /* a warning nobody collects: no need to find where it is */
    size_t line = 0, column = 0;
    cchc__jr_locate(r, &line, &column);
    report_at(r, severity, code, status, line, column, r->path->str, message);
}

static const char *code_for_status(int status)
{
    switch (status) {
    case CCHC_EVERSION: return "json.version";
    case CCHC_ERANGE: return "json.range";
    case CCHC_ENOTFOUND: return "json.unknown-reference";
    case CCHC_EEXISTS: return "json.duplicate";
    case CCHC_ELIMIT: return "json.limit";
    default: return "json.content";
    }
}

/* An error at member @key (NULL: the current path), with the diagnostic
 * code @diag_code or, when NULL, the one that goes with @code. */
static int error_at(cchc__json_reader *r, const char *key, int code, const char *diag_code,
                    const char *fmt, va_list ap) G_GNUC_PRINTF(5, 0);

static int error_at(cchc__json_reader *r, const char *key, int code, const char *diag_code,
                    const char *fmt, va_list ap)
{
    size_t mark = key ? cchc__jr_push_key(r, key) : r->path->len;
    g_autofree char *message = g_strdup_vprintf(fmt, ap);
    /* ERANGE, ENOTFOUND … describe the content; the load as a whole fails
     * with EFORMAT unless the problem is the version or a limit. */
    int status = code == CCHC_EVERSION || code == CCHC_ELIMIT ? code : CCHC_EFORMAT;
    report(r, CCHC_SEVERITY_ERROR, diag_code ? diag_code : code_for_status(code), status,
           message);
    cchc__jr_pop(r, mark);
    return status;
}

int cchc__jr_error(cchc__json_reader *r, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int status = error_at(r, NULL, code, NULL, fmt, ap);
    va_end(ap);
    return status;
}

int cchc__jr_error_at(cchc__json_reader *r, const char *key, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int status = error_at(r, key, code, NULL, fmt, ap);
    va_end(ap);
    return status;
}

int cchc__jr_error_code_at(cchc__json_reader *r, const char *key, const char *code,
                           const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int status = error_at(r, key, CCHC_EFORMAT, code, fmt, ap);
    va_end(ap);
    return status;
}

void cchc__jr_warn(cchc__json_reader *r, const char *code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    g_autofree char *message = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    report(r, CCHC_SEVERITY_WARNING, code, CCHC_OK, message);
}

int cchc__jr_check_count(cchc__json_reader *r, JsonArray *array, int limit, const char *what)
{
    size_t max = cchc_limits_value(r->limits, limit);
    if (json_array_get_length(array) <= max)
        return CCHC_OK;
    size_t mark = cchc__jr_push_index(r, max);
    int rc = cchc__jr_error(r, CCHC_ELIMIT, "more than %zu %s " CCHC__LIMIT_FMT, max, what,
                            cchc_limit_name(limit), max);
    cchc__jr_pop(r, mark);
    return rc;
}

int cchc__jr_model_error(cchc__json_reader *r, int rc)
{
    g_autofree char *message = g_strdup(cchc_last_error_message());
    return cchc__jr_error(r, rc, "%s", message);
}

int cchc__jr_model_error_at(cchc__json_reader *r, const char *key, int rc)
{
    size_t mark = key ? cchc__jr_push_key(r, key) : r->path->len;
    rc = cchc__jr_model_error(r, rc);
    cchc__jr_pop(r, mark);
    return rc;
}

/* json-glib's messages look like "<data>:3:14: Parse error: …", with the
 * column counted in bytes after any byte order mark: take the line and
 * column from there, count the column in characters and name the real source
 * instead. Only reached if json-glib refuses what cchc__json_check() passed. */
static void syntax_error(cchc__json_reader *r, const GError *error)
{
    const char *msg = error->message;
    size_t line = 0, column = 0;
    const char *p = strchr(msg, ':');
    if (p && g_ascii_isdigit(p[1])) {
        char *end = NULL;
        line = (size_t)g_ascii_strtoull(p + 1, &end, 10);
        if (end && *end == ':' && g_ascii_isdigit(end[1])) {
            column = (size_t)g_ascii_strtoull(end + 1, &end, 10);
            if (end && *end == ':')
                msg = end + 1;
        }
        while (*msg == ' ')
            msg++;
    }
    if (line && column) {
        size_t offset = r->size >= 3 && memcmp(r->text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        for (size_t l = 1; l < line && offset < r->size; offset++)
            if (r->text[offset] == '\n')
                l++;
        offset = MIN(offset + column - 1, r->size);
        cchc__text_position(r->text, r->size, offset, &line, &column);
    }
    report_at(r, CCHC_SEVERITY_ERROR, "json.syntax", CCHC_EPARSE, line, column, NULL, msg);
}

JsonNode *cchc__json_parse(cchc__json_reader *r)
{
    const char *end = NULL;
    size_t line = 0, column = 0;
    size_t max_size = cchc_limits_value(r->limits, CCHC_LIMIT_INPUT_BYTES);
    if (r->size > max_size) {
        g_autofree char *message = g_strdup_printf(
            "the document is %zu bytes, more than %zu " CCHC__LIMIT_FMT, r->size, max_size,
            cchc_limit_name(CCHC_LIMIT_INPUT_BYTES), max_size);
        report_at(r, CCHC_SEVERITY_ERROR, "json.limit", CCHC_ELIMIT, 0, 0, NULL, message);
        return NULL;
    }
    if (!g_utf8_validate_len(r->text, r->size, &end)) {
        size_t offset = (size_t)(end - r->text);
        cchc__text_position(r->text, r->size, offset, &line, &column);
        g_autofree char *message =
            r->text[offset] ? g_strdup_printf("invalid UTF-8 (byte 0x%02X at offset %zu)",
                                              (unsigned)(unsigned char)r->text[offset], offset)
                            : g_strdup_printf("a NUL byte at offset %zu, which no JSON text "
                                              "holds", offset);
        report_at(r, CCHC_SEVERITY_ERROR, "json.encoding", CCHC_EENCODING, line, column, NULL,
                  message);
        return NULL;
    }
    if (r->size > G_MAXSSIZE) {
        report_at(r, CCHC_SEVERITY_ERROR, "json.syntax", CCHC_EPARSE, 0, 0, NULL,
                  "the document is too large");
        return NULL;
    }
    /* json-glib is lenient (comments, trailing content, octal numbers, …) and
     * recursive; the strict check comes first. */
    cchc__json_problem problem = {0};
    if (!cchc__json_check_limited(r->text, r->size, r->limits, &problem)) {
        cchc__text_position(r->text, r->size, problem.offset, &line, &column);
        report_at(r, CCHC_SEVERITY_ERROR, problem.code, problem.status, line, column,
                  problem.path, problem.message);
        g_free(problem.path);
        g_free(problem.message);
        return NULL;
    }
    g_autoptr(JsonParser) parser = json_parser_new_immutable();
    g_autoptr(GError) error = NULL;
    if (!json_parser_load_from_data(parser, r->text, (gssize)r->size, &error)) {
        syntax_error(r, error);
        return NULL;
    }
    JsonNode *root = json_parser_get_root(parser);
    if (!root) {
        report_at(r, CCHC_SEVERITY_ERROR, "json.syntax", CCHC_EPARSE, 1, 1, "$",
                  "the document is empty");
        return NULL;
    }
    return json_node_ref(root);
}

static const char *type_name(JsonNode *node)
{
    switch (JSON_NODE_TYPE(node)) {
    case JSON_NODE_OBJECT: return "an object";
    case JSON_NODE_ARRAY: return "an array";
    case JSON_NODE_NULL: return "null";
    default: break;
    }
    GType t = json_node_get_value_type(node);
    if (t == G_TYPE_STRING)
        return "a string";
    if (t == G_TYPE_BOOLEAN)
        return "a boolean";
    return "a number";
}

int cchc__jr_object(cchc__json_reader *r, JsonNode *node, JsonObject **out)
{
    if (!JSON_NODE_HOLDS_OBJECT(node))
        return cchc__jr_error(r, CCHC_EFORMAT, "expected an object, found %s",
                              type_name(node));
    *out = json_node_get_object(node);
    return CCHC_OK;
}

/* Finds member @key; pushes its path when present. */
static JsonNode *member(cchc__json_reader *r, JsonObject *object, const char *key,
                        int required, size_t *mark, int *rc)
{
    *rc = CCHC_OK;
    JsonNode *node = json_object_get_member(object, key);
    if (!node) {
        if (required)
            *rc = cchc__jr_error(r, CCHC_EFORMAT, "the required key \"%s\" is missing", key);
        return NULL;
    }
    *mark = cchc__jr_push_key(r, key);
    return node;
}

int cchc__jr_element_string(cchc__json_reader *r, JsonNode *node, const char **out)
{
    if (!JSON_NODE_HOLDS_VALUE(node) || json_node_get_value_type(node) != G_TYPE_STRING)
        return cchc__jr_error(r, CCHC_EFORMAT, "expected a string, found %s",
                              type_name(node));
    *out = json_node_get_string(node);
    return CCHC_OK;
}

int cchc__jr_string(cchc__json_reader *r, JsonObject *object, const char *key,
                    int required, const char **out)
{
    size_t mark = 0;
    int rc;
    JsonNode *node = member(r, object, key, required, &mark, &rc);
    if (!node)
        return rc;
    rc = cchc__jr_element_string(r, node, out);
    cchc__jr_pop(r, mark);
    return rc;
}

/* The node's value as a double, or a located error for non-numbers and for
 * NaN and infinities (json-glib accepts neither, but a value that overflows
 * a double reads as infinity). */
static int number_value(cchc__json_reader *r, JsonNode *node, double *out, int *is_integer)
{
    if (!JSON_NODE_HOLDS_VALUE(node))
        return cchc__jr_error(r, CCHC_EFORMAT, "expected a number, found %s", type_name(node));
    GType t = json_node_get_value_type(node);
    if (t == G_TYPE_INT64) {
        *out = (double)json_node_get_int(node);
        *is_integer = 1;
    } else if (t == G_TYPE_DOUBLE) {
        *out = json_node_get_double(node);
        *is_integer = 0;
    } else {
        return cchc__jr_error(r, CCHC_EFORMAT, "expected a number, found %s", type_name(node));
    }
    if (!isfinite(*out))
        return cchc__jr_error(r, CCHC_ERANGE, "the number is not finite");
    return CCHC_OK;
}

/* A number member being read by cchc__jr_int() or cchc__jr_number(). */
typedef struct {
    JsonNode *node; /* NULL when absent: then nothing was pushed */
    size_t mark;    /* to pop once the value is checked */
    double value;
    int is_integer;
} number_member;

/* member() and number_value() for member @key. */
static int read_number_member(cchc__json_reader *r, JsonObject *object, const char *key,
                              int required, number_member *n)
{
    int rc;
    n->node = member(r, object, key, required, &n->mark, &rc);
    return n->node ? number_value(r, n->node, &n->value, &n->is_integer) : rc;
}

int cchc__jr_int(cchc__json_reader *r, JsonObject *object, const char *key, int required,
                 gint64 min, gint64 max, gint64 *out)
{
    number_member n = {0};
    int rc = read_number_member(r, object, key, required, &n);
    if (!n.node)
        return rc;
    if (!rc && !n.is_integer)
        rc = cchc__jr_error(r, CCHC_EFORMAT,
                            n.value == floor(n.value)
                                ? "expected an integer, found %g written with a decimal "
                                  "point or exponent"
                                : "expected an integer, found %g",
                            n.value);
    if (!rc) {
        gint64 v = json_node_get_int(n.node);
        if (v < min || v > max)
            rc = cchc__jr_error(r, CCHC_ERANGE,
                                "%" G_GINT64_FORMAT " is out of range (%" G_GINT64_FORMAT
                                " to %" G_GINT64_FORMAT ")",
                                v, min, max);
        else
            *out = v;
    }
    cchc__jr_pop(r, n.mark);
    return rc;
}

int cchc__jr_number(cchc__json_reader *r, JsonObject *object, const char *key,
                    int required, double min, double max, double *out)
{
    number_member n = {0};
    int rc = read_number_member(r, object, key, required, &n);
    if (!n.node)
        return rc;
    if (!rc && (n.value < min || n.value > max))
        rc = cchc__jr_error(r, CCHC_ERANGE, "%g is out of range (%g to %g)", n.value, min, max);
    if (!rc)
        *out = n.value;
    cchc__jr_pop(r, n.mark);
    return rc;
}

int cchc__jr_array(cchc__json_reader *r, JsonObject *object, const char *key,
                   int required, JsonArray **out)
{
    size_t mark = 0;
    int rc;
    JsonNode *node = member(r, object, key, required, &mark, &rc);
    if (!node)
        return rc;
    if (!JSON_NODE_HOLDS_ARRAY(node))
        rc = cchc__jr_error(r, CCHC_EFORMAT, "expected an array, found %s", type_name(node));
    else
        *out = json_node_get_array(node);
    cchc__jr_pop(r, mark);
    return rc;
}

int cchc__jr_header(cchc__json_reader *r, JsonObject *root, const char *format,
                    gint64 max_version, gint64 *version)
{
    const char *found = NULL;
    int rc = cchc__jr_string(r, root, "format", 1, &found);
    if (rc)
        return rc;
    /* a required member read with CCHC_OK is set */
    if (strcmp(found, format) != 0) /* NOLINT(clang-analyzer-core.NonNullParamChecker) */
        return cchc__jr_error_at(r, "format", CCHC_EFORMAT,
                                 "this is a \"%s\" document, not \"%s\"", found, format);
    gint64 v = 0;
    if ((rc = cchc__jr_int(r, root, "version", 1, 1, G_MAXINT32, &v)))
        return rc;
    if (v > max_version)
        return cchc__jr_error_at(r, "version", CCHC_EVERSION,
                                 "version %" G_GINT64_FORMAT " is newer than this library reads (%"
                                 G_GINT64_FORMAT "); upgrade libcchc",
                                 v, max_version);
    *version = v;
    return CCHC_OK;
}

void cchc__jr_unknown_keys(cchc__json_reader *r, JsonObject *object,
                           const char *const *known)
{
    /* json_object_get_members() keeps the document's order, so warnings come
     * out in the order of the text. */
    GList *names = json_object_get_members(object);
    for (GList *l = names; l; l = l->next) {
        const char *name = l->data;
        gboolean is_known = FALSE;
        for (const char *const *k = known; *k && !is_known; k++)
            is_known = strcmp(*k, name) == 0;
        if (!is_known) {
            size_t mark = cchc__jr_push_key(r, name);
            cchc__jr_warn(r, "json.unknown-key", "unknown key \"%s\" is ignored", name);
            cchc__jr_pop(r, mark);
        }
    }
    g_list_free(names);
}

/* Warnings by line and column, then errors; equal places keep their order. */
static gint by_place(gconstpointer a, gconstpointer b, gpointer user_data)
{
    const cchc_diagnostics *list = user_data;
    const cchc_diagnostic *x = cchc_diagnostics_at(list, *(const guint *)a);
    const cchc_diagnostic *y = cchc_diagnostics_at(list, *(const guint *)b);
    int ex = cchc_diagnostic_severity(x) == CCHC_SEVERITY_ERROR;
    int ey = cchc_diagnostic_severity(y) == CCHC_SEVERITY_ERROR;
    if (ex != ey)
        return ex - ey;
    if (cchc_diagnostic_line(x) != cchc_diagnostic_line(y))
        return cchc_diagnostic_line(x) < cchc_diagnostic_line(y) ? -1 : 1;
    if (cchc_diagnostic_column(x) != cchc_diagnostic_column(y))
        return cchc_diagnostic_column(x) < cchc_diagnostic_column(y) ? -1 : 1;
    return (*(const guint *)a > *(const guint *)b) - (*(const guint *)a < *(const guint *)b);
}

void cchc__jr_move_diagnostics(cchc_diagnostics *from, cchc_diagnostics *to)
{
    if (!from || !to)
        return;
    size_t n = cchc_diagnostics_count(from);
    g_autoptr(GArray) order = g_array_sized_new(FALSE, FALSE, sizeof(guint), (guint)n);
    for (guint i = 0; i < n; i++)
        g_array_append_val(order, i);
    g_array_sort_with_data(order, by_place, from);
    for (guint i = 0; i < n; i++) {
        const cchc_diagnostic *d = cchc_diagnostics_at(from, g_array_index(order, guint, i));
        cchc__location loc = {
            .file = cchc_diagnostic_file(d), .line = cchc_diagnostic_line(d),
            .column = cchc_diagnostic_column(d), .path = cchc_diagnostic_path(d),
            .task_key = cchc_diagnostic_task_key(d), .task_id = cchc_diagnostic_task_id(d),
            .field = cchc_diagnostic_field(d)};
        const char *en = cchc_diagnostic_message(d), *vi = cchc_diagnostic_message_vi(d);
        cchc__diag_add(to, cchc_diagnostic_severity(d), cchc_diagnostic_code(d), &loc, en,
                       vi == en ? NULL : vi);
    }
}

/* ---- loading a document ------------------------------------------------- */

int cchc__json_load_data(const cchc__json_format *format, void **document, const char *data,
                         size_t size, const char *source_name, const cchc_limits *limits,
                         cchc_diagnostics *diags)
{
    *document = NULL;
    if (source_name && !g_utf8_validate(source_name, -1, NULL))
        return cchc__fail(CCHC_EINVAL, "%s: source name is not UTF-8", format->function);
    /* collected apart, then handed over in the order of the document */
    cchc_diagnostics *collected = diags ? cchc_diagnostics_new() : NULL;
    cchc__json_reader r = {.source = source_name ? source_name : "<data>",
                           .text = data ? data : "",
                           .size = size,
                           .diags = collected,
                           .path = g_string_new("$"),
                           .limits = limits};
    JsonNode *root = cchc__json_parse(&r);
    int rc = root ? CCHC_OK : cchc_last_error_code();
    void *loaded = NULL;
    if (root) {
        loaded = format->create();
        rc = format->read(&r, root, loaded);
        json_node_unref(root);
    }
    cchc__json_positions_free(r.positions);
    g_string_free(r.path, TRUE);
    cchc__jr_move_diagnostics(collected, diags);
    cchc_diagnostics_free(collected);
    if (!rc && format->check)
        rc = format->check(loaded, diags);
    if (rc) {
        if (loaded)
            format->destroy(loaded);
        return rc;
    }
    *document = loaded;
    return CCHC_OK;
}

int cchc__json_load_file(const cchc__json_format *format, void **document, const char *path,
                         const cchc_limits *limits, cchc_diagnostics *diags)
{
    *document = NULL;
    char *data = NULL;
    size_t size = 0;
    g_autofree char *name = NULL; /* the path as UTF-8, for messages */
    int rc = cchc__read_input_file_limited(path, limits, &data, &size, &name, diags);
    if (rc)
        return rc;
    rc = cchc__json_load_data(format, document, data, size, name, limits, diags);
    g_free(data);
    return rc;
}
