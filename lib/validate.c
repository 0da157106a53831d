/*
 * libcchc — the validation rule catalogue (analysis layer).
 *
 * Each rule is a function over the plan that reports findings through
 * report(); the catalogue below gives every rule its code, default severity
 * and summary, and docs/validation.md an example of each. Rules only read
 * the plan.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *code;
    int severity;
    const char *summary;
} rule;

/* The catalogue. Codes are stable: never renamed, only added. */
static const rule rules[] = {
    {"plan.no-year", CCHC_SEVERITY_ERROR, "the plan has no year"},
    {"plan.area-without-tasks", CCHC_SEVERITY_WARNING, "one of the seven areas has no task"},
    {"task.duplicate-id", CCHC_SEVERITY_WARNING, "two tasks are numbered alike"},
    {"task.id-area-mismatch", CCHC_SEVERITY_WARNING,
     "the task's number starts with another area's number"},
    {"task.empty-title", CCHC_SEVERITY_ERROR, "the task has no title"},
    {"task.empty-product", CCHC_SEVERITY_WARNING, "the task names no product or result"},
    {"task.no-lead", CCHC_SEVERITY_ERROR, "the task has no lead unit"},
    {"task.unknown-unit", CCHC_SEVERITY_WARNING,
     "a unit named in the task's text is not in the unit registry"},
    {"task.lead-also-coordinating", CCHC_SEVERITY_WARNING,
     "the same unit both leads and coordinates the task"},
    {"task.unparsed-time", CCHC_SEVERITY_WARNING, "the time expression is not understood"},
    {"task.time-outside-year", CCHC_SEVERITY_WARNING,
     "the time expression falls outside the plan year"},
    {"task.completed-in-future", CCHC_SEVERITY_ERROR, "the completion date is after today"},
    {"task.completed-before-issue", CCHC_SEVERITY_WARNING,
     "the completion date is before the plan was issued"},
    {"task.progress-not-done", CCHC_SEVERITY_WARNING,
     "progress is 100 % but the status is not done"},
    {"task.done-progress-incomplete", CCHC_SEVERITY_WARNING,
     "the status is done but progress is below 100 %"},
    {"task.done-without-date", CCHC_SEVERITY_INFO, "the task is done but has no completion date"},
    {"calendar.deadline-before-cutoff", CCHC_SEVERITY_ERROR,
     "a report deadline comes before the end of its data window"},
    {"calendar.compile-before-send", CCHC_SEVERITY_WARNING,
     "the compiled report is due before the units' figures"},
    {"calendar.windows-overlap", CCHC_SEVERITY_WARNING,
     "two data windows overlap without one holding the other"},
};

#define RULE_COUNT G_N_ELEMENTS(rules)

struct cchc_validator {
    gboolean enabled[RULE_COUNT];
    int severity[RULE_COUNT];
    char *today; /* NULL: the current date */
};

static int rule_index(const char *code)
{
    for (size_t i = 0; code && i < RULE_COUNT; i++)
        if (strcmp(rules[i].code, code) == 0)
            return (int)i;
    return -1;
}

size_t cchc_validation_rule_count(void) { return RULE_COUNT; }

const char *cchc_validation_rule_code(size_t index)
{
    return index < RULE_COUNT ? rules[index].code : NULL;
}

int cchc_validation_rule_severity(const char *code)
{
    int i = rule_index(code);
    return i < 0 ? 0 : rules[i].severity;
}

const char *cchc_validation_rule_summary(const char *code)
{
    int i = rule_index(code);
    return i < 0 ? "" : rules[i].summary;
}

cchc_validator *cchc_validator_new(void)
{
    cchc_validator *v = g_new0(cchc_validator, 1);
    for (size_t i = 0; i < RULE_COUNT; i++) {
        v->enabled[i] = TRUE;
        v->severity[i] = rules[i].severity;
    }
    return v;
}

void cchc_validator_free(cchc_validator *validator)
{
    if (!validator)
        return;
    g_free(validator->today);
    g_free(validator);
}

static int find_rule(const char *code)
{
    int i = rule_index(code);
    if (i < 0)
        return cchc__fail(CCHC_ENOTFOUND, "no validation rule is called \"%s\"",
                          g_utf8_validate(code, -1, NULL) ? code : "(not UTF-8)");
    return i;
}

int cchc_validator_set_enabled(cchc_validator *validator, const char *code, int enabled)
{
    CCHC__CHECK_ARG(validator);
    CCHC__CHECK_ARG(code);
    int i = find_rule(code);
    if (i < 0)
        return i;
    validator->enabled[i] = enabled != 0;
    return CCHC_OK;
}

