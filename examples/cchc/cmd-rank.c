/*
 * cchc rank SCHEME.json CARD.json... [--ties competition|dense|ordinal]
 *           [--group-by none|kind] [--previous CARD.json...]
 *           [--previous-scheme SCHEME.json] [--plan PLAN.json] [--as-of DATE]
 *           [--format text|md|csv|json] [--bom] [--svg FILE] [--svg-unit ID]
 * — rank units on their index, within groups, with bands; or compare with
 * an earlier year.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char rank_usage[] =
    "Usage: cchc rank SCHEME.json CARD.json... [--ties competition|dense|ordinal]\n"
    "                 [--group-by none|kind] [--previous CARD.json...]\n"
    "                 [--previous-scheme SCHEME.json] [--plan PLAN.json]\n"
    "                 [--as-of DATE] [--format text|md|csv|json] [--bom]\n"
    "                 [--svg FILE] [--svg-unit UNIT_ID]\n"
    "\n"
    "Rank the scored units on their unrounded index (xếp hạng), highest first,\n"
    "with their band (xếp loại), and rank them on each area too.\n"
    "\n"
    "  --ties POLICY       equal indexes: competition 1-2-2-4 (default), dense\n"
    "                      1-2-2-3, or ordinal 1-2-3-4 (in the order given)\n"
    "  --group-by GROUP    none (default) or kind: rank each unit kind apart (nhóm)\n"
    "  --previous CARD...  the cards that follow are an earlier year's: print the\n"
    "                      comparison — change of index, rank and band per unit\n"
    "                      and per area; units on one side only are marked\n"
    "  --previous-scheme SCHEME.json\n"
    "                      the scheme of the earlier cards (default: SCHEME.json)\n"
    "  --plan PLAN.json    fill the plan-fed criteria of this year's cards from\n"
    "                      this plan (default: the plan file a card names, if any)\n"
    "  --as-of DATE        the day the plan-fed figures are taken at (YYYY-MM-DD)\n"
    "  --format FORMAT     text (default), md (Markdown), csv or json\n"
    "                      (\"cchc-ranking\", or \"cchc-comparison\" with --previous)\n"
    "  --bom               CSV only: start with a UTF-8 byte order mark for Excel\n"
    "  --svg FILE          also draw a radar chart of the area indexes of one unit\n"
    "                      against the mean of the others (SVG)\n"
    "  --svg-unit ID       the unit drawn (default: the first card's)\n"
    "\n"
    "Exit status: 0 done, 1 a scheme, card or plan could not be used, 2 wrong\n"
    "command line.\n";

static int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, "cchc rank: %s%s%s%s\n\n%s", message, arg ? " \"" : "", arg ? arg : "",
            arg ? "\"" : "", rank_usage);
    return CLI_USAGE_ERROR;
}

/* Scores @cards and ranks them; NULL after printing the error. The
 * evaluations are kept in @evs (n_cards of them, freed by the caller). */
static cchc_ranking *rank_cards(const char **cards, size_t n_cards, const cchc_scheme *scheme,
                                const char *plan, const char *as_of, int ties, int group_by,
                                cchc_evaluation **evs)
{
    cchc_ranking *ranking = cchc_ranking_new();
    int ok = cchc_ranking_set_ties(ranking, ties) == CCHC_OK &&
             cchc_ranking_set_group_by(ranking, group_by) == CCHC_OK;
    for (size_t i = 0; ok && i < n_cards; i++) {
        evs[i] = cli_evaluate_card(cards[i], scheme, plan, as_of);
        if (!evs[i]) {
            ok = 0;
        } else if (cchc_ranking_add(ranking, evs[i], NULL) != CCHC_OK) {
            fprintf(stderr, "cchc rank: %s: %s\n", cards[i], cchc_last_error_message());
            ok = 0;
        }
    }
    if (ok && cchc_ranking_compute(ranking) != CCHC_OK) {
        cli_error("cannot rank");
        ok = 0;
    }
    if (!ok) {
        cchc_ranking_free(ranking);
        return NULL;
    }
    return ranking;
}

