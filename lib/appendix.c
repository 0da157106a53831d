/*
 * libcchc — the appendix-table importer (formats layer).
 *
 * Reading goes in three steps: the bytes become records of cells (TSV or
 * CSV, with the line and column where each cell starts); the header row
 * gives each column a role by its words; each later row becomes a task, its
 * unit cells resolved against the registry. Every row that does not become a
 * task, and every cell part that does not resolve, leaves a diagnostic.
 *
 * SPDX-License-Identifier: MIT
 */
#include "internal.h"

#include <string.h>

/* ---- the importer's state and its failures ------------------------------ */

enum role { ROLE_NONE, ROLE_GROUP, ROLE_TASK, ROLE_PRODUCT, ROLE_LEAD, ROLE_COORD, ROLE_WHEN,
            ROLE_ID, ROLE_NOTES, ROLE_COUNT };

typedef struct {
    const char *source;
    cchc_diagnostics *diags;
    const cchc_limits *limits; /* NULL: the defaults */
    int rc;                    /* CCHC_OK, or the limit failure that stops the import */
    cchc_plan *plan;
    gboolean build_registry; /* no registry given: unresolved names become units */
    int columns[ROLE_COUNT]; /* column of each role, -1 when absent */
    size_t header_cells;
    GHashTable *resolved; /* piece text → ref ("" when unresolved), cache */
    char *group;          /* the group cell carried down */
    int group_area;
    size_t group_line;
    GHashTable *year_votes; /* year → count, from the time column */
} importer;

static void diag(importer *im, int severity, const char *code, size_t line, size_t column,
                 const char *field, const char *task_id, const char *message_vi,
                 const char *message_en)
{
    cchc__location loc = {.file = im->source, .line = line, .column = column, .field = field,
                          .task_id = task_id};
    cchc__diag_add(im->diags, severity, code, &loc, message_en, message_vi);
}

/* The table passes @limit at @line (and @column, 0 when none): records an
 * "appendix.limit" error, sets the last error and stops the import. */
static int limit_failed(importer *im, int limit, size_t line, size_t column, const char *what)
{
    size_t max = cchc_limits_value(im->limits, limit);
    g_autofree char *en = g_strdup_printf("%s %zu " CCHC__LIMIT_FMT, what, max,
                                          cchc_limit_name(limit), max);
    g_autofree char *vi = g_strdup_printf("Bảng vượt giới hạn %s = %zu", cchc_limit_name(limit),
                                          max);
    diag(im, CCHC_SEVERITY_ERROR, "appendix.limit", line, column, NULL, NULL, vi, en);
    g_autoptr(GString) where = g_string_new(im->source);
    if (line)
        g_string_append_printf(where, ":%zu", line);
    if (column)
        g_string_append_printf(where, ":%zu", column);
    im->rc = cchc__fail(CCHC_ELIMIT, "%s: %s", where->str, en);
    return im->rc;
}

/* The model refused what the importer made of the row at @line (status @rc,
 * its message in the last error). Every cell was checked before, so this is
 * not expected; it still stops the import with an "appendix.task" error
 * rather than leave the row out unsaid. */
static void task_refused(importer *im, int rc, size_t line, const char *task_id)
{
    g_autofree char *reason = g_strdup(cchc_last_error_message());
    g_autofree char *en = g_strdup_printf("the task cannot be made from the row: %s", reason);
    g_autofree char *vi = g_strdup_printf("Không tạo được nhiệm vụ từ dòng này: %s", reason);
    diag(im, CCHC_SEVERITY_ERROR, "appendix.task", line, 0, NULL, task_id, vi, en);
    im->rc = cchc__fail(rc, "%s:%zu: %s", im->source, line, en);
}

/* Checks a new record (@records holds those before it) and a cell's raw
 * length against the rows and string_bytes limits. */
static int row_allowed(importer *im, const GArray *records, size_t line)
{
    if (records->len < cchc_limits_value(im->limits, CCHC_LIMIT_ROWS))
        return 1;
    limit_failed(im, CCHC_LIMIT_ROWS, line, 0, "the table has more rows than");
    return 0;
}

static int cell_allowed(importer *im, size_t length, size_t line, size_t column)
{
    if (length <= cchc_limits_value(im->limits, CCHC_LIMIT_STRING_BYTES))
        return 1;
    limit_failed(im, CCHC_LIMIT_STRING_BYTES, line, column, "the cell is longer in bytes than");
    return 0;
}

/* ---- cells and records -------------------------------------------------- */

typedef struct {
    char *text;    /* markup removed, trimmed */
    size_t line;   /* where the cell starts, 1-based */
    size_t column; /* in characters, 1-based */
} cell;

typedef struct {
    GArray *cells; /* of cell */
    size_t line;   /* where the record starts */
} record;

static void cell_clear(gpointer data)
{
    g_free(((cell *)data)->text);
}

static void record_clear(gpointer data)
{
    g_array_unref(((record *)data)->cells);
}

static record new_record(size_t line)
{
    record r = {g_array_new(FALSE, TRUE, sizeof(cell)), line};
    g_array_set_clear_func(r.cells, cell_clear);
    return r;
}

/* Removes inline marks ("<b>", "</i>", "<br/>") and decodes the few HTML
 * entities that Word exports, then trims white space. */
