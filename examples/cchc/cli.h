/*
 * cchc — the example command-line program: shared declarations.
 *
 * Each subcommand lives in its own cmd-<name>.c and is listed in main.c.
 */
#ifndef CCHC_CLI_H
#define CCHC_CLI_H

#include <stdio.h>

#include <cchc.h>

/* Exit statuses of every subcommand. */
enum {
    CLI_OK = 0,          /* done */
    CLI_DATA_ERROR = 1,  /* the input could not be used (bad file, bad data) */
    CLI_USAGE_ERROR = 2  /* the command line was wrong */
};

#define CLI_BUNDLED_PLAN "plan-2023-hai-duong-sldtbxh.json"

/* A subcommand: name, one-line summary, usage text and entry point. */
typedef struct {
    const char *name;
    const char *summary;
    const char *usage;
    int (*run)(int argc, char **argv); /* argv[0] is the subcommand's name */
} cli_command;

extern const cli_command cli_show;
extern const cli_command cli_when;
extern const cli_command cli_report;
extern const cli_command cli_calendar;
extern const cli_command cli_validate;
extern const cli_command cli_import;
extern const cli_command cli_scheme;
extern const cli_command cli_score;
extern const cli_command cli_explain;
extern const cli_command cli_rank;
extern const cli_command cli_verify;

/* Prints "cchc: <message>" and the library's last error to stderr. */
void cli_error(const char *what);

/* The path of the bundled 2023 plan: in cchc_data_dir(), else (when
 * running from a build tree) in the source tree. Static storage. */
const char *cli_bundled_plan_path(void);

/* Loads @path (or the bundled plan when NULL), printing warnings to
 * stderr. Returns NULL after printing the error. */
cchc_plan *cli_load_plan(const char *path);

/* Number of characters (code points) in UTF-8 @text, for column alignment. */
size_t cli_text_width(const char *text);

/* Prints @text left-aligned in a column of @width characters. */
void cli_print_padded(FILE *out, const char *text, size_t width);

/* The value of option @name at argv[*i], given as "--name VALUE" (then *i
 * moves to the value) or "--name=VALUE"; NULL when argv[*i] is another
 * argument. Sets *missing when the value is absent. */
const char *cli_option_value(int argc, char **argv, int *i, const char *name, int *missing);

/* 1 when @arg is "-h" or "--help". */
int cli_is_help(const char *arg);

/* ---- scoring (cli-score.c) ---------------------------------------------- */

/* Prints each finding of @diags to stderr as one located line; errors only
 * when @with_errors. */
void cli_print_diagnostics(const cchc_diagnostics *diags, int with_errors);

/* Loads and checks a scheme, printing its findings to stderr. Returns NULL
 * after printing the error. */
cchc_scheme *cli_load_scheme(const char *path);

/* Loads the scorecard at @card_path, fills its plan-fed criteria — from
 * @plan_path when not NULL, else from the plan file the card names
 * (relative to the card's folder), else leaves its saved inputs — as of
 * @as_of (NULL: the card's day), and evaluates it under @scheme, printing
 * findings to stderr. Returns NULL after printing the error. */
cchc_evaluation *cli_evaluate_card(const char *card_path, const cchc_scheme *scheme,
                                   const char *plan_path, const char *as_of);

/* The options `cchc score` and `cchc rank` share: --plan, --as-of, --format,
 * --bom, --svg and --svg-unit. */
typedef struct {
    const char *plan, *as_of, *svg, *svg_unit;
    int format; /* CCHC_OUTPUT_*, CCHC_OUTPUT_TEXT by default */
    int flags;  /* CCHC_OUTPUT_BOM */
} cli_score_options;

/* Reads argv[*i] when it is one of the shared options (moving *i past its
 * value): returns 1, with *@error set to a usage message (and *@bad to the
 * argument it is about) when the option is wrong. Returns 0 for another
 * argument; *missing is set when the option's value is absent. */
int cli_score_option(int argc, char **argv, int *i, cli_score_options *options, int *missing,
                     const char **error, const char **bad);

/* Checks the shared options together once all are read: NULL when they fit,
 * else a usage message (and *@bad the argument it is about, or NULL). */
const char *cli_score_options_check(const cli_score_options *options, const char **bad);

/* 1 when @text is a real calendar date "YYYY-MM-DD", else 0. */
int cli_is_date(const char *text);

/* CCHC_OUTPUT_* for "text", "md" / "markdown", "csv" or "json"; 0 otherwise. */
int cli_parse_output_format(const char *name);

/* Writes @doc to @path, or to stdout when @path is NULL. Returns a CLI_ status
 * after printing any error as "cchc COMMAND: …". */
int cli_write_output(const char *command, const char *path, const char *doc, size_t size);

/* Draws the radar chart of the evaluation of @unit_id (NULL: the first)
 * against the mean of the others among @evs and writes it to @path. */
int cli_write_svg(const char *command, const char *path, const cchc_evaluation *const *evs,
                  size_t count, const char *unit_id);

#endif /* CCHC_CLI_H */
