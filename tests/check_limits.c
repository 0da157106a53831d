/*
 * Check suite for the limits (include/cchc/limits.h): the cchc_limits
 * object, and each ceiling in the JSON plan loader, the appendix importer
 * and the time-expression parser — one input just at the ceiling (accepted)
 * and one just past it (CCHC_ELIMIT, with the limit named and, in JSON, the
 * line, column and path). Also: numbers that are not finite or out of range
 * are refused with their JSON path.
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_helpers.h"

/* ---- helpers ------------------------------------------------------------ */

static cchc_limits *limits_with(int limit, size_t value)
{
    cchc_limits *limits = cchc_limits_new();
    ck_assert_cchc_ok(cchc_limits_set(limits, limit, value));
    return limits;
}

/* Asserts the last error and the one error diagnostic of a refused input. */
static void expect_limit_error(cchc_diagnostics *diags, const char *diag_code,
                               const char *message_part, const char *path)
{
    ck_assert_int_eq(cchc_last_error_code(), CCHC_ELIMIT);
    ck_assert_msg(strstr(cchc_last_error_message(), message_part) != NULL,
                  "message \"%s\" lacks \"%s\"", cchc_last_error_message(), message_part);
    if (!diags)
        return;
    size_t errors = 0;
    for (size_t i = 0; i < cchc_diagnostics_count(diags); i++) {
        const cchc_diagnostic *d = cchc_diagnostics_at(diags, i);
        if (cchc_diagnostic_severity(d) != CCHC_SEVERITY_ERROR)
            continue;
        errors++;
        ck_assert_str_eq(cchc_diagnostic_code(d), diag_code);
        if (path)
            ck_assert_str_eq(cchc_diagnostic_path(d), path);
    }
    ck_assert_uint_eq(errors, 1);
}

/* Loads @text under @limits; returns the status, frees any plan. */
static int load(const char *text, const cchc_limits *limits, cchc_diagnostics *diags)
{
    cchc_plan *plan = NULL;
    cchc_clear_error();
    int rc = cchc_plan_load_data_with_limits(&plan, text, strlen(text), "limits.json", limits,
                                             diags);
    if (rc)
        ck_assert_ptr_null(plan);
    else
        ck_assert_ptr_nonnull(plan);
    cchc_plan_free(plan);
    return rc;
}

static char *repeat(char c, size_t n)
{
    char *s = malloc(n + 1);
    ck_assert_ptr_nonnull(s);
    memset(s, c, n);
    s[n] = '\0';
    return s;
}

/* A plan document with @n tasks and @units units, small. */
static char *plan_with(size_t tasks, size_t units)
{
    size_t capacity = 256 + 64 * (tasks + units);
    char *text = malloc(capacity);
    ck_assert_ptr_nonnull(text);
    strcpy(text, "{\"format\": \"cchc-plan\", \"version\": 1, \"year\": 2023,\n \"units\": [");
    for (size_t i = 0; i < units; i++)
        snprintf(text + strlen(text), capacity - strlen(text),
                 "%s{\"id\": \"u%zu\", \"name\": \"Phòng %zu\", \"kind\": \"division\"}",
                 i ? ", " : "", i, i);
    strcat(text, "],\n \"tasks\": [");
    for (size_t i = 0; i < tasks; i++)
        snprintf(text + strlen(text), capacity - strlen(text), "%s{\"area\": 1}",
                 i ? ", " : "");
    strcat(text, "]}");
    return text;
}

/* ---- the cchc_limits object --------------------------------------------- */

