/*
 * libcchc — whole-file reads and atomic writes.
 *
 * g_file_set_contents() writes a temporary file beside the target, fsyncs it
 * and renames it over the target, so a crash or a full disk leaves either
 * the old file or the new one, never half of each.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

#include <glib/gstdio.h>

int cchc__read_file(const char *path, char **data, size_t *size, char **reason)
{
    g_autoptr(GError) error = NULL;
    gsize length = 0;
    *data = NULL;
    if (!g_file_get_contents(path, data, &length, &error)) {
        g_autofree char *name = g_filename_display_name(path);
        if (reason)
            *reason = g_strdup_printf("cannot read: %s", error->message);
        return cchc__fail(CCHC_EIO, "%s: cannot read: %s", name, error->message);
    }
    *size = length;
    return CCHC_OK;
}

int cchc__write_file_atomic(const char *path, const char *data, size_t size)
{
    g_autoptr(GError) error = NULL;
    /* The temporary file is renamed over @path: never over a device, a pipe
     * or a socket ("/dev/full" saved as root would replace the device node).
     * A directory is left to the rename, which refuses it. */
    GStatBuf st;
    if (g_stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        g_autofree char *name = g_filename_display_name(path);
        return cchc__fail(CCHC_EIO,
                          "%s: cannot save: not a regular file (a device, pipe or socket is "
                          "never replaced)",
                          name);
    }
    /* size comes from a GString, whose length always fits a gssize. */
    if (!g_file_set_contents_full(path, data, (gssize)size,
                                  G_FILE_SET_CONTENTS_CONSISTENT |
                                      G_FILE_SET_CONTENTS_ONLY_EXISTING,
                                  0644, &error)) {
        g_autofree char *name = g_filename_display_name(path);
        return cchc__fail(CCHC_EIO, "%s: cannot save: %s", name, error->message);
    }
    return CCHC_OK;
}

int cchc__read_input_file(const char *path, char **data, size_t *size, char **name,
                          cchc_diagnostics *diags)
{
    return cchc__read_input_file_limited(path, NULL, data, size, name, diags);
}

/* A file of @size bytes, more than @max: CCHC_ELIMIT, "file.limit". */
static int file_too_large(const char *name, guint64 size, size_t max, cchc_diagnostics *diags)
{
    g_autofree char *reason = g_strdup_printf(
        "the file is %" G_GUINT64_FORMAT " bytes, more than %zu " CCHC__LIMIT_FMT, size, max,
        cchc_limit_name(CCHC_LIMIT_INPUT_BYTES), max);
    cchc__location loc = {.file = name};
    cchc__diag_add(diags, CCHC_SEVERITY_ERROR, "file.limit", &loc, reason, NULL);
    return cchc__fail(CCHC_ELIMIT, "%s: %s", name, reason);
}

int cchc__read_input_file_limited(const char *path, const cchc_limits *limits, char **data,
                                  size_t *size, char **name, cchc_diagnostics *diags)
{
    g_autofree char *reason = NULL;
    size_t max = cchc_limits_value(limits, CCHC_LIMIT_INPUT_BYTES);
    *data = NULL;
    *name = g_filename_display_name(path);
    /* a regular file too large is refused before it is read; the size of
     * anything else (a pipe, a device) is known only once read */
    GStatBuf st;
    if (g_stat(path, &st) == 0 && S_ISREG(st.st_mode) && (guint64)st.st_size > max)
        return file_too_large(*name, (guint64)st.st_size, max, diags);
    int rc = cchc__read_file(path, data, size, &reason);
    if (rc) {
        cchc__location loc = {.file = *name};
        cchc__diag_add(diags, CCHC_SEVERITY_ERROR, "file.read", &loc, reason, NULL);
        return rc;
    }
    if (*size > max) {
        g_clear_pointer(data, g_free);
        return file_too_large(*name, *size, max, diags);
    }
    return CCHC_OK;
}
