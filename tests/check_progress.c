/*
 * Check suite for progress.h: the state of each task on a day, the due rule
 * and the completion rate, the aggregates by area, lead unit and state, and
 * the periodic report's figures — on small hand-built plans and on the
 * bundled 2023 plan.
 *
 * SPDX-License-Identifier: MIT
 */
#include "check_helpers.h"

#define N_ELEMENTS(a) (sizeof(a) / sizeof((a)[0]))

static cchc_plan *plan;

static void add_unit(const char *id, const char *name, int kind)
{
    cchc_unit *u = NULL;
    ck_assert_cchc_ok(cchc_unit_new(&u, id, name, kind));
    ck_assert_cchc_ok(cchc_plan_add_unit(plan, u));
    cchc_unit_free(u);
}

/* A 2023 plan with four units and no tasks. */
static void plan_setup(void)
{
    plan = cchc_plan_new();
    ck_assert_cchc_ok(cchc_plan_set_year(plan, 2023));
    add_unit("van-phong", "Văn phòng Sở", CCHC_UNIT_OFFICE);
    add_unit("thanh-tra", "Thanh tra Sở", CCHC_UNIT_INSPECTORATE);
    add_unit("phong-khtc", "Phòng Kế hoạch – Tài chính", CCHC_UNIT_DIVISION);
    add_unit("so-noi-vu", "Sở Nội vụ", CCHC_UNIT_EXTERNAL);
}

static void plan_teardown(void)
{
    cchc_plan_free(plan);
    plan = NULL;
}

/* Adds a task; @leads is a space-separated list of references or NULL;
 * @completed may be NULL. Returns its key (borrowed from the plan). */
static const char *add_task_full(const char *id, int area, const char *when, const char *leads,
                                 int status, double progress, const char *completed)
{
    cchc_task *t = NULL;
    ck_assert_cchc_ok(cchc_task_new(&t, id, area, "Nhiệm vụ"));
    ck_assert_cchc_ok(cchc_task_set_when(t, when));
    if (leads) {
        char buf[256];
        snprintf(buf, sizeof buf, "%s", leads);
        for (char *save = NULL, *ref = strtok_r(buf, " ", &save); ref;
             ref = strtok_r(NULL, " ", &save))
            ck_assert_cchc_ok(cchc_task_add_unit(t, CCHC_ROLE_LEAD, ref));
    }
    ck_assert_cchc_ok(cchc_task_set_status(t, status));
    ck_assert_cchc_ok(cchc_task_set_progress(t, progress));
    ck_assert_cchc_ok(cchc_task_set_completed(t, completed));
    ck_assert_cchc_ok(cchc_plan_add_task(plan, t));
    cchc_task_free(t);
    return cchc_task_key(cchc_plan_task_at(plan, cchc_plan_task_count(plan) - 1));
}

static void add_task(const char *id, const char *when)
{
    add_task_full(id, 1, when, "van-phong", CCHC_STATUS_NOT_STARTED, 0, NULL);
}

static cchc_task *task(const char *key)
{
    cchc_task *t = cchc_plan_find_task(plan, key);
    ck_assert_msg(t != NULL, "no task %s", key);
    return t;
}

/* The snapshot's index of @key. */
static size_t index_of(const cchc_progress *p, const char *key)
{
    for (size_t i = 0; i < cchc_progress_task_count(p); i++)
        if (strcmp(cchc_progress_task_key(p, i), key) == 0)
            return i;
    ck_abort_msg("no task %s in the snapshot", key);
    return 0;
}

/* Asserts the state, deciding deadline and due flag of task @key on @as_of. */
static void check_state_soon(const char *key, const char *as_of, int due_soon, int state,
                             const char *deadline, int due)
{
    cchc_progress *p = NULL;
    ck_assert_cchc_ok(cchc_progress_compute(&p, plan, as_of, due_soon));
    size_t i = index_of(p, key);
    ck_assert_msg(cchc_progress_task_state(p, i) == state,
                  "task %s (\"%s\") on %s: state %s, expected %s", key,
                  cchc_task_when(task(key)), as_of,
                  cchc_task_state_name(cchc_progress_task_state(p, i)),
                  cchc_task_state_name(state));
    ck_assert_msg(strcmp(cchc_progress_task_deadline(p, i), deadline) == 0,
                  "task %s on %s: deadline \"%s\", expected \"%s\"", key, as_of,
                  cchc_progress_task_deadline(p, i), deadline);
    ck_assert_msg(cchc_progress_task_is_due(p, i) == due, "task %s on %s: due %d, expected %d",
                  key, as_of, cchc_progress_task_is_due(p, i), due);
    cchc_progress_free(p);
}

static void check_state(const char *key, const char *as_of, int state, const char *deadline,
                        int due)
{
    check_state_soon(key, as_of, 0, state, deadline, due);
}

static void set_done(const char *key, const char *completed)
{
    ck_assert_cchc_ok(cchc_task_set_status(task(key), CCHC_STATUS_DONE));
    ck_assert_cchc_ok(cchc_task_set_progress(task(key), 100));
    ck_assert_cchc_ok(cchc_task_set_completed(task(key), completed));
}

/* ---- each state ----------------------------------------------------------- */

START_TEST(test_progress_interval_not_due_before_its_deadline)
{
    add_task("1.1", "Quý II/2023");
    check_state("1.1", "2023-04-01", CCHC_STATE_NOT_DUE, "2023-06-30", 0);
}
END_TEST

START_TEST(test_progress_interval_overdue_the_day_after_its_deadline)
{
    add_task("1.1", "Quý I/2023");
    check_state("1.1", "2023-03-30", CCHC_STATE_NOT_DUE, "2023-03-31", 0);
    check_state("1.1", "2023-03-31", CCHC_STATE_NOT_DUE, "2023-03-31", 0); /* still on time */
    check_state("1.1", "2023-04-01", CCHC_STATE_OVERDUE, "2023-03-31", 1);
    check_state("1.1", "2024-06-01", CCHC_STATE_OVERDUE, "2023-03-31", 1);
}
END_TEST

START_TEST(test_progress_in_progress_is_overdue_too)
{
    add_task_full("1.1", 1, "Quý I/2023", "van-phong", CCHC_STATUS_IN_PROGRESS, 90, NULL);
    check_state("1.1", "2023-04-01", CCHC_STATE_OVERDUE, "2023-03-31", 1);
}
END_TEST

START_TEST(test_progress_date_milestones)
{
    add_task("1.1", "trước ngày 20/11/2023");  /* the day before */
    add_task("1.2", "T12/2022");               /* a preparation task */
    check_state("1.1", "2023-11-19", CCHC_STATE_NOT_DUE, "2023-11-19", 0);
    check_state("1.1", "2023-11-20", CCHC_STATE_OVERDUE, "2023-11-19", 1);
    check_state("1.2", "2022-12-31", CCHC_STATE_NOT_DUE, "2022-12-31", 0);
    check_state("1.2", "2023-01-01", CCHC_STATE_OVERDUE, "2022-12-31", 1);
}
END_TEST