START_TEST(test_limits_new_holds_the_defaults)
{
    static const struct {
        int limit;
        size_t value;
        const char *name;
    } expected[] = {
        {CCHC_LIMIT_INPUT_BYTES, 64u * 1024 * 1024, "input_bytes"},
        {CCHC_LIMIT_DEPTH, 512, "depth"},
        {CCHC_LIMIT_STRING_BYTES, 1024u * 1024, "string_bytes"},
        {CCHC_LIMIT_TASKS, 100000, "tasks"},
        {CCHC_LIMIT_UNITS, 10000, "units"},
        {CCHC_LIMIT_ROWS, 1000000, "rows"},
    };
    ck_assert_int_eq(CCHC_LIMIT_COUNT, 6);
    cchc_limits *limits = cchc_limits_new();
    ck_assert_ptr_nonnull(limits);
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        ck_assert_uint_eq(cchc_limit_default(expected[i].limit), expected[i].value);
        ck_assert_uint_eq(cchc_limits_value(limits, expected[i].limit), expected[i].value);
        ck_assert_uint_eq(cchc_limits_value(NULL, expected[i].limit), expected[i].value);
        ck_assert_str_eq(cchc_limit_name(expected[i].limit), expected[i].name);
        ck_assert_uint_ge(cchc_limit_max(expected[i].limit), expected[i].value);
    }
    ck_assert_uint_eq(CCHC_LIMIT_DEFAULT_INPUT_BYTES, 64u * 1024 * 1024);
    ck_assert_uint_eq(CCHC_LIMIT_DEFAULT_STRING_BYTES, 1024u * 1024);
    ck_assert_uint_eq(cchc_limit_max(CCHC_LIMIT_DEPTH), 512);
    cchc_limits_free(limits);
    cchc_limits_free(NULL);
}
END_TEST

START_TEST(test_limits_unknown_limit_gives_zero_and_empty_name)
{
    const int unknown[] = {0, -1, CCHC_LIMIT_COUNT + 1, 1000};
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        ck_assert_uint_eq(cchc_limit_default(unknown[i]), 0);
        ck_assert_uint_eq(cchc_limit_max(unknown[i]), 0);
        ck_assert_uint_eq(cchc_limits_value(NULL, unknown[i]), 0);
        ck_assert_str_eq(cchc_limit_name(unknown[i]), "");
    }
}
END_TEST

START_TEST(test_limits_set_changes_one_value)
{
    cchc_limits *limits = cchc_limits_new();
    ck_assert_cchc_ok(cchc_limits_set(limits, CCHC_LIMIT_TASKS, 7));
    ck_assert_uint_eq(cchc_limits_value(limits, CCHC_LIMIT_TASKS), 7);
    ck_assert_uint_eq(cchc_limits_value(limits, CCHC_LIMIT_UNITS), 10000);
    ck_assert_cchc_ok(cchc_limits_set(limits, CCHC_LIMIT_DEPTH, 512));
    ck_assert_cchc_ok(cchc_limits_set(limits, CCHC_LIMIT_DEPTH, 1));
    ck_assert_uint_eq(cchc_limits_value(limits, CCHC_LIMIT_DEPTH), 1);
    cchc_limits_free(limits);
}
END_TEST

START_TEST(test_limits_set_out_of_range_returns_erange_and_keeps_the_value)
{
    cchc_limits *limits = cchc_limits_new();
    ck_assert_cchc_fails(cchc_limits_set(limits, CCHC_LIMIT_TASKS, 0), CCHC_ERANGE);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "tasks 0 is out of range"));
    ck_assert_cchc_fails(cchc_limits_set(limits, CCHC_LIMIT_DEPTH, 513), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_limits_set(limits, CCHC_LIMIT_INPUT_BYTES, SIZE_MAX),
                         CCHC_ERANGE);
    ck_assert_uint_eq(cchc_limits_value(limits, CCHC_LIMIT_TASKS), 100000);
    ck_assert_uint_eq(cchc_limits_value(limits, CCHC_LIMIT_DEPTH), 512);
    cchc_limits_free(limits);
}
END_TEST

START_TEST(test_limits_set_bad_arguments_return_einval)
{
    cchc_limits *limits = cchc_limits_new();
    ck_assert_cchc_fails(cchc_limits_set(NULL, CCHC_LIMIT_TASKS, 1), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_limits_set(limits, 0, 1), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_limits_set(limits, CCHC_LIMIT_COUNT + 1, 1), CCHC_EINVAL);
    cchc_limits_free(limits);
}
END_TEST

START_TEST(test_limits_status_code_is_elimit)
{
    ck_assert_int_eq(CCHC_ELIMIT, -13);
    ck_assert_str_eq(cchc_error_name(CCHC_ELIMIT), "CCHC_ELIMIT");
    ck_assert_str_eq(cchc_strerror(CCHC_ELIMIT), "input exceeds a limit");
}
END_TEST

