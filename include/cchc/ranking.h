/*
 * libcchc — ranking and banding units (xếp hạng, xếp loại), and comparing
 * rankings across years or schemes.
 *
 * A ranking is made from evaluations (scorecard.h) under one scheme. Units
 * are ordered on their unrounded index (Chỉ số CCHC, %), highest first, with
 * the tie policy the caller chooses, within groups (all units together, by
 * unit kind, or a caller's grouping). Each entry also carries the band of its
 * index and, for every area (top-level node), the area's index, its rank
 * among the group on that area (same tie policy) and its band.
 *
 * Two indexes tie when they are equal as doubles: the index is computed by
 * compensated summation in a fixed order (scorecard.h), so equal scorecards
 * give equal indexes; indexes that differ only beyond the second decimal do
 * not tie, although they print alike. Displayed figures are rounded by
 * cchc_points_round() (two decimals, half away from zero on the shortest
 * decimal of the value).
 *
 * Tie-breaking: under CCHC_TIES_ORDINAL, units with the same index keep the
 * order they were added in (the first added gets the better rank); under the
 * other policies they share a rank. Per-area ranks use the same policy among
 * the units of the group for which the area counts (not excluded).
 *
 * A comparison matches the units of two rankings by unit id — the same
 * units in two years, or the same scorecards under two schemes — and gives
 * per unit and per area the change of index, rank and band.
 *
 * Additions by the ranking module (0.1.0), beyond the first draft of this
 * header: cchc_ranking_scheme_name(), cchc_ranking_year(), the
 * cchc_ranking_area_*() getters, cchc_comparison_before_* / _after_*,
 * cchc_change_area_label(), cchc_change_area_index_before() / _after() and
 * cchc_change_area_rank_before() / _after(), for the writers of export.h;
 * and two refusals of cchc_ranking_add() (an evaluation without a unit id,
 * or whose areas differ from the first one's).
 *
 * Ownership: rankings and comparisons are snapshots owned by the caller; they
 * copy what they need from the evaluations, which may be freed afterwards.
 * Entries are borrowed from their ranking or comparison: a rank entry stays
 * valid (at the same address) until the ranking is freed, its figures those
 * of the last cchc_ranking_compute(); a change until the comparison is freed.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_RANKING_H
#define CCHC_RANKING_H

#include <stddef.h>

#include "cchc/common.h"
#include "cchc/scorecard.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cchc_ranking cchc_ranking;
typedef struct cchc_rank_entry cchc_rank_entry;
typedef struct cchc_comparison cchc_comparison;
typedef struct cchc_change cchc_change;

/** How equal indexes are ranked. */
enum cchc_tie_policy {
    /** Standard competition ranking, 1-2-2-4: tied units share the best rank, the next rank skips (the default). */
    CCHC_TIES_COMPETITION = 1,
    /** Dense ranking, 1-2-2-3: tied units share a rank, the next rank follows on. */
    CCHC_TIES_DENSE = 2,
    /** Ordinal ranking, 1-2-3-4: tied units get consecutive ranks in the order they were given. */
    CCHC_TIES_ORDINAL = 3
};

/** How units are grouped before ranking; each group is ranked on its own. */
enum cchc_ranking_group_by {
    CCHC_GROUP_BY_NONE = 1,   /**< one group of every unit (the default) */
    CCHC_GROUP_BY_KIND = 2,   /**< one group per unit kind (cchc_evaluation_unit_kind()) */
    CCHC_GROUP_BY_CALLER = 3  /**< the group given with each evaluation to cchc_ranking_add() */
};

/**
 * cchc_ranking_new:
 * Creates an empty ranking — no units, competition ties, no grouping —
 * owned by the caller and freed with cchc_ranking_free(). Never returns NULL.
 * Add evaluations, set the options, then call cchc_ranking_compute().
 */
CCHC_API cchc_ranking *cchc_ranking_new(void);

/** Frees a ranking. NULL is a no-op. */
CCHC_API void cchc_ranking_free(cchc_ranking *ranking);

/**
 * cchc_ranking_set_ties:
 * @policy: a cchc_tie_policy.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or an unknown policy.
 */
CCHC_API int cchc_ranking_set_ties(cchc_ranking *ranking, int policy);