START_TEST(test_progress_due_soon_window_is_inclusive)
{
    add_task("1.1", "Quý I/2023");
    check_state_soon("1.1", "2023-03-25", 6, CCHC_STATE_DUE_SOON, "2023-03-31", 0);
    check_state_soon("1.1", "2023-03-25", 5, CCHC_STATE_NOT_DUE, "2023-03-31", 0);
    check_state_soon("1.1", "2023-03-31", 1, CCHC_STATE_DUE_SOON, "2023-03-31", 0);
    check_state_soon("1.1", "2023-03-25", 0, CCHC_STATE_NOT_DUE, "2023-03-31", 0); /* off */
    check_state_soon("1.1", "2023-04-01", 30, CCHC_STATE_OVERDUE, "2023-03-31", 1);
    check_state_soon("1.1", "2022-04-01", 366, CCHC_STATE_DUE_SOON, "2023-03-31", 0);
}
END_TEST

START_TEST(test_progress_done_on_time_late_and_undated)
{
    add_task("1.1", "Quý I/2023");
    add_task("1.2", "Quý I/2023");
    add_task("1.3", "Quý I/2023");
    set_done("1.1", "2023-03-31");
    set_done("1.2", "2023-04-01");
    set_done("1.3", NULL);
    check_state("1.1", "2023-05-01", CCHC_STATE_DONE_ON_TIME, "2023-03-31", 1);
    check_state("1.2", "2023-05-01", CCHC_STATE_DONE_LATE, "2023-03-31", 1);
    check_state("1.3", "2023-05-01", CCHC_STATE_DONE_UNDATED, "2023-03-31", 1);
    /* Before its deadline an undated done task is done all the same. */
    check_state("1.3", "2023-02-01", CCHC_STATE_DONE_UNDATED, "2023-03-31", 1);
}
END_TEST

START_TEST(test_progress_completion_after_as_of_is_not_yet_done)
{
    add_task("1.1", "Quý I/2023");
    add_task("1.2", "Quý II/2023");
    set_done("1.1", "2023-04-20");
    set_done("1.2", "2023-04-20");
    check_state("1.1", "2023-04-01", CCHC_STATE_OVERDUE, "2023-03-31", 1);
    check_state("1.2", "2023-04-01", CCHC_STATE_NOT_DUE, "2023-06-30", 0);
    check_state("1.1", "2023-04-20", CCHC_STATE_DONE_LATE, "2023-03-31", 1); /* that day */
    check_state("1.2", "2023-04-20", CCHC_STATE_DONE_ON_TIME, "2023-06-30", 1);
}
END_TEST

START_TEST(test_progress_early_completion_is_due_and_done)
{
    add_task("1.1", "Quý IV/2023");
    set_done("1.1", "2023-03-01");
    check_state("1.1", "2023-04-01", CCHC_STATE_DONE_ON_TIME, "2023-12-31", 1);
}
END_TEST

START_TEST(test_progress_continuous_before_during_and_after_the_year)
{
    add_task("1.1", "Thường xuyên");
    add_task("1.2", "Cả năm");
    check_state("1.1", "2022-12-15", CCHC_STATE_NOT_DUE, "2023-12-31", 0);
    check_state("1.1", "2023-01-01", CCHC_STATE_ONGOING, "2023-12-31", 0);
    check_state("1.2", "2023-04-01", CCHC_STATE_ONGOING, "2023-12-31", 0);
    check_state("1.1", "2023-12-31", CCHC_STATE_ONGOING, "2023-12-31", 0);
    check_state("1.1", "2024-01-01", CCHC_STATE_OVERDUE, "2023-12-31", 1);
    /* The end of the year is a deadline like any other for "due soon". */
    check_state_soon("1.1", "2023-12-25", 10, CCHC_STATE_DUE_SOON, "2023-12-31", 0);
    check_state_soon("1.1", "2023-12-15", 10, CCHC_STATE_ONGOING, "2023-12-31", 0);
    set_done("1.2", "2023-06-30");
    check_state("1.2", "2023-07-01", CCHC_STATE_DONE_ON_TIME, "2023-12-31", 1);
    check_state("1.2", "2024-01-05", CCHC_STATE_DONE_ON_TIME, "2023-12-31", 1);
}
END_TEST

START_TEST(test_progress_event_waits_and_unknown_is_unscheduled)
{
    add_task("1.1", "Khi có hướng dẫn của Sở Nội vụ");
    add_task("1.2", "lúc nào tiện thì làm");
    add_task("1.3", "");
    check_state("1.1", "2023-04-01", CCHC_STATE_WAITING, "", 0);
    check_state("1.1", "2024-04-01", CCHC_STATE_WAITING, "", 0);
    check_state("1.2", "2023-04-01", CCHC_STATE_UNSCHEDULED, "", 0);
    check_state("1.3", "2023-04-01", CCHC_STATE_UNSCHEDULED, "", 0);
    /* Done without dated milestones: on time, but outside the due count. */
    set_done("1.1", "2023-03-01");
    set_done("1.2", NULL);
    check_state("1.1", "2023-04-01", CCHC_STATE_DONE_ON_TIME, "", 0);
    check_state("1.2", "2023-04-01", CCHC_STATE_DONE_UNDATED, "", 0);
}
END_TEST

START_TEST(test_progress_cancelled_is_never_due)
{
    add_task("1.1", "Quý I/2023");
    add_task("1.2", "Quý III/2023");
    ck_assert_cchc_ok(cchc_task_set_status(task("1.1"), CCHC_STATUS_CANCELLED));
    ck_assert_cchc_ok(cchc_task_set_status(task("1.2"), CCHC_STATUS_CANCELLED));
    check_state("1.1", "2023-04-01", CCHC_STATE_CANCELLED, "2023-03-31", 0);
    check_state("1.2", "2023-04-01", CCHC_STATE_CANCELLED, "2023-09-30", 0);
}
END_TEST

/* ---- lists and recurrences: progress against the share of occurrences ---- */

START_TEST(test_progress_list_is_judged_by_the_share_done)
{
    const char *when = "Tháng 3,6,9,12/2023";
    add_task_full("1.1", 1, when, "van-phong", CCHC_STATUS_IN_PROGRESS, 0, NULL);
    check_state("1.1", "2023-03-31", CCHC_STATE_NOT_DUE, "2023-03-31", 0);
    check_state("1.1", "2023-04-01", CCHC_STATE_OVERDUE, "2023-03-31", 1);
    ck_assert_cchc_ok(cchc_task_set_progress(task("1.1"), 25));
    check_state("1.1", "2023-04-01", CCHC_STATE_NOT_DUE, "2023-06-30", 0);
    check_state_soon("1.1", "2023-06-25", 10, CCHC_STATE_DUE_SOON, "2023-06-30", 0);
    check_state("1.1", "2023-07-01", CCHC_STATE_OVERDUE, "2023-06-30", 1);
    ck_assert_cchc_ok(cchc_task_set_progress(task("1.1"), 50));
    check_state("1.1", "2023-07-01", CCHC_STATE_NOT_DUE, "2023-09-30", 0);
    /* Two reports done, the third not yet due: not "due soon" for June. */
    check_state_soon("1.1", "2023-06-25", 10, CCHC_STATE_NOT_DUE, "2023-09-30", 0);
    check_state("1.1", "2023-10-01", CCHC_STATE_OVERDUE, "2023-09-30", 1);
    ck_assert_cchc_ok(cchc_task_set_progress(task("1.1"), 75));
    check_state("1.1", "2023-12-31", CCHC_STATE_NOT_DUE, "2023-12-31", 0);
    check_state("1.1", "2024-01-01", CCHC_STATE_OVERDUE, "2023-12-31", 1);
    /* Every occurrence past and the task still open: overdue even at 100 %. */
    ck_assert_cchc_ok(cchc_task_set_progress(task("1.1"), 100));
    check_state("1.1", "2023-12-01", CCHC_STATE_NOT_DUE, "2023-12-31", 0);
    check_state("1.1", "2024-01-01", CCHC_STATE_OVERDUE, "2023-12-31", 1);
    set_done("1.1", "2023-12-20");
    check_state("1.1", "2024-01-01", CCHC_STATE_DONE_ON_TIME, "2023-12-31", 1);
}
END_TEST

