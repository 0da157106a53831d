/*
 * libcchc — writing a report for people and spreadsheets: aligned plain
 * text, Markdown tables and CSV (RFC 4180). JSON is in json-report-write.c.
 *
 * Formats layer: the figures come from the report (report.c, progress.c);
 * this file only lays them out. Text columns are aligned by display width
 * (characters, combining marks taking none), not bytes, so Vietnamese lines up.
 *
 * SPDX-License-Identifier: MIT
 */
#include "export-table.h"
#include "progress-internal.h"

#include <math.h>
#include <string.h>

/* ---- shared helpers ------------------------------------------------------- */

static const char *const state_labels_en[CCHC_STATE_COUNT + 1] = {
    "",         "not due",        "due soon", "overdue", "done on time", "done late",
    "done, undated", "ongoing",  "waiting",  "cancelled", "unscheduled"};

const char *cchc__state_label_en(int state)
{
    return state >= 1 && state <= CCHC_STATE_COUNT ? state_labels_en[state] : "";
}

char *cchc__format_number(double value)
{
    if (!isfinite(value))
        return g_strdup("");
    if (value == floor(value) && fabs(value) < 9007199254740992.0)
        return g_strdup_printf("%.0f", value == 0.0 ? 0.0 : value);
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    for (int precision = 1; precision <= 17; precision++) {
        char format[8];
        g_snprintf(format, sizeof format, "%%.%dg", precision);
        g_ascii_formatd(buf, sizeof buf, format, value);
        if (g_ascii_strtod(buf, NULL) == value)
            break;
    }
    return g_strdup(buf);
}

/* "85.71%", or "—" when nothing is due. */
static char *format_rate(int has_rate, double rate)
{
    if (!has_rate)
        return g_strdup("—");
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_ascii_formatd(buf, sizeof buf, "%.2f", rate);
    return g_strdup_printf("%s%%", buf);
}

/* The displayable names of a task's lead units, joined by @sep. */
static char *lead_names(const cchc_plan *plan, const cchc_task *task, const char *sep)
{
    GString *s = g_string_new(NULL);
    for (size_t k = 0; k < cchc_task_unit_count(task, CCHC_ROLE_LEAD); k++)
        g_string_append_printf(s, "%s%s", k ? sep : "",
                               cchc_plan_ref_name(plan, cchc_task_unit_at(task, CCHC_ROLE_LEAD, k)));
    return g_string_free(s, FALSE);
}

/* "1.1", or "2.10 [2.10#2]" when the key differs from the id. */
static char *task_label(const cchc_task *task)
{
    const char *id = cchc_task_id(task), *key = cchc_task_key(task);
    if (strcmp(id, key) == 0)
        return g_strdup(id);
    if (!*id)
        return g_strdup_printf("[%s]", key);
    return g_strdup_printf("%s [%s]", id, key);
}

/* The figures of one row of the summaries: an area, a lead unit or all. */
typedef struct {
    size_t tasks;
    size_t by_state[CCHC_STATE_COUNT + 1];
    size_t due;
    size_t done;
    size_t on_time;
    size_t late;
    int has_rate;
    double rate;
} figures;

static void figures_of(figures *f, const cchc_report *r, int area, const char *lead)
{
    const cchc_progress *p = cchc_report_progress(r);
    memset(f, 0, sizeof *f);
    f->tasks = cchc_progress_count(p, area, lead, 0);
    for (int s = 1; s <= CCHC_STATE_COUNT; s++)
        f->by_state[s] = cchc_progress_count(p, area, lead, s);
    f->due = cchc_progress_due_count(p, area, lead);
    f->done = cchc_progress_due_done_count(p, area, lead);
    f->on_time = cchc_report_completed_count(r, area, lead, CCHC_STATE_DONE_ON_TIME);
    f->late = cchc_report_completed_count(r, area, lead, CCHC_STATE_DONE_LATE);
    /* Asked only when something is due, so that a successful write leaves
     * the last error alone. */
    f->has_rate = f->due > 0 && cchc_progress_completion_rate(&f->rate, p, area, lead) == CCHC_OK;
}

