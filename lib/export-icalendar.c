/*
 * libcchc — a plan's deadlines as an iCalendar document (RFC 5545) that
 * calendar programs import: one VTODO per dated occurrence of every task
 * milestone and one per report deadline of the plan's calendar
 * (docs/reports.md, "iCalendar").
 *
 * Formats layer: the dates come from the parsed schedules and the calendar;
 * nothing is computed here.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

#include <string.h>

/* Lines are folded so that none exceeds 75 octets (RFC 5545 §3.1). */
#define ICAL_LINE_OCTETS 75

/* Appends one content line, folded at 75 octets without splitting a UTF-8
 * sequence, ending in CRLF. */
static void ical_line(GString *out, const char *line)
{
    size_t len = strlen(line), pos = 0, limit = ICAL_LINE_OCTETS;
    while (len - pos > limit) {
        size_t cut = pos + limit;
        while (cut > pos && ((unsigned char)line[cut] & 0xC0) == 0x80)
            cut--; /* back to the first byte of a character */
        if (cut == pos)
            cut = pos + limit; /* not UTF-8 (cannot happen: text is checked) */
        g_string_append_len(out, line + pos, (gssize)(cut - pos));
        g_string_append(out, "\r\n ");
        pos = cut;
        limit = ICAL_LINE_OCTETS - 1; /* the leading space takes one octet */
    }
    g_string_append(out, line + pos);
    g_string_append(out, "\r\n");
}

/* TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
static void ical_escape(GString *out, const char *text)
{
    for (const char *p = text; *p; p++) {
        switch (*p) {
        case '\\': g_string_append(out, "\\\\"); break;
        case ';': g_string_append(out, "\\;"); break;
        case ',': g_string_append(out, "\\,"); break;
        case '\n': g_string_append(out, "\\n"); break;
        case '\r':
            if (p[1] != '\n')
                g_string_append(out, "\\n");
            break;
        default:
            /* Other control characters are not allowed in TEXT. */
            if ((unsigned char)*p < 0x20 && *p != '\t')
                g_string_append_c(out, ' ');
            else
                g_string_append_c(out, *p);
        }
    }
}

static void ical_text(GString *out, const char *name, const char *value)
{
    g_autoptr(GString) line = g_string_new(name);
    g_string_append_c(line, ':');
    ical_escape(line, value);
    ical_line(out, line->str);
}

/* "2023-03-31" → "20230331". */
static void ical_date(GString *out, const char *name, const char *iso)
{
    g_autofree char *line = g_strdup_printf("%s;VALUE=DATE:%.4s%.2s%.2s", name, iso, iso + 5,
                                            iso + 8);
    ical_line(out, line);
}

/* A key made safe for a UID: ASCII letters, digits and '.' are kept, every
 * other byte becomes "_XX" (hex), '_' included, so distinct keys stay
 * distinct ("2.10#2" → "2.10_232"). */
static void uid_part(GString *out, const char *text)
{
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (g_ascii_isalnum(*p) || *p == '.')
            g_string_append_c(out, (char)*p);
        else
            g_string_append_printf(out, "_%02X", *p);
    }
}

/* The names of a task's units in @role, with its free-text mentions. */
static void unit_names(GString *out, const cchc_plan *plan, const cchc_task *task, int role)
{
    size_t units = cchc_task_unit_count(task, role);
    for (size_t k = 0; k < units; k++)
        g_string_append_printf(out, "%s%s", k ? ", " : "",
                               cchc_plan_ref_name(plan, cchc_task_unit_at(task, role, k)));
    for (size_t k = 0; k < cchc_task_mention_count(task, role); k++)
        g_string_append_printf(out, "%s(%s)", units || k ? " " : "",
                               cchc_task_mention_at(task, role, k));
}

static const char *task_ical_status(int status)
{
    switch (status) {
    case CCHC_STATUS_DONE: return "COMPLETED";
    case CCHC_STATUS_CANCELLED: return "CANCELLED";
    case CCHC_STATUS_IN_PROGRESS: return "IN-PROCESS";
    default: return "NEEDS-ACTION";
    }
}

/* 1 when @task names @ref as lead or coordinating unit: literally, or —
 * for a unit id — through a group the unit certainly belongs to. */
static int task_concerns(const cchc_plan *plan, const cchc_task *task, const char *ref)
{
    const cchc_unit *unit = cchc_group_from_token(ref) ? NULL : cchc_plan_find_unit(plan, ref);
    for (int role = CCHC_ROLE_LEAD; role <= CCHC_ROLE_COORDINATING; role++) {
        for (size_t k = 0; k < cchc_task_unit_count(task, role); k++) {
            const char *r = cchc_task_unit_at(task, role, k);
            if (strcmp(r, ref) == 0)
                return 1;
            int group = cchc_group_from_token(r);
            if (unit && group && cchc_group_includes(group, unit))
                return 1;
        }
    }
    return 0;
}

