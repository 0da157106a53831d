/*
 * libcchc — scoring schemes for the PAR index (bộ chỉ số, bộ tiêu chí
 * đánh giá, xác định Chỉ số CCHC).
 *
 * A scheme is what a province publishes each year to score its departments
 * or districts: an id, a name, a year, its legal basis ("Quyết định
 * 3396/QĐ-UBND …"), the unit kinds it applies to, its components (points
 * that are appraised, points from the survey, …, each with its maximum), a
 * tree of nodes — the areas (lĩnh vực) → criteria (tiêu chí) → sub-criteria
 * (tiêu chí thành phần) — and a band table (xếp loại) on the index.
 *
 * Every node has a code ("1", "1.1", "1.1.2": the parent's code, a dot and a
 * positive number), a Vietnamese label (English optional), a maximum (điểm
 * tối đa) with at most two decimals, the component its points belong to
 * (inherited from the parent when the node names none), whether evidence is
 * required and whether it may be declared not applicable. Every leaf carries
 * a rule that turns the facts a unit reports into points; docs/scoring.md
 * describes each form with its Vietnamese wording.
 *
 * Nodes are kept in code order: "1" < "1.1" < "1.1.2" < "1.2" < "1.10" < "2"
 * (each segment compared as a number). Index-based access and evaluation
 * follow this order, so results never depend on the order nodes were added.
 *
 * Ownership: the scheme owns its components, nodes and rules. Pointers
 * returned by the getters and by the add functions are borrowed: valid until
 * that node (or an ancestor) is removed, its rule replaced or cleared, or
 * the scheme freed. Text getters return borrowed text, "" when unset.
 *
 * Loading and saving ("format": "cchc-scheme") are declared at the end of
 * this header; they live in the formats layer.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_SCHEME_H
#define CCHC_SCHEME_H

#include <stddef.h>

#include "cchc/common.h"
#include "cchc/diagnostics.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cchc_scheme cchc_scheme;
typedef struct cchc_component cchc_component;
typedef struct cchc_node cchc_node;
typedef struct cchc_rule cchc_rule;

/** The deepest a node may sit: codes have at most this many segments ("1.2.3.4.5.6"). */
#define CCHC_NODE_MAX_DEPTH 6

/** How a leaf turns a unit's facts into points (docs/scoring.md). */
enum cchc_rule_kind {
    /** Điểm chấm trực tiếp: points typed, 0 … maximum, optionally in steps (0.25). */
    CCHC_RULE_MANUAL = 1,
    /** Đạt / Không đạt: points for yes and for no. */
    CCHC_RULE_YES_NO = 2,
    /** Kịp thời / không kịp thời / không thực hiện: a date against a deadline. */
    CCHC_RULE_DEADLINE = 3,
    /** Bands on a rate in %: "trên 90%: 2 / từ 70% - 90%: 1 / dưới 70%: 0". */
    CCHC_RULE_RATE_BANDS = 4,
    /** Tỷ lệ = a/b; Điểm = Tỷ lệ × Điểm tối đa, with an optional floor and cap. */
    CCHC_RULE_PROPORTIONAL = 5,
    /** Stepped counts: "họp 4 lần/năm: 20 / 3 lần: 15 / … / còn lại: 0". */
    CCHC_RULE_COUNT_LEVELS = 6,
    /** Điểm trừ: the maximum less a number of points per event, never below 0. */
    CCHC_RULE_DEDUCTION = 7,
    /** Điều tra xã hội học: answer counts × option weights → mean × maximum. */
    CCHC_RULE_SURVEY = 8
};

/** The outcomes of rules that give fixed points per outcome. */
enum cchc_rule_outcome {
    CCHC_OUTCOME_YES = 1,       /**< yes/no: đạt yêu cầu (default: the maximum) */
    CCHC_OUTCOME_NO = 2,        /**< yes/no: không đạt yêu cầu (default 0) */
    CCHC_OUTCOME_ON_TIME = 3,   /**< deadline: kịp thời, on or before the deadline (default: the maximum) */
    CCHC_OUTCOME_LATE = 4,      /**< deadline: không kịp thời, after it (default 0) */
    CCHC_OUTCOME_MISSING = 5,   /**< deadline: không thực hiện / không ban hành (default 0) */
    CCHC_OUTCOME_OTHERWISE = 6  /**< count levels: còn lại, a count below every level (default 0) */
};

