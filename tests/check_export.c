/*
 * Check suite for export.h: the report written as text, Markdown, CSV and
 * JSON, and the plan's deadlines as iCalendar — byte for byte against golden
 * files in tests/data/export/ for a small plan, and rule by rule (CSV
 * quoting, iCalendar folding, escaping, UIDs and the unit filter).
 *
 * To rewrite the golden files after a deliberate change of the output, run
 * the suite with CCHC_UPDATE_GOLDEN=1 and read the difference before
 * committing it.
 *
 * SPDX-License-Identifier: MIT
 */
#include "check_helpers.h"

#define N_ELEMENTS(a) (sizeof(a) / sizeof((a)[0]))

#define LONG_TITLE_START "Triển khai các nhiệm vụ xây dựng và phát triển Chính quyền số"
#define LONG_TITLE_END " chuyển đổi số tại Sở năm 2023"
#define LONG_TITLE LONG_TITLE_START "," LONG_TITLE_END

static cchc_plan *plan;

static void add_unit(const char *id, const char *name, const char *short_name, int kind)
{
    cchc_unit *u = NULL;
    ck_assert_cchc_ok(cchc_unit_new(&u, id, name, kind));
    ck_assert_cchc_ok(cchc_unit_set_short_name(u, short_name));
    ck_assert_cchc_ok(cchc_plan_add_unit(plan, u));
    cchc_unit_free(u);
}

static void add_task(const char *id, int area, const char *title, const char *when,
                     const char *lead1, const char *lead2, const char *coord, int status,
                     double progress, const char *completed)
{
    cchc_task *t = NULL;
    ck_assert_cchc_ok(cchc_task_new(&t, id, area, title));
    ck_assert_cchc_ok(cchc_task_set_when(t, when));
    ck_assert_cchc_ok(cchc_task_set_product(t, "Kế hoạch; báo cáo"));
    ck_assert_cchc_ok(cchc_task_add_unit(t, CCHC_ROLE_LEAD, lead1));
    if (lead2)
        ck_assert_cchc_ok(cchc_task_add_unit(t, CCHC_ROLE_LEAD, lead2));
    if (coord)
        ck_assert_cchc_ok(cchc_task_add_unit(t, CCHC_ROLE_COORDINATING, coord));
    ck_assert_cchc_ok(cchc_task_set_status(t, status));
    ck_assert_cchc_ok(cchc_task_set_progress(t, progress));
    ck_assert_cchc_ok(cchc_task_set_completed(t, completed));
    ck_assert_cchc_ok(cchc_plan_add_task(plan, t));
    cchc_task_free(t);
}

/* A small 2023 plan whose text needs quoting and escaping everywhere: a
 * title with a comma and quotes, a unit with a comma, a task title with a
 * semicolon, one with a line break, one long enough to be folded; ids "2.10"
 * twice; a calendar of two periods, the first submitted. On 2023-04-01:
 *   1.1    T12/2022             done 2022-12-20     → done on time
 *   1.2    Tháng 3,6,9,12/2023  25 %                → not due (next 06-30)
 *   2.10   Quý I/2023           not started         → overdue
 *   2.10#2 Quý II/2023          done 2023-07-05     → not due (done later)
 *   3.1    Khi có hướng dẫn …   not started         → waiting
 *   7.1    Thường xuyên         40 %                → ongoing
 *   4.1    Quý I/2023           cancelled           → cancelled */
