/*
 * bench_scoring — how fast scorecards are read, evaluated under a scheme and
 * ranked, and how fast the ranking is written and its digest taken.
 *
 *   bench_scoring [CARDS] [REPEATS]
 *
 * Makes CARDS scorecards (default 10 000) from the six bundled samples
 * (scorecard-2023-sample-so-mau-*.json), each with its own unit id and name
 * and with some appraised points lowered by whole steps, so that every card
 * stays valid and the indexes differ; saves them to JSON in memory. Then,
 * REPEATS times (default 5): loads every card, fills its plan-fed criteria
 * from the bundled 2023 plan, evaluates it under
 * scheme-2023-sample-department.json, ranks them all (competition ties, one
 * group), writes the ranking as JSON and takes its digest. Prints the median
 * and the minimum of the repeats and the peak resident memory, and checks
 * that the digest is that of the JSON written.
 */
#include "bench_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCHEME_FILE "scheme-2023-sample-department.json"
#define AS_OF "2023-12-31"

static const char *const samples[] = {
    "scorecard-2023-sample-so-mau-a.json", "scorecard-2023-sample-so-mau-b.json",
    "scorecard-2023-sample-so-mau-c.json", "scorecard-2023-sample-so-mau-d.json",
    "scorecard-2023-sample-so-mau-e.json", "scorecard-2023-sample-so-mau-f.json"};
#define N_SAMPLES (sizeof samples / sizeof samples[0])

/* A fixed pseudo-random sequence (xorshift), so that every run perturbs alike. */
static unsigned next_random(unsigned *state)
{
    unsigned x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *state = x;
}

/* Lowers some of @card's appraised points by one to three steps (the
 * manual rule's step, else 0.25), never below 0: the card stays valid. */
static void perturb(cchc_scorecard *card, const cchc_scheme *scheme, unsigned *state)
{
    for (size_t k = 0; k < cchc_scorecard_entry_count(card); k++) {
        cchc_entry *e = cchc_scorecard_entry_at(card, k);
        if (!cchc_entry_has_appraisal(e) || next_random(state) % 3 == 0)
            continue;
        const cchc_node *node = cchc_scheme_find_node(scheme, cchc_entry_code(e));
        const cchc_rule *rule = node ? cchc_node_rule(node) : NULL;
        double step = 0.25;
        if (rule && cchc_rule_kind(rule) == CCHC_RULE_MANUAL && cchc_rule_step(rule) > 0)
            step = cchc_rule_step(rule);
        double points = cchc_entry_appraised_points(e) - step * (1 + next_random(state) % 3);
        bench_check(cchc_entry_set_appraisal(e, points > 0 ? points : 0,
                                             "Điểm thẩm định hạ (dữ liệu đo tốc độ)"),
                    "perturbing an appraisal");
    }
}

/* The @cards scorecards as JSON documents. */
static char **make_cards(size_t cards, const cchc_scheme *scheme, size_t *bytes)
{
    cchc_scorecard *sample[N_SAMPLES];
    char path[4096];
    for (size_t i = 0; i < N_SAMPLES; i++) {
        sample[i] = NULL;
        bench_check(cchc_scorecard_load_file(&sample[i],
                                             bench_data_path(path, sizeof path, samples[i]),
                                             NULL),
                    "a sample scorecard");
    }
    char **docs = calloc(cards, sizeof *docs);
    if (!docs) {
        fprintf(stderr, "bench: out of memory\n");
        exit(1);
    }
    unsigned state = 2463534242u;
    *bytes = 0;
    for (size_t i = 0; i < cards; i++) {
        const cchc_scorecard *from = sample[i % N_SAMPLES];
        cchc_scorecard *card = NULL;
        char id[64], name[256];
        size_t size = 0;
        bench_check(cchc_scorecard_copy(&card, from), "copying a sample");
        snprintf(id, sizeof id, "%s-%06zu", cchc_scorecard_unit_id(from), i + 1);
        snprintf(name, sizeof name, "%s, bản %zu", cchc_scorecard_unit_name(from), i + 1);
        bench_check(cchc_scorecard_set_unit_id(card, id), "setting a unit id");
        bench_check(cchc_scorecard_set_unit_name(card, name), "setting a unit name");
        if (i >= N_SAMPLES)
            perturb(card, scheme, &state);
        bench_check(cchc_scorecard_save_data(&docs[i], &size, card), "saving a card");
        *bytes += size;
        cchc_scorecard_free(card);
    }
    for (size_t i = 0; i < N_SAMPLES; i++)
        cchc_scorecard_free(sample[i]);
    return docs;
}

