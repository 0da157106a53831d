/*
 * libcchc — integrity of published results: a canonical JSON form and its
 * SHA-256 digest, so that a department can show that a scorecard or a
 * ranking it published was not changed afterwards.
 *
 * The canonical form of a JSON document is the same data written one way
 * only: no white space; the members of every object in the order of the
 * bytes of their UTF-8 names; strings as UTF-8 with only '"', '\' and the
 * control characters escaped (\b \f \n \r \t, else \u00XX in lower case);
 * numbers that are whole and smaller than 2^53 in magnitude written as
 * integers ("2.0", "2e0" and "2" all give 2; -0 gives 0), other numbers as
 * the shortest of "%.15g", "%.16g" and "%.17g" that reads back to the same
 * double; true, false, null. The document must be strict JSON (as every
 * libcchc loader requires: no repeated member names, no numbers beyond a
 * double). Re-indenting a file or reordering its members keeps its digest;
 * changing any value — a score, an evidence reference, an appraisal reason —
 * changes it.
 *
 * The digest is the SHA-256 of the canonical form, as 64 lower-case
 * hexadecimal digits. The digest of a scorecard is that of the document
 * cchc_scorecard_save_data() writes; the digest of a ranking that of the JSON
 * cchc_ranking_write() writes (CCHC_OUTPUT_JSON). So a published scorecard
 * or ranking file is verified with cchc_json_digest() on its bytes (the
 * `cchc verify FILE DIGEST` command does that).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_INTEGRITY_H
#define CCHC_INTEGRITY_H

#include "cchc/common.h"
#include "cchc/ranking.h"
#include "cchc/scorecard.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * cchc_json_canonical:
 * @out: receives the canonical form, NUL-terminated, freed with cchc_free();
 *       NULL on failure.
 * @out_size: receives its length in bytes without the NUL, or NULL.
 * @data: a JSON document's bytes (need not be NUL-terminated); @size: their number.
 * @source_name: the name used in messages in place of a file name, or NULL for "<data>".
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL @out or @data with a size;
 * CCHC_EENCODING for bytes that are not UTF-8; CCHC_EPARSE for a document
 * that is not strict JSON; CCHC_EFORMAT for a member name repeated in an
 * object or a number too large to read; CCHC_ELIMIT past the default limits
 * (include/cchc/limits.h). The message names the line, column and JSON path.
 */
CCHC_API int cchc_json_canonical(char **out, size_t *out_size, const char *data, size_t size,
                                 const char *source_name);

/**
 * cchc_json_digest:
 * @out: receives the SHA-256 of the canonical form as 64 lower-case
 *       hexadecimal digits, freed with cchc_free(); NULL on failure.
 * The other arguments and the return values are those of cchc_json_canonical().
 */
CCHC_API int cchc_json_digest(char **out, const char *data, size_t size,
                              const char *source_name);

/**
 * cchc_scorecard_canonical:
 * @out, @out_size: as for cchc_json_canonical().
 * The canonical form of the document cchc_scorecard_save_data() writes for @card.
 * Returns: CCHC_OK or CCHC_EINVAL for NULL.
 */
CCHC_API int cchc_scorecard_canonical(char **out, size_t *out_size,
                                      const cchc_scorecard *card);

/**
 * cchc_scorecard_digest:
 * @out: as for cchc_json_digest().
 * The digest of @card: of its scores, answers, evidence, explanations,
 * appraisals with their reasons, not-applicable marks, deductions, unit,
 * scheme, year and notes — everything its document holds.
 * Returns: CCHC_OK or CCHC_EINVAL for NULL.
 */
CCHC_API int cchc_scorecard_digest(char **out, const cchc_scorecard *card);

/**
 * cchc_ranking_canonical:
 * @out, @out_size: as for cchc_json_canonical().
 * The canonical form of cchc_ranking_write()'s JSON for @ranking.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or a ranking not computed.
 */
CCHC_API int cchc_ranking_canonical(char **out, size_t *out_size,
                                    const cchc_ranking *ranking);

/**
 * cchc_ranking_digest:
 * @out: as for cchc_json_digest().
 * The digest of @ranking's result: every unit's rank, ties, points, index
 * and band, overall and per area, and the options that made it.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or a ranking not computed.
 */
CCHC_API int cchc_ranking_digest(char **out, const cchc_ranking *ranking);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_INTEGRITY_H */