static char *clean_cell(const char *raw, size_t len)
{
    static const struct {
        const char *entity, *text;
    } entities[] = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
                    {"&#39;", "'"}, {"&nbsp;", " "}};
    GString *out = g_string_sized_new(len);
    for (size_t i = 0; i < len; i++) {
        const char *p = raw + i;
        if (*p == '<') {
            size_t j = i + 1;
            if (j < len && raw[j] == '/')
                j++;
            if (j < len && g_ascii_isalpha(raw[j])) {
                const char *close = memchr(p, '>', len - i);
                if (close) {
                    i = (size_t)(close - raw);
                    continue;
                }
            }
        } else if (*p == '&') {
            gboolean decoded = FALSE;
            for (size_t e = 0; e < G_N_ELEMENTS(entities) && !decoded; e++) {
                size_t n = strlen(entities[e].entity);
                if (n <= len - i && strncmp(p, entities[e].entity, n) == 0) {
                    g_string_append(out, entities[e].text);
                    i += n - 1;
                    decoded = TRUE;
                }
            }
            if (decoded)
                continue;
        }
        g_string_append_c(out, *p);
    }
    g_strstrip(out->str);
    out->len = strlen(out->str);
    return g_string_free(out, FALSE);
}

static size_t chars_between(const char *from, const char *to)
{
    size_t n = 0;
    for (const char *p = from; p < to; p++)
        if (((unsigned char)*p & 0xC0) != 0x80)
            n++;
    return n;
}

/* Tab-separated: one record per line, "\r\n" or "\n". NULL when a limit is
 * passed (im->rc says which). */
static GArray *read_tsv(importer *im, const char *text, size_t size)
{
    GArray *records = g_array_new(FALSE, TRUE, sizeof(record));
    g_array_set_clear_func(records, record_clear);
    size_t line = 1;
    const char *end = text + size;
    for (const char *p = text; p < end; line++) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        const char *stop = eol ? eol : end;
        const char *content_end = stop > p && stop[-1] == '\r' ? stop - 1 : stop;
        if (!row_allowed(im, records, line)) {
            g_array_unref(records);
            return NULL;
        }
        record r = new_record(line);
        for (const char *c = p;;) {
            const char *tab = memchr(c, '\t', (size_t)(content_end - c));
            const char *cell_end = tab ? tab : content_end;
            if (!cell_allowed(im, (size_t)(cell_end - c), line, 1 + chars_between(p, c))) {
                record_clear(&r);
                g_array_unref(records);
                return NULL;
            }
            cell cl = {clean_cell(c, (size_t)(cell_end - c)), line, 1 + chars_between(p, c)};
            g_array_append_val(r.cells, cl);
            if (!tab)
                break;
            c = tab + 1;
        }
        g_array_append_val(records, r);
        p = eol ? eol + 1 : end;
    }
    return records;
}

/* CSV after RFC 4180, with @sep as separator: quoted fields may hold the
 * separator, doubled quotes and line breaks. NULL when a limit is passed
 * (im->rc says which). */
static GArray *read_csv(importer *im, const char *text, size_t size, char sep)
{
    GArray *records = g_array_new(FALSE, TRUE, sizeof(record));
    g_array_set_clear_func(records, record_clear);
    const char *end = text + size, *line_start = text;
    size_t line = 1;
    const char *p = text;
    while (p < end) {
        if (!row_allowed(im, records, line)) {
            g_array_unref(records);
            return NULL;
        }
        record r = new_record(line);
        for (;;) {
            GString *field = g_string_new(NULL);
            size_t field_line = line, field_column = 1 + chars_between(line_start, p);
            if (p < end && *p == '"') {
                p++;
                while (p < end) {
                    if (*p == '"') {
                        if (p + 1 < end && p[1] == '"') {
                            g_string_append_c(field, '"');
                            p += 2;
                            continue;
                        }
                        p++;
                        break;
                    }
                    if (*p == '\n') {
                        line++;
                        line_start = p + 1;
                    }
                    g_string_append_c(field, *p++);
                }
            }
            while (p < end && *p != sep && *p != '\n')
                g_string_append_c(field, *p++);
            if (field->len && field->str[field->len - 1] == '\r')
                g_string_truncate(field, field->len - 1);
            if (!cell_allowed(im, field->len, field_line, field_column)) {
                g_string_free(field, TRUE);
                record_clear(&r);
                g_array_unref(records);
                return NULL;
            }
            cell cl = {clean_cell(field->str, field->len), field_line, field_column};
            g_string_free(field, TRUE);
            g_array_append_val(r.cells, cl);
            if (p < end && *p == sep) {
                p++;
                continue;
            }
            break;
        }
        g_array_append_val(records, r);
        if (p < end && *p == '\n') {
            p++;
            line++;
            line_start = p;
        }
    }
    return records;
}

/* ---- the header row ----------------------------------------------------- */

static const char *const role_names[ROLE_COUNT] = {
    "", "group", "title", "product", "lead", "coordinating", "when", "id", "notes"};

static const char *const role_headers_vi[ROLE_COUNT] = {
    "", "Nhiệm vụ chung", "Nhiệm vụ cụ thể", "Sản phẩm/Kết quả", "Phòng, đơn vị chủ trì",
    "Phòng, đơn vị phối hợp", "Thời gian thực hiện", "STT", "Ghi chú"};