/* ---- the JSON plan loader ------------------------------------------------- */

START_TEST(test_limits_json_input_bytes_at_and_past_the_limit)
{
    const char *text = "{\"format\": \"cchc-plan\", \"version\": 1}";
    size_t n = strlen(text);
    cchc_limits *limits = limits_with(CCHC_LIMIT_INPUT_BYTES, n);
    ck_assert_cchc_ok(load(text, limits, NULL));
    ck_assert_cchc_ok(cchc_limits_set(limits, CCHC_LIMIT_INPUT_BYTES, n - 1));
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_int_eq(load(text, limits, diags), CCHC_ELIMIT);
    expect_limit_error(diags, "json.limit", "(limit input_bytes = 36)", "");
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "limits.json: the document is 37 bytes"));
    cchc_diagnostics_free(diags);
    cchc_limits_free(limits);
}
END_TEST

START_TEST(test_limits_json_depth_at_and_past_the_limit)
{
    /* the root object is level 1, "x" level 2, its inner array level 3 */
    const char *ok = "{\"format\": \"cchc-plan\", \"version\": 1, \"x\": [[1]]}";
    const char *deep = "{\"format\": \"cchc-plan\", \"version\": 1,\n \"x\": [[[1]]]}";
    cchc_limits *limits = limits_with(CCHC_LIMIT_DEPTH, 3);
    ck_assert_cchc_ok(load(ok, limits, NULL));
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_int_eq(load(deep, limits, diags), CCHC_ELIMIT);
    expect_limit_error(diags, "json.limit",
                       "limits.json:2:9: $.x[0][0]: the document is nested more than 3 "
                       "levels deep (limit depth = 3)",
                       "$.x[0][0]");
    cchc_diagnostics_free(diags);
    cchc_limits_free(limits);
}
END_TEST

START_TEST(test_limits_json_default_depth_is_512)
{
    char *text = malloc(2 * 600 + 1);
    ck_assert_ptr_nonnull(text);
    for (size_t depth = 512; depth <= 513; depth++) {
        memset(text, '[', depth);
        memset(text + depth, ']', depth);
        text[2 * depth] = '\0';
        /* an array is not a plan: at 512 the check passes and the reader refuses */
        ck_assert_int_eq(load(text, NULL, NULL), depth == 512 ? CCHC_EFORMAT : CCHC_ELIMIT);
    }
    free(text);
}
END_TEST

START_TEST(test_limits_json_string_bytes_counts_decoded_bytes)
{
    cchc_limits *limits = limits_with(CCHC_LIMIT_STRING_BYTES, 10);
    /* "Quý Một" is 10 bytes of UTF-8 (ý and ộ take 2 and 3) */
    ck_assert_cchc_ok(load("{\"format\": \"cchc-plan\", \"version\": 1, \"title\": \"Quý Một\"}",
                           limits, NULL));
    /* the same text with escapes is still 10 bytes once decoded */
    ck_assert_cchc_ok(load("{\"format\": \"cchc-plan\", \"version\": 1, "
                           "\"title\": \"Qu\\u00fd M\\u1ed9t\"}",
                           limits, NULL));
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_int_eq(load("{\"format\": \"cchc-plan\", \"version\": 1,\n \"title\": \"Quý Một!\"}",
                          limits, diags),
                     CCHC_ELIMIT);
    expect_limit_error(diags, "json.limit",
                       "limits.json:2:2: $.title: the string is longer than 10 bytes "
                       "(limit string_bytes = 10)",
                       "$.title");
    cchc_diagnostics_free(diags);
    cchc_limits_free(limits);
}
END_TEST