/* ---- the parts every format shares -------------------------------------- */

static void header_rows(cchc__table *t, const cchc_report *r, const cchc_plan *plan)
{
    GPtrArray *row = cchc__table_row(t);
    cchc__cell(row, "Kế hoạch (plan)");
    const char *title = cchc_plan_title(plan);
    cchc__cell_take(row, g_strdup_printf("%s%s(%d)", title, *title ? " " : "", cchc_plan_year(plan)));
    if (*cchc_report_period_id(r)) {
        row = cchc__table_row(t);
        cchc__cell(row, "Kỳ báo cáo (period)");
        cchc__cell(row, cchc_report_period_id(r));
    }
    row = cchc__table_row(t);
    cchc__cell(row, "Số liệu (window)");
    cchc__cell_take(row, g_strdup_printf("%s – %s", cchc_report_window_from(r),
                                   cchc__report_window_to(r)));
    row = cchc__table_row(t);
    cchc__cell(row, "Ngày chốt (cut-off)");
    cchc__cell(row, cchc_report_cutoff(r));
    row = cchc__table_row(t);
    cchc__cell(row, "Ngày lập (as of)");
    cchc__cell(row, cchc__report_as_of(r));
    int soon = cchc__progress_due_soon_days(cchc_report_progress(r));
    if (soon > 0) {
        row = cchc__table_row(t);
        cchc__cell(row, "Sắp đến hạn (due soon)");
        cchc__cell_take(row, g_strdup_printf("%d ngày (days)", soon));
    }
}

static void summary_rows(cchc__table *t, const cchc_report *r)
{
    figures f;
    figures_of(&f, r, 0, NULL);
    struct {
        const char *label;
        char *value;
    } lines[] = {
        {"Nhiệm vụ (tasks)", g_strdup_printf("%zu", f.tasks)},
        {"Đến hạn (due)", g_strdup_printf("%zu", f.due)},
        {"Đến hạn, đã hoàn thành (due and done)", g_strdup_printf("%zu", f.done)},
        {"Tỷ lệ hoàn thành (completion rate)", format_rate(f.has_rate, f.rate)},
        {"Hoàn thành trong kỳ, đúng hạn (completed in the window, on time)",
         g_strdup_printf("%zu", f.on_time)},
        {"Hoàn thành trong kỳ, quá hạn (completed in the window, late)",
         g_strdup_printf("%zu", f.late)},
        {"Quá hạn tại ngày chốt (overdue at the cut-off)",
         g_strdup_printf("%zu", cchc_report_overdue_count(r))},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(lines); i++) {
        GPtrArray *row = cchc__table_row(t);
        cchc__cell(row, lines[i].label);
        cchc__cell_take(row, lines[i].value);
    }
}

static void state_rows(cchc__table *t, const cchc_report *r)
{
    const cchc_progress *p = cchc_report_progress(r);
    for (int s = 1; s <= CCHC_STATE_COUNT; s++) {
        GPtrArray *row = cchc__table_row(t);
        cchc__cell_take(row, g_strdup_printf("%s (%s)", cchc_task_state_label_vi(s),
                                       cchc__state_label_en(s)));
        cchc__cell_count(row, cchc_progress_count(p, 0, NULL, s));
    }
}

/* The cells of one summary row after its name: for text, totals only; for
 * Markdown, a count per state as well. */
static void figure_cells(GPtrArray *row, const figures *f, int per_state)
{
    cchc__cell_count(row, f->tasks);
    if (per_state)
        for (int s = 1; s <= CCHC_STATE_COUNT; s++)
            cchc__cell_count(row, f->by_state[s]);
    cchc__cell_count(row, f->due);
    cchc__cell_count(row, f->done);
    if (!per_state)
        cchc__cell_count(row, f->by_state[CCHC_STATE_OVERDUE]);
    cchc__cell_take(row, format_rate(f->has_rate, f->rate));
    cchc__cell_count(row, f->on_time + f->late);
}

