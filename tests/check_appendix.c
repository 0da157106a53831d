/*
 * Check suite for appendix.h: importing the appendix table of a plan.
 *
 * The seed's appendix (tests/data/appendix/seed-2023-appendix.tsv is the
 * seed file from its "PHỤ LỤC" heading to the end, byte for byte) must import
 * into the 50 tasks of the bundled plan; mangled tables must give
 * diagnostics or a clear error, never a crash or a silent loss of rows.
 */
#include "check_helpers.h"

static cchc_plan *bundled;
static cchc_diagnostics *diags;

static void setup(void)
{
    ck_assert_cchc_ok(cchc_plan_load_file(&bundled, bundled_data_path(BUNDLED_PLAN), NULL));
    diags = cchc_diagnostics_new();
}

static void teardown(void)
{
    cchc_plan_free(bundled);
    cchc_diagnostics_free(diags);
    bundled = NULL;
    diags = NULL;
}

static const char *fixture(const char *name)
{
    static char path[4096];
    snprintf(path, sizeof path, "%s", test_data_path(""));
    strncat(path, "appendix/", sizeof path - strlen(path) - 1);
    strncat(path, name, sizeof path - strlen(path) - 1);
    return path;
}

static size_t count_code(const char *code)
{
    size_t n = 0;
    for (size_t i = 0; i < cchc_diagnostics_count(diags); i++)
        n += strcmp(cchc_diagnostic_code(cchc_diagnostics_at(diags, i)), code) == 0;
    return n;
}

static const cchc_diagnostic *find_code(const char *code)
{
    for (size_t i = 0; i < cchc_diagnostics_count(diags); i++)
        if (strcmp(cchc_diagnostic_code(cchc_diagnostics_at(diags, i)), code) == 0)
            return cchc_diagnostics_at(diags, i);
    return NULL;
}

static void assert_same_refs(const cchc_task *got, const cchc_task *want, int role)
{
    ck_assert_msg(cchc_task_unit_count(got, role) == cchc_task_unit_count(want, role),
                  "task %s role %d: %zu units, expected %zu", cchc_task_key(want), role,
                  cchc_task_unit_count(got, role), cchc_task_unit_count(want, role));
    for (size_t i = 0; i < cchc_task_unit_count(want, role); i++)
        ck_assert_str_eq(cchc_task_unit_at(got, role, i), cchc_task_unit_at(want, role, i));
    ck_assert_msg(cchc_task_mention_count(got, role) == cchc_task_mention_count(want, role),
                  "task %s role %d: %zu mentions, expected %zu", cchc_task_key(want), role,
                  cchc_task_mention_count(got, role), cchc_task_mention_count(want, role));
    for (size_t i = 0; i < cchc_task_mention_count(want, role); i++)
        ck_assert_str_eq(cchc_task_mention_at(got, role, i), cchc_task_mention_at(want, role, i));
}

/* The imported plan has the bundled plan's tasks, field by field. */
static void assert_matches_bundled(const cchc_plan *plan, int with_product)
{
    ck_assert_uint_eq(cchc_plan_task_count(plan), 50);
    for (size_t i = 0; i < 50; i++) {
        const cchc_task *got = cchc_plan_task_at(plan, i);
        const cchc_task *want = cchc_plan_task_at(bundled, i);
        ck_assert_str_eq(cchc_task_key(got), cchc_task_key(want));
        ck_assert_str_eq(cchc_task_id(got), cchc_task_id(want));
        ck_assert_int_eq(cchc_task_area(got), cchc_task_area(want));
        ck_assert_str_eq(cchc_task_group(got), cchc_task_group(want));
        ck_assert_str_eq(cchc_task_title(got), cchc_task_title(want));
        ck_assert_str_eq(cchc_task_product(got), with_product ? cchc_task_product(want) : "");
        ck_assert_str_eq(cchc_task_when(got), cchc_task_when(want));
        assert_same_refs(got, want, CCHC_ROLE_LEAD);
        assert_same_refs(got, want, CCHC_ROLE_COORDINATING);
    }
    for (int area = 1; area <= CCHC_AREA_COUNT; area++)
        ck_assert_uint_eq(cchc_plan_area_task_count(plan, area),
                          cchc_plan_area_task_count(bundled, area));
}

/* ---- the seed's appendix ------------------------------------------------ */