START_TEST(test_limits_json_string_bytes_applies_to_keys_and_escapes)
{
    /* "cchc-plan" is the longest value, 9 bytes */
    cchc_limits *limits = limits_with(CCHC_LIMIT_STRING_BYTES, 9);
    cchc_diagnostics *diags = cchc_diagnostics_new();
    /* an unknown key of 10 bytes */
    ck_assert_int_eq(load("{\"format\": \"cchc-plan\", \"version\": 1, \"1234567890\": 0}",
                          limits, diags),
                     CCHC_ELIMIT);
    expect_limit_error(diags, "json.limit", "(limit string_bytes = 9)", "$");
    cchc_diagnostics_clear(diags);
    /* four 3-byte characters written as escapes: 24 bytes of text, 12 decoded */
    ck_assert_int_eq(load("{\"format\": \"cchc-plan\", \"version\": 1, "
                          "\"title\": \"\\u1ec7\\u1ec7\\u1ec7\\u1ec7\"}",
                          limits, diags),
                     CCHC_ELIMIT);
    expect_limit_error(diags, "json.limit", "$.title: the string is longer than 9 bytes",
                       "$.title");
    /* three of them, 9 bytes decoded, pass */
    ck_assert_cchc_ok(load("{\"format\": \"cchc-plan\", \"version\": 1, "
                           "\"title\": \"\\u1ec7\\u1ec7\\u1ec7\"}",
                           limits, NULL));
    cchc_diagnostics_free(diags);
    cchc_limits_free(limits);
}
END_TEST

START_TEST(test_limits_json_default_string_bytes_is_one_mebibyte)
{
    size_t mib = 1024 * 1024;
    const char *head = "{\"format\": \"cchc-plan\", \"version\": 1, \"notes_x\": \"";
    char *text = malloc(strlen(head) + mib + 8);
    ck_assert_ptr_nonnull(text);
    for (size_t n = mib; n <= mib + 1; n++) {
        strcpy(text, head);
        memset(text + strlen(head), 'a', n);
        strcpy(text + strlen(head) + n, "\"}");
        ck_assert_int_eq(load(text, NULL, NULL), n == mib ? CCHC_OK : CCHC_ELIMIT);
    }
    free(text);
}
END_TEST

START_TEST(test_limits_json_tasks_at_and_past_the_limit)
{
    cchc_limits *limits = limits_with(CCHC_LIMIT_TASKS, 2);
    char *two = plan_with(2, 0), *three = plan_with(3, 0);
    ck_assert_cchc_ok(load(two, limits, NULL));
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_int_eq(load(three, limits, diags), CCHC_ELIMIT);
    expect_limit_error(diags, "json.limit",
                       "limits.json:3:38: $.tasks[2]: more than 2 tasks (limit tasks = 2)",
                       "$.tasks[2]");
    cchc_diagnostics_free(diags);
    free(two);
    free(three);
    cchc_limits_free(limits);
}
END_TEST

START_TEST(test_limits_json_units_at_and_past_the_limit)
{
    cchc_limits *limits = limits_with(CCHC_LIMIT_UNITS, 1);
    char *one = plan_with(0, 1), *two = plan_with(0, 2);
    ck_assert_cchc_ok(load(one, limits, NULL));
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_int_eq(load(two, limits, diags), CCHC_ELIMIT);
    expect_limit_error(diags, "json.limit", "$.units[1]: more than 1 units (limit units = 1)",
                       "$.units[1]");
    cchc_diagnostics_free(diags);
    free(one);
    free(two);
    cchc_limits_free(limits);
}
END_TEST

START_TEST(test_limits_json_file_larger_than_input_bytes_is_refused)
{
    char path[] = "/tmp/cchc-check-limits-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    const char *text = "{\"format\": \"cchc-plan\", \"version\": 1}";
    ck_assert_int_eq(write(fd, text, strlen(text)), (int)strlen(text));
    close(fd);
    cchc_limits *limits = limits_with(CCHC_LIMIT_INPUT_BYTES, 10);
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_plan *plan = NULL;
    ck_assert_cchc_fails(cchc_plan_load_file_with_limits(&plan, path, limits, diags),
                         CCHC_ELIMIT);
    ck_assert_ptr_null(plan);
    expect_limit_error(diags, "file.limit",
                       "the file is 37 bytes, more than 10 (limit input_bytes = 10)", "");
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), path));
    /* the defaults take it */
    ck_assert_cchc_ok(cchc_plan_load_file_with_limits(&plan, path, NULL, NULL));
    cchc_plan_free(plan);
    cchc_diagnostics_free(diags);
    cchc_limits_free(limits);
    unlink(path);
}
END_TEST