static void figure_headers(GPtrArray *row, int per_state)
{
    if (per_state) {
        cchc__cell(row, "Tổng (tasks)");
        for (int s = 1; s <= CCHC_STATE_COUNT; s++)
            cchc__cell_take(row, g_strdup_printf("%s (%s)", cchc_task_state_label_vi(s),
                                           cchc__state_label_en(s)));
        cchc__cell(row, "Đến hạn (due)");
        cchc__cell(row, "Đã xong (done)");
        cchc__cell(row, "Tỷ lệ (rate)");
        cchc__cell(row, "Xong trong kỳ (done in window)");
        return;
    }
    cchc__cell(row, "Tổng");
    cchc__cell(row, "Đến hạn");
    cchc__cell(row, "Xong");
    cchc__cell(row, "Quá hạn");
    cchc__cell(row, "Tỷ lệ");
    cchc__cell(row, "Trong kỳ");
}

/* Alignment strings: name column(s) left, figures right. */
static char *figure_align(const char *lead, int per_state)
{
    size_t n = per_state ? 1 + CCHC_STATE_COUNT + 4 : 6;
    GString *s = g_string_new(lead);
    for (size_t i = 0; i < n; i++)
        g_string_append_c(s, 'r');
    return g_string_free(s, FALSE);
}

static void area_table(cchc__table *t, const cchc_report *r, int per_state)
{
    GPtrArray *row = cchc__table_row(t);
    cchc__cell(row, "#");
    cchc__cell(row, "Lĩnh vực (area)");
    figure_headers(row, per_state);
    figures f;
    for (int area = 1; area <= CCHC_AREA_COUNT; area++) {
        figures_of(&f, r, area, NULL);
        row = cchc__table_row(t);
        cchc__cell_take(row, g_strdup_printf("%d", area));
        cchc__cell(row, cchc_area_name_vi(area));
        figure_cells(row, &f, per_state);
    }
    figures_of(&f, r, 0, NULL);
    row = cchc__table_row(t);
    cchc__cell(row, "");
    cchc__cell(row, per_state ? "**Tổng cộng (total)**" : "Tổng cộng (total)");
    figure_cells(row, &f, per_state);
}

static void lead_table(cchc__table *t, const cchc_report *r, const cchc_plan *plan, int per_state)
{
    const cchc_progress *p = cchc_report_progress(r);
    GPtrArray *row = cchc__table_row(t);
    cchc__cell(row, "Đơn vị chủ trì (lead unit)");
    figure_headers(row, per_state);
    for (size_t i = 0; i < cchc_progress_lead_count(p); i++) {
        const char *ref = cchc_progress_lead_at(p, i);
        figures f;
        figures_of(&f, r, 0, ref);
        row = cchc__table_row(t);
        cchc__cell(row, cchc_plan_ref_name(plan, ref));
        figure_cells(row, &f, per_state);
    }
}

static void overdue_table(cchc__table *t, const cchc_report *r, const cchc_plan *plan, int markdown)
{
    const cchc_progress *p = cchc_report_progress(r);
    GPtrArray *row = cchc__table_row(t);
    cchc__cell(row, "Mã (id)");
    cchc__cell(row, "Hạn (deadline)");
    cchc__cell(row, "Chủ trì (lead)");
    if (markdown)
        cchc__cell(row, "Thời gian (when)");
    cchc__cell(row, "Nhiệm vụ (task)");
    for (size_t i = 0; i < cchc_progress_task_count(p); i++) {
        if (cchc_progress_task_state(p, i) != CCHC_STATE_OVERDUE)
            continue;
        const cchc_task *task = cchc_plan_find_task(plan, cchc_progress_task_key(p, i));
        row = cchc__table_row(t);
        cchc__cell_take(row, task_label(task));
        cchc__cell(row, cchc_progress_task_deadline(p, i));
        cchc__cell_take(row, lead_names(plan, task, ", "));
        if (markdown)
            cchc__cell(row, cchc_task_when(task));
        cchc__cell(row, cchc_task_title(task));
    }
}

/* ---- TEXT ---------------------------------------------------------------- */