START_TEST(test_appendix_seed_tsv_matches_bundled_plan)
{
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_appendix_import_file(&plan, fixture("seed-2023-appendix.tsv"),
                                                bundled, diags));
    assert_matches_bundled(plan, 1);
    ck_assert_int_eq(cchc_plan_year(plan), 2023);
    ck_assert_uint_eq(cchc_plan_unit_count(plan), cchc_plan_unit_count(bundled));
    ck_assert_uint_eq(cchc_calendar_count(cchc_plan_calendar(plan)),
                      cchc_calendar_count(cchc_plan_calendar(bundled)));
    /* only real findings: no error, no warning; the notes say what was skipped */
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_ERROR), 0);
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_WARNING), 0);
    ck_assert_uint_eq(count_code("appendix.preamble"), 1);
    ck_assert_uint_eq(count_code("appendix.repeated-header"), 6);
    ck_assert_uint_eq(count_code("appendix.qualified-unit"), 1);
    const cchc_diagnostic *q = find_code("appendix.qualified-unit");
    ck_assert_str_eq(cchc_diagnostic_task_id(q), "7.7");
    ck_assert_uint_gt(cchc_diagnostic_line(q), 0);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_appendix_seed_validation_finds_the_duplicate_2_10)
{
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_appendix_import_file(&plan, fixture("seed-2023-appendix.tsv"),
                                                bundled, NULL));
    ck_assert_cchc_ok(cchc_plan_validate(plan, diags));
    const cchc_diagnostic *dup = find_code("task.duplicate-id");
    ck_assert_ptr_nonnull(dup);
    ck_assert_str_eq(cchc_diagnostic_task_key(dup), "2.10#2");
    ck_assert_str_eq(cchc_diagnostic_task_id(dup), "2.10");
    ck_assert_uint_eq(count_code("task.duplicate-id"), 1);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_appendix_shuffled_columns_match_bundled_plan)
{
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_appendix_import_file(&plan, fixture("seed-2023-shuffled.tsv"),
                                                bundled, diags));
    assert_matches_bundled(plan, 1);
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_WARNING), 0);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_appendix_csv_with_bom_matches_bundled_plan)
{
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_appendix_import_file(&plan, fixture("seed-2023-appendix.csv"),
                                                bundled, diags));
    assert_matches_bundled(plan, 1);
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_WARNING), 0);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_appendix_missing_column_is_reported_and_rows_kept)
{
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_appendix_import_file(&plan, fixture("seed-2023-no-product.tsv"),
                                                bundled, diags));
    assert_matches_bundled(plan, 0);
    ck_assert_uint_eq(count_code("appendix.missing-column"), 1);
    const cchc_diagnostic *d = find_code("appendix.missing-column");
    ck_assert_str_eq(cchc_diagnostic_field(d), "product");
    ck_assert_int_eq(cchc_diagnostic_severity(d), CCHC_SEVERITY_WARNING);
    ck_assert_uint_eq(cchc_diagnostic_line(d), 1);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_appendix_without_registry_builds_units_from_names)
{
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_appendix_import_file(&plan, fixture("seed-2023-appendix.tsv"), NULL,
                                                diags));
    ck_assert_uint_eq(cchc_plan_task_count(plan), 50);
    /* "Phòng Phòng, chống TNXH" is one unit although it holds a comma */
    const char *ref = NULL;
    ck_assert_cchc_ok(cchc_plan_resolve_unit(&ref, plan, "Phòng Phòng, chống TNXH"));
    const cchc_unit *unit = cchc_plan_find_unit(plan, ref);
    ck_assert_ptr_nonnull(unit);
    ck_assert_str_eq(cchc_unit_name(unit), "Phòng Phòng, chống TNXH");
    ck_assert_int_eq(cchc_unit_kind(unit), CCHC_UNIT_DIVISION);
    ck_assert_cchc_ok(cchc_plan_resolve_unit(&ref, plan, "Văn phòng"));
    ck_assert_int_eq(cchc_unit_kind(cchc_plan_find_unit(plan, ref)), CCHC_UNIT_OFFICE);
    ck_assert_uint_eq(count_code("appendix.unit-created"), cchc_plan_unit_count(plan));
    /* group words stay groups, never new units */
    ck_assert_str_eq(cchc_task_unit_at(cchc_plan_task_at(plan, 0), CCHC_ROLE_COORDINATING, 0),
                     "@internal");
    cchc_plan_free(plan);
}
END_TEST

/* ---- mangled tables ----------------------------------------------------- */