/** Where a rule's input comes from. */
enum cchc_rule_source {
    /** The unit states it in its scorecard (the default). */
    CCHC_SOURCE_TYPED = 1,
    /**
     * Mức độ thực hiện kế hoạch CCHC: the plan's due tasks that are done, as a
     * ratio done / due (progress.h), computed by cchc_scorecard_apply_plan().
     * For rate bands, proportional, yes/no (yes when all due tasks are done)
     * and count levels (the number done).
     */
    CCHC_SOURCE_PLAN_COMPLETION = 2,
    /**
     * Báo cáo đúng thời gian quy định: the plan calendar's periodic reports
     * sent on time to Sở Nội vụ, as a ratio on time / due (period.h),
     * computed by cchc_scorecard_apply_plan(). For rate bands, proportional,
     * yes/no (yes when every due report was on time), count levels (the number
     * on time) and deductions (one event per report late or missing).
     */
    CCHC_SOURCE_PLAN_REPORTS = 3
};

/* ---- the scheme ---------------------------------------------------------- */

/**
 * cchc_scheme_new:
 * Creates an empty scheme (no id, year 0, no components, nodes or bands),
 * owned by the caller and freed with cchc_scheme_free(). Never returns NULL.
 */
CCHC_API cchc_scheme *cchc_scheme_new(void);

/**
 * cchc_scheme_copy:
 * @out: receives a deep copy owned by the caller; NULL on failure.
 * Returns: CCHC_OK or CCHC_EINVAL (NULL argument).
 */
CCHC_API int cchc_scheme_copy(cchc_scheme **out, const cchc_scheme *scheme);

/** Frees the scheme with everything it holds. NULL is a no-op. */
CCHC_API void cchc_scheme_free(cchc_scheme *scheme);

/** Returns: the scheme's id ("hai-duong-so-2023"), borrowed ("" when unset). */
CCHC_API const char *cchc_scheme_id(const cchc_scheme *scheme);
/** Returns: the scheme's name, borrowed ("" when unset). */
CCHC_API const char *cchc_scheme_name(const cchc_scheme *scheme);
/** Returns: a free description (for a sample: that it is one), borrowed. */
CCHC_API const char *cchc_scheme_description(const cchc_scheme *scheme);
/** Returns: the legal basis as written ("Quyết định 3396/QĐ-UBND ngày 15/12/2022 …"), borrowed. */
CCHC_API const char *cchc_scheme_basis(const cchc_scheme *scheme);
/** Returns: the year the scheme scores (2023), 0 when unset. */
CCHC_API int cchc_scheme_year(const cchc_scheme *scheme);

/**
 * cchc_scheme_set_id:
 * @id: 1–64 ASCII letters, digits, '.', '-' or '_' (scorecards name their
 *      scheme by it), or "" / NULL to clear.
 * Returns: CCHC_OK; CCHC_EINVAL for a NULL scheme or a malformed id.
 */
CCHC_API int cchc_scheme_set_id(cchc_scheme *scheme, const char *id);

/**
 * cchc_scheme_set_name, cchc_scheme_set_description, cchc_scheme_set_basis:
 * Replace a text field with a copy of @value; NULL is taken as "".
 * Returns: CCHC_OK, or CCHC_EINVAL for a NULL scheme or non-UTF-8 text.
 */
CCHC_API int cchc_scheme_set_name(cchc_scheme *scheme, const char *value);
CCHC_API int cchc_scheme_set_description(cchc_scheme *scheme, const char *value);
CCHC_API int cchc_scheme_set_basis(cchc_scheme *scheme, const char *value);

/**
 * cchc_scheme_set_year:
 * @year: 1900 … 9999, or 0 to clear.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for other years.
 */
CCHC_API int cchc_scheme_set_year(cchc_scheme *scheme, int year);

/* ---- unit kinds ---------------------------------------------------------- */

/*
 * The kinds of unit the scheme scores, as the province names them: free ids
 * such as "department" (sở, ban, ngành) or "district" (UBND cấp huyện).
 * Scorecards carry their unit's kind; ranking can group by it.
 */

/** Returns: the number of unit kinds. */
CCHC_API size_t cchc_scheme_unit_kind_count(const cchc_scheme *scheme);
/** Returns: unit kind @index (order added), borrowed; NULL when out of range. */
CCHC_API const char *cchc_scheme_unit_kind_at(const cchc_scheme *scheme, size_t index);
/** Returns: 1 when the scheme lists @kind, else 0. */
CCHC_API int cchc_scheme_has_unit_kind(const cchc_scheme *scheme, const char *kind);

/**
 * cchc_scheme_add_unit_kind:
 * @kind: 1–64 ASCII letters, digits, '.', '-' or '_'.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or a malformed kind; CCHC_EEXISTS
 * when listed already.
 */
CCHC_API int cchc_scheme_add_unit_kind(cchc_scheme *scheme, const char *kind);

/**
 * cchc_scheme_remove_unit_kind:
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ENOTFOUND when not listed.
 */