/**
 * cchc_ranking_set_group_by:
 * @group_by: a cchc_ranking_group_by.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or an unknown value.
 */
CCHC_API int cchc_ranking_set_group_by(cchc_ranking *ranking, int group_by);

/**
 * cchc_ranking_add:
 * @evaluation: an evaluation; what the ranking needs is copied.
 * @group: the caller's group for CCHC_GROUP_BY_CALLER (UTF-8), or NULL / "".
 *
 * Every evaluation must come from the same scheme (the same scheme id and
 * the same area codes) as the first one added, and each unit id may appear
 * once. @group is kept whatever the grouping; it is used under
 * CCHC_GROUP_BY_CALLER.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, non-UTF-8 @group, an evaluation
 * without a unit id, or an evaluation of another scheme or with other areas
 * (the message names both); CCHC_EEXISTS when the unit is already in the
 * ranking.
 */
CCHC_API int cchc_ranking_add(cchc_ranking *ranking, const cchc_evaluation *evaluation,
                              const char *group);

/**
 * cchc_ranking_compute:
 * Ranks the units added so far under the current options, replacing an
 * earlier result. Adding or changing options afterwards leaves the result as
 * it is until the next call.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ENOTFOUND when no unit was added.
 */
CCHC_API int cchc_ranking_compute(cchc_ranking *ranking);

/** Returns: the scheme id shared by the ranked units, borrowed ("" when empty). */
CCHC_API const char *cchc_ranking_scheme_id(const cchc_ranking *ranking);
/** Returns: the scheme's name, from the first evaluation added, borrowed ("" when empty). */
CCHC_API const char *cchc_ranking_scheme_name(const cchc_ranking *ranking);
/** Returns: the year every unit added was scored for (cchc_evaluation_year()); 0 when empty or the years differ. */
CCHC_API int cchc_ranking_year(const cchc_ranking *ranking);
/**
 * cchc_ranking_ties:
 * Returns: the cchc_tie_policy in force: that of the last result once
 * cchc_ranking_compute() succeeded, else the one set (0 for NULL). A policy
 * set after a compute shows here after the next compute.
 */
CCHC_API int cchc_ranking_ties(const cchc_ranking *ranking);
/** Returns: the cchc_ranking_group_by in force, in the same sense as cchc_ranking_ties(). */
CCHC_API int cchc_ranking_group_by(const cchc_ranking *ranking);

/** Returns: the number of areas (the scheme's top-level nodes) of the units added. */
CCHC_API size_t cchc_ranking_area_count(const cchc_ranking *ranking);
/** Returns: area @index's code ("1"), borrowed; NULL when out of range. */
CCHC_API const char *cchc_ranking_area_code(const cchc_ranking *ranking, size_t index);
/** Returns: area @index's Vietnamese label, borrowed; NULL when out of range. */
CCHC_API const char *cchc_ranking_area_label(const cchc_ranking *ranking, size_t index);

/** Returns: the number of groups of the last result (1 without grouping; 0 before compute). */
CCHC_API size_t cchc_ranking_group_count(const cchc_ranking *ranking);
/** Returns: group @index's name (a unit kind, the caller's group, or "" for no grouping), borrowed; NULL when out of range. Groups are in order of first appearance. */
CCHC_API const char *cchc_ranking_group_at(const cchc_ranking *ranking, size_t index);

/** Returns: the number of entries of the last result (every unit; 0 before compute). */
CCHC_API size_t cchc_ranking_count(const cchc_ranking *ranking);
/**
 * cchc_ranking_at:
 * Returns: entry @index, borrowed; NULL when out of range. Entries are
 * ordered by group (order of first appearance), then rank, then the order
 * the evaluations were added.
 */
CCHC_API const cchc_rank_entry *cchc_ranking_at(const cchc_ranking *ranking, size_t index);
/** Returns: the entry of unit @unit_id, borrowed; NULL when there is none. */
CCHC_API const cchc_rank_entry *cchc_ranking_find(const cchc_ranking *ranking,
                                                  const char *unit_id);

