/*
 * Check suite for diagnostics.h: lists of located diagnostics.
 *
 * SPDX-License-Identifier: MIT
 */
#include "check_helpers.h"

static cchc_diagnostics *diags;

static void diags_setup(void)
{
    diags = cchc_diagnostics_new();
    ck_assert_ptr_nonnull(diags);
}

static void diags_teardown(void)
{
    cchc_diagnostics_free(diags);
    diags = NULL;
}

/* Fills the list with one error, two warnings and one info. */
static void add_four(void)
{
    ck_assert_cchc_ok(cchc_diagnostics_add(diags, CCHC_SEVERITY_ERROR, "check.one", "first"));
    ck_assert_cchc_ok(
        cchc_diagnostics_add(diags, CCHC_SEVERITY_WARNING, "check.two", "second"));
    ck_assert_cchc_ok(
        cchc_diagnostics_add(diags, CCHC_SEVERITY_WARNING, "check_three-3", "third"));
    ck_assert_cchc_ok(cchc_diagnostics_add(diags, CCHC_SEVERITY_INFO, "4", "fourth"));
}

/* ---- the list ------------------------------------------------------------ */

START_TEST(test_diagnostics_new_is_empty)
{
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 0);
    ck_assert_ptr_null(cchc_diagnostics_at(diags, 0));
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_ERROR), 0);
}
END_TEST

START_TEST(test_diagnostics_add_appends_in_order)
{
    add_four();
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 4);
    const char *codes[] = {"check.one", "check.two", "check_three-3", "4"};
    const char *messages[] = {"first", "second", "third", "fourth"};
    const int severities[] = {CCHC_SEVERITY_ERROR, CCHC_SEVERITY_WARNING,
                              CCHC_SEVERITY_WARNING, CCHC_SEVERITY_INFO};
    for (size_t i = 0; i < 4; i++) {
        const cchc_diagnostic *d = cchc_diagnostics_at(diags, i);
        ck_assert_ptr_nonnull(d);
        ck_assert_str_eq(cchc_diagnostic_code(d), codes[i]);
        ck_assert_str_eq(cchc_diagnostic_message(d), messages[i]);
        ck_assert_int_eq(cchc_diagnostic_severity(d), severities[i]);
    }
    ck_assert_ptr_null(cchc_diagnostics_at(diags, 4));
    ck_assert_ptr_null(cchc_diagnostics_at(diags, (size_t)-1));
}
END_TEST

START_TEST(test_diagnostics_add_entry_has_no_location)
{
    ck_assert_cchc_ok(cchc_diagnostics_add(diags, CCHC_SEVERITY_WARNING, "mycheck.missing-owner",
                                           "task 1.1 has no owner"));
    const cchc_diagnostic *d = cchc_diagnostics_at(diags, 0);
    ck_assert_str_eq(cchc_diagnostic_file(d), "");
    ck_assert_uint_eq(cchc_diagnostic_line(d), 0);
    ck_assert_uint_eq(cchc_diagnostic_column(d), 0);
    ck_assert_str_eq(cchc_diagnostic_path(d), "");
    ck_assert_str_eq(cchc_diagnostic_task_key(d), "");
    ck_assert_str_eq(cchc_diagnostic_task_id(d), "");
    ck_assert_str_eq(cchc_diagnostic_field(d), "");
}
END_TEST

START_TEST(test_diagnostics_add_copies_text)
{
    char code[] = "copy.code";
    char message[] = "Thiếu đơn vị chủ trì";
    ck_assert_cchc_ok(cchc_diagnostics_add(diags, CCHC_SEVERITY_INFO, code, message));
    code[0] = 'X';
    message[0] = 'X';
    const cchc_diagnostic *d = cchc_diagnostics_at(diags, 0);
    ck_assert_str_eq(cchc_diagnostic_code(d), "copy.code");
    ck_assert_str_eq(cchc_diagnostic_message(d), "Thiếu đơn vị chủ trì");
}
END_TEST

START_TEST(test_diagnostics_count_severity_counts_each)
{
    add_four();
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_ERROR), 1);
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_WARNING), 2);
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_INFO), 1);
}
END_TEST

