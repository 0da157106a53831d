/*
 * libcchc — writing diagnostics lists as text for people and as JSON for
 * programs (formats layer).
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-write.h"

#include <string.h>

static char *to_text(const cchc_diagnostics *diags, gboolean vietnamese, size_t *size)
{
    GString *out = g_string_new(NULL);
    for (size_t i = 0; i < cchc_diagnostics_count(diags); i++) {
        const cchc_diagnostic *d = cchc_diagnostics_at(diags, i);
        char *line = NULL;
        cchc_diagnostic_format(&line, d);
        if (vietnamese) {
            /* the same line with the Vietnamese message in place of the English one */
            const char *en = cchc_diagnostic_message(d);
            const char *at = *en ? g_strrstr(line, en) : NULL;
            if (at) {
                g_string_append_len(out, line, at - line);
                g_string_append(out, cchc_diagnostic_message_vi(d));
                g_string_append(out, at + strlen(en));
            } else {
                g_string_append(out, line);
            }
        } else {
            g_string_append(out, line);
        }
        g_string_append_c(out, '\n');
        g_free(line);
    }
    g_string_append_printf(out, "%zu errors, %zu warnings, %zu notes\n",
                           cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_ERROR),
                           cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_WARNING),
                           cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_INFO));
    *size = out->len;
    return g_string_free(out, FALSE);
}

static char *to_json(const cchc_diagnostics *diags, size_t *size)
{
    cchc__json_writer w;
    cchc__jw_init(&w);
    cchc__jw_begin_object(&w, NULL);
    cchc__jw_string(&w, "format", "cchc-diagnostics");
    cchc__jw_int(&w, "version", 1);
    cchc__jw_int(&w, "errors",
                 (gint64)cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_ERROR));
    cchc__jw_int(&w, "warnings",
                 (gint64)cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_WARNING));
    cchc__jw_int(&w, "notes", (gint64)cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_INFO));
    cchc__jw_begin_array(&w, "diagnostics");
    for (size_t i = 0; i < cchc_diagnostics_count(diags); i++) {
        const cchc_diagnostic *d = cchc_diagnostics_at(diags, i);
        cchc__jw_begin_object(&w, NULL);
        cchc__jw_string(&w, "code", cchc_diagnostic_code(d));
        cchc__jw_string(&w, "severity", cchc_severity_name(cchc_diagnostic_severity(d)));
        cchc__jw_string(&w, "message", cchc_diagnostic_message(d));
        cchc__jw_string(&w, "message_vi", cchc_diagnostic_message_vi(d));
        cchc__jw_string_opt(&w, "file", cchc_diagnostic_file(d));
        if (cchc_diagnostic_line(d))
            cchc__jw_int(&w, "line", (gint64)cchc_diagnostic_line(d));
        if (cchc_diagnostic_column(d))
            cchc__jw_int(&w, "column", (gint64)cchc_diagnostic_column(d));
        cchc__jw_string_opt(&w, "path", cchc_diagnostic_path(d));
        cchc__jw_string_opt(&w, "task_key", cchc_diagnostic_task_key(d));
        cchc__jw_string_opt(&w, "task_id", cchc_diagnostic_task_id(d));
        cchc__jw_string_opt(&w, "field", cchc_diagnostic_field(d));
        cchc__jw_end_object(&w);
    }
    cchc__jw_end_array(&w);
    cchc__jw_end_object(&w);
    return cchc__jw_finish(&w, size);
}

int cchc_diagnostics_write(char **out, size_t *out_size, const cchc_diagnostics *diags,
                           int format, int flags)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(diags);
    if (flags & ~CCHC_OUTPUT_VIETNAMESE)
        return cchc__fail(CCHC_EINVAL, "cchc_diagnostics_write: unknown flags 0x%x", flags);
    size_t size = 0;
    if (format == CCHC_OUTPUT_TEXT)
        *out = to_text(diags, (flags & CCHC_OUTPUT_VIETNAMESE) != 0, &size);
    else if (format == CCHC_OUTPUT_JSON)
        *out = to_json(diags, &size);
    else
        return cchc__fail(CCHC_EINVAL,
                          "cchc_diagnostics_write: format %d is neither text nor JSON", format);
    if (out_size)
        *out_size = size;
    return CCHC_OK;
}
