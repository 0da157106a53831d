/*
 * libcchc — status codes and the per-thread last error.
 *
 * Every function that can fail returns an `int`: CCHC_OK (0) or one of the
 * negative codes below. The detail — a message that names the file, line,
 * column, JSON path or task where the problem is — is kept per thread and read
 * with cchc_last_error_message().
 *
 * Codes are never renumbered or reused; new ones are only appended. Treat an
 * unknown negative code as a generic failure.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_ERRORS_H
#define CCHC_ERRORS_H

#include "cchc/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Status codes returned by fallible libcchc functions. */
enum cchc_status {
    CCHC_OK = 0,          /**< success */
    CCHC_EINVAL = -1,     /**< an argument is NULL, not UTF-8, or not allowed */
    CCHC_ENOMEM = -2,     /**< reserved: memory exhaustion aborts inside GLib today */
    CCHC_ENOTFOUND = -3,  /**< the named unit, task or file does not exist */
    CCHC_EEXISTS = -4,    /**< an object with that id already exists */
    CCHC_ERANGE = -5,     /**< a number or index is out of its range */
    CCHC_EIO = -6,        /**< a file could not be read or written */
    CCHC_EPARSE = -7,     /**< input is not well-formed (JSON syntax, …) */
    CCHC_EFORMAT = -8,    /**< well-formed input with wrong content */
    CCHC_EENCODING = -9,  /**< text is not valid UTF-8 */
    CCHC_EVERSION = -10,  /**< a file format version this library cannot read */
    CCHC_EAMBIGUOUS = -11,/**< a name matches more than one unit */
    CCHC_EINUSE = -12,    /**< the object is still referenced (e.g. a unit by a task) */
    CCHC_ELIMIT = -13     /**< input passes a ceiling of cchc_limits (size, depth, length, count) */
};

/**
 * cchc_strerror:
 * @code: a status code.
 *
 * Returns: a short static English description of @code ("invalid argument");
 * "unknown error" for codes this version does not know. Never NULL, never
 * to be freed.
 */
CCHC_API const char *cchc_strerror(int code);

/**
 * cchc_error_name:
 * @code: a status code.
 *
 * Returns: the enumerator's name as static text ("CCHC_EINVAL"), or
 * "CCHC_EUNKNOWN" for codes this version does not know.
 */
CCHC_API const char *cchc_error_name(int code);

/**
 * cchc_last_error_code:
 *
 * Returns: the code of the last failure on the calling thread, or CCHC_OK if
 * nothing failed since the thread started or since cchc_clear_error().
 * Successful calls do not reset it.
 */
CCHC_API int cchc_last_error_code(void);

/**
 * cchc_last_error_message:
 *
 * Returns: the message of the last failure on the calling thread ("" if
 * none). Borrowed: valid until the next libcchc call on this thread fails or
 * cchc_clear_error() is called. Never NULL.
 */
CCHC_API const char *cchc_last_error_message(void);

/**
 * cchc_clear_error:
 *
 * Resets the calling thread's last error to CCHC_OK and "".
 */
CCHC_API void cchc_clear_error(void);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_ERRORS_H */