CCHC_API int cchc_scheme_remove_unit_kind(cchc_scheme *scheme, const char *kind);

/* ---- components ---------------------------------------------------------- */

/*
 * A component is a part of the total with its own maximum: "appraised"
 * (điểm thẩm định, the points the unit self-assesses and the appraiser
 * checks) and "survey" (điểm điều tra xã hội học), for instance 70 + 30.
 * Each leaf's points belong to one component. An optional component may be
 * missing from a scorecard altogether (Hà Nội: "without the survey the
 * appraised score is rescaled to 100"); its leaves then leave the maximum.
 */

/** Returns: the number of components. */
CCHC_API size_t cchc_scheme_component_count(const cchc_scheme *scheme);
/** Returns: component @index (order added), borrowed; NULL when out of range. */
CCHC_API cchc_component *cchc_scheme_component_at(const cchc_scheme *scheme, size_t index);
/** Returns: the component with id @id, borrowed; NULL when there is none. */
CCHC_API cchc_component *cchc_scheme_find_component(const cchc_scheme *scheme, const char *id);

/**
 * cchc_scheme_add_component:
 * @out: receives the new component, borrowed from the scheme; NULL on
 *       failure. May be NULL when the caller does not need it.
 * @id: 1–64 ASCII letters, digits, '.', '-' or '_' ("appraised").
 * @label: the Vietnamese name ("Điểm thẩm định"), UTF-8.
 * @maximum: the component's maximum points, 0 … 1000, at most two decimals.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, a malformed id or non-UTF-8 text;
 * CCHC_ERANGE for a maximum that is NaN, out of range or has more than two
 * decimals; CCHC_EEXISTS when the id is taken.
 */
CCHC_API int cchc_scheme_add_component(cchc_component **out, cchc_scheme *scheme,
                                       const char *id, const char *label, double maximum);

/**
 * cchc_scheme_remove_component:
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ENOTFOUND when absent;
 * CCHC_EINUSE when a node names it (the message names the first such node).
 */
CCHC_API int cchc_scheme_remove_component(cchc_scheme *scheme, const char *id);

/** Returns: the component's id, borrowed ("" for NULL). */
CCHC_API const char *cchc_component_id(const cchc_component *component);
/** Returns: the component's label, borrowed ("" when unset). */
CCHC_API const char *cchc_component_label(const cchc_component *component);
/** Returns: the component's maximum points (0 for NULL). */
CCHC_API double cchc_component_maximum(const cchc_component *component);
/** Returns: 1 when the component may be missing from a scorecard, else 0. */
CCHC_API int cchc_component_is_optional(const cchc_component *component);

/** Sets the label (copied; NULL = ""). Returns: CCHC_OK or CCHC_EINVAL (NULL, non-UTF-8). */
CCHC_API int cchc_component_set_label(cchc_component *component, const char *label);
/**
 * cchc_component_set_maximum:
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE as for cchc_scheme_add_component().
 */
CCHC_API int cchc_component_set_maximum(cchc_component *component, double maximum);
/** Sets whether the component may be missing (0 or 1). Returns: CCHC_OK or CCHC_EINVAL. */
CCHC_API int cchc_component_set_optional(cchc_component *component, int optional);

/* ---- the tree of nodes --------------------------------------------------- */

/** Returns: the number of nodes at every depth. */
CCHC_API size_t cchc_scheme_node_count(const cchc_scheme *scheme);
/** Returns: node @index in code order, borrowed; NULL when out of range. */
CCHC_API cchc_node *cchc_scheme_node_at(const cchc_scheme *scheme, size_t index);
/** Returns: the node with code @code, borrowed; NULL when there is none. */
CCHC_API cchc_node *cchc_scheme_find_node(const cchc_scheme *scheme, const char *code);
/** Returns: the number of top-level nodes (the areas). */
CCHC_API size_t cchc_scheme_root_count(const cchc_scheme *scheme);
/** Returns: top-level node @index in code order, borrowed; NULL when out of range. */
CCHC_API cchc_node *cchc_scheme_root_at(const cchc_scheme *scheme, size_t index);

/**
 * cchc_scheme_maximum:
 * Returns: the sum of the top-level nodes' maxima (normally 100), summed in
 * code order; 0 for NULL.
 */
CCHC_API double cchc_scheme_maximum(const cchc_scheme *scheme);

