/*
 * libcchc — scores, rankings and comparisons for people and spreadsheets:
 * aligned plain text, Markdown tables and CSV (RFC 4180). JSON is in
 * json-ranking-write.c; the SVG radar chart in export-svg.c.
 *
 * Formats layer: every figure comes from an evaluation, a ranking or a
 * comparison; this file only lays them out, rounded for display by
 * cchc_points_round() (docs/ranking.md, "Outputs"). Text columns are
 * aligned by display width, so Vietnamese lines up.
 *
 * SPDX-License-Identifier: MIT
 */
#include "export-table.h"
#include "ranking-internal.h"

#include <string.h>

/* ---- figures as shown ---------------------------------------------------- */

/* Two decimals, rounded by cchc_points_round(), decimal point. */
static char *fig(double value)
{
    char *text = NULL;
    if (cchc_points_format(&text, value, 0) != CCHC_OK)
        return g_strdup("");
    char *copy = g_strdup(text);
    cchc_free(text);
    return copy;
}

/* A change with its sign: "+2.35", "-0.50", "0.00". The sign follows the
 * rounded figure, so that a change that rounds to nothing reads "0.00". */
static char *signed_fig(double value)
{
    char *text = fig(value);
    if (text[0] == '-' && strcmp(text, "-0.00") == 0) {
        g_free(text);
        return g_strdup("0.00");
    }
    if (text[0] != '-' && strcmp(text, "0.00") != 0) {
        char *signed_text = g_strconcat("+", text, NULL);
        g_free(text);
        return signed_text;
    }
    return text;
}

static char *count_text(size_t n)
{
    return g_strdup_printf("%zu", n);
}

/* "↑2", "↓1", "=" for a number of places moved up. */
static char *moved_text(int places)
{
    if (places > 0)
        return g_strdup_printf("↑%d", places);
    if (places < 0)
        return g_strdup_printf("↓%d", -places);
    return g_strdup("=");
}

static const char *appraisal_text(int state)
{
    switch (state) {
    case CCHC_APPRAISAL_COMPLETE: return "đã thẩm định (appraised)";
    case CCHC_APPRAISAL_PARTIAL: return "thẩm định một phần (partly appraised)";
    default: return "chưa thẩm định (not yet appraised)";
    }
}

static const char *appraisal_name(int state)
{
    switch (state) {
    case CCHC_APPRAISAL_COMPLETE: return "complete";
    case CCHC_APPRAISAL_PARTIAL: return "partial";
    default: return "none";
    }
}

/* ---- a document of headings and tables, as text or Markdown -------------- */

typedef struct {
    GString *out;
    int markdown;
} doc;

/* Level 1: the title; 2: a section; 3: a subsection. In text, a section's
 * tables are indented two spaces, a subsection's four. */
static void doc_heading(doc *d, int level, const char *text)
{
    if (d->markdown) {
        if (d->out->len)
            g_string_append_c(d->out, '\n');
        for (int i = 0; i < level; i++)
            g_string_append_c(d->out, '#');
        g_string_append_c(d->out, ' ');
        cchc__md_text(d->out, text);
        g_string_append_c(d->out, '\n');
        return;
    }
    if (d->out->len)
        g_string_append_c(d->out, '\n');
    for (int i = 2; i < level; i++)
        g_string_append(d->out, "  ");
    g_string_append(d->out, text);
    g_string_append(d->out, level == 1 ? "\n\n" : "\n");
}

/* A cchc__table under a heading of @level (0: under the title, not indented).
 * In text the first row (the header) is left out when @text_header is 0:
 * key–value tables read better without one. */
static void doc_table(doc *d, int level, const cchc__table *t, int text_header)
{
    if (d->markdown) {
        g_string_append_c(d->out, '\n');
        cchc__table_markdown(d->out, t);
        return;
    }
    GString *indent = g_string_new(NULL);
    for (int i = 1; i < level; i++)
        g_string_append(indent, "  ");
    if (text_header) {
        cchc__table_text(d->out, t, indent->str);
    } else {
        cchc__table copy = {g_ptr_array_new(), t->align};
        for (guint i = 1; i < t->rows->len; i++)
            g_ptr_array_add(copy.rows, g_ptr_array_index(t->rows, i));
        cchc__table_text(d->out, &copy, indent->str);
        g_ptr_array_unref(copy.rows);
    }
    g_string_free(indent, TRUE);
}

static void doc_line(doc *d, int level, const char *text)
{
    if (d->markdown) {
        g_string_append_c(d->out, '\n');
        cchc__md_text(d->out, text);
        g_string_append_c(d->out, '\n');
        return;
    }
    for (int i = 1; i < level; i++)
        g_string_append(d->out, "  ");
    g_string_append(d->out, text);
    g_string_append_c(d->out, '\n');
}

static void kv(cchc__table *t, const char *key, const char *value)
{
    GPtrArray *row = cchc__table_row(t);
    cchc__cell(row, key);
    cchc__cell(row, value);
}

static void kv_take(cchc__table *t, const char *key, char *value)
{
    GPtrArray *row = cchc__table_row(t);
    cchc__cell(row, key);
    cchc__cell_take(row, value);
}

static void kv_header(cchc__table *t)
{
    kv(t, "Mục (item)", "Giá trị (value)");
}

/* "Tên đơn vị [id]" */
static char *unit_title(const char *name, const char *id)
{
    if (!*name)
        return g_strdup_printf("[%s]", id);
    return g_strdup_printf("%s [%s]", name, id);
}

static char *scheme_text(const char *name, const char *id)
{
    if (!*name)
        return g_strdup(*id ? id : "—");
    if (!*id)
        return g_strdup(name);
    return g_strdup_printf("%s [%s]", name, id);
}