/* The role of a header cell, by its words (without diacritics). */
static enum role header_role(const char *text)
{
    g_autofree char *f = cchc__text_fold(text);
    if (strstr(f, "nhiem vu chung") || strstr(f, "linh vuc"))
        return ROLE_GROUP;
    if (strstr(f, "nhiem vu cu the") || strstr(f, "noi dung") || strcmp(f, "nhiem vu") == 0 ||
        strstr(f, "ten nhiem vu"))
        return ROLE_TASK;
    if (strstr(f, "san pham") || strstr(f, "ket qua"))
        return ROLE_PRODUCT;
    if (strstr(f, "chu tri"))
        return ROLE_LEAD;
    if (strstr(f, "phoi hop"))
        return ROLE_COORD;
    if (strstr(f, "thoi gian") || strstr(f, "thoi han") || strstr(f, "tien do"))
        return ROLE_WHEN;
    if (strcmp(f, "stt") == 0 || strcmp(f, "tt") == 0 || strstr(f, "so thu tu"))
        return ROLE_ID;
    if (strstr(f, "ghi chu"))
        return ROLE_NOTES;
    return ROLE_NONE;
}

/* A header row names the task column and at least two others. */
static int is_header(const record *r)
{
    int roles = 0, has_task = 0;
    for (guint i = 0; i < r->cells->len; i++) {
        enum role role = header_role(g_array_index(r->cells, cell, i).text);
        roles += role != ROLE_NONE;
        has_task |= role == ROLE_TASK;
    }
    return has_task && roles >= 3;
}

static int record_is_blank(const record *r)
{
    for (guint i = 0; i < r->cells->len; i++)
        if (*g_array_index(r->cells, cell, i).text)
            return 0;
    return 1;
}

/* ---- the import --------------------------------------------------------- */


static const cell *cell_of(const record *r, importer *im, enum role role)
{
    int col = im->columns[role];
    if (col < 0 || (guint)col >= r->cells->len)
        return NULL;
    return &g_array_index(r->cells, cell, col);
}

static const char *text_of(const record *r, importer *im, enum role role)
{
    const cell *c = cell_of(r, im, role);
    return c ? c->text : "";
}

static void map_header(importer *im, const record *r)
{
    for (int role = 0; role < ROLE_COUNT; role++)
        im->columns[role] = -1;
    im->header_cells = r->cells->len;
    for (guint i = 0; i < r->cells->len; i++) {
        const cell *c = &g_array_index(r->cells, cell, i);
        enum role role = header_role(c->text);
        if (role == ROLE_NONE) {
            if (*c->text) {
                g_autofree char *vi = g_strdup_printf("Cột \"%s\" không được nhận biết; bỏ qua "
                                                      "nội dung của cột này", c->text);
                g_autofree char *en = g_strdup_printf("column \"%s\" is not recognised; its "
                                                      "cells are ignored", c->text);
                diag(im, CCHC_SEVERITY_WARNING, "appendix.unknown-column", c->line, c->column,
                     NULL, NULL, vi, en);
            }
            continue;
        }
        if (im->columns[role] >= 0) {
            g_autofree char *vi = g_strdup_printf("Cột \"%s\" lặp lại; chỉ dùng cột đầu tiên",
                                                  c->text);
            g_autofree char *en = g_strdup_printf("a second \"%s\" column; only the first is "
                                                  "read", c->text);
            diag(im, CCHC_SEVERITY_WARNING, "appendix.duplicate-column", c->line, c->column,
                 role_names[role], NULL, vi, en);
            continue;
        }
        im->columns[role] = (int)i;
    }
    for (int role = ROLE_GROUP; role <= ROLE_WHEN; role++) {
        if (im->columns[role] >= 0)
            continue;
        g_autofree char *vi = g_strdup_printf("Bảng không có cột \"%s\"; trường %s để trống",
                                              role_headers_vi[role], role_names[role]);
        g_autofree char *en = g_strdup_printf("the table has no \"%s\" column; every task's %s "
                                              "is left empty", role_headers_vi[role],
                                              role_names[role]);
        diag(im, CCHC_SEVERITY_WARNING, "appendix.missing-column", r->line, 0, role_names[role],
             NULL, vi, en);
    }
}

/* The area of a group heading: its number ("1. Công tác …") or its words. */
static int area_of_group(const char *group)
{
    const char *p = group;
    while (*p == ' ' || *p == '*')
        p++;
    if (*p >= '1' && *p <= '7' && !g_ascii_isdigit(p[1]))
        return *p - '0';
    g_autofree char *f = cchc__text_fold(group);
    static const struct {
        const char *words;
        int area;
    } keywords[] = {{"chi dao", 1}, {"dieu hanh", 1}, {"the che", 2}, {"thu tuc", 3},
                    {"tthc", 3},    {"bo may", 4},    {"cong vu", 5}, {"tai chinh", 6},
                    {"dien tu", 7}, {"chinh quyen so", 7}, {"chuyen doi so", 7}};
    for (size_t i = 0; i < G_N_ELEMENTS(keywords); i++)
        if (strstr(f, keywords[i].words))
            return keywords[i].area;
    return 0;
}

