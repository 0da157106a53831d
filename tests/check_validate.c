/*
 * Check suite for validate.h: the rule catalogue, each rule triggered once
 * and not triggered by a sound plan, and the validator's choices.
 */
#include "check_helpers.h"

static cchc_plan *plan;
static cchc_diagnostics *diags;
static cchc_validator *validator;

/* A sound plan: year 2023, one task per area, each with an id of its area,
 * title, product, lead, coordinating unit and a time in 2023. */
static void setup(void)
{
    plan = cchc_plan_new();
    diags = cchc_diagnostics_new();
    validator = cchc_validator_new();
    ck_assert_cchc_ok(cchc_validator_set_today(validator, "2023-06-30"));
    ck_assert_cchc_ok(cchc_plan_set_year(plan, 2023));
    ck_assert_cchc_ok(cchc_plan_set_issue_date(plan, "2022-12-20"));
    cchc_unit *unit = NULL;
    ck_assert_cchc_ok(cchc_unit_new(&unit, "van-phong", "Văn phòng Sở", CCHC_UNIT_OFFICE));
    ck_assert_cchc_ok(cchc_unit_set_short_name(unit, "Văn phòng"));
    ck_assert_cchc_ok(cchc_plan_add_unit(plan, unit));
    cchc_unit_free(unit);
    ck_assert_cchc_ok(cchc_unit_new(&unit, "thanh-tra", "Thanh tra Sở", CCHC_UNIT_INSPECTORATE));
    ck_assert_cchc_ok(cchc_plan_add_unit(plan, unit));
    cchc_unit_free(unit);
    for (int area = 1; area <= CCHC_AREA_COUNT; area++) {
        char id[8];
        snprintf(id, sizeof id, "%d.1", area);
        cchc_task *task = NULL;
        ck_assert_cchc_ok(cchc_task_new(&task, id, area, "Xây dựng kế hoạch"));
        ck_assert_cchc_ok(cchc_task_set_product(task, "Kế hoạch của Sở"));
        ck_assert_cchc_ok(cchc_task_set_when(task, "Quý I/2023"));
        ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_LEAD, "van-phong"));
        ck_assert_cchc_ok(cchc_task_add_unit(task, CCHC_ROLE_COORDINATING, "@internal"));
        ck_assert_cchc_ok(cchc_plan_add_task(plan, task));
        cchc_task_free(task);
    }
    cchc_calendar *cal = NULL;
    ck_assert_cchc_ok(cchc_calendar_builtin(&cal, CCHC_CALENDAR_HAI_DUONG, 2023));
    ck_assert_cchc_ok(cchc_plan_set_calendar(plan, cal));
    cchc_calendar_free(cal);
}

static void teardown(void)
{
    cchc_plan_free(plan);
    cchc_diagnostics_free(diags);
    cchc_validator_free(validator);
}

static cchc_task *task_of_area(int area)
{
    return cchc_plan_task_at(plan, (size_t)area - 1);
}

static size_t run_and_count(const char *code)
{
    cchc_diagnostics_clear(diags);
    ck_assert_cchc_ok(cchc_validator_run(validator, plan, diags));
    size_t n = 0;
    for (size_t i = 0; i < cchc_diagnostics_count(diags); i++)
        n += strcmp(cchc_diagnostic_code(cchc_diagnostics_at(diags, i)), code) == 0;
    return n;
}

static const cchc_diagnostic *first(const char *code)
{
    for (size_t i = 0; i < cchc_diagnostics_count(diags); i++)
        if (strcmp(cchc_diagnostic_code(cchc_diagnostics_at(diags, i)), code) == 0)
            return cchc_diagnostics_at(diags, i);
    return NULL;
}

START_TEST(test_validate_sound_plan_has_no_findings)
{
    ck_assert_cchc_ok(cchc_validator_run(validator, plan, diags));
    for (size_t i = 0; i < cchc_diagnostics_count(diags); i++) {
        char *line = NULL;
        cchc_diagnostic_format(&line, cchc_diagnostics_at(diags, i));
        ck_abort_msg("unexpected finding: %s", line);
    }
}
END_TEST

START_TEST(test_validate_no_year)
{
    ck_assert_uint_eq(run_and_count("plan.no-year"), 0);
    ck_assert_cchc_ok(cchc_plan_set_year(plan, 0));
    ck_assert_uint_eq(run_and_count("plan.no-year"), 1);
    ck_assert_int_eq(cchc_diagnostic_severity(first("plan.no-year")), CCHC_SEVERITY_ERROR);
}
END_TEST