static void csv_take(GString *out, char *text, int first)
{
    cchc__csv_field(out, text, first);
    g_free(text);
}

static void csv_header(GString *out, const char *const *columns, size_t n)
{
    for (size_t c = 0; c < n; c++)
        cchc__csv_field(out, columns[c], c == 0);
    g_string_append(out, "\r\n");
}

/* ---- checks shared by the entry points ------------------------------------ */

static int check_format(const char *what, int format, int flags)
{
    if (format < CCHC_OUTPUT_TEXT || format > CCHC_OUTPUT_JSON)
        return cchc__fail(CCHC_EINVAL, "%s: unknown output format %d", what, format);
    if (flags & ~CCHC_OUTPUT_BOM)
        return cchc__fail(CCHC_EINVAL, "%s: output flags 0x%x are unknown or do not apply",
                          what, (unsigned)(flags & ~CCHC_OUTPUT_BOM));
    if ((flags & CCHC_OUTPUT_BOM) && format != CCHC_OUTPUT_CSV)
        return cchc__fail(CCHC_EINVAL, "%s: a byte order mark is for CSV only", what);
    return CCHC_OK;
}

static int finish(char **out, size_t *out_size, char *doc_text)
{
    if (out_size)
        *out_size = strlen(doc_text);
    *out = doc_text;
    return CCHC_OK;
}

/* ==== scores of evaluations ================================================ */

static void evaluation_header(doc *d, const cchc_evaluation *const *evs, size_t count)
{
    const cchc_evaluation *first = evs[0];
    cchc__table t;
    cchc__table_init(&t, "ll");
    kv_header(&t);
    kv_take(&t, "Bộ chỉ số (scheme)",
            scheme_text(cchc_evaluation_scheme_name(first), cchc_evaluation_scheme_id(first)));
    int year = cchc_evaluation_year(first);
    for (size_t i = 1; i < count; i++)
        if (cchc_evaluation_year(evs[i]) != year)
            year = 0;
    kv_take(&t, "Năm (year)", year ? g_strdup_printf("%d", year) : g_strdup("—"));
    kv_take(&t, "Số đơn vị (units)", count_text(count));
    doc_table(d, 0, &t, 0);
    cchc__table_clear(&t);
}

/* The index of an area, "—" when nothing of it counts. */
static char *area_index_text(const cchc_node_score *s)
{
    return cchc_node_score_is_excluded(s) ? g_strdup("—") : fig(cchc_node_score_index(s));
}

static const char *area_band_text(const cchc_evaluation *ev, const cchc_node_score *s)
{
    size_t band = 0;
    if (cchc_node_score_is_excluded(s) || cchc_evaluation_band_count(ev) == 0)
        return "";
    int code = cchc_last_error_code();
    char *message = g_strdup(cchc_last_error_message());
    int rc = cchc_node_score_band(&band, s);
    if (rc != CCHC_OK) {
        /* No band holds it: the writer leaves the caller's last error alone. */
        if (code != CCHC_OK)
            cchc__fail(code, "%s", message);
        else
            cchc_clear_error();
    }
    g_free(message);
    if (rc != CCHC_OK)
        return "";
    const char *label = cchc_evaluation_band_label_at(ev, band);
    return label ? label : "";
}

static void evaluation_summary(doc *d, const cchc_evaluation *const *evs, size_t count)
{
    size_t n_areas = cchc_evaluation_area_count(evs[0]);
    cchc__table t;
    GString *align = g_string_new("rlrrrl");
    for (size_t a = 0; a < n_areas; a++)
        g_string_append_c(align, 'r');
    cchc__table_init(&t, align->str);
    g_string_free(align, TRUE);
    GPtrArray *row = cchc__table_row(&t);
    cchc__cell(row, "#");
    cchc__cell(row, "Đơn vị (unit)");
    cchc__cell(row, "Điểm (points)");
    cchc__cell(row, "Tối đa (max)");
    cchc__cell(row, "Chỉ số (%)");
    cchc__cell(row, "Xếp loại (band)");
    for (size_t a = 0; a < n_areas; a++)
        cchc__cell_take(row, g_strdup_printf("LV %s", cchc_node_score_code(
                                                    cchc_evaluation_area_at(evs[0], a))));
    for (size_t i = 0; i < count; i++) {
        const cchc_evaluation *ev = evs[i];
        row = cchc__table_row(&t);
        cchc__cell_take(row, count_text(i + 1));
        cchc__cell_take(row, unit_title(cchc_evaluation_unit_name(ev), cchc_evaluation_unit_id(ev)));
        cchc__cell_take(row, fig(cchc_evaluation_total(ev)));
        cchc__cell_take(row, fig(cchc_evaluation_maximum(ev)));
        cchc__cell_take(row, fig(cchc_evaluation_index(ev)));
        cchc__cell(row, cchc_evaluation_band_label(ev));
        for (size_t a = 0; a < n_areas; a++)
            cchc__cell_take(row, area_index_text(cchc_evaluation_area_at(ev, a)));
    }
    doc_heading(d, 2, "Tổng hợp (summary)");
    doc_line(d, 2, "LV n: chỉ số lĩnh vực n, % (index of area n)");
    doc_table(d, 2, &t, 1);
    cchc__table_clear(&t);
}

