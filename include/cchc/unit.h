/*
 * libcchc — units (phòng, đơn vị) and the group words that stand for several.
 *
 * A unit is a division, the office, an agency, the inspectorate, the
 * leadership, or an external body that a plan names as lead (chủ trì) or
 * coordinating (phối hợp) unit. Its id is a stable ASCII key chosen by whoever
 * writes the plan ("van-phong"); its name is the Vietnamese name as written.
 *
 * A plan refers to units by *reference*: either a unit id, or one of the group
 * tokens below for the group words of real plans ("Các phòng, đơn vị thuộc
 * Sở"). Group tokens start with '@', which unit ids may not.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_UNIT_H
#define CCHC_UNIT_H

#include "cchc/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cchc_unit cchc_unit;

/** What kind of body a unit is. */
enum cchc_unit_kind {
    CCHC_UNIT_DIVISION = 1,     /**< phòng chuyên môn (a division of the department) */
    CCHC_UNIT_OFFICE = 2,       /**< Văn phòng Sở (the department's office) */
    CCHC_UNIT_AGENCY = 3,       /**< đơn vị sự nghiệp (a public-service agency) */
    CCHC_UNIT_INSPECTORATE = 4, /**< Thanh tra Sở (the department's inspectorate) */
    CCHC_UNIT_EXTERNAL = 5,     /**< a body outside the department (UBND tỉnh, Sở Nội vụ, …) */
    CCHC_UNIT_LEADERSHIP = 6    /**< Ban Giám đốc / Lãnh đạo Sở */
};

/** Group words, each standing for several units. */
enum cchc_unit_group {
    /** "Các phòng, đơn vị thuộc Sở": every unit of the department (all but external). */
    CCHC_GROUP_INTERNAL = 1,
    /** "Các phòng, đơn vị liên quan": the related units, left unspecified by the plan. */
    CCHC_GROUP_RELATED = 2,
    /** "Các phòng chuyên môn": every division. */
    CCHC_GROUP_DIVISIONS = 3,
    /** "Các phòng, đơn vị có TTHC": the units that handle administrative procedures (unspecified). */
    CCHC_GROUP_PROCEDURES = 4
};

/**
 * cchc_unit_new:
 * @out: receives the new unit, owned by the caller and freed with
 *       cchc_unit_free(); set to NULL on failure.
 * @id: a stable key: 1–64 ASCII letters, digits, '.', '-' or '_', not
 *      starting with '@'.
 * @name: the full name as written, non-empty UTF-8 ("Văn phòng Sở").
 * @kind: a cchc_unit_kind.
 *
 * Returns: CCHC_OK, or CCHC_EINVAL for a NULL argument, a malformed id, an
 * empty or non-UTF-8 name or an unknown kind (the message says which).
 */
CCHC_API int cchc_unit_new(cchc_unit **out, const char *id, const char *name, int kind);

/**
 * cchc_unit_copy:
 * @out: receives a detached deep copy owned by the caller; NULL on failure.
 * Returns: CCHC_OK or CCHC_EINVAL (NULL argument).
 */
CCHC_API int cchc_unit_copy(cchc_unit **out, const cchc_unit *unit);

/** Frees a unit the caller owns. Never pass a unit borrowed from a plan. NULL is a no-op. */
CCHC_API void cchc_unit_free(cchc_unit *unit);

/** Returns: the id, borrowed ("" for NULL). Ids never change. */
CCHC_API const char *cchc_unit_id(const cchc_unit *unit);
/** Returns: the full name, borrowed ("" for NULL). */
CCHC_API const char *cchc_unit_name(const cchc_unit *unit);
/** Returns: the short name ("Văn phòng"), borrowed; "" when unset. */
CCHC_API const char *cchc_unit_short_name(const cchc_unit *unit);
/** Returns: the cchc_unit_kind (0 for NULL). */
CCHC_API int cchc_unit_kind(const cchc_unit *unit);
/** Returns: the parent unit's id, borrowed; "" when the unit has no parent. */
CCHC_API const char *cchc_unit_parent(const cchc_unit *unit);
/** Returns: 1 if the unit belongs to the department (any kind but external), else 0. */
CCHC_API int cchc_unit_is_internal(const cchc_unit *unit);