/* Schemes and scorecards have no _with_limits loaders: their files get the
 * default input_bytes, checked like a plan's before anything is read. A
 * sparse file a byte over 64 MiB takes no room on disk. */
START_TEST(test_limits_scheme_and_scorecard_files_over_default_input_bytes_are_refused)
{
    char path[] = "/tmp/cchc-check-limits-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    off_t size = (off_t)CCHC_LIMIT_DEFAULT_INPUT_BYTES + 1;
    ck_assert_int_eq(ftruncate(fd, size), 0);
    close(fd);
    char reason[128];
    snprintf(reason, sizeof reason,
             "the file is %lld bytes, more than %lld (limit input_bytes = %lld)",
             (long long)size, (long long)size - 1, (long long)size - 1);

    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_scheme *scheme = NULL;
    ck_assert_cchc_fails(cchc_scheme_load_file(&scheme, path, diags), CCHC_ELIMIT);
    ck_assert_ptr_null(scheme);
    expect_limit_error(diags, "file.limit", reason, "");
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), path));

    cchc_diagnostics_clear(diags);
    cchc_scorecard *card = NULL;
    ck_assert_cchc_fails(cchc_scorecard_load_file(&card, path, diags), CCHC_ELIMIT);
    ck_assert_ptr_null(card);
    expect_limit_error(diags, "file.limit", reason, "");
    cchc_diagnostics_free(diags);
    unlink(path);
}
END_TEST

START_TEST(test_limits_json_load_without_limits_uses_the_defaults)
{
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&plan, bundled_data_path(BUNDLED_PLAN), NULL));
    char *saved = NULL;
    size_t size = 0;
    ck_assert_cchc_ok(cchc_plan_save_data(&saved, &size, plan));
    cchc_plan *again = NULL;
    ck_assert_cchc_ok(cchc_plan_load_data_with_limits(&again, saved, size, NULL, NULL, NULL));
    ck_assert_uint_eq(cchc_plan_task_count(again), 50);
    cchc_plan_free(again);
    cchc_free(saved);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_limits_json_with_limits_checks_arguments)
{
    cchc_plan *plan = (cchc_plan *)1;
    ck_assert_cchc_fails(cchc_plan_load_data_with_limits(NULL, "{}", 2, NULL, NULL, NULL),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_load_data_with_limits(&plan, NULL, 2, NULL, NULL, NULL),
                         CCHC_EINVAL);
    ck_assert_ptr_null(plan);
    plan = (cchc_plan *)1;
    ck_assert_cchc_fails(cchc_plan_load_file_with_limits(&plan, NULL, NULL, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(plan);
}
END_TEST

/* ---- numbers: not finite, out of range ------------------------------------ */

START_TEST(test_limits_json_numbers_not_finite_or_out_of_range_name_their_path)
{
    static const struct {
        const char *value;
        int code;
        const char *words;
    } cases[] = {
        {"1e400", CCHC_EFORMAT, "the number 1e400 is too large to be read"},
        {"-1e400", CCHC_EFORMAT, "the number -1e400 is too large to be read"},
        {"NaN", CCHC_EPARSE, "\"NaN\" is not a JSON value"},
        {"Infinity", CCHC_EPARSE, "\"Infinity\" is not a JSON value"},
        {"-Infinity", CCHC_EPARSE, "\"-Infinity\" is not a JSON number"},
        {"1e308", CCHC_EFORMAT, "1e+308 is out of range (0 to 100)"},
        {"-0.5", CCHC_EFORMAT, "-0.5 is out of range (0 to 100)"},
        {"100.0000001", CCHC_EFORMAT, "100 is out of range (0 to 100)"},
        {"18446744073709551616", CCHC_EFORMAT, "is too large to be read"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[256];
        snprintf(text, sizeof text,
                 "{\"format\": \"cchc-plan\", \"version\": 1,\n \"tasks\": [{\"area\": 1, "
                 "\"progress\": %s}]}",
                 cases[i].value);
        ck_assert_int_eq(load(text, NULL, NULL), cases[i].code);
        ck_assert_msg(strstr(cchc_last_error_message(), "$.tasks[0].progress") != NULL &&
                          strstr(cchc_last_error_message(), cases[i].words) != NULL,
                      "%s: %s", cases[i].value, cchc_last_error_message());
    }
    /* integers: a year of 10000, an area beyond 64 bits */
    ck_assert_int_eq(load("{\"format\": \"cchc-plan\", \"version\": 1, \"year\": 10000}", NULL,
                          NULL),
                     CCHC_EFORMAT);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "$.year: 10000 is out of range"));
    ck_assert_int_eq(load("{\"format\": \"cchc-plan\", \"version\": 1, \"tasks\": [{\"area\": "
                          "-99999999999999999999}]}",
                          NULL, NULL),
                     CCHC_EFORMAT);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "$.tasks[0].area"));
}
END_TEST

