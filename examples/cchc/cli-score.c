/*
 * cchc — helpers shared by the scoring subcommands (scheme, score,
 * explain, rank): loading a scheme and scorecards, filling plan-fed inputs,
 * evaluating, writing output.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

void cli_print_diagnostics(const cchc_diagnostics *diags, int with_errors)
{
    for (size_t i = 0; i < cchc_diagnostics_count(diags); i++) {
        const cchc_diagnostic *d = cchc_diagnostics_at(diags, i);
        if (!with_errors && cchc_diagnostic_severity(d) == CCHC_SEVERITY_ERROR)
            continue;
        char *line = NULL;
        if (cchc_diagnostic_format(&line, d) == CCHC_OK)
            fprintf(stderr, "%s\n", line);
        cchc_free(line);
    }
}

cchc_scheme *cli_load_scheme(const char *path)
{
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_scheme *scheme = NULL;
    int rc = cchc_scheme_load_file(&scheme, path, diags);
    /* A scheme that fails its check is refused: show every finding, so that
     * all of them can be fixed at once (the first error is the message). */
    cli_print_diagnostics(diags, rc != CCHC_OK);
    cchc_diagnostics_free(diags);
    if (rc != CCHC_OK) {
        fprintf(stderr, "cchc: cannot load the scheme: %s\n", cchc_last_error_message());
        return NULL;
    }
    return scheme;
}

/* The folder of @path ("." when it has none), newly allocated. */
static char *folder_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return strdup(".");
    if (slash == path)
        return strdup("/");
    size_t n = (size_t)(slash - path);
    char *dir = malloc(n + 1);
    if (!dir)
        return NULL;
    memcpy(dir, path, n);
    dir[n] = '\0';
    return dir;
}

/* The plan file a card names, relative to the card's folder unless
 * absolute; newly allocated. */
static char *card_plan_path(const char *card_path, const char *file)
{
    if (file[0] == '/')
        return strdup(file);
    char *dir = folder_of(card_path);
    if (!dir)
        return NULL;
    size_t n = strlen(dir) + 1 + strlen(file) + 1;
    char *path = malloc(n);
    if (path)
        snprintf(path, n, "%s/%s", dir, file);
    free(dir);
    return path;
}

/* Fills the card's plan-fed inputs from @plan_path, else from the plan file
 * the card names; nothing to do when neither is there. */
static int fill_from_plan(cchc_scorecard *card, const char *card_path, const cchc_scheme *scheme,
                          const char *plan_path, const char *as_of)
{
    char *named = NULL;
    if (!plan_path) {
        const char *file = cchc_scorecard_plan_file(card);
        if (!*file)
            return CLI_OK;
        named = card_plan_path(card_path, file);
        if (!named) {
            fprintf(stderr, "cchc: out of memory\n");
            return CLI_DATA_ERROR;
        }
        plan_path = named;
    }
    cchc_plan *plan = cli_load_plan(plan_path);
    int status = CLI_OK;
    if (!plan) {
        fprintf(stderr, "cchc: the plan of %s could not be used\n", card_path);
        status = CLI_DATA_ERROR;
    } else if (cchc_scorecard_apply_plan(card, scheme, plan, as_of) != CCHC_OK) {
        fprintf(stderr, "cchc: %s: cannot fill the plan-fed criteria from %s: %s%s\n",
                card_path, plan_path, cchc_last_error_message(),
                as_of || *cchc_scorecard_plan_as_of(card) ? ""
                                                          : " (give the day with --as-of DATE)");
        status = CLI_DATA_ERROR;
    }
    cchc_plan_free(plan);
    free(named);
    return status;
}

cchc_evaluation *cli_evaluate_card(const char *card_path, const cchc_scheme *scheme,
                                   const char *plan_path, const char *as_of)
{
    cchc_diagnostics *diags = cchc_diagnostics_new();
    cchc_scorecard *card = NULL;
    cchc_evaluation *evaluation = NULL;
    int rc = cchc_scorecard_load_file(&card, card_path, diags);
    cli_print_diagnostics(diags, 0);
    cchc_diagnostics_clear(diags);
    if (rc != CCHC_OK) {
        fprintf(stderr, "cchc: cannot load the scorecard: %s\n", cchc_last_error_message());
    } else if (fill_from_plan(card, card_path, scheme, plan_path, as_of) == CLI_OK) {
        rc = cchc_scorecard_evaluate(&evaluation, card, scheme, diags);
        /* Every finding, errors included: an evaluation refused for an error
         * names the first one, the others are worth fixing too. */
        cli_print_diagnostics(diags, rc != CCHC_OK);
        if (rc != CCHC_OK)
            fprintf(stderr, "cchc: cannot score %s: %s\n", card_path,
                    cchc_last_error_message());
    }
    cchc_diagnostics_free(diags);
    cchc_scorecard_free(card);
    return evaluation;
}