static char *write_text(const cchc_report *r, const cchc_plan *plan)
{
    GString *out = g_string_new(NULL);
    cchc__table t;
    g_string_append_printf(out, "%s\n\n", cchc_report_title(r));
    cchc__table_init(&t, "ll");
    header_rows(&t, r, plan);
    cchc__table_text(out, &t, "");
    cchc__table_clear(&t);

    g_string_append(out, "\nTổng hợp (summary)\n");
    cchc__table_init(&t, "lr");
    summary_rows(&t, r);
    cchc__table_text(out, &t, "  ");
    cchc__table_clear(&t);

    g_string_append(out, "\nTheo trạng thái tại ngày chốt (by state at the cut-off)\n");
    cchc__table_init(&t, "lr");
    state_rows(&t, r);
    cchc__table_text(out, &t, "  ");
    cchc__table_clear(&t);

    static const char legend[] =
        "  (Tổng: tasks; Đến hạn: due; Xong: due and done; Quá hạn: overdue; Tỷ lệ: "
        "completion rate;\n   Trong kỳ: completed in the window)\n";
    g_autofree char *area_align = figure_align("rl", 0);
    g_string_append(out, "\nTheo lĩnh vực (by area)\n");
    g_string_append(out, legend);
    cchc__table_init(&t, area_align);
    area_table(&t, r, 0);
    cchc__table_text(out, &t, "  ");
    cchc__table_clear(&t);

    g_autofree char *lead_align = figure_align("l", 0);
    g_string_append(out, "\nTheo đơn vị chủ trì (by lead unit; a task led jointly counts for "
                         "each)\n");
    cchc__table_init(&t, lead_align);
    lead_table(&t, r, plan, 0);
    cchc__table_text(out, &t, "  ");
    cchc__table_clear(&t);

    g_string_append_printf(out, "\nNhiệm vụ quá hạn tại ngày chốt (tasks overdue at the "
                                "cut-off): %zu\n",
                           cchc_report_overdue_count(r));
    if (cchc_report_overdue_count(r) > 0) {
        cchc__table_init(&t, "llll");
        overdue_table(&t, r, plan, 0);
        cchc__table_text(out, &t, "  ");
        cchc__table_clear(&t);
    }
    return g_string_free(out, FALSE);
}

/* ---- MARKDOWN ------------------------------------------------------------ */

static char *write_markdown(const cchc_report *r, const cchc_plan *plan)
{
    GString *out = g_string_new(NULL);
    cchc__table t;
    g_string_append(out, "# ");
    cchc__md_text(out, cchc_report_title(r));
    g_string_append(out, "\n\n");
    cchc__table_init(&t, "ll");
    GPtrArray *row = cchc__table_row(&t);
    cchc__cell(row, "Mục (item)");
    cchc__cell(row, "Giá trị (value)");
    header_rows(&t, r, plan);
    cchc__table_markdown(out, &t);
    cchc__table_clear(&t);

    g_string_append(out, "\n## Tổng hợp (summary)\n\n");
    cchc__table_init(&t, "lr");
    row = cchc__table_row(&t);
    cchc__cell(row, "Chỉ tiêu (figure)");
    cchc__cell(row, "Số (value)");
    summary_rows(&t, r);
    cchc__table_markdown(out, &t);
    cchc__table_clear(&t);

    g_string_append(out, "\n## Theo lĩnh vực (by area)\n\n");
    g_autofree char *area_align = figure_align("rl", 1);
    cchc__table_init(&t, area_align);
    area_table(&t, r, 1);
    cchc__table_markdown(out, &t);
    cchc__table_clear(&t);

    g_string_append(out, "\n## Theo đơn vị chủ trì (by lead unit)\n\n"
                         "A task led jointly counts for each of its lead units.\n\n");
    g_autofree char *lead_align = figure_align("l", 1);
    cchc__table_init(&t, lead_align);
    lead_table(&t, r, plan, 1);
    cchc__table_markdown(out, &t);
    cchc__table_clear(&t);

    g_string_append_printf(out, "\n## Nhiệm vụ quá hạn tại ngày chốt (tasks overdue at the "
                                "cut-off): %zu\n\n",
                           cchc_report_overdue_count(r));
    if (cchc_report_overdue_count(r) > 0) {
        cchc__table_init(&t, "lllll");
        overdue_table(&t, r, plan, 1);
        cchc__table_markdown(out, &t);
        cchc__table_clear(&t);
    } else {
        g_string_append(out, "Không có (none).\n");
    }
    return g_string_free(out, FALSE);
}

