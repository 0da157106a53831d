/*
 * Tests of the JSON plan format: byte-exact round trips, one located error
 * per kind of bad input, unknown-key warnings, file errors, task keys.
 *
 * The fixtures are in tests/data/json/; the line and column each test
 * expects can be read off the fixture (columns count characters, from 1).
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_helpers.h"

/* ---- helpers ------------------------------------------------------------ */

static void write_all(const char *path, const char *data)
{
    FILE *f = fopen(path, "wb");
    ck_assert_msg(f != NULL, "cannot create %s: %s", path, strerror(errno));
    ck_assert_uint_eq(fwrite(data, 1, strlen(data), f), strlen(data));
    ck_assert_int_eq(fclose(f), 0);
}

/* A copy of test_data_path("json/<name>") (that buffer is shared). */
static char *fixture(const char *name)
{
    char rel[256];
    snprintf(rel, sizeof rel, "json/%s", name);
    return strdup(test_data_path(rel));
}

/* Number of entries in @dir other than "." and "..". */
static int count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

/* 1 when @s is well-formed UTF-8 (the tests do not link GLib). */
static int is_utf8(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        int n = *p < 0x80 ? 0 : (*p & 0xE0) == 0xC0 ? 1 : (*p & 0xF0) == 0xE0 ? 2
              : (*p & 0xF8) == 0xF0 ? 3 : -1;
        if (n < 0)
            return 0;
        for (p++; n > 0; n--, p++)
            if ((*p & 0xC0) != 0x80)
                return 0;
    }
    return 1;
}

static char *save(const cchc_plan *plan)
{
    char *out = NULL;
    size_t size = 0;
    ck_assert_cchc_ok(cchc_plan_save_data(&out, &size, plan));
    ck_assert_ptr_nonnull(out);
    ck_assert_uint_eq(size, strlen(out));
    return out;
}

static cchc_plan *load_string(const char *text)
{
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_plan_load_data(&plan, text, strlen(text), "test.json", NULL));
    ck_assert_ptr_nonnull(plan);
    return plan;
}

static char sentinel;
#define NOT_NULL_PLAN ((cchc_plan *)(void *)&sentinel)

/* Checks the error of a failed load: the code, the message "source:line:column:
 * path: …" containing @words, and the same error as the last entry of @diags
 * with its place. @path NULL: no JSON path (encoding errors). */
static void check_error(int rc, const cchc_plan *plan, cchc_diagnostics *diags,
                        const char *source, int code, size_t line, size_t column,
                        const char *path, const char *diag_code, const char *words)
{
    ck_assert_msg(rc == code, "%s: got %s, expected %s: %s", source, cchc_error_name(rc),
                  cchc_error_name(code), cchc_last_error_message());
    ck_assert_int_eq(cchc_last_error_code(), code);
    ck_assert_ptr_null(plan);

    char prefix[1024];
    if (path)
        snprintf(prefix, sizeof prefix, "%s:%zu:%zu: %s: ", source, line, column, path);
    else
        snprintf(prefix, sizeof prefix, "%s:%zu:%zu: ", source, line, column);
    const char *message = cchc_last_error_message();
    ck_assert_msg(strncmp(message, prefix, strlen(prefix)) == 0,
                  "message \"%s\" does not start with \"%s\"", message, prefix);
    ck_assert_msg(strstr(message + strlen(prefix), words) != NULL,
                  "message \"%s\" does not say \"%s\"", message, words);

    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_ERROR), 1);
    size_t count = cchc_diagnostics_count(diags);
    ck_assert_uint_ge(count, 1);
    const cchc_diagnostic *d = cchc_diagnostics_at(diags, count - 1);
    ck_assert_int_eq(cchc_diagnostic_severity(d), CCHC_SEVERITY_ERROR);
    ck_assert_str_eq(cchc_diagnostic_code(d), diag_code);
    ck_assert_str_eq(cchc_diagnostic_file(d), source);
    ck_assert_uint_eq(cchc_diagnostic_line(d), line);
    ck_assert_uint_eq(cchc_diagnostic_column(d), column);
    ck_assert_str_eq(cchc_diagnostic_path(d), path ? path : "");
    ck_assert_msg(strstr(cchc_diagnostic_message(d), words) != NULL,
                  "diagnostic \"%s\" does not say \"%s\"", cchc_diagnostic_message(d), words);
}

/* Loads the fixture @name twice — from the file (the message names the file's
 * path) and from memory as "bad.json" — and checks the error both times. */
static void expect_load_error(const char *name, int code, size_t line, size_t column,
                              const char *path, const char *diag_code, const char *words)
{
    char *file = fixture(name);
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_plan *plan = NOT_NULL_PLAN;
    cchc_clear_error();
    int rc = cchc_plan_load_file(&plan, file, diags);
    check_error(rc, plan, diags, file, code, line, column, path, diag_code, words);

    size_t size = 0;
    char *data = read_all(file, &size);
    cchc_diagnostics_clear(diags);
    plan = NOT_NULL_PLAN;
    cchc_clear_error();
    rc = cchc_plan_load_data(&plan, data, size, "bad.json", diags);
    check_error(rc, plan, diags, "bad.json", code, line, column, path, diag_code, words);

    /* without a diagnostics list the load fails the same way */
    plan = NOT_NULL_PLAN;
    ck_assert_cchc_fails(cchc_plan_load_data(&plan, data, size, "bad.json", NULL), code);
    ck_assert_ptr_null(plan);

    free(data);
    cchc_diagnostics_free(diags);
    free(file);
}

/* As expect_load_error() for a document given inline. */
static void expect_data_error(const char *text, size_t size, int code, size_t line,
                              size_t column, const char *path, const char *diag_code,
                              const char *words)
{
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_plan *plan = NOT_NULL_PLAN;
    cchc_clear_error();
    int rc = cchc_plan_load_data(&plan, text, size, "bad.json", diags);
    check_error(rc, plan, diags, "bad.json", code, line, column, path, diag_code, words);
    cchc_diagnostics_free(diags);
}

#define INLINE_ERROR(text, ...) expect_data_error((text), strlen(text), __VA_ARGS__)

/* One test per fixture: name, file, code, line, column, path, diag code, words. */
#define LOAD_ERROR_TEST(test_name, file, code, line, column, path, diag_code, words)      \
    START_TEST(test_name)                                                                \
    {                                                                                    \
        expect_load_error((file), (code), (line), (column), (path), (diag_code), (words)); \
    }                                                                                    \
    END_TEST

/* ---- round trips -------------------------------------------------------- */

START_TEST(test_json_save_bundled_plan_gives_the_file_bytes)
{
    const char *path = bundled_data_path(BUNDLED_PLAN);
    size_t size = 0;
    char *original = read_all(path, &size);
    cchc_plan *plan = NULL;
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_plan_load_file(&plan, path, diags));
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 0);
    ck_assert_int_eq(cchc_plan_year(plan), 2023);
    ck_assert_uint_eq(cchc_plan_task_count(plan), 50);

    char *out = NULL;
    size_t out_size = 0;
    ck_assert_cchc_ok(cchc_plan_save_data(&out, &out_size, plan));
    ck_assert_uint_eq(out_size, size);
    ck_assert_msg(memcmp(out, original, size) == 0, "saving the bundled plan changed its bytes");

    cchc_free(out);
    cchc_diagnostics_free(diags);
    cchc_plan_free(plan);
    free(original);
}
END_TEST

START_TEST(test_json_save_file_then_reload_gives_the_same_bytes)
{
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&plan, bundled_data_path(BUNDLED_PLAN), NULL));
    char *expected = save(plan);

    char *dir = make_temp_dir("json");
    char *path = join(dir, "kế-hoạch.json");
    ck_assert_cchc_ok(cchc_plan_save_file(plan, path));
    size_t size = 0;
    char *written = read_all(path, &size);
    ck_assert_uint_eq(size, strlen(expected));
    ck_assert_str_eq(written, expected);
    ck_assert_int_eq(count_entries(dir), 1); /* no temporary file left behind */

    cchc_plan *again = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&again, path, NULL));
    char *resaved = save(again);
    ck_assert_str_eq(resaved, expected);

    /* saving over an existing file replaces it */
    ck_assert_cchc_ok(cchc_plan_set_title(again, "Kế hoạch đã sửa"));
    ck_assert_cchc_ok(cchc_plan_save_file(again, path));
    free(written);
    written = read_all(path, NULL);
    ck_assert_ptr_nonnull(strstr(written, "\"title\": \"Kế hoạch đã sửa\""));

    free(written);
    cchc_free(resaved);
    cchc_plan_free(again);
    free(path);
    remove_temp_dir(dir);
    cchc_free(expected);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_json_save_writes_vietnamese_without_u_escapes)
{
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&plan, bundled_data_path(BUNDLED_PLAN), NULL));
    char *out = save(plan);
    ck_assert_msg(strstr(out, "\\u") == NULL, "the saved plan contains a \\u escape");
    ck_assert_ptr_nonnull(strstr(out, "\"agency\": \"Sở Lao động - Thương binh và Xã hội\""));
    ck_assert_ptr_nonnull(strstr(out, "\"place\": \"Hải Dương\""));
    /* two-space indentation, one final newline */
    ck_assert_int_eq(strncmp(out, "{\n  \"format\": \"cchc-plan\",\n  \"version\": 1,\n", 43), 0);
    size_t n = strlen(out);
    ck_assert_int_eq(out[n - 1], '\n');
    ck_assert_int_ne(out[n - 2], '\n');
    cchc_free(out);
    cchc_plan_free(plan);
}
END_TEST

