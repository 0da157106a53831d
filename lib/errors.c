/*
 * libcchc — status codes and the per-thread last error.
 *
 * The last error lives in a GPrivate so that each thread has its own and the
 * message is freed when the thread ends (no leak under valgrind).
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

#include <stdarg.h>

typedef struct {
    int code;
    char *message;
} last_error;

static void last_error_free(gpointer data)
{
    last_error *err = data;
    g_free(err->message);
    g_free(err);
}

static GPrivate last_error_key = G_PRIVATE_INIT(last_error_free);

static last_error *get_last_error(gboolean create)
{
    last_error *err = g_private_get(&last_error_key);
    if (!err && create) {
        err = g_new0(last_error, 1);
        g_private_set(&last_error_key, err);
    }
    return err;
}

int cchc__fail(int code, const char *fmt, ...)
{
    last_error *err = get_last_error(TRUE);
    va_list ap;
    va_start(ap, fmt);
    char *message = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    g_free(err->message);
    err->message = message;
    err->code = code;
    return code;
}

int cchc_last_error_code(void)
{
    last_error *err = get_last_error(FALSE);
    return err ? err->code : CCHC_OK;
}

const char *cchc_last_error_message(void)
{
    last_error *err = get_last_error(FALSE);
    return err && err->message ? err->message : "";
}

void cchc_clear_error(void)
{
    last_error *err = get_last_error(FALSE);
    if (err) {
        g_clear_pointer(&err->message, g_free);
        err->code = CCHC_OK;
    }
}

static const struct {
    int code;
    const char *name;
    const char *text;
} error_table[] = {
    {CCHC_OK, "CCHC_OK", "success"},
    {CCHC_EINVAL, "CCHC_EINVAL", "invalid argument"},
    {CCHC_ENOMEM, "CCHC_ENOMEM", "out of memory"},
    {CCHC_ENOTFOUND, "CCHC_ENOTFOUND", "not found"},
    {CCHC_EEXISTS, "CCHC_EEXISTS", "already exists"},
    {CCHC_ERANGE, "CCHC_ERANGE", "value out of range"},
    {CCHC_EIO, "CCHC_EIO", "input/output error"},
    {CCHC_EPARSE, "CCHC_EPARSE", "malformed input"},
    {CCHC_EFORMAT, "CCHC_EFORMAT", "wrong document content"},
    {CCHC_EENCODING, "CCHC_EENCODING", "invalid UTF-8 text"},
    {CCHC_EVERSION, "CCHC_EVERSION", "unsupported format version"},
    {CCHC_EAMBIGUOUS, "CCHC_EAMBIGUOUS", "ambiguous name"},
    {CCHC_EINUSE, "CCHC_EINUSE", "still in use"},
    {CCHC_ELIMIT, "CCHC_ELIMIT", "input exceeds a limit"},
};

const char *cchc_strerror(int code)
{
    for (size_t i = 0; i < G_N_ELEMENTS(error_table); i++)
        if (error_table[i].code == code)
            return error_table[i].text;
    return "unknown error";
}

const char *cchc_error_name(int code)
{
    for (size_t i = 0; i < G_N_ELEMENTS(error_table); i++)
        if (error_table[i].code == code)
            return error_table[i].name;
    return "CCHC_EUNKNOWN";
}
