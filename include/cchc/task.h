/*
 * libcchc — tasks (nhiệm vụ) of a CCHC plan.
 *
 * A task is one row of the plan's appendix: an id as written ("1.10"), an
 * area, the group heading it stands under, a title, the product or expected
 * result, lead units (chủ trì), coordinating units (phối hợp), the time
 * expression as written ("Quý I/2023"), and its progress: status, percent,
 * completion date, notes and evidence.
 *
 * Ids are not unique in real plans (the 2023 seed has two "2.10"), so every
 * task in a plan also has a *key* that the plan guarantees unique and stable:
 * the id itself when free, else the id with "#2", "#3", … appended.
 *
 * Ownership: a task made with cchc_task_new() or cchc_task_copy() belongs to
 * the caller. cchc_plan_add_task() copies it into the plan; tasks obtained
 * from a plan are borrowed, valid until removed from the plan or the plan is
 * freed, and must not be passed to cchc_task_free().
 *
 * Units are named by reference: a unit id of the plan or a group token
 * ("@internal"; see unit.h). Mentions are free text kept verbatim, for bodies
 * the plan names but the registry does not hold, or notes in brackets.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_TASK_H
#define CCHC_TASK_H

#include "cchc/common.h"
#include "cchc/evidence.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cchc_task cchc_task;

/** Where a task stands, as recorded by people (not derived from dates). */
enum cchc_task_status {
    CCHC_STATUS_NOT_STARTED = 1, /**< chưa thực hiện */
    CCHC_STATUS_IN_PROGRESS = 2, /**< đang thực hiện */
    CCHC_STATUS_DONE = 3,        /**< đã hoàn thành */
    CCHC_STATUS_CANCELLED = 4    /**< hủy bỏ / không thực hiện */
};

/** The two roles a unit can have in a task. */
enum cchc_task_role {
    CCHC_ROLE_LEAD = 1,        /**< chủ trì */
    CCHC_ROLE_COORDINATING = 2 /**< phối hợp */
};

/**
 * cchc_task_new:
 * @out: receives the new task, owned by the caller (cchc_task_free()); NULL on failure.
 * @id: the id as written ("1.10"), UTF-8, may be "".
 * @area: a cchc_area, 1 … 7.
 * @title: the task's title, UTF-8, may be "".
 *
 * The task starts not started, 0 % progress, with no units.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for a NULL or non-UTF-8 argument;
 * CCHC_ERANGE for an area outside 1 … 7.
 */
CCHC_API int cchc_task_new(cchc_task **out, const char *id, int area, const char *title);

/**
 * cchc_task_copy:
 * @out: receives a detached deep copy (key included) owned by the caller; NULL on failure.
 * Returns: CCHC_OK or CCHC_EINVAL.
 */
CCHC_API int cchc_task_copy(cchc_task **out, const cchc_task *task);

/** Frees a task the caller owns. Never pass a task borrowed from a plan. NULL is a no-op. */
CCHC_API void cchc_task_free(cchc_task *task);

/** Returns: the plan-unique key, borrowed; "" for a task in no plan that was never in one. */
CCHC_API const char *cchc_task_key(const cchc_task *task);
/** Returns: the id as written, borrowed ("" when none). */
CCHC_API const char *cchc_task_id(const cchc_task *task);
/** Returns: the cchc_area (0 for NULL). */
CCHC_API int cchc_task_area(const cchc_task *task);
/** Returns: the group heading (Nhiệm vụ chung) as written, borrowed ("" when none). */
CCHC_API const char *cchc_task_group(const cchc_task *task);
/** Returns: the title (Nhiệm vụ cụ thể), borrowed. */
CCHC_API const char *cchc_task_title(const cchc_task *task);
/** Returns: the product / expected result (Sản phẩm/Kết quả), borrowed. */
CCHC_API const char *cchc_task_product(const cchc_task *task);
/** Returns: the time expression exactly as written (Thời gian thực hiện), borrowed. */
CCHC_API const char *cchc_task_when(const cchc_task *task);
/** Returns: the cchc_task_status (0 for NULL). */
CCHC_API int cchc_task_status(const cchc_task *task);
/** Returns: progress in percent, 0 … 100 (0 for NULL). */
CCHC_API double cchc_task_progress(const cchc_task *task);
/** Returns: the completion date "YYYY-MM-DD", borrowed ("" when unset). */
CCHC_API const char *cchc_task_completed(const cchc_task *task);
/** Returns: free notes (paragraphs separated by "\n"), borrowed ("" when none). */
CCHC_API const char *cchc_task_notes(const cchc_task *task);

/**
 * cchc_task_set_id, cchc_task_set_group, cchc_task_set_title,
 * cchc_task_set_product, cchc_task_set_when, cchc_task_set_notes:
 * Replace a text field with a copy of @value; NULL is taken as "".
 * The key of a task in a plan does not change with its id.
 * Returns: CCHC_OK, or CCHC_EINVAL for a NULL task or non-UTF-8 text.
 */
