/*
 * cchc calendar [PLAN.json] [--as-of DATE] [-o FILE]
 * cchc calendar [PLAN.json] --ics [--unit ID] [--stamp DATE] [-o FILE]
 * — the plan's reporting periods and deadlines, or every deadline of the
 * plan as an iCalendar file.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char calendar_usage[] =
    "Usage: cchc calendar [PLAN.json] [--as-of DATE] [-o FILE]\n"
    "       cchc calendar [PLAN.json] --ics [--unit ID] [--stamp DATE] [-o FILE]\n"
    "\n"
    "Without --ics: list the plan's reporting periods (data window, the units'\n"
    "send deadline, the compiled report's deadline, whether it was submitted)\n"
    "and the next deadline after DATE (default: today).\n"
    "\n"
    "With --ics: write an iCalendar (RFC 5545) file that calendar programs\n"
    "import: a to-do for every dated milestone of every task (due on its\n"
    "deadline) and for every report deadline.\n"
    "\n"
    "  --as-of DATE   the day to count the next deadline from (YYYY-MM-DD)\n"
    "  --ics          write iCalendar instead of the list\n"
    "  --unit ID      only the tasks this unit leads or coordinates (a unit id,\n"
    "                 which also matches groups it certainly belongs to, or a\n"
    "                 group token such as @internal), plus the report deadlines\n"
    "  --stamp DATE   the DTSTAMP of every entry (default: now); a fixed stamp\n"
    "                 gives the same file for the same plan\n"
    "  -o FILE        write to FILE instead of standard output\n"
    "\n"
    "Without PLAN.json the bundled 2023 plan is used. Exit status: 0 done,\n"
    "1 the plan or FILE could not be used, 2 wrong command line (including an\n"
    "unknown unit or a bad date).\n";

static int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, "cchc calendar: %s%s%s%s\n\n%s", message, arg ? " \"" : "", arg ? arg : "",
            arg ? "\"" : "", calendar_usage);
    return CLI_USAGE_ERROR;
}

/* 1 when @text is a real date written "YYYY-MM-DD". */
static int is_date(const char *text)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (strlen(text) != 10 || text[4] != '-' || text[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9'))
            return 0;
    int year = atoi(text), month = atoi(text + 5), day = atoi(text + 8);
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > days[month - 1])
        return 0;
    return month != 2 || day < 29 || leap;
}

static void today(char buf[11])
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(buf, 11, "%Y-%m-%d", &tm);
}

/* "chưa gửi (missing)": the state of the compiled report, in both languages. */
static const char *submission_label(int state)
{
    switch (state) {
    case CCHC_SUBMISSION_PENDING: return "chưa đến hạn (pending)";
    case CCHC_SUBMISSION_ON_TIME: return "đúng hạn (on time)";
    case CCHC_SUBMISSION_LATE: return "muộn (late)";
    case CCHC_SUBMISSION_MISSING: return "chưa gửi, quá hạn (missing)";
    default: return cchc_submission_state_name(state);
    }
}

static const char *dash(const char *text)
{
    return text[0] ? text : "—";
}

/* Appends the listing of the plan's reporting calendar to @out. */
static void print_periods(FILE *out, const cchc_plan *plan, const char *as_of)
{
    const cchc_calendar *calendar = cchc_plan_calendar(plan);
    size_t count = cchc_calendar_count(calendar);
    fprintf(out, "%s\n", cchc_calendar_name(calendar)[0] ? cchc_calendar_name(calendar)
                                                         : "Chế độ báo cáo (reporting calendar)");
    if (count == 0) {
        fprintf(out, "\nKế hoạch không có kỳ báo cáo (the plan has no reporting periods).\n");
        return;
    }
    static const char *const headers[] = {"Kỳ (id)", "Báo cáo (report)", "Số liệu (window)",
                                          "Gửi VP (send)", "Gửi SNV (compile)",
                                          "Đã gửi (submitted)"};
    size_t width[6];
    for (size_t c = 0; c < 6; c++)
        width[c] = cli_text_width(headers[c]);
    for (size_t i = 0; i < count; i++) {
        const cchc_period *p = cchc_calendar_at(calendar, i);
        size_t w[5] = {cli_text_width(cchc_period_id(p)), cli_text_width(cchc_period_label(p)),
                       23, 10, 10};
        for (size_t c = 0; c < 5; c++)
            if (w[c] > width[c])
                width[c] = w[c];
    }
    fprintf(out, "\n");
    for (size_t c = 0; c < 6; c++) {
        fputs("  ", out);
        if (c < 5)
            cli_print_padded(out, headers[c], width[c]);
        else
            fputs(headers[c], out);
    }
    fputc('\n', out);
    for (size_t i = 0; i < count; i++) {
        const cchc_period *p = cchc_calendar_at(calendar, i);
        char window[64];
        snprintf(window, sizeof window, "%s – %s", cchc_period_window_from(p),
                 cchc_period_window_to(p));
        fputs("  ", out);
        cli_print_padded(out, cchc_period_id(p), width[0]);
        fputs("  ", out);
        cli_print_padded(out, cchc_period_label(p), width[1]);
        fputs("  ", out);
        cli_print_padded(out, window, width[2]);
        fputs("  ", out);
        cli_print_padded(out, dash(cchc_period_send_deadline(p)), width[3]);
        fputs("  ", out);
        cli_print_padded(out, dash(cchc_period_compile_deadline(p)), width[4]);
        fputs("  ", out);
        int state = 0;
        const char *submitted = cchc_period_submitted(p);
        if (cchc_period_submission_state(&state, p, CCHC_DEADLINE_COMPILE, submitted, as_of) ==
            CCHC_OK)
            fprintf(out, "%s%s%s\n", submitted, submitted[0] ? " " : "", submission_label(state));
        else
            fprintf(out, "%s\n", dash(submitted));
    }
    const cchc_period *next = NULL;
    int kind = 0;
    fprintf(out, "\nHạn tiếp theo sau ngày %s (next deadline after %s): ", as_of, as_of);
    if (cchc_calendar_next_deadline(&next, &kind, calendar, as_of) == CCHC_OK)
        fprintf(out, "%s, %s — %s\n",
                kind == CCHC_DEADLINE_SEND ? cchc_period_send_deadline(next)
                                           : cchc_period_compile_deadline(next),
                cchc_period_label(next),
                kind == CCHC_DEADLINE_SEND ? "các phòng, đơn vị gửi Văn phòng (units send)"
                                           : "Văn phòng gửi Sở Nội vụ (compiled report)");
    else
        fprintf(out, "không còn (none)\n");
}