/**
 * cchc_scheme_add_node:
 * @out: receives the new node, borrowed from the scheme; NULL on failure.
 *       May be NULL when the caller does not need it.
 * @code: "1", "1.2", "1.2.3": positive numbers without leading zeros joined
 *        by dots, at most CCHC_NODE_MAX_DEPTH of them. A code with dots
 *        needs its parent ("1.2" for "1.2.3") in the scheme already.
 * @label: the Vietnamese label, non-empty UTF-8.
 * @maximum: the maximum points, 0 … 1000, at most two decimals.
 *
 * The node starts with no component of its own (it inherits its parent's),
 * evidence not required, not allowed to be not applicable, and no rule. A
 * node that gets children stops being a leaf: its rule, if any, is then a
 * problem that cchc_scheme_check() reports.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, a malformed code, or an empty or
 * non-UTF-8 label; CCHC_ERANGE for a maximum that is NaN, out of range or
 * has more than two decimals, or a code deeper than CCHC_NODE_MAX_DEPTH;
 * CCHC_EEXISTS when the code is taken; CCHC_ENOTFOUND when the parent is
 * missing.
 */
CCHC_API int cchc_scheme_add_node(cchc_node **out, cchc_scheme *scheme, const char *code,
                                  const char *label, double maximum);

/**
 * cchc_scheme_remove_node:
 * Removes and frees the node @code with all its descendants (borrowed
 * pointers to them become invalid).
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ENOTFOUND when absent.
 */
CCHC_API int cchc_scheme_remove_node(cchc_scheme *scheme, const char *code);

/** Returns: the node's code ("1.2.3"), borrowed ("" for NULL). */
CCHC_API const char *cchc_node_code(const cchc_node *node);
/** Returns: the Vietnamese label, borrowed ("" for NULL). */
CCHC_API const char *cchc_node_label(const cchc_node *node);
/** Returns: the English label, borrowed ("" when unset). */
CCHC_API const char *cchc_node_label_en(const cchc_node *node);
/** Returns: guidance text (cách chấm, tài liệu kiểm chứng cần có), borrowed ("" when unset). */
CCHC_API const char *cchc_node_description(const cchc_node *node);
/** Returns: the maximum points (điểm tối đa); 0 for NULL. */
CCHC_API double cchc_node_maximum(const cchc_node *node);
/** Returns: the id of the component the node names itself, borrowed; "" when it inherits. */
CCHC_API const char *cchc_node_component(const cchc_node *node);
/**
 * cchc_node_effective_component:
 * Returns: the node's component, else the nearest ancestor's, borrowed; ""
 * when neither the node nor an ancestor names one.
 */
CCHC_API const char *cchc_node_effective_component(const cchc_node *node);
/** Returns: 1 when the node requires evidence (tài liệu kiểm chứng), else 0. */
CCHC_API int cchc_node_evidence_required(const cchc_node *node);
/** Returns: 1 when a scorecard may declare the node not applicable, else 0. */
CCHC_API int cchc_node_may_be_not_applicable(const cchc_node *node);
/** Returns: the depth: 1 for an area, 2 for a criterion, …; 0 for NULL. */
CCHC_API int cchc_node_depth(const cchc_node *node);
/** Returns: the parent node, borrowed; NULL for a top-level node or NULL. */
CCHC_API cchc_node *cchc_node_parent(const cchc_node *node);
/** Returns: the number of children. */
CCHC_API size_t cchc_node_child_count(const cchc_node *node);
/** Returns: child @index in code order, borrowed; NULL when out of range. */
CCHC_API cchc_node *cchc_node_child_at(const cchc_node *node, size_t index);
/** Returns: 1 when the node has no children, else 0 (0 for NULL). */
CCHC_API int cchc_node_is_leaf(const cchc_node *node);
/**
 * cchc_node_area:
 * Returns: the number of the top-level node the node lies under when it is
 * 1 … 7 (one of the seven areas, area.h), else 0.
 */
CCHC_API int cchc_node_area(const cchc_node *node);

/**
 * cchc_node_set_label, cchc_node_set_label_en, cchc_node_set_description:
 * Replace a text field with a copy of @value; NULL is taken as "".
 * Returns: CCHC_OK; CCHC_EINVAL for a NULL node, non-UTF-8 text, or an
 * empty Vietnamese label.
 */
CCHC_API int cchc_node_set_label(cchc_node *node, const char *value);
CCHC_API int cchc_node_set_label_en(cchc_node *node, const char *value);
CCHC_API int cchc_node_set_description(cchc_node *node, const char *value);

/**
 * cchc_node_set_maximum:
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE as for cchc_scheme_add_node().
 */
CCHC_API int cchc_node_set_maximum(cchc_node *node, double maximum);

/**
 * cchc_node_set_component:
 * @id: a component id of the scheme, or "" / NULL to inherit the parent's.
 * Returns: CCHC_OK; CCHC_EINVAL for a NULL node; CCHC_ENOTFOUND when the
 * scheme has no such component.
 */