#define HEADER "Nhiệm vụ chung\tNhiệm vụ cụ thể\tSản phẩm/Kết quả\tPhòng, đơn vị chủ trì\t" \
               "Phòng, đơn vị phối hợp\tThời gian thực hiện\n"

static cchc_plan *import_text(const char *text)
{
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_appendix_import(&plan, text, strlen(text), "bang.tsv", bundled,
                                           diags));
    return plan;
}

START_TEST(test_appendix_group_cell_is_carried_down)
{
    cchc_plan *plan = import_text(HEADER
                                  "<b>3. Cải cách TTHC</b>\t3.1. Việc A\tKế hoạch\tVăn phòng\t"
                                  "Thanh tra\tQuý I/2023\n"
                                  "\t3.2. Việc B\tBáo cáo\tThanh tra\t\tQuý II/2023\n");
    ck_assert_uint_eq(cchc_plan_task_count(plan), 2);
    const cchc_task *b = cchc_plan_task_at(plan, 1);
    ck_assert_str_eq(cchc_task_group(b), "3. Cải cách TTHC");
    ck_assert_int_eq(cchc_task_area(b), 3);
    ck_assert_str_eq(cchc_task_unit_at(b, CCHC_ROLE_LEAD, 0), "thanh-tra");
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 0);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_appendix_group_without_number_takes_area_from_words)
{
    cchc_plan *plan = import_text(HEADER "Cải cách tài chính công\tRà soát định mức\tQĐ\t"
                                         "Phòng Kế hoạch - Tài chính\t\tNăm 2023\n");
    ck_assert_int_eq(cchc_task_area(cchc_plan_task_at(plan, 0)), 6);
    ck_assert_str_eq(cchc_task_unit_at(cchc_plan_task_at(plan, 0), CCHC_ROLE_LEAD, 0),
                     "phong-khtc");
    ck_assert_uint_eq(count_code("appendix.no-id"), 1);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_appendix_unknown_unit_is_kept_and_located)
{
    cchc_plan *plan = import_text(HEADER "1. Chỉ đạo\t1.1. Việc A\tKế hoạch\tVăn phòng, "
                                         "Phòng Không Có\tSở Không Tên\tQuý I/2023\n");
    const cchc_task *task = cchc_plan_task_at(plan, 0);
    ck_assert_uint_eq(cchc_task_unit_count(task, CCHC_ROLE_LEAD), 1);
    ck_assert_str_eq(cchc_task_mention_at(task, CCHC_ROLE_LEAD, 0), "Phòng Không Có");
    ck_assert_str_eq(cchc_task_mention_at(task, CCHC_ROLE_COORDINATING, 0), "Sở Không Tên");
    ck_assert_uint_eq(count_code("appendix.unknown-unit"), 2);
    const cchc_diagnostic *d = find_code("appendix.unknown-unit");
    ck_assert_str_eq(cchc_diagnostic_file(d), "bang.tsv");
    ck_assert_uint_eq(cchc_diagnostic_line(d), 2);
    ck_assert_uint_eq(cchc_diagnostic_column(d), 33); /* the lead cell's first character */
    ck_assert_str_eq(cchc_diagnostic_field(d), "lead");
    ck_assert_str_eq(cchc_diagnostic_task_id(d), "1.1");
    ck_assert_ptr_nonnull(strstr(cchc_diagnostic_message_vi(d), "Phòng Không Có"));
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_appendix_bracket_note_with_ph_names_coordinating_units)
{
    cchc_plan *plan = import_text(HEADER "7. Chính quyền số\t7.2. Việc\tCV\tVăn phòng (P/h Sở "
                                         "TT Truyền thông; Công an tỉnh)\tThanh tra\tNăm 2023\n");
    const cchc_task *task = cchc_plan_task_at(plan, 0);
    ck_assert_str_eq(cchc_task_unit_at(task, CCHC_ROLE_LEAD, 0), "van-phong");
    ck_assert_str_eq(cchc_task_mention_at(task, CCHC_ROLE_LEAD, 0),
                     "P/h Sở TT Truyền thông; Công an tỉnh");
    ck_assert_uint_eq(cchc_task_unit_count(task, CCHC_ROLE_COORDINATING), 3);
    ck_assert_str_eq(cchc_task_unit_at(task, CCHC_ROLE_COORDINATING, 0), "thanh-tra");
    ck_assert_str_eq(cchc_task_unit_at(task, CCHC_ROLE_COORDINATING, 1), "so-tttt");
    ck_assert_str_eq(cchc_task_unit_at(task, CCHC_ROLE_COORDINATING, 2), "cong-an-tinh");
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_appendix_stray_header_row_is_skipped_with_a_note)
{
    cchc_plan *plan = import_text(HEADER "1. Chỉ đạo\t1.1. Việc A\tKH\tVăn phòng\t\tQuý I/2023\n"
                                  HEADER "\t1.2. Việc B\tKH\tVăn phòng\t\tQuý I/2023\n");
    ck_assert_uint_eq(cchc_plan_task_count(plan), 2);
    ck_assert_uint_eq(count_code("appendix.repeated-header"), 1);
    ck_assert_uint_eq(cchc_diagnostic_line(find_code("appendix.repeated-header")), 3);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_appendix_row_without_task_is_reported_not_lost)
{
    cchc_plan *plan = import_text(HEADER "1. Chỉ đạo\t\tKế hoạch lạc dòng\tVăn phòng\t\tQuý I\n"
                                         "\t1.1. Việc A\tKH\tVăn phòng\t\tQuý I/2023\n");
    ck_assert_uint_eq(cchc_plan_task_count(plan), 1);
    const cchc_diagnostic *d = find_code("appendix.no-title");
    ck_assert_ptr_nonnull(d);
    ck_assert_uint_eq(cchc_diagnostic_line(d), 2);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_appendix_extra_and_missing_cells_are_reported)
{
    cchc_plan *plan = import_text(HEADER "1. Chỉ đạo\t1.1. Việc A\tKH\tVăn phòng\t\tQuý I/2023\t"
                                         "thừa\n"
                                         "\t1.2. Việc B\tKH\n");
    ck_assert_uint_eq(cchc_plan_task_count(plan), 2);
    const cchc_diagnostic *extra = find_code("appendix.extra-cell");
    ck_assert_ptr_nonnull(extra);
    ck_assert_uint_eq(cchc_diagnostic_line(extra), 2);
    ck_assert_ptr_nonnull(strstr(cchc_diagnostic_message(extra), "thừa"));
    const cchc_diagnostic *shortrow = find_code("appendix.short-row");
    ck_assert_ptr_nonnull(shortrow);
    ck_assert_uint_eq(cchc_diagnostic_line(shortrow), 3);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_appendix_row_without_area_is_an_error_diagnostic)
{
    cchc_plan *plan = import_text(HEADER "\tViệc không số\tKH\tVăn phòng\t\tQuý I/2023\n"
                                         "\t2.1. Việc có số\tKH\tVăn phòng\t\tQuý I/2023\n");
    ck_assert_uint_eq(cchc_plan_task_count(plan), 1);
    ck_assert_int_eq(cchc_task_area(cchc_plan_task_at(plan, 0)), 2);
    const cchc_diagnostic *d = find_code("appendix.no-area");
    ck_assert_int_eq(cchc_diagnostic_severity(d), CCHC_SEVERITY_ERROR);
    ck_assert_uint_eq(cchc_diagnostic_line(d), 2);
    cchc_plan_free(plan);
}
END_TEST

