/*
 * libcchc — an SVG radar chart of a unit's area indexes against the mean of
 * other units (cchc_evaluation_write_svg(); docs/ranking.md, "Outputs").
 *
 * Formats layer: the indexes are the evaluations'; the mean over the others
 * is taken by cchc__mean_of() (ranking.c), which does not depend on the
 * order of the units. Coordinates are written with two decimals in the C
 * locale, so the same inputs give the same bytes everywhere.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"
#include "ranking-internal.h"

#include <math.h>
#include <string.h>

#define SVG_WIDTH 960.0
#define SVG_HEIGHT 760.0
#define CENTER_X 480.0
#define CENTER_Y 400.0
#define RADIUS 220.0
#define LABEL_GAP 18.0
#define LINE_HEIGHT 15.0
#define WRAP_CHARS 28

static const char unit_colour[] = "#1f5fa8";
static const char mean_colour[] = "#c0392b";

/* A number with two decimals, locale-independent, never "-0.00". */
static void num(GString *out, double value)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    if (fabs(value) < 0.005)
        value = 0.0;
    g_ascii_formatd(buf, sizeof buf, "%.2f", value);
    g_string_append(out, buf);
}

/* A figure as people read it: cchc_points_format(), "85.00". */
static char *fig(double value)
{
    char *text = NULL;
    if (cchc_points_format(&text, value, 0) != CCHC_OK)
        return g_strdup("");
    char *copy = g_strdup(text);
    cchc_free(text);
    return copy;
}

static void xml_text(GString *out, const char *text)
{
    for (const char *p = text; *p; p++) {
        switch (*p) {
        case '&': g_string_append(out, "&amp;"); break;
        case '<': g_string_append(out, "&lt;"); break;
        case '>': g_string_append(out, "&gt;"); break;
        case '"': g_string_append(out, "&quot;"); break;
        case '\'': g_string_append(out, "&apos;"); break;
        default:
            /* Control characters other than tab and newline are not XML. */
            if ((unsigned char)*p < 0x20 && *p != '\t' && *p != '\n')
                g_string_append_c(out, ' ');
            else
                g_string_append_c(out, *p);
        }
    }
}

/* The point at @fraction (0 … 1) of the radius on axis @i of @n. */
static void axis_point(size_t i, size_t n, double fraction, double *x, double *y)
{
    double angle = -G_PI / 2.0 + 2.0 * G_PI * (double)i / (double)n;
    *x = CENTER_X + RADIUS * fraction * cos(angle);
    *y = CENTER_Y + RADIUS * fraction * sin(angle);
}

static double clamp_percent(double percent)
{
    if (!(percent > 0.0))
        return 0.0;
    return percent > 100.0 ? 1.0 : percent / 100.0;
}

static void polygon_points(GString *out, const double *percent, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double x, y;
        axis_point(i, n, clamp_percent(percent[i]), &x, &y);
        if (i)
            g_string_append_c(out, ' ');
        num(out, x);
        g_string_append_c(out, ',');
        num(out, y);
    }
}

/* Splits @text into lines of at most WRAP_CHARS characters at spaces (a
 * longer word stands on its own line). */
static GPtrArray *wrap(const char *text)
{
    GPtrArray *lines = g_ptr_array_new_with_free_func(g_free);
    gchar **words = g_strsplit(text, " ", -1);
    GString *line = g_string_new(NULL);
    for (gchar **w = words; *w; w++) {
        if (!**w)
            continue;
        if (line->len && g_utf8_strlen(line->str, -1) + 1 + g_utf8_strlen(*w, -1) > WRAP_CHARS) {
            g_ptr_array_add(lines, g_strdup(line->str));
            g_string_truncate(line, 0);
        }
        if (line->len)
            g_string_append_c(line, ' ');
        g_string_append(line, *w);
    }
    if (line->len || lines->len == 0)
        g_ptr_array_add(lines, g_strdup(line->str));
    g_string_free(line, TRUE);
    g_strfreev(words);
    return lines;
}