CCHC_API int cchc_node_set_component(cchc_node *node, const char *id);

/** Sets whether evidence is required (0 or 1). Returns: CCHC_OK or CCHC_EINVAL. */
CCHC_API int cchc_node_set_evidence_required(cchc_node *node, int required);
/** Sets whether the node may be not applicable (0 or 1). Returns: CCHC_OK or CCHC_EINVAL. */
CCHC_API int cchc_node_set_may_be_not_applicable(cchc_node *node, int allowed);

/* ---- rules --------------------------------------------------------------- */

/** Returns: the node's rule, borrowed and editable; NULL when it has none. */
CCHC_API cchc_rule *cchc_node_rule(const cchc_node *node);

/**
 * cchc_node_set_rule:
 * @out: receives the new rule, borrowed from the node (valid until the rule
 *       is replaced or cleared or the node removed); NULL on failure. May be
 *       NULL when the caller does not need it.
 * @kind: a cchc_rule_kind.
 *
 * Replaces the node's rule with a new one of @kind and its defaults: yes and
 * on time earn the maximum, every other outcome 0; no step, floor or bands;
 * source CCHC_SOURCE_TYPED.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or an unknown kind.
 */
CCHC_API int cchc_node_set_rule(cchc_rule **out, cchc_node *node, int kind);

/** Removes the node's rule. Returns: CCHC_OK or CCHC_EINVAL (NULL). */
CCHC_API int cchc_node_clear_rule(cchc_node *node);

/** Returns: the cchc_rule_kind (0 for NULL). */
CCHC_API int cchc_rule_kind(const cchc_rule *rule);
/** Returns: the node the rule belongs to, borrowed; NULL for NULL. */
CCHC_API cchc_node *cchc_rule_node(const cchc_rule *rule);
/** Returns: the cchc_rule_source (0 for NULL). */
CCHC_API int cchc_rule_source(const cchc_rule *rule);
/** Returns: the wording of the rule as the decision writes it ("Ban hành kịp thời: 1 / …"), borrowed. */
CCHC_API const char *cchc_rule_wording(const cchc_rule *rule);

/**
 * cchc_rule_set_source:
 * @source: a cchc_rule_source. Which kinds accept which source is checked by
 *          cchc_scheme_check(), not here.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or an unknown source.
 */
CCHC_API int cchc_rule_set_source(cchc_rule *rule, int source);

/** Sets the wording (copied; NULL = ""). Returns: CCHC_OK or CCHC_EINVAL (NULL, non-UTF-8). */
CCHC_API int cchc_rule_set_wording(cchc_rule *rule, const char *wording);

/**
 * cchc_rule_outcome_points:
 * Returns: the points of @outcome (a cchc_rule_outcome): for yes and on
 * time, the node's maximum unless set otherwise; else 0 unless set. 0 for
 * NULL or an unknown outcome.
 */
CCHC_API double cchc_rule_outcome_points(const cchc_rule *rule, int outcome);

/**
 * cchc_rule_set_outcome_points:
 * Sets the points of @outcome: yes/no outcomes on a yes/no rule, on time /
 * late / missing on a deadline rule, otherwise on a count-levels rule.
 * Whether the points fit the node's maximum is checked by cchc_scheme_check().
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, an unknown outcome or one the
 * rule's kind does not have; CCHC_ERANGE for NaN or negative points.
 */
CCHC_API int cchc_rule_set_outcome_points(cchc_rule *rule, int outcome, double points);

/** Returns: the deadline of a deadline rule, "YYYY-MM-DD", borrowed ("" when unset). */
CCHC_API const char *cchc_rule_deadline(const cchc_rule *rule);
/**
 * cchc_rule_set_deadline:
 * @date: "YYYY-MM-DD" (the last day that is on time), or "" / NULL to clear.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, a rule of another kind, or a bad date.
 */
CCHC_API int cchc_rule_set_deadline(cchc_rule *rule, const char *date);

/** Returns: the step of a manual rule (0.25), 0 when any value is allowed. */
CCHC_API double cchc_rule_step(const cchc_rule *rule);
/**
 * cchc_rule_set_step:
 * @step: 0 (any value) or 0.01 … the maximum, at most two decimals.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or a rule that is not manual;
 * CCHC_ERANGE for NaN, a negative step or more than two decimals.
 */
CCHC_API int cchc_rule_set_step(cchc_rule *rule, double step);

/* Rate bands. Each band has its two edges, each open or closed as written:
 * "trên 90%" is (90, 100], "từ 70% - 90%" is [70, 90], "dưới 70%" is
 * [0, 70). cchc_scheme_check() requires the bands to cover 0 … 100 % without
 * gaps or overlaps. */

