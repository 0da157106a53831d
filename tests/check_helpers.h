/*
 * Helpers shared by the Check suites.
 */
#ifndef CCHC_CHECK_HELPERS_H
#define CCHC_CHECK_HELPERS_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cchc.h>

/* Asserts that @expr returns @code and that the last error then carries
 * @code and a non-empty message. */
#define ck_assert_cchc_fails(expr, code)                                        \
    do {                                                                        \
        cchc_clear_error();                                                     \
        int rc_ = (expr);                                                       \
        ck_assert_msg(rc_ == (code), "%s returned %s (%d), expected %s: %s",    \
                      #expr, cchc_error_name(rc_), rc_, cchc_error_name(code),  \
                      cchc_last_error_message());                               \
        ck_assert_int_eq(cchc_last_error_code(), (code));                       \
        ck_assert_msg(cchc_last_error_message()[0] != '\0',                     \
                      "%s failed without a message", #expr);                    \
    } while (0)

/* Asserts that @expr returns CCHC_OK, printing the last error otherwise. */
#define ck_assert_cchc_ok(expr)                                                 \
    do {                                                                        \
        int rc_ = (expr);                                                       \
        ck_assert_msg(rc_ == CCHC_OK, "%s returned %s (%d): %s", #expr,         \
                      cchc_error_name(rc_), rc_, cchc_last_error_message());    \
    } while (0)

/* Path of a file in tests/data (CCHC_TEST_DATA_DIR) or of the bundled data
 * (CCHC_DATA_DIR); the result is static and overwritten by the next call. */
static inline const char *test_data_path(const char *name)
{
    static char buf[4096];
    const char *dir = getenv("CCHC_TEST_DATA_DIR");
    snprintf(buf, sizeof buf, "%s/%s", dir ? dir : "tests/data", name);
    return buf;
}

static inline const char *bundled_data_path(const char *name)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s/%s", cchc_data_dir(), name);
    return buf;
}

#define BUNDLED_PLAN "plan-2023-hai-duong-sldtbxh.json"

/* ---- files (check_main.c) --------------------------------------------------- */

/* The whole file @path, NUL-terminated (free() it); its length in *@size
 * when @size is not NULL. Fails the test when the file cannot be read. */
char *read_all(const char *path, size_t *size);

/* "@dir/@name", malloc'd. */
char *join(const char *dir, const char *name);

/* A fresh folder "cchc-check-@tag-XXXXXX" under $TMPDIR or /tmp; give it
 * to remove_temp_dir(), which removes it with its files and the folders
 * directly in it (permissions restored first) and frees the name. */
char *make_temp_dir(const char *tag);
void remove_temp_dir(char *dir);

/* Compares @doc (@size bytes) with the golden file tests/data/@dir/@name,
 * naming the first differing byte and line. With CCHC_UPDATE_GOLDEN set in
 * the environment it rewrites the golden file instead: read the difference
 * before committing it. */
void check_golden(const char *doc, size_t size, const char *dir, const char *name);

#endif /* CCHC_CHECK_HELPERS_H */
