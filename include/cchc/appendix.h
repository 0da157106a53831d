/*
 * libcchc — importing the appendix table of a plan (phụ lục các nhiệm vụ) as
 * officials write it in Word or Excel.
 *
 * The importer reads tab-separated text (a table copied out of Word or saved
 * by Excel as "Unicode text") or CSV, finds the header row by its words
 * ("Nhiệm vụ chung", "Nhiệm vụ cụ thể", "Sản phẩm/Kết quả", "Phòng, đơn vị chủ
 * trì", "Phòng, đơn vị phối hợp", "Thời gian thực hiện"; columns may come in
 * any order and any of them may be missing), and turns each row into a task:
 * the group cell given once is carried down to the rows below it, header
 * rows repeated between pages are skipped, inline marks such as <b> are
 * removed, the task id is taken from the start of the task cell ("1.10.
 * Xây dựng …"), and unit cells are split into units ("Văn phòng, Thanh tra")
 * with bracketed notes kept ("Văn phòng (P/h Trung tâm Thông tin – VP UBND
 * tỉnh; Sở TT Truyền thông)").
 *
 * Nothing in the input is dropped without a diagnostic: every unresolved
 * unit name, odd row, repeated header, text before the table and merged or
 * missing cell is reported with its line (and column where it helps).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_APPENDIX_H
#define CCHC_APPENDIX_H

#include "cchc/common.h"
#include "cchc/diagnostics.h"
#include "cchc/limits.h"
#include "cchc/plan.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * cchc_appendix_import:
 * @out: receives the plan, owned by the caller (cchc_plan_free()); NULL on failure.
 * @data: the table's bytes, UTF-8 (a byte order mark is allowed).
 * @size: the number of bytes.
 * @source_name: the name used in diagnostics in place of a file name, or NULL for "<data>".
 * @registry: a plan whose units the table's unit names are resolved against
 *            (its units, year and calendar are copied into the result), or
 *            NULL to build the registry from the names found — each new unit
 *            gets an ASCII id made from its name and a kind guessed from its
 *            first word, reported as "appendix.unit-created" for the caller
 *            to correct.
 * @diags: a list that receives the diagnostics, or NULL.
 *
 * Unit cells resolve with cchc_plan_resolve_unit(); a name that resolves to
 * nothing is kept verbatim as a mention of its role ("appendix.unknown-unit"),
 * or, without a registry, becomes a new unit. A name that starts with a
 * known unit or group and goes on ("Các phòng chuyên môn áp dụng HT") keeps
 * that unit or group and the whole name as a mention ("appendix.qualified-unit").
 * The plan's year is the registry's, else the year written most often in
 * the time column ("…/2023").
 *
 * Returns: CCHC_OK (even with warnings); CCHC_EINVAL for NULL arguments;
 * CCHC_EENCODING for invalid UTF-8 (the message names line and column);
 * CCHC_EPARSE when no header row can be found (an empty file, or a table
 * without the header words); CCHC_ELIMIT for a table past the default
 * limits (include/cchc/limits.h), as cchc_appendix_import_with_limits() says.
 */
CCHC_API int cchc_appendix_import(cchc_plan **out, const char *data, size_t size,
                                  const char *source_name, const cchc_plan *registry,
                                  cchc_diagnostics *diags);

/**
 * cchc_appendix_import_file:
 * As cchc_appendix_import() on the contents of the file at @path; also
 * CCHC_EIO when the file cannot be read.
 */
CCHC_API int cchc_appendix_import_file(cchc_plan **out, const char *path,
                                       const cchc_plan *registry, cchc_diagnostics *diags);

/**
 * cchc_appendix_import_with_limits:
 * @limits: the ceilings to apply, or NULL for the defaults, which
 *          cchc_appendix_import() applies.
 *
 * As cchc_appendix_import(), and fails with CCHC_ELIMIT, leaving an
 * "appendix.limit" error that names the limit and the line (and column for a
 * cell), when the table has more bytes than input_bytes, more rows than
 * rows, a cell longer than string_bytes, more tasks than tasks, or — without
 * a registry — names more units than units (registry units included).
 *
 * Returns: as cchc_appendix_import(); CCHC_ELIMIT for a limit passed.
 */
CCHC_API int cchc_appendix_import_with_limits(cchc_plan **out, const char *data, size_t size,
                                              const char *source_name,
                                              const cchc_plan *registry,
                                              const cchc_limits *limits,
                                              cchc_diagnostics *diags);

/**
 * cchc_appendix_import_file_with_limits:
 * As cchc_appendix_import_file() under @limits (NULL: the defaults); a file
 * larger than input_bytes is refused before it is read ("file.limit").
 */
CCHC_API int cchc_appendix_import_file_with_limits(cchc_plan **out, const char *path,
                                                   const cchc_plan *registry,
                                                   const cchc_limits *limits,
                                                   cchc_diagnostics *diags);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_APPENDIX_H */