START_TEST(test_validate_area_without_tasks)
{
    ck_assert_uint_eq(run_and_count("plan.area-without-tasks"), 0);
    ck_assert_cchc_ok(cchc_plan_remove_task(plan, "6.1"));
    ck_assert_uint_eq(run_and_count("plan.area-without-tasks"), 1);
    ck_assert_ptr_nonnull(strstr(cchc_diagnostic_message_vi(first("plan.area-without-tasks")),
                                 "Cải cách tài chính công"));
}
END_TEST

START_TEST(test_validate_duplicate_id)
{
    ck_assert_uint_eq(run_and_count("task.duplicate-id"), 0);
    cchc_task *copy = NULL;
    ck_assert_cchc_ok(cchc_task_copy(&copy, task_of_area(2)));
    ck_assert_cchc_ok(cchc_plan_add_task(plan, copy));
    cchc_task_free(copy);
    ck_assert_uint_eq(run_and_count("task.duplicate-id"), 1);
    const cchc_diagnostic *d = first("task.duplicate-id");
    ck_assert_str_eq(cchc_diagnostic_task_key(d), "2.1#2");
    ck_assert_str_eq(cchc_diagnostic_task_id(d), "2.1");
    ck_assert_str_eq(cchc_diagnostic_field(d), "id");
}
END_TEST

START_TEST(test_validate_id_area_mismatch)
{
    ck_assert_uint_eq(run_and_count("task.id-area-mismatch"), 0);
    ck_assert_cchc_ok(cchc_task_set_id(task_of_area(3), "4.7"));
    ck_assert_uint_eq(run_and_count("task.id-area-mismatch"), 1);
    ck_assert_str_eq(cchc_diagnostic_task_key(first("task.id-area-mismatch")), "3.1");
}
END_TEST

START_TEST(test_validate_empty_title_and_product)
{
    ck_assert_uint_eq(run_and_count("task.empty-title"), 0);
    ck_assert_uint_eq(run_and_count("task.empty-product"), 0);
    ck_assert_cchc_ok(cchc_task_set_title(task_of_area(1), ""));
    ck_assert_cchc_ok(cchc_task_set_product(task_of_area(2), ""));
    ck_assert_uint_eq(run_and_count("task.empty-title"), 1);
    ck_assert_uint_eq(run_and_count("task.empty-product"), 1);
    ck_assert_str_eq(cchc_diagnostic_task_key(first("task.empty-product")), "2.1");
}
END_TEST

START_TEST(test_validate_no_lead)
{
    ck_assert_uint_eq(run_and_count("task.no-lead"), 0);
    ck_assert_cchc_ok(cchc_task_remove_unit(task_of_area(5), CCHC_ROLE_LEAD, 0));
    ck_assert_uint_eq(run_and_count("task.no-lead"), 1);
    ck_assert_int_eq(cchc_diagnostic_severity(first("task.no-lead")), CCHC_SEVERITY_ERROR);
}
END_TEST

START_TEST(test_validate_unknown_unit_in_mentions)
{
    /* a qualified group and a P/h note naming known units are fine */
    ck_assert_cchc_ok(cchc_task_add_mention(task_of_area(7), CCHC_ROLE_COORDINATING,
                                            "Các phòng chuyên môn áp dụng HT"));
    ck_assert_cchc_ok(cchc_task_add_mention(task_of_area(7), CCHC_ROLE_LEAD,
                                            "P/h Thanh tra Sở; Văn phòng"));
    ck_assert_uint_eq(run_and_count("task.unknown-unit"), 0);
    ck_assert_cchc_ok(cchc_task_add_mention(task_of_area(7), CCHC_ROLE_COORDINATING,
                                            "Sở Không Có Thật"));
    ck_assert_uint_eq(run_and_count("task.unknown-unit"), 1);
    ck_assert_str_eq(cchc_diagnostic_field(first("task.unknown-unit")),
                     "coordinating_mentions");
}
END_TEST

START_TEST(test_validate_lead_also_coordinating)
{
    ck_assert_uint_eq(run_and_count("task.lead-also-coordinating"), 0);
    ck_assert_cchc_ok(cchc_task_add_unit(task_of_area(4), CCHC_ROLE_COORDINATING, "van-phong"));
    ck_assert_uint_eq(run_and_count("task.lead-also-coordinating"), 1);
    ck_assert_ptr_nonnull(strstr(cchc_diagnostic_message(first("task.lead-also-coordinating")),
                                 "Văn phòng"));
}
END_TEST

