/*
 * cchc import APPENDIX.tsv [--units PLAN.json] -o PLAN.json — read an
 * appendix table as officials write it and save it as a plan.
 */
#include "cli.h"

#include <string.h>

static const char import_usage[] =
    "Usage: cchc import TABLE [--units PLAN.json] -o PLAN.json [--format text|json] [--vi]\n"
    "\n"
    "Read a plan's appendix table (tab-separated text copied from Word, or CSV)\n"
    "and save it as a plan. Unit names are resolved against the units of\n"
    "--units (any plan file, e.g. the bundled one); without it the units are\n"
    "built from the names found, for you to check. Every row or name that could\n"
    "not be read is reported with its line, then the plan is validated.\n"
    "\n"
    "Exit status: 0 saved without errors, 1 errors (the plan is saved all the\n"
    "same when the table could be read), 2 wrong command line.\n";

static int run_import(int argc, char **argv)
{
    const char *table = NULL, *units = NULL, *output = NULL;
    int format = CCHC_OUTPUT_TEXT, flags = 0;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (cli_is_help(arg)) {
            fputs(import_usage, stdout);
            return CLI_OK;
        } else if (strcmp(arg, "--units") == 0 && i + 1 < argc) {
            units = argv[++i];
        } else if ((strcmp(arg, "-o") == 0 || strcmp(arg, "--output") == 0) && i + 1 < argc) {
            output = argv[++i];
        } else if (strcmp(arg, "--vi") == 0) {
            flags |= CCHC_OUTPUT_VIETNAMESE;
        } else if (strcmp(arg, "--format") == 0 && i + 1 < argc) {
            const char *f = argv[++i];
            if (strcmp(f, "json") == 0) {
                format = CCHC_OUTPUT_JSON;
            } else if (strcmp(f, "text") != 0) {
                fprintf(stderr, "cchc import: unknown format \"%s\" (text, json)\n", f);
                return CLI_USAGE_ERROR;
            }
        } else if (arg[0] == '-' && arg[1] != '\0') {
            fprintf(stderr, "cchc import: unknown or incomplete option \"%s\"\n\n%s", arg,
                    import_usage);
            return CLI_USAGE_ERROR;
        } else if (table) {
            fprintf(stderr, "cchc import: one table at a time\n");
            return CLI_USAGE_ERROR;
        } else {
            table = arg;
        }
    }
    if (!table || !output) {
        fprintf(stderr, "cchc import: a table and -o PLAN.json are needed\n\n%s", import_usage);
        return CLI_USAGE_ERROR;
    }
    cchc_plan *registry = NULL;
    if (units && !(registry = cli_load_plan(units)))
        return CLI_DATA_ERROR;
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_plan *plan = NULL;
    int status = CLI_OK;
    if (cchc_appendix_import_file(&plan, table, registry, diags) != CCHC_OK) {
        status = CLI_DATA_ERROR;
    } else {
        cchc_plan_validate(plan, diags);
        if (cchc_plan_save_file(plan, output) != CCHC_OK) {
            cli_error("cannot save the plan");
            status = CLI_DATA_ERROR;
        }
    }
    char *text = NULL;
    if (cchc_diagnostics_write(&text, NULL, diags, format, flags) == CCHC_OK)
        fputs(text, format == CCHC_OUTPUT_JSON ? stdout : stderr);
    cchc_free(text);
    if (cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_ERROR))
        status = CLI_DATA_ERROR;
    if (plan && status == CLI_OK)
        fprintf(stderr, "cchc import: %zu tasks saved to %s\n", cchc_plan_task_count(plan),
                output);
    cchc_diagnostics_free(diags);
    cchc_plan_free(plan);
    cchc_plan_free(registry);
    return status;
}

const cli_command cli_import = {
    "import",
    "read an appendix table (TSV or CSV) into a plan file",
    import_usage,
    run_import,
};