START_TEST(test_diagnostics_count_severity_unknown_or_null_is_zero)
{
    add_four();
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, 0), 0);
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, 4), 0);
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, -1), 0);
    ck_assert_uint_eq(cchc_diagnostics_count_severity(NULL, CCHC_SEVERITY_ERROR), 0);
}
END_TEST

START_TEST(test_diagnostics_clear_removes_every_entry)
{
    add_four();
    cchc_diagnostics_clear(diags);
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 0);
    ck_assert_ptr_null(cchc_diagnostics_at(diags, 0));
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_WARNING), 0);
    /* The list stays usable. */
    ck_assert_cchc_ok(cchc_diagnostics_add(diags, CCHC_SEVERITY_INFO, "after.clear", "again"));
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 1);
    ck_assert_str_eq(cchc_diagnostic_code(cchc_diagnostics_at(diags, 0)), "after.clear");
}
END_TEST

START_TEST(test_diagnostics_null_list_is_harmless)
{
    cchc_diagnostics_free(NULL);
    cchc_diagnostics_clear(NULL);
    ck_assert_uint_eq(cchc_diagnostics_count(NULL), 0);
    ck_assert_ptr_null(cchc_diagnostics_at(NULL, 0));
}
END_TEST

/* ---- add's errors -------------------------------------------------------- */

START_TEST(test_diagnostics_add_null_list_returns_einval)
{
    ck_assert_cchc_fails(cchc_diagnostics_add(NULL, CCHC_SEVERITY_ERROR, "a.b", "m"),
                         CCHC_EINVAL);
}
END_TEST

START_TEST(test_diagnostics_add_null_code_returns_einval)
{
    ck_assert_cchc_fails(cchc_diagnostics_add(diags, CCHC_SEVERITY_ERROR, NULL, "m"),
                         CCHC_EINVAL);
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 0);
}
END_TEST

START_TEST(test_diagnostics_add_null_message_returns_einval)
{
    ck_assert_cchc_fails(cchc_diagnostics_add(diags, CCHC_SEVERITY_ERROR, "a.b", NULL),
                         CCHC_EINVAL);
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 0);
}
END_TEST

START_TEST(test_diagnostics_add_bad_severity_returns_einval)
{
    const int bad[] = {0, 4, -1, 100};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_cchc_fails(cchc_diagnostics_add(diags, bad[i], "a.b", "m"), CCHC_EINVAL);
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 0);
}
END_TEST

START_TEST(test_diagnostics_add_bad_code_chars_returns_einval)
{
    const char *bad[] = {"", "has space", "slash/code", "colon:code", "@at", "mã.lỗi",
                         "tab\tcode", "semi;colon", "brace{"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_cchc_fails(cchc_diagnostics_add(diags, CCHC_SEVERITY_ERROR, bad[i], "m"),
                             CCHC_EINVAL);
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 0);
}
END_TEST

START_TEST(test_diagnostics_add_invalid_utf8_message_returns_einval)
{
    ck_assert_cchc_fails(
        cchc_diagnostics_add(diags, CCHC_SEVERITY_ERROR, "a.b", "bad \xC3\x28 text"),
        CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_diagnostics_add(diags, CCHC_SEVERITY_ERROR, "a.b", "\xFF"),
                         CCHC_EINVAL);
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 0);
}
END_TEST

START_TEST(test_diagnostics_add_empty_message_returns_einval)
{
    ck_assert_cchc_fails(cchc_diagnostics_add(diags, CCHC_SEVERITY_INFO, "empty.message", ""),
                         CCHC_EINVAL);
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 0);
}
END_TEST

/* ---- entries ------------------------------------------------------------- */

START_TEST(test_diagnostic_getters_on_null_return_empty)
{
    ck_assert_str_eq(cchc_diagnostic_code(NULL), "");
    ck_assert_int_eq(cchc_diagnostic_severity(NULL), 0);
    ck_assert_str_eq(cchc_diagnostic_message(NULL), "");
    ck_assert_str_eq(cchc_diagnostic_message_vi(NULL), "");
    ck_assert_str_eq(cchc_diagnostic_file(NULL), "");
    ck_assert_uint_eq(cchc_diagnostic_line(NULL), 0);
    ck_assert_uint_eq(cchc_diagnostic_column(NULL), 0);
    ck_assert_str_eq(cchc_diagnostic_path(NULL), "");
    ck_assert_str_eq(cchc_diagnostic_task_key(NULL), "");
    ck_assert_str_eq(cchc_diagnostic_task_id(NULL), "");
    ck_assert_str_eq(cchc_diagnostic_field(NULL), "");
}
END_TEST