static void evaluation_block(doc *d, const cchc_evaluation *ev)
{
    g_autofree char *title =
        unit_title(cchc_evaluation_unit_name(ev), cchc_evaluation_unit_id(ev));
    doc_heading(d, 2, title);

    cchc__table t;
    cchc__table_init(&t, "ll");
    kv_header(&t);
    if (*cchc_evaluation_unit_kind(ev))
        kv(&t, "Loại đơn vị (unit kind)", cchc_evaluation_unit_kind(ev));
    kv_take(&t, "Tự đánh giá (self-assessed points)", fig(cchc_evaluation_self_total(ev)));
    kv_take(&t, "Điểm đạt được (final points)", fig(cchc_evaluation_total(ev)));
    kv_take(&t, "Điểm tối đa (maximum)", fig(cchc_evaluation_maximum(ev)));
    kv_take(&t, "Chỉ số CCHC (index, %)", fig(cchc_evaluation_index(ev)));
    kv(&t, "Xếp loại (band)", *cchc_evaluation_band_label(ev) ? cchc_evaluation_band_label(ev)
                                                               : "—");
    kv(&t, "Thẩm định (appraisal)", appraisal_text(cchc_evaluation_appraisal(ev)));
    if (cchc_evaluation_is_rescaled(ev)) {
        g_autofree char *nominal = fig(cchc_evaluation_nominal_maximum(ev));
        g_autofree char *scaled = fig(cchc_evaluation_scaled_total(ev));
        kv_take(&t, "Quy đổi (rescaled)",
                g_strdup_printf("%s / %s (phần không áp dụng hoặc thiếu được loại khỏi "
                                "điểm tối đa; not-applicable or missing parts leave the "
                                "maximum)",
                                scaled, nominal));
    }
    doc_table(d, 2, &t, 0);
    cchc__table_clear(&t);

    size_t n_components = cchc_evaluation_component_count(ev);
    if (n_components > 0) {
        cchc__table_init(&t, "lrrrl");
        GPtrArray *row = cchc__table_row(&t);
        cchc__cell(row, "Thành phần (component)");
        cchc__cell(row, "Điểm (points)");
        cchc__cell(row, "Tối đa (max)");
        cchc__cell(row, "Chỉ số (%)");
        cchc__cell(row, "");
        for (size_t c = 0; c < n_components; c++) {
            row = cchc__table_row(&t);
            const char *label = cchc_evaluation_component_label(ev, c);
            const char *id = cchc_evaluation_component_id(ev, c);
            cchc__cell_take(row, *label ? g_strdup_printf("%s (%s)", label, id) : g_strdup(id));
            int missing = cchc_evaluation_component_is_missing(ev, c);
            cchc__cell_take(row, fig(cchc_evaluation_component_points(ev, c)));
            cchc__cell_take(row, fig(cchc_evaluation_component_maximum(ev, c)));
            cchc__cell_take(row, missing ? g_strdup("—")
                                   : fig(cchc_evaluation_component_index(ev, c)));
            cchc__cell(row, missing ? "thiếu, không tính (missing, left out)" : "");
        }
        doc_heading(d, 3, "Theo thành phần (by component)");
        doc_table(d, 3, &t, 1);
        cchc__table_clear(&t);
    }

    cchc__table_init(&t, "rlrrrrrl");
    GPtrArray *row = cchc__table_row(&t);
    cchc__cell(row, "#");
    cchc__cell(row, "Lĩnh vực (area)");
    cchc__cell(row, "Tối đa (max)");
    cchc__cell(row, "Tự chấm (self)");
    cchc__cell(row, "Thẩm định (appraised)");
    cchc__cell(row, "Điểm (final)");
    cchc__cell(row, "Chỉ số (%)");
    cchc__cell(row, "Xếp loại (band)");
    for (size_t a = 0; a < cchc_evaluation_area_count(ev); a++) {
        const cchc_node_score *s = cchc_evaluation_area_at(ev, a);
        row = cchc__table_row(&t);
        cchc__cell(row, cchc_node_score_code(s));
        cchc__cell(row, cchc_node_score_label(s));
        if (cchc_node_score_is_excluded(s)) {
            /* Nothing of it counts: it left the maximum (the total row adds
             * up without it). */
            for (int k = 0; k < 5; k++)
                cchc__cell(row, "—");
            cchc__cell(row, "không áp dụng (n/a)");
            continue;
        }
        cchc__cell_take(row, fig(cchc_node_score_maximum(s)));
        cchc__cell_take(row, fig(cchc_node_score_self(s)));
        cchc__cell_take(row, cchc_node_score_appraisal(s) == CCHC_APPRAISAL_NONE
                           ? g_strdup("—")
                           : fig(cchc_node_score_appraised(s)));
        cchc__cell_take(row, fig(cchc_node_score_final(s)));
        cchc__cell_take(row, fig(cchc_node_score_index(s)));
        cchc__cell(row, area_band_text(ev, s));
    }
    row = cchc__table_row(&t);
    cchc__cell(row, "");
    cchc__cell(row, d->markdown ? "**Tổng cộng (total)**" : "Tổng cộng (total)");
    cchc__cell_take(row, fig(cchc_evaluation_maximum(ev)));
    cchc__cell_take(row, fig(cchc_evaluation_self_total(ev)));
    cchc__cell(row, "");
    cchc__cell_take(row, fig(cchc_evaluation_total(ev)));
    cchc__cell_take(row, fig(cchc_evaluation_index(ev)));
    cchc__cell(row, cchc_evaluation_band_label(ev));
    doc_heading(d, 3, "Theo lĩnh vực (by area)");
    doc_table(d, 3, &t, 1);
    cchc__table_clear(&t);
}

static char *evaluations_doc(const cchc_evaluation *const *evs, size_t count, int markdown)
{
    doc d = {g_string_new(NULL), markdown};
    doc_heading(&d, 1, "Điểm Chỉ số CCHC (PAR index scores)");
    evaluation_header(&d, evs, count);
    if (count > 1)
        evaluation_summary(&d, evs, count);
    for (size_t i = 0; i < count; i++)
        evaluation_block(&d, evs[i]);
    return g_string_free(d.out, FALSE);
}