CCHC_API int cchc_task_set_id(cchc_task *task, const char *value);
CCHC_API int cchc_task_set_group(cchc_task *task, const char *value);
CCHC_API int cchc_task_set_title(cchc_task *task, const char *value);
CCHC_API int cchc_task_set_product(cchc_task *task, const char *value);
CCHC_API int cchc_task_set_when(cchc_task *task, const char *value);
CCHC_API int cchc_task_set_notes(cchc_task *task, const char *value);

/**
 * cchc_task_set_area:
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for an area outside 1 … 7.
 */
CCHC_API int cchc_task_set_area(cchc_task *task, int area);

/**
 * cchc_task_set_status:
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or an unknown status.
 */
CCHC_API int cchc_task_set_status(cchc_task *task, int status);

/**
 * cchc_task_set_progress:
 * @percent: 0 … 100.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for NaN or a value
 * outside 0 … 100.
 */
CCHC_API int cchc_task_set_progress(cchc_task *task, double percent);

/**
 * cchc_task_set_completed:
 * @date: "YYYY-MM-DD" (a real calendar date), or "" / NULL to clear.
 * Returns: CCHC_OK; CCHC_EINVAL for NULL task or a malformed or impossible
 * date ("2023-02-31"), named in the message.
 */
CCHC_API int cchc_task_set_completed(cchc_task *task, const char *date);

/** Returns: the number of unit references in @role (0 for NULL or an unknown role). */
CCHC_API size_t cchc_task_unit_count(const cchc_task *task, int role);

/**
 * cchc_task_unit_at:
 * Returns: reference @index in @role — a unit id or a group token — borrowed;
 * NULL when out of range.
 */
CCHC_API const char *cchc_task_unit_at(const cchc_task *task, int role, size_t index);

/** Returns: 1 if @ref appears in @role, else 0. */
CCHC_API int cchc_task_has_unit(const cchc_task *task, int role, const char *ref);

/**
 * cchc_task_add_unit:
 * @ref: a unit id or a group token.
 *
 * Appends @ref to @role. For a task held by a plan the unit must exist in
 * that plan.
 *
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, an unknown role or a malformed
 * reference; CCHC_EEXISTS when @ref is already in @role; CCHC_ENOTFOUND when
 * the task is in a plan that has no such unit.
 */
CCHC_API int cchc_task_add_unit(cchc_task *task, int role, const char *ref);

/**
 * cchc_task_remove_unit:
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or an unknown role; CCHC_ERANGE for a bad index.
 */
CCHC_API int cchc_task_remove_unit(cchc_task *task, int role, size_t index);

/** Returns: the number of free-text mentions in @role. */
CCHC_API size_t cchc_task_mention_count(const cchc_task *task, int role);
/** Returns: mention @index in @role, verbatim and borrowed; NULL when out of range. */
CCHC_API const char *cchc_task_mention_at(const cchc_task *task, int role, size_t index);

/**
 * cchc_task_add_mention:
 * Appends free text kept verbatim ("P/h Trung tâm Thông tin – VP UBND tỉnh").
 * Returns: CCHC_OK; CCHC_EINVAL for NULL, an unknown role, empty or non-UTF-8 text.
 */
CCHC_API int cchc_task_add_mention(cchc_task *task, int role, const char *text);

/**
 * cchc_task_remove_mention:
 * Returns: CCHC_OK; CCHC_EINVAL for NULL or an unknown role; CCHC_ERANGE for a bad index.
 */
CCHC_API int cchc_task_remove_mention(cchc_task *task, int role, size_t index);

/** Returns: the number of evidence references. */
CCHC_API size_t cchc_task_evidence_count(const cchc_task *task);
/** Returns: evidence @index, borrowed from the task; NULL when out of range. */
CCHC_API const cchc_evidence *cchc_task_evidence_at(const cchc_task *task, size_t index);

/**
 * cchc_task_add_evidence:
 * @number: document number as written, or NULL/"".
 * @date: "YYYY-MM-DD", or NULL/"".
 * @title: title, or NULL/"".
 * @link: URL or path, or NULL/"".
 *
 * Returns: CCHC_OK; CCHC_EINVAL for a NULL task, non-UTF-8 text, an invalid
 * date, or when both @number and @title are empty.
 */
CCHC_API int cchc_task_add_evidence(cchc_task *task, const char *number, const char *date,
                                    const char *title, const char *link);

/**
 * cchc_task_remove_evidence:
 * Returns: CCHC_OK; CCHC_EINVAL for NULL; CCHC_ERANGE for a bad index.
 */
CCHC_API int cchc_task_remove_evidence(cchc_task *task, size_t index);

/**
 * cchc_status_name:
 * Returns: the status's name used in files ("not_started", "in_progress",
 * "done", "cancelled") as static text; "" if unknown.
 */
CCHC_API const char *cchc_status_name(int status);

/** Returns: the status named @name, or 0 when NULL or unknown. */
CCHC_API int cchc_status_from_name(const char *name);

/** Returns: the Vietnamese label of a status ("Đã hoàn thành"), static; "" if unknown. */
CCHC_API const char *cchc_status_label_vi(int status);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_TASK_H */