START_TEST(test_diagnostic_message_vi_falls_back_to_english)
{
    ck_assert_cchc_ok(cchc_diagnostics_add(diags, CCHC_SEVERITY_WARNING, "vi.fallback",
                                           "the unit has no short name"));
    const cchc_diagnostic *d = cchc_diagnostics_at(diags, 0);
    ck_assert_str_eq(cchc_diagnostic_message_vi(d), "the unit has no short name");
    ck_assert_str_eq(cchc_diagnostic_message_vi(d), cchc_diagnostic_message(d));
}
END_TEST

START_TEST(test_diagnostic_format_without_location)
{
    ck_assert_cchc_ok(cchc_diagnostics_add(diags, CCHC_SEVERITY_WARNING, "mycheck.missing-owner",
                                           "task 1.1 has no lead unit"));
    char *text = NULL;
    ck_assert_cchc_ok(cchc_diagnostic_format(&text, cchc_diagnostics_at(diags, 0)));
    ck_assert_str_eq(text, "warning: task 1.1 has no lead unit [mycheck.missing-owner]");
    cchc_free(text);
}
END_TEST

START_TEST(test_diagnostic_format_each_severity)
{
    add_four();
    const char *expected[] = {"error: first [check.one]", "warning: second [check.two]",
                              "warning: third [check_three-3]", "info: fourth [4]"};
    for (size_t i = 0; i < 4; i++) {
        char *text = NULL;
        ck_assert_cchc_ok(cchc_diagnostic_format(&text, cchc_diagnostics_at(diags, i)));
        ck_assert_str_eq(text, expected[i]);
        cchc_free(text);
    }
}
END_TEST

START_TEST(test_diagnostic_format_vietnamese_message_kept)
{
    ck_assert_cchc_ok(cchc_diagnostics_add(diags, CCHC_SEVERITY_ERROR, "vi.text",
                                           "Phòng Kế hoạch – Tài chính: thiếu thời gian"));
    char *text = NULL;
    ck_assert_cchc_ok(cchc_diagnostic_format(&text, cchc_diagnostics_at(diags, 0)));
    ck_assert_str_eq(text, "error: Phòng Kế hoạch – Tài chính: thiếu thời gian [vi.text]");
    cchc_free(text);
}
END_TEST

START_TEST(test_diagnostic_format_located_entry)
{
    /* A located entry comes from a loader: an area out of range at a known
     * place (the member "area" starts on line 5, column 6). */
    static const char doc[] = "{\n"
                              "  \"format\": \"cchc-plan\",\n"
                              "  \"version\": 1,\n"
                              "  \"tasks\": [\n"
                              "    {\"area\": 9}\n"
                              "  ]\n"
                              "}\n";
    cchc_plan *plan = NULL;
    ck_assert_int_eq(cchc_plan_load_data(&plan, doc, sizeof doc - 1, "t.json", diags),
                     CCHC_EFORMAT);
    ck_assert_ptr_null(plan);
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_ERROR), 1);
    const cchc_diagnostic *d = NULL;
    for (size_t i = 0; i < cchc_diagnostics_count(diags); i++)
        if (cchc_diagnostic_severity(cchc_diagnostics_at(diags, i)) == CCHC_SEVERITY_ERROR)
            d = cchc_diagnostics_at(diags, i);
    ck_assert_ptr_nonnull(d);
    ck_assert_str_eq(cchc_diagnostic_file(d), "t.json");
    ck_assert_uint_eq(cchc_diagnostic_line(d), 5);
    ck_assert_uint_eq(cchc_diagnostic_column(d), 6);
    ck_assert_str_eq(cchc_diagnostic_path(d), "$.tasks[0].area");
    ck_assert_str_eq(cchc_diagnostic_code(d), "json.range");
    ck_assert_str_ne(cchc_diagnostic_message(d), "");

    char expected[512];
    snprintf(expected, sizeof expected, "t.json:5:6: $.tasks[0].area: error: %s [json.range]",
             cchc_diagnostic_message(d));
    char *text = NULL;
    ck_assert_cchc_ok(cchc_diagnostic_format(&text, d));
    ck_assert_str_eq(text, expected);
    cchc_free(text);
}
END_TEST

