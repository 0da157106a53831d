/*
 * cchc validate [PLAN.json] [--format text|json] [--vi] [--today DATE]
 *                [--disable CODE]… — run the validation rules over a plan.
 */
#include "cli.h"

#include <string.h>

static const char validate_usage[] =
    "Usage: cchc validate [PLAN.json] [--format text|json] [--vi] [--today DATE]\n"
    "                     [--disable CODE]... [--rules]\n"
    "\n"
    "Check a plan against the validation rules (docs/validation.md) and print\n"
    "every finding with its task, field and message. Without PLAN.json the\n"
    "bundled 2023 plan is checked.\n"
    "\n"
    "  --format text|json  output format (default text)\n"
    "  --vi                messages in Vietnamese\n"
    "  --today DATE        the day that counts as today (YYYY-MM-DD)\n"
    "  --disable CODE      skip a rule (repeatable)\n"
    "  --rules             list the rules and exit\n"
    "\n"
    "Exit status: 0 no errors (warnings allowed), 1 errors found or the plan\n"
    "could not be loaded, 2 wrong command line.\n";

static int list_rules(void)
{
    for (size_t i = 0; i < cchc_validation_rule_count(); i++) {
        const char *code = cchc_validation_rule_code(i);
        printf("%-34s %-8s %s\n", code, cchc_severity_name(cchc_validation_rule_severity(code)),
               cchc_validation_rule_summary(code));
    }
    return CLI_OK;
}

static int run_validate(int argc, char **argv)
{
    const char *path = NULL;
    int format = CCHC_OUTPUT_TEXT, flags = 0;
    cchc_validator *validator = cchc_validator_new();
    int status = CLI_OK;
    for (int i = 1; i < argc && status == CLI_OK; i++) {
        const char *arg = argv[i];
        if (cli_is_help(arg)) {
            fputs(validate_usage, stdout);
            cchc_validator_free(validator);
            return CLI_OK;
        } else if (strcmp(arg, "--rules") == 0) {
            cchc_validator_free(validator);
            return list_rules();
        } else if (strcmp(arg, "--vi") == 0) {
            flags |= CCHC_OUTPUT_VIETNAMESE;
        } else if (strcmp(arg, "--format") == 0 && i + 1 < argc) {
            const char *f = argv[++i];
            if (strcmp(f, "text") == 0)
                format = CCHC_OUTPUT_TEXT;
            else if (strcmp(f, "json") == 0)
                format = CCHC_OUTPUT_JSON;
            else {
                fprintf(stderr, "cchc validate: unknown format \"%s\" (text, json)\n", f);
                status = CLI_USAGE_ERROR;
            }
        } else if (strcmp(arg, "--today") == 0 && i + 1 < argc) {
            if (cchc_validator_set_today(validator, argv[++i]) != CCHC_OK) {
                cli_error("--today");
                status = CLI_USAGE_ERROR;
            }
        } else if (strcmp(arg, "--disable") == 0 && i + 1 < argc) {
            if (cchc_validator_set_enabled(validator, argv[++i], 0) != CCHC_OK) {
                cli_error("--disable");
                status = CLI_USAGE_ERROR;
            }
        } else if (arg[0] == '-' && arg[1] != '\0') {
            fprintf(stderr, "cchc validate: unknown or incomplete option \"%s\"\n\n%s", arg,
                    validate_usage);
            status = CLI_USAGE_ERROR;
        } else if (path) {
            fprintf(stderr, "cchc validate: one plan at a time\n");
            status = CLI_USAGE_ERROR;
        } else {
            path = arg;
        }
    }
    if (status != CLI_OK) {
        cchc_validator_free(validator);
        return status;
    }
    cchc_plan *plan = cli_load_plan(path);
    if (!plan) {
        cchc_validator_free(validator);
        return CLI_DATA_ERROR;
    }
    cchc_diagnostics *diags = cchc_diagnostics_new();
    char *text = NULL;
    if (cchc_validator_run(validator, plan, diags) != CCHC_OK ||
        cchc_diagnostics_write(&text, NULL, diags, format, flags) != CCHC_OK) {
        cli_error("cannot validate");
        status = CLI_DATA_ERROR;
    } else {
        fputs(text, stdout);
        status = cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_ERROR) ? CLI_DATA_ERROR
                                                                            : CLI_OK;
    }
    cchc_free(text);
    cchc_diagnostics_free(diags);
    cchc_plan_free(plan);
    cchc_validator_free(validator);
    return status;
}

const cli_command cli_validate = {
    "validate",
    "check a plan against the validation rules",
    validate_usage,
    run_validate,
};