static char *evaluations_csv(const cchc_evaluation *const *evs, size_t count, int bom)
{
    static const char *const columns[] = {
        "unit_id", "unit_name", "unit_kind", "year",      "code",  "depth",
        "label",   "nominal_maximum", "maximum", "self", "appraised", "final",
        "index",   "band",     "appraisal", "not_applicable", "missing", "excluded"};
    GString *out = g_string_new(bom ? "\xEF\xBB\xBF" : "");
    csv_header(out, columns, G_N_ELEMENTS(columns));
    for (size_t i = 0; i < count; i++) {
        const cchc_evaluation *ev = evs[i];
        const char *id = cchc_evaluation_unit_id(ev), *name = cchc_evaluation_unit_name(ev),
                   *kind = cchc_evaluation_unit_kind(ev);
        int year = cchc_evaluation_year(ev);
        /* the whole */
        cchc__csv_field(out, id, 1);
        cchc__csv_field(out, name, 0);
        cchc__csv_field(out, kind, 0);
        csv_take(out, year ? g_strdup_printf("%d", year) : g_strdup(""), 0);
        cchc__csv_field(out, "", 0);
        cchc__csv_field(out, "0", 0);
        cchc__csv_field(out, "Tổng cộng", 0);
        csv_take(out, fig(cchc_evaluation_nominal_maximum(ev)), 0);
        csv_take(out, fig(cchc_evaluation_maximum(ev)), 0);
        csv_take(out, fig(cchc_evaluation_self_total(ev)), 0);
        cchc__csv_field(out, "", 0);
        csv_take(out, fig(cchc_evaluation_total(ev)), 0);
        csv_take(out, fig(cchc_evaluation_index(ev)), 0);
        cchc__csv_field(out, cchc_evaluation_band_label(ev), 0);
        cchc__csv_field(out, appraisal_name(cchc_evaluation_appraisal(ev)), 0);
        cchc__csv_field(out, "no", 0);
        cchc__csv_field(out, "no", 0);
        cchc__csv_field(out, cchc_evaluation_maximum(ev) > 0 ? "no" : "yes", 0);
        g_string_append(out, "\r\n");
        for (size_t k = 0; k < cchc_evaluation_node_count(ev); k++) {
            const cchc_node_score *s = cchc_evaluation_node_at(ev, k);
            int excluded = cchc_node_score_is_excluded(s);
            int appraised = cchc_node_score_appraisal(s) != CCHC_APPRAISAL_NONE;
            cchc__csv_field(out, id, 1);
            cchc__csv_field(out, name, 0);
            cchc__csv_field(out, kind, 0);
            csv_take(out, year ? g_strdup_printf("%d", year) : g_strdup(""), 0);
            cchc__csv_field(out, cchc_node_score_code(s), 0);
            csv_take(out, g_strdup_printf("%d", cchc_node_score_depth(s)), 0);
            cchc__csv_field(out, cchc_node_score_label(s), 0);
            csv_take(out, fig(cchc_node_score_nominal_maximum(s)), 0);
            csv_take(out, fig(cchc_node_score_maximum(s)), 0);
            csv_take(out, fig(cchc_node_score_self(s)), 0);
            csv_take(out, appraised ? fig(cchc_node_score_appraised(s)) : g_strdup(""), 0);
            csv_take(out, fig(cchc_node_score_final(s)), 0);
            csv_take(out, excluded ? g_strdup("") : fig(cchc_node_score_index(s)), 0);
            cchc__csv_field(out, area_band_text(ev, s), 0);
            cchc__csv_field(out, appraisal_name(cchc_node_score_appraisal(s)), 0);
            cchc__csv_field(out, cchc_node_score_is_not_applicable(s) ? "yes" : "no", 0);
            cchc__csv_field(out, cchc_node_score_is_missing(s) ? "yes" : "no", 0);
            cchc__csv_field(out, excluded ? "yes" : "no", 0);
            g_string_append(out, "\r\n");
        }
    }
    return g_string_free(out, FALSE);
}

/* 1 when @a and @b have the same area codes. */
static int same_areas(const cchc_evaluation *a, const cchc_evaluation *b)
{
    size_t n = cchc_evaluation_area_count(a);
    if (n != cchc_evaluation_area_count(b))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(cchc_node_score_code(cchc_evaluation_area_at(a, i)),
                   cchc_node_score_code(cchc_evaluation_area_at(b, i))) != 0)
            return 0;
    return 1;
}

int cchc__check_same_scheme(const char *what, const cchc_evaluation *first,
                            const cchc_evaluation *other)
{
    if (strcmp(cchc_evaluation_scheme_id(first), cchc_evaluation_scheme_id(other)) != 0)
        return cchc__fail(CCHC_EINVAL,
                          "%s: unit \"%s\" was scored under scheme \"%s\", unit \"%s\" under "
                          "\"%s\"",
                          what, cchc_evaluation_unit_id(other), cchc_evaluation_scheme_id(other),
                          cchc_evaluation_unit_id(first), cchc_evaluation_scheme_id(first));
    if (!same_areas(first, other))
        return cchc__fail(CCHC_EINVAL,
                          "%s: units \"%s\" and \"%s\" have different areas under scheme "
                          "\"%s\"",
                          what, cchc_evaluation_unit_id(first), cchc_evaluation_unit_id(other),
                          cchc_evaluation_scheme_id(first));
    return CCHC_OK;
}

