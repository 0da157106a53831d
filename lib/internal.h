/*
 * libcchc — private declarations shared by the library's sources.
 * Never installed; may include GLib.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_INTERNAL_H
#define CCHC_INTERNAL_H

#include <glib.h>

#include "cchc.h"

/* ---- errors.c: the thread-local last error ------------------------------ */

/* Sets the calling thread's last error and returns @code, so that a failing
 * path reads `return cchc__fail(CCHC_EINVAL, "…", …);`. */
int cchc__fail(int code, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

/* Argument checks at public entry points. */
#define CCHC__CHECK_ARG(expr)                                                  \
    do {                                                                       \
        if (!(expr))                                                           \
            return cchc__fail(CCHC_EINVAL, "%s: invalid argument: %s",         \
                              G_STRFUNC, #expr);                               \
    } while (0)

/* ---- limits.c ----------------------------------------------------------- */

/* The deepest JSON nesting any cchc_limits allows: json-glib parses
 * recursively, so this keeps hostile input from exhausting the stack. */
#define CCHC__MAX_DEPTH 512

/* How messages name a limit that was passed: "… (limit depth = 512)". */
#define CCHC__LIMIT_FMT "(limit %s = %zu)"

/* ---- text.c: UTF-8, NFC and name comparison ----------------------------- */

/* Checks that @text is valid UTF-8; on failure sets the last error naming
 * @what and the byte offset, and returns CCHC_EINVAL. NULL is invalid. */
int cchc__check_text(const char *text, const char *what);

/* Replaces *@field with a copy of @value (NULL = ""), after checking UTF-8. */
int cchc__set_text(char **field, const char *value, const char *what);

/* The comparison key of a unit name: NFC, case-folded, every dash variant and
 * run of white space or punctuation spaces taken as one space, trimmed, a final
 * full stop dropped. Newly allocated. */
char *cchc__name_key(const char *name);

/* cchc__name_key() without Vietnamese diacritics ("Quý I" → "quy i",
 * "đơn vị" → "don vi"), for matching words typed with or without them.
 * Newly allocated. */
char *cchc__text_fold(const char *text);

/* The length of a UTF-8 byte order mark at the start of @text: 3 or 0. */
size_t cchc__bom_length(const char *text, size_t size);

/* Line and 1-based character column of byte @offset in @text. A UTF-8 byte
 * order mark at the start of the text is not counted, as editors do not show it. */
void cchc__text_position(const char *text, size_t size, size_t offset, size_t *line,
                         size_t *column);

/* 1 when @id is a valid unit id (ASCII [A-Za-z0-9._-], 1–64, not '@'). */
int cchc__id_is_valid(const char *id);

/* A GPtrArray of g_free'd strings, deep copy. */
GPtrArray *cchc__strv_copy(const GPtrArray *src);

/* ---- dates.c: ISO dates ------------------------------------------------- */

/* Parses a strict "YYYY-MM-DD" that is a real calendar date. Returns 1 and
 * fills @date (if not NULL) on success, 0 otherwise. */
int cchc__date_parse(const char *text, GDate *date);

/* ISO dates compare correctly as strings: use strcmp() to order them.
 * The days of @month in @year (0 for an invalid month or year). */
int cchc__days_in_month(int year, int month);
/* "YYYY-MM-DD" for a real date, newly allocated; NULL for an impossible one. */
char *cchc__date_iso(int year, int month, int day);
/* @iso moved by @days (negative: back), newly allocated; NULL when @iso is
 * not a date or the result leaves years 1 … 9999. */
char *cchc__date_add_days(const char *iso, int days);
/* Days from @from to @to (negative when @to is earlier); 0 for bad dates. */
int cchc__date_days_between(const char *from, const char *to);

/* Checks @text ("" allowed when @allow_empty) is a real ISO date; on failure
 * sets the last error naming @what and returns CCHC_EINVAL. */
int cchc__check_date(const char *text, const char *what, int allow_empty);

/* ---- files.c: reading and atomic writing ------------------------------- */

/* Reads the whole file; on failure sets the error naming @path (CCHC_EIO)
 * and, when @reason is not NULL, gives the reason without the path. Paths
 * are shown in messages as UTF-8 whatever their encoding. */
int cchc__read_file(const char *path, char **data, size_t *size, char **reason);
/* cchc__read_file() for a loader: also gives the path as UTF-8 for messages
 * in @name (g_free, set even on failure) and records a failure as a
 * "file.read" error in @diags. Files larger than the default input_bytes
 * limit are refused as by cchc__read_input_file_limited(). */
int cchc__read_input_file(const char *path, char **data, size_t *size, char **name,
                          cchc_diagnostics *diags);
/* cchc__read_input_file() refusing a file of more than the input_bytes of
 * @limits (NULL: the default) with CCHC_ELIMIT and a "file.limit" error —
 * without reading it when it is a regular file. */
int cchc__read_input_file_limited(const char *path, const cchc_limits *limits, char **data,
                                  size_t *size, char **name, cchc_diagnostics *diags);
/* Writes @data to @path atomically (temporary file in the same folder, fsync,
 * rename); on failure the old file is untouched and the error names @path. */
int cchc__write_file_atomic(const char *path, const char *data, size_t size);

/* ---- diagnostics.c ------------------------------------------------------ */

typedef struct {
    const char *file;
    size_t line;
    size_t column;
    const char *path;
    const char *task_key;
    const char *task_id;
    const char *field;
} cchc__location;

/* Appends an entry; @loc and @message_vi may be NULL. */
void cchc__diag_add(cchc_diagnostics *diags, int severity, const char *code,
                    const cchc__location *loc, const char *message_en,
                    const char *message_vi);

/* ---- task.c / plan.c: links between a plan and its tasks ---------------- */

void cchc__task_attach(cchc_task *task, cchc_plan *plan, const char *key);
int cchc__task_refs_unit(const cchc_task *task, const char *id);
/* Checks every reference of @task against @plan; sets the error on failure. */
int cchc__task_check_refs(const cchc_task *task, const cchc_plan *plan);
cchc_plan *cchc__task_plan(const cchc_task *task);
cchc_plan *cchc__unit_plan(const cchc_unit *unit);
void cchc__unit_attach(cchc_unit *unit, cchc_plan *plan);
/* 1 when the name key @key names @unit (id, name, short name or alias). */
int cchc__unit_answers_to(const cchc_unit *unit, const char *key);
/* cchc_plan_insert_task(), except that keys the library makes up avoid the
 * keys in @reserved (a set of strings; NULL for none): loaders reserve the
 * keys saved in a file so that a task without one cannot take a later
 * task's saved key. */
int cchc__plan_insert_task_reserved(cchc_plan *plan, size_t index, const cchc_task *task,
                                    GHashTable *reserved);
/* Sets a key on a detached task (used by loaders, which restore saved keys). */
int cchc__task_set_key(cchc_task *task, const char *key);

/* ---- task.c: evidence references held by other objects ----------------- */

/* A new evidence reference (arguments already checked; NULL = ""). */
cchc_evidence *cchc__evidence_new(const char *number, const char *date, const char *title,
                                  const char *link);
cchc_evidence *cchc__evidence_copy(const cchc_evidence *evidence);
/* A GDestroyNotify for GPtrArrays of evidence. */
void cchc__evidence_free(gpointer evidence);

#endif /* CCHC_INTERNAL_H */
