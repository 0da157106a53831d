/*
 * libcchc — the umbrella header. Programs include only this file.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_H
#define CCHC_H

#include "cchc/common.h"
#include "cchc/errors.h"
#include "cchc/version.h"
#include "cchc/limits.h"
#include "cchc/diagnostics.h"
#include "cchc/area.h"
#include "cchc/unit.h"
#include "cchc/evidence.h"
#include "cchc/task.h"
#include "cchc/schedule.h"
#include "cchc/period.h"
#include "cchc/plan.h"
#include "cchc/progress.h"
#include "cchc/validate.h"
#include "cchc/scheme.h"
#include "cchc/scorecard.h"
#include "cchc/explain.h"
#include "cchc/ranking.h"
#include "cchc/integrity.h"
#include "cchc/json.h"
#include "cchc/export.h"
#include "cchc/appendix.h"

#endif /* CCHC_H */