/* A plan with every field set, odd characters included. */
static cchc_plan *build_full_plan(void)
{
    cchc_plan *plan = cchc_plan_new();
    ck_assert_cchc_ok(cchc_plan_set_number(plan, "15/KH-SLĐTBXH"));
    ck_assert_cchc_ok(cchc_plan_set_agency(plan, "Sở Lao động - Thương binh và Xã hội"));
    ck_assert_cchc_ok(cchc_plan_set_place(plan, "Hải Dương"));
    ck_assert_cchc_ok(cchc_plan_set_issue_date(plan, "2022-12-30"));
    ck_assert_cchc_ok(cchc_plan_set_issue_date_text(plan, "ngày 30 tháng 12 năm 2022"));
    ck_assert_cchc_ok(cchc_plan_set_year(plan, 2023));
    ck_assert_cchc_ok(cchc_plan_set_title(plan, "Kế hoạch \"CCHC\" năm 2023"));
    ck_assert_cchc_ok(cchc_plan_set_basis(plan, "Căn cứ\tKế hoạch số 3776/KH-UBND; \\ gạch ngược"));
    ck_assert_cchc_ok(cchc_plan_set_purposes(plan, "1. Mục đích.\n2. Yêu cầu."));
    ck_assert_cchc_ok(cchc_plan_set_area_text(plan, 1, "- Chỉ đạo, điều hành\n- Kiểm tra"));
    ck_assert_cchc_ok(cchc_plan_set_area_text(plan, 7, "Hiện đại hóa hành chính"));
    ck_assert_cchc_ok(cchc_plan_set_organisation(plan, "Văn phòng Sở theo dõi, tổng hợp."));
    ck_assert_cchc_ok(cchc_plan_set_signer(plan, "Nguyễn Văn A"));
    ck_assert_cchc_ok(cchc_plan_set_signer_title(plan, "Giám đốc"));
    ck_assert_cchc_ok(cchc_plan_set_recipients(plan, "- Như trên;\n- Lưu: VT."));

    cchc_unit *unit = NULL;
    ck_assert_cchc_ok(cchc_unit_new(&unit, "lanh-dao", "Lãnh đạo Sở", CCHC_UNIT_LEADERSHIP));
    ck_assert_cchc_ok(cchc_unit_add_alias(unit, "Ban Giám đốc Sở"));
    ck_assert_cchc_ok(cchc_unit_add_alias(unit, "GĐ Sở"));
    ck_assert_cchc_ok(cchc_plan_add_unit(plan, unit));
    cchc_unit_free(unit);
    ck_assert_cchc_ok(cchc_unit_new(&unit, "van-phong", "Văn phòng Sở", CCHC_UNIT_OFFICE));
    ck_assert_cchc_ok(cchc_unit_set_short_name(unit, "Văn phòng"));
    ck_assert_cchc_ok(cchc_unit_set_parent(unit, "lanh-dao"));
    ck_assert_cchc_ok(cchc_plan_add_unit(plan, unit));
    cchc_unit_free(unit);
    ck_assert_cchc_ok(cchc_unit_new(&unit, "ubnd.tinh_HD", "UBND tỉnh", CCHC_UNIT_EXTERNAL));
    ck_assert_cchc_ok(cchc_plan_add_unit(plan, unit));
    cchc_unit_free(unit);

    cchc_task *task = NULL;
    ck_assert_cchc_ok(cchc_task_new(&task, "1.1", 1,
                                    "Xây dựng \"kế hoạch\"\x01"
                                    " năm 2023"));
    ck_assert_cchc_ok(cchc_task_set_group(task, "1. Công tác chỉ đạo, điều hành"));
    ck_assert_cchc_ok(cchc_task_set_product(task, "Kế hoạch\ncủa Sở"));
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_LEAD, "van-phong"));
    ck_assert_cchc_ok(cchc_task_add_mention(task, CCHC_ROLE_LEAD, "P/h Trung tâm Thông tin – VP UBND tỉnh"));
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_COORDINATING, "@internal"));
    ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_COORDINATING, "ubnd.tinh_HD"));
    ck_assert_cchc_ok(cchc_task_add_mention(task, CCHC_ROLE_COORDINATING, "(nếu có)"));
    ck_assert_cchc_ok(cchc_task_add_mention(task, CCHC_ROLE_COORDINATING, "Sở Nội vụ"));
    ck_assert_cchc_ok(cchc_task_set_when(task, "Quý I/2023"));
    ck_assert_cchc_ok(cchc_task_set_status(task, CCHC_STATUS_IN_PROGRESS));
    ck_assert_cchc_ok(cchc_task_set_progress(task, 12.5));
    ck_assert_cchc_ok(cchc_task_set_completed(task, "2023-03-31"));
    ck_assert_cchc_ok(cchc_task_set_notes(task, "Ghi chú\tcó tab\nvà dòng mới"));
    ck_assert_cchc_ok(cchc_task_add_evidence(task, "15/KH-SLĐTBXH", "2023-01-05",
                                             "Kế hoạch CCHC năm 2023",
                                             "https://example.org/15-KH.pdf?a=1&b=\"2\""));
    ck_assert_cchc_ok(cchc_task_add_evidence(task, NULL, NULL, "Báo cáo quý I", NULL));
    ck_assert_cchc_ok(cchc_plan_add_task(plan, task));
    cchc_task_free(task);

    /* the same id again: the plan gives it the key "1.1#2" */
    ck_assert_cchc_ok(cchc_task_new(&task, "1.1", 7, "Số hóa hồ sơ"));
    ck_assert_cchc_ok(cchc_task_set_status(task, CCHC_STATUS_CANCELLED));
    ck_assert_cchc_ok(cchc_task_set_progress(task, 100));
    ck_assert_cchc_ok(cchc_plan_add_task(plan, task));
    cchc_task_free(task);
    return plan;
}

static void assert_same_tasks(const cchc_task *a, const cchc_task *b)
{
    ck_assert_str_eq(cchc_task_key(a), cchc_task_key(b));
    ck_assert_str_eq(cchc_task_id(a), cchc_task_id(b));
    ck_assert_int_eq(cchc_task_area(a), cchc_task_area(b));
    ck_assert_str_eq(cchc_task_group(a), cchc_task_group(b));
    ck_assert_str_eq(cchc_task_title(a), cchc_task_title(b));
    ck_assert_str_eq(cchc_task_product(a), cchc_task_product(b));
    ck_assert_str_eq(cchc_task_when(a), cchc_task_when(b));
    ck_assert_int_eq(cchc_task_status(a), cchc_task_status(b));
    ck_assert_msg(cchc_task_progress(a) == cchc_task_progress(b), "progress %g != %g",
                  cchc_task_progress(a), cchc_task_progress(b));
    ck_assert_str_eq(cchc_task_completed(a), cchc_task_completed(b));
    ck_assert_str_eq(cchc_task_notes(a), cchc_task_notes(b));
    for (int role = CCHC_ROLE_LEAD; role <= CCHC_ROLE_COORDINATING; role++) {
        ck_assert_uint_eq(cchc_task_unit_count(a, role), cchc_task_unit_count(b, role));
        for (size_t i = 0; i < cchc_task_unit_count(a, role); i++)
            ck_assert_str_eq(cchc_task_unit_at(a, role, i), cchc_task_unit_at(b, role, i));
        ck_assert_uint_eq(cchc_task_mention_count(a, role), cchc_task_mention_count(b, role));
        for (size_t i = 0; i < cchc_task_mention_count(a, role); i++)
            ck_assert_str_eq(cchc_task_mention_at(a, role, i), cchc_task_mention_at(b, role, i));
    }
    ck_assert_uint_eq(cchc_task_evidence_count(a), cchc_task_evidence_count(b));
    for (size_t i = 0; i < cchc_task_evidence_count(a); i++) {
        const cchc_evidence *x = cchc_task_evidence_at(a, i), *y = cchc_task_evidence_at(b, i);
        ck_assert_str_eq(cchc_evidence_number(x), cchc_evidence_number(y));
        ck_assert_str_eq(cchc_evidence_date(x), cchc_evidence_date(y));
        ck_assert_str_eq(cchc_evidence_title(x), cchc_evidence_title(y));
        ck_assert_str_eq(cchc_evidence_link(x), cchc_evidence_link(y));
    }
}

