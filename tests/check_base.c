/*
 * Check suite for the base module: errors.h, version.h and common.h.
 *
 * SPDX-License-Identifier: MIT
 */
#include <pthread.h>
#include <stdint.h>

#include "check_helpers.h"

/* ---- errors.h ------------------------------------------------------------ */

static const struct {
    int code;
    const char *name;
    const char *text;
} known_codes[] = {
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

#define N_KNOWN_CODES (sizeof known_codes / sizeof known_codes[0])

START_TEST(test_errors_codes_have_stable_values)
{
    /* Codes are ABI: never renumbered. */
    ck_assert_int_eq(CCHC_OK, 0);
    ck_assert_int_eq(CCHC_EINVAL, -1);
    ck_assert_int_eq(CCHC_ENOMEM, -2);
    ck_assert_int_eq(CCHC_ENOTFOUND, -3);
    ck_assert_int_eq(CCHC_EEXISTS, -4);
    ck_assert_int_eq(CCHC_ERANGE, -5);
    ck_assert_int_eq(CCHC_EIO, -6);
    ck_assert_int_eq(CCHC_EPARSE, -7);
    ck_assert_int_eq(CCHC_EFORMAT, -8);
    ck_assert_int_eq(CCHC_EENCODING, -9);
    ck_assert_int_eq(CCHC_EVERSION, -10);
    ck_assert_int_eq(CCHC_EAMBIGUOUS, -11);
    ck_assert_int_eq(CCHC_EINUSE, -12);
    ck_assert_int_eq(CCHC_ELIMIT, -13);
}
END_TEST

START_TEST(test_errors_strerror_known_code_gives_description)
{
    /* Looped over every known code with tcase_add_loop_test. */
    ck_assert_str_eq(cchc_strerror(known_codes[_i].code), known_codes[_i].text);
}
END_TEST

START_TEST(test_errors_error_name_known_code_gives_enumerator)
{
    ck_assert_str_eq(cchc_error_name(known_codes[_i].code), known_codes[_i].name);
}
END_TEST

START_TEST(test_errors_unknown_code_gives_generic_text)
{
    const int unknown[] = {1, 42, -14, -100, INT32_MIN, INT32_MAX};
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        ck_assert_str_eq(cchc_strerror(unknown[i]), "unknown error");
        ck_assert_str_eq(cchc_error_name(unknown[i]), "CCHC_EUNKNOWN");
    }
}
END_TEST

START_TEST(test_errors_descriptions_are_distinct)
{
    for (size_t i = 0; i < N_KNOWN_CODES; i++)
        for (size_t j = i + 1; j < N_KNOWN_CODES; j++) {
            ck_assert_str_ne(cchc_strerror(known_codes[i].code),
                             cchc_strerror(known_codes[j].code));
            ck_assert_str_ne(cchc_error_name(known_codes[i].code),
                             cchc_error_name(known_codes[j].code));
        }
}
END_TEST