int cchc_evaluation_write(char **out, size_t *out_size,
                          const cchc_evaluation *const *evaluations, size_t count, int format,
                          int flags)
{
    if (out)
        *out = NULL;
    if (out_size)
        *out_size = 0;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(evaluations);
    if (count == 0)
        return cchc__fail(CCHC_EINVAL, "scores: no evaluation to write");
    for (size_t i = 0; i < count; i++)
        if (!evaluations[i])
            return cchc__fail(CCHC_EINVAL, "scores: evaluation %zu is NULL", i);
    int rc = check_format("scores", format, flags);
    if (rc != CCHC_OK)
        return rc;
    for (size_t i = 1; i < count; i++)
        if ((rc = cchc__check_same_scheme("scores", evaluations[0], evaluations[i])) != CCHC_OK)
            return rc;
    char *text = NULL;
    switch (format) {
    case CCHC_OUTPUT_TEXT: text = evaluations_doc(evaluations, count, 0); break;
    case CCHC_OUTPUT_MARKDOWN: text = evaluations_doc(evaluations, count, 1); break;
    case CCHC_OUTPUT_CSV: text = evaluations_csv(evaluations, count, flags & CCHC_OUTPUT_BOM); break;
    default: text = cchc__scores_json(evaluations, count); break;
    }
    return finish(out, out_size, text);
}

/* ==== a ranking ============================================================ */

/* "1", "2=" (shared), "3*" (a tie broken by input order under ordinal). */
static char *rank_text(size_t rank, int tied, int policy)
{
    if (!tied)
        return count_text(rank);
    return g_strdup_printf("%zu%s", rank, policy == CCHC_TIES_ORDINAL ? "*" : "=");
}

static const char *tie_text(int policy)
{
    switch (policy) {
    case CCHC_TIES_DENSE: return "dense — 1-2-2-3 (đồng hạng, hạng sau liền kề)";
    case CCHC_TIES_ORDINAL:
        return "ordinal — 1-2-3-4 (bằng chỉ số: theo thứ tự nhập; ties in input order)";
    default: return "competition — 1-2-2-4 (đồng hạng, bỏ qua hạng kế tiếp)";
    }
}

static const char *group_by_text(int group_by)
{
    switch (group_by) {
    case CCHC_GROUP_BY_KIND: return "theo loại đơn vị (by unit kind)";
    case CCHC_GROUP_BY_CALLER: return "theo nhóm đã cho (by the groups given)";
    default: return "không chia nhóm (none)";
    }
}

/* The group heading: "Nhóm (group): department". */
static char *group_title(const char *name, int group_by)
{
    if (group_by == CCHC_GROUP_BY_NONE)
        return g_strdup("Xếp hạng (ranking)");
    return g_strdup_printf("Nhóm (group): %s", *name ? name : "—");
}

/* Entries of group @g, in ranking order. */
static GPtrArray *group_entries(const cchc_ranking *r, const char *group)
{
    GPtrArray *list = g_ptr_array_new();
    for (size_t i = 0; i < cchc_ranking_count(r); i++) {
        const cchc_rank_entry *e = cchc_ranking_at(r, i);
        if (strcmp(cchc_rank_entry_group(e), group) == 0)
            g_ptr_array_add(list, (gpointer)e);
    }
    return list;
}

/* Sorting a group's entries by their rank on one area. */
typedef struct {
    const cchc_rank_entry *entry;
    size_t rank; /* 0: excluded, last */
} area_sort;

static int area_sort_cmp(const void *a, const void *b)
{
    const area_sort *x = a, *y = b;
    if ((x->rank == 0) != (y->rank == 0))
        return x->rank == 0 ? 1 : -1;
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    size_t ix = cchc_rank_entry_input_index(x->entry), iy = cchc_rank_entry_input_index(y->entry);
    return (ix > iy) - (ix < iy);
}