static void assert_same_plans(const cchc_plan *a, const cchc_plan *b)
{
    ck_assert_str_eq(cchc_plan_number(a), cchc_plan_number(b));
    ck_assert_str_eq(cchc_plan_agency(a), cchc_plan_agency(b));
    ck_assert_str_eq(cchc_plan_place(a), cchc_plan_place(b));
    ck_assert_str_eq(cchc_plan_issue_date(a), cchc_plan_issue_date(b));
    ck_assert_str_eq(cchc_plan_issue_date_text(a), cchc_plan_issue_date_text(b));
    ck_assert_int_eq(cchc_plan_year(a), cchc_plan_year(b));
    ck_assert_str_eq(cchc_plan_title(a), cchc_plan_title(b));
    ck_assert_str_eq(cchc_plan_basis(a), cchc_plan_basis(b));
    ck_assert_str_eq(cchc_plan_purposes(a), cchc_plan_purposes(b));
    for (int area = 1; area <= 7; area++)
        ck_assert_str_eq(cchc_plan_area_text(a, area), cchc_plan_area_text(b, area));
    ck_assert_str_eq(cchc_plan_organisation(a), cchc_plan_organisation(b));
    ck_assert_str_eq(cchc_plan_signer(a), cchc_plan_signer(b));
    ck_assert_str_eq(cchc_plan_signer_title(a), cchc_plan_signer_title(b));
    ck_assert_str_eq(cchc_plan_recipients(a), cchc_plan_recipients(b));

    ck_assert_uint_eq(cchc_plan_unit_count(a), cchc_plan_unit_count(b));
    for (size_t i = 0; i < cchc_plan_unit_count(a); i++) {
        const cchc_unit *x = cchc_plan_unit_at(a, i), *y = cchc_plan_unit_at(b, i);
        ck_assert_str_eq(cchc_unit_id(x), cchc_unit_id(y));
        ck_assert_str_eq(cchc_unit_name(x), cchc_unit_name(y));
        ck_assert_str_eq(cchc_unit_short_name(x), cchc_unit_short_name(y));
        ck_assert_int_eq(cchc_unit_kind(x), cchc_unit_kind(y));
        ck_assert_str_eq(cchc_unit_parent(x), cchc_unit_parent(y));
        ck_assert_uint_eq(cchc_unit_alias_count(x), cchc_unit_alias_count(y));
        for (size_t k = 0; k < cchc_unit_alias_count(x); k++)
            ck_assert_str_eq(cchc_unit_alias_at(x, k), cchc_unit_alias_at(y, k));
    }
    ck_assert_uint_eq(cchc_plan_task_count(a), cchc_plan_task_count(b));
    for (size_t i = 0; i < cchc_plan_task_count(a); i++)
        assert_same_tasks(cchc_plan_task_at(a, i), cchc_plan_task_at(b, i));
}

START_TEST(test_json_save_api_plan_round_trips_every_field)
{
    cchc_plan *plan = build_full_plan();
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(plan, 1)), "1.1#2");
    char *out = save(plan);

    /* the writer's escapes and numbers */
    ck_assert_ptr_nonnull(strstr(out, "\"title\": \"Kế hoạch \\\"CCHC\\\" năm 2023\""));
    ck_assert_ptr_nonnull(strstr(out, "\"basis\": \"Căn cứ\\tKế hoạch số 3776/KH-UBND; \\\\ gạch ngược\""));
    ck_assert_ptr_nonnull(strstr(out, "\"title\": \"Xây dựng \\\"kế hoạch\\\"\\u0001 năm 2023\""));
    ck_assert_ptr_nonnull(strstr(out, "\"product\": \"Kế hoạch\\ncủa Sở\""));
    ck_assert_ptr_nonnull(strstr(out, "\"progress\": 12.5,"));
    ck_assert_ptr_nonnull(strstr(out, "\"progress\": 100\n"));
    ck_assert_ptr_nonnull(strstr(out, "\"key\": \"1.1#2\""));
    ck_assert_ptr_nonnull(strstr(out, "\"area_texts\": {\n    \"1\": "));
    ck_assert_ptr_null(strstr(out, "\"2\": "));

    cchc_plan *again = NULL;
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_plan_load_data(&again, out, strlen(out), "api.json", diags));
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 0);
    assert_same_plans(plan, again);
    ck_assert_str_eq(cchc_task_title(cchc_plan_task_at(again, 0)),
                     "Xây dựng \"kế hoạch\"\x01"
                     " năm 2023");
    ck_assert_msg(cchc_task_progress(cchc_plan_task_at(again, 0)) == 12.5, "progress %g",
                  cchc_task_progress(cchc_plan_task_at(again, 0)));

    char *resaved = save(again);
    ck_assert_str_eq(resaved, out);

    cchc_free(resaved);
    cchc_diagnostics_free(diags);
    cchc_plan_free(again);
    cchc_free(out);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_json_save_empty_plan_round_trips)
{
    cchc_plan *plan = cchc_plan_new();
    char *out = save(plan);
    ck_assert_str_eq(out, "{\n  \"format\": \"cchc-plan\",\n  \"version\": 1\n}\n");

    cchc_plan *again = load_string(out);
    ck_assert_int_eq(cchc_plan_year(again), 0);
    ck_assert_str_eq(cchc_plan_title(again), "");
    ck_assert_str_eq(cchc_plan_issue_date(again), "");
    ck_assert_uint_eq(cchc_plan_unit_count(again), 0);
    ck_assert_uint_eq(cchc_plan_task_count(again), 0);
    assert_same_plans(plan, again);
    char *resaved = save(again);
    ck_assert_str_eq(resaved, out);

    /* out_size may be NULL */
    char *bare = NULL;
    ck_assert_cchc_ok(cchc_plan_save_data(&bare, NULL, plan));
    ck_assert_str_eq(bare, out);

    cchc_free(bare);
    cchc_free(resaved);
    cchc_plan_free(again);
    cchc_free(out);
    cchc_plan_free(plan);
}
END_TEST

/* ---- located errors, one per kind of bad input ---------------------------- */

LOAD_ERROR_TEST(test_json_load_empty_file_is_parse_error_at_start, "empty.json", CCHC_EPARSE,
                1, 1, "$", "json.syntax", "the document is empty")
LOAD_ERROR_TEST(test_json_load_syntax_error_names_line_and_character_column,
                "syntax-error.json", CCHC_EPARSE, 4, 32, "$", "json.syntax",
                "unexpected character ','")
LOAD_ERROR_TEST(test_json_load_truncated_document_says_truncated, "truncated.json",
                CCHC_EPARSE, 8, 1, "$.units[0]", "json.syntax", "truncated")
LOAD_ERROR_TEST(test_json_load_invalid_utf8_names_line_and_column_of_bad_byte,
                "invalid-utf8.json", CCHC_EENCODING, 4, 22, NULL, "json.encoding",
                "invalid UTF-8 (byte 0xFF")
LOAD_ERROR_TEST(test_json_load_root_array_is_format_error, "root-array.json", CCHC_EFORMAT,
                1, 1, "$", "json.content", "expected an object, found an array")
LOAD_ERROR_TEST(test_json_load_missing_format_names_key, "missing-format.json", CCHC_EFORMAT,
                1, 1, "$", "json.content", "\"format\" is missing")
LOAD_ERROR_TEST(test_json_load_wrong_format_names_found_format, "wrong-format.json",
                CCHC_EFORMAT, 2, 3, "$.format", "json.content",
                "\"cchc-scheme\" document, not \"cchc-plan\"")
LOAD_ERROR_TEST(test_json_load_version_2_is_version_error, "version-2.json", CCHC_EVERSION, 3,
                3, "$.version", "json.version", "version 2 is newer")
LOAD_ERROR_TEST(test_json_load_version_string_is_type_error, "version-string.json",
                CCHC_EFORMAT, 3, 3, "$.version", "json.content", "found a string")
LOAD_ERROR_TEST(test_json_load_year_out_of_range_names_year, "year-out-of-range.json",
                CCHC_EFORMAT, 5, 3, "$.year", "json.range", "1899 is out of range")