/* The label of axis @i: the area's code and name, then the figures. */
static void axis_label(GString *out, size_t i, size_t n, const cchc_node_score *area,
                       const char *figures)
{
    double x, y;
    axis_point(i, n, 1.0, &x, &y);
    double angle = -G_PI / 2.0 + 2.0 * G_PI * (double)i / (double)n;
    double dx = cos(angle), dy = sin(angle);
    x += LABEL_GAP * dx;
    y += LABEL_GAP * dy;
    const char *anchor = dx > 0.2 ? "start" : dx < -0.2 ? "end" : "middle";

    g_autofree char *name = g_strdup_printf("%s. %s", cchc_node_score_code(area),
                                            cchc_node_score_label(area));
    GPtrArray *lines = wrap(name);
    size_t n_lines = lines->len + 1;
    /* Above the chart the block ends at the point; below it starts there;
     * at the sides it is centred on it. */
    double top;
    if (dy < -0.5)
        top = y - (double)(n_lines - 1) * LINE_HEIGHT;
    else if (dy > 0.5)
        top = y + LINE_HEIGHT * 0.8;
    else
        top = y - (double)(n_lines - 1) * LINE_HEIGHT / 2.0 + 4.0;

    g_string_append_printf(out, "    <text class=\"area-label\" data-area=\"");
    xml_text(out, cchc_node_score_code(area));
    g_string_append(out, "\" x=\"");
    num(out, x);
    g_string_append(out, "\" y=\"");
    num(out, top);
    g_string_append_printf(out, "\" text-anchor=\"%s\">", anchor);
    for (guint k = 0; k < lines->len; k++) {
        g_string_append(out, "<tspan x=\"");
        num(out, x);
        g_string_append(out, "\" dy=\"");
        num(out, k == 0 ? 0.0 : LINE_HEIGHT);
        g_string_append(out, "\">");
        xml_text(out, g_ptr_array_index(lines, k));
        g_string_append(out, "</tspan>");
    }
    g_string_append(out, "<tspan class=\"figures\" x=\"");
    num(out, x);
    g_string_append(out, "\" dy=\"");
    num(out, LINE_HEIGHT);
    g_string_append(out, "\">");
    xml_text(out, figures);
    g_string_append(out, "</tspan></text>\n");
    g_ptr_array_unref(lines);
}

