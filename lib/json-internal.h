/*
 * libcchc — private helpers of the formats layer for JSON documents:
 * a reader that tracks the JSON path and turns every problem into a located
 * message, and a deterministic writer.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_JSON_INTERNAL_H
#define CCHC_JSON_INTERNAL_H

#include <json-glib/json-glib.h>

#include "internal.h"
#include "json-write.h"

/* ---- json-locate.c ------------------------------------------------------ */

/* Finds where the value at @path ("$.tasks[3].area") starts in the JSON
 * @text — for an object member, where its key starts — and returns its
 * 1-based line and column (in characters). Returns 0 when the path is not
 * found (then *line and *column are 0). @text must be well-formed JSON. */
int cchc__json_locate(const char *text, size_t size, const char *path, size_t *line,
                      size_t *column);

/* Where every member and element of the well-formed JSON @text starts, by
 * path, found in one walk: cchc__json_positions_find() answers as
 * cchc__json_locate() would, in constant time. @text must outlive it. */
typedef struct cchc__json_positions cchc__json_positions;
cchc__json_positions *cchc__json_positions_new(const char *text, size_t size);
int cchc__json_positions_find(const cchc__json_positions *positions, const char *path,
                              size_t *line, size_t *column);
void cchc__json_positions_free(cchc__json_positions *positions);

/* Appends a member name or an array index to a JSON path the way the reader
 * writes paths (".key", or ["odd key"] escaped), so that the locator can
 * read it back. */
void cchc__json_path_append_key(GString *path, const char *key);
void cchc__json_path_append_index(GString *path, size_t index);

/* ---- json-check.c ------------------------------------------------------- */

/* The deepest nesting of objects and arrays a document may have. json-glib
 * parses recursively, so this keeps hostile input from exhausting the stack.
 * The depth limit of a cchc_limits can lower it, never raise it. */
#define CCHC__JSON_MAX_DEPTH CCHC__MAX_DEPTH

/* The first problem cchc__json_check() found. */
typedef struct {
    int status;       /* CCHC_EPARSE for broken JSON, CCHC_EFORMAT for content,
                         CCHC_ELIMIT for a limit passed */
    const char *code; /* "json.syntax", "json.duplicate", "json.range", "json.content",
                         "json.limit" */
    size_t offset;    /* byte offset where the problem is */
    char *path;       /* JSON path of the value concerned (g_free) */
    char *message;    /* English message (g_free) */
} cchc__json_problem;

/* Checks that the UTF-8 @text is exactly one strict JSON value (RFC 8259):
 * no comments, single quotes, trailing commas, leading zeros, hexadecimal or
 * octal numbers, raw control characters in strings, lone surrogates or
 * content after the value, all of which json-glib 1.6 lets through, sometimes
 * as a wrong value. Also refuses what JSON allows but a plan cannot hold:
 * a member name used twice in one object (json-glib keeps only the last),
 * a number too large for a double or an integer too large for 64 bits
 * (json-glib wraps it round), a NUL character (\u0000, which would cut the
 * text short), and nesting deeper than CCHC__JSON_MAX_DEPTH. Iterative: input
 * cannot drive recursion. Returns 1 when the text is fine; otherwise 0 with
 * @problem filled (the caller frees its path and message). */
int cchc__json_check(const char *text, size_t size, cchc__json_problem *problem);
/* cchc__json_check() under the depth and string_bytes ceilings of @limits
 * (NULL: the defaults): deeper nesting or a longer string (counted in bytes
 * once decoded, keys included) is a CCHC_ELIMIT "json.limit" problem. */
int cchc__json_check_limited(const char *text, size_t size, const cchc_limits *limits,
                             cchc__json_problem *problem);

/* ---- json-read.c -------------------------------------------------------- */

typedef struct {
    const char *source; /* file name or the caller's name for in-memory data */
    const char *text;
    size_t size;
    cchc_diagnostics *diags; /* may be NULL */
    GString *path;           /* the JSON path of the node being read */
    const cchc_limits *limits; /* NULL: the defaults */
    /* cchc__jr_locate(): how many values were located by walking the text,
     * and the index of every position, made once that becomes many */
    unsigned located;
    cchc__json_positions *positions;
} cchc__json_reader;