LOAD_ERROR_TEST(test_json_load_year_string_is_type_error, "year-string.json", CCHC_EFORMAT, 5,
                3, "$.year", "json.content", "found a string")
LOAD_ERROR_TEST(test_json_load_year_fraction_is_not_integer, "year-fraction.json",
                CCHC_EFORMAT, 5, 3, "$.year", "json.content",
                "expected an integer, found 2023.5")
LOAD_ERROR_TEST(test_json_load_impossible_issue_date_names_path, "issue-date-impossible.json",
                CCHC_EFORMAT, 5, 3, "$.issue_date", "json.content", "\"2023-02-29\"")
LOAD_ERROR_TEST(test_json_load_area_0_is_range_error, "area-0.json", CCHC_EFORMAT, 14, 7,
                "$.tasks[0].area", "json.range", "0 is out of range (1 to 7)")
LOAD_ERROR_TEST(test_json_load_area_8_is_range_error, "area-8.json", CCHC_EFORMAT, 14, 7,
                "$.tasks[0].area", "json.range", "8 is out of range (1 to 7)")
LOAD_ERROR_TEST(test_json_load_area_string_is_type_error, "area-string.json", CCHC_EFORMAT, 14,
                7, "$.tasks[0].area", "json.content", "found a string")
LOAD_ERROR_TEST(test_json_load_unknown_status_names_it, "status-unknown.json", CCHC_EFORMAT,
                15, 7, "$.tasks[0].status", "json.content", "unknown status \"finished\"")
LOAD_ERROR_TEST(test_json_load_progress_101_is_range_error, "progress-101.json", CCHC_EFORMAT,
                15, 7, "$.tasks[0].progress", "json.range", "101 is out of range (0 to 100)")
LOAD_ERROR_TEST(test_json_load_progress_negative_is_range_error, "progress-negative.json",
                CCHC_EFORMAT, 15, 7, "$.tasks[0].progress", "json.range",
                "-1 is out of range (0 to 100)")
LOAD_ERROR_TEST(test_json_load_progress_string_is_type_error, "progress-string.json",
                CCHC_EFORMAT, 15, 7, "$.tasks[0].progress", "json.content",
                "expected a number, found a string")
LOAD_ERROR_TEST(test_json_load_progress_1e400_is_refused_not_infinite, "progress-1e400.json",
                CCHC_EFORMAT, 15, 7, "$.tasks[0].progress", "json.range",
                "the number 1e400 is too large")
/* json-glib wraps this integer round to 50 */
LOAD_ERROR_TEST(test_json_load_progress_integer_overflow_is_refused_not_wrapped,
                "progress-integer-overflow.json", CCHC_EFORMAT, 15, 7, "$.tasks[0].progress",
                "json.range", "-18446744073709551566 is too large")
/* json-glib reads 010 as octal 8 */
LOAD_ERROR_TEST(test_json_load_progress_leading_zero_is_not_json, "progress-leading-zero.json",
                CCHC_EPARSE, 15, 19, "$.tasks[0].progress", "json.syntax",
                "\"010\" is not a JSON number")
LOAD_ERROR_TEST(test_json_load_impossible_completed_date_names_path,
                "completed-impossible.json", CCHC_EFORMAT, 16, 7, "$.tasks[0].completed",
                "json.content", "\"2023-02-31\" is not a real date")
LOAD_ERROR_TEST(test_json_load_completed_in_dmy_form_names_path, "completed-dmy.json",
                CCHC_EFORMAT, 16, 7, "$.tasks[0].completed", "json.content",
                "\"31/12/2023\" is not a real date in the form YYYY-MM-DD")
LOAD_ERROR_TEST(test_json_load_unit_without_id_names_unit, "unit-missing-id.json",
                CCHC_EFORMAT, 5, 5, "$.units[0]", "json.content", "\"id\" is missing")
LOAD_ERROR_TEST(test_json_load_unit_id_with_at_sign_names_id, "unit-id-at.json", CCHC_EFORMAT,
                6, 7, "$.units[0].id", "json.content", "\"@x\"")
LOAD_ERROR_TEST(test_json_load_unit_id_with_vietnamese_letters_names_id,
                "unit-id-vietnamese.json", CCHC_EFORMAT, 6, 7, "$.units[0].id", "json.content",
                "\"văn-phòng\"")
LOAD_ERROR_TEST(test_json_load_duplicate_unit_id_names_second_unit, "unit-duplicate-id.json",
                CCHC_EFORMAT, 11, 7, "$.units[1].id", "json.duplicate", "\"van-phong\"")
LOAD_ERROR_TEST(test_json_load_unknown_unit_kind_names_kind, "unit-unknown-kind.json",
                CCHC_EFORMAT, 8, 7, "$.units[0].kind", "json.content",
                "unknown unit kind \"department\"")
LOAD_ERROR_TEST(test_json_load_parent_listed_later_names_parent, "unit-parent-later.json",
                CCHC_EFORMAT, 9, 7, "$.units[0].parent", "json.unknown-reference",
                "parent \"lanh-dao\" is not a unit listed before")
LOAD_ERROR_TEST(test_json_load_unknown_unit_in_lead_names_path, "lead-unknown-unit.json",
                CCHC_EFORMAT, 17, 9, "$.tasks[0].lead[1]", "json.unknown-reference",
                "\"phong-ma\" is neither a unit id")
LOAD_ERROR_TEST(test_json_load_unknown_unit_in_coordinating_names_path,
                "coordinating-unknown-unit.json", CCHC_EFORMAT, 19, 9,
                "$.tasks[0].coordinating[0]", "json.unknown-reference",
                "\"thanh-tra\" is neither a unit id")
LOAD_ERROR_TEST(test_json_load_unknown_group_token_names_path, "group-token-unknown.json",
                CCHC_EFORMAT, 20, 9, "$.tasks[0].coordinating[1]", "json.unknown-reference",
                "\"@everyone\" is neither a unit id")
LOAD_ERROR_TEST(test_json_load_duplicate_task_key_names_second_task, "task-duplicate-key.json",
                CCHC_EFORMAT, 11, 7, "$.tasks[1].key", "json.duplicate",
                "the key \"1.1\" is used by an earlier task")
LOAD_ERROR_TEST(test_json_load_empty_task_key_names_key, "task-empty-key.json", CCHC_EFORMAT,
                13, 7, "$.tasks[0].key", "json.content", "a task key cannot be empty")
LOAD_ERROR_TEST(test_json_load_area_texts_key_9_names_key, "area-texts-bad-key.json",
                CCHC_EFORMAT, 6, 5, "$.area_texts.9", "json.content",
                "\"9\" is not an area")
LOAD_ERROR_TEST(test_json_load_evidence_impossible_date_names_path,
                "evidence-impossible-date.json", CCHC_EFORMAT, 18, 11,
                "$.tasks[0].evidence[0].date", "json.content", "\"2023-13-01\"")
LOAD_ERROR_TEST(test_json_load_evidence_without_number_or_title_names_evidence,
                "evidence-empty.json", CCHC_EFORMAT, 19, 9, "$.tasks[0].evidence[1]",
                "json.content", "evidence needs a number or a title")
LOAD_ERROR_TEST(test_json_load_string_for_array_is_type_error, "lead-string.json",
                CCHC_EFORMAT, 15, 7, "$.tasks[0].lead", "json.content",
                "expected an array, found a string")
/* json-glib 1.6 reads the first object and ignores the second */
LOAD_ERROR_TEST(test_json_load_second_document_after_root_is_refused, "trailing-content.json",
                CCHC_EPARSE, 5, 1, "$", "json.syntax",
                "unexpected content after the end of the document")
/* json-glib keeps only the last of the two */
LOAD_ERROR_TEST(test_json_load_member_given_twice_names_both_places, "duplicate-member.json",
                CCHC_EFORMAT, 6, 3, "$.year", "json.duplicate",
                "the key \"year\" appears twice in this object (first at line 4, column 3)")
START_TEST(test_json_load_member_repeated_in_large_object_names_both_places)
{
    /* 40 unknown members, then the 25th again: past the size where names are
     * compared one by one */
    char text[2048] = "{\"format\": \"cchc-plan\", \"version\": 1";
    for (int i = 1; i <= 40; i++)
        snprintf(text + strlen(text), sizeof text - strlen(text), ",\n \"x%d\": %d", i, i);
    strcat(text, ",\n \"x25\": 0}");
    INLINE_ERROR(text, CCHC_EFORMAT, 42, 2, "$.x25", "json.duplicate",
                 "the key \"x25\" appears twice in this object (first at line 26, column 2)");
}
END_TEST