START_TEST(test_diagnostic_format_null_out_returns_einval)
{
    add_four();
    ck_assert_cchc_fails(cchc_diagnostic_format(NULL, cchc_diagnostics_at(diags, 0)),
                         CCHC_EINVAL);
}
END_TEST

START_TEST(test_diagnostic_format_null_entry_returns_einval_and_null_out)
{
    char *text = (char *)"sentinel";
    ck_assert_cchc_fails(cchc_diagnostic_format(&text, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(text);
}
END_TEST

START_TEST(test_diagnostics_severity_name_known_and_unknown)
{
    ck_assert_str_eq(cchc_severity_name(CCHC_SEVERITY_ERROR), "error");
    ck_assert_str_eq(cchc_severity_name(CCHC_SEVERITY_WARNING), "warning");
    ck_assert_str_eq(cchc_severity_name(CCHC_SEVERITY_INFO), "info");
    ck_assert_str_eq(cchc_severity_name(0), "");
    ck_assert_str_eq(cchc_severity_name(4), "");
    ck_assert_str_eq(cchc_severity_name(-1), "");
}
END_TEST

Suite *suite_diagnostics(void);

/* ---- writing lists --------------------------------------------------------- */

/* Two entries with location, through the plan loader and the importer. */
static void fill_located(void)
{
    const char *doc = "{\"format\": \"cchc-plan\", \"version\": 1, \"mau\": \"đỏ\"}";
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_plan_load_data(&plan, doc, strlen(doc), "p.json", diags));
    cchc_plan_free(plan);
    const char *table = "Nhiệm vụ cụ thể\tPhòng, đơn vị chủ trì\tThời gian thực hiện\n"
                        "1.1. Việc\tPhòng Ma\tQuý I/2023\n";
    ck_assert_cchc_ok(cchc_appendix_import(&plan, table, strlen(table), "b.tsv", NULL, diags));
    cchc_plan_free(plan);
}

START_TEST(test_diagnostics_write_text_lists_entries_and_counts)
{
    fill_located();
    char *out = NULL;
    size_t size = 0;
    ck_assert_cchc_ok(cchc_diagnostics_write(&out, &size, diags, CCHC_OUTPUT_TEXT, 0));
    ck_assert_uint_eq(size, strlen(out));
    ck_assert_ptr_nonnull(strstr(out, "p.json:1:39: $.mau: warning: unknown key \"mau\" is "
                                      "ignored [json.unknown-key]\n"));
    ck_assert_ptr_nonnull(strstr(out, "b.tsv:"));
    ck_assert_ptr_nonnull(strstr(out, "0 errors, "));
    cchc_free(out);
    ck_assert_cchc_ok(cchc_diagnostics_write(&out, NULL, diags, CCHC_OUTPUT_TEXT,
                                             CCHC_OUTPUT_VIETNAMESE));
    ck_assert_ptr_nonnull(strstr(out, "Tạo đơn vị mới \"Phòng Ma\""));
    cchc_free(out);
}
END_TEST

START_TEST(test_diagnostics_write_json_has_every_field)
{
    fill_located();
    char *out = NULL;
    ck_assert_cchc_ok(cchc_diagnostics_write(&out, NULL, diags, CCHC_OUTPUT_JSON, 0));
    ck_assert_ptr_nonnull(strstr(out, "\"format\": \"cchc-diagnostics\""));
    ck_assert_ptr_nonnull(strstr(out, "\"code\": \"json.unknown-key\""));
    ck_assert_ptr_nonnull(strstr(out, "\"path\": \"$.mau\""));
    ck_assert_ptr_nonnull(strstr(out, "\"line\": 1,\n"));
    ck_assert_ptr_nonnull(strstr(out, "\"task_id\": \"1.1\""));
    ck_assert_ptr_nonnull(strstr(out, "\"message_vi\": \"Tạo đơn vị mới"));
    ck_assert_ptr_null(strstr(out, "\\u"));
    cchc_free(out);
}
END_TEST

START_TEST(test_diagnostics_write_errors)
{
    char *out = (char *)1;
    ck_assert_cchc_fails(cchc_diagnostics_write(&out, NULL, NULL, CCHC_OUTPUT_TEXT, 0),
                         CCHC_EINVAL);
    ck_assert_ptr_null(out);
    ck_assert_cchc_fails(cchc_diagnostics_write(&out, NULL, diags, CCHC_OUTPUT_CSV, 0),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_diagnostics_write(&out, NULL, diags, CCHC_OUTPUT_TEXT, 64),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_diagnostics_write(NULL, NULL, diags, CCHC_OUTPUT_TEXT, 0),
                         CCHC_EINVAL);
    ck_assert_cchc_ok(cchc_diagnostics_write(&out, NULL, diags, CCHC_OUTPUT_TEXT, 0));
    ck_assert_str_eq(out, "0 errors, 0 warnings, 0 notes\n");
    cchc_free(out);
}
END_TEST

Suite *suite_diagnostics(void)
{
    Suite *s = suite_create("diagnostics");

    TCase *tc = tcase_create("list");
    tcase_add_checked_fixture(tc, diags_setup, diags_teardown);
    tcase_add_test(tc, test_diagnostics_new_is_empty);
    tcase_add_test(tc, test_diagnostics_add_appends_in_order);
    tcase_add_test(tc, test_diagnostics_add_entry_has_no_location);
    tcase_add_test(tc, test_diagnostics_add_copies_text);
    tcase_add_test(tc, test_diagnostics_count_severity_counts_each);
    tcase_add_test(tc, test_diagnostics_count_severity_unknown_or_null_is_zero);
    tcase_add_test(tc, test_diagnostics_clear_removes_every_entry);
    tcase_add_test(tc, test_diagnostics_null_list_is_harmless);
    suite_add_tcase(s, tc);

    tc = tcase_create("add_errors");
    tcase_add_checked_fixture(tc, diags_setup, diags_teardown);
    tcase_add_test(tc, test_diagnostics_add_null_list_returns_einval);
    tcase_add_test(tc, test_diagnostics_add_null_code_returns_einval);
    tcase_add_test(tc, test_diagnostics_add_null_message_returns_einval);
    tcase_add_test(tc, test_diagnostics_add_bad_severity_returns_einval);
    tcase_add_test(tc, test_diagnostics_add_bad_code_chars_returns_einval);
    tcase_add_test(tc, test_diagnostics_add_invalid_utf8_message_returns_einval);
    tcase_add_test(tc, test_diagnostics_add_empty_message_returns_einval);
    suite_add_tcase(s, tc);

    tc = tcase_create("entry");
    tcase_add_checked_fixture(tc, diags_setup, diags_teardown);
    tcase_add_test(tc, test_diagnostic_getters_on_null_return_empty);
    tcase_add_test(tc, test_diagnostic_message_vi_falls_back_to_english);
    tcase_add_test(tc, test_diagnostic_format_without_location);
    tcase_add_test(tc, test_diagnostic_format_each_severity);
    tcase_add_test(tc, test_diagnostic_format_vietnamese_message_kept);
    tcase_add_test(tc, test_diagnostic_format_located_entry);
    tcase_add_test(tc, test_diagnostic_format_null_out_returns_einval);
    tcase_add_test(tc, test_diagnostic_format_null_entry_returns_einval_and_null_out);
    tcase_add_test(tc, test_diagnostics_severity_name_known_and_unknown);
    suite_add_tcase(s, tc);

    tc = tcase_create("write");
    tcase_add_checked_fixture(tc, diags_setup, diags_teardown);
    tcase_add_test(tc, test_diagnostics_write_text_lists_entries_and_counts);
    tcase_add_test(tc, test_diagnostics_write_json_has_every_field);
    tcase_add_test(tc, test_diagnostics_write_errors);
    suite_add_tcase(s, tc);

    return s;
}