START_TEST(test_errors_failing_call_sets_last_error)
{
    cchc_clear_error();
    cchc_unit *unit = NULL;
    int rc = cchc_unit_new(&unit, "@bad", "Văn phòng Sở", CCHC_UNIT_OFFICE);
    ck_assert_int_eq(rc, CCHC_EINVAL);
    ck_assert_ptr_null(unit);
    ck_assert_int_eq(cchc_last_error_code(), CCHC_EINVAL);
    ck_assert_str_ne(cchc_last_error_message(), "");
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "@bad"));

    cchc_plan *plan = cchc_plan_new();
    rc = cchc_plan_set_year(plan, 1899);
    ck_assert_int_eq(rc, CCHC_ERANGE);
    ck_assert_int_eq(cchc_last_error_code(), CCHC_ERANGE);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "1899"));
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_errors_success_does_not_reset_last_error)
{
    cchc_clear_error();
    cchc_plan *plan = cchc_plan_new();
    ck_assert_int_eq(cchc_plan_set_year(plan, 12), CCHC_ERANGE);
    char *saved = strdup(cchc_last_error_message());
    ck_assert_ptr_nonnull(saved);

    ck_assert_cchc_ok(cchc_plan_set_year(plan, 2023));
    ck_assert_cchc_ok(cchc_plan_set_title(plan, "Kế hoạch CCHC năm 2023"));
    ck_assert_int_eq(cchc_last_error_code(), CCHC_ERANGE);
    ck_assert_str_eq(cchc_last_error_message(), saved);

    free(saved);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_errors_next_failure_replaces_last_error)
{
    cchc_clear_error();
    cchc_plan *plan = cchc_plan_new();
    ck_assert_int_eq(cchc_plan_set_year(plan, 12), CCHC_ERANGE);
    ck_assert_int_eq(cchc_plan_remove_task(plan, "nope"), CCHC_ENOTFOUND);
    ck_assert_int_eq(cchc_last_error_code(), CCHC_ENOTFOUND);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "nope"));
    ck_assert_ptr_null(strstr(cchc_last_error_message(), "12"));
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_errors_clear_error_resets_code_and_message)
{
    ck_assert_int_eq(cchc_task_set_area(NULL, 1), CCHC_EINVAL);
    ck_assert_int_eq(cchc_last_error_code(), CCHC_EINVAL);
    cchc_clear_error();
    ck_assert_int_eq(cchc_last_error_code(), CCHC_OK);
    ck_assert_str_eq(cchc_last_error_message(), "");
    /* Clearing twice is harmless. */
    cchc_clear_error();
    ck_assert_int_eq(cchc_last_error_code(), CCHC_OK);
    ck_assert_str_eq(cchc_last_error_message(), "");
}
END_TEST

/* Each worker starts fresh (no error), fails in its own way, checks that it
 * sees its own error, and reports what it saw. The barrier makes both fail
 * before either reads. */
typedef struct {
    pthread_barrier_t *barrier;
    int fail_with_range; /* 1: set_year → ERANGE; 0: remove_task → ENOTFOUND */
    int fresh_code;      /* last error code before failing */
    int fresh_message_empty;
    int code_after;
    int message_ok;
    int code_after_clear;
} thread_probe;

static void *thread_probe_run(void *data)
{
    thread_probe *probe = data;
    probe->fresh_code = cchc_last_error_code();
    probe->fresh_message_empty = cchc_last_error_message()[0] == '\0';
    cchc_plan *plan = cchc_plan_new();
    if (probe->fail_with_range)
        (void)cchc_plan_set_year(plan, 77);
    else
        (void)cchc_plan_remove_task(plan, "thread-task");
    pthread_barrier_wait(probe->barrier);
    /* Both threads have now failed; each must still see its own error. */
    probe->code_after = cchc_last_error_code();
    const char *msg = cchc_last_error_message();
    int has_77 = strstr(msg, "77") != NULL;
    int has_task = strstr(msg, "thread-task") != NULL;
    probe->message_ok = probe->fail_with_range ? (has_77 && !has_task) : (has_task && !has_77);
    pthread_barrier_wait(probe->barrier);
    cchc_clear_error();
    probe->code_after_clear = cchc_last_error_code();
    pthread_barrier_wait(probe->barrier);
    cchc_plan_free(plan);
    return NULL;
}

START_TEST(test_errors_last_error_is_per_thread)
{
    /* The main thread holds an error the workers must not see or change. */
    cchc_plan *plan = cchc_plan_new();
    ck_assert_int_eq(cchc_plan_set_area_text(plan, 9, "x"), CCHC_ERANGE);

    pthread_barrier_t barrier;
    ck_assert_int_eq(pthread_barrier_init(&barrier, NULL, 2), 0);
    thread_probe a = {.barrier = &barrier, .fail_with_range = 1};
    thread_probe b = {.barrier = &barrier, .fail_with_range = 0};
    pthread_t ta, tb;
    ck_assert_int_eq(pthread_create(&ta, NULL, thread_probe_run, &a), 0);
    ck_assert_int_eq(pthread_create(&tb, NULL, thread_probe_run, &b), 0);
    ck_assert_int_eq(pthread_join(ta, NULL), 0);
    ck_assert_int_eq(pthread_join(tb, NULL), 0);
    pthread_barrier_destroy(&barrier);

    ck_assert_int_eq(a.fresh_code, CCHC_OK);
    ck_assert_int_eq(a.fresh_message_empty, 1);
    ck_assert_int_eq(b.fresh_code, CCHC_OK);
    ck_assert_int_eq(b.fresh_message_empty, 1);
    ck_assert_int_eq(a.code_after, CCHC_ERANGE);
    ck_assert_int_eq(a.message_ok, 1);
    ck_assert_int_eq(b.code_after, CCHC_ENOTFOUND);
    ck_assert_int_eq(b.message_ok, 1);
    ck_assert_int_eq(a.code_after_clear, CCHC_OK);
    ck_assert_int_eq(b.code_after_clear, CCHC_OK);

    /* The workers' failures and clears left the main thread's error alone. */
    ck_assert_int_eq(cchc_last_error_code(), CCHC_ERANGE);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "area 9"));
    cchc_plan_free(plan);
}
END_TEST