/* Splits "1.10. Xây dựng …" into the id "1.10" and the title. */
static void split_id(const char *text, char **id, const char **title)
{
    const char *p = text;
    while (g_ascii_isdigit(*p) || (*p == '.' && g_ascii_isdigit(p[1])))
        p++;
    if (p == text || !(*p == '.' || *p == ')' || *p == ' ' || *p == '\0')) {
        *id = g_strdup("");
        *title = text;
        return;
    }
    *id = g_strndup(text, (gsize)(p - text));
    if (*p == '.' || *p == ')')
        p++;
    while (*p == ' ')
        p++;
    *title = p;
}

/* ---- unit cells --------------------------------------------------------- */

/* An ASCII id for a unit made from its name: "Sở Tài chính" → "so-tai-chinh". */
static char *unit_id_from_name(const cchc_plan *plan, const char *name)
{
    g_autofree char *f = cchc__text_fold(name);
    GString *id = g_string_new(NULL);
    for (const char *p = f; *p && id->len < 48; p++) {
        if (g_ascii_isalnum(*p))
            g_string_append_c(id, *p);
        else if (id->len && id->str[id->len - 1] != '-')
            g_string_append_c(id, '-');
    }
    while (id->len && id->str[id->len - 1] == '-')
        g_string_truncate(id, id->len - 1);
    if (!id->len)
        g_string_assign(id, "unit");
    size_t base = id->len;
    for (int n = 2; cchc_plan_find_unit(plan, id->str); n++) {
        g_string_truncate(id, base);
        g_string_append_printf(id, "-%d", n);
    }
    return g_string_free(id, FALSE);
}

/* The kind of a unit by its first words. */
static int guess_kind(const char *name)
{
    g_autofree char *f = cchc__text_fold(name);
    static const struct {
        const char *prefix;
        int kind;
    } prefixes[] = {
        {"van phong so", CCHC_UNIT_OFFICE}, {"van phong ubnd", CCHC_UNIT_EXTERNAL},
        {"van phong", CCHC_UNIT_OFFICE},    {"phong", CCHC_UNIT_DIVISION},
        {"thanh tra", CCHC_UNIT_INSPECTORATE}, {"lanh dao", CCHC_UNIT_LEADERSHIP},
        {"giam doc", CCHC_UNIT_LEADERSHIP}, {"ban giam doc", CCHC_UNIT_LEADERSHIP},
        {"trung tam", CCHC_UNIT_AGENCY},    {"co so", CCHC_UNIT_AGENCY},
        {"quy ", CCHC_UNIT_AGENCY},         {"truong", CCHC_UNIT_AGENCY},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(prefixes); i++)
        if (g_str_has_prefix(f, prefixes[i].prefix))
            return prefixes[i].kind;
    return CCHC_UNIT_EXTERNAL;
}

/* The reference of one unit name, or NULL; cached per exact text, so that a
 * 50 000-row table resolves each distinct cell part once. */
static const char *resolve_name(importer *im, const char *name)
{
    const char *cached = g_hash_table_lookup(im->resolved, name);
    if (cached)
        return *cached ? cached : NULL;
    const char *ref = NULL;
    int rc = cchc_plan_resolve_unit(&ref, im->plan, name);
    char *value = g_strdup(rc == CCHC_OK ? ref : "");
    g_hash_table_insert(im->resolved, g_strdup(name), value);
    return *value ? value : NULL;
}

/* A unit created for @name when the table brings its own registry. */
static const char *create_unit(importer *im, const char *name, const cell *c, const char *task_id)
{
    if (cchc_plan_unit_count(im->plan) >= cchc_limits_value(im->limits, CCHC_LIMIT_UNITS)) {
        limit_failed(im, CCHC_LIMIT_UNITS, c->line, c->column,
                     "the table names more units than");
        return NULL;
    }
    g_autofree char *id = unit_id_from_name(im->plan, name);
    cchc_unit *unit = NULL;
    int kind = guess_kind(name);
    if (cchc_unit_new(&unit, id, name, kind) != CCHC_OK ||
        cchc_plan_add_unit(im->plan, unit) != CCHC_OK) {
        cchc_unit_free(unit);
        return NULL;
    }
    cchc_unit_free(unit);
    g_hash_table_remove_all(im->resolved); /* names may now resolve differently */
    g_autofree char *vi = g_strdup_printf("Tạo đơn vị mới \"%s\" (mã %s, loại %s); hãy kiểm tra",
                                          name, id, cchc_unit_kind_name(kind));
    g_autofree char *en = g_strdup_printf("created unit \"%s\" (id %s, kind %s, guessed from "
                                          "its name); check it", name, id,
                                          cchc_unit_kind_name(kind));
    diag(im, CCHC_SEVERITY_INFO, "appendix.unit-created", c->line, c->column, NULL, task_id,
         vi, en);
    return resolve_name(im, name);
}

/* The longest leading run of words of @name that is a unit or group. */
static const char *resolve_prefix(importer *im, const char *name, size_t *matched_len)
{
    size_t len = strlen(name);
    for (size_t cut = len; cut > 0; cut--) {
        if (cut < len && name[cut] != ' ')
            continue;
        g_autofree char *prefix = g_strndup(name, cut);
        g_strchomp(prefix);
        if (!*prefix || strlen(prefix) == len)
            continue;
        const char *ref = resolve_name(im, prefix);
        if (ref) {
            *matched_len = cut;
            return ref;
        }
    }
    return NULL;
}

