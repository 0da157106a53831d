/*
 * libcchc — evidence references (tài liệu kiểm chứng).
 *
 * An evidence reference points at the document that proves a task was done or
 * a score was earned: its number ("15/KH-SLĐTBXH"), date, title and an
 * optional link. Evidence is always held by a parent (a task) and borrowed
 * from it.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_EVIDENCE_H
#define CCHC_EVIDENCE_H

#include "cchc/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cchc_evidence cchc_evidence;

/** Returns: the document number as written, borrowed ("" when unset). */
CCHC_API const char *cchc_evidence_number(const cchc_evidence *evidence);
/** Returns: the document's date as "YYYY-MM-DD", borrowed ("" when unset). */
CCHC_API const char *cchc_evidence_date(const cchc_evidence *evidence);
/** Returns: the document's title, borrowed ("" when unset). */
CCHC_API const char *cchc_evidence_title(const cchc_evidence *evidence);
/** Returns: a link (URL or path) to the document, borrowed ("" when unset). */
CCHC_API const char *cchc_evidence_link(const cchc_evidence *evidence);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_EVIDENCE_H */