typedef struct {
    GString *out;
    const char *stamp; /* "YYYYMMDDTHHMMSSZ" */
    int year;
} ical_writer;

static void write_occurrence(ical_writer *iw, const cchc_plan *plan, const cchc_task *task,
                             const cchc_milestone *m, size_t mi, size_t oi, size_t count)
{
    GString *out = iw->out;
    const char *start = cchc_milestone_occurrence_start(m, oi);
    const char *due = cchc_milestone_occurrence_deadline(m, oi);
    if (!cchc__date_parse(due, NULL))
        return;
    ical_line(out, "BEGIN:VTODO");
    g_autoptr(GString) uid = g_string_new("UID:task-");
    g_string_append_printf(uid, "%d-", iw->year);
    uid_part(uid, cchc_task_key(task));
    g_string_append_printf(uid, "-m%zu-o%zu@cchc", mi + 1, oi + 1);
    ical_line(out, uid->str);
    g_autofree char *stamp = g_strdup_printf("DTSTAMP:%s", iw->stamp);
    ical_line(out, stamp);
    if (cchc__date_parse(start, NULL) && strcmp(start, due) <= 0)
        ical_date(out, "DTSTART", start);
    ical_date(out, "DUE", due);

    g_autoptr(GString) summary = g_string_new(cchc_task_id(task));
    if (summary->len)
        g_string_append_c(summary, ' ');
    g_string_append(summary, cchc_task_title(task));
    if (*cchc_milestone_label(m))
        g_string_append_printf(summary, " — %s", cchc_milestone_label(m));
    if (count > 1)
        g_string_append_printf(summary, " (%zu/%zu)", oi + 1, count);
    ical_text(out, "SUMMARY", summary->str);

    g_autoptr(GString) description = g_string_new("Chủ trì (lead): ");
    unit_names(description, plan, task, CCHC_ROLE_LEAD);
    if (cchc_task_unit_count(task, CCHC_ROLE_COORDINATING) ||
        cchc_task_mention_count(task, CCHC_ROLE_COORDINATING)) {
        g_string_append(description, "\nPhối hợp (coordinating): ");
        unit_names(description, plan, task, CCHC_ROLE_COORDINATING);
    }
    g_string_append_printf(description, "\nThời gian (when): %s", cchc_task_when(task));
    if (*cchc_task_product(task))
        g_string_append_printf(description, "\nSản phẩm (product): %s", cchc_task_product(task));
    ical_text(out, "DESCRIPTION", description->str);
    ical_text(out, "CATEGORIES", cchc_area_name_vi(cchc_task_area(task)));

    int status = cchc_task_status(task);
    g_autofree char *status_line = g_strdup_printf("STATUS:%s", task_ical_status(status));
    ical_line(out, status_line);
    const char *completed = cchc_task_completed(task);
    if (status == CCHC_STATUS_DONE && *completed) {
        g_autofree char *line = g_strdup_printf("COMPLETED:%.4s%.2s%.2sT000000Z", completed,
                                                completed + 5, completed + 8);
        ical_line(out, line);
    }
    g_autofree char *percent = g_strdup_printf("PERCENT-COMPLETE:%d",
                                               status == CCHC_STATUS_DONE
                                                   ? 100
                                                   : (int)cchc_task_progress(task));
    ical_line(out, percent);
    ical_line(out, "END:VTODO");
}

static int write_task(ical_writer *iw, const cchc_plan *plan, const cchc_task *task)
{
    cchc_schedule *s = NULL;
    int rc = cchc_task_schedule(&s, task, iw->year);
    if (rc)
        return rc;
    for (size_t mi = 0; mi < cchc_schedule_milestone_count(s); mi++) {
        const cchc_milestone *m = cchc_schedule_milestone_at(s, mi);
        size_t count = cchc_milestone_occurrence_count(m);
        for (size_t oi = 0; oi < count; oi++)
            write_occurrence(iw, plan, task, m, mi, oi, count);
    }
    cchc_schedule_free(s);
    return CCHC_OK;
}