/**
 * cchc_unit_set_name:
 * Replaces the full name (copied). Returns: CCHC_OK, or CCHC_EINVAL for NULL,
 * empty or non-UTF-8 text.
 */
CCHC_API int cchc_unit_set_name(cchc_unit *unit, const char *name);

/**
 * cchc_unit_set_short_name:
 * Sets the short name (copied); "" or NULL clears it.
 * Returns: CCHC_OK, or CCHC_EINVAL for a NULL unit or non-UTF-8 text.
 */
CCHC_API int cchc_unit_set_short_name(cchc_unit *unit, const char *short_name);

/**
 * cchc_unit_set_kind:
 * Returns: CCHC_OK, or CCHC_EINVAL for a NULL unit or an unknown kind.
 */
CCHC_API int cchc_unit_set_kind(cchc_unit *unit, int kind);

/**
 * cchc_unit_set_parent:
 * @parent_id: the parent's id, or "" / NULL for none.
 *
 * For a unit held by a plan the parent must already be in that plan and may
 * not be the unit itself or one of its descendants.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for a NULL unit or a malformed id;
 * CCHC_ENOTFOUND when the unit is in a plan that has no unit @parent_id;
 * CCHC_EINVAL when the parent would make a cycle.
 */
CCHC_API int cchc_unit_set_parent(cchc_unit *unit, const char *parent_id);

/** Returns: the number of aliases (other names the unit is written as). */
CCHC_API size_t cchc_unit_alias_count(const cchc_unit *unit);
/** Returns: alias @index, borrowed; NULL when out of range. */
CCHC_API const char *cchc_unit_alias_at(const cchc_unit *unit, size_t index);

/**
 * cchc_unit_add_alias:
 * Adds another name the unit is written as ("Phòng Phòng, chống TNXH").
 * Names are compared as cchc_plan_resolve_unit() describes (NFC, case
 * folding, dashes, commas and spaces merged, final full stops dropped), so
 * only real variants need listing.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, empty or non-UTF-8 text;
 * CCHC_EEXISTS when the unit already answers to that name.
 */
CCHC_API int cchc_unit_add_alias(cchc_unit *unit, const char *alias);

/**
 * cchc_unit_remove_alias:
 * Returns: CCHC_OK, CCHC_EINVAL (NULL unit) or CCHC_ERANGE (bad index).
 */
CCHC_API int cchc_unit_remove_alias(cchc_unit *unit, size_t index);

/**
 * cchc_unit_kind_name:
 * Returns: the kind's name used in files ("division", "office", "agency",
 * "inspectorate", "external", "leadership") as static text; "" if unknown.
 */
CCHC_API const char *cchc_unit_kind_name(int kind);

/**
 * cchc_unit_kind_from_name:
 * Returns: the cchc_unit_kind named @name (as cchc_unit_kind_name() writes
 * it), or 0 when @name is NULL or not a kind.
 */
CCHC_API int cchc_unit_kind_from_name(const char *name);

/**
 * cchc_group_token:
 * Returns: the reference token of @group ("@internal", "@related",
 * "@divisions", "@procedures") as static text; "" for an unknown group.
 */
CCHC_API const char *cchc_group_token(int group);

/**
 * cchc_group_from_token:
 * Returns: the cchc_unit_group whose token is @token, or 0 when @token is
 * NULL or not a group token (for example a unit id).
 */
CCHC_API int cchc_group_from_token(const char *token);

/**
 * cchc_group_name_vi:
 * Returns: the group's usual Vietnamese wording ("Các phòng, đơn vị thuộc
 * Sở") as static text; "" for an unknown group.
 */
CCHC_API const char *cchc_group_name_vi(int group);

/**
 * cchc_group_is_specified:
 * Returns: 1 when membership of @group follows from the units' kinds
 * (internal, divisions), 0 when the plan leaves it open (related, units with
 * procedures) or @group is unknown.
 */
CCHC_API int cchc_group_is_specified(int group);

/**
 * cchc_group_includes:
 * Returns: 1 when @unit is certainly a member of @group: every non-external
 * unit for CCHC_GROUP_INTERNAL, every division for CCHC_GROUP_DIVISIONS.
 * Always 0 for the unspecified groups, a NULL unit or an unknown group.
 */
CCHC_API int cchc_group_includes(int group, const cchc_unit *unit);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_UNIT_H */