static void plan_setup(void)
{
    plan = cchc_plan_new();
    ck_assert_cchc_ok(cchc_plan_set_year(plan, 2023));
    ck_assert_cchc_ok(cchc_plan_set_title(plan, "Kế hoạch CCHC năm 2023, bản \"thử\""));
    ck_assert_cchc_ok(cchc_plan_set_number(plan, "01/KH-TEST"));
    add_unit("van-phong", "Văn phòng Sở", "Văn phòng", CCHC_UNIT_OFFICE);
    add_unit("thanh-tra", "Thanh tra Sở", "Thanh tra", CCHC_UNIT_INSPECTORATE);
    add_unit("phong-khtc", "Phòng Kế hoạch, Tài chính", NULL, CCHC_UNIT_DIVISION);
    add_unit("so-noi-vu", "Sở Nội vụ", NULL, CCHC_UNIT_EXTERNAL);
    add_task("1.1", 1, "Xây dựng, ban hành kế hoạch CCHC năm 2023", "T12/2022", "van-phong",
             NULL, "@internal", CCHC_STATUS_DONE, 100, "2022-12-20");
    add_task("1.2", 1, "Báo cáo \"định kỳ\" CCHC", "Tháng 3,6,9,12/2023", "van-phong",
             "thanh-tra", NULL, CCHC_STATUS_IN_PROGRESS, 25, NULL);
    add_task("2.10", 2, "Rà soát văn bản; kiểm tra", "Quý I/2023", "phong-khtc", NULL, NULL,
             CCHC_STATUS_NOT_STARTED, 0, NULL);
    add_task("2.10", 2, "Tự kiểm tra\nthủ tục", "Quý II/2023", "thanh-tra", NULL, "so-noi-vu",
             CCHC_STATUS_DONE, 100, "2023-07-05");
    add_task("3.1", 3, "Công bố TTHC", "Khi có hướng dẫn của Sở Nội vụ", "@divisions", NULL,
             NULL, CCHC_STATUS_NOT_STARTED, 0, NULL);
    add_task("7.1", 7, LONG_TITLE, "Thường xuyên", "van-phong", NULL, "phong-khtc",
             CCHC_STATUS_IN_PROGRESS, 40, NULL);
    add_task("4.1", 4, "Sắp xếp tổ chức", "Quý I/2023", "thanh-tra", NULL, NULL,
             CCHC_STATUS_CANCELLED, 0, NULL);
    cchc_calendar *cal = cchc_calendar_new();
    ck_assert_cchc_ok(cchc_calendar_add(cal, "q1", "Báo cáo quý I/2023", "2022-12-10",
                                        "2023-03-09", "2023-03-09", "2023-03-13"));
    ck_assert_cchc_ok(cchc_calendar_add(cal, "h1", "Báo cáo 6 tháng 2023", "2022-12-10",
                                        "2023-06-09", "2023-06-09", "2023-06-13"));
    ck_assert_cchc_ok(cchc_period_set_submitted(cchc_calendar_find(cal, "q1"), "2023-03-12"));
    ck_assert_cchc_ok(cchc_plan_set_calendar(plan, cal));
    cchc_calendar_free(cal);
}

static void plan_teardown(void)
{
    cchc_plan_free(plan);
    plan = NULL;
}

/* ---- golden files ----------------------------------------------------------- */

static void check_report_golden(const char *period, const char *as_of, int format, int flags,
                                const char *name)
{
    cchc_report *r = NULL;
    ck_assert_cchc_ok(cchc_report_compute(&r, plan, period, as_of));
    char *doc = NULL;
    size_t size = 0;
    ck_assert_cchc_ok(cchc_report_write(&doc, &size, r, plan, format, flags));
    ck_assert_uint_eq(size, strlen(doc));
    check_golden(doc, size, "export", name);
    cchc_free(doc);
    cchc_report_free(r);
}

START_TEST(test_export_report_text_golden)
{
    check_report_golden(NULL, "2023-04-01", CCHC_OUTPUT_TEXT, 0, "report-as-of.txt");
    check_report_golden("q1", "2023-04-01", CCHC_OUTPUT_TEXT, 0, "report-q1.txt");
}
END_TEST

START_TEST(test_export_report_markdown_golden)
{
    check_report_golden(NULL, "2023-04-01", CCHC_OUTPUT_MARKDOWN, 0, "report-as-of.md");
}
END_TEST

START_TEST(test_export_report_csv_golden)
{
    check_report_golden(NULL, "2023-04-01", CCHC_OUTPUT_CSV, 0, "report-as-of.csv");
}
END_TEST

START_TEST(test_export_report_json_golden)
{
    check_report_golden(NULL, "2023-04-01", CCHC_OUTPUT_JSON, 0, "report-as-of.json");
    check_report_golden("q1", "2023-04-01", CCHC_OUTPUT_JSON, 0, "report-q1.json");
}
END_TEST

START_TEST(test_export_icalendar_golden)
{
    char *doc = NULL;
    size_t size = 0;
    ck_assert_cchc_ok(cchc_plan_write_icalendar(&doc, &size, plan, NULL, "2023-01-16"));
    ck_assert_uint_eq(size, strlen(doc));
    check_golden(doc, size, "export", "plan.ics");
    cchc_free(doc);
}
END_TEST

/* ---- the report writers, rule by rule -------------------------------------- */

static char *ics(const char *unit, const char *stamp);