enum { LOAD, APPLY, EVALUATE, RANK, WRITE, DIGEST, N_STEPS };
static const char *const step_label[N_STEPS] = {
    "load the cards (JSON)", "fill plan-fed criteria", "evaluate",
    "rank",                  "write ranking (JSON)",   "ranking digest"};

int main(int argc, char **argv)
{
    bench_options o = bench_args(argc, argv, 10000, 1000000,
                                 "bench_scoring [CARDS 1-1000000] [REPEATS 1-100]");
    size_t cards = o.size;
    int repeats = o.repeats;
    char path[4096];
    cchc_scheme *scheme = NULL;
    bench_check(cchc_scheme_load_file(&scheme, bench_data_path(path, sizeof path, SCHEME_FILE),
                                      NULL),
                "the scheme");
    cchc_plan *plan = bench_load_plan();
    size_t card_bytes = 0;
    char **docs = make_cards(cards, scheme, &card_bytes);
    cchc_scorecard **card = calloc(cards, sizeof *card);
    cchc_evaluation **evaluation = calloc(cards, sizeof *evaluation);
    if (!card || !evaluation) {
        fprintf(stderr, "bench: out of memory\n");
        return 1;
    }

    static double t[N_STEPS][BENCH_MAX_REPEATS];
    size_t json_size = 0, ranked = 0;
    char top[128] = "";
    for (int r = 0; r < repeats; r++) {
        double t0 = bench_now();
        for (size_t i = 0; i < cards; i++)
            bench_check(cchc_scorecard_load_data(&card[i], docs[i], strlen(docs[i]), "card",
                                                 NULL),
                        "loading a card");
        t[LOAD][r] = bench_now() - t0;

        t0 = bench_now();
        for (size_t i = 0; i < cards; i++)
            bench_check(cchc_scorecard_apply_plan(card[i], scheme, plan, AS_OF),
                        "filling the plan-fed criteria");
        t[APPLY][r] = bench_now() - t0;

        t0 = bench_now();
        for (size_t i = 0; i < cards; i++)
            bench_check(cchc_scorecard_evaluate(&evaluation[i], card[i], scheme, NULL),
                        "evaluating a card");
        t[EVALUATE][r] = bench_now() - t0;
        for (size_t i = 0; i < cards; i++)
            cchc_scorecard_free(card[i]);

        cchc_ranking *ranking = cchc_ranking_new();
        t0 = bench_now();
        for (size_t i = 0; i < cards; i++)
            bench_check(cchc_ranking_add(ranking, evaluation[i], NULL), "adding to the ranking");
        bench_check(cchc_ranking_compute(ranking), "ranking");
        t[RANK][r] = bench_now() - t0;
        for (size_t i = 0; i < cards; i++)
            cchc_evaluation_free(evaluation[i]);
        ranked = cchc_ranking_count(ranking);
        snprintf(top, sizeof top, "%s %.2f %%", cchc_rank_entry_unit_id(cchc_ranking_at(ranking, 0)),
                 cchc_rank_entry_index(cchc_ranking_at(ranking, 0)));

        char *json = NULL, *digest = NULL;
        t0 = bench_now();
        int rc = cchc_ranking_write(&json, &json_size, ranking, CCHC_OUTPUT_JSON, 0);
        t[WRITE][r] = bench_now() - t0;
        bench_check(rc, "writing the ranking");

        t0 = bench_now();
        rc = cchc_ranking_digest(&digest, ranking);
        t[DIGEST][r] = bench_now() - t0;
        bench_check(rc, "the ranking's digest");
        if (r == 0) {
            /* The digest must be that of the JSON written (cchc verify). */
            char *check = NULL;
            bench_check(cchc_json_digest(&check, json, json_size, "ranking"), "verifying");
            if (strcmp(check, digest) != 0) {
                fprintf(stderr, "bench: the ranking digest %s is not that of its JSON (%s)\n",
                        digest, check);
                return 1;
            }
            cchc_free(check);
        }
        cchc_free(json);
        cchc_free(digest);
        cchc_ranking_free(ranking);
    }
    for (size_t i = 0; i < cards; i++)
        cchc_free(docs[i]);
    free(docs);
    free(card);
    free(evaluation);
    cchc_plan_free(plan);
    cchc_scheme_free(scheme);

    printf("cards %zu (%.1f MB of JSON), %d repeats; ranked %zu, first %s; ranking JSON %.1f MB\n",
           cards, (double)card_bytes / 1e6, repeats, ranked, top, (double)json_size / 1e6);
    printf("%-34s %11s  %11s  %s\n", "step", "median", "minimum", "rate at the median");
    for (int s = 0; s < N_STEPS; s++)
        bench_print_time(step_label[s], t[s], repeats, cards, "cards/s");
    printf("peak resident memory: %.0f MB\n", bench_peak_rss_mb());
    return 0;
}