/** Returns: the unit's id, borrowed ("" for NULL). */
CCHC_API const char *cchc_rank_entry_unit_id(const cchc_rank_entry *entry);
/** Returns: the unit's name, borrowed. */
CCHC_API const char *cchc_rank_entry_unit_name(const cchc_rank_entry *entry);
/** Returns: the unit's kind, borrowed. */
CCHC_API const char *cchc_rank_entry_unit_kind(const cchc_rank_entry *entry);
/** Returns: the entry's group name, borrowed ("" without grouping). */
CCHC_API const char *cchc_rank_entry_group(const cchc_rank_entry *entry);
/** Returns: the position of the evaluation in the order of cchc_ranking_add() calls, from 0. */
CCHC_API size_t cchc_rank_entry_input_index(const cchc_rank_entry *entry);
/** Returns: the rank within the group, from 1 (0 for NULL). */
CCHC_API size_t cchc_rank_entry_rank(const cchc_rank_entry *entry);
/** Returns: 1 when another unit of the group has the same index, else 0. */
CCHC_API int cchc_rank_entry_is_tied(const cchc_rank_entry *entry);
/** Returns: the unrounded index in % the rank is based on. */
CCHC_API double cchc_rank_entry_index(const cchc_rank_entry *entry);
/** Returns: the final total points (unrounded). */
CCHC_API double cchc_rank_entry_total(const cchc_rank_entry *entry);
/** Returns: the maximum of what counted for the unit. */
CCHC_API double cchc_rank_entry_maximum(const cchc_rank_entry *entry);
/** Returns: the label of the band of the index, borrowed; "" when no band holds it. */
CCHC_API const char *cchc_rank_entry_band(const cchc_rank_entry *entry);

/** Returns: the number of areas (top-level nodes of the scheme). */
CCHC_API size_t cchc_rank_entry_area_count(const cchc_rank_entry *entry);
/** Returns: area @index's code ("1"), borrowed; NULL when out of range. */
CCHC_API const char *cchc_rank_entry_area_code(const cchc_rank_entry *entry, size_t index);
/** Returns: area @index's unrounded index in % (0 when out of range or excluded). */
CCHC_API double cchc_rank_entry_area_index(const cchc_rank_entry *entry, size_t index);
/** Returns: the unit's rank in its group on area @index, from 1; 0 when out of range or the area is excluded for the unit. */
CCHC_API size_t cchc_rank_entry_area_rank(const cchc_rank_entry *entry, size_t index);
/** Returns: the band label of area @index's index, borrowed; "" when none. */
CCHC_API const char *cchc_rank_entry_area_band(const cchc_rank_entry *entry, size_t index);

/* ---- comparing two rankings ---------------------------------------------- */

/**
 * cchc_ranking_compare:
 * @out: receives the comparison, owned by the caller (cchc_comparison_free());
 *       NULL on failure.
 * @before: the earlier year's ranking, or the ranking under the first scheme.
 * @after: the later year's ranking, or the ranking under the second scheme.
 *
 * Matches units by id. Both rankings must have been computed. Units present
 * in one ranking only appear with the other side empty. Entries follow
 * @after's order, then the units found only in @before in their order.
 * Areas are matched by code.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or a ranking not computed.
 */
CCHC_API int cchc_ranking_compare(cchc_comparison **out, const cchc_ranking *before,
                                  const cchc_ranking *after);

/** Frees a comparison. NULL is a no-op. */
CCHC_API void cchc_comparison_free(cchc_comparison *comparison);

/** Returns: the scheme id of the before ranking, borrowed ("" for NULL). */
CCHC_API const char *cchc_comparison_before_scheme_id(const cchc_comparison *comparison);
/** Returns: the scheme id of the after ranking, borrowed ("" for NULL). */
CCHC_API const char *cchc_comparison_after_scheme_id(const cchc_comparison *comparison);
/** Returns: the year of the before ranking (cchc_ranking_year(); 0 when mixed). */
CCHC_API int cchc_comparison_before_year(const cchc_comparison *comparison);
/** Returns: the year of the after ranking (cchc_ranking_year(); 0 when mixed). */
CCHC_API int cchc_comparison_after_year(const cchc_comparison *comparison);