/** Returns: the number of bands of a rate-bands rule. */
CCHC_API size_t cchc_rule_band_count(const cchc_rule *rule);
/** Returns: band @index's lower edge in % (0 when out of range). */
CCHC_API double cchc_rule_band_lower(const cchc_rule *rule, size_t index);
/** Returns: 1 when band @index includes its lower edge ("từ", "≥"), else 0. */
CCHC_API int cchc_rule_band_lower_inclusive(const cchc_rule *rule, size_t index);
/** Returns: band @index's upper edge in % (0 when out of range). */
CCHC_API double cchc_rule_band_upper(const cchc_rule *rule, size_t index);
/** Returns: 1 when band @index includes its upper edge ("đến", "≤"), else 0. */
CCHC_API int cchc_rule_band_upper_inclusive(const cchc_rule *rule, size_t index);
/** Returns: band @index's points (0 when out of range). */
CCHC_API double cchc_rule_band_points(const cchc_rule *rule, size_t index);

/**
 * cchc_rule_add_band:
 * @lower, @upper: the edges in %, 0 ≤ lower ≤ upper ≤ 100.
 * @lower_inclusive, @upper_inclusive: 1 when the edge belongs to the band.
 * @points: the points of a rate in the band, ≥ 0.
 * Bands are kept ordered by their lower edge (closed before open).
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or a rule that is not rate bands;
 * CCHC_ERANGE for NaN, edges out of order or out of 0 … 100, an empty band
 * (lower = upper without both edges closed), or negative points.
 */
CCHC_API int cchc_rule_add_band(cchc_rule *rule, double lower, int lower_inclusive,
                                double upper, int upper_inclusive, double points);

/** Removes band @index. Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for a bad index. */
CCHC_API int cchc_rule_remove_band(cchc_rule *rule, size_t index);

/** Returns: a proportional rule's floor in %: a rate strictly below it earns 0 (0 = no floor). */
CCHC_API double cchc_rule_floor(const cchc_rule *rule);
/**
 * cchc_rule_set_floor:
 * @percent: 0 … 100.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or a rule that is not proportional;
 * CCHC_ERANGE for NaN or out of range.
 */
CCHC_API int cchc_rule_set_floor(cchc_rule *rule, double percent);

/**
 * cchc_rule_cap:
 * Returns: a proportional rule's cap in points (the most it gives whatever
 * the rate, even above 100 %); the node's maximum when unset.
 */
CCHC_API double cchc_rule_cap(const cchc_rule *rule);
/** Returns: 1 when a cap is set explicitly, else 0. */
CCHC_API int cchc_rule_has_cap(const cchc_rule *rule);
/**
 * cchc_rule_set_cap:
 * @points: the cap, ≥ 0; a negative value clears it (the maximum applies).
 * Whether it fits the maximum is checked by cchc_scheme_check().
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or a rule that is not proportional;
 * CCHC_ERANGE for NaN.
 */
CCHC_API int cchc_rule_set_cap(cchc_rule *rule, double points);

/* Count levels: a count earns the points of the highest level it reaches
 * ("4 lần: 20" — four or more); below every level, the OTHERWISE outcome. */

/** Returns: the number of levels of a count-levels rule. */
CCHC_API size_t cchc_rule_level_count(const cchc_rule *rule);
/** Returns: level @index's least count, levels ordered by it (0 when out of range). */
CCHC_API size_t cchc_rule_level_min_count(const cchc_rule *rule, size_t index);
/** Returns: level @index's points (0 when out of range). */
CCHC_API double cchc_rule_level_points(const cchc_rule *rule, size_t index);
/**
 * cchc_rule_add_level:
 * @min_count: the least count that reaches the level.
 * @points: its points, ≥ 0.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or a rule that is not count
 * levels; CCHC_ERANGE for NaN or negative points; CCHC_EEXISTS when a level
 * has the same count.
 */
CCHC_API int cchc_rule_add_level(cchc_rule *rule, size_t min_count, double points);
/** Removes level @index. Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for a bad index. */
CCHC_API int cchc_rule_remove_level(cchc_rule *rule, size_t index);

/** Returns: a deduction rule's points per event ("trừ 0,5 điểm/lần"); 0 when unset. */
CCHC_API double cchc_rule_per_event(const cchc_rule *rule);
/**
 * cchc_rule_set_per_event:
 * @points: > 0.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or a rule that is not a deduction;
 * CCHC_ERANGE for NaN or points ≤ 0.
 */
CCHC_API int cchc_rule_set_per_event(cchc_rule *rule, double points);