/* ---- the appendix importer ----------------------------------------------- */

#define TABLE_HEADER "Nhiệm vụ chung\tNhiệm vụ cụ thể\tPhòng, đơn vị chủ trì\tThời gian thực hiện\n"

static int import(const char *text, const cchc_limits *limits, cchc_diagnostics *diags)
{
    cchc_plan *plan = NULL;
    cchc_clear_error();
    int rc = cchc_appendix_import_with_limits(&plan, text, strlen(text), "table.tsv", NULL,
                                              limits, diags);
    if (rc)
        ck_assert_ptr_null(plan);
    else
        ck_assert_ptr_nonnull(plan);
    cchc_plan_free(plan);
    return rc;
}

static const char *const table =
    TABLE_HEADER
    "1. Công tác chỉ đạo\t1.1. Xây dựng KH\tVăn phòng\tQuý I/2023\n"
    "\t1.2. Kiểm tra\tThanh tra\tQuý II/2023\n"
    "\t1.3. Báo cáo\tVăn phòng\tTháng 12/2023\n";

START_TEST(test_limits_appendix_input_bytes)
{
    cchc_limits *limits = limits_with(CCHC_LIMIT_INPUT_BYTES, strlen(table));
    ck_assert_cchc_ok(import(table, limits, NULL));
    ck_assert_cchc_ok(cchc_limits_set(limits, CCHC_LIMIT_INPUT_BYTES, strlen(table) - 1));
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_int_eq(import(table, limits, diags), CCHC_ELIMIT);
    expect_limit_error(diags, "appendix.limit", "table.tsv: the table is", NULL);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "(limit input_bytes = "));
    cchc_diagnostics_free(diags);
    cchc_limits_free(limits);
}
END_TEST

START_TEST(test_limits_appendix_rows)
{
    cchc_limits *limits = limits_with(CCHC_LIMIT_ROWS, 4);
    ck_assert_cchc_ok(import(table, limits, NULL));
    ck_assert_cchc_ok(cchc_limits_set(limits, CCHC_LIMIT_ROWS, 3));
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_int_eq(import(table, limits, diags), CCHC_ELIMIT);
    expect_limit_error(diags, "appendix.limit",
                       "table.tsv:4: the table has more rows than 3 (limit rows = 3)", NULL);
    /* the same in CSV */
    const char *csv = "Nhiệm vụ cụ thể,Phòng, đơn vị chủ trì,Thời gian thực hiện\n"
                      "1.1. A,Văn phòng,Quý I/2023\n1.2. B,Văn phòng,Quý I/2023\n"
                      "1.3. C,Văn phòng,Quý I/2023\n";
    ck_assert_int_eq(import(csv, limits, NULL), CCHC_ELIMIT);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "table.tsv:4: "));
    cchc_diagnostics_free(diags);
    cchc_limits_free(limits);
}
END_TEST