static int write_all(const char *file, const char *data, size_t size)
{
    FILE *out = file ? fopen(file, "wb") : stdout;
    if (!out) {
        fprintf(stderr, "cchc calendar: cannot open \"%s\" for writing\n", file);
        return CLI_DATA_ERROR;
    }
    int ok = fwrite(data, 1, size, out) == size;
    /* cppcheck-suppress useClosedFile ; out is either closed or flushed, never both */
    ok = (file ? fclose(out) : fflush(out)) == 0 && ok;
    if (!ok) {
        fprintf(stderr, "cchc calendar: cannot write \"%s\"\n", file ? file : "standard output");
        return CLI_DATA_ERROR;
    }
    return CLI_OK;
}

static int run_calendar(int argc, char **argv)
{
    const char *path = NULL, *unit = NULL, *stamp = NULL, *file = NULL, *as_of = NULL;
    int ics = 0;
    for (int i = 1; i < argc; i++) {
        int missing = 0;
        const char *value;
        if (cli_is_help(argv[i])) {
            fputs(calendar_usage, stdout);
            return CLI_OK;
        } else if (strcmp(argv[i], "--ics") == 0) {
            ics = 1;
        } else if ((value = cli_option_value(argc, argv, &i, "--unit", &missing))) {
            unit = value;
        } else if ((value = cli_option_value(argc, argv, &i, "--stamp", &missing))) {
            stamp = value;
        } else if ((value = cli_option_value(argc, argv, &i, "--as-of", &missing))) {
            as_of = value;
        } else if ((value = cli_option_value(argc, argv, &i, "-o", &missing)) ||
                   (value = cli_option_value(argc, argv, &i, "--output", &missing))) {
            file = value;
        } else if (missing) {
            return usage_error("missing value after", argv[i]);
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            return usage_error("unknown option", argv[i]);
        } else if (path) {
            return usage_error("one plan at a time", NULL);
        } else {
            path = argv[i];
        }
    }
    if (!ics && (unit || stamp))
        return usage_error("--unit and --stamp go with --ics", NULL);
    if (ics && as_of)
        return usage_error("--as-of goes without --ics", NULL);
    if (stamp && !is_date(stamp))
        return usage_error("--stamp takes a date YYYY-MM-DD, not", stamp);
    if (as_of && !is_date(as_of))
        return usage_error("--as-of takes a date YYYY-MM-DD, not", as_of);

    cchc_plan *plan = cli_load_plan(path);
    if (!plan)
        return CLI_DATA_ERROR;
    int status = CLI_OK;
    if (ics) {
        char *doc = NULL;
        size_t size = 0;
        int rc = cchc_plan_write_icalendar(&doc, &size, plan, unit, stamp);
        if (rc == CCHC_ENOTFOUND) {
            fprintf(stderr, "cchc calendar: %s\n", cchc_last_error_message());
            status = CLI_USAGE_ERROR;
        } else if (rc != CCHC_OK) {
            cli_error("cannot write the calendar");
            status = CLI_DATA_ERROR;
        } else {
            status = write_all(file, doc, size);
        }
        cchc_free(doc);
    } else {
        char day[11];
        if (!as_of)
            today(day);
        FILE *out = file ? fopen(file, "w") : stdout;
        if (!out) {
            fprintf(stderr, "cchc calendar: cannot open \"%s\" for writing\n", file);
            status = CLI_DATA_ERROR;
        } else {
            print_periods(out, plan, as_of ? as_of : day);
            /* cppcheck-suppress useClosedFile ; out is either closed or flushed */
            if ((file ? fclose(out) : fflush(out)) != 0) {
                fprintf(stderr, "cchc calendar: cannot write \"%s\"\n",
                        file ? file : "standard output");
                status = CLI_DATA_ERROR;
            }
        }
    }
    cchc_plan_free(plan);
    return status;
}

const cli_command cli_calendar = {
    "calendar",
    "list the reporting periods and deadlines, or write them as iCalendar",
    calendar_usage,
    run_calendar,
};