/* columns are counted as an editor shows them, without the byte order mark */
LOAD_ERROR_TEST(test_json_load_error_after_bom_counts_columns_without_bom, "bom-error.json",
                CCHC_EFORMAT, 1, 39, "$.year", "json.range", "1 is out of range")

START_TEST(test_json_load_year_1e400_is_refused_not_infinite)
{
    INLINE_ERROR("{\"format\": \"cchc-plan\", \"version\": 1, \"year\": 1e400}", CCHC_EFORMAT, 1,
                 39, "$.year", "json.range", "the number 1e400 is too large");
}
END_TEST

START_TEST(test_json_load_version_too_large_for_64_bits_is_refused_not_wrapped)
{
    /* json-glib wraps -18446744073709551617 round to 1 and the document loaded */
    INLINE_ERROR("{\"format\": \"cchc-plan\", \"version\": -18446744073709551617}", CCHC_EFORMAT,
                 1, 25, "$.version", "json.range", "is too large");
}
END_TEST

START_TEST(test_json_load_hexadecimal_number_is_not_json)
{
    /* json-glib reads 0x7e7 as 2023 */
    INLINE_ERROR("{\"format\": \"cchc-plan\", \"version\": 1, \"year\": 0x7e7}", CCHC_EPARSE, 1,
                 47, "$.year", "json.syntax", "\"0x7e7\" is not a JSON number");
}
END_TEST

START_TEST(test_json_load_nan_is_not_json)
{
    INLINE_ERROR("{\"format\": \"cchc-plan\", \"version\": 1,\n \"tasks\": [{\"area\": 1, "
                 "\"progress\": NaN}]}",
                 CCHC_EPARSE, 2, 36, "$.tasks[0].progress", "json.syntax",
                 "\"NaN\" is not a JSON value");
}
END_TEST

START_TEST(test_json_load_comment_is_not_json)
{
    INLINE_ERROR("{\"format\": \"cchc-plan\",\n  // kế hoạch\n  \"version\": 1}", CCHC_EPARSE, 2,
                 3, "$", "json.syntax", "comments are not allowed in JSON");
}
END_TEST

START_TEST(test_json_load_single_quotes_are_not_json)
{
    INLINE_ERROR("{\"format\": 'cchc-plan', \"version\": 1}", CCHC_EPARSE, 1, 12, "$.format",
                 "json.syntax", "double quotes");
}
END_TEST

START_TEST(test_json_load_trailing_comma_is_not_json)
{
    INLINE_ERROR("{\"format\": \"cchc-plan\", \"version\": 1, \"units\": [],}", CCHC_EPARSE, 1,
                 51, "$", "json.syntax", "a comma before '}' is not allowed");
}
END_TEST

START_TEST(test_json_load_raw_tab_in_string_is_not_json)
{
    INLINE_ERROR("{\"format\": \"cchc-plan\", \"version\": 1, \"title\": \"Kế\thoạch\"}",
                 CCHC_EPARSE, 1, 51, "$.title", "json.syntax", "write it as \\t");
}
END_TEST

START_TEST(test_json_load_lone_surrogate_is_refused)
{
    INLINE_ERROR("{\"format\": \"cchc-plan\", \"version\": 1, \"title\": \"Kế \\ud800\"}",
                 CCHC_EPARSE, 1, 52, "$.title", "json.syntax",
                 "\\ud800 is the first half of a surrogate pair");
}
END_TEST

START_TEST(test_json_load_nul_escape_is_refused_not_cut_short)
{
    /* json-glib would hand over "Kế" and drop the rest */
    INLINE_ERROR("{\"format\": \"cchc-plan\", \"version\": 1, \"title\": \"Kế\\u0000hoạch\"}",
                 CCHC_EFORMAT, 1, 39, "$.title", "json.content", "NUL character");
}
END_TEST

START_TEST(test_json_load_nul_escape_in_array_names_element)
{
    INLINE_ERROR("{\"format\": \"cchc-plan\", \"version\": 1, \"tasks\": [{\"area\": 1, "
                 "\"lead_mentions\": [\"Sở\\u0000\"]}]}",
                 CCHC_EFORMAT, 1, 79, "$.tasks[0].lead_mentions[0]", "json.content",
                 "NUL character");
}
END_TEST

START_TEST(test_json_load_repeated_reference_in_role_is_duplicate)
{
    INLINE_ERROR("{\"format\": \"cchc-plan\", \"version\": 1,\n"
                 " \"units\": [{\"id\": \"vp\", \"name\": \"Văn phòng\", \"kind\": \"office\"}],\n"
                 " \"tasks\": [{\"area\": 1, \"lead\": [\"vp\", \"vp\"]}]}",
                 CCHC_EFORMAT, 3, 39, "$.tasks[0].lead[1]", "json.duplicate",
                 "\"vp\" is already a lead unit");
}
END_TEST

START_TEST(test_json_load_null_for_text_is_type_error)
{
    INLINE_ERROR("{\"format\": \"cchc-plan\", \"version\": 1, \"title\": null}", CCHC_EFORMAT, 1,
                 39, "$.title", "json.content", "expected a string, found null");
}
END_TEST

START_TEST(test_json_load_nul_byte_is_encoding_error)
{
    static const char text[] = "{\"format\": \"cchc-plan\",\n \"version\": 1}\0{}";
    expect_data_error(text, sizeof text - 1, CCHC_EENCODING, 2, 15, NULL, "json.encoding",
                      "a NUL byte at offset 38");
}
END_TEST

START_TEST(test_json_load_whitespace_only_is_empty_document)
{
    INLINE_ERROR("  \n\t", CCHC_EPARSE, 2, 2, "$", "json.syntax", "the document is empty");
}
END_TEST

START_TEST(test_json_load_unclosed_string_says_truncated)
{
    INLINE_ERROR("{\n  \"format\": \"cchc-pl", CCHC_EPARSE, 2, 13, "$.format", "json.syntax",
                 "the document ends inside this string");
}
END_TEST

START_TEST(test_json_load_units_object_is_type_error)
{
    INLINE_ERROR("{\"format\": \"cchc-plan\", \"version\": 1, \"units\": {}}", CCHC_EFORMAT, 1, 39,
                 "$.units", "json.content", "expected an array, found an object");
}
END_TEST

START_TEST(test_json_load_task_number_is_type_error)
{
    INLINE_ERROR("{\"format\": \"cchc-plan\", \"version\": 1, \"tasks\": [1]}", CCHC_EFORMAT, 1, 49,
                 "$.tasks[0]", "json.content", "expected an object, found a number");
}
END_TEST

START_TEST(test_json_load_odd_key_path_is_quoted)
{
    INLINE_ERROR("{\"format\": \"cchc-plan\", \"version\": 1,\n \"area_texts\": {\"a.b \\\"c\\\"\": \"x\"}}",
                 CCHC_EFORMAT, 2, 17, "$.area_texts[\"a.b \\\"c\\\"\"]", "json.content",
                 "is not an area");
}
END_TEST

START_TEST(test_json_load_deep_nesting_is_refused_without_crash)
{
    /* json-glib parses recursively: 100000 levels overflowed its stack */
    size_t depth = 100000;
    char *text = malloc(2 * depth + 1);
    ck_assert_ptr_nonnull(text);
    memset(text, '[', depth);
    memset(text + depth, ']', depth);
    text[2 * depth] = '\0';
    cchc_plan *plan = NOT_NULL_PLAN;
    ck_assert_cchc_fails(cchc_plan_load_data(&plan, text, 2 * depth, "deep.json", NULL),
                         CCHC_ELIMIT);
    ck_assert_ptr_null(plan);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "deep.json:1:513: $[0][0]"));
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "nested more than 512 levels"));
    free(text);
}
END_TEST

START_TEST(test_json_load_data_without_source_name_says_data)
{
    cchc_plan *plan = NOT_NULL_PLAN;
    const char *text = "{\"format\": \"cchc-plan\", \"version\": 1, \"year\": 12}";
    ck_assert_cchc_fails(cchc_plan_load_data(&plan, text, strlen(text), NULL, NULL),
                         CCHC_EFORMAT);
    ck_assert_ptr_null(plan);
    ck_assert_str_eq(cchc_last_error_message(),
                     "<data>:1:39: $.year: 12 is out of range (1900 to 9999)");
}
END_TEST

START_TEST(test_json_load_data_reads_only_size_bytes)
{
    /* the bytes after @size are not part of the document */
    const char *text = "{\"format\": \"cchc-plan\", \"version\": 1}GARBAGE";
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_plan_load_data(&plan, text, strlen(text) - 7, "part.json", NULL));
    ck_assert_ptr_nonnull(plan);
    cchc_plan_free(plan);
}
END_TEST