int cchc_validator_set_severity(cchc_validator *validator, const char *code, int severity)
{
    CCHC__CHECK_ARG(validator);
    CCHC__CHECK_ARG(code);
    if (!cchc_severity_name(severity)[0])
        return cchc__fail(CCHC_EINVAL, "unknown severity %d", severity);
    int i = find_rule(code);
    if (i < 0)
        return i;
    validator->severity[i] = severity;
    return CCHC_OK;
}

int cchc_validator_set_today(cchc_validator *validator, const char *date)
{
    CCHC__CHECK_ARG(validator);
    if (!date)
        date = "";
    int rc = cchc__check_date(date, "validator today", 1);
    if (rc)
        return rc;
    g_free(validator->today);
    validator->today = *date ? g_strdup(date) : NULL;
    return CCHC_OK;
}

/* ---- running ------------------------------------------------------------- */

typedef struct {
    const cchc_validator *validator;
    const cchc_plan *plan;
    cchc_diagnostics *diags;
    char today[11];
} run;

/* Appends a finding of rule @code unless the rule is off. */
static void report(run *r, const char *code, const cchc_task *task, const char *field,
                   const char *message_vi, const char *message_en)
{
    int i = rule_index(code);
    g_assert(i >= 0);
    if (!r->validator->enabled[i])
        return;
    cchc__location loc = {.field = field};
    if (task) {
        loc.task_key = cchc_task_key(task);
        loc.task_id = cchc_task_id(task);
    }
    cchc__diag_add(r->diags, r->validator->severity[i], code, &loc, message_en, message_vi);
}

#define REPORT(r, code, task, field, vi_fmt, en_fmt, ...)                       \
    do {                                                                        \
        g_autofree char *vi_ = g_strdup_printf(vi_fmt, __VA_ARGS__);           \
        g_autofree char *en_ = g_strdup_printf(en_fmt, __VA_ARGS__);           \
        report((r), (code), (task), (field), vi_, en_);                        \
    } while (0)

static void check_plan_facts(run *r)
{
    if (!cchc_plan_year(r->plan))
        report(r, "plan.no-year", NULL, "year", "Kế hoạch chưa có năm",
               "the plan has no year");
    for (int area = 1; area <= CCHC_AREA_COUNT; area++)
        if (cchc_plan_area_task_count(r->plan, area) == 0)
            REPORT(r, "plan.area-without-tasks", NULL, "area",
                   "Lĩnh vực %d (%s) không có nhiệm vụ nào",
                   "area %d (%s) has no task", area, cchc_area_name_vi(area));
}

static void check_duplicate_ids(run *r)
{
    GHashTable *first = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; i < cchc_plan_task_count(r->plan); i++) {
        const cchc_task *task = cchc_plan_task_at(r->plan, i);
        const char *id = cchc_task_id(task);
        if (!*id)
            continue;
        const cchc_task *earlier = g_hash_table_lookup(first, id);
        if (earlier)
            REPORT(r, "task.duplicate-id", task, "id",
                   "Số thứ tự %s trùng với một nhiệm vụ ở trên (khóa %s)",
                   "id %s is also the id of an earlier task (key %s)", id,
                   cchc_task_key(earlier));
        else
            g_hash_table_insert(first, (gpointer)id, (gpointer)task);
    }
    g_hash_table_unref(first);
}

/* A mention names a known unit when it, its leading words, or each part
 * after "P/h" / "phối hợp" separated by ";" or "," resolves. */
static int mention_names_known_units(const cchc_plan *plan, const char *mention)
{
    g_autofree char *folded = cchc__text_fold(mention);
    const char *text = mention;
    if (g_str_has_prefix(folded, "p/h"))
        text = mention + 3;
    else if (g_str_has_prefix(folded, "phoi hop"))
        text = g_utf8_offset_to_pointer(mention, 8);
    g_auto(GStrv) parts = g_strsplit_set(text, ";", -1);
    for (char **p = parts; *p; p++) {
        g_strstrip(*p);
        if (!**p)
            continue;
        const char *ref = NULL;
        gboolean known = FALSE;
        /* the whole part, else its longest leading run of words */
        for (size_t cut = strlen(*p); cut > 0 && !known; cut--) {
            if ((*p)[cut] != '\0' && (*p)[cut] != ' ')
                continue;
            g_autofree char *prefix = g_strndup(*p, cut);
            known = cchc_plan_resolve_unit(&ref, plan, prefix) == CCHC_OK;
        }
        if (!known)
            return 0;
    }
    return 1;
}