START_TEST(test_validate_unparsed_time)
{
    ck_assert_uint_eq(run_and_count("task.unparsed-time"), 0);
    ck_assert_cchc_ok(cchc_task_set_when(task_of_area(1), "Quý V/2023"));
    ck_assert_uint_eq(run_and_count("task.unparsed-time"), 1);
    ck_assert_str_eq(cchc_diagnostic_field(first("task.unparsed-time")), "when");
}
END_TEST

START_TEST(test_validate_time_outside_year)
{
    /* December of the year before is allowed for preparation tasks */
    ck_assert_cchc_ok(cchc_task_set_when(task_of_area(1), "T12/2022"));
    ck_assert_uint_eq(run_and_count("task.time-outside-year"), 0);
    ck_assert_cchc_ok(cchc_task_set_when(task_of_area(2), "Quý III/2022"));
    ck_assert_cchc_ok(cchc_task_set_when(task_of_area(3), "Tháng 1/2024"));
    ck_assert_uint_eq(run_and_count("task.time-outside-year"), 2);
}
END_TEST

START_TEST(test_validate_completion_dates)
{
    cchc_task *task = task_of_area(1);
    ck_assert_cchc_ok(cchc_task_set_status(task, CCHC_STATUS_DONE));
    ck_assert_cchc_ok(cchc_task_set_progress(task, 100));
    ck_assert_cchc_ok(cchc_task_set_completed(task, "2023-03-20"));
    ck_assert_uint_eq(run_and_count("task.completed-in-future"), 0);
    ck_assert_uint_eq(run_and_count("task.completed-before-issue"), 0);
    ck_assert_uint_eq(run_and_count("task.done-without-date"), 0);
    ck_assert_cchc_ok(cchc_task_set_completed(task, "2023-07-01"));
    ck_assert_uint_eq(run_and_count("task.completed-in-future"), 1);
    ck_assert_cchc_ok(cchc_task_set_completed(task, "2022-12-01"));
    ck_assert_uint_eq(run_and_count("task.completed-before-issue"), 1);
    ck_assert_cchc_ok(cchc_task_set_completed(task, ""));
    ck_assert_uint_eq(run_and_count("task.done-without-date"), 1);
    ck_assert_int_eq(cchc_diagnostic_severity(first("task.done-without-date")),
                     CCHC_SEVERITY_INFO);
}
END_TEST

START_TEST(test_validate_progress_and_status_agree)
{
    cchc_task *task = task_of_area(2);
    ck_assert_cchc_ok(cchc_task_set_progress(task, 100));
    ck_assert_uint_eq(run_and_count("task.progress-not-done"), 1);
    ck_assert_cchc_ok(cchc_task_set_status(task, CCHC_STATUS_DONE));
    ck_assert_cchc_ok(cchc_task_set_completed(task, "2023-03-01"));
    ck_assert_uint_eq(run_and_count("task.progress-not-done"), 0);
    ck_assert_uint_eq(run_and_count("task.done-progress-incomplete"), 0);
    ck_assert_cchc_ok(cchc_task_set_progress(task, 80));
    ck_assert_uint_eq(run_and_count("task.done-progress-incomplete"), 1);
}
END_TEST

START_TEST(test_validate_calendar_rules)
{
    cchc_calendar *cal = cchc_plan_calendar(plan);
    ck_assert_uint_eq(run_and_count("calendar.deadline-before-cutoff"), 0);
    ck_assert_uint_eq(run_and_count("calendar.windows-overlap"), 0); /* nested windows are fine */
    ck_assert_cchc_ok(cchc_calendar_add(cal, "x1", "Kỳ lệch", "2023-02-01", "2023-04-30",
                                        "2023-04-20", "2023-04-15"));
    ck_assert_uint_eq(run_and_count("calendar.deadline-before-cutoff"), 2);
    ck_assert_uint_eq(run_and_count("calendar.compile-before-send"), 1);
    /* x1 (1/2 – 30/4) starts inside q1 and ends after it; h1 and year hold it */
    ck_assert_uint_eq(run_and_count("calendar.windows-overlap"), 1);
    ck_assert_str_eq(cchc_diagnostic_field(first("calendar.compile-before-send")), "x1");
}
END_TEST