/* ---- unknown keys ------------------------------------------------------- */

START_TEST(test_json_load_unknown_keys_warn_in_document_order)
{
    char *file = fixture("unknown-keys.json");
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&plan, file, diags));
    ck_assert_ptr_nonnull(plan);
    ck_assert_int_eq(cchc_plan_year(plan), 2023);
    ck_assert_uint_eq(cchc_plan_unit_count(plan), 1);
    ck_assert_uint_eq(cchc_task_evidence_count(cchc_plan_task_at(plan, 0)), 1);

    static const struct {
        size_t line, column;
        const char *path, *key;
    } expected[] = {
        {3, 3, "$.generator", "generator"},
        {10, 7, "$.units[0].colour", "colour"},
        {18, 7, "$.tasks[0].priority", "priority"},
        {22, 11, "$.tasks[0].evidence[0].pages", "pages"},
        {25, 7, "$.tasks[0].owner", "owner"},
        {28, 3, "$.comment", "comment"},
    };
    size_t n = sizeof expected / sizeof expected[0];
    ck_assert_uint_eq(cchc_diagnostics_count(diags), n);
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_WARNING), n);
    for (size_t i = 0; i < n; i++) {
        const cchc_diagnostic *d = cchc_diagnostics_at(diags, i);
        ck_assert_str_eq(cchc_diagnostic_code(d), "json.unknown-key");
        ck_assert_int_eq(cchc_diagnostic_severity(d), CCHC_SEVERITY_WARNING);
        ck_assert_str_eq(cchc_diagnostic_path(d), expected[i].path);
        ck_assert_uint_eq(cchc_diagnostic_line(d), expected[i].line);
        ck_assert_uint_eq(cchc_diagnostic_column(d), expected[i].column);
        ck_assert_str_eq(cchc_diagnostic_file(d), file);
        ck_assert_ptr_nonnull(strstr(cchc_diagnostic_message(d), expected[i].key));
    }
    char *line = NULL;
    ck_assert_cchc_ok(cchc_diagnostic_format(&line, cchc_diagnostics_at(diags, 0)));
    ck_assert_ptr_nonnull(strstr(line, ":3:3: $.generator: warning: "));
    cchc_free(line);

    /* the unknown keys are not kept: saving drops them */
    char *out = save(plan);
    ck_assert_ptr_null(strstr(out, "generator"));
    ck_assert_ptr_null(strstr(out, "pages"));
    cchc_free(out);

    cchc_plan_free(plan);
    cchc_diagnostics_free(diags);
    free(file);
}
END_TEST

/* Characters (not bytes) in @text, as columns count them. */
static size_t characters(const char *text)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        n += (*p & 0xC0) != 0x80;
    return n;
}

/* Many located warnings: past the first few the reader stops walking the text
 * for each and indexes every position once; the places must stay exact —
 * with a BOM, CRLF line ends, Vietnamese text before the key on its line, a
 * key that needs the ["…"] form of a path, and values inside arrays. */
START_TEST(test_json_load_many_warnings_are_each_located_exactly)
{
    enum { TASKS = 40 };
    static char doc[16384];
    size_t len = (size_t)snprintf(doc, sizeof doc, "\xEF\xBB\xBF{\r\n  \"format\": \"cchc-plan\",\r\n"
                                                   "  \"version\": 1,\r\n  \"tasks\": [\r\n");
    size_t columns[TASKS], nested[TASKS];
    for (int i = 0; i < TASKS; i++) {
        char prefix[128];
        snprintf(prefix, sizeof prefix, "    {\"area\": %d, \"title\": \"Nhiệm vụ số %d — ý\", ",
                 i % 7 + 1, i);
        columns[i] = characters(prefix) + 1;
        /* the odd key first, then the second warning of the line, inside evidence[0] */
        const char *middle = "\"ghi chú \\\"x\\\"\": 1, \"evidence\": [{\"title\": \"Tờ trình\", ";
        nested[i] = characters(prefix) + characters(middle) + 1;
        len += (size_t)snprintf(doc + len, sizeof doc - len, "%s%s\"trang\": %d}]}%s\r\n", prefix,
                                middle, i, i + 1 < TASKS ? "," : "");
        ck_assert_uint_lt(len, sizeof doc);
    }
    len += (size_t)snprintf(doc + len, sizeof doc - len, "  ]\r\n}\r\n");
    ck_assert_uint_lt(len, sizeof doc);

    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_plan_load_data(&plan, doc, len, "many.json", diags));
    ck_assert_uint_eq(cchc_plan_task_count(plan), TASKS);
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 2 * TASKS);
    for (size_t i = 0; i < 2 * TASKS; i++) {
        const cchc_diagnostic *d = cchc_diagnostics_at(diags, i);
        size_t task = i / 2;
        char path[96];
        if (i % 2 == 0)
            snprintf(path, sizeof path, "$.tasks[%zu][\"ghi chú \\\"x\\\"\"]", task);
        else
            snprintf(path, sizeof path, "$.tasks[%zu].evidence[0].trang", task);
        ck_assert_str_eq(cchc_diagnostic_code(d), "json.unknown-key");
        ck_assert_str_eq(cchc_diagnostic_path(d), path);
        ck_assert_uint_eq(cchc_diagnostic_line(d), 5 + task);
        ck_assert_uint_eq(cchc_diagnostic_column(d), (i % 2 == 0 ? columns[task] : nested[task]));
    }
    cchc_diagnostics_free(diags);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_json_load_unknown_keys_without_diagnostics_still_load)
{
    char *file = fixture("unknown-keys.json");
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&plan, file, NULL));
    ck_assert_uint_eq(cchc_plan_task_count(plan), 1);
    cchc_plan_free(plan);
    free(file);
}
END_TEST

START_TEST(test_json_load_error_comes_after_the_warnings)
{
    const char *text = "{\"format\": \"cchc-plan\", \"version\": 1,\n"
                       " \"tasks\": [{\"area\": 9}],\n"
                       " \"x-note\": 1}";
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_diagnostics_add(diags, CCHC_SEVERITY_INFO, "caller.note", "before"));
    cchc_plan *plan = NULL;
    ck_assert_cchc_fails(cchc_plan_load_data(&plan, text, strlen(text), "w.json", diags),
                         CCHC_EFORMAT);
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 3);
    /* what the caller had stays first */
    ck_assert_str_eq(cchc_diagnostic_code(cchc_diagnostics_at(diags, 0)), "caller.note");
    const cchc_diagnostic *w = cchc_diagnostics_at(diags, 1);
    ck_assert_str_eq(cchc_diagnostic_code(w), "json.unknown-key");
    ck_assert_str_eq(cchc_diagnostic_path(w), "$.x-note");
    ck_assert_uint_eq(cchc_diagnostic_line(w), 3);
    ck_assert_uint_eq(cchc_diagnostic_column(w), 2);
    const cchc_diagnostic *e = cchc_diagnostics_at(diags, 2);
    ck_assert_int_eq(cchc_diagnostic_severity(e), CCHC_SEVERITY_ERROR);
    ck_assert_str_eq(cchc_diagnostic_path(e), "$.tasks[0].area");
    ck_assert_uint_eq(cchc_diagnostic_line(e), 2);
    ck_assert_uint_eq(cchc_diagnostic_column(e), 13);
    cchc_diagnostics_free(diags);
}
END_TEST

/* ---- byte order mark ---------------------------------------------------- */

START_TEST(test_json_load_accepts_utf8_bom_and_saves_without_it)
{
    char *file = fixture("bom.json");
    cchc_plan *plan = NULL;
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_cchc_ok(cchc_plan_load_file(&plan, file, diags));
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 0);
    ck_assert_int_eq(cchc_plan_year(plan), 2023);
    char *out = save(plan);
    ck_assert_int_eq(out[0], '{');
    cchc_free(out);
    cchc_plan_free(plan);
    cchc_diagnostics_free(diags);
    free(file);
}
END_TEST

/* ---- keys --------------------------------------------------------------- */

START_TEST(test_json_load_keeps_saved_task_key)
{
    char *file = fixture("keys.json");
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&plan, file, NULL));
    const cchc_task *task = cchc_plan_task_at(plan, 0);
    ck_assert_str_eq(cchc_task_key(task), "tuyen-truyen");
    ck_assert_str_eq(cchc_task_id(task), "1.1");
    ck_assert_ptr_eq(cchc_plan_find_task(plan, "tuyen-truyen"), task);
    ck_assert_ptr_null(cchc_plan_find_task(plan, "1.1"));
    char *out = save(plan);
    ck_assert_ptr_nonnull(strstr(out, "\"key\": \"tuyen-truyen\",\n      \"id\": \"1.1\""));
    cchc_free(out);
    cchc_plan_free(plan);
    free(file);
}
END_TEST