/* Checks size, encoding and syntax and returns the root node (caller
 * unrefs), or NULL with the error set and recorded. The input_bytes, depth
 * and string_bytes ceilings of r->limits apply. */
JsonNode *cchc__json_parse(cchc__json_reader *r);

/* Path stack: push returns the previous length to give back to pop. */
size_t cchc__jr_push_key(cchc__json_reader *r, const char *key);
size_t cchc__jr_push_index(cchc__json_reader *r, size_t index);
void cchc__jr_pop(cchc__json_reader *r, size_t mark);

/* The line and column where the reader's current path starts (0, 0 when it
 * is not in the text). The first few values are found by walking the text;
 * after that the reader indexes every position once (cchc__json_positions),
 * so that locating every value of a document stays linear. */
void cchc__jr_locate(cchc__json_reader *r, size_t *line, size_t *column);

/* A located error at the current path: records it in r->diags and sets the
 * last error; returns @code. */
int cchc__jr_error(cchc__json_reader *r, int code, const char *fmt, ...) G_GNUC_PRINTF(3, 4);
/* cchc__jr_error() at member @key of the current path (NULL: the path itself). */
int cchc__jr_error_at(cchc__json_reader *r, const char *key, int code, const char *fmt, ...)
    G_GNUC_PRINTF(4, 5);
/* A located error with a domain code ("scheme.duplicate-code") at member
 * @key of the current path (NULL: the current path itself); records it in
 * r->diags, sets the last error and returns CCHC_EFORMAT. */
int cchc__jr_error_code_at(cchc__json_reader *r, const char *key, const char *code,
                           const char *fmt, ...) G_GNUC_PRINTF(4, 5);
/* A located warning at the current path, recorded in r->diags. */
void cchc__jr_warn(cchc__json_reader *r, const char *code, const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);

/* Appends the entries of @from to @to (NULL: nothing), warnings first in the
 * order of their place in the document, then errors. The reader collects
 * into a private list because it reads the document in its own order (the
 * header, units, tasks), not the order of the text. */
void cchc__jr_move_diagnostics(cchc_diagnostics *from, cchc_diagnostics *to);

/* Checks the header: "format" is @format and "version" is 1 … @max_version.
 * Returns CCHC_OK and the version in @version. */
int cchc__jr_header(cchc__json_reader *r, JsonObject *root, const char *format,
                    gint64 max_version, gint64 *version);

/* Warns about every member of @object not listed in the NULL-terminated @known. */
void cchc__jr_unknown_keys(cchc__json_reader *r, JsonObject *object,
                           const char *const *known);

/* Typed member readers. Each reads member @key of @object; when it is absent
 * an optional reader leaves the output as it is and returns CCHC_OK, a
 * required one fails. A present member of the wrong type or range fails with
 * the path of the member. Strings are checked for UTF-8 (json-glib already
 * did) and returned borrowed from the node. */
int cchc__jr_object(cchc__json_reader *r, JsonNode *node, JsonObject **out);
int cchc__jr_string(cchc__json_reader *r, JsonObject *object, const char *key,
                    int required, const char **out);
int cchc__jr_int(cchc__json_reader *r, JsonObject *object, const char *key, int required,
                 gint64 min, gint64 max, gint64 *out);
int cchc__jr_number(cchc__json_reader *r, JsonObject *object, const char *key,
                    int required, double min, double max, double *out);
int cchc__jr_array(cchc__json_reader *r, JsonObject *object, const char *key,
                   int required, JsonArray **out);
/* An element of an array that must be a string. The path must already point
 * at the element. */
int cchc__jr_element_string(cchc__json_reader *r, JsonNode *node, const char **out);

/* Fails with CCHC_ELIMIT ("json.limit") when @array, read at the current
 * path, has more than the @limit ceiling of r->limits elements; the error is
 * located at the first element past it. */
int cchc__jr_check_count(cchc__json_reader *r, JsonArray *array, int limit, const char *what);

/* Maps the status of a model setter to a located error: the model function
 * already set the last error; its message is re-located at the current path. */