/* ---- version.h ----------------------------------------------------------- */

START_TEST(test_version_number_macro_matches_parts)
{
    ck_assert_int_eq(CCHC_VERSION_NUMBER,
                     CCHC_VERSION_MAJOR * 10000 + CCHC_VERSION_MINOR * 100 +
                         CCHC_VERSION_PATCH);
    ck_assert_int_ge(CCHC_VERSION_MINOR, 0);
    ck_assert_int_lt(CCHC_VERSION_MINOR, 100);
    ck_assert_int_ge(CCHC_VERSION_PATCH, 0);
    ck_assert_int_lt(CCHC_VERSION_PATCH, 100);
}
END_TEST

START_TEST(test_version_runtime_matches_headers)
{
    ck_assert_int_eq(cchc_version(), CCHC_VERSION_NUMBER);
    ck_assert_str_eq(cchc_version_string(), CCHC_VERSION_STRING);
    char expected[64];
    snprintf(expected, sizeof expected, "%d.%d.%d", CCHC_VERSION_MAJOR, CCHC_VERSION_MINOR,
             CCHC_VERSION_PATCH);
    ck_assert_str_eq(cchc_version_string(), expected);
    /* Static text: the same pointer every time. */
    ck_assert_ptr_eq(cchc_version_string(), cchc_version_string());
}
END_TEST

START_TEST(test_version_check_macro_compares_versions)
{
    ck_assert(CCHC_VERSION_CHECK(CCHC_VERSION_MAJOR, CCHC_VERSION_MINOR, CCHC_VERSION_PATCH));
    ck_assert(CCHC_VERSION_CHECK(0, 0, 0));
    ck_assert(CCHC_VERSION_CHECK(0, 0, 1) || CCHC_VERSION_NUMBER == 0);
    ck_assert(!CCHC_VERSION_CHECK(CCHC_VERSION_MAJOR + 1, 0, 0));
    ck_assert(!CCHC_VERSION_CHECK(CCHC_VERSION_MAJOR, CCHC_VERSION_MINOR + 1, 0));
    ck_assert(!CCHC_VERSION_CHECK(CCHC_VERSION_MAJOR, CCHC_VERSION_MINOR,
                                  CCHC_VERSION_PATCH + 1));
    if (CCHC_VERSION_MINOR > 0)
        ck_assert(CCHC_VERSION_CHECK(CCHC_VERSION_MAJOR, CCHC_VERSION_MINOR - 1, 99));
}
END_TEST

/* ---- common.h ------------------------------------------------------------ */

START_TEST(test_common_free_null_is_noop)
{
    cchc_clear_error();
    cchc_free(NULL);
    ck_assert_int_eq(cchc_last_error_code(), CCHC_OK);
}
END_TEST

START_TEST(test_common_free_releases_library_text)
{
    /* Text handed out through char **out is released with cchc_free(). */
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_diagnostics_add(diags, CCHC_SEVERITY_INFO, "base.free", "ok"));
    char *text = NULL;
    ck_assert_cchc_ok(cchc_diagnostic_format(&text, cchc_diagnostics_at(diags, 0)));
    ck_assert_str_eq(text, "info: ok [base.free]");
    cchc_free(text);
    cchc_diagnostics_free(diags);
}
END_TEST

/* Restores CCHC_DATA_DIR after each data-dir test so that the order of the
 * tests does not matter. */