START_TEST(test_progress_list_share_has_a_rounding_tolerance)
{
    add_task_full("1.1", 1, "Tháng 4,8,12/2023", "van-phong", CCHC_STATUS_IN_PROGRESS, 33.33,
                  NULL);
    check_state("1.1", "2023-05-01", CCHC_STATE_NOT_DUE, "2023-08-31", 0);
    ck_assert_cchc_ok(cchc_task_set_progress(task("1.1"), 33.3));
    check_state("1.1", "2023-05-01", CCHC_STATE_OVERDUE, "2023-04-30", 1);
}
END_TEST

START_TEST(test_progress_recurring_monthly)
{
    /* Before the 15th of every month: deadlines on the 14th. */
    add_task_full("1.1", 1, "trước ngày 15 hàng tháng", "van-phong", CCHC_STATUS_IN_PROGRESS, 25,
                  NULL);
    cchc_schedule *s = NULL;
    ck_assert_cchc_ok(cchc_task_schedule(&s, task("1.1"), 0));
    const cchc_milestone *m = cchc_schedule_milestone_at(s, 0);
    ck_assert_int_eq(cchc_milestone_kind(m), CCHC_MILESTONE_RECURRING);
    ck_assert_uint_eq(cchc_milestone_occurrence_count(m), 12);
    ck_assert_str_eq(cchc_milestone_occurrence_deadline(m, 2), "2023-03-14");
    cchc_schedule_free(s);
    /* On 1 April three of twelve have passed: 25 % is enough. */
    check_state("1.1", "2023-04-01", CCHC_STATE_NOT_DUE, "2023-04-14", 0);
    check_state("1.1", "2023-04-15", CCHC_STATE_OVERDUE, "2023-04-14", 1);
    ck_assert_cchc_ok(cchc_task_set_progress(task("1.1"), 20)); /* 2.4 of 12 */
    check_state("1.1", "2023-04-01", CCHC_STATE_OVERDUE, "2023-03-14", 1);
}
END_TEST

/* ---- several milestones ---------------------------------------------------- */

START_TEST(test_progress_plan_in_q1_then_all_year)
{
    const char *when = "Ban hành KH trong quý I/2023; triển khai cả năm";
    add_task_full("1.1", 1, when, "van-phong", CCHC_STATUS_IN_PROGRESS, 10, NULL);
    /* The plan is due first; the work goes on all year. */
    check_state("1.1", "2023-02-01", CCHC_STATE_ONGOING, "2023-03-31", 0);
    check_state_soon("1.1", "2023-03-25", 7, CCHC_STATE_DUE_SOON, "2023-03-31", 0);
    check_state("1.1", "2023-04-01", CCHC_STATE_OVERDUE, "2023-03-31", 1);
    set_done("1.1", "2023-12-15");
    /* Done is judged against the final deadline. */
    check_state("1.1", "2023-12-31", CCHC_STATE_DONE_ON_TIME, "2023-12-31", 1);
}
END_TEST

START_TEST(test_progress_december_then_year)
{
    const char *when = "Ban hành KH trong tháng 12/2022; Triển khai các nhiệm vụ theo kế "
                       "hoạch trong năm 2023";
    add_task(("2.10"), when);
    check_state("2.10", "2022-12-20", CCHC_STATE_NOT_DUE, "2022-12-31", 0);
    check_state("2.10", "2023-01-01", CCHC_STATE_OVERDUE, "2022-12-31", 1);
}
END_TEST

/* ---- aggregates ------------------------------------------------------------ */

/* Eight tasks in two areas with single and joint leads, on 2023-04-01:
 *   1.1 Quý I      van-phong            not started  → overdue
 *   1.2 Quý I      van-phong thanh-tra  done 03-20   → done on time
 *   1.3 Quý II     thanh-tra            not started  → not due
 *   1.4 T12/2022   phong-khtc           done 01-10   → done late
 *   2.1 Thường xuyên van-phong          in progress  → ongoing
 *   2.2 event      @divisions           not started  → waiting
 *   2.3 Quý I      thanh-tra            cancelled    → cancelled
 *   2.4 Quý I      (no lead)            done, undated → done undated */
static void aggregate_setup(void)
{
    plan_setup();
    add_task_full("1.1", 1, "Quý I/2023", "van-phong", CCHC_STATUS_NOT_STARTED, 0, NULL);
    add_task_full("1.2", 1, "Quý I/2023", "van-phong thanh-tra", CCHC_STATUS_DONE, 100,
                  "2023-03-20");
    add_task_full("1.3", 1, "Quý II/2023", "thanh-tra", CCHC_STATUS_NOT_STARTED, 0, NULL);
    add_task_full("1.4", 1, "T12/2022", "phong-khtc", CCHC_STATUS_DONE, 100, "2023-01-10");
    add_task_full("2.1", 2, "Thường xuyên", "van-phong", CCHC_STATUS_IN_PROGRESS, 30, NULL);
    add_task_full("2.2", 2, "Khi có hướng dẫn của Sở Nội vụ", "@divisions",
                  CCHC_STATUS_NOT_STARTED, 0, NULL);
    add_task_full("2.3", 2, "Quý I/2023", "thanh-tra", CCHC_STATUS_CANCELLED, 0, NULL);
    add_task_full("2.4", 2, "Quý I/2023", NULL, CCHC_STATUS_DONE, 100, NULL);
}

