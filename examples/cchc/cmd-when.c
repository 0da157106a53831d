/*
 * cchc when TEXT --year N — how libcchc reads a time expression ("thời gian
 * thực hiện"): each milestone's kind, label, dates and deadline, or why it is
 * not understood.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char when_usage[] =
    "Usage: cchc when TEXT --year N\n"
    "\n"
    "Print how a plan's time expression (\"Thời gian thực hiện\") is read: one\n"
    "line per milestone with its kind (date, interval, list, recurring,\n"
    "continuous, event, unknown), its grain, its label, its dates and its\n"
    "deadline; for lists and recurrences, every occurrence.\n"
    "\n"
    "  --year N   the plan year (1900-9999), used where TEXT names no year and\n"
    "             for \"Thường xuyên\", \"hàng tháng\", …; required\n"
    "\n"
    "Example: cchc when \"Quý III/IV năm 2023\" --year 2023\n"
    "\n"
    "Exit status: 0 understood, 1 not understood (the reason is printed),\n"
    "2 wrong command line.\n";

static int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, "cchc when: %s%s%s%s\n\n%s", message, arg ? " \"" : "", arg ? arg : "",
            arg ? "\"" : "", when_usage);
    return CLI_USAGE_ERROR;
}

static int parse_year(const char *text, int *year)
{
    char *end = NULL;
    errno = 0;
    long value = strtol(text, &end, 10);
    if (errno || end == text || *end != '\0' || value < 1900 || value > 9999)
        return 0;
    *year = (int)value;
    return 1;
}

static void print_schedule(const cchc_schedule *s)
{
    char *lines = NULL;
    if (cchc_schedule_describe(&lines, s) != CCHC_OK) {
        cli_error("cannot describe the schedule");
        return;
    }
    printf("\"%s\" (năm kế hoạch / plan year %d)\n", cchc_schedule_text(s),
           cchc_schedule_plan_year(s));
    const char *line = lines;
    for (size_t i = 0; i < cchc_schedule_milestone_count(s); i++) {
        const cchc_milestone *m = cchc_schedule_milestone_at(s, i);
        const char *nl = strchr(line, '\n');
        int len = nl ? (int)(nl - line) : (int)strlen(line);
        printf("%zu. %s, %s: %.*s\n", i + 1, cchc_milestone_kind_name(cchc_milestone_kind(m)),
               cchc_grain_name(cchc_milestone_grain(m)), len, line);
        size_t n = cchc_milestone_occurrence_count(m);
        for (size_t j = 0; n > 1 && j < n; j++)
            printf("     %2zu) %s … %s\n", j + 1, cchc_milestone_occurrence_start(m, j),
                   cchc_milestone_occurrence_deadline(m, j));
        line = nl ? nl + 1 : line + len;
    }
    if (cchc_schedule_start(s)[0])
        printf("Từ … hạn (from … deadline): %s … %s\n", cchc_schedule_start(s),
               cchc_schedule_deadline(s));
    cchc_free(lines);
}

static int run_when(int argc, char **argv)
{
    const char *text = NULL, *year_text = NULL;
    int options_done = 0;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (!options_done && cli_is_help(arg)) {
            fputs(when_usage, stdout);
            return CLI_OK;
        }
        if (!options_done && strcmp(arg, "--") == 0) {
            options_done = 1;
        } else if (!options_done && strcmp(arg, "--year") == 0) {
            if (i + 1 >= argc)
                return usage_error("--year needs a value", NULL);
            year_text = argv[++i];
        } else if (!options_done && strncmp(arg, "--year=", 7) == 0) {
            year_text = arg + 7;
        } else if (!options_done && arg[0] == '-' && arg[1] == '-') {
            return usage_error("unknown option", arg);
        } else if (text) {
            return usage_error("one time expression at a time; quote it", NULL);
        } else {
            text = arg;
        }
    }
    if (!text)
        return usage_error("no time expression given", NULL);
    if (!year_text)
        return usage_error("the plan year is required (--year N)", NULL);
    int year = 0;
    if (!parse_year(year_text, &year))
        return usage_error("the plan year must be a number from 1900 to 9999, not", year_text);

    cchc_schedule *s = NULL;
    if (cchc_schedule_parse(&s, text, year) != CCHC_OK) {
        cli_error("cannot read the time expression");
        return CLI_DATA_ERROR;
    }
    print_schedule(s);
    int understood = cchc_schedule_is_understood(s);
    if (!understood)
        for (size_t i = 0; i < cchc_schedule_milestone_count(s); i++) {
            const cchc_milestone *m = cchc_schedule_milestone_at(s, i);
            if (cchc_milestone_kind(m) == CCHC_MILESTONE_UNKNOWN)
                fprintf(stderr, "cchc when: not understood: \"%s\": %s\n", cchc_milestone_text(m),
                        cchc_milestone_reason(m));
        }
    cchc_schedule_free(s);
    return understood ? CLI_OK : CLI_DATA_ERROR;
}

const cli_command cli_when = {
    "when",
    "print how a time expression (\"Quý III/IV năm 2023\") is read",
    when_usage,
    run_when,
};