/* Survey options: the answers of a question with their weights (A 100 %,
 * B 60 %, C 20 %, D 0 % → 1, 0.6, 0.2, 0). */

/** Returns: the number of options of a survey rule. */
CCHC_API size_t cchc_rule_option_count(const cchc_rule *rule);
/** Returns: option @index's id ("A"), borrowed; NULL when out of range. */
CCHC_API const char *cchc_rule_option_id(const cchc_rule *rule, size_t index);
/** Returns: option @index's label ("Rất hài lòng"), borrowed; NULL when out of range. */
CCHC_API const char *cchc_rule_option_label(const cchc_rule *rule, size_t index);
/** Returns: option @index's weight, 0 … 1 (0 when out of range). */
CCHC_API double cchc_rule_option_weight(const cchc_rule *rule, size_t index);
/**
 * cchc_rule_add_option:
 * @id: 1–64 ASCII letters, digits, '.', '-' or '_'.
 * @label: UTF-8, may be "" or NULL.
 * @weight: 0 … 1.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, a rule that is not a survey, a
 * malformed id or non-UTF-8 label; CCHC_ERANGE for NaN or a weight out of
 * range; CCHC_EEXISTS when the id is taken.
 */
CCHC_API int cchc_rule_add_option(cchc_rule *rule, const char *id, const char *label,
                                  double weight);
/** Removes option @index. Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for a bad index. */
CCHC_API int cchc_rule_remove_option(cchc_rule *rule, size_t index);

/**
 * cchc_rule_describe:
 * @out: receives a one-line English description of the rule with its figures
 *       ("rate bands: (90, 100] → 2; [70, 90] → 1; [0, 70) → 0"), freed with
 *       cchc_free(); NULL on failure.
 * Returns: CCHC_OK or CCHC_EINVAL.
 */
CCHC_API int cchc_rule_describe(char **out, const cchc_rule *rule);

/** Returns: the rule kind's file name ("manual", "yes_no", "deadline", "rate_bands", "proportional", "count_levels", "deduction", "survey"), static; "" if unknown. */
CCHC_API const char *cchc_rule_kind_name(int kind);
/** Returns: the cchc_rule_kind named @name, or 0 when NULL or unknown. */
CCHC_API int cchc_rule_kind_from_name(const char *name);
/** Returns: the source's file name ("typed", "plan_completion", "plan_reports"), static; "" if unknown. */
CCHC_API const char *cchc_rule_source_name(int source);
/** Returns: the cchc_rule_source named @name, or 0 when NULL or unknown. */
CCHC_API int cchc_rule_source_from_name(const char *name);
/** Returns: the outcome's file name ("yes", "no", "on_time", "late", "missing", "otherwise"), static; "" if unknown. */
CCHC_API const char *cchc_rule_outcome_name(int outcome);
/** Returns: the cchc_rule_outcome named @name, or 0 when NULL or unknown. */
CCHC_API int cchc_rule_outcome_from_name(const char *name);

/* ---- bands (xếp loại) ---------------------------------------------------- */

/*
 * The band table puts a unit's index into a group by its share of the
 * maximum ("so với điểm tối đa"): each band has a label and a lower bound in
 * %, inclusive or not (Hải Dương 2022: "≥ 90 %", "80 – < 90 %", "< 80 %" are
 * the bands {90, inclusive}, {80, inclusive}, {0, inclusive}). A band
 * reaches up to the next band's bound, so bands cannot overlap; the lowest
 * must start at 0 % inclusive for the table to cover 0 … 100 %.
 * Bands are kept ordered from the highest bound down.
 */

/** Returns: the number of bands. */
CCHC_API size_t cchc_scheme_band_count(const cchc_scheme *scheme);
/** Returns: band @index's label ("Nhóm I", "Tốt"), borrowed; NULL when out of range. */
CCHC_API const char *cchc_scheme_band_label(const cchc_scheme *scheme, size_t index);
/** Returns: band @index's lower bound in % (0 when out of range). */
CCHC_API double cchc_scheme_band_lower(const cchc_scheme *scheme, size_t index);
/** Returns: 1 when band @index includes its lower bound, else 0. */
CCHC_API int cchc_scheme_band_lower_inclusive(const cchc_scheme *scheme, size_t index);

/**
 * cchc_scheme_add_band:
 * @label: non-empty UTF-8, unique in the table.
 * @lower: 0 … 100.
 * @lower_inclusive: 1 for "từ … trở lên" / "≥", 0 for "trên" / ">".
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, an empty or non-UTF-8 label;
 * CCHC_ERANGE for NaN or a bound out of range; CCHC_EEXISTS when the label,
 * or the same bound with the same inclusiveness, is taken.
 */