static char *ranking_doc(const cchc_ranking *r, int markdown)
{
    doc d = {g_string_new(NULL), markdown};
    int policy = cchc_ranking_ties(r), group_by = cchc_ranking_group_by(r);
    doc_heading(&d, 1, "Xếp hạng Chỉ số CCHC (PAR index ranking)");
    cchc__table t;
    cchc__table_init(&t, "ll");
    kv_header(&t);
    kv_take(&t, "Bộ chỉ số (scheme)",
            scheme_text(cchc_ranking_scheme_name(r), cchc_ranking_scheme_id(r)));
    int year = cchc_ranking_year(r);
    kv_take(&t, "Năm (year)", year ? g_strdup_printf("%d", year) : g_strdup("—"));
    kv_take(&t, "Số đơn vị (units)", count_text(cchc_ranking_count(r)));
    kv(&t, "Đồng hạng (ties)", tie_text(policy));
    kv(&t, "Nhóm (groups)", group_by_text(group_by));
    doc_table(&d, 0, &t, 0);
    cchc__table_clear(&t);
    doc_line(&d, 0, policy == CCHC_TIES_ORDINAL
                        ? "Xếp trên chỉ số chưa làm tròn; * = bằng chỉ số, xếp theo thứ tự nhập "
                          "(ranked on unrounded indexes; * = tie broken by input order)."
                        : "Xếp trên chỉ số chưa làm tròn; = đồng hạng (ranked on unrounded "
                          "indexes; = marks a shared rank).");

    size_t n_areas = cchc_ranking_area_count(r);
    for (size_t g = 0; g < cchc_ranking_group_count(r); g++) {
        const char *group = cchc_ranking_group_at(r, g);
        GPtrArray *entries = group_entries(r, group);
        g_autofree char *title = group_title(group, group_by);
        doc_heading(&d, 2, title);
        cchc__table_init(&t, "rlrrrl");
        GPtrArray *row = cchc__table_row(&t);
        cchc__cell(row, "Hạng (rank)");
        cchc__cell(row, "Đơn vị (unit)");
        cchc__cell(row, "Điểm (points)");
        cchc__cell(row, "Tối đa (max)");
        cchc__cell(row, "Chỉ số (%)");
        cchc__cell(row, "Xếp loại (band)");
        for (guint i = 0; i < entries->len; i++) {
            const cchc_rank_entry *e = g_ptr_array_index(entries, i);
            row = cchc__table_row(&t);
            cchc__cell_take(row, rank_text(cchc_rank_entry_rank(e), cchc_rank_entry_is_tied(e), policy));
            cchc__cell_take(row, unit_title(cchc_rank_entry_unit_name(e), cchc_rank_entry_unit_id(e)));
            cchc__cell_take(row, fig(cchc_rank_entry_total(e)));
            cchc__cell_take(row, fig(cchc_rank_entry_maximum(e)));
            cchc__cell_take(row, fig(cchc_rank_entry_index(e)));
            cchc__cell(row, cchc_rank_entry_band(e));
        }
        doc_table(&d, 2, &t, 1);
        cchc__table_clear(&t);

        area_sort *items = g_new(area_sort, entries->len + 1);
        for (size_t a = 0; a < n_areas; a++) {
            for (guint i = 0; i < entries->len; i++) {
                items[i].entry = g_ptr_array_index(entries, i);
                items[i].rank = cchc_rank_entry_area_rank(items[i].entry, a);
            }
            qsort(items, entries->len, sizeof *items, area_sort_cmp);
            g_autofree char *heading = g_strdup_printf(
                "Lĩnh vực (area) %s. %s", cchc_ranking_area_code(r, a),
                cchc_ranking_area_label(r, a));
            cchc__table_init(&t, "rlrl");
            row = cchc__table_row(&t);
            cchc__cell(row, "Hạng (rank)");
            cchc__cell(row, "Đơn vị (unit)");
            cchc__cell(row, "Chỉ số (%)");
            cchc__cell(row, "Xếp loại (band)");
            for (guint i = 0; i < entries->len; i++) {
                const cchc_rank_entry *e = items[i].entry;
                row = cchc__table_row(&t);
                if (items[i].rank == 0) {
                    cchc__cell(row, "—");
                    cchc__cell_take(row, unit_title(cchc_rank_entry_unit_name(e),
                                              cchc_rank_entry_unit_id(e)));
                    cchc__cell(row, "—");
                    cchc__cell(row, "không áp dụng (n/a)");
                    continue;
                }
                cchc__cell_take(row, count_text(items[i].rank));
                cchc__cell_take(row, unit_title(cchc_rank_entry_unit_name(e), cchc_rank_entry_unit_id(e)));
                cchc__cell_take(row, fig(cchc_rank_entry_area_index(e, a)));
                cchc__cell(row, cchc_rank_entry_area_band(e, a));
            }
            doc_heading(&d, 3, heading);
            doc_table(&d, 3, &t, 1);
            cchc__table_clear(&t);
        }
        g_free(items);
        g_ptr_array_unref(entries);
    }
    return g_string_free(d.out, FALSE);
}

static char *ranking_csv(const cchc_ranking *r, int bom)
{
    static const char *const columns[] = {"group", "unit_id", "unit_name", "unit_kind",
                                          "scope", "label",   "rank",      "tied",
                                          "points", "maximum", "index",    "band"};
    GString *out = g_string_new(bom ? "\xEF\xBB\xBF" : "");
    csv_header(out, columns, G_N_ELEMENTS(columns));
    for (size_t i = 0; i < cchc_ranking_count(r); i++) {
        const cchc_rank_entry *e = cchc_ranking_at(r, i);
        cchc__csv_field(out, cchc_rank_entry_group(e), 1);
        cchc__csv_field(out, cchc_rank_entry_unit_id(e), 0);
        cchc__csv_field(out, cchc_rank_entry_unit_name(e), 0);
        cchc__csv_field(out, cchc_rank_entry_unit_kind(e), 0);
        cchc__csv_field(out, "total", 0);
        cchc__csv_field(out, "Tổng cộng", 0);
        csv_take(out, count_text(cchc_rank_entry_rank(e)), 0);
        cchc__csv_field(out, cchc_rank_entry_is_tied(e) ? "yes" : "no", 0);
        csv_take(out, fig(cchc_rank_entry_total(e)), 0);
        csv_take(out, fig(cchc_rank_entry_maximum(e)), 0);
        csv_take(out, fig(cchc_rank_entry_index(e)), 0);
        cchc__csv_field(out, cchc_rank_entry_band(e), 0);
        g_string_append(out, "\r\n");
        for (size_t a = 0; a < cchc_rank_entry_area_count(e); a++) {
            size_t rank = cchc_rank_entry_area_rank(e, a);
            cchc__csv_field(out, cchc_rank_entry_group(e), 1);
            cchc__csv_field(out, cchc_rank_entry_unit_id(e), 0);
            cchc__csv_field(out, cchc_rank_entry_unit_name(e), 0);
            cchc__csv_field(out, cchc_rank_entry_unit_kind(e), 0);
            cchc__csv_field(out, cchc_rank_entry_area_code(e, a), 0);
            cchc__csv_field(out, cchc_ranking_area_label(r, a), 0);
            csv_take(out, rank ? count_text(rank) : g_strdup(""), 0);
            cchc__csv_field(out, "", 0);
            cchc__csv_field(out, "", 0);
            cchc__csv_field(out, "", 0);
            csv_take(out, rank ? fig(cchc_rank_entry_area_index(e, a)) : g_strdup(""), 0);
            cchc__csv_field(out, cchc_rank_entry_area_band(e, a), 0);
            g_string_append(out, "\r\n");
        }
    }
    return g_string_free(out, FALSE);
}