START_TEST(test_validator_switches_rules_and_severities)
{
    ck_assert_cchc_ok(cchc_task_set_product(task_of_area(1), ""));
    ck_assert_uint_eq(run_and_count("task.empty-product"), 1);
    ck_assert_cchc_ok(cchc_validator_set_severity(validator, "task.empty-product",
                                                  CCHC_SEVERITY_ERROR));
    ck_assert_uint_eq(run_and_count("task.empty-product"), 1);
    ck_assert_int_eq(cchc_diagnostic_severity(first("task.empty-product")), CCHC_SEVERITY_ERROR);
    ck_assert_cchc_ok(cchc_validator_set_enabled(validator, "task.empty-product", 0));
    ck_assert_uint_eq(run_and_count("task.empty-product"), 0);
    ck_assert_cchc_fails(cchc_validator_set_enabled(validator, "no.such-rule", 0),
                         CCHC_ENOTFOUND);
    ck_assert_cchc_fails(cchc_validator_set_severity(validator, "task.no-lead", 9), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_validator_set_severity(validator, "nope", 1), CCHC_ENOTFOUND);
    ck_assert_cchc_fails(cchc_validator_set_today(validator, "2023-02-30"), CCHC_EINVAL);
    ck_assert_cchc_ok(cchc_validator_set_today(validator, NULL));
    ck_assert_cchc_fails(cchc_validator_run(NULL, plan, diags), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_validator_run(validator, NULL, diags), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_validator_run(validator, plan, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_validate(NULL, diags), CCHC_EINVAL);
    cchc_validator_free(NULL);
}
END_TEST

START_TEST(test_validation_catalogue_lists_every_rule)
{
    size_t n = cchc_validation_rule_count();
    ck_assert_uint_ge(n, 19);
    for (size_t i = 0; i < n; i++) {
        const char *code = cchc_validation_rule_code(i);
        ck_assert_ptr_nonnull(code);
        ck_assert_int_ne(cchc_validation_rule_severity(code), 0);
        ck_assert_str_ne(cchc_validation_rule_summary(code), "");
        ck_assert_cchc_ok(cchc_validator_set_enabled(validator, code, 1));
    }
    ck_assert_ptr_null(cchc_validation_rule_code(n));
    ck_assert_int_eq(cchc_validation_rule_severity("nope"), 0);
    ck_assert_str_eq(cchc_validation_rule_summary(NULL), "");
}
END_TEST

START_TEST(test_validate_bundled_plan_finds_the_real_slips)
{
    cchc_plan *seed = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&seed, bundled_data_path(BUNDLED_PLAN), NULL));
    ck_assert_cchc_ok(cchc_validator_run(validator, seed, diags));
    ck_assert_uint_eq(cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_ERROR), 0);
    const cchc_diagnostic *dup = first("task.duplicate-id");
    ck_assert_ptr_nonnull(dup);
    ck_assert_str_eq(cchc_diagnostic_task_key(dup), "2.10#2");
    cchc_plan_free(seed);
}
END_TEST

Suite *suite_validate(void);

Suite *suite_validate(void)
{
    Suite *s = suite_create("validate");
    TCase *tc = tcase_create("rules");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_validate_sound_plan_has_no_findings);
    tcase_add_test(tc, test_validate_no_year);
    tcase_add_test(tc, test_validate_area_without_tasks);
    tcase_add_test(tc, test_validate_duplicate_id);
    tcase_add_test(tc, test_validate_id_area_mismatch);
    tcase_add_test(tc, test_validate_empty_title_and_product);
    tcase_add_test(tc, test_validate_no_lead);
    tcase_add_test(tc, test_validate_unknown_unit_in_mentions);
    tcase_add_test(tc, test_validate_lead_also_coordinating);
    tcase_add_test(tc, test_validate_unparsed_time);
    tcase_add_test(tc, test_validate_time_outside_year);
    tcase_add_test(tc, test_validate_completion_dates);
    tcase_add_test(tc, test_validate_progress_and_status_agree);
    tcase_add_test(tc, test_validate_calendar_rules);
    tcase_add_test(tc, test_validator_switches_rules_and_severities);
    tcase_add_test(tc, test_validation_catalogue_lists_every_rule);
    tcase_add_test(tc, test_validate_bundled_plan_finds_the_real_slips);
    suite_add_tcase(s, tc);
    return s;
}