static void add_ref(cchc_task *task, int role, const char *ref)
{
    if (!cchc_task_has_unit(task, role, ref))
        cchc_task_add_unit(task, role, ref);
}

/* The most pieces one unit name may span: "Phòng Phòng, chống TNXH" spans
 * two. Trying every longer run made a cell of n names cost n² resolutions
 * (a 400-name cell took a minute). */
#define MAX_NAME_PIECES 6

/* Resolves the names in @text (outside brackets), separated by "," or ";",
 * joining neighbours where a name holds a comma itself ("Phòng Phòng, chống
 * TNXH"). Refs go to @role; what does not resolve becomes a mention there. */
static void resolve_names(importer *im, cchc_task *task, int role, const char *text,
                          const cell *c, const char *task_id)
{
    /* Split into pieces, remembering each piece's place in @text. */
    GArray *starts = g_array_new(FALSE, FALSE, sizeof(size_t));
    GArray *ends = g_array_new(FALSE, FALSE, sizeof(size_t));
    size_t n = strlen(text), start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || text[i] == ',' || text[i] == ';') {
            g_array_append_val(starts, start);
            g_array_append_val(ends, i);
            start = i + 1;
        }
    }
    for (guint i = 0; i < starts->len;) {
        const char *ref = NULL;
        guint j = MIN(starts->len, i + MAX_NAME_PIECES);
        char *name = NULL;
        /* The longest run of pieces i … j-1 that names a unit or group. */
        while (j > i && !ref) {
            size_t from = g_array_index(starts, size_t, i), to = g_array_index(ends, size_t, j - 1);
            g_free(name);
            name = g_strstrip(g_strndup(text + from, to - from));
            ref = *name ? resolve_name(im, name) : NULL;
            if (!ref)
                j--;
        }
        if (ref) {
            add_ref(task, role, ref);
            g_free(name);
            i = j;
            continue;
        }
        g_free(name);
        /* Unresolved: the name runs on over pieces that start in lower case,
         * as in "Phòng Phòng, chống TNXH" — names of units are capitalised. */
        size_t from = g_array_index(starts, size_t, i), to = g_array_index(ends, size_t, i);
        for (i++; i < starts->len; i++) {
            const char *next = text + g_array_index(starts, size_t, i);
            while (*next == ' ')
                next++;
            if (!g_unichar_islower(g_utf8_get_char(next)) ||
                g_str_has_prefix(next, "các ") || g_str_has_prefix(next, "và "))
                break;
            to = g_array_index(ends, size_t, i);
        }
        name = g_strstrip(g_strndup(text + from, to - from));
        if (!*name) {
            g_free(name);
            continue;
        }
        size_t matched = 0;
        const char *prefix_ref = resolve_prefix(im, name, &matched);
        if (prefix_ref) {
            add_ref(task, role, prefix_ref);
            cchc_task_add_mention(task, role, name);
            g_autofree char *vi = g_strdup_printf("\"%s\": hiểu là %s, giữ nguyên văn phần còn "
                                                  "lại", name, prefix_ref);
            g_autofree char *en = g_strdup_printf("\"%s\" is read as %s; the whole name is kept "
                                                  "as a mention", name, prefix_ref);
            diag(im, CCHC_SEVERITY_INFO, "appendix.qualified-unit", c->line, c->column,
                 role == CCHC_ROLE_LEAD ? "lead" : "coordinating", task_id, vi, en);
        } else if (im->build_registry && (ref = create_unit(im, name, c, task_id)) != NULL) {
            add_ref(task, role, ref);
        } else if (im->rc == CCHC_OK) { /* not when a limit stopped the import */
            cchc_task_add_mention(task, role, name);
            g_autofree char *vi = g_strdup_printf("Không xác định được đơn vị \"%s\"; giữ nguyên "
                                                  "văn", name);
            g_autofree char *en = g_strdup_printf("unknown unit \"%s\"; kept verbatim as a "
                                                  "mention", name);
            diag(im, CCHC_SEVERITY_WARNING, "appendix.unknown-unit", c->line, c->column,
                 role == CCHC_ROLE_LEAD ? "lead" : "coordinating", task_id, vi, en);
        }
        g_free(name);
    }
    g_array_unref(starts);
    g_array_unref(ends);
}

/* A unit cell: names outside brackets are the role's units; a bracket is a
 * note kept verbatim, and one that starts with "P/h" (phối hợp) also names
 * coordinating units, collected in @extra_coordinating for after the
 * coordinating cell. */
