/*
 * libcchc — lists of located diagnostics.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

#include <string.h>

struct cchc_diagnostic {
    int severity;
    char *code;
    char *message_en;
    char *message_vi; /* NULL when there is no Vietnamese text */
    char *file;
    size_t line;
    size_t column;
    char *path;
    char *task_key;
    char *task_id;
    char *field;
};

struct cchc_diagnostics {
    GPtrArray *entries;
};

static void diagnostic_free(gpointer data)
{
    cchc_diagnostic *d = data;
    g_free(d->code);
    g_free(d->message_en);
    g_free(d->message_vi);
    g_free(d->file);
    g_free(d->path);
    g_free(d->task_key);
    g_free(d->task_id);
    g_free(d->field);
    g_free(d);
}

cchc_diagnostics *cchc_diagnostics_new(void)
{
    cchc_diagnostics *diags = g_new0(cchc_diagnostics, 1);
    diags->entries = g_ptr_array_new_with_free_func(diagnostic_free);
    return diags;
}

void cchc_diagnostics_free(cchc_diagnostics *diags)
{
    if (!diags)
        return;
    g_ptr_array_unref(diags->entries);
    g_free(diags);
}

void cchc_diagnostics_clear(cchc_diagnostics *diags)
{
    if (diags)
        g_ptr_array_set_size(diags->entries, 0);
}

size_t cchc_diagnostics_count(const cchc_diagnostics *diags)
{
    return diags ? diags->entries->len : 0;
}

size_t cchc_diagnostics_count_severity(const cchc_diagnostics *diags, int severity)
{
    size_t n = 0;
    for (size_t i = 0; i < cchc_diagnostics_count(diags); i++)
        if (cchc_diagnostics_at(diags, i)->severity == severity)
            n++;
    return n;
}

const cchc_diagnostic *cchc_diagnostics_at(const cchc_diagnostics *diags, size_t index)
{
    if (!diags || index >= diags->entries->len)
        return NULL;
    return g_ptr_array_index(diags->entries, index);
}

static char *dup_or_empty(const char *s)
{
    return g_strdup(s ? s : "");
}

void cchc__diag_add(cchc_diagnostics *diags, int severity, const char *code,
                    const cchc__location *loc, const char *message_en,
                    const char *message_vi)
{
    if (!diags)
        return;
    cchc__location none = {0};
    if (!loc)
        loc = &none;
    cchc_diagnostic *d = g_new0(cchc_diagnostic, 1);
    d->severity = severity;
    d->code = dup_or_empty(code);
    d->message_en = dup_or_empty(message_en);
    d->message_vi = message_vi ? g_strdup(message_vi) : NULL;
    d->file = dup_or_empty(loc->file);
    d->line = loc->line;
    d->column = loc->column;
    d->path = dup_or_empty(loc->path);
    d->task_key = dup_or_empty(loc->task_key);
    d->task_id = dup_or_empty(loc->task_id);
    d->field = dup_or_empty(loc->field);
    g_ptr_array_add(diags->entries, d);
}

static int code_is_valid(const char *code)
{
    if (!*code)
        return 0;
    for (const char *p = code; *p; p++)
        if (!g_ascii_isalnum(*p) && *p != '.' && *p != '-' && *p != '_')
            return 0;
    return 1;
}

int cchc_diagnostics_add(cchc_diagnostics *diags, int severity, const char *code,
                         const char *message)
{
    CCHC__CHECK_ARG(diags);
    CCHC__CHECK_ARG(code);
    CCHC__CHECK_ARG(message);
    if (!cchc_severity_name(severity)[0])
        return cchc__fail(CCHC_EINVAL, "cchc_diagnostics_add: unknown severity %d", severity);
    if (!code_is_valid(code))
        return cchc__fail(CCHC_EINVAL,
                          "cchc_diagnostics_add: a code is made of ASCII letters, digits, "
                          "'.', '-' and '_'");
    int rc = cchc__check_text(message, "cchc_diagnostics_add: message");
    if (rc)
        return rc;
    if (!*message)
        return cchc__fail(CCHC_EINVAL, "cchc_diagnostics_add: a diagnostic needs a message");
    cchc__diag_add(diags, severity, code, NULL, message, NULL);
    return CCHC_OK;
}

const char *cchc_diagnostic_code(const cchc_diagnostic *d) { return d ? d->code : ""; }
int cchc_diagnostic_severity(const cchc_diagnostic *d) { return d ? d->severity : 0; }
const char *cchc_diagnostic_message(const cchc_diagnostic *d) { return d ? d->message_en : ""; }
const char *cchc_diagnostic_message_vi(const cchc_diagnostic *d)
{
    if (!d)
        return "";
    return d->message_vi ? d->message_vi : d->message_en;
}
const char *cchc_diagnostic_file(const cchc_diagnostic *d) { return d ? d->file : ""; }
size_t cchc_diagnostic_line(const cchc_diagnostic *d) { return d ? d->line : 0; }
size_t cchc_diagnostic_column(const cchc_diagnostic *d) { return d ? d->column : 0; }
const char *cchc_diagnostic_path(const cchc_diagnostic *d) { return d ? d->path : ""; }
const char *cchc_diagnostic_task_key(const cchc_diagnostic *d) { return d ? d->task_key : ""; }
const char *cchc_diagnostic_task_id(const cchc_diagnostic *d) { return d ? d->task_id : ""; }
const char *cchc_diagnostic_field(const cchc_diagnostic *d) { return d ? d->field : ""; }

const char *cchc_severity_name(int severity)
{
    switch (severity) {
    case CCHC_SEVERITY_ERROR: return "error";
    case CCHC_SEVERITY_WARNING: return "warning";
    case CCHC_SEVERITY_INFO: return "info";
    default: return "";
    }
}

int cchc_diagnostic_format(char **out, const cchc_diagnostic *d)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(d);
    GString *s = g_string_new(NULL);
    if (*d->file) {
        g_string_append(s, d->file);
        if (d->line) {
            g_string_append_printf(s, ":%zu", d->line);
            if (d->column)
                g_string_append_printf(s, ":%zu", d->column);
        }
        g_string_append(s, ": ");
    }
    if (*d->path)
        g_string_append_printf(s, "%s: ", d->path);
    if (*d->task_key || *d->task_id)
        g_string_append_printf(s, "task %s: ", *d->task_key ? d->task_key : d->task_id);
    g_string_append_printf(s, "%s: %s", cchc_severity_name(d->severity), d->message_en);
    if (*d->code)
        g_string_append_printf(s, " [%s]", d->code);
    *out = g_string_free(s, FALSE);
    return CCHC_OK;
}
