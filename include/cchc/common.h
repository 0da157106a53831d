/*
 * libcchc — common definitions: the export macro and memory release.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_COMMON_H
#define CCHC_COMMON_H

#include <stddef.h>

/*
 * CCHC_API marks every exported function. The library is built with hidden
 * visibility, so only what carries this macro is part of the ABI.
 * On Windows a static build is announced with CCHC_STATIC; elsewhere nothing
 * needs to be defined by users.
 */
#if defined(_WIN32) || defined(__CYGWIN__)
#  if defined(CCHC_STATIC)
#    define CCHC_API
#  elif defined(CCHC_BUILDING)
#    define CCHC_API __declspec(dllexport)
#  else
#    define CCHC_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) || defined(__clang__)
#  define CCHC_API __attribute__((visibility("default")))
#else
#  define CCHC_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/**
 * cchc_free:
 * @ptr: memory returned by libcchc through a `char **out` parameter, or NULL.
 *
 * Releases text and buffers that libcchc allocated for the caller (for example
 * the output of cchc_plan_save_data()). Objects have their own `_free`
 * functions; never pass an object here. NULL is a no-op.
 */
CCHC_API void cchc_free(void *ptr);

/**
 * cchc_data_dir:
 *
 * The folder that holds the data shipped with libcchc (the bundled 2023 plan
 * and sample files): the value of the environment variable `CCHC_DATA_DIR`
 * when it is set and not empty, otherwise `<prefix>/share/cchc` of the
 * installation the library was built for.
 *
 * Returns: borrowed text, valid until the environment changes or the program
 * ends; never NULL. The folder is not checked for existence.
 */
CCHC_API const char *cchc_data_dir(void);

#ifdef __cplusplus
}
#endif

#endif /* CCHC_COMMON_H */