static void read_unit_cell(importer *im, cchc_task *task, int role, const cell *c,
                           const char *task_id, GPtrArray *extra_coordinating)
{
    if (!c || !*c->text)
        return;
    GString *outside = g_string_new(NULL);
    const char *p = c->text;
    while (*p) {
        const char *open = strchr(p, '(');
        const char *close = open ? strchr(open, ')') : NULL;
        if (!open || !close) {
            g_string_append(outside, p);
            break;
        }
        g_string_append_len(outside, p, open - p);
        g_autofree char *note = g_strstrip(g_strndup(open + 1, (gsize)(close - open - 1)));
        if (*note) {
            cchc_task_add_mention(task, role, note);
            g_autofree char *f = cchc__text_fold(note);
            const char *rest = NULL;
            if (g_str_has_prefix(f, "p/h"))
                rest = note + 3;
            else if (g_str_has_prefix(f, "phoi hop"))
                rest = g_utf8_offset_to_pointer(note, 8);
            if (rest && extra_coordinating)
                g_ptr_array_add(extra_coordinating, g_strstrip(g_strdup(rest)));
        }
        p = close + 1;
    }
    resolve_names(im, task, role, outside->str, c, task_id);
    g_string_free(outside, TRUE);
}

static void vote_year(importer *im, const char *when)
{
    for (const char *p = when; (p = strstr(p, "20")) != NULL; p++) {
        if (g_ascii_isdigit(p[2]) && g_ascii_isdigit(p[3]) && !g_ascii_isdigit(p[4]) &&
            (p == when || !g_ascii_isdigit(p[-1]))) {
            int year = 2000 + (p[2] - '0') * 10 + (p[3] - '0');
            gpointer key = GINT_TO_POINTER(year);
            g_hash_table_insert(im->year_votes, key,
                                GINT_TO_POINTER(GPOINTER_TO_INT(
                                                    g_hash_table_lookup(im->year_votes, key)) +
                                                1));
        }
    }
}

static int most_voted_year(importer *im)
{
    GHashTableIter iter;
    gpointer key, value;
    int best = 0, best_votes = 0;
    g_hash_table_iter_init(&iter, im->year_votes);
    while (g_hash_table_iter_next(&iter, &key, &value)) {
        int year = GPOINTER_TO_INT(key), votes = GPOINTER_TO_INT(value);
        if (votes > best_votes || (votes == best_votes && year > best)) {
            best = year;
            best_votes = votes;
        }
    }
    return best;
}

/* Cells beyond the header's columns, or columns no role reads, with text. */
static void report_ignored_cells(importer *im, const record *r, const char *task_id)
{
    for (guint i = 0; i < r->cells->len; i++) {
        const cell *c = &g_array_index(r->cells, cell, i);
        if (!*c->text)
            continue;
        gboolean read = FALSE;
        for (int role = ROLE_GROUP; role < ROLE_COUNT && !read; role++)
            read = im->columns[role] == (int)i;
        if (read)
            continue;
        g_autofree char *vi = g_strdup_printf("Ô thừa ngoài các cột của bảng bị bỏ qua: \"%s\"",
                                              c->text);
        g_autofree char *en = g_strdup_printf("a cell outside the table's columns is ignored: "
                                              "\"%s\"", c->text);
        diag(im, CCHC_SEVERITY_WARNING, "appendix.extra-cell", c->line, c->column, NULL,
             task_id, vi, en);
    }
}