START_TEST(test_progress_counts_by_area_lead_and_state)
{
    cchc_progress *p = NULL;
    ck_assert_cchc_ok(cchc_progress_compute(&p, plan, "2023-04-01", 0));
    ck_assert_str_eq(cchc_progress_as_of(p), "2023-04-01");
    ck_assert_uint_eq(cchc_progress_task_count(p), 8);
    ck_assert_uint_eq(cchc_progress_count(p, 0, NULL, 0), 8);
    const int expected[] = {CCHC_STATE_OVERDUE,      CCHC_STATE_DONE_ON_TIME,
                            CCHC_STATE_NOT_DUE,      CCHC_STATE_DONE_LATE,
                            CCHC_STATE_ONGOING,      CCHC_STATE_WAITING,
                            CCHC_STATE_CANCELLED,    CCHC_STATE_DONE_UNDATED};
    for (size_t i = 0; i < 8; i++)
        ck_assert_int_eq(cchc_progress_task_state(p, i), expected[i]);
    for (int s = 1; s <= CCHC_STATE_COUNT; s++) {
        size_t n = 0;
        for (size_t i = 0; i < 8; i++)
            n += expected[i] == s;
        ck_assert_uint_eq(cchc_progress_count(p, 0, NULL, s), n);
    }
    ck_assert_uint_eq(cchc_progress_count(p, 1, NULL, 0), 4);
    ck_assert_uint_eq(cchc_progress_count(p, 2, NULL, 0), 4);
    ck_assert_uint_eq(cchc_progress_count(p, 3, NULL, 0), 0);
    ck_assert_uint_eq(cchc_progress_count(p, 9, NULL, 0), 0);
    ck_assert_uint_eq(cchc_progress_count(p, 1, NULL, CCHC_STATE_OVERDUE), 1);
    ck_assert_uint_eq(cchc_progress_count(p, 2, NULL, CCHC_STATE_OVERDUE), 0);
    ck_assert_uint_eq(cchc_progress_count(p, 0, NULL, 42), 0);
    /* A task led jointly counts for each lead. */
    ck_assert_uint_eq(cchc_progress_count(p, 0, "van-phong", 0), 3);
    ck_assert_uint_eq(cchc_progress_count(p, 0, "thanh-tra", 0), 3);
    ck_assert_uint_eq(cchc_progress_count(p, 0, "phong-khtc", 0), 1);
    ck_assert_uint_eq(cchc_progress_count(p, 0, "@divisions", 0), 1);
    ck_assert_uint_eq(cchc_progress_count(p, 0, "so-noi-vu", 0), 0);
    ck_assert_uint_eq(cchc_progress_count(p, 1, "thanh-tra", CCHC_STATE_DONE_ON_TIME), 1);
    ck_assert_uint_eq(cchc_progress_count(p, 2, "thanh-tra", CCHC_STATE_CANCELLED), 1);
    /* Leads in order of first appearance, each once. */
    ck_assert_uint_eq(cchc_progress_lead_count(p), 4);
    ck_assert_str_eq(cchc_progress_lead_at(p, 0), "van-phong");
    ck_assert_str_eq(cchc_progress_lead_at(p, 1), "thanh-tra");
    ck_assert_str_eq(cchc_progress_lead_at(p, 2), "phong-khtc");
    ck_assert_str_eq(cchc_progress_lead_at(p, 3), "@divisions");
    ck_assert_ptr_null(cchc_progress_lead_at(p, 4));
    cchc_progress_free(p);
}
END_TEST

