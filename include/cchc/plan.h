/*
 * libcchc — the yearly CCHC plan (kế hoạch CCHC năm).
 *
 * A plan holds the document's header facts (number, issuing agency, place and
 * date, year, title), the text of its sections (legal basis, purposes and
 * requirements, organisation of the work, signer, recipients), a registry of
 * units and the tasks in order.
 *
 * Ownership: the plan owns its units and tasks. Pointers returned by
 * cchc_plan_unit_at(), cchc_plan_task_at() and the find functions are
 * borrowed: valid until that unit or task is removed or the plan is freed.
 * Adding copies the object given; the caller keeps its own.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_PLAN_H
#define CCHC_PLAN_H

#include "cchc/common.h"
#include "cchc/period.h"
#include "cchc/task.h"
#include "cchc/unit.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cchc_plan cchc_plan;

/**
 * cchc_plan_new:
 * Creates an empty plan (year 0, no units, no tasks), owned by the caller
 * and freed with cchc_plan_free(). Never returns NULL.
 */
CCHC_API cchc_plan *cchc_plan_new(void);

/** Frees the plan with all its units and tasks. NULL is a no-op. */
CCHC_API void cchc_plan_free(cchc_plan *plan);

/* ---- header facts and section text ------------------------------------ */

/** Returns: the document number as written ("/KH-SLĐTBXH"), borrowed. */
CCHC_API const char *cchc_plan_number(const cchc_plan *plan);
/** Returns: the issuing agency ("Sở Lao động - Thương binh và Xã hội"), borrowed. */
CCHC_API const char *cchc_plan_agency(const cchc_plan *plan);
/** Returns: the place of issue ("Hải Dương"), borrowed. */
CCHC_API const char *cchc_plan_place(const cchc_plan *plan);
/** Returns: the issue date "YYYY-MM-DD", borrowed; "" when the document leaves it blank. */
CCHC_API const char *cchc_plan_issue_date(const cchc_plan *plan);
/** Returns: the date line as written ("ngày   tháng 12 năm 2022"), borrowed. */
CCHC_API const char *cchc_plan_issue_date_text(const cchc_plan *plan);
/** Returns: the plan year (2023), 0 when unset. */
CCHC_API int cchc_plan_year(const cchc_plan *plan);
/** Returns: the title, borrowed. */
CCHC_API const char *cchc_plan_title(const cchc_plan *plan);
/** Returns: the preamble with the legal basis (căn cứ), borrowed. */
CCHC_API const char *cchc_plan_basis(const cchc_plan *plan);
/** Returns: section I, purposes and requirements (mục đích, yêu cầu), borrowed. */
CCHC_API const char *cchc_plan_purposes(const cchc_plan *plan);
/** Returns: the organisation of the work (tổ chức thực hiện), borrowed. */
CCHC_API const char *cchc_plan_organisation(const cchc_plan *plan);
/** Returns: the signer's name, borrowed. */
CCHC_API const char *cchc_plan_signer(const cchc_plan *plan);
/** Returns: the signer's title ("Giám đốc"), borrowed. */
CCHC_API const char *cchc_plan_signer_title(const cchc_plan *plan);
/** Returns: the recipients (nơi nhận), one per line, borrowed. */
CCHC_API const char *cchc_plan_recipients(const cchc_plan *plan);

/**
 * cchc_plan_set_number, _set_agency, _set_place, _set_issue_date_text,
 * _set_title, _set_basis, _set_purposes, _set_organisation, _set_signer,
 * _set_signer_title, _set_recipients:
 * Replace a text field with a copy of @value; NULL is taken as "".
 * Returns: CCHC_OK, or CCHC_EINVAL for a NULL plan or non-UTF-8 text.
 */