START_TEST(test_limits_appendix_cell_length)
{
    /* the longest cell is "Phòng, đơn vị chủ trì", 29 bytes; the first longer
     * than 20 is "Nhiệm vụ cụ thể" (23 bytes) */
    cchc_limits *limits = limits_with(CCHC_LIMIT_STRING_BYTES, 29);
    ck_assert_cchc_ok(import(table, limits, NULL));
    ck_assert_cchc_ok(cchc_limits_set(limits, CCHC_LIMIT_STRING_BYTES, 20));
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_int_eq(import(table, limits, diags), CCHC_ELIMIT);
    expect_limit_error(diags, "appendix.limit",
                       "table.tsv:1:16: the cell is longer in bytes than 20 (limit "
                       "string_bytes = 20)",
                       NULL);
    /* CSV: a quoted cell, counted without its quotes */
    const char *csv = "Nhiệm vụ,Chủ trì,Thời gian\n\"1.1. Một hai ba bốn năm\",VP,Quý I\n";
    ck_assert_int_eq(import(csv, limits, NULL), CCHC_ELIMIT);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "table.tsv:2:1: the cell"));
    cchc_diagnostics_free(diags);
    cchc_limits_free(limits);
}
END_TEST

START_TEST(test_limits_appendix_tasks)
{
    cchc_limits *limits = limits_with(CCHC_LIMIT_TASKS, 3);
    ck_assert_cchc_ok(import(table, limits, NULL));
    ck_assert_cchc_ok(cchc_limits_set(limits, CCHC_LIMIT_TASKS, 2));
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_int_eq(import(table, limits, diags), CCHC_ELIMIT);
    expect_limit_error(diags, "appendix.limit",
                       "table.tsv:4: the table has more tasks than 2 (limit tasks = 2)", NULL);
    cchc_diagnostics_free(diags);
    cchc_limits_free(limits);
}
END_TEST

START_TEST(test_limits_appendix_units_made_without_a_registry)
{
    /* the table names two units, Văn phòng and Thanh tra */
    cchc_limits *limits = limits_with(CCHC_LIMIT_UNITS, 2);
    ck_assert_cchc_ok(import(table, limits, NULL));
    ck_assert_cchc_ok(cchc_limits_set(limits, CCHC_LIMIT_UNITS, 1));
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_int_eq(import(table, limits, diags), CCHC_ELIMIT);
    expect_limit_error(diags, "appendix.limit",
                       "table.tsv:3:16: the table names more units than 1 (limit units = 1)",
                       NULL);
    cchc_diagnostics_free(diags);
    cchc_limits_free(limits);
}
END_TEST

START_TEST(test_limits_appendix_file_larger_than_input_bytes_is_refused)
{
    cchc_limits *limits = limits_with(CCHC_LIMIT_INPUT_BYTES, 100);
    cchc_plan *plan = NULL;
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_cchc_fails(cchc_appendix_import_file_with_limits(
                             &plan, test_data_path("appendix/seed-2023-appendix.tsv"), NULL,
                             limits, diags),
                         CCHC_ELIMIT);
    ck_assert_ptr_null(plan);
    expect_limit_error(diags, "file.limit", "more than 100 (limit input_bytes = 100)", NULL);
    ck_assert_cchc_ok(cchc_appendix_import_file_with_limits(
        &plan, test_data_path("appendix/seed-2023-appendix.tsv"), NULL, NULL, NULL));
    ck_assert_uint_gt(cchc_plan_task_count(plan), 40);
    cchc_plan_free(plan);
    cchc_diagnostics_free(diags);
    cchc_limits_free(limits);
}
END_TEST

/* ---- the time-expression parser ----------------------------------------- */

START_TEST(test_limits_schedule_text_length)
{
    const char *text = "Quý I/2023"; /* 11 bytes */
    cchc_limits *limits = limits_with(CCHC_LIMIT_STRING_BYTES, 11);
    cchc_schedule *s = NULL;
    ck_assert_cchc_ok(cchc_schedule_parse_with_limits(&s, text, 2023, limits));
    ck_assert_str_eq(cchc_schedule_deadline(s), "2023-03-31");
    cchc_schedule_free(s);
    ck_assert_cchc_ok(cchc_limits_set(limits, CCHC_LIMIT_STRING_BYTES, 10));
    s = (cchc_schedule *)1;
    ck_assert_cchc_fails(cchc_schedule_parse_with_limits(&s, text, 2023, limits), CCHC_ELIMIT);
    ck_assert_ptr_null(s);
    ck_assert_str_eq(cchc_last_error_message(),
                     "cchc_schedule_parse: the text is 11 bytes, more than 10 (limit "
                     "string_bytes = 10)");
    cchc_limits_free(limits);
}
END_TEST

