/*
 * libcchc — private declarations shared by schedule.c (the objects),
 * schedule-lexicon.c (folding text for matching, tokens, word tables) and
 * schedule-parse.c (the grammar). Never installed.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CCHC_SCHEDULE_INTERNAL_H
#define CCHC_SCHEDULE_INTERNAL_H

#include "internal.h"

/* ---- the objects (schedule.c) ------------------------------------------ */

/* One occurrence: a window from a start to a deadline, ISO dates. */
typedef struct {
    char start[11];
    char deadline[11];
} cchc__occurrence;

struct cchc_milestone {
    int kind;           /* enum cchc_milestone_kind */
    int grain;          /* enum cchc_grain */
    char *label;        /* "" when none */
    char *text;         /* the part of the text it was read from */
    char *event;        /* events only, else "" */
    char *reason;       /* unknowns only, else "" */
    GArray *occurrences; /* of cchc__occurrence, in date order */
};

struct cchc_schedule {
    char *text;
    int plan_year;
    GPtrArray *milestones; /* of cchc_milestone, owned */
    char start[11];        /* "" when no milestone has dates */
    char deadline[11];
};

/* A new milestone with every text "" and no occurrence. */
cchc_milestone *cchc__milestone_new(int kind, int grain);
void cchc__milestone_free(cchc_milestone *milestone);
/* Replaces a text field of @milestone with a copy of @len bytes of @text
 * (@len < 0: up to the NUL). */
void cchc__milestone_set(char **field, const char *text, gssize len);
void cchc__milestone_add_occurrence(cchc_milestone *milestone, const char *start,
                                    const char *deadline);

/* ---- the parser (schedule-parse.c) ------------------------------------- */

/* Appends to @milestones (of cchc_milestone) the reading of @text (valid
 * UTF-8) in @plan_year (1900 … 9999). Always appends at least one. */
void cchc__schedule_read(GPtrArray *milestones, const char *text, int plan_year);

/* ---- folding and tokens (schedule-lexicon.c) --------------------------- */

/* The folded copy of a text used for matching: ASCII only — diacritics
 * dropped (NFD, combining marks removed), đ → d, lower case, every dash
 * "-", line breaks ";", other spaces " ", other characters "~". Each
 * folded byte remembers the byte offset in the original text of the
 * character it came from, so that a run of tokens maps back to the original
 * text byte for byte. */
typedef struct {
    char *folded;    /* NUL-terminated */
    gsize len;       /* strlen(folded) */
    gsize *offset;   /* len + 1 entries; offset[len] = strlen(original) */
    const char *original;
} cchc__folded;

void cchc__fold(cchc__folded *out, const char *text);
void cchc__folded_clear(cchc__folded *f);

enum { CCHC__TOK_WORD = 1, CCHC__TOK_NUM = 2, CCHC__TOK_PUNCT = 3 };

/* A token of the folded text: a run of letters, a run of digits, or one
 * other character. */
typedef struct {
    int type;
    gsize from, to;      /* byte range in the folded text */
    gboolean gap;        /* white space before it */
    int value;           /* NUM: its value (capped at 1000000000); PUNCT: the character */
    int digits;          /* NUM: number of digits */
    int roman;           /* WORD: 1 … 12 for i … xii, else 0 */
} cchc__token;

/* 1 … 12 for the folded roman numerals i … xii of @n bytes at @s, else 0. */
int cchc__roman_value(const char *s, gsize n);

/* Splits @f into tokens (a new GArray of cchc__token). */
GArray *cchc__tokenize(const cchc__folded *f);

/* 1 when token @tok is the word @word (folded spelling). */
int cchc__tok_is(const cchc__folded *f, const cchc__token *tok, const char *word);

/* When the words of @phrase (folded, single spaces) start at token @i of
 * @toks (before @end), returns how many tokens they take; else 0. */
int cchc__phrase_at(const cchc__folded *f, const GArray *toks, int i, int end,
                    const char *phrase);
/* The longest phrase of the NULL-terminated @list at token @i: its length
 * in tokens (0 when none), and its index in @which when not NULL. */
int cchc__phrases_at(const cchc__folded *f, const GArray *toks, int i, int end,
                     const char *const *list, int *which);
/* When a phrase of @list ends just before token @i (at or after @start),
 * returns its length in tokens; else 0. */
int cchc__phrases_before(const cchc__folded *f, const GArray *toks, int start, int i,
                         const char *const *list);

/* Word tables (folded spellings, NULL-terminated). */
extern const char *const cchc__connectors[];  /* "trong", "vao", "giai doan", … */
extern const char *const cchc__fillers[];     /* labels that say nothing: "thuc hien", … */
extern const char *const cchc__triggers[];    /* "khi", "sau khi", "theo", … */
extern const char *const cchc__openers[];     /* words that open a new clause */
extern const char *const cchc__time_words[];  /* "nam", "thang", "quy", "ngay", … */

#endif /* CCHC_SCHEDULE_INTERNAL_H */