static char *saved_data_dir;

static void data_dir_setup(void)
{
    const char *v = getenv("CCHC_DATA_DIR");
    saved_data_dir = v ? strdup(v) : NULL;
}

static void data_dir_teardown(void)
{
    if (saved_data_dir) {
        setenv("CCHC_DATA_DIR", saved_data_dir, 1);
        free(saved_data_dir);
        saved_data_dir = NULL;
    } else {
        unsetenv("CCHC_DATA_DIR");
    }
}

START_TEST(test_common_data_dir_honours_environment)
{
    ck_assert_int_eq(setenv("CCHC_DATA_DIR", "/tmp/cchc-check-data", 1), 0);
    ck_assert_str_eq(cchc_data_dir(), "/tmp/cchc-check-data");
    ck_assert_int_eq(setenv("CCHC_DATA_DIR", "relative/dir", 1), 0);
    ck_assert_str_eq(cchc_data_dir(), "relative/dir");
}
END_TEST

static void assert_install_data_dir(const char *dir)
{
    ck_assert_ptr_nonnull(dir);
    ck_assert_msg(dir[0] == '/', "data dir \"%s\" is not absolute", dir);
    size_t n = strlen(dir);
    ck_assert_msg(n > strlen("/cchc") && strcmp(dir + n - strlen("/cchc"), "/cchc") == 0,
                  "data dir \"%s\" does not end in /cchc", dir);
    ck_assert_str_ne(dir, "/tmp/cchc-check-data");
}

START_TEST(test_common_data_dir_unset_falls_back_to_install_dir)
{
    ck_assert_int_eq(setenv("CCHC_DATA_DIR", "/tmp/cchc-check-data", 1), 0);
    ck_assert_str_eq(cchc_data_dir(), "/tmp/cchc-check-data");
    ck_assert_int_eq(unsetenv("CCHC_DATA_DIR"), 0);
    assert_install_data_dir(cchc_data_dir());
}
END_TEST

START_TEST(test_common_data_dir_empty_falls_back_to_install_dir)
{
    ck_assert_int_eq(setenv("CCHC_DATA_DIR", "", 1), 0);
    assert_install_data_dir(cchc_data_dir());
}
END_TEST

Suite *suite_base(void);

Suite *suite_base(void)
{
    Suite *s = suite_create("base");

    TCase *tc = tcase_create("errors");
    tcase_add_test(tc, test_errors_codes_have_stable_values);
    tcase_add_loop_test(tc, test_errors_strerror_known_code_gives_description, 0,
                        (int)N_KNOWN_CODES);
    tcase_add_loop_test(tc, test_errors_error_name_known_code_gives_enumerator, 0,
                        (int)N_KNOWN_CODES);
    tcase_add_test(tc, test_errors_unknown_code_gives_generic_text);
    tcase_add_test(tc, test_errors_descriptions_are_distinct);
    tcase_add_test(tc, test_errors_failing_call_sets_last_error);
    tcase_add_test(tc, test_errors_success_does_not_reset_last_error);
    tcase_add_test(tc, test_errors_next_failure_replaces_last_error);
    tcase_add_test(tc, test_errors_clear_error_resets_code_and_message);
    tcase_add_test(tc, test_errors_last_error_is_per_thread);
    suite_add_tcase(s, tc);

    tc = tcase_create("version");
    tcase_add_test(tc, test_version_number_macro_matches_parts);
    tcase_add_test(tc, test_version_runtime_matches_headers);
    tcase_add_test(tc, test_version_check_macro_compares_versions);
    suite_add_tcase(s, tc);

    tc = tcase_create("common");
    tcase_add_checked_fixture(tc, data_dir_setup, data_dir_teardown);
    tcase_add_test(tc, test_common_free_null_is_noop);
    tcase_add_test(tc, test_common_free_releases_library_text);
    tcase_add_test(tc, test_common_data_dir_honours_environment);
    tcase_add_test(tc, test_common_data_dir_unset_falls_back_to_install_dir);
    tcase_add_test(tc, test_common_data_dir_empty_falls_back_to_install_dir);
    suite_add_tcase(s, tc);

    return s;
}