START_TEST(test_limits_schedule_default_text_length)
{
    size_t mib = 1024 * 1024;
    char *text = repeat(' ', mib + 1);
    memcpy(text, "Quý I/2023", strlen("Quý I/2023"));
    cchc_schedule *s = NULL;
    ck_assert_cchc_fails(cchc_schedule_parse(&s, text, 2023), CCHC_ELIMIT);
    ck_assert_ptr_null(s);
    text[mib] = '\0';
    ck_assert_cchc_ok(cchc_schedule_parse(&s, text, 2023));
    ck_assert_str_eq(cchc_schedule_deadline(s), "2023-03-31");
    cchc_schedule_free(s);
    free(text);
}
END_TEST

START_TEST(test_limits_schedule_with_limits_checks_arguments)
{
    cchc_schedule *s = (cchc_schedule *)1;
    ck_assert_cchc_fails(cchc_schedule_parse_with_limits(NULL, "Quý I", 2023, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_schedule_parse_with_limits(&s, NULL, 2023, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(s);
    ck_assert_cchc_fails(cchc_schedule_parse_with_limits(&s, "\xff", 2023, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_schedule_parse_with_limits(&s, "Quý I", 1800, NULL), CCHC_ERANGE);
}
END_TEST

Suite *suite_limits(void);

Suite *suite_limits(void)
{
    Suite *s = suite_create("limits");
    TCase *tc = tcase_create("object");
    tcase_add_test(tc, test_limits_new_holds_the_defaults);
    tcase_add_test(tc, test_limits_unknown_limit_gives_zero_and_empty_name);
    tcase_add_test(tc, test_limits_set_changes_one_value);
    tcase_add_test(tc, test_limits_set_out_of_range_returns_erange_and_keeps_the_value);
    tcase_add_test(tc, test_limits_set_bad_arguments_return_einval);
    tcase_add_test(tc, test_limits_status_code_is_elimit);
    suite_add_tcase(s, tc);

    tc = tcase_create("json");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_limits_json_input_bytes_at_and_past_the_limit);
    tcase_add_test(tc, test_limits_json_depth_at_and_past_the_limit);
    tcase_add_test(tc, test_limits_json_default_depth_is_512);
    tcase_add_test(tc, test_limits_json_string_bytes_counts_decoded_bytes);
    tcase_add_test(tc, test_limits_json_string_bytes_applies_to_keys_and_escapes);
    tcase_add_test(tc, test_limits_json_default_string_bytes_is_one_mebibyte);
    tcase_add_test(tc, test_limits_json_tasks_at_and_past_the_limit);
    tcase_add_test(tc, test_limits_json_units_at_and_past_the_limit);
    tcase_add_test(tc, test_limits_json_file_larger_than_input_bytes_is_refused);
    tcase_add_test(tc, test_limits_scheme_and_scorecard_files_over_default_input_bytes_are_refused);
    tcase_add_test(tc, test_limits_json_load_without_limits_uses_the_defaults);
    tcase_add_test(tc, test_limits_json_with_limits_checks_arguments);
    tcase_add_test(tc, test_limits_json_numbers_not_finite_or_out_of_range_name_their_path);
    suite_add_tcase(s, tc);

    tc = tcase_create("appendix");
    tcase_add_test(tc, test_limits_appendix_input_bytes);
    tcase_add_test(tc, test_limits_appendix_rows);
    tcase_add_test(tc, test_limits_appendix_cell_length);
    tcase_add_test(tc, test_limits_appendix_tasks);
    tcase_add_test(tc, test_limits_appendix_units_made_without_a_registry);
    tcase_add_test(tc, test_limits_appendix_file_larger_than_input_bytes_is_refused);
    suite_add_tcase(s, tc);

    tc = tcase_create("schedule");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_limits_schedule_text_length);
    tcase_add_test(tc, test_limits_schedule_default_text_length);
    tcase_add_test(tc, test_limits_schedule_with_limits_checks_arguments);
    suite_add_tcase(s, tc);
    return s;
}
