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
    g_autofree char *reason = NULL;
    *name = g_filename_display_name(path);
    int rc = cchc__read_file(path, data, size, &reason);
    if (rc) {
        cchc__location loc = {.file = *name};
        cchc__diag_add(diags, CCHC_SEVERITY_ERROR, "file.read", &loc, reason, NULL);
    }
    return rc;
}
