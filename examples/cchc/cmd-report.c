/*
 * cchc report [PLAN.json] --as-of DATE [--period ID] [--format FORMAT]
 *             [--bom] [--due-soon DAYS]
 * — the figures of a periodic report, or of the plan's progress up to a day.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char report_usage[] =
    "Usage: cchc report [PLAN.json] --as-of DATE [--period ID]\n"
    "                   [--format text|md|csv|json] [--bom] [--due-soon DAYS]\n"
    "\n"
    "Print the figures of a report on the plan: the tasks completed in the\n"
    "report's window (on time and late), the tasks overdue at its cut-off with\n"
    "their lead units, counts by state, area and lead unit, and the completion\n"
    "rate of due tasks.\n"
    "\n"
    "  --as-of DATE     the day the report is made (YYYY-MM-DD); required\n"
    "  --period ID      a period of the plan's reporting calendar (q1, h1, q3,\n"
    "                   year, … see `cchc calendar`): its data window, with the\n"
    "                   figures at its cut-off (or at DATE if earlier). Without\n"
    "                   it: the plan year up to DATE.\n"
    "  --format FORMAT  text (default), md (Markdown), csv or json\n"
    "  --bom            CSV only: start with a UTF-8 byte order mark for Excel\n"
    "  --due-soon DAYS  mark tasks with a deadline within DAYS (0-366) after the\n"
    "                   cut-off as due soon (default 0: off)\n"
    "\n"
    "Without PLAN.json the bundled 2023 plan is used. The report goes to\n"
    "standard output. Exit status: 0 done, 1 the plan could not be used, 2 wrong\n"
    "command line (including an unknown period or a bad date).\n";

static int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, "cchc report: %s%s%s%s\n\n%s", message, arg ? " \"" : "", arg ? arg : "",
            arg ? "\"" : "", report_usage);
    return CLI_USAGE_ERROR;
}

static int parse_format(const char *name)
{
    if (strcmp(name, "text") == 0)
        return CCHC_OUTPUT_TEXT;
    if (strcmp(name, "md") == 0 || strcmp(name, "markdown") == 0)
        return CCHC_OUTPUT_MARKDOWN;
    if (strcmp(name, "csv") == 0)
        return CCHC_OUTPUT_CSV;
    if (strcmp(name, "json") == 0)
        return CCHC_OUTPUT_JSON;
    return 0;
}

static int parse_days(const char *text, int *days)
{
    char *end = NULL;
    errno = 0;
    long value = strtol(text, &end, 10);
    if (errno || end == text || *end != '\0' || value < 0 || value > 366)
        return 0;
    *days = (int)value;
    return 1;
}

static int run_report(int argc, char **argv)
{
    const char *path = NULL, *as_of = NULL, *period = NULL;
    int format = CCHC_OUTPUT_TEXT, flags = 0, due_soon = 0;
    for (int i = 1; i < argc; i++) {
        int missing = 0;
        const char *value;
        if (cli_is_help(argv[i])) {
            fputs(report_usage, stdout);
            return CLI_OK;
        } else if ((value = cli_option_value(argc, argv, &i, "--as-of", &missing))) {
            as_of = value;
        } else if ((value = cli_option_value(argc, argv, &i, "--period", &missing))) {
            period = value;
        } else if ((value = cli_option_value(argc, argv, &i, "--format", &missing))) {
            if (!(format = parse_format(value)))
                return usage_error("unknown format", value);
        } else if ((value = cli_option_value(argc, argv, &i, "--due-soon", &missing))) {
            if (!parse_days(value, &due_soon))
                return usage_error("--due-soon takes a number of days from 0 to 366, not", value);
        } else if (strcmp(argv[i], "--bom") == 0) {
            flags |= CCHC_OUTPUT_BOM;
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
    if (!as_of)
        return usage_error("--as-of DATE is required", NULL);
    if ((flags & CCHC_OUTPUT_BOM) && format != CCHC_OUTPUT_CSV)
        return usage_error("--bom goes with --format csv only", NULL);

    cchc_plan *plan = cli_load_plan(path);
    if (!plan)
        return CLI_DATA_ERROR;
    int status = CLI_OK;
    cchc_report *report = NULL;
    char *doc = NULL;
    size_t size = 0;
    int rc = cchc_report_compute_due_soon(&report, plan, period, as_of, due_soon);
    if (rc == CCHC_EINVAL && cchc_plan_year(plan) == 0) {
        cli_error("cannot make the report");
        status = CLI_DATA_ERROR;
    } else if (rc == CCHC_EINVAL || rc == CCHC_ENOTFOUND) {
        fprintf(stderr, "cchc report: %s\n", cchc_last_error_message());
        status = CLI_USAGE_ERROR;
    } else if (rc != CCHC_OK) {
        cli_error("cannot make the report");
        status = CLI_DATA_ERROR;
    } else if (cchc_report_write(&doc, &size, report, plan, format, flags) != CCHC_OK) {
        cli_error("cannot write the report");
        status = CLI_DATA_ERROR;
    } else if (fwrite(doc, 1, size, stdout) != size || fflush(stdout) != 0) {
        fprintf(stderr, "cchc report: cannot write to standard output\n");
        status = CLI_DATA_ERROR;
    }
    cchc_free(doc);
    cchc_report_free(report);
    cchc_plan_free(plan);
    return status;
}

const cli_command cli_report = {
    "report",
    "print a report: done, late and overdue tasks by area and lead unit",
    report_usage,
    run_report,
};