int cchc__jr_model_error(cchc__json_reader *r, int rc);
/* A model function's refusal @rc, located at member @key (NULL: the path itself). */
int cchc__jr_model_error_at(cchc__json_reader *r, const char *key, int rc);

/* What the loaders of one document format differ in; the rest of loading —
 * checking the source name, parsing under the limits, handing diagnostics
 * over in the order of the document — is cchc__json_load_data()'s. */
typedef struct {
    /* the public loader that messages name ("cchc_plan_load_data") */
    const char *function;
    void *(*create)(void);
    void (*destroy)(void *document);
    /* reads the root node into a document from create() */
    int (*read)(cchc__json_reader *r, JsonNode *root, void *document);
    /* NULL, or a check of the whole document once read, whose findings go
     * to the caller's @diags (NULL: none) after the reader's */
    int (*check)(void *document, cchc_diagnostics *diags);
} cchc__json_format;

/* Loads @data (NULL: "" when @size is 0) as a @format document into
 * *@document (NULL on failure), naming it @source_name ("<data>" when NULL)
 * in messages. The caller has checked its own arguments. */
int cchc__json_load_data(const cchc__json_format *format, void **document, const char *data,
                         size_t size, const char *source_name, const cchc_limits *limits,
                         cchc_diagnostics *diags);
/* cchc__json_load_data() of the file at @path, read with
 * cchc__read_input_file_limited(): a regular file larger than input_bytes is
 * refused ("file.limit") before it is read, whatever its format. */
int cchc__json_load_file(const cchc__json_format *format, void **document, const char *path,
                         const cchc_limits *limits, cchc_diagnostics *diags);

/* ---- json-read-members.c ------------------------------------------------ */

/* An optional boolean member; when absent *@out is left as it is. */
int cchc__jr_bool(cchc__json_reader *r, JsonObject *object, const char *key, int *out);

/* Opens the optional member @key as an object: *@out is NULL when it is
 * absent; otherwise its path is pushed (give @mark back to cchc__jr_pop()).
 * A member that is not an object is an error, with nothing pushed. */
int cchc__jr_open_object(cchc__json_reader *r, JsonObject *parent, const char *key,
                         JsonObject **out, size_t *mark);

/* Reads each element of the optional array member @key with @fn, its path
 * pushed, stopping at the first failure. With @limit (a cchc_limit, 0 for
 * none) more elements than that ceiling are refused first. */
typedef int (*cchc__jr_element_fn)(cchc__json_reader *r, JsonNode *node, void *target);
int cchc__jr_each(cchc__json_reader *r, JsonObject *object, const char *key,
                  cchc__jr_element_fn fn, void *target, int limit);
/* cchc__jr_each() over an array whose elements must be strings. */
typedef int (*cchc__jr_string_fn)(cchc__json_reader *r, void *target, const char *value);
int cchc__jr_each_string(cchc__json_reader *r, JsonObject *object, const char *key,
                         cchc__jr_string_fn fn, void *target);
/* Calls @fn for each member name of the optional object member @key, in
 * the order of the document, stopping at the first failure; the path of
 * @key is pushed, the member's own path is @fn's to push. */
typedef int (*cchc__jr_member_fn)(cchc__json_reader *r, JsonObject *object, const char *name,
                                  void *target);
int cchc__jr_each_member(cchc__json_reader *r, JsonObject *object, const char *key,
                         cchc__jr_member_fn fn, void *target);

/* Fails with a located error at member @key unless @date is a real date in
 * the form YYYY-MM-DD; NULL (absent) passes, and "" when @allow_empty. */
int cchc__jr_check_date(cchc__json_reader *r, const char *key, const char *date,
                        int allow_empty);

/* A piece of evidence as plans and scorecards list it: an object with the
 * optional strings "number", "date" (a real date or ""), "title" and
 * "link", borrowed from the node, NULL when absent. */
typedef struct {
    const char *number, *date, *title, *link;
} cchc__jr_evidence;
int cchc__jr_read_evidence(cchc__json_reader *r, JsonNode *node, cchc__jr_evidence *out);

#endif /* CCHC_JSON_INTERNAL_H */
