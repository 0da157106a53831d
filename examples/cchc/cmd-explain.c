/*
 * cchc explain SCHEME.json CARD.json [--node CODE] [--format text|json]
 *              [--plan PLAN.json] [--as-of DATE]
 * — how a scorecard's numbers came about, node by node.
 */
#include "cli.h"

#include <string.h>

static const char explain_usage[] =
    "Usage: cchc explain SCHEME.json CARD.json [--node CODE] [--format text|json]\n"
    "                    [--plan PLAN.json] [--as-of DATE]\n"
    "\n"
    "Explain the scores of one scorecard: for each node the rule, the facts read,\n"
    "the self-assessed and appraised points, deductions, not-applicable parts and\n"
    "the rescaling of the maximum, and how the children add up.\n"
    "\n"
    "  --node CODE       explain only this node (\"1\", \"1.2\", \"1.2.3\"); default:\n"
    "                    the whole scorecard\n"
    "  --format FORMAT   text (default) or json (\"cchc-explanation\", unrounded)\n"
    "  --plan PLAN.json  fill the plan-fed criteria from this plan (default: the\n"
    "                    plan file the card names, if any)\n"
    "  --as-of DATE      the day the plan-fed figures are taken at (YYYY-MM-DD)\n"
    "\n"
    "Exit status: 0 done, 1 the scheme, card or plan could not be used, 2 wrong\n"
    "command line (including a node the scheme does not have).\n";

static int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, "cchc explain: %s%s%s%s\n\n%s", message, arg ? " \"" : "", arg ? arg : "",
            arg ? "\"" : "", explain_usage);
    return CLI_USAGE_ERROR;
}

static int run_explain(int argc, char **argv)
{
    const char *scheme_path = NULL, *card_path = NULL, *node = NULL, *plan = NULL,
               *as_of = NULL;
    int format = CCHC_OUTPUT_TEXT;
    for (int i = 1; i < argc; i++) {
        int missing = 0;
        const char *value;
        if (cli_is_help(argv[i])) {
            fputs(explain_usage, stdout);
            return CLI_OK;
        } else if ((value = cli_option_value(argc, argv, &i, "--node", &missing))) {
            node = value;
        } else if ((value = cli_option_value(argc, argv, &i, "--plan", &missing))) {
            plan = value;
        } else if ((value = cli_option_value(argc, argv, &i, "--as-of", &missing))) {
            as_of = value;
        } else if ((value = cli_option_value(argc, argv, &i, "--format", &missing))) {
            format = cli_parse_output_format(value);
            if (format != CCHC_OUTPUT_TEXT && format != CCHC_OUTPUT_JSON)
                return usage_error("unknown format (text, json)", value);
        } else if (missing) {
            return usage_error("missing value after", argv[i]);
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            return usage_error("unknown option", argv[i]);
        } else if (!scheme_path) {
            scheme_path = argv[i];
        } else if (!card_path) {
            card_path = argv[i];
        } else {
            return usage_error("one scorecard at a time", NULL);
        }
    }
    if (!card_path)
        return usage_error("a scheme and a scorecard are required", NULL);
    if (as_of && !cli_is_date(as_of))
        return usage_error("--as-of takes a date YYYY-MM-DD, not", as_of);

    cchc_scheme *scheme = cli_load_scheme(scheme_path);
    if (!scheme)
        return CLI_DATA_ERROR;
    int status = CLI_OK;
    if (node && !cchc_scheme_find_node(scheme, node)) {
        fprintf(stderr, "cchc explain: scheme \"%s\" has no node \"%s\"\n",
                cchc_scheme_id(scheme), node);
        cchc_scheme_free(scheme);
        return CLI_USAGE_ERROR;
    }
    cchc_evaluation *ev = cli_evaluate_card(card_path, scheme, plan, as_of);
    char *doc = NULL;
    size_t size = 0;
    if (!ev) {
        status = CLI_DATA_ERROR;
    } else {
        int rc = format == CCHC_OUTPUT_JSON ? cchc_explain_json(&doc, &size, ev, node)
                                            : cchc_explain_text(&doc, ev, node);
        if (rc != CCHC_OK) {
            cli_error("cannot explain");
            status = CLI_DATA_ERROR;
        } else {
            if (format != CCHC_OUTPUT_JSON)
                size = strlen(doc);
            status = cli_write_output("explain", NULL, doc, size);
        }
    }
    cchc_free(doc);
    cchc_evaluation_free(ev);
    cchc_scheme_free(scheme);
    return status;
}

const cli_command cli_explain = {
    "explain",
    "explain how a scorecard's points came about, node by node",
    explain_usage,
    run_explain,
};