int cchc_ranking_write(char **out, size_t *out_size, const cchc_ranking *ranking, int format,
                       int flags)
{
    if (out)
        *out = NULL;
    if (out_size)
        *out_size = 0;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(ranking);
    int rc = check_format("ranking", format, flags);
    if (rc != CCHC_OK)
        return rc;
    if (cchc_ranking_group_count(ranking) == 0)
        return cchc__fail(CCHC_EINVAL, "ranking: not computed (call cchc_ranking_compute())");
    char *text = NULL;
    switch (format) {
    case CCHC_OUTPUT_TEXT: text = ranking_doc(ranking, 0); break;
    case CCHC_OUTPUT_MARKDOWN: text = ranking_doc(ranking, 1); break;
    case CCHC_OUTPUT_CSV: text = ranking_csv(ranking, flags & CCHC_OUTPUT_BOM); break;
    default: text = cchc__ranking_json(ranking); break;
    }
    return finish(out, out_size, text);
}

/* ==== a comparison ========================================================= */

static char *side_text(const char *scheme_id, int year)
{
    if (year)
        return g_strdup_printf("%s, năm (year) %d", *scheme_id ? scheme_id : "—", year);
    return g_strdup(*scheme_id ? scheme_id : "—");
}

/* "4 → 2" with absent sides as "—". */
static char *pair_text(const char *before, const char *after)
{
    return g_strdup_printf("%s → %s", *before ? before : "—", *after ? after : "—");
}

static char *rank_or_dash(size_t rank)
{
    return rank ? count_text(rank) : g_strdup("");
}

static const char *presence_text(const cchc_change *c)
{
    if (!cchc_change_in_before(c))
        return "mới (new)";
    if (!cchc_change_in_after(c))
        return "không còn (gone)";
    return "";
}

static char *comparison_doc(const cchc_comparison *c, int markdown)
{
    doc d = {g_string_new(NULL), markdown};
    doc_heading(&d, 1, "So sánh xếp hạng Chỉ số CCHC (PAR index ranking comparison)");
    cchc__table t;
    cchc__table_init(&t, "ll");
    kv_header(&t);
    kv_take(&t, "Trước (before)",
            side_text(cchc_comparison_before_scheme_id(c), cchc_comparison_before_year(c)));
    kv_take(&t, "Sau (after)",
            side_text(cchc_comparison_after_scheme_id(c), cchc_comparison_after_year(c)));
    kv_take(&t, "Số đơn vị (units)", count_text(cchc_comparison_count(c)));
    doc_table(&d, 0, &t, 0);
    cchc__table_clear(&t);
    doc_line(&d, 0, "Hạng: ↑ lên, ↓ xuống (rank: ↑ moved up, ↓ moved down); chênh lệch chỉ "
                    "số tính trên số chưa làm tròn (changes of index on unrounded values).");

    cchc__table_init(&t, "lrrrrrrll");
    GPtrArray *row = cchc__table_row(&t);
    cchc__cell(row, "Đơn vị (unit)");
    cchc__cell(row, "Hạng trước (rank before)");
    cchc__cell(row, "Hạng sau (after)");
    cchc__cell(row, "Thay đổi (moved)");
    cchc__cell(row, "Chỉ số trước (%)");
    cchc__cell(row, "Chỉ số sau (%)");
    cchc__cell(row, "Chênh lệch (change)");
    cchc__cell(row, "Xếp loại (band)");
    cchc__cell(row, "");
    for (size_t i = 0; i < cchc_comparison_count(c); i++) {
        const cchc_change *ch = cchc_comparison_at(c, i);
        int both = cchc_change_in_before(ch) && cchc_change_in_after(ch);
        row = cchc__table_row(&t);
        cchc__cell_take(row, unit_title(cchc_change_unit_name(ch), cchc_change_unit_id(ch)));
        cchc__cell_take(row, rank_or_dash(cchc_change_rank_before(ch)));
        cchc__cell_take(row, rank_or_dash(cchc_change_rank_after(ch)));
        cchc__cell_take(row, both ? moved_text(cchc_change_rank_delta(ch)) : g_strdup(""));
        cchc__cell_take(row, cchc_change_in_before(ch) ? fig(cchc_change_index_before(ch)) : g_strdup(""));
        cchc__cell_take(row, cchc_change_in_after(ch) ? fig(cchc_change_index_after(ch)) : g_strdup(""));
        cchc__cell_take(row, both ? signed_fig(cchc_change_index_delta(ch)) : g_strdup(""));
        if (both && !cchc_change_band_changed(ch))
            cchc__cell(row, cchc_change_band_after(ch));
        else
            cchc__cell_take(row, pair_text(cchc_change_band_before(ch), cchc_change_band_after(ch)));
        cchc__cell(row, presence_text(ch));
    }
    doc_heading(&d, 2, "Theo đơn vị (by unit)");
    doc_table(&d, 2, &t, 1);
    cchc__table_clear(&t);

    const cchc_change *first = cchc_comparison_at(c, 0);
    for (size_t a = 0; a < cchc_change_area_count(first); a++) {
        cchc__table_init(&t, "lrrrrrrl");
        row = cchc__table_row(&t);
        cchc__cell(row, "Đơn vị (unit)");
        cchc__cell(row, "Hạng trước (rank before)");
        cchc__cell(row, "Hạng sau (after)");
        cchc__cell(row, "Thay đổi (moved)");
        cchc__cell(row, "Chỉ số trước (%)");
        cchc__cell(row, "Chỉ số sau (%)");
        cchc__cell(row, "Chênh lệch (change)");
        cchc__cell(row, "Xếp loại (band)");
        for (size_t i = 0; i < cchc_comparison_count(c); i++) {
            const cchc_change *ch = cchc_comparison_at(c, i);
            size_t rb = cchc_change_area_rank_before(ch, a), ra = cchc_change_area_rank_after(ch, a);
            row = cchc__table_row(&t);
            cchc__cell_take(row, unit_title(cchc_change_unit_name(ch), cchc_change_unit_id(ch)));
            cchc__cell_take(row, rank_or_dash(rb));
            cchc__cell_take(row, rank_or_dash(ra));
            cchc__cell_take(row, rb && ra ? moved_text(cchc_change_area_rank_delta(ch, a)) : g_strdup(""));
            cchc__cell_take(row, rb ? fig(cchc_change_area_index_before(ch, a)) : g_strdup(""));
            cchc__cell_take(row, ra ? fig(cchc_change_area_index_after(ch, a)) : g_strdup(""));
            cchc__cell_take(row, rb && ra ? signed_fig(cchc_change_area_index_delta(ch, a))
                                    : g_strdup(""));
            const char *bb = cchc_change_area_band_before(ch, a),
                       *ba = cchc_change_area_band_after(ch, a);
            if (rb && ra && strcmp(bb, ba) == 0)
                cchc__cell(row, ba);
            else
                cchc__cell_take(row, pair_text(bb, ba));
        }
        g_autofree char *heading =
            g_strdup_printf("Lĩnh vực (area) %s. %s", cchc_change_area_code(first, a),
                            cchc_change_area_label(first, a));
        doc_heading(&d, 3, heading);
        doc_table(&d, 3, &t, 1);
        cchc__table_clear(&t);
    }
    return g_string_free(d.out, FALSE);
}