START_TEST(test_appendix_broken_utf8_is_an_encoding_error_with_place)
{
    cchc_plan *plan = NULL;
    const char text[] = HEADER "1. Chỉ đạo\t1.1. Vi\xe1\xbb\t\n";
    ck_assert_cchc_fails(cchc_appendix_import(&plan, text, sizeof text - 1, "hong.tsv", bundled,
                                              diags),
                         CCHC_EENCODING);
    ck_assert_ptr_null(plan);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "hong.tsv:2:"));
    ck_assert_uint_eq(cchc_diagnostic_line(find_code("appendix.encoding")), 2);
}
END_TEST

START_TEST(test_appendix_empty_or_headerless_input_is_a_parse_error)
{
    cchc_plan *plan = NULL;
    ck_assert_cchc_fails(cchc_appendix_import(&plan, "", 0, "rong.tsv", bundled, diags),
                         CCHC_EPARSE);
    ck_assert_ptr_null(plan);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "rong.tsv"));
    const char *noise = "một\thai\tba\nbốn\tnăm\tsáu\n";
    ck_assert_cchc_fails(cchc_appendix_import(&plan, noise, strlen(noise), NULL, NULL, diags),
                         CCHC_EPARSE);
    ck_assert_uint_eq(count_code("appendix.no-header"), 2);
}
END_TEST

