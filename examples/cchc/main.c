/*
 * cchc — the example command-line program of libcchc.
 *
 *   cchc show [PLAN.json]      the plan's header, counts and task list
 *   cchc score SCHEME CARD…   PAR-index scores; cchc rank: ranks and bands
 *   cchc --help | --version
 *
 * Exit status: 0 done, 1 the input could not be used, 2 wrong command line.
 */
#include "cli.h"

#include <string.h>

static const cli_command *const commands[] = {
    &cli_show,   &cli_when,  &cli_report,  &cli_calendar, &cli_validate,
    &cli_import, &cli_scheme, &cli_score, &cli_explain,  &cli_rank, &cli_verify};

static void print_help(FILE *out)
{
    fprintf(out,
            "Usage: cchc COMMAND [OPTIONS] [ARGS]\n"
            "\n"
            "Work with yearly administrative-reform (CCHC) plans, and score, rank and\n"
            "band units on the PAR index (Chỉ số CCHC).\n"
            "\n"
            "Commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
    fprintf(out,
            "\n"
            "Options:\n"
            "  -h, --help     show this help (cchc COMMAND --help: help on a command)\n"
            "  --version      show the versions of cchc and libcchc\n"
            "\n"
            "Without a plan file, commands use the bundled 2023 plan of\n"
            "Sở LĐ-TB&XH Hải Dương, found in CCHC_DATA_DIR or %s.\n"
            "\n"
            "Exit status: 0 done, 1 the input could not be used, 2 wrong command line.\n",
            cchc_data_dir());
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        print_help(stderr);
        return CLI_USAGE_ERROR;
    }
    if (cli_is_help(argv[1])) {
        print_help(stdout);
        return CLI_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("cchc %s (libcchc %s)\n", CCHC_VERSION_STRING, cchc_version_string());
        return CLI_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i]->name) == 0)
            return commands[i]->run(argc - 1, argv + 1);
    fprintf(stderr, "cchc: unknown command \"%s\" (see cchc --help)\n", argv[1]);
    return CLI_USAGE_ERROR;
}