static void csv_side_figures(GString *out, int present, double index, size_t rank,
                             const char *band)
{
    csv_take(out, present ? fig(index) : g_strdup(""), 0);
    csv_take(out, present ? count_text(rank) : g_strdup(""), 0);
    cchc__csv_field(out, present ? band : "", 0);
}

static char *comparison_csv(const cchc_comparison *c, int bom)
{
    static const char *const columns[] = {
        "unit_id",   "unit_name",  "scope",       "label",      "in_before",
        "in_after",  "index_before", "rank_before", "band_before", "index_after",
        "rank_after", "band_after", "index_change", "rank_change", "band_changed"};
    GString *out = g_string_new(bom ? "\xEF\xBB\xBF" : "");
    csv_header(out, columns, G_N_ELEMENTS(columns));
    for (size_t i = 0; i < cchc_comparison_count(c); i++) {
        const cchc_change *ch = cchc_comparison_at(c, i);
        int ib = cchc_change_in_before(ch), ia = cchc_change_in_after(ch);
        cchc__csv_field(out, cchc_change_unit_id(ch), 1);
        cchc__csv_field(out, cchc_change_unit_name(ch), 0);
        cchc__csv_field(out, "total", 0);
        cchc__csv_field(out, "Tổng cộng", 0);
        cchc__csv_field(out, ib ? "yes" : "no", 0);
        cchc__csv_field(out, ia ? "yes" : "no", 0);
        csv_side_figures(out, ib, cchc_change_index_before(ch), cchc_change_rank_before(ch),
                         cchc_change_band_before(ch));
        csv_side_figures(out, ia, cchc_change_index_after(ch), cchc_change_rank_after(ch),
                         cchc_change_band_after(ch));
        csv_take(out, ib && ia ? signed_fig(cchc_change_index_delta(ch)) : g_strdup(""), 0);
        csv_take(out, ib && ia ? g_strdup_printf("%d", cchc_change_rank_delta(ch)) : g_strdup(""),
                 0);
        cchc__csv_field(out, ib && ia ? (cchc_change_band_changed(ch) ? "yes" : "no") : "", 0);
        g_string_append(out, "\r\n");
        for (size_t a = 0; a < cchc_change_area_count(ch); a++) {
            size_t rb = cchc_change_area_rank_before(ch, a), ra = cchc_change_area_rank_after(ch, a);
            const char *bb = cchc_change_area_band_before(ch, a),
                       *ba = cchc_change_area_band_after(ch, a);
            cchc__csv_field(out, cchc_change_unit_id(ch), 1);
            cchc__csv_field(out, cchc_change_unit_name(ch), 0);
            cchc__csv_field(out, cchc_change_area_code(ch, a), 0);
            cchc__csv_field(out, cchc_change_area_label(ch, a), 0);
            cchc__csv_field(out, rb ? "yes" : "no", 0);
            cchc__csv_field(out, ra ? "yes" : "no", 0);
            csv_side_figures(out, rb != 0, cchc_change_area_index_before(ch, a), rb, bb);
            csv_side_figures(out, ra != 0, cchc_change_area_index_after(ch, a), ra, ba);
            csv_take(out, rb && ra ? signed_fig(cchc_change_area_index_delta(ch, a)) : g_strdup(""),
                     0);
            csv_take(out, rb && ra ? g_strdup_printf("%d", cchc_change_area_rank_delta(ch, a))
                                   : g_strdup(""),
                     0);
            cchc__csv_field(out, rb && ra ? (strcmp(bb, ba) != 0 ? "yes" : "no") : "", 0);
            g_string_append(out, "\r\n");
        }
    }
    return g_string_free(out, FALSE);
}

int cchc_comparison_write(char **out, size_t *out_size, const cchc_comparison *comparison,
                          int format, int flags)
{
    if (out)
        *out = NULL;
    if (out_size)
        *out_size = 0;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(comparison);
    int rc = check_format("comparison", format, flags);
    if (rc != CCHC_OK)
        return rc;
    char *text = NULL;
    switch (format) {
    case CCHC_OUTPUT_TEXT: text = comparison_doc(comparison, 0); break;
    case CCHC_OUTPUT_MARKDOWN: text = comparison_doc(comparison, 1); break;
    case CCHC_OUTPUT_CSV: text = comparison_csv(comparison, flags & CCHC_OUTPUT_BOM); break;
    default: text = cchc__comparison_json(comparison); break;
    }
    return finish(out, out_size, text);
}