START_TEST(test_progress_due_counts_and_completion_rate)
{
    cchc_progress *p = NULL;
    ck_assert_cchc_ok(cchc_progress_compute(&p, plan, "2023-04-01", 0));
    /* Due: 1.1 (overdue), 1.2, 1.4, 2.4 (done); not: 1.3, 2.1, 2.2, 2.3. */
    const int due[] = {1, 1, 0, 1, 0, 0, 0, 1};
    for (size_t i = 0; i < 8; i++)
        ck_assert_int_eq(cchc_progress_task_is_due(p, i), due[i]);
    ck_assert_uint_eq(cchc_progress_due_count(p, 0, NULL), 4);
    ck_assert_uint_eq(cchc_progress_due_done_count(p, 0, NULL), 3);
    double rate = -1;
    ck_assert_cchc_ok(cchc_progress_completion_rate(&rate, p, 0, NULL));
    ck_assert_double_eq_tol(rate, 75.0, 1e-9);
    ck_assert_cchc_ok(cchc_progress_completion_rate(&rate, p, 1, NULL));
    ck_assert_double_eq_tol(rate, 200.0 / 3.0, 1e-9);
    ck_assert_cchc_ok(cchc_progress_completion_rate(&rate, p, 2, NULL));
    ck_assert_double_eq_tol(rate, 100.0, 1e-9);
    ck_assert_cchc_ok(cchc_progress_completion_rate(&rate, p, 0, "van-phong"));
    ck_assert_double_eq_tol(rate, 50.0, 1e-9);
    ck_assert_cchc_ok(cchc_progress_completion_rate(&rate, p, 0, "thanh-tra"));
    ck_assert_double_eq_tol(rate, 100.0, 1e-9);
    ck_assert_uint_eq(cchc_progress_due_count(p, 0, "thanh-tra"), 1);
    /* Nothing due: not found, not 100 %, and the rate is reset. */
    rate = -1;
    ck_assert_cchc_fails(cchc_progress_completion_rate(&rate, p, 0, "@divisions"),
                         CCHC_ENOTFOUND);
    ck_assert_double_eq(rate, 0.0);
    ck_assert_cchc_fails(cchc_progress_completion_rate(&rate, p, 3, NULL), CCHC_ENOTFOUND);
    ck_assert_cchc_fails(cchc_progress_completion_rate(&rate, p, 2, "van-phong"),
                         CCHC_ENOTFOUND);
    ck_assert_cchc_fails(cchc_progress_completion_rate(NULL, p, 0, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_progress_completion_rate(&rate, NULL, 0, NULL), CCHC_EINVAL);
    cchc_progress_free(p);

    /* Before any deadline: only 2.4, done without a date, is due (and done);
     * 1.2 and 1.4 were completed later. */
    ck_assert_cchc_ok(cchc_progress_compute(&p, plan, "2022-11-01", 0));
    ck_assert_uint_eq(cchc_progress_due_count(p, 0, NULL), 1);
    ck_assert_int_eq(cchc_progress_task_is_due(p, 7), 1);
    ck_assert_int_eq(cchc_progress_task_state(p, 1), CCHC_STATE_NOT_DUE);
    ck_assert_int_eq(cchc_progress_task_state(p, 3), CCHC_STATE_NOT_DUE);
    ck_assert_cchc_ok(cchc_progress_completion_rate(&rate, p, 0, NULL));
    ck_assert_double_eq_tol(rate, 100.0, 1e-9);
    ck_assert_cchc_fails(cchc_progress_completion_rate(&rate, p, 1, NULL), CCHC_ENOTFOUND);
    cchc_progress_free(p);

    /* After the year: the continuous task 2.1 and the Q2 task 1.3 are
     * overdue too; 3 of the 6 due tasks are done. */
    ck_assert_cchc_ok(cchc_progress_compute(&p, plan, "2024-01-01", 0));
    ck_assert_int_eq(cchc_progress_task_state(p, 2), CCHC_STATE_OVERDUE);
    ck_assert_int_eq(cchc_progress_task_state(p, 4), CCHC_STATE_OVERDUE);
    ck_assert_uint_eq(cchc_progress_due_count(p, 0, NULL), 6);
    ck_assert_uint_eq(cchc_progress_due_done_count(p, 0, NULL), 3);
    ck_assert_cchc_ok(cchc_progress_completion_rate(&rate, p, 0, NULL));
    ck_assert_double_eq_tol(rate, 50.0, 1e-9);
    cchc_progress_free(p);
}
END_TEST

START_TEST(test_progress_snapshot_does_not_follow_the_plan)
{
    cchc_progress *p = NULL;
    ck_assert_cchc_ok(cchc_progress_compute(&p, plan, "2023-04-01", 0));
    set_done("1.1", "2023-03-01");
    ck_assert_cchc_ok(cchc_plan_remove_task(plan, "1.2"));
    ck_assert_int_eq(cchc_progress_task_state(p, 0), CCHC_STATE_OVERDUE);
    ck_assert_str_eq(cchc_progress_task_key(p, 1), "1.2");
    cchc_plan_free(plan);
    plan = NULL;
    ck_assert_uint_eq(cchc_progress_count(p, 0, "van-phong", 0), 3);
    ck_assert_str_eq(cchc_progress_task_deadline(p, 0), "2023-03-31");
    cchc_progress_free(p);
}
END_TEST

START_TEST(test_progress_getters_out_of_range_and_null)
{
    cchc_progress *p = NULL;
    ck_assert_cchc_ok(cchc_progress_compute(&p, plan, "2023-04-01", 0));
    ck_assert_ptr_null(cchc_progress_task_key(p, 8));
    ck_assert_int_eq(cchc_progress_task_state(p, 8), 0);
    ck_assert_ptr_null(cchc_progress_task_deadline(p, 8));
    ck_assert_int_eq(cchc_progress_task_is_due(p, 8), 0);
    cchc_progress_free(p);
    ck_assert_str_eq(cchc_progress_as_of(NULL), "");
    ck_assert_uint_eq(cchc_progress_task_count(NULL), 0);
    ck_assert_ptr_null(cchc_progress_task_key(NULL, 0));
    ck_assert_uint_eq(cchc_progress_count(NULL, 0, NULL, 0), 0);
    ck_assert_uint_eq(cchc_progress_due_count(NULL, 0, NULL), 0);
    ck_assert_uint_eq(cchc_progress_due_done_count(NULL, 0, NULL), 0);
    ck_assert_uint_eq(cchc_progress_lead_count(NULL), 0);
    ck_assert_ptr_null(cchc_progress_lead_at(NULL, 0));
    cchc_progress_free(NULL);
}
END_TEST

START_TEST(test_progress_compute_bad_arguments)
{
    cchc_progress *p = (cchc_progress *)&p;
    ck_assert_cchc_fails(cchc_progress_compute(&p, NULL, "2023-04-01", 0), CCHC_EINVAL);
    ck_assert_ptr_null(p);
    ck_assert_cchc_fails(cchc_progress_compute(NULL, plan, "2023-04-01", 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_progress_compute(&p, plan, NULL, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_progress_compute(&p, plan, "2023-02-29", 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_progress_compute(&p, plan, "2023-4-1", 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_progress_compute(&p, plan, "01/04/2023", 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_progress_compute(&p, plan, "2023-04-01", -1), CCHC_ERANGE);
    ck_assert_cchc_fails(cchc_progress_compute(&p, plan, "2023-04-01", 367), CCHC_ERANGE);
    ck_assert_ptr_null(p);
    ck_assert_cchc_ok(cchc_progress_compute(&p, plan, "2023-04-01", 366));
    cchc_progress_free(p);
    ck_assert_cchc_ok(cchc_plan_set_year(plan, 0));
    ck_assert_cchc_fails(cchc_progress_compute(&p, plan, "2023-04-01", 0), CCHC_EINVAL);
    ck_assert_ptr_null(p);
}
END_TEST

START_TEST(test_progress_empty_plan)
{
    cchc_plan *empty = cchc_plan_new();
    ck_assert_cchc_ok(cchc_plan_set_year(empty, 2023));
    cchc_progress *p = NULL;
    ck_assert_cchc_ok(cchc_progress_compute(&p, empty, "2023-04-01", 7));
    ck_assert_uint_eq(cchc_progress_task_count(p), 0);
    ck_assert_uint_eq(cchc_progress_lead_count(p), 0);
    double rate;
    ck_assert_cchc_fails(cchc_progress_completion_rate(&rate, p, 0, NULL), CCHC_ENOTFOUND);
    cchc_progress_free(p);
    cchc_plan_free(empty);
}
END_TEST

START_TEST(test_task_state_names_and_labels)
{
    static const char *const names[] = {"not_due", "due_soon", "overdue", "done_on_time",
                                        "done_late", "done_undated", "ongoing", "waiting",
                                        "cancelled", "unscheduled"};
    ck_assert_int_eq(CCHC_STATE_COUNT, 10);
    for (int s = 1; s <= CCHC_STATE_COUNT; s++) {
        ck_assert_str_eq(cchc_task_state_name(s), names[s - 1]);
        ck_assert_str_ne(cchc_task_state_label_vi(s), "");
    }
    ck_assert_str_eq(cchc_task_state_label_vi(CCHC_STATE_OVERDUE), "Quá hạn");
    ck_assert_str_eq(cchc_task_state_label_vi(CCHC_STATE_DONE_ON_TIME), "Hoàn thành đúng hạn");
    ck_assert_str_eq(cchc_task_state_name(0), "");
    ck_assert_str_eq(cchc_task_state_name(11), "");
    ck_assert_str_eq(cchc_task_state_label_vi(-1), "");
}
END_TEST

/* ---- the bundled 2023 plan, every task not started --------------------------- */

static cchc_plan *load_bundled(void)
{
    cchc_plan *p = NULL;
    ck_assert_cchc_ok(cchc_plan_load_file(&p, bundled_data_path(BUNDLED_PLAN), NULL));
    for (size_t i = 0; i < cchc_plan_task_count(p); i++) {
        cchc_task *t = cchc_plan_task_at(p, i);
        ck_assert_cchc_ok(cchc_task_set_status(t, CCHC_STATUS_NOT_STARTED));
        ck_assert_cchc_ok(cchc_task_set_progress(t, 0));
        ck_assert_cchc_ok(cchc_task_set_completed(t, NULL));
    }
    return p;
}

/* Every task of the bundled plan on 2023-04-01, worked out by hand from its
 * time expression: state and the deadline that decides it. */
static const struct {
    const char *key;
    int state;
    const char *deadline;
} bundled_2023_04_01[] = {
    {"1.1", CCHC_STATE_OVERDUE, "2022-12-31"},   /* T12/2022 */
    {"1.2", CCHC_STATE_OVERDUE, "2023-03-31"},   /* ban hành KH trong quý I; cả năm */
    {"1.3", CCHC_STATE_OVERDUE, "2023-03-31"},   /* Quý I/2023 */
    {"1.4", CCHC_STATE_OVERDUE, "2023-03-31"},   /* ban hành KH trong quý I; cả năm */
    {"1.5", CCHC_STATE_NOT_DUE, "2023-06-30"},   /* Quý II/2023 */
    {"1.6", CCHC_STATE_ONGOING, "2023-12-31"},   /* Cả năm */
    {"1.7", CCHC_STATE_WAITING, ""},             /* Theo KH kiểm tra của tỉnh */
    {"1.8", CCHC_STATE_OVERDUE, "2023-03-31"},   /* xây dựng KH quý I; quý III, IV */
    {"1.9", CCHC_STATE_OVERDUE, "2023-03-31"},   /* Tháng 3,6,9,12: March missed */
    {"1.10", CCHC_STATE_NOT_DUE, "2023-12-31"},  /* Quý III/IV năm 2023 */
    {"2.1", CCHC_STATE_OVERDUE, "2023-03-31"},
    {"2.2", CCHC_STATE_OVERDUE, "2023-03-31"},
    {"2.3", CCHC_STATE_OVERDUE, "2023-03-31"},
    {"2.4", CCHC_STATE_OVERDUE, "2023-03-31"},
    {"2.5", CCHC_STATE_NOT_DUE, "2023-06-30"},
    {"2.6", CCHC_STATE_NOT_DUE, "2023-06-30"},
    {"2.7", CCHC_STATE_WAITING, ""},             /* theo thời gian đề nghị của các cơ quan */
    {"2.8", CCHC_STATE_ONGOING, "2023-12-31"},   /* Năm 2023 */
    {"2.9", CCHC_STATE_ONGOING, "2023-12-31"},
    {"2.10", CCHC_STATE_OVERDUE, "2022-12-31"},  /* ban hành KH trong tháng 12/2022; … */
    {"2.10#2", CCHC_STATE_ONGOING, "2023-12-31"},
    {"3.1", CCHC_STATE_OVERDUE, "2023-03-31"},
    {"3.2", CCHC_STATE_WAITING, ""},             /* Theo KH của UBND tỉnh */
    {"3.3", CCHC_STATE_ONGOING, "2023-12-31"},   /* Thường xuyên */
    {"3.4", CCHC_STATE_WAITING, ""},             /* ngay sau khi có QĐ công bố của Bộ */
    {"3.5", CCHC_STATE_WAITING, ""},
    {"3.6", CCHC_STATE_OVERDUE, "2023-03-31"},   /* Tháng 3,6,9,12/2023 */
    {"4.1", CCHC_STATE_OVERDUE, "2023-03-31"},
    {"4.2", CCHC_STATE_OVERDUE, "2023-03-31"},
    {"4.3", CCHC_STATE_ONGOING, "2023-12-31"},
    {"4.4", CCHC_STATE_OVERDUE, "2023-03-31"},
    {"4.5", CCHC_STATE_NOT_DUE, "2023-12-31"},   /* Tháng 12/2023 */
    {"5.1", CCHC_STATE_OVERDUE, "2023-03-31"},
    {"5.2", CCHC_STATE_ONGOING, "2023-12-31"},
    {"5.3", CCHC_STATE_WAITING, ""},             /* Khi có hướng dẫn của Sở Nội vụ */
    {"5.4", CCHC_STATE_WAITING, ""},
    {"5.5", CCHC_STATE_OVERDUE, "2023-03-31"},   /* xây dựng KH trong quý I; năm 2023 */
    {"6.1", CCHC_STATE_ONGOING, "2023-12-31"},
    {"6.2", CCHC_STATE_ONGOING, "2023-12-31"},
    {"6.3", CCHC_STATE_ONGOING, "2023-12-31"},
    {"6.4", CCHC_STATE_OVERDUE, "2023-03-31"},
    {"6.5", CCHC_STATE_ONGOING, "2023-12-31"},
    {"6.6", CCHC_STATE_NOT_DUE, "2023-12-31"},   /* Quý IV/2023 */
    {"7.1", CCHC_STATE_OVERDUE, "2022-12-31"},   /* Tháng 12/2022 */
    {"7.2", CCHC_STATE_ONGOING, "2023-12-31"},
    {"7.3", CCHC_STATE_OVERDUE, "2023-03-31"},   /* xây dựng KH trong quý I; năm 2023 */
    {"7.4", CCHC_STATE_ONGOING, "2023-12-31"},
    {"7.5", CCHC_STATE_ONGOING, "2023-12-31"},
    {"7.6", CCHC_STATE_ONGOING, "2023-12-31"},
    {"7.7", CCHC_STATE_ONGOING, "2023-12-31"},
};

START_TEST(test_progress_bundled_plan_on_2023_04_01)
{
    cchc_plan *bundled = load_bundled();
    cchc_progress *p = NULL;
    ck_assert_cchc_ok(cchc_progress_compute(&p, bundled, "2023-04-01", 0));
    ck_assert_uint_eq(cchc_progress_task_count(p), N_ELEMENTS(bundled_2023_04_01));
    for (size_t i = 0; i < N_ELEMENTS(bundled_2023_04_01); i++) {
        const char *key = bundled_2023_04_01[i].key;
        ck_assert_str_eq(cchc_progress_task_key(p, i), key);
        ck_assert_msg(cchc_progress_task_state(p, i) == bundled_2023_04_01[i].state,
                      "task %s (\"%s\"): %s, expected %s", key,
                      cchc_task_when(cchc_plan_find_task(bundled, key)),
                      cchc_task_state_name(cchc_progress_task_state(p, i)),
                      cchc_task_state_name(bundled_2023_04_01[i].state));
        ck_assert_msg(strcmp(cchc_progress_task_deadline(p, i), bundled_2023_04_01[i].deadline) ==
                          0,
                      "task %s: deadline %s, expected %s", key, cchc_progress_task_deadline(p, i),
                      bundled_2023_04_01[i].deadline);
        ck_assert_int_eq(cchc_progress_task_is_due(p, i),
                         bundled_2023_04_01[i].state == CCHC_STATE_OVERDUE);
    }
    ck_assert_uint_eq(cchc_progress_count(p, 0, NULL, CCHC_STATE_OVERDUE), 21);
    ck_assert_uint_eq(cchc_progress_count(p, 0, NULL, CCHC_STATE_NOT_DUE), 6);
    ck_assert_uint_eq(cchc_progress_count(p, 0, NULL, CCHC_STATE_WAITING), 7);
    ck_assert_uint_eq(cchc_progress_count(p, 0, NULL, CCHC_STATE_ONGOING), 16);
    ck_assert_uint_eq(cchc_progress_due_count(p, 0, NULL), 21);
    double rate = -1;
    ck_assert_cchc_ok(cchc_progress_completion_rate(&rate, p, 0, NULL));
    ck_assert_double_eq(rate, 0.0);
    ck_assert_uint_eq(cchc_progress_count(p, 2, NULL, CCHC_STATE_OVERDUE), 5);
    static const char *const leads[] = {"van-phong", "phong-khtc", "thanh-tra", "phong-btxh",
                                        "phong-ncc", "phong-tnxh", "@divisions"};
    ck_assert_uint_eq(cchc_progress_lead_count(p), N_ELEMENTS(leads));
    for (size_t i = 0; i < N_ELEMENTS(leads); i++)
        ck_assert_str_eq(cchc_progress_lead_at(p, i), leads[i]);
    cchc_progress_free(p);
    cchc_plan_free(bundled);
}
END_TEST

/* ---- the report ------------------------------------------------------------- */

static const char *const overdue_2023_04_01[] = {
    "1.1", "1.2", "1.3", "1.4", "1.8", "1.9", "2.1", "2.2", "2.3", "2.4", "2.10",
    "3.1", "3.6", "4.1", "4.2", "4.4", "5.1", "5.5", "6.4", "7.1", "7.3"};

START_TEST(test_report_bundled_as_of_lists_exactly_the_overdue_tasks)
{
    cchc_plan *bundled = load_bundled();
    cchc_report *r = NULL;
    ck_assert_cchc_ok(cchc_report_compute(&r, bundled, NULL, "2023-04-01"));
    ck_assert_str_eq(cchc_report_period_id(r), "");
    ck_assert_str_eq(cchc_report_title(r),
                     "Tiến độ thực hiện kế hoạch CCHC đến ngày 01/04/2023");
    /* From the start of the preparation tasks of December 2022. */
    ck_assert_str_eq(cchc_report_window_from(r), "2022-12-01");
    ck_assert_str_eq(cchc_report_cutoff(r), "2023-04-01");
    ck_assert_str_eq(cchc_progress_as_of(cchc_report_progress(r)), "2023-04-01");
    ck_assert_uint_eq(cchc_report_overdue_count(r), N_ELEMENTS(overdue_2023_04_01));
    for (size_t i = 0; i < N_ELEMENTS(overdue_2023_04_01); i++)
        ck_assert_str_eq(cchc_report_overdue_key(r, i), overdue_2023_04_01[i]);
    ck_assert_ptr_null(cchc_report_overdue_key(r, N_ELEMENTS(overdue_2023_04_01)));
    ck_assert_uint_eq(cchc_report_completed_count(r, 0, NULL, 0), 0);
    cchc_report_free(r);
    cchc_plan_free(bundled);
}
END_TEST

START_TEST(test_report_bundled_q1_period)
{
    cchc_plan *bundled = load_bundled();
    cchc_report *r = NULL;
    ck_assert_cchc_ok(cchc_report_compute(&r, bundled, "q1", "2023-04-01"));
    ck_assert_str_eq(cchc_report_period_id(r), "q1");
    ck_assert_ptr_nonnull(strstr(cchc_report_title(r), "quý I/2023"));
    ck_assert_str_eq(cchc_report_window_from(r), "2022-12-10");
    ck_assert_str_eq(cchc_report_cutoff(r), "2023-03-09");
    /* At the cut-off only the deadlines of December 2022 have passed. */
    ck_assert_uint_eq(cchc_report_overdue_count(r), 3);
    ck_assert_str_eq(cchc_report_overdue_key(r, 0), "1.1");
    ck_assert_str_eq(cchc_report_overdue_key(r, 1), "2.10");
    ck_assert_str_eq(cchc_report_overdue_key(r, 2), "7.1");
    cchc_report_free(r);
    /* Made before the window closes: the figures stand at the day it is made. */
    ck_assert_cchc_ok(cchc_report_compute(&r, bundled, "q1", "2023-02-01"));
    ck_assert_str_eq(cchc_report_cutoff(r), "2023-02-01");
    ck_assert_str_eq(cchc_progress_as_of(cchc_report_progress(r)), "2023-02-01");
    cchc_report_free(r);
    cchc_plan_free(bundled);
}
END_TEST

/* The aggregate plan plus a calendar with one quarter. */
static void report_setup(void)
{
    aggregate_setup();
    cchc_calendar *cal = cchc_calendar_new();
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q1", "Báo cáo quý I/2023", "2022-12-10",
                                        "2023-03-09", "2023-03-09", "2023-03-13"));
    ck_assert_cchc_ok(cchc_calendar_add(cal, "h1", "Báo cáo 6 tháng 2023", "2022-12-10",
                                        "2023-06-09", "2023-06-09", "2023-06-13"));
    ck_assert_cchc_ok(cchc_plan_set_calendar(plan, cal));
    cchc_calendar_free(cal);
}

START_TEST(test_report_completed_in_the_window)
{
    /* 1.2 done 03-20 (on time), 1.4 done 01-10 (late), 2.4 done undated;
     * add 2.5 done 2022-12-05 (before the window) and 2.6 done 03-09. */
    add_task_full("2.5", 2, "T12/2022", "van-phong", CCHC_STATUS_DONE, 100, "2022-12-05");
    add_task_full("2.6", 2, "Quý I/2023", "thanh-tra", CCHC_STATUS_DONE, 100, "2023-03-09");
    cchc_report *r = NULL;
    ck_assert_cchc_ok(cchc_report_compute(&r, plan, "q1", "2023-04-01"));
    ck_assert_str_eq(cchc_report_title(r), "Báo cáo quý I/2023");
    /* At the cut-off 03-09: 1.4 (late) and 2.6 (on time, that very day). */
    ck_assert_uint_eq(cchc_report_completed_count(r, 0, NULL, 0), 2);
    ck_assert_uint_eq(cchc_report_completed_count(r, 0, NULL, CCHC_STATE_DONE_ON_TIME), 1);
    ck_assert_uint_eq(cchc_report_completed_count(r, 0, NULL, CCHC_STATE_DONE_LATE), 1);
    ck_assert_uint_eq(cchc_report_completed_count(r, 0, NULL, CCHC_STATE_OVERDUE), 0);
    ck_assert_uint_eq(cchc_report_completed_count(r, 1, NULL, 0), 1);
    ck_assert_uint_eq(cchc_report_completed_count(r, 0, "thanh-tra", 0), 1);
    ck_assert_uint_eq(cchc_report_completed_count(r, 2, "phong-khtc", 0), 0);
    /* 1.2, done 03-20, is not done yet at the cut-off; nothing is overdue. */
    const cchc_progress *p = cchc_report_progress(r);
    ck_assert_int_eq(cchc_progress_task_state(p, 1), CCHC_STATE_NOT_DUE);
    ck_assert_uint_eq(cchc_report_overdue_count(r), 0);
    cchc_report_free(r);

    ck_assert_cchc_ok(cchc_report_compute(&r, plan, "h1", "2023-07-01"));
    /* 1.2 (03-20), 1.4 (01-10), 2.6 (03-09); not 2.5 (before the window) nor
     * 2.4 (no date). */
    ck_assert_uint_eq(cchc_report_completed_count(r, 0, NULL, 0), 3);
    ck_assert_uint_eq(cchc_report_completed_count(r, 0, "van-phong", 0), 1);
    /* At the cut-off 06-09: 1.1 (Q1) is overdue, 1.3 (Q2, 06-30) not yet. */
    ck_assert_str_eq(cchc_report_cutoff(r), "2023-06-09");
    ck_assert_uint_eq(cchc_report_overdue_count(r), 1);
    ck_assert_str_eq(cchc_report_overdue_key(r, 0), "1.1");
    cchc_report_free(r);

    /* As of: from 2022-12-01 (the start of "T12/2022"): 2.5 counts. */
    ck_assert_cchc_ok(cchc_report_compute(&r, plan, NULL, "2023-07-01"));
    ck_assert_str_eq(cchc_report_window_from(r), "2022-12-01");
    ck_assert_uint_eq(cchc_report_completed_count(r, 0, NULL, 0), 4);
    cchc_report_free(r);
}
END_TEST

START_TEST(test_report_overdue_is_judged_on_the_cutoff_day)
{
    add_task_full("3.1", 3, "trước ngày 10/3/2023", "van-phong", CCHC_STATUS_NOT_STARTED, 0,
                  NULL); /* deadline 2023-03-09, the cut-off itself */
    add_task_full("3.2", 3, "trước ngày 9/3/2023", "van-phong", CCHC_STATUS_NOT_STARTED, 0,
                  NULL); /* deadline 2023-03-08 */
    cchc_report *r = NULL;
    ck_assert_cchc_ok(cchc_report_compute(&r, plan, "q1", "2023-04-01"));
    ck_assert_uint_eq(cchc_report_overdue_count(r), 1);
    ck_assert_str_eq(cchc_report_overdue_key(r, 0), "3.2");
    cchc_report_free(r);
}
END_TEST

START_TEST(test_report_due_soon_after_the_cutoff)
{
    cchc_report *r = NULL;
    ck_assert_cchc_ok(cchc_report_compute_due_soon(&r, plan, "q1", "2023-04-01", 30));
    const cchc_progress *p = cchc_report_progress(r);
    ck_assert_int_eq(cchc_progress_task_state(p, 0), CCHC_STATE_DUE_SOON); /* 1.1, 03-31 */
    cchc_report_free(r);
    ck_assert_cchc_ok(cchc_report_compute(&r, plan, "q1", "2023-04-01"));
    ck_assert_int_eq(cchc_progress_task_state(cchc_report_progress(r), 0), CCHC_STATE_NOT_DUE);
    cchc_report_free(r);
    r = (cchc_report *)&r;
    ck_assert_cchc_fails(cchc_report_compute_due_soon(&r, plan, "q1", "2023-04-01", 367),
                         CCHC_ERANGE);
    ck_assert_ptr_null(r);
}
END_TEST

START_TEST(test_report_window_before_the_period)
{
    cchc_report *r = NULL;
    ck_assert_cchc_ok(cchc_report_compute(&r, plan, "h1", "2022-11-01"));
    ck_assert_str_eq(cchc_report_window_from(r), "2022-12-10");
    ck_assert_str_eq(cchc_report_cutoff(r), "2022-11-01");
    ck_assert_uint_eq(cchc_report_completed_count(r, 0, NULL, 0), 0);
    cchc_report_free(r);
}
END_TEST

START_TEST(test_report_bad_arguments)
{
    cchc_report *r = (cchc_report *)&r;
    ck_assert_cchc_fails(cchc_report_compute(&r, plan, "q2", "2023-04-01"), CCHC_ENOTFOUND);
    ck_assert_ptr_null(r);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "q1, h1"));
    ck_assert_cchc_fails(cchc_report_compute(NULL, plan, NULL, "2023-04-01"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_report_compute(&r, NULL, NULL, "2023-04-01"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_report_compute(&r, plan, NULL, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_report_compute(&r, plan, "q1", "2023-04-31"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_report_compute(&r, plan, "q\xff", "2023-04-01"), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_report_compute_due_soon(&r, plan, NULL, "2023-04-01", -1),
                         CCHC_ERANGE);
    ck_assert_cchc_ok(cchc_plan_set_year(plan, 0));
    ck_assert_cchc_fails(cchc_report_compute(&r, plan, NULL, "2023-04-01"), CCHC_EINVAL);
    ck_assert_ptr_null(r);
    /* A plan with no calendar has no periods. */
    cchc_plan *empty = cchc_plan_new();
    ck_assert_cchc_ok(cchc_plan_set_year(empty, 2023));
    ck_assert_cchc_fails(cchc_report_compute(&r, empty, "q1", "2023-04-01"), CCHC_ENOTFOUND);
    cchc_plan_free(empty);
}
END_TEST

START_TEST(test_report_getters_null)
{
    ck_assert_str_eq(cchc_report_period_id(NULL), "");
    ck_assert_str_eq(cchc_report_title(NULL), "");
    ck_assert_str_eq(cchc_report_window_from(NULL), "");
    ck_assert_str_eq(cchc_report_cutoff(NULL), "");
    ck_assert_ptr_null(cchc_report_progress(NULL));
    ck_assert_uint_eq(cchc_report_completed_count(NULL, 0, NULL, 0), 0);
    ck_assert_uint_eq(cchc_report_overdue_count(NULL), 0);
    ck_assert_ptr_null(cchc_report_overdue_key(NULL, 0));
    cchc_report_free(NULL);
}
END_TEST

Suite *suite_progress(void);

Suite *suite_progress(void)
{
    Suite *s = suite_create("progress");

    TCase *tc = tcase_create("states");
    tcase_add_checked_fixture(tc, plan_setup, plan_teardown);
    tcase_add_test(tc, test_progress_interval_not_due_before_its_deadline);
    tcase_add_test(tc, test_progress_interval_overdue_the_day_after_its_deadline);
    tcase_add_test(tc, test_progress_in_progress_is_overdue_too);
    tcase_add_test(tc, test_progress_date_milestones);
    tcase_add_test(tc, test_progress_due_soon_window_is_inclusive);
    tcase_add_test(tc, test_progress_done_on_time_late_and_undated);
    tcase_add_test(tc, test_progress_completion_after_as_of_is_not_yet_done);
    tcase_add_test(tc, test_progress_early_completion_is_due_and_done);
    tcase_add_test(tc, test_progress_continuous_before_during_and_after_the_year);
    tcase_add_test(tc, test_progress_event_waits_and_unknown_is_unscheduled);
    tcase_add_test(tc, test_progress_cancelled_is_never_due);
    tcase_add_test(tc, test_progress_list_is_judged_by_the_share_done);
    tcase_add_test(tc, test_progress_list_share_has_a_rounding_tolerance);
    tcase_add_test(tc, test_progress_recurring_monthly);
    tcase_add_test(tc, test_progress_plan_in_q1_then_all_year);
    tcase_add_test(tc, test_progress_december_then_year);
    tcase_add_test(tc, test_progress_compute_bad_arguments);
    tcase_add_test(tc, test_progress_empty_plan);
    tcase_add_test(tc, test_task_state_names_and_labels);
    suite_add_tcase(s, tc);

    tc = tcase_create("aggregates");
    tcase_add_checked_fixture(tc, aggregate_setup, plan_teardown);
    tcase_add_test(tc, test_progress_counts_by_area_lead_and_state);
    tcase_add_test(tc, test_progress_due_counts_and_completion_rate);
    tcase_add_test(tc, test_progress_snapshot_does_not_follow_the_plan);
    tcase_add_test(tc, test_progress_getters_out_of_range_and_null);
    suite_add_tcase(s, tc);

    tc = tcase_create("bundled");
    tcase_add_test(tc, test_progress_bundled_plan_on_2023_04_01);
    tcase_add_test(tc, test_report_bundled_as_of_lists_exactly_the_overdue_tasks);
    tcase_add_test(tc, test_report_bundled_q1_period);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);

    tc = tcase_create("report");
    tcase_add_checked_fixture(tc, report_setup, plan_teardown);
    tcase_add_test(tc, test_report_completed_in_the_window);
    tcase_add_test(tc, test_report_overdue_is_judged_on_the_cutoff_day);
    tcase_add_test(tc, test_report_due_soon_after_the_cutoff);
    tcase_add_test(tc, test_report_window_before_the_period);
    tcase_add_test(tc, test_report_bad_arguments);
    tcase_add_test(tc, test_report_getters_null);
    suite_add_tcase(s, tc);
    return s;
}