static char *write_report(const char *period, const char *as_of, int format, int flags)
{
    cchc_report *r = NULL;
    ck_assert_cchc_ok(cchc_report_compute(&r, plan, period, as_of));
    char *doc = NULL;
    ck_assert_cchc_ok(cchc_report_write(&doc, NULL, r, plan, format, flags));
    cchc_report_free(r);
    return doc;
}

START_TEST(test_export_csv_bom_quoting_and_crlf)
{
    char *plain = write_report(NULL, "2023-04-01", CCHC_OUTPUT_CSV, 0);
    char *bom = write_report(NULL, "2023-04-01", CCHC_OUTPUT_CSV, CCHC_OUTPUT_BOM);
    ck_assert_mem_eq(bom, "\xEF\xBB\xBF", 3);
    ck_assert_str_eq(bom + 3, plain);
    static const char header[] = "key,id,area,title,lead_units,when,deadline,state,status,"
                                 "progress,completed,completed_in_window\r\n";
    ck_assert_msg(strncmp(plain, header, strlen(header)) == 0, "header: %.120s", plain);
    /* Quotes doubled, commas and line breaks quoted, the rest bare. */
    ck_assert_ptr_nonnull(strstr(plain, "\r\n1.2,1.2,1,\"Báo cáo \"\"định kỳ\"\" CCHC\","
                                        "Văn phòng; Thanh tra,"));
    ck_assert_ptr_nonnull(strstr(plain, ",\"Tự kiểm tra\nthủ tục\","));
    ck_assert_ptr_nonnull(strstr(plain, ",\"Phòng Kế hoạch, Tài chính\","));
    /* Every record ends in CRLF; the only bare LF is inside the quoted title. */
    size_t lf = 0, crlf = 0;
    for (const char *p = plain; *p; p++)
        if (*p == '\n')
            (p > plain && p[-1] == '\r') ? crlf++ : lf++;
    ck_assert_uint_eq(crlf, 8); /* header + 7 tasks */
    ck_assert_uint_eq(lf, 1);
    cchc_free(plain);
    cchc_free(bom);
}
END_TEST

START_TEST(test_export_text_aligns_by_characters)
{
    char *text = write_report(NULL, "2023-04-01", CCHC_OUTPUT_TEXT, 0);
    /* The state table: each count ends in the same column, though the
     * Vietnamese labels differ in bytes per character. */
    const char *a = strstr(text, "\n  Chưa đến hạn (not due)");
    const char *b = strstr(text, "\n  Quá hạn (overdue)");
    ck_assert_ptr_nonnull(a);
    ck_assert_ptr_nonnull(b);
    size_t wa = 0, wb = 0;
    for (const char *p = a + 1; *p != '\n'; p++)
        wa += ((unsigned char)*p & 0xC0) != 0x80;
    for (const char *p = b + 1; *p != '\n'; p++)
        wb += ((unsigned char)*p & 0xC0) != 0x80;
    ck_assert_uint_eq(wa, wb);
    ck_assert_ptr_nonnull(strstr(text, cchc_task_state_label_vi(CCHC_STATE_WAITING)));
    cchc_free(text);
}
END_TEST

START_TEST(test_export_report_write_leaves_the_last_error_alone)
{
    /* Areas with nothing due have no rate; writing them is no failure. */
    int formats[] = {CCHC_OUTPUT_TEXT, CCHC_OUTPUT_MARKDOWN, CCHC_OUTPUT_CSV, CCHC_OUTPUT_JSON};
    for (size_t i = 0; i < N_ELEMENTS(formats); i++) {
        cchc_clear_error();
        char *doc = write_report(NULL, "2023-04-01", formats[i], 0);
        ck_assert_int_eq(cchc_last_error_code(), CCHC_OK);
        cchc_free(doc);
    }
    cchc_clear_error();
    char *doc = ics("thanh-tra", NULL);
    ck_assert_int_eq(cchc_last_error_code(), CCHC_OK);
    cchc_free(doc);
}
END_TEST