CCHC_API int cchc_scheme_add_band(cchc_scheme *scheme, const char *label, double lower,
                                  int lower_inclusive);

/** Removes band @index. Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for a bad index. */
CCHC_API int cchc_scheme_remove_band(cchc_scheme *scheme, size_t index);

/**
 * cchc_scheme_band_for:
 * @out_index: receives the index of the band that holds @percent.
 * @percent: an index in %, compared unrounded.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or NaN; CCHC_ENOTFOUND when no
 * band holds it (an empty table, or one that leaves a gap at the bottom).
 */
CCHC_API int cchc_scheme_band_for(size_t *out_index, const cchc_scheme *scheme, double percent);

/* ---- checking ------------------------------------------------------------ */

/**
 * cchc_scheme_check:
 * @diags: receives one entry per finding, appended after what it holds.
 *
 * Checks the scheme as a whole: a parent's maximum equals the sum of its
 * children's (within 0.005) — "scheme.sum-mismatch"; each component's
 * maximum equals the sum of its leaves' — "scheme.component-sum-mismatch";
 * every leaf has a rule and a component when the scheme has components —
 * "scheme.leaf-without-rule", "scheme.no-component"; parents carry no rule —
 * "scheme.rule-on-parent"; rules fit their maximum — "scheme.rule-over-maximum",
 * "scheme.rule-unreachable" (warning), "scheme.rule-incomplete",
 * "scheme.rule-band-gap", "scheme.rule-band-overlap", "scheme.rule-step",
 * "scheme.rule-source"; the band table covers 0 … 100 % — "scheme.band-gap",
 * "scheme.no-bands" (warning); and the header — "scheme.no-id". The full
 * list, with an example of each, is in docs/scoring.md. For a scheme loaded
 * from JSON the entries carry the file, line, column and JSON path of the
 * node, rule or band concerned.
 *
 * Returns: CCHC_OK (findings are diagnostics, not failures: count the
 * errors with cchc_diagnostics_count_severity()) or CCHC_EINVAL for NULL.
 */
CCHC_API int cchc_scheme_check(const cchc_scheme *scheme, cchc_diagnostics *diags);

/* ---- the JSON scheme format ("format": "cchc-scheme", "version": 1) ------ */

/**
 * cchc_scheme_load_file:
 * @out: receives the scheme, owned by the caller (cchc_scheme_free()); NULL on failure.
 * @path: the file to read.
 * @diags: a list that receives warnings and errors, or NULL.
 *
 * Reads the document (docs/file-formats.md, docs/schema/cchc-scheme.schema.json)
 * and runs cchc_scheme_check() on it. The first structural problem stops the
 * load; a scheme that reads but fails the check is refused too, after every
 * finding of the check went to @diags. The last error message names the
 * file, line, column and JSON path of the first error. Unknown keys are
 * warnings.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL arguments; CCHC_EIO when the file
 * cannot be read; CCHC_EENCODING for invalid UTF-8; CCHC_EPARSE for broken
 * JSON; CCHC_EVERSION for a version this library cannot read; CCHC_EFORMAT
 * for a wrong document or one that fails the check; CCHC_ELIMIT for input
 * past the default limits (include/cchc/limits.h: a file larger than
 * input_bytes is refused before it is read, nesting, string length).
 */
CCHC_API int cchc_scheme_load_file(cchc_scheme **out, const char *path, cchc_diagnostics *diags);

/**
 * cchc_scheme_load_data:
 * @out: as for cchc_scheme_load_file().
 * @data: the document's bytes (need not be NUL-terminated).
 * @size: the number of bytes.
 * @source_name: a name used in messages in place of a file name, or NULL for "<data>".
 * @diags: a list that receives warnings and errors, or NULL.
 * Returns: as cchc_scheme_load_file(), without CCHC_EIO.
 */
CCHC_API int cchc_scheme_load_data(cchc_scheme **out, const char *data, size_t size,
                                   const char *source_name, cchc_diagnostics *diags);

/**
 * cchc_scheme_save_file:
 * Writes @scheme to @path atomically (deterministic bytes: loading and saving
 * a saved file gives the same bytes).
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_EIO when the file cannot be
 * written (the old file is kept).
 */
CCHC_API int cchc_scheme_save_file(const cchc_scheme *scheme, const char *path);

/**
 * cchc_scheme_save_data:
 * @out: receives the NUL-terminated document, freed with cchc_free(); NULL on failure.
 * @out_size: receives its length in bytes without the NUL, or NULL.
 * Returns: CCHC_OK or CCHC_EINVAL.
 */
CCHC_API int cchc_scheme_save_data(char **out, size_t *out_size, const cchc_scheme *scheme);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_SCHEME_H */
