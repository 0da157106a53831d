/*
 * libcchc — private helpers of the ranking module (ranking.c), shared with
 * the writers of ranking results (export-ranking.c, json-ranking-write.c,
 * export-svg.c). Never installed; may include GLib.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_RANKING_INTERNAL_H
#define CCHC_RANKING_INTERNAL_H

#include "internal.h"

/* The mean of @n values that does not depend on their order: the values are
 * sorted, then added with compensated (Neumaier) summation. 0 when @n is 0.
 * @values is reordered. */
double cchc__mean_of(double *values, size_t n);

/* Orders node codes segment by segment as numbers ("1" < "1.2" < "1.10" <
 * "2"); text that is not a code sorts after codes, by bytes. */
int cchc__ranking_code_cmp(const char *a, const char *b);

/* The name of a cchc_ranking_group_by value ("none", "kind", "caller"),
 * static; "" if unknown. */
const char *cchc__group_by_name(int group_by);

/* export-ranking.c: CCHC_OK when @other has @first's scheme id and area
 * codes, else sets the error (naming @what and both units) and returns
 * CCHC_EINVAL. */
int cchc__check_same_scheme(const char *what, const cchc_evaluation *first,
                            const cchc_evaluation *other);

/* json-ranking-write.c: the JSON documents of docs/ranking.md ("Outputs"),
 * arguments already checked. */
char *cchc__scores_json(const cchc_evaluation *const *evaluations, size_t count);
char *cchc__ranking_json(const cchc_ranking *ranking);
char *cchc__comparison_json(const cchc_comparison *comparison);

#endif /* CCHC_RANKING_INTERNAL_H */