START_TEST(test_export_report_write_bad_arguments)
{
    cchc_report *r = NULL;
    ck_assert_cchc_ok(cchc_report_compute(&r, plan, NULL, "2023-04-01"));
    char *doc = (char *)&doc;
    size_t size = 99;
    ck_assert_cchc_fails(cchc_report_write(&doc, &size, r, plan, 0, 0), CCHC_EINVAL);
    ck_assert_ptr_null(doc);
    ck_assert_uint_eq(size, 0);
    ck_assert_cchc_fails(cchc_report_write(&doc, &size, r, plan, 5, 0), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_report_write(&doc, &size, r, plan, CCHC_OUTPUT_CSV, 2),
                         CCHC_EINVAL); /* for diagnostics only */
    ck_assert_cchc_fails(cchc_report_write(&doc, &size, r, plan, CCHC_OUTPUT_CSV, 64),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_report_write(&doc, &size, r, plan, CCHC_OUTPUT_JSON,
                                           CCHC_OUTPUT_BOM),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_report_write(NULL, &size, r, plan, CCHC_OUTPUT_TEXT, 0),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_report_write(&doc, &size, NULL, plan, CCHC_OUTPUT_TEXT, 0),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_report_write(&doc, &size, r, NULL, CCHC_OUTPUT_TEXT, 0),
                         CCHC_EINVAL);
    /* A plan that does not hold the report's tasks. */
    cchc_plan *other = cchc_plan_new();
    ck_assert_cchc_ok(cchc_plan_set_year(other, 2023));
    ck_assert_cchc_fails(cchc_report_write(&doc, &size, r, other, CCHC_OUTPUT_TEXT, 0),
                         CCHC_EINVAL);
    ck_assert_ptr_nonnull(strstr(cchc_last_error_message(), "1.1"));
    cchc_plan_free(other);
    /* After a task is removed from the plan, likewise. */
    ck_assert_cchc_ok(cchc_plan_remove_task(plan, "3.1"));
    ck_assert_cchc_fails(cchc_report_write(&doc, &size, r, plan, CCHC_OUTPUT_CSV, 0),
                         CCHC_EINVAL);
    ck_assert_ptr_null(doc);
    cchc_report_free(r);
}
END_TEST

START_TEST(test_export_report_uses_the_snapshot_not_the_current_plan)
{
    cchc_report *r = NULL;
    ck_assert_cchc_ok(cchc_report_compute(&r, plan, NULL, "2023-04-01"));
    char *before = NULL, *after = NULL;
    ck_assert_cchc_ok(cchc_report_write(&before, NULL, r, plan, CCHC_OUTPUT_CSV, 0));
    ck_assert_cchc_ok(cchc_task_set_status(cchc_plan_find_task(plan, "2.10"),
                                           CCHC_STATUS_DONE));
    ck_assert_cchc_ok(cchc_report_write(&after, NULL, r, plan, CCHC_OUTPUT_CSV, 0));
    ck_assert_str_eq(before, after);
    cchc_free(before);
    cchc_free(after);
    cchc_report_free(r);
}
END_TEST

/* ---- iCalendar, rule by rule -------------------------------------------------- */

static char *ics(const char *unit, const char *stamp)
{
    char *doc = NULL;
    size_t size = 0;
    ck_assert_cchc_ok(cchc_plan_write_icalendar(&doc, &size, plan, unit, stamp));
    ck_assert_uint_eq(size, strlen(doc));
    return doc;
}