static void write_report_deadline(ical_writer *iw, const cchc_period *period, int kind)
{
    const char *due = kind == CCHC_DEADLINE_SEND ? cchc_period_send_deadline(period)
                                                 : cchc_period_compile_deadline(period);
    if (!cchc__date_parse(due, NULL))
        return;
    GString *out = iw->out;
    ical_line(out, "BEGIN:VTODO");
    g_autoptr(GString) uid = g_string_new("UID:report-");
    g_string_append_printf(uid, "%d-", iw->year);
    uid_part(uid, cchc_period_id(period));
    g_string_append(uid, kind == CCHC_DEADLINE_SEND ? "-send@cchc" : "-compile@cchc");
    ical_line(out, uid->str);
    g_autofree char *stamp = g_strdup_printf("DTSTAMP:%s", iw->stamp);
    ical_line(out, stamp);
    ical_date(out, "DUE", due);
    g_autofree char *summary =
        g_strdup_printf(kind == CCHC_DEADLINE_SEND
                            ? "%s — các phòng, đơn vị gửi Văn phòng (units send their figures)"
                            : "%s — Văn phòng gửi Sở Nội vụ (the compiled report is due)",
                        cchc_period_label(period));
    ical_text(out, "SUMMARY", summary);
    g_autofree char *description = g_strdup_printf(
        "Kỳ báo cáo (period): %s\nThời gian chốt số liệu (data window): %s – %s",
        cchc_period_id(period), cchc_period_window_from(period), cchc_period_window_to(period));
    ical_text(out, "DESCRIPTION", description);
    ical_text(out, "CATEGORIES", "Báo cáo CCHC");
    const char *submitted = cchc_period_submitted(period);
    if (*submitted) {
        /* The compiled report went out, so the units' figures had come in. */
        ical_line(out, "STATUS:COMPLETED");
        if (kind == CCHC_DEADLINE_COMPILE) {
            g_autofree char *line = g_strdup_printf("COMPLETED:%.4s%.2s%.2sT000000Z", submitted,
                                                    submitted + 5, submitted + 8);
            ical_line(out, line);
        }
    } else {
        ical_line(out, "STATUS:NEEDS-ACTION");
    }
    ical_line(out, "END:VTODO");
}

int cchc_plan_write_icalendar(char **out, size_t *out_size, const cchc_plan *plan,
                              const char *unit_ref, const char *stamp)
{
    if (out)
        *out = NULL;
    if (out_size)
        *out_size = 0;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(plan);
    int rc;
    if (stamp && (rc = cchc__check_date(stamp, "iCalendar: stamp", 0)))
        return rc;
    if (unit_ref && (rc = cchc__check_text(unit_ref, "iCalendar: unit reference")))
        return rc;
    int year = cchc_plan_year(plan);
    if (year == 0)
        return cchc__fail(CCHC_EINVAL, "iCalendar: the plan has no year");
    if (unit_ref && !cchc_plan_ref_is_valid(plan, unit_ref))
        return cchc__fail(CCHC_ENOTFOUND, "iCalendar: the plan has no unit or group \"%s\"",
                          unit_ref);

    g_autofree char *dtstamp = NULL;
    if (stamp) {
        dtstamp = g_strdup_printf("%.4s%.2s%.2sT000000Z", stamp, stamp + 5, stamp + 8);
    } else {
        GDateTime *now = g_date_time_new_now_utc();
        dtstamp = g_date_time_format(now, "%Y%m%dT%H%M%SZ");
        g_date_time_unref(now);
    }

    ical_writer iw = {g_string_new(NULL), dtstamp, year};
    ical_line(iw.out, "BEGIN:VCALENDAR");
    ical_line(iw.out, "VERSION:2.0");
    g_autofree char *prodid = g_strdup_printf("PRODID:-//libcchc//cchc %d.%d//VI",
                                              CCHC_VERSION_MAJOR, CCHC_VERSION_MINOR);
    ical_line(iw.out, prodid);
    ical_line(iw.out, "CALSCALE:GREGORIAN");
    if (*cchc_plan_title(plan))
        ical_text(iw.out, "X-WR-CALNAME", cchc_plan_title(plan));
    for (size_t i = 0; i < cchc_plan_task_count(plan); i++) {
        const cchc_task *task = cchc_plan_task_at(plan, i);
        if (unit_ref && !task_concerns(plan, task, unit_ref))
            continue;
        if ((rc = write_task(&iw, plan, task))) {
            g_string_free(iw.out, TRUE);
            return rc;
        }
    }
    const cchc_calendar *calendar = cchc_plan_calendar(plan);
    for (size_t i = 0; i < cchc_calendar_count(calendar); i++) {
        const cchc_period *period = cchc_calendar_at(calendar, i);
        write_report_deadline(&iw, period, CCHC_DEADLINE_SEND);
        write_report_deadline(&iw, period, CCHC_DEADLINE_COMPILE);
    }
    ical_line(iw.out, "END:VCALENDAR");
    if (out_size)
        *out_size = iw.out->len;
    *out = g_string_free(iw.out, FALSE);
    return CCHC_OK;
}