static void read_row(importer *im, const record *r)
{
    const cell *group_cell = cell_of(r, im, ROLE_GROUP);
    if (group_cell && *group_cell->text) {
        g_free(im->group);
        im->group = g_strdup(group_cell->text);
        im->group_area = area_of_group(im->group);
        im->group_line = r->line;
        if (!im->group_area) {
            g_autofree char *vi = g_strdup_printf("Không xác định được lĩnh vực của nhóm \"%s\"",
                                                  im->group);
            g_autofree char *en = g_strdup_printf("cannot tell the area of group \"%s\"; tasks "
                                                  "take it from their ids", im->group);
            diag(im, CCHC_SEVERITY_WARNING, "appendix.unknown-area", group_cell->line,
                 group_cell->column, "group", NULL, vi, en);
        }
    }
    const char *task_text = text_of(r, im, ROLE_TASK);
    g_autofree char *id = NULL;
    const char *title = NULL;
    split_id(task_text, &id, &title);
    if (*text_of(r, im, ROLE_ID)) {
        g_free(id);
        id = g_strdup(text_of(r, im, ROLE_ID));
        title = task_text;
    }
    report_ignored_cells(im, r, id);
    if (!*title) {
        /* A group heading on a row of its own is structure, not a loss. */
        gboolean only_group = TRUE;
        for (guint i = 0; i < r->cells->len; i++) {
            const cell *c = &g_array_index(r->cells, cell, i);
            if (*c->text && c != group_cell)
                only_group = FALSE;
        }
        if (!only_group) {
            diag(im, CCHC_SEVERITY_WARNING, "appendix.no-title", r->line, 0, "title", id,
                 "Dòng có nội dung nhưng không có nhiệm vụ cụ thể; dòng bị bỏ qua",
                 "the row has content but no task; the row is skipped");
        }
        return;
    }
    /* A task row with cells missing: merged in the source, or cut short. */
    if (r->cells->len < im->header_cells) {
        g_autofree char *vi = g_strdup_printf("Dòng có %u ô, tiêu đề có %zu ô (ô bị gộp?)",
                                              r->cells->len, im->header_cells);
        g_autofree char *en = g_strdup_printf("the row has %u cells and the header %zu (merged "
                                              "cells?); the missing ones are empty",
                                              r->cells->len, im->header_cells);
        diag(im, CCHC_SEVERITY_WARNING, "appendix.short-row", r->line, 0, NULL, id, vi, en);
    }
    int area = im->group_area;
    if (!area && *id && id[0] >= '1' && id[0] <= '7' && (id[1] == '.' || id[1] == '\0'))
        area = id[0] - '0';
    const cell *task_cell = cell_of(r, im, ROLE_TASK);
    if (!area) {
        diag(im, CCHC_SEVERITY_ERROR, "appendix.no-area", task_cell->line, task_cell->column,
             "area", id, "Không xác định được lĩnh vực của nhiệm vụ; dòng bị bỏ qua",
             "cannot tell the task's area (no group heading, no id); the row is skipped");
        return;
    }
    if (!*id)
        diag(im, CCHC_SEVERITY_WARNING, "appendix.no-id", task_cell->line, task_cell->column,
             "id", NULL, "Nhiệm vụ không có số thứ tự", "the task has no id");
    if (cchc_plan_task_count(im->plan) >= cchc_limits_value(im->limits, CCHC_LIMIT_TASKS)) {
        limit_failed(im, CCHC_LIMIT_TASKS, r->line, 0, "the table has more tasks than");
        return;
    }
    cchc_task *task = NULL;
    int rc = cchc_task_new(&task, id, area, title);
    if (rc || (rc = cchc_task_set_group(task, im->group ? im->group : "")) ||
        (rc = cchc_task_set_product(task, text_of(r, im, ROLE_PRODUCT))) ||
        (rc = cchc_task_set_when(task, text_of(r, im, ROLE_WHEN))) ||
        (rc = cchc_task_set_notes(task, text_of(r, im, ROLE_NOTES)))) {
        task_refused(im, rc, r->line, id);
        cchc_task_free(task);
        return;
    }
    vote_year(im, text_of(r, im, ROLE_WHEN));
    GPtrArray *extra = g_ptr_array_new_with_free_func(g_free);
    read_unit_cell(im, task, CCHC_ROLE_LEAD, cell_of(r, im, ROLE_LEAD), id, extra);
    const cell *coord = cell_of(r, im, ROLE_COORD);
    read_unit_cell(im, task, CCHC_ROLE_COORDINATING, coord, id, NULL);
    for (guint i = 0; i < extra->len; i++) {
        const cell *lead = cell_of(r, im, ROLE_LEAD);
        /* Names after "P/h" are coordinating units; the bracket itself is
         * already kept as the lead's mention, so unresolved ones need no
         * second mention, only their diagnostic. */
        size_t before = cchc_task_mention_count(task, CCHC_ROLE_COORDINATING);
        resolve_names(im, task, CCHC_ROLE_COORDINATING, g_ptr_array_index(extra, i), lead, id);
        while (cchc_task_mention_count(task, CCHC_ROLE_COORDINATING) > before)
            cchc_task_remove_mention(task, CCHC_ROLE_COORDINATING, before);
    }
    g_ptr_array_unref(extra);
    if (im->rc == CCHC_OK && (rc = cchc_plan_add_task(im->plan, task)))
        task_refused(im, rc, r->line, id);
    cchc_task_free(task);
}

static int import(importer *im, const char *text, size_t size)
{
    size_t bom = cchc__bom_length(text, size);
    text += bom;
    size -= bom;
    /* Tabs anywhere mean a table copied out of Word or saved by Excel as
     * text; otherwise CSV, with ';' when the first line uses it more than ','. */
    GArray *records;
    if (memchr(text, '\t', size)) {
        records = read_tsv(im, text, size);
    } else {
        const char *eol = memchr(text, '\n', size);
        size_t first = eol ? (size_t)(eol - text) : size;
        size_t commas = 0, semicolons = 0;
        for (size_t i = 0; i < first; i++) {
            commas += text[i] == ',';
            semicolons += text[i] == ';';
        }
        records = read_csv(im, text, size, semicolons > commas ? ';' : ',');
    }
    if (!records)
        return im->rc;
    guint header = 0;
    while (header < records->len && !is_header(&g_array_index(records, record, header)))
        header++;
    if (header == records->len) {
        g_array_unref(records);
        diag(im, CCHC_SEVERITY_ERROR, "appendix.no-header", size ? 1 : 0, 0, NULL, NULL,
             "Không tìm thấy dòng tiêu đề của bảng (\"Nhiệm vụ cụ thể\", \"Phòng, đơn vị chủ "
             "trì\", …)",
             "no header row found (a row naming \"Nhiệm vụ cụ thể\" and at least two other "
             "columns such as \"Phòng, đơn vị chủ trì\" and \"Thời gian thực hiện\")");
        return cchc__fail(CCHC_EPARSE,
                          "%s: no header row found: a table needs a row naming \"Nhiệm vụ cụ "
                          "thể\" and at least two other columns",
                          im->source);
    }
    size_t skipped = 0;
    for (guint i = 0; i < header; i++)
        skipped += !record_is_blank(&g_array_index(records, record, i));
    if (skipped) {
        size_t last = g_array_index(records, record, header - 1).line;
        g_autofree char *vi = g_strdup_printf("%zu dòng văn bản trước bảng (dòng 1–%zu) không "
                                              "thuộc bảng và được bỏ qua", skipped, last);
        g_autofree char *en = g_strdup_printf("%zu lines of text before the table (lines 1–%zu) "
                                              "are not part of it and are skipped", skipped,
                                              last);
        diag(im, CCHC_SEVERITY_INFO, "appendix.preamble", 1, 0, NULL, NULL, vi, en);
    }
    map_header(im, &g_array_index(records, record, header));
    for (guint i = header + 1; i < records->len && im->rc == CCHC_OK; i++) {
        const record *r = &g_array_index(records, record, i);
        if (record_is_blank(r))
            continue;
        if (is_header(r)) {
            diag(im, CCHC_SEVERITY_INFO, "appendix.repeated-header", r->line, 0, NULL, NULL,
                 "Dòng tiêu đề lặp lại (sang trang) được bỏ qua",
                 "a repeated header row (a new page) is skipped");
            continue;
        }
        read_row(im, r);
    }
    g_array_unref(records);
    return im->rc;
}

