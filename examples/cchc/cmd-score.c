/*
 * cchc score SCHEME.json CARD.json... [--plan PLAN.json] [--as-of DATE]
 *            [--format text|md|csv|json] [--bom] [--svg FILE] [--svg-unit ID]
 * — evaluate scorecards under a scheme: totals, area indexes and bands.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char score_usage[] =
    "Usage: cchc score SCHEME.json CARD.json... [--plan PLAN.json] [--as-of DATE]\n"
    "                  [--format text|md|csv|json] [--bom] [--svg FILE]\n"
    "                  [--svg-unit UNIT_ID]\n"
    "\n"
    "Score each scorecard under the scheme and print, per unit, the self-assessed\n"
    "and final points, the maximum, the index (Chỉ số CCHC, %) and band, the\n"
    "totals by component and the areas, which add up to the total; with several\n"
    "cards a summary table comes first. Figures are rounded to two decimals for\n"
    "display (half away from zero); JSON gives them unrounded.\n"
    "\n"
    "  --plan PLAN.json  fill every card's plan-fed criteria (plan completion,\n"
    "                    reports on time) from this plan. Without it a card that\n"
    "                    names a plan file uses that file (relative to the card);\n"
    "                    other cards keep the plan-fed figures they carry.\n"
    "  --as-of DATE      the day the plan-fed figures are taken at (YYYY-MM-DD);\n"
    "                    default: the day the card names\n"
    "  --format FORMAT   text (default), md (Markdown), csv (one row per unit and\n"
    "                    node) or json (\"cchc-scores\")\n"
    "  --bom             CSV only: start with a UTF-8 byte order mark for Excel\n"
    "  --svg FILE        also draw a radar chart of the seven area indexes of one\n"
    "                    unit against the mean of the others (SVG)\n"
    "  --svg-unit ID     the unit drawn (default: the first card's)\n"
    "\n"
    "Findings on the cards (missing evidence, appraisals without a reason, …) go\n"
    "to standard error with their file, line and JSON path. Exit status: 0 done,\n"
    "1 a scheme, card or plan could not be used, 2 wrong command line.\n";

static int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, "cchc score: %s%s%s%s\n\n%s", message, arg ? " \"" : "", arg ? arg : "",
            arg ? "\"" : "", score_usage);
    return CLI_USAGE_ERROR;
}

static int run_score(int argc, char **argv)
{
    const char *scheme_path = NULL, *error = NULL, *bad = NULL;
    cli_score_options o = {.format = CCHC_OUTPUT_TEXT};
    const char **cards = calloc((size_t)argc, sizeof *cards);
    size_t n_cards = 0;
    int status = CLI_OK;
    if (!cards) {
        fprintf(stderr, "cchc: out of memory\n");
        return CLI_DATA_ERROR;
    }
    for (int i = 1; i < argc && status == CLI_OK; i++) {
        int missing = 0;
        if (cli_is_help(argv[i])) {
            fputs(score_usage, stdout);
            free(cards);
            return CLI_OK;
        } else if (cli_score_option(argc, argv, &i, &o, &missing, &error, &bad)) {
            if (error)
                status = usage_error(error, bad);
        } else if (missing) {
            status = usage_error("missing value after", argv[i]);
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            status = usage_error("unknown option", argv[i]);
        } else if (!scheme_path) {
            scheme_path = argv[i];
        } else {
            cards[n_cards++] = argv[i];
        }
    }
    if (status == CLI_OK) {
        if (!scheme_path || n_cards == 0)
            status = usage_error("a scheme and at least one scorecard are required", NULL);
        else if ((error = cli_score_options_check(&o, &bad)))
            status = usage_error(error, bad);
    }
    if (status != CLI_OK) {
        free(cards);
        return status;
    }

    cchc_scheme *scheme = cli_load_scheme(scheme_path);
    /* An array of pointers: the element size is a pointer's, which clang-tidy 14
     * mistakes for a suspicious sizeof(struct *). */
    /* NOLINTNEXTLINE(bugprone-sizeof-expression) */
    cchc_evaluation **evs = calloc(n_cards, sizeof *evs);
    if (!scheme || !evs)
        status = CLI_DATA_ERROR;
    for (size_t i = 0; status == CLI_OK && i < n_cards; i++)
        if (!(evs[i] = cli_evaluate_card(cards[i], scheme, o.plan, o.as_of)))
            status = CLI_DATA_ERROR;
    char *doc = NULL;
    size_t size = 0;
    if (status == CLI_OK) {
        if (cchc_evaluation_write(&doc, &size, (const cchc_evaluation *const *)evs, n_cards,
                                  o.format, o.flags) != CCHC_OK) {
            cli_error("cannot write the scores");
            status = CLI_DATA_ERROR;
        } else if (o.svg) {
            status = cli_write_svg("score", o.svg, (const cchc_evaluation *const *)evs, n_cards,
                                   o.svg_unit);
        }
    }
    if (status == CLI_OK)
        status = cli_write_output("score", NULL, doc, size);
    cchc_free(doc);
    for (size_t i = 0; evs && i < n_cards; i++)
        cchc_evaluation_free(evs[i]);
    free(evs);
    cchc_scheme_free(scheme);
    free(cards);
    return status;
}

const cli_command cli_score = {
    "score",
    "score units under a PAR-index scheme: totals, area indexes, bands",
    score_usage,
    run_score,
};