static void check_units(run *r, const cchc_task *task)
{
    if (cchc_task_unit_count(task, CCHC_ROLE_LEAD) == 0)
        report(r, "task.no-lead", task, "lead", "Nhiệm vụ không có đơn vị chủ trì",
               "the task has no lead unit");
    for (int role = CCHC_ROLE_LEAD; role <= CCHC_ROLE_COORDINATING; role++) {
        const char *field = role == CCHC_ROLE_LEAD ? "lead_mentions" : "coordinating_mentions";
        for (size_t i = 0; i < cchc_task_mention_count(task, role); i++) {
            const char *mention = cchc_task_mention_at(task, role, i);
            if (!mention_names_known_units(r->plan, mention))
                REPORT(r, "task.unknown-unit", task, field,
                       "\"%s\" không khớp với đơn vị nào trong danh sách đơn vị",
                       "\"%s\" names no unit of the registry", mention);
        }
    }
    for (size_t i = 0; i < cchc_task_unit_count(task, CCHC_ROLE_LEAD); i++) {
        const char *ref = cchc_task_unit_at(task, CCHC_ROLE_LEAD, i);
        if (cchc_task_has_unit(task, CCHC_ROLE_COORDINATING, ref))
            REPORT(r, "task.lead-also-coordinating", task, "coordinating",
                   "%s vừa chủ trì vừa phối hợp", "%s both leads and coordinates",
                   cchc_plan_ref_name(r->plan, ref));
    }
}

static void check_text(run *r, const cchc_task *task)
{
    if (!*cchc_task_title(task))
        report(r, "task.empty-title", task, "title", "Nhiệm vụ không có tên",
               "the task has no title");
    if (!*cchc_task_product(task))
        report(r, "task.empty-product", task, "product",
               "Nhiệm vụ không nêu sản phẩm hoặc kết quả",
               "the task names no product or result");
    const char *id = cchc_task_id(task);
    int area = cchc_task_area(task);
    if (id[0] >= '0' && id[0] <= '9') {
        int prefix = 0;
        for (const char *p = id; g_ascii_isdigit(*p) && prefix < 1000; p++)
            prefix = prefix * 10 + (*p - '0');
        if (prefix != area)
            REPORT(r, "task.id-area-mismatch", task, "id",
                   "Số thứ tự %s bắt đầu bằng %d nhưng nhiệm vụ thuộc lĩnh vực %d",
                   "id %s starts with %d but the task is in area %d", id, prefix, area);
    }
}

/* 1 when @date may belong to a plan of @year: the year itself, or December of
 * the year before (preparation tasks such as "T12/2022" in a 2023 plan). */
static int date_fits_year(const char *date, int year)
{
    int y = atoi(date), m = atoi(date + 5);
    return y == year || (y == year - 1 && m == 12);
}

static void check_time(run *r, const cchc_task *task)
{
    int year = cchc_plan_year(r->plan);
    if (!year)
        return;
    cchc_schedule *schedule = NULL;
    if (cchc_task_schedule(&schedule, task, year) != CCHC_OK)
        return;
    for (size_t m = 0; m < cchc_schedule_milestone_count(schedule); m++) {
        const cchc_milestone *ms = cchc_schedule_milestone_at(schedule, m);
        if (cchc_milestone_kind(ms) == CCHC_MILESTONE_UNKNOWN) {
            REPORT(r, "task.unparsed-time", task, "when",
                   "Không hiểu thời gian thực hiện \"%s\" (%s)",
                   "the time expression \"%s\" is not understood (%s)",
                   cchc_milestone_text(ms), cchc_milestone_reason(ms));
            continue;
        }
        for (size_t o = 0; o < cchc_milestone_occurrence_count(ms); o++) {
            const char *start = cchc_milestone_occurrence_start(ms, o);
            const char *deadline = cchc_milestone_occurrence_deadline(ms, o);
            if (!date_fits_year(start, year) || !date_fits_year(deadline, year)) {
                REPORT(r, "task.time-outside-year", task, "when",
                       "\"%s\" (%s – %s) nằm ngoài năm kế hoạch %d",
                       "\"%s\" (%s to %s) falls outside the plan year %d",
                       cchc_milestone_text(ms), start, deadline, year);
                break;
            }
        }
    }
    cchc_schedule_free(schedule);
}

static void check_progress(run *r, const cchc_task *task)
{
    int status = cchc_task_status(task);
    double progress = cchc_task_progress(task);
    const char *completed = cchc_task_completed(task);
    if (progress >= 100.0 && status != CCHC_STATUS_DONE && status != CCHC_STATUS_CANCELLED)
        REPORT(r, "task.progress-not-done", task, "status",
               "Tiến độ 100%% nhưng trạng thái là \"%s\"",
               "progress is 100 %% but the status is \"%s\"", cchc_status_name(status));
    if (status == CCHC_STATUS_DONE && progress < 100.0)
        REPORT(r, "task.done-progress-incomplete", task, "progress",
               "Đã hoàn thành nhưng tiến độ chỉ %g%%",
               "the status is done but progress is %g %%", progress);
    if (status == CCHC_STATUS_DONE && !*completed)
        report(r, "task.done-without-date", task, "completed",
               "Đã hoàn thành nhưng chưa ghi ngày hoàn thành",
               "the task is done but has no completion date");
    if (*completed && strcmp(completed, r->today) > 0)
        REPORT(r, "task.completed-in-future", task, "completed",
               "Ngày hoàn thành %s sau ngày hôm nay (%s)",
               "the completion date %s is after today (%s)", completed, r->today);
    const char *issued = cchc_plan_issue_date(r->plan);
    if (*completed && *issued && strcmp(completed, issued) < 0)
        REPORT(r, "task.completed-before-issue", task, "completed",
               "Ngày hoàn thành %s trước ngày ban hành kế hoạch %s",
               "the completion date %s is before the plan was issued (%s)", completed, issued);
}