int cchc_appendix_import(cchc_plan **out, const char *data, size_t size, const char *source_name,
                         const cchc_plan *registry, cchc_diagnostics *diags)
{
    return cchc_appendix_import_with_limits(out, data, size, source_name, registry, NULL, diags);
}

int cchc_appendix_import_with_limits(cchc_plan **out, const char *data, size_t size,
                                     const char *source_name, const cchc_plan *registry,
                                     const cchc_limits *limits, cchc_diagnostics *diags)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(data || size == 0);
    if (source_name && !g_utf8_validate(source_name, -1, NULL))
        return cchc__fail(CCHC_EINVAL, "cchc_appendix_import: source name is not UTF-8");
    const char *source = source_name ? source_name : "<data>";
    const char *text = data ? data : "";
    size_t max_size = cchc_limits_value(limits, CCHC_LIMIT_INPUT_BYTES);
    if (size > max_size) {
        g_autofree char *message = g_strdup_printf(
            "the table is %zu bytes, more than %zu " CCHC__LIMIT_FMT, size, max_size,
            cchc_limit_name(CCHC_LIMIT_INPUT_BYTES), max_size);
        cchc__location loc = {.file = source};
        cchc__diag_add(diags, CCHC_SEVERITY_ERROR, "appendix.limit", &loc, message,
                       "Bảng vượt giới hạn input_bytes");
        return cchc__fail(CCHC_ELIMIT, "%s: %s", source, message);
    }
    const char *bad = NULL;
    if (!g_utf8_validate_len(text, size, &bad)) {
        size_t line = 0, column = 0;
        cchc__text_position(text, size, (size_t)(bad - text), &line, &column);
        cchc__location loc = {.file = source, .line = line, .column = column};
        g_autofree char *message =
            *bad ? g_strdup_printf("invalid UTF-8 (byte 0x%02X); save the table as UTF-8 text",
                                   (unsigned)(unsigned char)*bad)
                 : g_strdup("a NUL byte, which no text holds; is this a binary file?");
        cchc__diag_add(diags, CCHC_SEVERITY_ERROR, "appendix.encoding", &loc, message,
                       "Văn bản không phải UTF-8 hợp lệ");
        return cchc__fail(CCHC_EENCODING, "%s:%zu:%zu: %s", source, line, column, message);
    }
    importer im = {0};
    im.source = source;
    im.diags = diags;
    im.limits = limits;
    im.plan = cchc_plan_new();
    im.build_registry = registry == NULL;
    im.resolved = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    im.year_votes = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (size_t i = 0; registry && i < cchc_plan_unit_count(registry); i++)
        cchc_plan_add_unit(im.plan, cchc_plan_unit_at(registry, i));
    if (registry)
        cchc_plan_set_calendar(im.plan, cchc_plan_calendar(registry));
    int rc = import(&im, text, size);
    if (rc == CCHC_OK) {
        int year = registry && cchc_plan_year(registry) ? cchc_plan_year(registry)
                                                        : most_voted_year(&im);
        cchc_plan_set_year(im.plan, year);
    }
    g_hash_table_unref(im.resolved);
    g_hash_table_unref(im.year_votes);
    g_free(im.group);
    if (rc) {
        cchc_plan_free(im.plan);
        return rc;
    }
    *out = im.plan;
    return CCHC_OK;
}

int cchc_appendix_import_file(cchc_plan **out, const char *path, const cchc_plan *registry,
                              cchc_diagnostics *diags)
{
    return cchc_appendix_import_file_with_limits(out, path, registry, NULL, diags);
}

int cchc_appendix_import_file_with_limits(cchc_plan **out, const char *path,
                                          const cchc_plan *registry, const cchc_limits *limits,
                                          cchc_diagnostics *diags)
{
    if (out)
        *out = NULL;
    CCHC__CHECK_ARG(out);
    CCHC__CHECK_ARG(path);
    char *data = NULL;
    size_t size = 0;
    g_autofree char *name = NULL; /* the path as UTF-8, for messages */
    int rc = cchc__read_input_file_limited(path, limits, &data, &size, &name, diags);
    if (rc)
        return rc;
    rc = cchc_appendix_import_with_limits(out, data, size, name, registry, limits, diags);
    g_free(data);
    return rc;
}