/* The number of occurrences of @needle in @hay. */
static size_t count_of(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

/* The document with its folds undone (RFC 5545 §3.1), newly allocated. */
static char *unfold(const char *doc)
{
    char *out = malloc(strlen(doc) + 1), *o = out;
    for (const char *p = doc; *p; p++) {
        if (p[0] == '\r' && p[1] == '\n' && p[2] == ' ') {
            p += 2;
            continue;
        }
        *o++ = *p;
    }
    *o = '\0';
    return out;
}

START_TEST(test_export_icalendar_lines_are_folded_at_75_octets)
{
    char *doc = ics(NULL, "2023-01-16");
    size_t folded = 0;
    for (const char *line = doc; *line;) {
        const char *end = strstr(line, "\r\n");
        ck_assert_msg(end != NULL, "a line without CRLF: %s", line);
        size_t octets = (size_t)(end - line);
        ck_assert_msg(octets <= 75, "a line of %zu octets: %.*s", octets, (int)octets, line);
        if (line[0] == ' ') {
            folded++;
            /* A fold never splits a character: no continuation byte after it … */
            ck_assert_msg(((unsigned char)line[1] & 0xC0) != 0x80, "split: %.20s", line);
        }
        /* … and no line ends inside one. */
        for (size_t k = 0; k < octets; k++) {
            unsigned char c = (unsigned char)line[k];
            size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            ck_assert_msg(k + len <= octets, "a character cut at the end of: %.*s", (int)octets,
                          line);
            k += len - 1;
        }
        line = end + 2;
    }
    ck_assert_uint_gt(folded, 0);
    /* Unfolded, the long summary is whole again. */
    char *flat = unfold(doc);
    ck_assert_ptr_nonnull(strstr(flat, "\r\nSUMMARY:7.1 " LONG_TITLE_START "\\," LONG_TITLE_END "\r\n"));
    free(flat);
    ck_assert_ptr_null(strstr(doc, "\r\r"));
    ck_assert_uint_eq(count_of(doc, "\n"), count_of(doc, "\r\n"));
    cchc_free(doc);
}
END_TEST

START_TEST(test_export_icalendar_escapes_text)
{
    char *doc = ics(NULL, "2023-01-16");
    char *flat = unfold(doc);
    ck_assert_ptr_nonnull(strstr(flat, "\r\nSUMMARY:2.10 Rà soát văn bản\\; kiểm tra\r\n"));
    ck_assert_ptr_nonnull(strstr(flat, "\r\nSUMMARY:2.10 Tự kiểm tra\\nthủ tục\r\n"));
    ck_assert_ptr_nonnull(strstr(flat, "\r\nCATEGORIES:Công tác chỉ đạo\\, điều hành CCHC\r\n"));
    ck_assert_ptr_nonnull(
        strstr(flat, "\r\nX-WR-CALNAME:Kế hoạch CCHC năm 2023\\, bản \"thử\"\r\n"));
    ck_assert_ptr_nonnull(strstr(flat, "Phối hợp (coordinating): Phòng Kế hoạch\\, Tài chính"));
    free(flat);
    cchc_free(doc);
}
END_TEST

/* The UIDs of a document, in order, as one string "uid uid …". */
static char *uids(const char *doc)
{
    char *flat = unfold(doc);
    size_t cap = strlen(flat) + 1, n = 0;
    char *out = malloc(cap);
    out[0] = '\0';
    for (const char *p = strstr(flat, "\r\nUID:"); p; p = strstr(p + 1, "\r\nUID:")) {
        const char *start = p + 6, *end = strstr(start, "\r\n");
        n += (size_t)snprintf(out + n, cap - n, "%s%.*s", n ? " " : "", (int)(end - start),
                              start);
    }
    free(flat);
    return out;
}

START_TEST(test_export_icalendar_uids_are_stable_and_unique)
{
    char *a = ics(NULL, "2023-01-16"), *b = ics(NULL, NULL);
    char *ua = uids(a), *ub = uids(b);
    ck_assert_str_eq(ua, ub); /* the stamp changes, the UIDs do not */
    ck_assert_str_eq(ua, "task-2023-1.1-m1-o1@cchc "
                         "task-2023-1.2-m1-o1@cchc task-2023-1.2-m1-o2@cchc "
                         "task-2023-1.2-m1-o3@cchc task-2023-1.2-m1-o4@cchc "
                         "task-2023-2.10-m1-o1@cchc task-2023-2.10_232-m1-o1@cchc "
                         "task-2023-7.1-m1-o1@cchc task-2023-4.1-m1-o1@cchc "
                         "report-2023-q1-send@cchc report-2023-q1-compile@cchc "
                         "report-2023-h1-send@cchc report-2023-h1-compile@cchc");
    ck_assert_uint_eq(count_of(a, "BEGIN:VTODO"), 13);
    ck_assert_uint_eq(count_of(a, "END:VTODO"), 13);
    ck_assert_uint_eq(count_of(a, "\r\nDUE;VALUE=DATE:"), 13);
    /* Keys that a careless sanitiser would merge stay apart. */
    cchc_task *t = NULL;
    ck_assert_cchc_ok(cchc_task_new(&t, "2.10_23", 2, "x"));
    ck_assert_cchc_ok(cchc_task_set_when(t, "Quý I/2023"));
    ck_assert_cchc_ok(cchc_plan_add_task(plan, t));
    cchc_task_free(t);
    char *c = ics(NULL, "2023-01-16");
    ck_assert_ptr_nonnull(strstr(c, "UID:task-2023-2.10_5F23-m1-o1@cchc\r\n"));
    ck_assert_ptr_nonnull(strstr(c, "UID:task-2023-2.10_232-m1-o1@cchc\r\n"));
    /* The stamp is midnight UTC of the day given, or now. */
    ck_assert_uint_eq(count_of(a, "\r\nDTSTAMP:20230116T000000Z\r\n"), 13);
    const char *now = strstr(b, "\r\nDTSTAMP:");
    ck_assert_ptr_nonnull(now);
    ck_assert_msg(now[18] == 'T' && now[25] == 'Z' && now[26] == '\r', "%.30s", now);
    free(ua);
    free(ub);
    cchc_free(a);
    cchc_free(b);
    cchc_free(c);
}
END_TEST

START_TEST(test_export_icalendar_dates_and_status)
{
    char *doc = ics(NULL, "2023-01-16");
    /* 1.1: T12/2022, done 2022-12-20. */
    ck_assert_ptr_nonnull(strstr(doc, "UID:task-2023-1.1-m1-o1@cchc\r\n"
                                      "DTSTAMP:20230116T000000Z\r\n"
                                      "DTSTART;VALUE=DATE:20221201\r\n"
                                      "DUE;VALUE=DATE:20221231\r\n"));
    ck_assert_ptr_nonnull(strstr(doc, "STATUS:COMPLETED\r\nCOMPLETED:20221220T000000Z\r\n"));
    /* 1.2: the third of four reports, in progress. */
    ck_assert_ptr_nonnull(strstr(doc, "DTSTART;VALUE=DATE:20230901\r\nDUE;VALUE=DATE:20230930\r\n"
                                      "SUMMARY:1.2 Báo cáo \"định kỳ\" CCHC (3/4)\r\n"));
    ck_assert_ptr_nonnull(strstr(doc, "STATUS:IN-PROCESS\r\nPERCENT-COMPLETE:25\r\n"));
    ck_assert_ptr_nonnull(strstr(doc, "STATUS:CANCELLED\r\n"));
    ck_assert_ptr_nonnull(strstr(doc, "STATUS:NEEDS-ACTION\r\n"));
    /* The event-triggered task has no dates and no entry. */
    ck_assert_ptr_null(strstr(doc, "Công bố TTHC"));
    /* Report deadlines: q1 submitted on 2023-03-12, h1 not yet. */
    ck_assert_ptr_nonnull(strstr(doc, "UID:report-2023-q1-compile@cchc\r\n"
                                      "DTSTAMP:20230116T000000Z\r\n"
                                      "DUE;VALUE=DATE:20230313\r\n"));
    ck_assert_ptr_nonnull(strstr(doc, "COMPLETED:20230312T000000Z\r\n"));
    ck_assert_ptr_nonnull(strstr(doc, "UID:report-2023-h1-send@cchc\r\n"
                                      "DTSTAMP:20230116T000000Z\r\n"
                                      "DUE;VALUE=DATE:20230609\r\n"));
    static const char head[] = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                               "PRODID:-//libcchc//cchc 0.1//VI\r\nCALSCALE:GREGORIAN\r\n";
    ck_assert_msg(strncmp(doc, head, strlen(head)) == 0, "%.90s", doc);
    size_t len = strlen(doc);
    ck_assert_str_eq(doc + len - 15, "END:VCALENDAR\r\n");
    cchc_free(doc);
}
END_TEST

/* The task UIDs of a filtered document, as "key key …" of the first occurrences. */
static void check_filter(const char *unit, const char *expected)
{
    char *doc = ics(unit, "2023-01-16");
    char got[512] = "";
    size_t n = 0;
    for (const char *p = strstr(doc, "UID:task-2023-"); p; p = strstr(p + 1, "UID:task-2023-")) {
        const char *key = p + 14, *end = strstr(key, "-m");
        if (strncmp(end, "-m1-o1@", 7) != 0)
            continue;
        n += (size_t)snprintf(got + n, sizeof got - n, "%s%.*s", n ? " " : "", (int)(end - key),
                              key);
    }
    ck_assert_msg(strcmp(got, expected) == 0, "--unit %s: got \"%s\", expected \"%s\"",
                  unit ? unit : "(all)", got, expected);
    /* The report deadlines are always there. */
    ck_assert_uint_eq(count_of(doc, "UID:report-2023-"), 4);
    cchc_free(doc);
}

START_TEST(test_export_icalendar_filter_by_unit)
{
    check_filter(NULL, "1.1 1.2 2.10 2.10_232 7.1 4.1");
    /* Lead or coordinating; a unit inside @internal gets 1.1 too. */
    check_filter("thanh-tra", "1.1 1.2 2.10_232 4.1");
    check_filter("phong-khtc", "1.1 2.10 7.1"); /* 3.1 is an event: no dated entry */
    /* An external unit is not in @internal. */
    check_filter("so-noi-vu", "2.10_232");
    /* Group tokens match literally. */
    check_filter("@internal", "1.1");
    check_filter("@related", "");
}
END_TEST

START_TEST(test_export_icalendar_bad_arguments)
{
    char *doc = (char *)&doc;
    size_t size = 7;
    ck_assert_cchc_fails(cchc_plan_write_icalendar(&doc, &size, plan, "khong-co", NULL),
                         CCHC_ENOTFOUND);
    ck_assert_ptr_null(doc);
    ck_assert_uint_eq(size, 0);
    ck_assert_cchc_fails(cchc_plan_write_icalendar(&doc, &size, plan, "@nope", NULL),
                         CCHC_ENOTFOUND);
    ck_assert_cchc_fails(cchc_plan_write_icalendar(&doc, &size, plan, "x\xff", NULL),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_write_icalendar(&doc, &size, plan, NULL, "2023-02-30"),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_write_icalendar(&doc, &size, plan, NULL, "20230216"),
                         CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_write_icalendar(NULL, &size, plan, NULL, NULL), CCHC_EINVAL);
    ck_assert_cchc_fails(cchc_plan_write_icalendar(&doc, &size, NULL, NULL, NULL), CCHC_EINVAL);
    ck_assert_cchc_ok(cchc_plan_set_year(plan, 0));
    ck_assert_cchc_fails(cchc_plan_write_icalendar(&doc, &size, plan, NULL, NULL), CCHC_EINVAL);
    ck_assert_ptr_null(doc);
    /* The size is optional. */
    ck_assert_cchc_ok(cchc_plan_set_year(plan, 2023));
    ck_assert_cchc_ok(cchc_plan_write_icalendar(&doc, NULL, plan, NULL, NULL));
    cchc_free(doc);
}
END_TEST

START_TEST(test_export_icalendar_empty_plan)
{
    cchc_plan *empty = cchc_plan_new();
    ck_assert_cchc_ok(cchc_plan_set_year(empty, 2023));
    char *doc = NULL;
    ck_assert_cchc_ok(cchc_plan_write_icalendar(&doc, NULL, empty, NULL, "2023-01-01"));
    ck_assert_str_eq(doc, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//libcchc//cchc 0.1//VI\r\n"
                          "CALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n");
    cchc_free(doc);
    cchc_plan_free(empty);
}
END_TEST

Suite *suite_export(void);

Suite *suite_export(void)
{
    Suite *s = suite_create("export");
    TCase *tc = tcase_create("golden");
    tcase_add_checked_fixture(tc, plan_setup, plan_teardown);
    tcase_add_test(tc, test_export_report_text_golden);
    tcase_add_test(tc, test_export_report_markdown_golden);
    tcase_add_test(tc, test_export_report_csv_golden);
    tcase_add_test(tc, test_export_report_json_golden);
    tcase_add_test(tc, test_export_icalendar_golden);
    suite_add_tcase(s, tc);

    tc = tcase_create("report");
    tcase_add_checked_fixture(tc, plan_setup, plan_teardown);
    tcase_add_test(tc, test_export_csv_bom_quoting_and_crlf);
    tcase_add_test(tc, test_export_text_aligns_by_characters);
    tcase_add_test(tc, test_export_report_write_leaves_the_last_error_alone);
    tcase_add_test(tc, test_export_report_write_bad_arguments);
    tcase_add_test(tc, test_export_report_uses_the_snapshot_not_the_current_plan);
    suite_add_tcase(s, tc);

    tc = tcase_create("icalendar");
    tcase_add_checked_fixture(tc, plan_setup, plan_teardown);
    tcase_add_test(tc, test_export_icalendar_lines_are_folded_at_75_octets);
    tcase_add_test(tc, test_export_icalendar_escapes_text);
    tcase_add_test(tc, test_export_icalendar_uids_are_stable_and_unique);
    tcase_add_test(tc, test_export_icalendar_dates_and_status);
    tcase_add_test(tc, test_export_icalendar_filter_by_unit);
    tcase_add_test(tc, test_export_icalendar_bad_arguments);
    tcase_add_test(tc, test_export_icalendar_empty_plan);
    suite_add_tcase(s, tc);
    return s;
}