CCHC_API int cchc_plan_set_number(cchc_plan *plan, const char *value);
CCHC_API int cchc_plan_set_agency(cchc_plan *plan, const char *value);
CCHC_API int cchc_plan_set_place(cchc_plan *plan, const char *value);
CCHC_API int cchc_plan_set_issue_date_text(cchc_plan *plan, const char *value);
CCHC_API int cchc_plan_set_title(cchc_plan *plan, const char *value);
CCHC_API int cchc_plan_set_basis(cchc_plan *plan, const char *value);
CCHC_API int cchc_plan_set_purposes(cchc_plan *plan, const char *value);
CCHC_API int cchc_plan_set_organisation(cchc_plan *plan, const char *value);
CCHC_API int cchc_plan_set_signer(cchc_plan *plan, const char *value);
CCHC_API int cchc_plan_set_signer_title(cchc_plan *plan, const char *value);
CCHC_API int cchc_plan_set_recipients(cchc_plan *plan, const char *value);

/**
 * cchc_plan_set_issue_date:
 * @date: "YYYY-MM-DD" or "" / NULL to clear.
 * Returns: CCHC_OK; CCHC_EINVAL for a NULL plan or a malformed or impossible date.
 */
CCHC_API int cchc_plan_set_issue_date(cchc_plan *plan, const char *date);

/**
 * cchc_plan_set_year:
 * @year: 1900 … 9999, or 0 to clear.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for other years.
 */
CCHC_API int cchc_plan_set_year(cchc_plan *plan, int year);

/**
 * cchc_plan_area_text:
 * Returns: the body text of section II for @area — the plan's narrative of
 * what it will do in that area, with its own lead, coordination and time
 * lines — borrowed; "" when unset or for an invalid area.
 */
CCHC_API const char *cchc_plan_area_text(const cchc_plan *plan, int area);

/**
 * cchc_plan_set_area_text:
 * Replaces the body text of @area with a copy of @value (NULL = "").
 * Returns: CCHC_OK; CCHC_EINVAL for a NULL plan or non-UTF-8 text;
 * CCHC_ERANGE for an area outside 1 … 7.
 */
CCHC_API int cchc_plan_set_area_text(cchc_plan *plan, int area, const char *value);

/* ---- reporting calendar ------------------------------------------------ */

/**
 * cchc_plan_calendar:
 * Returns: the plan's reporting calendar, borrowed and editable; valid until
 * the plan is freed or cchc_plan_set_calendar() replaces it. An empty
 * calendar when the plan has none; NULL only for a NULL plan.
 */
CCHC_API cchc_calendar *cchc_plan_calendar(const cchc_plan *plan);

/**
 * cchc_plan_set_calendar:
 * Replaces the plan's calendar with a copy of @calendar (NULL empties it).
 * Returns: CCHC_OK or CCHC_EINVAL.
 */
CCHC_API int cchc_plan_set_calendar(cchc_plan *plan, const cchc_calendar *calendar);

/* ---- units ------------------------------------------------------------- */

/** Returns: the number of units in the registry. */
CCHC_API size_t cchc_plan_unit_count(const cchc_plan *plan);
/** Returns: unit @index (registry order), borrowed; NULL when out of range. */
CCHC_API cchc_unit *cchc_plan_unit_at(const cchc_plan *plan, size_t index);
/** Returns: the unit with id @id, borrowed; NULL when there is none. */
CCHC_API cchc_unit *cchc_plan_find_unit(const cchc_plan *plan, const char *id);

/**
 * cchc_plan_add_unit:
 * Appends a copy of @unit to the registry.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_EEXISTS when a unit with the
 * same id exists; CCHC_ENOTFOUND when the unit's parent is not yet in the plan.
 */
CCHC_API int cchc_plan_add_unit(cchc_plan *plan, const cchc_unit *unit);

/**
 * cchc_plan_remove_unit:
 * Removes and frees the unit @id (borrowed pointers to it become invalid).
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ENOTFOUND when absent;
 * CCHC_EINUSE when a task refers to it or another unit has it as parent
 * (the message names the first such task or unit).
 */
CCHC_API int cchc_plan_remove_unit(cchc_plan *plan, const char *id);