START_TEST(test_json_load_without_keys_gives_keys_from_ids)
{
    char *file = fixture("keys.json");
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&plan, file, NULL));
    ck_assert_uint_eq(cchc_plan_task_count(plan), 3);
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(plan, 1)), "2.10");
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(plan, 2)), "2.10#2");
    ck_assert_str_eq(cchc_task_id(cchc_plan_task_at(plan, 2)), "2.10");

    /* saved, the keys are written and read back unchanged */
    char *out = save(plan);
    cchc_plan *again = load_string(out);
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(again, 2)), "2.10#2");
    char *resaved = save(again);
    ck_assert_str_eq(resaved, out);
    cchc_free(resaved);
    cchc_plan_free(again);
    cchc_free(out);
    cchc_plan_free(plan);
    free(file);
}
END_TEST

START_TEST(test_json_load_bundled_plan_keeps_keys_of_repeated_ids)
{
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&plan, bundled_data_path(BUNDLED_PLAN), NULL));
    const cchc_task *second = cchc_plan_find_task(plan, "2.10#2");
    ck_assert_ptr_nonnull(second);
    ck_assert_str_eq(cchc_task_id(second), "2.10");
    ck_assert_ptr_ne(cchc_plan_find_task(plan, "2.10"), second);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_json_load_generated_key_avoids_key_saved_further_down)
{
    /* The first task has no key; its id "1" is the key the second saved. */
    cchc_plan *plan = load_string("{\"format\": \"cchc-plan\", \"version\": 1, \"tasks\": ["
                                  "{\"id\": \"1\", \"area\": 1},"
                                  "{\"key\": \"1\", \"id\": \"1\", \"area\": 2}]}");
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(plan, 0)), "1#2");
    ck_assert_str_eq(cchc_task_key(cchc_plan_task_at(plan, 1)), "1");
    ck_assert_int_eq(cchc_task_area(cchc_plan_find_task(plan, "1")), 2);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_json_load_file_with_non_utf8_path_loads_and_names_it_readably)
{
    char *dir = make_temp_dir("json");
    char *path = join(dir, "k\xe1-ho\xff.json"); /* Latin-1 bytes, not UTF-8 */
    cchc_plan *plan = cchc_plan_new();
    ck_assert_cchc_ok(cchc_plan_set_title(plan, "Kế hoạch"));
    ck_assert_cchc_ok(cchc_plan_save_file(plan, path));
    cchc_plan_free(plan);
    plan = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&plan, path, NULL));
    ck_assert_str_eq(cchc_plan_title(plan), "Kế hoạch");
    cchc_plan_free(plan);

    /* An error about such a file still has a UTF-8 message. */
    char *missing = join(dir, "v\xe0ng.json");
    cchc_diagnostics *diags = cchc_diagnostics_new();
    ck_assert_cchc_fails(cchc_plan_load_file(&plan, missing, diags), CCHC_EIO);
    ck_assert(is_utf8(cchc_last_error_message()));
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 1);
    const cchc_diagnostic *d = cchc_diagnostics_at(diags, 0);
    ck_assert_str_eq(cchc_diagnostic_code(d), "file.read");
    ck_assert(is_utf8(cchc_diagnostic_file(d)));
    /* the path is the entry's file, not a prefix of its message */
    ck_assert_int_eq(strncmp(cchc_diagnostic_message(d), "cannot read: ", 13), 0);
    cchc_diagnostics_free(diags);
    unlink(path);
    free(missing);
    free(path);
    remove_temp_dir(dir);
}
END_TEST

/* ---- files -------------------------------------------------------------- */

START_TEST(test_json_load_missing_file_is_io_error_naming_path)
{
    char *dir = make_temp_dir("json");
    char *path = join(dir, "không-có.json");
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_plan *plan = NOT_NULL_PLAN;
    ck_assert_cchc_fails(cchc_plan_load_file(&plan, path, diags), CCHC_EIO);
    ck_assert_ptr_null(plan);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), path));
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 1);
    const cchc_diagnostic *d = cchc_diagnostics_at(diags, 0);
    ck_assert_int_eq(cchc_diagnostic_severity(d), CCHC_SEVERITY_ERROR);
    ck_assert_str_eq(cchc_diagnostic_file(d), path);
    cchc_diagnostics_free(diags);
    free(path);
    remove_temp_dir(dir);
}
END_TEST

START_TEST(test_json_load_directory_is_io_error)
{
    char *dir = make_temp_dir("json");
    cchc_plan *plan = NOT_NULL_PLAN;
    ck_assert_cchc_fails(cchc_plan_load_file(&plan, dir, NULL), CCHC_EIO);
    ck_assert_ptr_null(plan);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), dir));
    remove_temp_dir(dir);
}
END_TEST

START_TEST(test_json_save_into_missing_folder_is_io_error_naming_path)
{
    char *dir = make_temp_dir("json");
    char *missing = join(dir, "chưa-tạo");
    char *path = join(missing, "plan.json");
    cchc_plan *plan = cchc_plan_new();
    ck_assert_cchc_fails(cchc_plan_save_file(plan, path), CCHC_EIO);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), path));
    ck_assert_int_eq(count_entries(dir), 0);
    cchc_plan_free(plan);
    free(path);
    free(missing);
    remove_temp_dir(dir);
}
END_TEST

START_TEST(test_json_save_failure_keeps_existing_file)
{
    char *dir = make_temp_dir("json");
    char *path = join(dir, "plan.json");
    cchc_plan *old_plan = build_full_plan();
    ck_assert_cchc_ok(cchc_plan_save_file(old_plan, path));
    char *before = read_all(path, NULL);

    cchc_plan *new_plan = cchc_plan_new();
    ck_assert_cchc_ok(cchc_plan_set_title(new_plan, "Bản mới"));
    if (geteuid() != 0) {
        /* a read-only folder: the temporary file cannot be created */
        ck_assert_int_eq(chmod(dir, 0555), 0);
        ck_assert_cchc_fails(cchc_plan_save_file(new_plan, path), CCHC_EIO);
        ck_assert_int_eq(chmod(dir, 0700), 0);
        ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), path));
    } else {
        /* root writes into read-only folders; a regular file as the folder
         * fails for root too, and must leave that file as it was */
        char *inside = join(path, "plan.json");
        ck_assert_cchc_fails(cchc_plan_save_file(new_plan, inside), CCHC_EIO);
        ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), inside));
        free(inside);
    }
    char *after = read_all(path, NULL);
    ck_assert_str_eq(after, before);
    ck_assert_int_eq(count_entries(dir), 1); /* no temporary file left behind */

    free(after);
    cchc_plan_free(new_plan);
    free(before);
    cchc_plan_free(old_plan);
    free(path);
    remove_temp_dir(dir);
}
END_TEST

START_TEST(test_json_save_over_a_folder_fails_and_keeps_it)
{
    char *dir = make_temp_dir("json");
    char *sub = join(dir, "plan.json");
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    char *inner = join(sub, "giữ.txt");
    write_all(inner, "giữ nguyên\n");
    cchc_plan *plan = cchc_plan_new();
    ck_assert_cchc_fails(cchc_plan_save_file(plan, sub), CCHC_EIO);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), sub));
    char *kept = read_all(inner, NULL);
    ck_assert_str_eq(kept, "giữ nguyên\n");
    ck_assert_int_eq(count_entries(dir), 1); /* no temporary file left behind */
    free(kept);
    cchc_plan_free(plan);
    free(inner);
    free(sub);
    remove_temp_dir(dir);
}
END_TEST