static char *write_svg(const cchc_evaluation *unit, const cchc_evaluation *const *others,
                       size_t n_others)
{
    size_t n = cchc_evaluation_area_count(unit);
    double *mine = g_new0(double, n);
    double *mean = g_new0(double, n);
    gboolean *mean_known = g_new0(gboolean, n);
    double *values = g_new0(double, n_others + 1);
    for (size_t a = 0; a < n; a++) {
        const cchc_node_score *s = cchc_evaluation_area_at(unit, a);
        mine[a] = cchc_node_score_is_excluded(s) ? 0.0 : cchc_node_score_index(s);
        size_t m = 0;
        for (size_t k = 0; k < n_others; k++) {
            const cchc_node_score *o = cchc_evaluation_area_at(others[k], a);
            if (!cchc_node_score_is_excluded(o))
                values[m++] = cchc_node_score_index(o);
        }
        mean_known[a] = m > 0;
        mean[a] = cchc__mean_of(values, m);
    }
    g_free(values);

    const char *unit_name = cchc_evaluation_unit_name(unit);
    if (!*unit_name)
        unit_name = cchc_evaluation_unit_id(unit);
    g_autofree char *title = g_strdup_printf("Chỉ số CCHC theo lĩnh vực — %s", unit_name);
    g_autofree char *index = fig(cchc_evaluation_index(unit));
    GString *subtitle = g_string_new(NULL);
    const char *scheme_name = cchc_evaluation_scheme_name(unit);
    g_string_append(subtitle, *scheme_name ? scheme_name : cchc_evaluation_scheme_id(unit));
    if (cchc_evaluation_year(unit)) {
        /* The year, unless the scheme's name says it already. */
        char year[16];
        g_snprintf(year, sizeof year, "%d", cchc_evaluation_year(unit));
        if (!strstr(subtitle->str, year))
            g_string_append_printf(subtitle, " · năm %s", year);
    }
    g_string_append_printf(subtitle, " · Chỉ số CCHC %s %%", index);
    if (*cchc_evaluation_band_label(unit))
        g_string_append_printf(subtitle, " · %s", cchc_evaluation_band_label(unit));

    GString *out = g_string_new("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    g_string_append_printf(out,
                           "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                           "height=\"%d\" viewBox=\"0 0 %d %d\"",
                           (int)SVG_WIDTH, (int)SVG_HEIGHT, (int)SVG_WIDTH, (int)SVG_HEIGHT);
    g_string_append(out, " role=\"img\" aria-labelledby=\"chart-title chart-desc\" "
                         "font-family=\"'Noto Sans', 'DejaVu Sans', Arial, sans-serif\" "
                         "font-size=\"12\">\n");
    g_string_append(out, "  <title id=\"chart-title\">");
    xml_text(out, title);
    g_string_append(out, "</title>\n  <desc id=\"chart-desc\">");
    g_string_append_printf(out, "Biểu đồ radar chỉ số %zu lĩnh vực (0–100 %%) của đơn vị", n);
    if (n_others > 0)
        g_string_append_printf(out, ", so với trung bình của %zu đơn vị khác", n_others);
    g_string_append(out, ". Radar chart of the area indexes");
    if (n_others > 0)
        g_string_append(out, " against the mean of the other units");
    g_string_append(out, ".</desc>\n");
    g_string_append(out, "  <rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    g_string_append(out, "  <text id=\"title\" x=\"");
    num(out, SVG_WIDTH / 2.0);
    g_string_append(out, "\" y=\"34.00\" text-anchor=\"middle\" font-size=\"20\" "
                         "font-weight=\"bold\">");
    xml_text(out, title);
    g_string_append(out, "</text>\n  <text id=\"subtitle\" x=\"");
    num(out, SVG_WIDTH / 2.0);
    g_string_append(out, "\" y=\"58.00\" text-anchor=\"middle\" font-size=\"13\" "
                         "fill=\"#444444\">");
    xml_text(out, subtitle->str);
    g_string_append(out, "</text>\n");
    g_string_free(subtitle, TRUE);

    /* Grid: polygons every 20 %, with their figures along the first axis. */
    g_string_append(out, "  <g id=\"grid\" fill=\"none\" stroke=\"#cccccc\" stroke-width=\"1\">\n");
    double *ring = g_new(double, n);
    for (int step = 1; step <= 5; step++) {
        for (size_t i = 0; i < n; i++)
            ring[i] = step * 20.0;
        g_string_append_printf(out, "    <polygon class=\"ring\" data-percent=\"%d\" points=\"",
                               step * 20);
        polygon_points(out, ring, n);
        g_string_append(out, "\"/>\n");
    }
    g_free(ring);
    g_string_append(out, "  </g>\n");
    g_string_append(out, "  <g id=\"grid-labels\" fill=\"#888888\" font-size=\"10\">\n");
    for (int step = 1; step <= 5; step++) {
        double x, y;
        axis_point(0, n, step / 5.0, &x, &y);
        g_string_append(out, "    <text x=\"");
        num(out, x + 4.0);
        g_string_append(out, "\" y=\"");
        num(out, y + 12.0);
        g_string_append_printf(out, "\">%d %%</text>\n", step * 20);
    }
    g_string_append(out, "  </g>\n");

    g_string_append(out, "  <g id=\"axes\" stroke=\"#999999\" stroke-width=\"1\">\n");
    for (size_t i = 0; i < n; i++) {
        double x, y;
        axis_point(i, n, 1.0, &x, &y);
        g_string_append(out, "    <line class=\"axis\" data-area=\"");
        xml_text(out, cchc_node_score_code(cchc_evaluation_area_at(unit, i)));
        g_string_append(out, "\" x1=\"");
        num(out, CENTER_X);
        g_string_append(out, "\" y1=\"");
        num(out, CENTER_Y);
        g_string_append(out, "\" x2=\"");
        num(out, x);
        g_string_append(out, "\" y2=\"");
        num(out, y);
        g_string_append(out, "\"/>\n");
    }
    g_string_append(out, "  </g>\n");

    if (n_others > 0) {
        g_string_append_printf(out,
                               "  <polygon id=\"mean\" fill=\"none\" stroke=\"%s\" "
                               "stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"",
                               mean_colour);
        polygon_points(out, mean, n);
        g_string_append(out, "\"/>\n");
    }
    g_string_append_printf(out,
                           "  <polygon id=\"unit\" fill=\"%s\" fill-opacity=\"0.25\" "
                           "stroke=\"%s\" stroke-width=\"2\" points=\"",
                           unit_colour, unit_colour);
    polygon_points(out, mine, n);
    g_string_append(out, "\"/>\n");
    g_string_append_printf(out, "  <g id=\"unit-points\" fill=\"%s\">\n", unit_colour);
    for (size_t i = 0; i < n; i++) {
        double x, y;
        axis_point(i, n, clamp_percent(mine[i]), &x, &y);
        g_string_append(out, "    <circle cx=\"");
        num(out, x);
        g_string_append(out, "\" cy=\"");
        num(out, y);
        g_string_append(out, "\" r=\"3.50\"/>\n");
    }
    g_string_append(out, "  </g>\n");

    g_string_append(out, "  <g id=\"labels\" fill=\"#222222\">\n");
    for (size_t i = 0; i < n; i++) {
        const cchc_node_score *s = cchc_evaluation_area_at(unit, i);
        GString *figures = g_string_new(NULL);
        if (cchc_node_score_is_excluded(s)) {
            g_string_append(figures, "không áp dụng (n/a)");
        } else {
            g_autofree char *f = fig(mine[i]);
            g_string_append_printf(figures, "%s %%", f);
        }
        if (n_others > 0) {
            if (mean_known[i]) {
                g_autofree char *f = fig(mean[i]);
                g_string_append_printf(figures, " · TB %s %%", f);
            } else {
                g_string_append(figures, " · TB —");
            }
        }
        axis_label(out, i, n, s, figures->str);
        g_string_free(figures, TRUE);
    }
    g_string_append(out, "  </g>\n");

    /* Legend. */
    double ly = SVG_HEIGHT - 36.0;
    g_string_append(out, "  <g id=\"legend\" font-size=\"12\">\n");
    g_string_append(out, "    <rect x=\"");
    num(out, 60.0);
    g_string_append(out, "\" y=\"");
    num(out, ly - 10.0);
    g_string_append_printf(out, "\" width=\"24.00\" height=\"12.00\" fill=\"%s\" "
                                "fill-opacity=\"0.25\" stroke=\"%s\" stroke-width=\"2\"/>\n",
                           unit_colour, unit_colour);
    g_string_append(out, "    <text x=\"92.00\" y=\"");
    num(out, ly);
    g_string_append(out, "\">");
    xml_text(out, unit_name);
    g_string_append(out, " (đơn vị)</text>\n");
    if (n_others > 0) {
        g_string_append(out, "    <line x1=\"");
        num(out, 500.0);
        g_string_append(out, "\" y1=\"");
        num(out, ly - 4.0);
        g_string_append(out, "\" x2=\"");
        num(out, 524.0);
        g_string_append(out, "\" y2=\"");
        num(out, ly - 4.0);
        g_string_append_printf(out, "\" stroke=\"%s\" stroke-width=\"2\" "
                                    "stroke-dasharray=\"6 4\"/>\n",
                               mean_colour);
        g_string_append(out, "    <text x=\"532.00\" y=\"");
        num(out, ly);
        g_string_append_printf(out, "\">Trung bình (TB) của %zu đơn vị khác (mean of the "
                                    "others)</text>\n",
                               n_others);
    }
    g_string_append(out, "    <text x=\"60.00\" y=\"");
    num(out, ly + 22.0);
    g_string_append(out, "\" fill=\"#666666\" font-size=\"10\">Chỉ số lĩnh vực = điểm đạt "
                         "÷ điểm tối đa × 100 %, làm tròn 2 chữ số (area index = points ÷ "
                         "maximum × 100 %, rounded to two decimals)</text>\n");
    g_string_append(out, "  </g>\n</svg>\n");

    g_free(mean_known);
    g_free(mean);
    g_free(mine);
    return g_string_free(out, FALSE);
}

int cchc_evaluation_write_svg(char **out, size_t *out_size, const cchc_evaluation *unit,
                              const cchc_evaluation *const *others, size_t n_others)
{
    if (out)
        *out = NULL;
    if (out_size)
        *out_size = 0;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(unit);
    if (n_others > 0 && !others)
        return cchc__fail(CCHC_EINVAL, "svg: %zu other units announced but none given",
                          n_others);
    for (size_t k = 0; k < n_others; k++) {
        if (!others[k])
            return cchc__fail(CCHC_EINVAL, "svg: other unit %zu is NULL", k);
        int rc = cchc__check_same_scheme("svg", unit, others[k]);
        if (rc != CCHC_OK)
            return rc;
    }
    size_t n = cchc_evaluation_area_count(unit);
    if (n < 3)
        return cchc__fail(CCHC_EINVAL,
                          "svg: a radar chart needs at least three areas; scheme \"%s\" has %zu",
                          cchc_evaluation_scheme_id(unit), n);
    char *doc = write_svg(unit, others, n_others);
    if (out_size)
        *out_size = strlen(doc);
    *out = doc;
    return CCHC_OK;
}