/** Returns: the number of units compared. */
CCHC_API size_t cchc_comparison_count(const cchc_comparison *comparison);
/** Returns: change @index, borrowed; NULL when out of range. */
CCHC_API const cchc_change *cchc_comparison_at(const cchc_comparison *comparison, size_t index);
/** Returns: the change of unit @unit_id, borrowed; NULL when there is none. */
CCHC_API const cchc_change *cchc_comparison_find(const cchc_comparison *comparison,
                                                 const char *unit_id);

/** Returns: the unit's id, borrowed ("" for NULL). */
CCHC_API const char *cchc_change_unit_id(const cchc_change *change);
/** Returns: the unit's name (from @after, else @before), borrowed. */
CCHC_API const char *cchc_change_unit_name(const cchc_change *change);
/** Returns: 1 when the unit is in the before ranking, else 0. */
CCHC_API int cchc_change_in_before(const cchc_change *change);
/** Returns: 1 when the unit is in the after ranking, else 0. */
CCHC_API int cchc_change_in_after(const cchc_change *change);
/** Returns: the index before (0 when absent). */
CCHC_API double cchc_change_index_before(const cchc_change *change);
/** Returns: the index after (0 when absent). */
CCHC_API double cchc_change_index_after(const cchc_change *change);
/** Returns: index after − index before, unrounded (0 unless present in both). */
CCHC_API double cchc_change_index_delta(const cchc_change *change);
/** Returns: the rank before (0 when absent). */
CCHC_API size_t cchc_change_rank_before(const cchc_change *change);
/** Returns: the rank after (0 when absent). */
CCHC_API size_t cchc_change_rank_after(const cchc_change *change);
/** Returns: places moved up, rank before − rank after (negative: moved down; 0 unless present in both). */
CCHC_API int cchc_change_rank_delta(const cchc_change *change);
/** Returns: the band label before, borrowed ("" when absent or none). */
CCHC_API const char *cchc_change_band_before(const cchc_change *change);
/** Returns: the band label after, borrowed ("" when absent or none). */
CCHC_API const char *cchc_change_band_after(const cchc_change *change);
/** Returns: 1 when present in both and the band labels differ, else 0. */
CCHC_API int cchc_change_band_changed(const cchc_change *change);

/** Returns: the number of areas compared (the codes of either side, in code order). */
CCHC_API size_t cchc_change_area_count(const cchc_change *change);
/** Returns: area @index's code, borrowed; NULL when out of range. */
CCHC_API const char *cchc_change_area_code(const cchc_change *change, size_t index);
/** Returns: area @index's label (from @after, else @before), borrowed; NULL when out of range. */
CCHC_API const char *cchc_change_area_label(const cchc_change *change, size_t index);
/** Returns: area @index's unrounded index before (0 when the unit or area is absent or the area excluded there). */
CCHC_API double cchc_change_area_index_before(const cchc_change *change, size_t index);
/** Returns: area @index's unrounded index after (0 when absent or excluded there). */
CCHC_API double cchc_change_area_index_after(const cchc_change *change, size_t index);
/** Returns: area @index's rank before (0 when absent or excluded there). */
CCHC_API size_t cchc_change_area_rank_before(const cchc_change *change, size_t index);
/** Returns: area @index's rank after (0 when absent or excluded there). */
CCHC_API size_t cchc_change_area_rank_after(const cchc_change *change, size_t index);
/** Returns: area @index's index after − before, unrounded (0 unless the unit and area are on both sides and the area counts for the unit on both). */
CCHC_API double cchc_change_area_index_delta(const cchc_change *change, size_t index);
/** Returns: area @index's places moved up, rank before − rank after (0 unless ranked on both sides). */
CCHC_API int cchc_change_area_rank_delta(const cchc_change *change, size_t index);
/** Returns: area @index's band label before, borrowed ("" when none). */
CCHC_API const char *cchc_change_area_band_before(const cchc_change *change, size_t index);
/** Returns: area @index's band label after, borrowed ("" when none). */
CCHC_API const char *cchc_change_area_band_after(const cchc_change *change, size_t index);

/** Returns: the tie policy's name ("competition", "dense", "ordinal"), static; "" if unknown. */
CCHC_API const char *cchc_tie_policy_name(int policy);
/** Returns: the cchc_tie_policy named @name, or 0 when NULL or unknown. */
CCHC_API int cchc_tie_policy_from_name(const char *name);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_RANKING_H */