START_TEST(test_json_null_arguments_are_invalid)
{
    cchc_plan *plan = NOT_NULL_PLAN;
    ck_assert_cchc_fails(cchc_plan_load_file(&plan, NULL, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(plan);
    ck_assert_cchc_fails(cchc_plan_load_file(NULL, test_data_path("json/keys.json"), NULL),
                         CCHC_EINVAL);
    plan = NOT_NULL_PLAN;
    ck_assert_cchc_fails(cchc_plan_load_data(&plan, NULL, 3, "x.json", NULL), CCHC_EINVAL);
    ck_assert_ptr_null(plan);
    ck_assert_cchc_fails(cchc_plan_load_data(NULL, "{}", 2, "x.json", NULL), CCHC_EINVAL);
    /* NULL data of size 0 is an empty document, not a NULL argument */
    plan = NOT_NULL_PLAN;
    ck_assert_cchc_fails(cchc_plan_load_data(&plan, NULL, 0, "x.json", NULL), CCHC_EPARSE);
    ck_assert_ptr_null(plan);
    plan = NOT_NULL_PLAN;
    ck_assert_cchc_fails(cchc_plan_load_data(&plan, "{}", 2, "bad\xff.json", NULL), CCHC_EINVAL);
    ck_assert_ptr_null(plan);

    cchc_plan *empty = cchc_plan_new();
    char *out = (char *)&sentinel;
    size_t size = 7;
    ck_assert_cchc_fails(cchc_plan_save_data(&out, &size, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(out);
    ck_assert_cchc_fails(cchc_plan_save_data(NULL, &size, empty), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_save_file(NULL, "/tmp/x.json"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_save_file(empty, NULL), CCHC_EINVAL);
    cchc_plan_free(empty);
}
END_TEST

/* ---- suite -------------------------------------------------------------- */

Suite *suite_json(void);

Suite *suite_json(void)
{
    Suite *s = suite_create("json");

    TCase *tc = tcase_create("round-trip");
    tcase_add_test(tc, test_json_save_bundled_plan_gives_the_file_bytes);
    tcase_add_test(tc, test_json_save_file_then_reload_gives_the_same_bytes);
    tcase_add_test(tc, test_json_save_writes_vietnamese_without_u_escapes);
    tcase_add_test(tc, test_json_save_api_plan_round_trips_every_field);
    tcase_add_test(tc, test_json_save_empty_plan_round_trips);
    suite_add_tcase(s, tc);

    tc = tcase_create("errors");
    tcase_add_test(tc, test_json_load_empty_file_is_parse_error_at_start);
    tcase_add_test(tc, test_json_load_syntax_error_names_line_and_character_column);
    tcase_add_test(tc, test_json_load_truncated_document_says_truncated);
    tcase_add_test(tc, test_json_load_invalid_utf8_names_line_and_column_of_bad_byte);
    tcase_add_test(tc, test_json_load_root_array_is_format_error);
    tcase_add_test(tc, test_json_load_missing_format_names_key);
    tcase_add_test(tc, test_json_load_wrong_format_names_found_format);
    tcase_add_test(tc, test_json_load_version_2_is_version_error);
    tcase_add_test(tc, test_json_load_version_string_is_type_error);
    tcase_add_test(tc, test_json_load_year_out_of_range_names_year);
    tcase_add_test(tc, test_json_load_year_string_is_type_error);
    tcase_add_test(tc, test_json_load_year_fraction_is_not_integer);
    tcase_add_test(tc, test_json_load_impossible_issue_date_names_path);
    tcase_add_test(tc, test_json_load_area_0_is_range_error);
    tcase_add_test(tc, test_json_load_area_8_is_range_error);
    tcase_add_test(tc, test_json_load_area_string_is_type_error);
    tcase_add_test(tc, test_json_load_unknown_status_names_it);
    tcase_add_test(tc, test_json_load_progress_101_is_range_error);
    tcase_add_test(tc, test_json_load_progress_negative_is_range_error);
    tcase_add_test(tc, test_json_load_progress_string_is_type_error);
    tcase_add_test(tc, test_json_load_progress_1e400_is_refused_not_infinite);
    tcase_add_test(tc, test_json_load_progress_integer_overflow_is_refused_not_wrapped);
    tcase_add_test(tc, test_json_load_progress_leading_zero_is_not_json);
    tcase_add_test(tc, test_json_load_impossible_completed_date_names_path);
    tcase_add_test(tc, test_json_load_completed_in_dmy_form_names_path);
    tcase_add_test(tc, test_json_load_unit_without_id_names_unit);
    tcase_add_test(tc, test_json_load_unit_id_with_at_sign_names_id);
    tcase_add_test(tc, test_json_load_unit_id_with_vietnamese_letters_names_id);
    tcase_add_test(tc, test_json_load_duplicate_unit_id_names_second_unit);
    tcase_add_test(tc, test_json_load_unknown_unit_kind_names_kind);
    tcase_add_test(tc, test_json_load_parent_listed_later_names_parent);
    tcase_add_test(tc, test_json_load_unknown_unit_in_lead_names_path);
    tcase_add_test(tc, test_json_load_unknown_unit_in_coordinating_names_path);
    tcase_add_test(tc, test_json_load_unknown_group_token_names_path);
    tcase_add_test(tc, test_json_load_duplicate_task_key_names_second_task);
    tcase_add_test(tc, test_json_load_empty_task_key_names_key);
    tcase_add_test(tc, test_json_load_area_texts_key_9_names_key);
    tcase_add_test(tc, test_json_load_evidence_impossible_date_names_path);
    tcase_add_test(tc, test_json_load_evidence_without_number_or_title_names_evidence);
    tcase_add_test(tc, test_json_load_string_for_array_is_type_error);
    tcase_add_test(tc, test_json_load_second_document_after_root_is_refused);
    tcase_add_test(tc, test_json_load_member_given_twice_names_both_places);
    tcase_add_test(tc, test_json_load_member_repeated_in_large_object_names_both_places);
    tcase_add_test(tc, test_json_load_error_after_bom_counts_columns_without_bom);
    tcase_add_test(tc, test_json_load_year_1e400_is_refused_not_infinite);
    tcase_add_test(tc, test_json_load_version_too_large_for_64_bits_is_refused_not_wrapped);
    tcase_add_test(tc, test_json_load_hexadecimal_number_is_not_json);
    tcase_add_test(tc, test_json_load_nan_is_not_json);
    tcase_add_test(tc, test_json_load_comment_is_not_json);
    tcase_add_test(tc, test_json_load_single_quotes_are_not_json);
    tcase_add_test(tc, test_json_load_trailing_comma_is_not_json);
    tcase_add_test(tc, test_json_load_raw_tab_in_string_is_not_json);
    tcase_add_test(tc, test_json_load_lone_surrogate_is_refused);
    tcase_add_test(tc, test_json_load_nul_escape_is_refused_not_cut_short);
    tcase_add_test(tc, test_json_load_nul_escape_in_array_names_element);
    tcase_add_test(tc, test_json_load_repeated_reference_in_role_is_duplicate);
    tcase_add_test(tc, test_json_load_null_for_text_is_type_error);
    tcase_add_test(tc, test_json_load_nul_byte_is_encoding_error);
    tcase_add_test(tc, test_json_load_whitespace_only_is_empty_document);
    tcase_add_test(tc, test_json_load_unclosed_string_says_truncated);
    tcase_add_test(tc, test_json_load_units_object_is_type_error);
    tcase_add_test(tc, test_json_load_task_number_is_type_error);
    tcase_add_test(tc, test_json_load_odd_key_path_is_quoted);
    tcase_add_test(tc, test_json_load_deep_nesting_is_refused_without_crash);
    tcase_add_test(tc, test_json_load_data_without_source_name_says_data);
    tcase_add_test(tc, test_json_load_data_reads_only_size_bytes);
    suite_add_tcase(s, tc);

    tc = tcase_create("warnings");
    tcase_add_test(tc, test_json_load_unknown_keys_warn_in_document_order);
    tcase_add_test(tc, test_json_load_unknown_keys_without_diagnostics_still_load);
    tcase_add_test(tc, test_json_load_many_warnings_are_each_located_exactly);
    tcase_add_test(tc, test_json_load_error_comes_after_the_warnings);
    tcase_add_test(tc, test_json_load_accepts_utf8_bom_and_saves_without_it);
    suite_add_tcase(s, tc);

    tc = tcase_create("keys");
    tcase_add_test(tc, test_json_load_keeps_saved_task_key);
    tcase_add_test(tc, test_json_load_without_keys_gives_keys_from_ids);
    tcase_add_test(tc, test_json_load_bundled_plan_keeps_keys_of_repeated_ids);
    tcase_add_test(tc, test_json_load_generated_key_avoids_key_saved_further_down);
    tcase_add_test(tc, test_json_load_file_with_non_utf8_path_loads_and_names_it_readably);
    suite_add_tcase(s, tc);

    tc = tcase_create("files");
    tcase_add_test(tc, test_json_load_missing_file_is_io_error_naming_path);
    tcase_add_test(tc, test_json_load_directory_is_io_error);
    tcase_add_test(tc, test_json_save_into_missing_folder_is_io_error_naming_path);
    tcase_add_test(tc, test_json_save_failure_keeps_existing_file);
    tcase_add_test(tc, test_json_save_over_a_folder_fails_and_keeps_it);
    tcase_add_test(tc, test_json_null_arguments_are_invalid);
    suite_add_tcase(s, tc);

    return s;
}