static void check_calendar(run *r)
{
    const cchc_calendar *cal = cchc_plan_calendar(r->plan);
    for (size_t i = 0; i < cchc_calendar_count(cal); i++) {
        const cchc_period *p = cchc_calendar_at(cal, i);
        const char *to = cchc_period_window_to(p);
        const char *send = cchc_period_send_deadline(p);
        const char *compile = cchc_period_compile_deadline(p);
        const char *deadlines[] = {send, compile};
        const char *names_vi[] = {"hạn gửi của các đơn vị", "hạn gửi Sở Nội vụ"};
        const char *names_en[] = {"the units' deadline", "the compiled report's deadline"};
        for (int d = 0; d < 2; d++) {
            if (!*deadlines[d] || strcmp(deadlines[d], to) >= 0)
                continue;
            g_autofree char *vi = g_strdup_printf("Kỳ %s: %s (%s) trước ngày chốt số liệu %s",
                                                  cchc_period_id(p), names_vi[d], deadlines[d],
                                                  to);
            g_autofree char *en = g_strdup_printf("period %s: %s (%s) comes before the data "
                                                  "cut-off %s",
                                                  cchc_period_id(p), names_en[d], deadlines[d],
                                                  to);
            report(r, "calendar.deadline-before-cutoff", NULL, cchc_period_id(p), vi, en);
        }
        if (*send && *compile && strcmp(compile, send) < 0)
            REPORT(r, "calendar.compile-before-send", NULL, cchc_period_id(p),
                   "Kỳ %s: hạn gửi Sở Nội vụ (%s) trước hạn các đơn vị gửi (%s)",
                   "period %s: the compiled report is due (%s) before the units' figures (%s)",
                   cchc_period_id(p), compile, send);
        for (size_t j = i + 1; j < cchc_calendar_count(cal); j++) {
            const cchc_period *q = cchc_calendar_at(cal, j);
            const char *a0 = cchc_period_window_from(p), *a1 = to;
            const char *b0 = cchc_period_window_from(q), *b1 = cchc_period_window_to(q);
            gboolean overlap = strcmp(a0, b1) <= 0 && strcmp(b0, a1) <= 0;
            gboolean nested = (strcmp(a0, b0) <= 0 && strcmp(b1, a1) <= 0) ||
                              (strcmp(b0, a0) <= 0 && strcmp(a1, b1) <= 0);
            if (overlap && !nested)
                REPORT(r, "calendar.windows-overlap", NULL, cchc_period_id(q),
                       "Khoảng chốt số liệu của kỳ %s và kỳ %s chồng lấn một phần",
                       "the data windows of periods %s and %s partly overlap",
                       cchc_period_id(p), cchc_period_id(q));
        }
    }
}

int cchc_validator_run(const cchc_validator *validator, const cchc_plan *plan,
                       cchc_diagnostics *diags)
{
    CCHC__CHECK_ARG(validator);
    CCHC__CHECK_ARG(plan);
    CCHC__CHECK_ARG(diags);
    run r = {validator, plan, diags, {0}};
    if (validator->today) {
        g_strlcpy(r.today, validator->today, sizeof r.today);
    } else {
        g_autoptr(GDateTime) now = g_date_time_new_now_local();
        g_autofree char *iso = g_date_time_format(now, "%Y-%m-%d");
        g_strlcpy(r.today, iso, sizeof r.today);
    }
    check_plan_facts(&r);
    check_duplicate_ids(&r);
    for (size_t i = 0; i < cchc_plan_task_count(plan); i++) {
        const cchc_task *task = cchc_plan_task_at(plan, i);
        check_text(&r, task);
        check_units(&r, task);
        check_time(&r, task);
        check_progress(&r, task);
    }
    check_calendar(&r);
    return CCHC_OK;
}

int cchc_plan_validate(const cchc_plan *plan, cchc_diagnostics *diags)
{
    cchc_validator *validator = cchc_validator_new();
    int rc = cchc_validator_run(validator, plan, diags);
    cchc_validator_free(validator);
    return rc;
}