static int run_rank(int argc, char **argv)
{
    const char *scheme_path = NULL, *previous_scheme_path = NULL, *error = NULL, *bad = NULL;
    cli_score_options o = {.format = CCHC_OUTPUT_TEXT};
    const char **cards = calloc((size_t)argc, sizeof *cards);
    const char **previous = calloc((size_t)argc, sizeof *previous);
    size_t n_cards = 0, n_previous = 0;
    int ties = CCHC_TIES_COMPETITION;
    int group_by = CCHC_GROUP_BY_NONE, after_previous = 0, status = CLI_OK;
    if (!cards || !previous) {
        fprintf(stderr, "cchc: out of memory\n");
        free(cards);
        free(previous);
        return CLI_DATA_ERROR;
    }
    for (int i = 1; i < argc && status == CLI_OK; i++) {
        int missing = 0;
        const char *value;
        if (cli_is_help(argv[i])) {
            fputs(rank_usage, stdout);
            free(cards);
            free(previous);
            return CLI_OK;
        } else if ((value = cli_option_value(argc, argv, &i, "--ties", &missing))) {
            if (!(ties = cchc_tie_policy_from_name(value)))
                status = usage_error("unknown tie policy (competition, dense, ordinal)", value);
        } else if ((value = cli_option_value(argc, argv, &i, "--group-by", &missing))) {
            if (strcmp(value, "none") == 0)
                group_by = CCHC_GROUP_BY_NONE;
            else if (strcmp(value, "kind") == 0)
                group_by = CCHC_GROUP_BY_KIND;
            else
                status = usage_error("unknown grouping (none, kind)", value);
        } else if ((value = cli_option_value(argc, argv, &i, "--previous-scheme", &missing))) {
            previous_scheme_path = value;
        } else if (strcmp(argv[i], "--previous") == 0) {
            after_previous = 1;
        } else if (cli_score_option(argc, argv, &i, &o, &missing, &error, &bad)) {
            if (error)
                status = usage_error(error, bad);
        } else if (missing) {
            status = usage_error("missing value after", argv[i]);
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            status = usage_error("unknown option", argv[i]);
        } else if (!scheme_path) {
            scheme_path = argv[i];
        } else if (after_previous) {
            previous[n_previous++] = argv[i];
        } else {
            cards[n_cards++] = argv[i];
        }
    }
    if (status == CLI_OK) {
        if (!scheme_path || n_cards == 0)
            status = usage_error("a scheme and at least one scorecard are required", NULL);
        else if (after_previous && n_previous == 0)
            status = usage_error("--previous needs the earlier year's scorecards", NULL);
        else if (previous_scheme_path && !after_previous)
            status = usage_error("--previous-scheme goes with --previous", NULL);
        else if ((error = cli_score_options_check(&o, &bad)))
            status = usage_error(error, bad);
    }
    if (status != CLI_OK) {
        free(cards);
        free(previous);
        return status;
    }

    cchc_scheme *scheme = cli_load_scheme(scheme_path);
    cchc_scheme *previous_scheme = NULL;
    /* Arrays of pointers: the element size is a pointer's, which clang-tidy 14
     * mistakes for a suspicious sizeof(struct *). */
    /* NOLINTNEXTLINE(bugprone-sizeof-expression) */
    cchc_evaluation **evs = calloc(n_cards, sizeof *evs);
    /* NOLINTNEXTLINE(bugprone-sizeof-expression) */
    cchc_evaluation **previous_evs = calloc(n_previous + 1, sizeof *previous_evs);
    cchc_ranking *ranking = NULL, *earlier = NULL;
    cchc_comparison *comparison = NULL;
    char *doc = NULL;
    size_t size = 0;
    if (!scheme || !evs || !previous_evs)
        status = CLI_DATA_ERROR;
    if (status == CLI_OK && previous_scheme_path &&
        !(previous_scheme = cli_load_scheme(previous_scheme_path)))
        status = CLI_DATA_ERROR;
    if (status == CLI_OK &&
        !(ranking = rank_cards(cards, n_cards, scheme, o.plan, o.as_of, ties, group_by, evs)))
        status = CLI_DATA_ERROR;
    if (status == CLI_OK && n_previous > 0) {
        earlier = rank_cards(previous, n_previous, previous_scheme ? previous_scheme : scheme,
                             NULL, NULL, ties, group_by, previous_evs);
        if (!earlier)
            status = CLI_DATA_ERROR;
        else if (cchc_ranking_compare(&comparison, earlier, ranking) != CCHC_OK) {
            cli_error("cannot compare the rankings");
            status = CLI_DATA_ERROR;
        }
    }
    if (status == CLI_OK) {
        int rc = comparison ? cchc_comparison_write(&doc, &size, comparison, o.format, o.flags)
                            : cchc_ranking_write(&doc, &size, ranking, o.format, o.flags);
        if (rc != CCHC_OK) {
            cli_error("cannot write the ranking");
            status = CLI_DATA_ERROR;
        } else if (o.svg) {
            status = cli_write_svg("rank", o.svg, (const cchc_evaluation *const *)evs, n_cards,
                                   o.svg_unit);
        }
    }
    if (status == CLI_OK)
        status = cli_write_output("rank", NULL, doc, size);
    cchc_free(doc);
    cchc_comparison_free(comparison);
    cchc_ranking_free(earlier);
    cchc_ranking_free(ranking);
    for (size_t i = 0; evs && i < n_cards; i++)
        cchc_evaluation_free(evs[i]);
    for (size_t i = 0; previous_evs && i < n_previous; i++)
        cchc_evaluation_free(previous_evs[i]);
    free(previous_evs);
    free(evs);
    cchc_scheme_free(previous_scheme);
    cchc_scheme_free(scheme);
    free(previous);
    free(cards);
    return status;
}

const cli_command cli_rank = {
    "rank",
    "rank scored units with bands, by group; compare with an earlier year",
    rank_usage,
    run_rank,
};