static char *write_csv(const cchc_report *r, const cchc_plan *plan, int bom)
{
    static const char *const columns[] = {
        "key",    "id",       "area",   "title",    "lead_units", "when",
        "deadline", "state",  "status", "progress", "completed",  "completed_in_window"};
    const cchc_progress *p = cchc_report_progress(r);
    GString *out = g_string_new(bom ? "\xEF\xBB\xBF" : "");
    for (size_t c = 0; c < G_N_ELEMENTS(columns); c++)
        cchc__csv_field(out, columns[c], c == 0);
    g_string_append(out, "\r\n");
    for (size_t i = 0; i < cchc_progress_task_count(p); i++) {
        const char *key = cchc_progress_task_key(p, i);
        const cchc_task *task = cchc_plan_find_task(plan, key);
        g_autofree char *area = g_strdup_printf("%d", cchc_task_area(task));
        g_autofree char *leads = lead_names(plan, task, "; ");
        g_autofree char *percent = cchc__format_number(cchc__progress_task_percent(p, i));
        cchc__csv_field(out, key, 1);
        cchc__csv_field(out, cchc_task_id(task), 0);
        cchc__csv_field(out, area, 0);
        cchc__csv_field(out, cchc_task_title(task), 0);
        cchc__csv_field(out, leads, 0);
        cchc__csv_field(out, cchc_task_when(task), 0);
        cchc__csv_field(out, cchc_progress_task_deadline(p, i), 0);
        cchc__csv_field(out, cchc_task_state_name(cchc_progress_task_state(p, i)), 0);
        cchc__csv_field(out, cchc_status_name(cchc__progress_task_status(p, i)), 0);
        cchc__csv_field(out, percent, 0);
        cchc__csv_field(out, cchc__progress_task_completed(p, i), 0);
        cchc__csv_field(out, cchc__report_task_completed_in_window(r, i) ? "yes" : "no", 0);
        g_string_append(out, "\r\n");
    }
    return g_string_free(out, FALSE);
}

/* ---- the entry point ------------------------------------------------------ */

int cchc_report_write(char **out, size_t *out_size, const cchc_report *report,
                      const cchc_plan *plan, int format, int flags)
{
    if (out)
        *out = NULL;
    if (out_size)
        *out_size = 0;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(report);
    CCHC__CHECK_ARG(plan);
    if (format < CCHC_OUTPUT_TEXT || format > CCHC_OUTPUT_JSON)
        return cchc__fail(CCHC_EINVAL, "report: unknown output format %d", format);
    if (flags & ~CCHC_OUTPUT_BOM)
        return cchc__fail(CCHC_EINVAL,
                          "report: output flags 0x%x are unknown or do not apply to reports",
                          (unsigned)(flags & ~CCHC_OUTPUT_BOM));
    if ((flags & CCHC_OUTPUT_BOM) && format != CCHC_OUTPUT_CSV)
        return cchc__fail(CCHC_EINVAL, "report: a byte order mark is for CSV only");
    const cchc_progress *p = cchc_report_progress(report);
    for (size_t i = 0; i < cchc_progress_task_count(p); i++) {
        const char *key = cchc_progress_task_key(p, i);
        if (!cchc_plan_find_task(plan, key))
            return cchc__fail(CCHC_EINVAL,
                              "report: the plan does not hold the report's task \"%s\"", key);
    }
    char *doc = NULL;
    switch (format) {
    case CCHC_OUTPUT_TEXT: doc = write_text(report, plan); break;
    case CCHC_OUTPUT_MARKDOWN: doc = write_markdown(report, plan); break;
    case CCHC_OUTPUT_CSV: doc = write_csv(report, plan, flags & CCHC_OUTPUT_BOM); break;
    default: doc = cchc__report_json(report, plan, NULL); break;
    }
    if (out_size)
        *out_size = strlen(doc);
    *out = doc;
    return CCHC_OK;
}
