/*
 * cchc scheme check SCHEME.json [--format text|json]
 * — load a scoring scheme and print every finding of its check, located.
 */
#include "cli.h"

#include <string.h>

static const char scheme_usage[] =
    "Usage: cchc scheme check SCHEME.json [--format text|json]\n"
    "\n"
    "Load a PAR-index scheme (\"format\": \"cchc-scheme\") and check it: maxima\n"
    "that add up, codes, rules that fit their maximum, bands that cover 0-100 %.\n"
    "Every finding is printed with its file, line, column and JSON path, then a\n"
    "count by severity; a scheme without errors is summed up on the last line.\n"
    "\n"
    "  --format text|json  output format of the findings (default text)\n"
    "\n"
    "Exit status: 0 the scheme has no errors (warnings allowed), 1 it has errors\n"
    "or could not be read, 2 wrong command line.\n";

static int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, "cchc scheme: %s%s%s%s\n\n%s", message, arg ? " \"" : "", arg ? arg : "",
            arg ? "\"" : "", scheme_usage);
    return CLI_USAGE_ERROR;
}

static int check_scheme(const char *path, int format)
{
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_scheme *scheme = NULL;
    int rc = cchc_scheme_load_file(&scheme, path, diags);
    char *doc = NULL;
    size_t size = 0;
    int status = rc == CCHC_OK ? CLI_OK : CLI_DATA_ERROR;
    if (cchc_diagnostics_count_severity(diags, CCHC_SEVERITY_ERROR) == 0 && rc != CCHC_OK) {
        /* A failure the loader did not list (it lists them all today). */
        char message[1024];
        snprintf(message, sizeof message, "%s", cchc_last_error_message());
        cchc_diagnostics_add(diags, CCHC_SEVERITY_ERROR, "scheme.load", message);
    }
    if (cchc_diagnostics_write(&doc, &size, diags, format, 0) != CCHC_OK) {
        cli_error("cannot write the findings");
        status = CLI_DATA_ERROR;
    } else {
        if (cli_write_output("scheme", NULL, doc, size) != CLI_OK)
            status = CLI_DATA_ERROR;
        if (status == CLI_OK && format == CCHC_OUTPUT_TEXT) {
            char *maximum = NULL;
            if (cchc_points_format(&maximum, cchc_scheme_maximum(scheme), 0) == CCHC_OK)
                printf("%s: scheme \"%s\" (%d): %zu areas, %zu nodes, maximum %s, %zu bands\n",
                       path, cchc_scheme_id(scheme), cchc_scheme_year(scheme),
                       cchc_scheme_root_count(scheme), cchc_scheme_node_count(scheme), maximum,
                       cchc_scheme_band_count(scheme));
            cchc_free(maximum);
        }
    }
    if (rc != CCHC_OK)
        fprintf(stderr, "cchc scheme: %s\n", cchc_last_error_message());
    cchc_free(doc);
    cchc_scheme_free(scheme);
    cchc_diagnostics_free(diags);
    return status;
}

static int run_scheme(int argc, char **argv)
{
    const char *action = NULL, *path = NULL;
    int format = CCHC_OUTPUT_TEXT;
    for (int i = 1; i < argc; i++) {
        int missing = 0;
        const char *value;
        if (cli_is_help(argv[i])) {
            fputs(scheme_usage, stdout);
            return CLI_OK;
        } else if ((value = cli_option_value(argc, argv, &i, "--format", &missing))) {
            format = cli_parse_output_format(value);
            if (format != CCHC_OUTPUT_TEXT && format != CCHC_OUTPUT_JSON)
                return usage_error("unknown format (text, json)", value);
        } else if (missing) {
            return usage_error("missing value after", argv[i]);
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            return usage_error("unknown option", argv[i]);
        } else if (!action) {
            action = argv[i];
            if (strcmp(action, "check") != 0)
                return usage_error("unknown action (check)", action);
        } else if (!path) {
            path = argv[i];
        } else {
            return usage_error("one scheme at a time", NULL);
        }
    }
    if (!action)
        return usage_error("an action is required: check", NULL);
    if (!path)
        return usage_error("SCHEME.json is required", NULL);
    return check_scheme(path, format);
}

const cli_command cli_scheme = {
    "scheme",
    "check a PAR-index scheme: sums, codes, rules and bands",
    scheme_usage,
    run_scheme,
};