/**
 * cchc_plan_resolve_unit:
 * @out_ref: receives a reference — a unit id (borrowed from the plan) or a
 *           group token (static) — or NULL on failure.
 * @name: a unit name as written in a plan ("Văn phòng Sở", "Phòng Kế hoạch
 *        Tài chính", "Các phòng, đơn vị thuộc Sở").
 *
 * Resolves one name the way an official reads it: after Unicode NFC
 * normalisation and case folding, with every dash variant (-, –, —, …),
 * comma, semicolon, colon, no-break space and run of spaces taken as one
 * space, and final full stops dropped, it is compared with the group words
 * (see docs/data-model.md), then with each unit's id, name, short name and
 * aliases. A cell that lists several units ("Văn phòng, Thanh tra") is one
 * name here and matches nothing: splitting cells is the importer's work.
 * A group token ("@internal") resolves to itself.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, empty or non-UTF-8 text;
 * CCHC_ENOTFOUND when nothing matches; CCHC_EAMBIGUOUS when the name is
 * shared by several units (the message lists them).
 */
CCHC_API int cchc_plan_resolve_unit(const char **out_ref, const cchc_plan *plan,
                                    const char *name);

/**
 * cchc_plan_ref_is_valid:
 * Returns: 1 when @ref is a group token or the id of a unit in @plan, else 0.
 */
CCHC_API int cchc_plan_ref_is_valid(const cchc_plan *plan, const char *ref);

/**
 * cchc_plan_ref_name:
 * Returns: a displayable name for @ref: the unit's short name (else its
 * name), the group's Vietnamese wording, or @ref itself when unknown; borrowed
 * or static, never NULL ("" for NULL arguments).
 */
CCHC_API const char *cchc_plan_ref_name(const cchc_plan *plan, const char *ref);

/* ---- tasks ------------------------------------------------------------- */

/** Returns: the number of tasks. */
CCHC_API size_t cchc_plan_task_count(const cchc_plan *plan);
/** Returns: task @index in plan order, borrowed; NULL when out of range. */
CCHC_API cchc_task *cchc_plan_task_at(const cchc_plan *plan, size_t index);
/** Returns: the task with key @key, borrowed; NULL when there is none. */
CCHC_API cchc_task *cchc_plan_find_task(const cchc_plan *plan, const char *key);
/** Returns: the first task (plan order) whose id as written is @id, borrowed; NULL if none. */
CCHC_API cchc_task *cchc_plan_find_task_by_id(const cchc_plan *plan, const char *id);

/**
 * cchc_plan_task_index:
 * @out_index: receives the position of the task with key @key; left
 *             unchanged on failure.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ENOTFOUND when absent.
 */
CCHC_API int cchc_plan_task_index(size_t *out_index, const cchc_plan *plan, const char *key);

/**
 * cchc_plan_insert_task:
 * @index: position of the new task, 0 … cchc_plan_task_count() (= append).
 *
 * Inserts a copy of @task. The copy keeps the task's key if it has one that
 * is free in this plan; otherwise it gets the id as key, or the id with
 * "#2", "#3", … appended, or "task-N" when the id is empty.
 * The copy's key is read with cchc_task_key(cchc_plan_task_at(plan, index)).
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for a bad index;
 * CCHC_ENOTFOUND when the task names a unit id the plan does not have.
 */
CCHC_API int cchc_plan_insert_task(cchc_plan *plan, size_t index, const cchc_task *task);

/** Appends a copy of @task: cchc_plan_insert_task() at the end, same returns. */
CCHC_API int cchc_plan_add_task(cchc_plan *plan, const cchc_task *task);

/**
 * cchc_plan_remove_task:
 * Removes and frees the task with key @key (borrowed pointers to it become invalid).
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ENOTFOUND when absent.
 */
CCHC_API int cchc_plan_remove_task(cchc_plan *plan, const char *key);

/**
 * cchc_plan_move_task:
 * Moves the task with key @key to position @new_index (counted after its
 * removal, so 0 … count-1). Borrowed pointers stay valid.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ENOTFOUND; CCHC_ERANGE.
 */
CCHC_API int cchc_plan_move_task(cchc_plan *plan, const char *key, size_t new_index);

/** Returns: the number of tasks in @area (0 for an invalid area). */
CCHC_API size_t cchc_plan_area_task_count(const cchc_plan *plan, int area);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_PLAN_H */