START_TEST(test_appendix_50000_rows_lose_none)
{
    static const char *const quarters[] = {"I", "II", "III", "IV"};
    const size_t rows = 50000, capacity = 256 + rows * 160;
    char *big = malloc(capacity);
    ck_assert_ptr_nonnull(big);
    size_t len = (size_t)snprintf(big, capacity, HEADER "<b>5. Cải cách chế độ công vụ</b>\n");
    for (size_t i = 1; i <= rows; i++)
        len += (size_t)snprintf(big + len, capacity - len,
                                "\t5.%zu. Nhiệm vụ số %zu\tBáo cáo\tVăn phòng\tCác phòng, đơn vị "
                                "thuộc Sở\tQuý %s/2023\n",
                                i, i, quarters[i % 4]);
    ck_assert_uint_lt(len, capacity);
    cchc_plan *plan = NULL;
    ck_assert_cchc_ok(cchc_appendix_import(&plan, big, len, "lon.tsv", bundled, diags));
    ck_assert_uint_eq(cchc_plan_task_count(plan), rows);
    ck_assert_str_eq(cchc_task_id(cchc_plan_task_at(plan, rows - 1)), "5.50000");
    ck_assert_str_eq(cchc_task_when(cchc_plan_task_at(plan, rows - 1)), "Quý I/2023");
    ck_assert_uint_eq(cchc_diagnostics_count(diags), 0);
    cchc_plan_free(plan);
    free(big);
}
END_TEST

START_TEST(test_appendix_null_arguments_and_missing_file)
{
    cchc_plan *plan = (cchc_plan *)1;
    ck_assert_cchc_fails(cchc_appendix_import(NULL, "", 0, NULL, NULL, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_appendix_import(&plan, NULL, 3, NULL, NULL, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(plan);
    ck_assert_cchc_fails(cchc_appendix_import(&plan, "x", 1, "\xff", NULL, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_appendix_import_file(&plan, NULL, NULL, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_appendix_import_file(&plan, "/nonexistent/bang.tsv", NULL, diags),
                         CCHC_EIO);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "/nonexistent/bang.tsv"));
    ck_assert_uint_eq(count_code("file.read"), 1);
}
END_TEST

Suite *suite_appendix(void);

Suite *suite_appendix(void)
{
    Suite *s = suite_create("appendix");
    TCase *seed = tcase_create("seed");
    tcase_add_checked_fixture(seed, setup, teardown);
    tcase_add_test(seed, test_appendix_seed_tsv_matches_bundled_plan);
    tcase_add_test(seed, test_appendix_seed_validation_finds_the_duplicate_2_10);
    tcase_add_test(seed, test_appendix_shuffled_columns_match_bundled_plan);
    tcase_add_test(seed, test_appendix_csv_with_bom_matches_bundled_plan);
    tcase_add_test(seed, test_appendix_missing_column_is_reported_and_rows_kept);
    tcase_add_test(seed, test_appendix_without_registry_builds_units_from_names);
    suite_add_tcase(s, seed);

    TCase *mangled = tcase_create("mangled");
    tcase_add_checked_fixture(mangled, setup, teardown);
    tcase_set_timeout(mangled, 60);
    tcase_add_test(mangled, test_appendix_group_cell_is_carried_down);
    tcase_add_test(mangled, test_appendix_group_without_number_takes_area_from_words);
    tcase_add_test(mangled, test_appendix_unknown_unit_is_kept_and_located);
    tcase_add_test(mangled, test_appendix_bracket_note_with_ph_names_coordinating_units);
    tcase_add_test(mangled, test_appendix_stray_header_row_is_skipped_with_a_note);
    tcase_add_test(mangled, test_appendix_row_without_task_is_reported_not_lost);
    tcase_add_test(mangled, test_appendix_extra_and_missing_cells_are_reported);
    tcase_add_test(mangled, test_appendix_row_without_area_is_an_error_diagnostic);
    tcase_add_test(mangled, test_appendix_broken_utf8_is_an_encoding_error_with_place);
    tcase_add_test(mangled, test_appendix_empty_or_headerless_input_is_a_parse_error);
    tcase_add_test(mangled, test_appendix_50000_rows_lose_none);
    tcase_add_test(mangled, test_appendix_null_arguments_and_missing_file);
    suite_add_tcase(s, mangled);
    return s;
}
