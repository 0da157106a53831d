/*
 * libcchc — the JSON plan format ("format": "cchc-plan", "version": 1).
 *
 * The format is described in docs/file-formats.md and by the JSON Schema
 * docs/schema/cchc-plan.schema.json.
 *
 * Loading checks the whole document. The first error stops the load: the
 * function returns a negative code and the last error message names the file
 * (or the name given for in-memory data), the line and column, and the JSON
 * path ("plan.json:14:17: $.tasks[2].area: …"). The same error is also
 * appended to @diags when given. Problems that do not stop the load — unknown
 * keys, for instance — are appended to @diags as warnings, never dropped
 * silently.
 *
 * Saving writes deterministic UTF-8 JSON (two-space indent, keys in a fixed
 * order, Vietnamese text unescaped), so that loading and saving a saved file
 * gives the same bytes. Files are written atomically: a temporary file in the
 * same folder, then a rename; a failed save leaves the old file untouched.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_JSON_H
#define CCHC_JSON_H

#include "cchc/common.h"
#include "cchc/diagnostics.h"
#include "cchc/limits.h"
#include "cchc/plan.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * cchc_plan_load_file:
 * @out: receives the plan, owned by the caller (cchc_plan_free()); NULL on failure.
 * @path: the file to read.
 * @diags: a list that receives warnings and the error, or NULL.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL arguments; CCHC_EIO when the file
 * cannot be read; CCHC_EENCODING for invalid UTF-8; CCHC_EPARSE for broken
 * JSON; CCHC_EVERSION for a version this library cannot read; CCHC_EFORMAT
 * for a wrong document (wrong type, missing key, unknown unit, impossible
 * date, duplicate key or id, …); CCHC_ELIMIT for a document past the default
 * limits (include/cchc/limits.h: 64 MiB, nesting 512, strings of 1 MiB,
 * 100 000 tasks, 10 000 units).
 */
CCHC_API int cchc_plan_load_file(cchc_plan **out, const char *path, cchc_diagnostics *diags);

/**
 * cchc_plan_load_data:
 * @out: as for cchc_plan_load_file().
 * @data: the document's bytes (need not be NUL-terminated).
 * @size: the number of bytes.
 * @source_name: a name used in messages in place of a file name, or NULL for "<data>".
 * @diags: a list that receives warnings and the error, or NULL.
 *
 * Returns: as cchc_plan_load_file(), without CCHC_EIO.
 */
CCHC_API int cchc_plan_load_data(cchc_plan **out, const char *data, size_t size,
                                 const char *source_name, cchc_diagnostics *diags);

/**
 * cchc_plan_load_file_with_limits:
 * @limits: the ceilings to apply (include/cchc/limits.h), or NULL for the
 *          defaults, which cchc_plan_load_file() applies.
 *
 * As cchc_plan_load_file(), and: a file larger than the input_bytes limit
 * is refused before it is read; deeper nesting than the depth limit, a
 * string longer than string_bytes, more tasks or units than those limits
 * fail the load with CCHC_ELIMIT. The message names the limit and, inside
 * the document, the line, column and JSON path ("plan.json:3:5:
 * $.tasks[100000]: more than 100000 tasks (limit tasks = 100000)"); the
 * diagnostic code is "json.limit" ("file.limit" for the file's size).
 *
 * Returns: as cchc_plan_load_file(); CCHC_ELIMIT for a limit passed.
 */
CCHC_API int cchc_plan_load_file_with_limits(cchc_plan **out, const char *path,
                                             const cchc_limits *limits, cchc_diagnostics *diags);

/**
 * cchc_plan_load_data_with_limits:
 * As cchc_plan_load_data() under @limits (NULL: the defaults), as
 * cchc_plan_load_file_with_limits() describes.
 *
 * Returns: as cchc_plan_load_data(); CCHC_ELIMIT for a limit passed.
 */
CCHC_API int cchc_plan_load_data_with_limits(cchc_plan **out, const char *data, size_t size,
                                             const char *source_name, const cchc_limits *limits,
                                             cchc_diagnostics *diags);

/**
 * cchc_plan_save_file:
 * Writes @plan to @path atomically: a temporary file beside it
 * ("@path.XXXXXX"), flushed to disk when @path exists and is not empty, then
 * renamed over it. A failure at any step removes the temporary file and
 * leaves @path as it was; a process killed during the save leaves @path
 * either old or new, whole (possibly with the temporary file beside it).
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_EIO when the file cannot be
 * written — a missing or read-only folder, a full disk, @path a directory,
 * device, pipe or socket (never replaced) — the message names the path and
 * the reason; the old file is kept.
 */
CCHC_API int cchc_plan_save_file(const cchc_plan *plan, const char *path);

/**
 * cchc_plan_save_data:
 * @out: receives the NUL-terminated document, freed with cchc_free(); NULL on failure.
 * @out_size: receives its length in bytes without the NUL, or NULL.
 * Returns: CCHC_OK or CCHC_EINVAL.
 */
CCHC_API int cchc_plan_save_data(char **out, size_t *out_size, const cchc_plan *plan);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_JSON_H */