int cli_is_date(const char *text)
{
    int y = 0, m = 0, d = 0;
    if (strlen(text) != 10 || text[4] != '-' || text[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9'))
            return 0;
    if (sscanf(text, "%4d-%2d-%2d", &y, &m, &d) != 3 || y < 1 || m < 1 || m > 12 || d < 1)
        return 0;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap);
}

int cli_parse_output_format(const char *name)
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

int cli_score_option(int argc, char **argv, int *i, cli_score_options *options, int *missing,
                     const char **error, const char **bad)
{
    const char *value;
    *error = NULL;
    if ((value = cli_option_value(argc, argv, i, "--plan", missing))) {
        options->plan = value;
    } else if ((value = cli_option_value(argc, argv, i, "--as-of", missing))) {
        options->as_of = value;
    } else if ((value = cli_option_value(argc, argv, i, "--format", missing))) {
        if (!(options->format = cli_parse_output_format(value))) {
            *error = "unknown format (text, md, csv, json)";
            *bad = value;
        }
    } else if ((value = cli_option_value(argc, argv, i, "--svg-unit", missing))) {
        options->svg_unit = value;
    } else if ((value = cli_option_value(argc, argv, i, "--svg", missing))) {
        options->svg = value;
    } else if (strcmp(argv[*i], "--bom") == 0) {
        options->flags |= CCHC_OUTPUT_BOM;
    } else {
        return 0;
    }
    return 1;
}

const char *cli_score_options_check(const cli_score_options *options, const char **bad)
{
    *bad = NULL;
    if ((options->flags & CCHC_OUTPUT_BOM) && options->format != CCHC_OUTPUT_CSV)
        return "--bom goes with --format csv only";
    if (options->svg_unit && !options->svg)
        return "--svg-unit goes with --svg";
    if (options->as_of && !cli_is_date(options->as_of)) {
        *bad = options->as_of;
        return "--as-of takes a date YYYY-MM-DD, not";
    }
    return NULL;
}

int cli_write_output(const char *command, const char *path, const char *doc, size_t size)
{
    FILE *out = path ? fopen(path, "wb") : stdout;
    if (!out) {
        fprintf(stderr, "cchc %s: cannot write %s\n", command, path);
        return CLI_DATA_ERROR;
    }
    int ok = fwrite(doc, 1, size, out) == size && fflush(out) == 0;
    if (path && fclose(out) != 0)
        ok = 0;
    if (!ok) {
        fprintf(stderr, "cchc %s: cannot write %s\n", command, path ? path : "to standard output");
        return CLI_DATA_ERROR;
    }
    return CLI_OK;
}

int cli_write_svg(const char *command, const char *path, const cchc_evaluation *const *evs,
                  size_t count, const char *unit_id)
{
    size_t unit = 0;
    if (unit_id) {
        for (unit = 0; unit < count; unit++)
            if (strcmp(cchc_evaluation_unit_id(evs[unit]), unit_id) == 0)
                break;
        if (unit == count) {
            fprintf(stderr, "cchc %s: --svg-unit: no scorecard of unit \"%s\"\n", command,
                    unit_id);
            return CLI_USAGE_ERROR;
        }
    }
    /* An array of pointers: the element size is a pointer's, which clang-tidy 14
     * mistakes for a suspicious sizeof(struct *). */
    /* NOLINTNEXTLINE(bugprone-sizeof-expression) */
    const cchc_evaluation **others = malloc((count > 1 ? count - 1 : 1) * sizeof *others);
    if (!others) {
        fprintf(stderr, "cchc: out of memory\n");
        return CLI_DATA_ERROR;
    }
    size_t n = 0;
    for (size_t i = 0; i < count; i++)
        if (i != unit)
            others[n++] = evs[i];
    char *svg = NULL;
    size_t size = 0;
    int status = CLI_OK;
    if (cchc_evaluation_write_svg(&svg, &size, evs[unit], others, n) != CCHC_OK) {
        fprintf(stderr, "cchc %s: cannot draw the chart: %s\n", command,
                cchc_last_error_message());
        status = CLI_DATA_ERROR;
    } else {
        status = cli_write_output(command, path, svg, size);
    }
    cchc_free(svg);
    free(others);
    return status;
}
