/*
 * cluster.c - one speaker per real person or organization across documents.
 *
 * The speakers are rebuilt from scratch from the names documents gave
 * (speaker_names rows that still have statements) and the corrections
 * people made, so that the result depends only on what is stored, never on
 * the order documents came in: a resumed run ends where an uninterrupted
 * one does. The rules, in order (docs/schema.md explains them for users):
 *
 *  1. Names with the same key (case, diacritics, titles, roles removed) are
 *     one unit; a one-word person name is one unit per role it was given.
 *  2. Full names with the same first name and surname are one speaker,
 *     whatever their roles; middle names must not disagree ("George H. W."
 *     and "George W." stay apart, and "George Bush" then joins neither).
 *  3. Full names whose first names agree (same transliteration skeleton)
 *     and whose surnames are near misses (same skeleton, "Milley"/"Milli";
 *     the same as German writes it with or without umlauts, "Müller"/
 *     "Mueller"; or skeletons one edit apart when both have six letters or
 *     more) are one speaker, when their roles do not conflict.
 *  4. A surname alone ("Kirby"), or an initial and a surname ("J. Kirby"),
 *     joins the full-name speaker with that surname (a) when exactly one
 *     exists whose roles and gender do not conflict with its own (a
 *     "Clinton" that documents call she is not Bill Clinton); (b) among several,
 *     when exactly one shares a role word with it ("Obama", President);
 *     (c) without a role, when one is quoted DOMINANCE times more than all
 *     the others together. Otherwise it joins none.
 *  5. Otherwise one-word names with the same key stay together unless their
 *     roles or genders conflict (a role-less one joins only an unambiguous
 *     group).
 *  6. Organizations are matched by key only and never with people.
 *  7. Corrections, oldest first: merge joins two speakers, split gives a
 *     name a speaker of its own. They win over rules 1-6.
 *
 * Roles conflict when both are known and share no word ("spokesperson" vs
 * "coach"); see quoth_roles_compatible(). Genders conflict when both are
 * known and differ; a name's gender is what most of its statements'
 * documents said.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "store/names.h"
#include "store/store.h"
#include "util/array.h"

#define PART 64

enum { KIND_PERSONLIKE = 1, KIND_ORG = 2 };

typedef struct alias {
    int64_t id, old_speaker, statements;
    int64_t female, male; /* its statements whose documents said she, he */
    char *name, *role, *kind, *key, *old_key, *role_key;
    const char *unit_role; /* role_key for one-word person units, else "" */
    int key_kind;          /* KIND_* of its key */
    size_t unit;
} alias;

typedef struct unit {
    const char *key, *unit_role;
    char *roles; /* the role words of its aliases */
    int kind;
    size_t words;
    char first[PART], middle[PART], last[PART], first_skel[PART], last_skel[PART];
    char german_skel[PART]; /* the surname's skeleton spelled without umlauts, when
                               an alias wrote it with them ("Müller": "mueler"), else "" */
    int initial;           /* "J. Kirby": the first word is one letter */
    int64_t statements;
    int64_t female, male;  /* its aliases' */
    size_t alias_first, alias_n;
} unit;

typedef struct cluster_ctx {
    quoth_store *s;
    alias *a;
    size_t na;
    unit *u;
    size_t nu;
    size_t *parent; /* union-find over units, then labels */
} cluster_ctx;

/* ------------------------------------------------------------ union-find */

static size_t find(size_t *p, size_t x) {
    while (p[x] != x) {
        p[x] = p[p[x]];
        x = p[x];
    }
    return x;
}

static void unite(size_t *p, size_t a, size_t b) {
    a = find(p, a);
    b = find(p, b);
    if (a != b) p[a > b ? a : b] = a < b ? a : b; /* the smaller index wins: deterministic */
}

/* ----------------------------------------------------------------- loading */

static char *dup_col(sqlite3_stmt *st, int i) {
    const unsigned char *v = sqlite3_column_text(st, i);
    return strdup(v ? (const char *)v : "");
}

static void aliases_free(alias *a, size_t n) {
    for (size_t i = 0; i < n; i++) {
        free(a[i].name);
        free(a[i].role);
        free(a[i].kind);
        free(a[i].key);
        free(a[i].old_key);
        free(a[i].role_key);
    }
    free(a);
}

static int load_alias(sqlite3_stmt *st, alias *x) {
    memset(x, 0, sizeof *x);
    x->id = sqlite3_column_int64(st, 0);
    x->name = dup_col(st, 1);
    x->role = dup_col(st, 2);
    x->kind = dup_col(st, 3);
    x->old_key = dup_col(st, 4);
    x->old_speaker = sqlite3_column_type(st, 5) == SQLITE_NULL ? 0 : sqlite3_column_int64(st, 5);
    x->statements = sqlite3_column_int64(st, 6);
    x->female = sqlite3_column_int64(st, 7);
    x->male = sqlite3_column_int64(st, 8);
    if (!x->name || !x->role || !x->kind || !x->old_key) return QUOTH_ERR_NOMEM;
    /* keys are recomputed, so that a better normalization applies to old rows */
    x->key = quoth_name_key(x->name, strcmp(x->kind, "organization") == 0);
    x->role_key = quoth_role_key(x->role);
    return x->key && x->role_key ? 0 : QUOTH_ERR_NOMEM;
}

/* Drops names no statement uses any more, then reads the others. */
static int load_aliases(cluster_ctx *c) {
    int rc = quoth_store_exec(c->s,
                              "DELETE FROM speaker_names WHERE NOT EXISTS"
                              " (SELECT 1 FROM statements s WHERE s.name_id = speaker_names.id)",
                              "dropping unused names");
    if (rc) return rc;
    sqlite3_stmt *st;
    rc = sqlite3_prepare_v2(c->s->db,
                            "SELECT n.id, n.name, n.role, n.kind, n.name_key, n.speaker_id,"
                            " (SELECT count(*) FROM statements s WHERE s.name_id = n.id),"
                            " (SELECT count(*) FROM statements s WHERE s.name_id = n.id"
                            "   AND s.speaker_gender = 'female'),"
                            " (SELECT count(*) FROM statements s WHERE s.name_id = n.id"
                            "   AND s.speaker_gender = 'male')"
                            " FROM speaker_names n ORDER BY n.id",
                            -1, &st, NULL);
    if (rc != SQLITE_OK) return quoth_store_fail(c->s, rc, "reading names");
    size_t cap = 0;
    int status = 0;
    while (!status && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if ((status = QUOTH_RESERVE(c->a, cap, c->na + 1, 256))) break;
        status = load_alias(st, &c->a[c->na]);
        c->na++;
    }
    if (!status && rc != SQLITE_DONE) status = quoth_store_fail(c->s, rc, "reading names");
    sqlite3_finalize(st);
    return status;
}

/* ------------------------------------------------------------------- units */

static int alias_by_key(const void *x, const void *y) {
    const alias *a = x, *b = y;
    int d = strcmp(a->key, b->key);
    if (!d) d = strcmp(a->unit_role ? a->unit_role : "", b->unit_role ? b->unit_role : "");
    if (!d) d = a->id < b->id ? -1 : a->id > b->id;
    return d;
}

static size_t count_words(const char *key) {
    size_t n = 0;
    for (const char *p = key; *p; p++)
        if (*p != ' ' && (p == key || p[-1] == ' ')) n++;
    return n;
}

/* The kind of each key: a person when any document said so, else an
 * organization when any said that, else (unknown) treated like a person. */
static void assign_unit_roles(cluster_ctx *c) {
    if (c->na > 1) qsort(c->a, c->na, sizeof *c->a, alias_by_key);
    for (size_t i = 0; i < c->na;) {
        size_t j = i;
        int person = 0, org = 0;
        for (; j < c->na && strcmp(c->a[j].key, c->a[i].key) == 0; j++) {
            person |= strcmp(c->a[j].kind, "person") == 0;
            org |= strcmp(c->a[j].kind, "organization") == 0;
        }
        int one_word = count_words(c->a[i].key) <= 1;
        for (size_t k = i; k < j; k++) {
            c->a[k].unit_role = (!person && org) || !one_word ? "" : c->a[k].role_key;
            c->a[k].key_kind = !person && org ? KIND_ORG : KIND_PERSONLIKE;
        }
        i = j;
    }
    if (c->na > 1) qsort(c->a, c->na, sizeof *c->a, alias_by_key);
}

/* Appends the words of `words` that `*roles` lacks. */
static int add_roles(char **roles, const char *words) {
    for (const char *p = words; *p;) {
        const char *e = strchr(p, ' ');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char w[128];
        snprintf(w, sizeof w, "%.*s", (int)(n < sizeof w ? n : sizeof w - 1), p);
        /* for one word, "compatible" with a non-empty list means "in it" */
        if (n && (!**roles || !quoth_roles_compatible(*roles, w))) {
            size_t old = strlen(*roles);
            char *r = realloc(*roles, old + n + 2);
            if (!r) return QUOTH_ERR_NOMEM;
            *roles = r;
            snprintf(r + old, n + 2, "%s%s", old ? " " : "", w);
        }
        if (!e) break;
        p = e + 1;
    }
    return 0;
}

/* Every unit has its first alias's key, which load_alias() made or failed. */
static int same_unit_key(const unit *a, const unit *b) {
    assert(a->key && b->key);
    return strcmp(a->key, b->key) == 0;
}

/* The unit's german_skel: from the first of its aliases written with
 * umlauts or ß in the surname (its aliases share the key, so the surname
 * is the same one). */
static int german_skeleton(const cluster_ctx *c, unit *u) {
    for (size_t k = u->alias_first; k < u->alias_first + u->alias_n && !*u->german_skel; k++) {
        char *key = quoth_name_key_german(c->a[k].name);
        if (!key) return QUOTH_ERR_NOMEM;
        char first[PART], middle[PART], last[PART];
        if (*key && quoth_name_parts(key, first, middle, last, PART) >= 2 && strcmp(last, u->last) != 0)
            quoth_name_skeleton(last, u->german_skel, PART);
        free(key);
    }
    return 0;
}

static int make_unit(cluster_ctx *c, size_t first, size_t n) {
    unit *u = &c->u[c->nu];
    memset(u, 0, sizeof *u);
    u->key = c->a[first].key;
    u->unit_role = c->a[first].unit_role;
    u->kind = c->a[first].key_kind;
    u->alias_first = first;
    u->alias_n = n;
    if (!(u->roles = strdup(""))) return QUOTH_ERR_NOMEM;
    for (size_t k = first; k < first + n; k++) {
        u->statements += c->a[k].statements;
        u->female += c->a[k].female;
        u->male += c->a[k].male;
        if (add_roles(&u->roles, c->a[k].role_key)) return QUOTH_ERR_NOMEM;
        c->a[k].unit = c->nu;
    }
    u->words = quoth_name_parts(u->key, u->first, u->middle, u->last, PART);
    u->initial = u->words >= 2 && strlen(u->first) == 1;
    quoth_name_skeleton(u->first, u->first_skel, PART);
    quoth_name_skeleton(u->last, u->last_skel, PART);
    c->nu++;
    return u->kind == KIND_PERSONLIKE && u->words >= 2 ? german_skeleton(c, u) : 0;
}

static int build_units(cluster_ctx *c) {
    assign_unit_roles(c);
    c->u = calloc(c->na ? c->na : 1, sizeof *c->u);
    c->parent = malloc((c->na ? c->na : 1) * sizeof *c->parent);
    if (!c->u || !c->parent) return QUOTH_ERR_NOMEM;
    for (size_t i = 0; i < c->na;) {
        size_t j = i + 1;
        while (j < c->na && strcmp(c->a[j].key, c->a[i].key) == 0 &&
               strcmp(c->a[j].unit_role, c->a[i].unit_role) == 0)
            j++;
        if (make_unit(c, i, j - i)) return QUOTH_ERR_NOMEM;
        i = j;
    }
    for (size_t i = 0; i < c->nu; i++) c->parent[i] = i;
    return 0;
}

/* 'f', 'm', or 0 when its documents said neither more often. */
static char unit_gender(const unit *u) { return u->female > u->male ? 'f' : u->male > u->female ? 'm' : 0; }

static int genders_compatible(const unit *a, const unit *b) {
    char x = unit_gender(a), y = unit_gender(b);
    return !x || !y || x == y;
}

/* A full name: a person (or unknown) of two words or more, not an initial. */
static int is_full(const unit *u) {
    return u->kind == KIND_PERSONLIKE && u->words >= 2 && !u->initial;
}

/* A surname alone or after an initial: matched by rule 4. */
static int is_partial(const unit *u) {
    return u->kind == KIND_PERSONLIKE && (u->words == 1 || u->initial) && u->key[0];
}

/* -------------------------------------------------------- rule 2: full names */

static int by_first_last(const void *x, const void *y, void *ctx) {
    const unit *u = ctx;
    const unit *a = &u[*(const size_t *)x], *b = &u[*(const size_t *)y];
    int d = strcmp(a->first, b->first);
    if (!d) d = strcmp(a->last, b->last);
    if (!d) d = strcmp(a->middle, b->middle);
    return d ? d : (*(const size_t *)x > *(const size_t *)y) - (*(const size_t *)x < *(const size_t *)y);
}

/* qsort_r is a GNU extension; a small merge sort with a context keeps us
 * in C11. */
static void sort_idx(size_t *v, size_t n, size_t *tmp, int (*cmp)(const void *, const void *, void *),
                     void *ctx) {
    if (n < 2) return;
    size_t h = n / 2;
    sort_idx(v, h, tmp, cmp, ctx);
    sort_idx(v + h, n - h, tmp, cmp, ctx);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = cmp(&v[j], &v[i], ctx) < 0 ? v[j++] : v[i++];
    while (i < h) tmp[k++] = v[i++];
    while (j < n) tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof *v);
}

static void join_run(cluster_ctx *c, const size_t *run, size_t n) {
    size_t distinct = 0;
    const char *seen = NULL;
    for (size_t i = 0; i < n; i++) {
        const char *m = c->u[run[i]].middle;
        if (*m && (!seen || strcmp(seen, m) != 0)) distinct++, seen = m;
    }
    if (distinct <= 1) {
        for (size_t i = 1; i < n; i++) unite(c->parent, run[0], run[i]);
        return;
    }
    /* several middle names: only identical ones are the same person */
    for (size_t i = 1; i < n; i++)
        if (*c->u[run[i]].middle && strcmp(c->u[run[i]].middle, c->u[run[i - 1]].middle) == 0)
            unite(c->parent, run[i - 1], run[i]);
}

static int rule_full_names(cluster_ctx *c, size_t *idx, size_t *tmp) {
    size_t n = 0;
    for (size_t i = 0; i < c->nu; i++)
        if (is_full(&c->u[i])) idx[n++] = i;
    sort_idx(idx, n, tmp, by_first_last, c->u);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && strcmp(c->u[idx[j]].first, c->u[idx[i]].first) == 0 &&
               strcmp(c->u[idx[j]].last, c->u[idx[i]].last) == 0)
            j++;
        join_run(c, idx + i, j - i);
        i = j;
    }
    return 0;
}

/* ---------------------------------------------------- rule 3: near misses */

typedef struct variant {
    const char *first;  /* first-name skeleton */
    char text[PART];    /* surname skeleton, or it with one letter deleted */
    size_t unit;
} variant;

static int by_variant(const void *x, const void *y) {
    const variant *a = x, *b = y;
    int d = strcmp(a->first, b->first);
    if (!d) d = strcmp(a->text, b->text);
    return d ? d : (a->unit > b->unit) - (a->unit < b->unit);
}

#define NEAR_MIN_LEN 6

/* Whether a surname is long enough for one edit to be a misspelling
 * rather than another name: its skeleton counts, in which doubled letters
 * are one ("Miller" and "Muller", skeletons "miler" and "muler", stay
 * apart). */
static int long_enough(const unit *u) { return strlen(u->last_skel) >= NEAR_MIN_LEN; }

/* The same surname as German writes it with and without umlauts
 * ("Müller" as "Mueller", "Böhm" as "Boehm"), whatever its length. */
static int german_spelling(const unit *a, const unit *b) {
    return (*a->german_skel && strcmp(a->german_skel, b->last_skel) == 0) ||
           (*b->german_skel && strcmp(b->german_skel, a->last_skel) == 0);
}

static int near_miss(const unit *a, const unit *b) {
    if (strcmp(a->first, b->first) == 0 && strcmp(a->last, b->last) == 0) return 0; /* rule 2's */
    if (*a->middle && *b->middle && strcmp(a->middle, b->middle) != 0) return 0;
    if (!quoth_roles_compatible(a->roles, b->roles)) return 0;
    if (strcmp(a->last_skel, b->last_skel) == 0 || german_spelling(a, b)) return 1;
    return long_enough(a) && long_enough(b) && quoth_name_distance(a->last_skel, b->last_skel, 1) <= 1;
}

/* Pairs one edit apart share a string once each has lost at most one
 * letter (the symmetric-deletion trick): sorting those strings finds the
 * candidates without comparing every pair. */
static int rule_near_misses(cluster_ctx *c) {
    size_t cap = 0, n = 0;
    for (size_t i = 0; i < c->nu; i++)
        if (is_full(&c->u[i])) cap += 2 + strlen(c->u[i].last_skel);
    variant *v = malloc((cap ? cap : 1) * sizeof *v);
    if (!v) return QUOTH_ERR_NOMEM;
    for (size_t i = 0; i < c->nu; i++) {
        const unit *u = &c->u[i];
        if (!is_full(u)) continue;
        size_t len = strlen(u->last_skel);
        v[n].first = u->first_skel;
        v[n].unit = i;
        snprintf(v[n++].text, PART, "%s", u->last_skel);
        for (size_t d = 0; long_enough(u) && d < len; d++, n++) {
            v[n].first = u->first_skel;
            v[n].unit = i;
            snprintf(v[n].text, PART, "%.*s%s", (int)d, u->last_skel, u->last_skel + d + 1);
        }
        if (*u->german_skel) { /* meets the other spelling's own skeleton */
            v[n].first = u->first_skel;
            v[n].unit = i;
            snprintf(v[n++].text, PART, "%s", u->german_skel);
        }
    }
    qsort(v, n, sizeof *v, by_variant);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && strcmp(v[j].first, v[i].first) == 0 && strcmp(v[j].text, v[i].text) == 0) j++;
        for (size_t x = i; x < j; x++)
            for (size_t y = x + 1; y < j; y++)
                if (v[x].unit != v[y].unit && near_miss(&c->u[v[x].unit], &c->u[v[y].unit]))
                    unite(c->parent, v[x].unit, v[y].unit);
        i = j;
    }
    free(v);
    return 0;
}

/* ------------------------------------------------ rules 4-5: partial names */

static int by_last_skel(const void *x, const void *y, void *ctx) {
    const unit *u = ctx;
    const unit *a = &u[*(const size_t *)x], *b = &u[*(const size_t *)y];
    int d = strcmp(a->last_skel, b->last_skel);
    return d ? d : (*(const size_t *)x > *(const size_t *)y) - (*(const size_t *)x < *(const size_t *)y);
}

/* How many times more statements the dominant full-name speaker of a
 * surname must have than all the others with that surname together for a
 * bare surname without a telling role to go to it (rule 4c). */
#define DOMINANCE 20

/* The one full-name speaker a partial name can join, or SIZE_MAX: the only
 * candidate whose roles do not conflict (4a); among several, the only one
 * sharing a role word with it (4b); else, for a name without role, the one
 * quoted DOMINANCE times more than the others together (4c). root_stat
 * holds the statements of each root's full names. */
static size_t only_candidate(cluster_ctx *c, const unit *p, const size_t *full, size_t nfull,
                             const int64_t *root_stat) {
    size_t lo = 0, hi = nfull;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(c->u[full[mid]].last_skel, p->last_skel) < 0) lo = mid + 1;
        else hi = mid;
    }
    size_t found = SIZE_MAX, shared = SIZE_MAX, best = SIZE_MAX;
    int several = 0, several_shared = 0;
    int64_t total = 0;
    for (size_t i = lo; i < nfull && strcmp(c->u[full[i]].last_skel, p->last_skel) == 0; i++) {
        const unit *f = &c->u[full[i]];
        if (p->initial && f->first[0] != p->first[0]) continue;
        if (!quoth_roles_compatible(p->roles, f->roles) || !genders_compatible(p, f)) continue;
        size_t root = find(c->parent, full[i]);
        if (found != SIZE_MAX && found != root) several = 1;
        found = root;
        if (*p->roles && *f->roles) { /* compatible and both known: a shared word */
            if (shared != SIZE_MAX && shared != root) several_shared = 1;
            shared = root;
        }
        if (best == SIZE_MAX || root_stat[root] > root_stat[best] ||
            (root_stat[root] == root_stat[best] && root < best))
            best = root;
    }
    if (!several) return found;
    if (shared != SIZE_MAX) return several_shared ? SIZE_MAX : shared;
    if (*p->roles) return SIZE_MAX;
    /* the statements of the other candidates: each root once */
    for (size_t i = lo; i < nfull && strcmp(c->u[full[i]].last_skel, p->last_skel) == 0; i++) {
        const unit *f = &c->u[full[i]];
        size_t root = find(c->parent, full[i]);
        if (p->initial && f->first[0] != p->first[0]) continue;
        if (root == best || !quoth_roles_compatible(p->roles, f->roles) || !genders_compatible(p, f)) continue;
        int counted = 0;
        for (size_t j = lo; j < i && !counted; j++)
            counted = find(c->parent, full[j]) == root &&
                      (!p->initial || c->u[full[j]].first[0] == p->first[0]);
        if (!counted) total += root_stat[root];
    }
    return root_stat[best] >= DOMINANCE * (total ? total : 1) ? best : SIZE_MAX;
}

/* Rule 5 for the unattached one-word units of one key, units[0..n). */
static void join_same_key(cluster_ctx *c, const size_t *units, size_t n) {
    size_t roleless = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        if (!*c->u[units[i]].roles) {
            roleless = units[i];
            continue;
        }
        for (size_t j = i + 1; j < n; j++)
            if (*c->u[units[j]].roles && quoth_roles_compatible(c->u[units[i]].roles, c->u[units[j]].roles) &&
                genders_compatible(&c->u[units[i]], &c->u[units[j]]))
                unite(c->parent, units[i], units[j]);
    }
    if (roleless == SIZE_MAX) return;
    size_t group = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        if (units[i] == roleless) continue;
        size_t r = find(c->parent, units[i]);
        if (group != SIZE_MAX && r != group) return; /* several people: stay apart */
        if (!genders_compatible(&c->u[roleless], &c->u[units[i]])) return;
        group = r;
    }
    if (group != SIZE_MAX) unite(c->parent, roleless, group);
}

static int rule_partial_names(cluster_ctx *c, size_t *idx, size_t *tmp) {
    size_t nfull = 0;
    for (size_t i = 0; i < c->nu; i++)
        if (is_full(&c->u[i])) idx[nfull++] = i;
    sort_idx(idx, nfull, tmp, by_last_skel, c->u);
    /* decide every partial name against the full names first, then join:
     * no decision depends on another's outcome */
    size_t *target = malloc((c->nu ? c->nu : 1) * sizeof *target);
    int64_t *root_stat = calloc(c->nu ? c->nu : 1, sizeof *root_stat);
    if (!target || !root_stat) {
        free(target);
        free(root_stat);
        return QUOTH_ERR_NOMEM;
    }
    for (size_t i = 0; i < nfull; i++) root_stat[find(c->parent, idx[i])] += c->u[idx[i]].statements;
    for (size_t i = 0; i < c->nu; i++)
        target[i] = is_partial(&c->u[i]) ? only_candidate(c, &c->u[i], idx, nfull, root_stat) : SIZE_MAX;
    free(root_stat);
    for (size_t i = 0; i < c->nu; i++)
        if (target[i] != SIZE_MAX) unite(c->parent, i, target[i]);
    /* units are in key order: runs of one key */
    for (size_t i = 0; i < c->nu;) {
        size_t j = i + 1;
        while (j < c->nu && same_unit_key(&c->u[j], &c->u[i])) j++;
        size_t n = 0;
        for (size_t k = i; k < j; k++)
            if (c->u[k].kind == KIND_PERSONLIKE && c->u[k].words == 1 && target[k] == SIZE_MAX) tmp[n++] = k;
        if (n > 1) join_same_key(c, tmp, n);
        i = j;
    }
    free(target);
    return 0;
}

/* ------------------------------------------------- rule 7: corrections */

/* Whether unit u is what a person called `name` (keys: as a person's and
 * as an organization's name). */
static int unit_is(const unit *u, const char *person_key, const char *org_key) {
    return strcmp(u->key, u->kind == KIND_ORG ? org_key : person_key) == 0;
}

typedef struct correction {
    int merge;
    char *name, *other;
} correction;

/* The label of the first unit that is `name`, or SIZE_MAX. */
static size_t label_of(const cluster_ctx *c, const char *person_key, const char *org_key) {
    for (size_t i = 0; i < c->nu; i++)
        if (unit_is(&c->u[i], person_key, org_key)) return c->parent[i];
    return SIZE_MAX;
}

/* Applies one correction to the labels (c->parent); with display_of, only
 * notes the name a merge asked to show, when the merge still holds. */
static int apply_correction(cluster_ctx *c, const correction *k, size_t *next_label, size_t *display_of,
                            size_t ci) {
    char *pa = quoth_name_key(k->name, 0), *oa = quoth_name_key(k->name, 1);
    char *pb = k->other ? quoth_name_key(k->other, 0) : NULL, *ob = k->other ? quoth_name_key(k->other, 1) : NULL;
    int status = pa && oa && (!k->other || (pb && ob)) ? 0 : QUOTH_ERR_NOMEM;
    if (!status && display_of) {
        size_t target = label_of(c, pa, oa);
        if (k->merge && target != SIZE_MAX && target == label_of(c, pb, ob)) display_of[target] = ci;
    } else if (!status && !k->merge) {
        size_t fresh = (*next_label)++;
        for (size_t i = 0; i < c->nu; i++)
            if (unit_is(&c->u[i], pa, oa)) c->parent[i] = fresh;
    } else if (!status) {
        size_t target = label_of(c, pa, oa), from = label_of(c, pb, ob);
        if (target != SIZE_MAX && from != SIZE_MAX)
            for (size_t i = 0; i < c->nu; i++)
                if (c->parent[i] == from) c->parent[i] = target;
    }
    free(pa), free(oa), free(pb), free(ob);
    return status;
}

static int load_corrections(quoth_store *s, correction **out, size_t *n) {
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, "SELECT action, name, other FROM speaker_corrections ORDER BY id", -1,
                                &st, NULL);
    if (rc != SQLITE_OK) return quoth_store_fail(s, rc, "reading corrections");
    size_t cap = 0;
    int status = 0;
    while (!status && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if ((status = QUOTH_RESERVE(*out, cap, *n + 1, 16))) break;
        correction *k = &(*out)[*n];
        k->merge = strcmp((const char *)sqlite3_column_text(st, 0), "merge") == 0;
        k->name = dup_col(st, 1);
        k->other = sqlite3_column_type(st, 2) == SQLITE_NULL ? NULL : dup_col(st, 2);
        (*n)++;
        if (!k->name || (sqlite3_column_type(st, 2) != SQLITE_NULL && !k->other)) status = QUOTH_ERR_NOMEM;
    }
    if (!status && rc != SQLITE_DONE) status = quoth_store_fail(s, rc, "reading corrections");
    sqlite3_finalize(st);
    return status;
}

/* ------------------------------------------------------------ writing back */

typedef struct speaker_out {
    int64_t id;
    size_t best_unit; /* the unit whose name is shown */
    int64_t person, org;
} speaker_out;

/* Whether unit a makes a better shown name than unit b: a full name, then
 * more statements, then more words, then the first in key order. */
static int better_name(const unit *a, const unit *b) {
    if (is_full(a) != is_full(b)) return is_full(a);
    if (a->statements != b->statements) return a->statements > b->statements;
    if (a->words != b->words) return a->words > b->words;
    return strcmp(a->key, b->key) < 0;
}

/* The most used of a unit's aliases. */
static const alias *best_alias(const cluster_ctx *c, const unit *u) {
    const alias *best = &c->a[u->alias_first];
    for (size_t k = u->alias_first; k < u->alias_first + u->alias_n; k++)
        if (c->a[k].statements > best->statements) best = &c->a[k];
    return best;
}

static int insert_speaker(cluster_ctx *c, sqlite3_stmt *ins, const speaker_out *sp, const char *override) {
    const unit *u = &c->u[sp->best_unit];
    int org = sp->org > sp->person;
    char *name = override ? strdup(override) : quoth_name_display(best_alias(c, u)->name, u->kind == KIND_ORG);
    char *key = override ? quoth_name_key(override, org) : strdup(u->key);
    int rc = name && key ? 0 : QUOTH_ERR_NOMEM;
    if (!rc) {
        sqlite3_reset(ins);
        sqlite3_bind_int64(ins, 1, sp->id);
        sqlite3_bind_text(ins, 2, *name ? name : best_alias(c, u)->name, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 3, key, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 4, sp->person || sp->org ? (org ? "organization" : "person") : "unknown", -1,
                          SQLITE_STATIC);
        rc = quoth_store_step_done(c->s, ins, "storing a speaker");
    }
    free(name);
    free(key);
    return rc;
}

static int write_names(cluster_ctx *c, const speaker_out *sp) {
    sqlite3_stmt *up;
    int rc = sqlite3_prepare_v2(c->s->db, "UPDATE speaker_names SET speaker_id = ?2, name_key = ?3 WHERE id = ?1",
                                -1, &up, NULL);
    if (rc != SQLITE_OK) return quoth_store_fail(c->s, rc, "updating names");
    int status = 0;
    for (size_t i = 0; !status && i < c->na; i++) {
        const alias *x = &c->a[i];
        int64_t sid = sp[c->parent[x->unit]].id;
        if (sid == x->old_speaker && strcmp(x->key, x->old_key) == 0) continue;
        sqlite3_bind_int64(up, 1, x->id);
        sqlite3_bind_int64(up, 2, sid);
        sqlite3_bind_text(up, 3, x->key, -1, SQLITE_STATIC);
        status = quoth_store_step_done(c->s, up, "updating names");
    }
    sqlite3_finalize(up);
    return status;
}

/* A speaker's gender is what most of its statements' documents say (a
 * tie says nothing): one article's wrong "she" does not outvote the rest.
 * An organization has none, even when a document took one of its names
 * for a person's ("the GOP nominee ... he"). */
static const char *const STATS_SQL =
    "UPDATE speakers SET statements = t.n, documents = t.nd, first_date = t.fd, last_date = t.ld,"
    " names = t.names,"
    " gender = CASE WHEN kind = 'organization' THEN NULL"
    "   WHEN t.nf > t.nm THEN 'female' WHEN t.nm > t.nf THEN 'male' END"
    " FROM (SELECT n.speaker_id AS sid, count(*) AS n, count(DISTINCT s.document_id) AS nd,"
    "   min(d.date) AS fd, max(d.date) AS ld, count(DISTINCT n.name) AS names,"
    "   sum(s.speaker_gender = 'female') AS nf, sum(s.speaker_gender = 'male') AS nm"
    "   FROM speaker_names n JOIN statements s ON s.name_id = n.id"
    "   JOIN documents d ON d.id = s.document_id GROUP BY n.speaker_id) AS t"
    " WHERE speakers.id = t.sid;"
    "UPDATE meta SET value = '0' WHERE key = 'speakers_dirty';";

/* Labels are final: one speaker each, with its shown name and kind. */
static int write_speakers(cluster_ctx *c, const correction *k, const size_t *display_of, size_t nlabels) {
    speaker_out *sp = calloc(nlabels ? nlabels : 1, sizeof *sp);
    if (!sp) return QUOTH_ERR_NOMEM;
    for (size_t l = 0; l < nlabels; l++) sp[l].best_unit = SIZE_MAX;
    for (size_t i = 0; i < c->na; i++) {
        speaker_out *o = &sp[c->parent[c->a[i].unit]];
        if (!o->id || c->a[i].id < o->id) o->id = c->a[i].id; /* stable: the oldest name's id */
        if (strcmp(c->a[i].kind, "person") == 0) o->person += c->a[i].statements;
        if (strcmp(c->a[i].kind, "organization") == 0) o->org += c->a[i].statements;
    }
    for (size_t i = 0; i < c->nu; i++) {
        speaker_out *o = &sp[c->parent[i]];
        if (o->best_unit == SIZE_MAX || better_name(&c->u[i], &c->u[o->best_unit])) o->best_unit = i;
    }
    int rc = quoth_store_exec(c->s, "DELETE FROM speakers", "replacing speakers");
    sqlite3_stmt *ins = NULL;
    if (!rc && sqlite3_prepare_v2(c->s->db, "INSERT INTO speakers (id, name, name_key, kind) VALUES (?1, ?2, ?3, ?4)",
                                  -1, &ins, NULL) != SQLITE_OK)
        rc = quoth_store_fail(c->s, sqlite3_errcode(c->s->db), "storing speakers");
    for (size_t l = 0; !rc && l < nlabels; l++)
        if (sp[l].id)
            rc = insert_speaker(c, ins, &sp[l], display_of[l] != SIZE_MAX ? k[display_of[l]].name : NULL);
    sqlite3_finalize(ins);
    if (!rc) rc = write_names(c, sp);
    if (!rc) rc = quoth_store_exec(c->s, STATS_SQL, "counting statements per speaker");
    free(sp);
    return rc;
}

/* ----------------------------------------------------------------- driver */

static int cluster(cluster_ctx *c) {
    int rc = load_aliases(c);
    if (!rc) rc = build_units(c);
    size_t *idx = malloc((c->nu ? c->nu : 1) * sizeof *idx), *tmp = malloc((c->nu ? c->nu : 1) * sizeof *tmp);
    if (!rc && (!idx || !tmp)) rc = QUOTH_ERR_NOMEM;
    if (!rc) rc = rule_full_names(c, idx, tmp);
    if (!rc) rc = rule_near_misses(c);
    if (!rc) rc = rule_partial_names(c, idx, tmp);
    free(idx);
    free(tmp);
    if (rc) return rc;
    correction *k = NULL;
    size_t nk = 0;
    rc = load_corrections(c->s, &k, &nk);
    /* labels: roots, then fresh ones for splits */
    size_t nlabels = c->nu + nk;
    size_t *display_of = malloc((nlabels ? nlabels : 1) * sizeof *display_of);
    if (!rc && !display_of) rc = QUOTH_ERR_NOMEM;
    if (!rc) {
        for (size_t i = 0; i < c->nu; i++) c->parent[i] = find(c->parent, i);
        for (size_t l = 0; l < nlabels; l++) display_of[l] = SIZE_MAX;
        size_t next = c->nu;
        for (size_t i = 0; !rc && i < nk; i++) rc = apply_correction(c, &k[i], &next, NULL, i);
        /* the first name of a merge is the one shown, when the merge holds */
        for (size_t i = 0; !rc && i < nk; i++) rc = apply_correction(c, &k[i], &next, display_of, i);
    }
    if (!rc) rc = write_speakers(c, k, display_of, nlabels);
    for (size_t i = 0; i < nk; i++) free(k[i].name), free(k[i].other);
    free(k);
    free(display_of);
    return rc;
}

/* Rebuilds inside one transaction: readers see the old speakers or the new. */
static int rebuild(quoth_store *s) {
    int rc = quoth_store_commit(s);
    if (!rc) rc = quoth_store_exec(s, "BEGIN IMMEDIATE", "rebuilding speakers");
    if (rc) return rc;
    cluster_ctx c = {s, NULL, 0, NULL, 0, NULL};
    rc = cluster(&c);
    for (size_t i = 0; i < c.nu; i++) free(c.u[i].roles);
    free(c.u);
    free(c.parent);
    aliases_free(c.a, c.na);
    if (rc) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return rc;
    }
    return quoth_store_exec(s, "COMMIT", "rebuilding speakers");
}

int quoth_store_update_speakers(quoth_store *s) {
    if (!s) return QUOTH_ERR_INVALID;
    int rc = quoth_store_commit(s);
    if (rc) return rc;
    if (quoth_store_meta_int(s, "speakers_dirty", 1) == 0) return 0;
    return rebuild(s);
}

int quoth_store_speakers_stale(quoth_store *s) {
    return s && quoth_store_meta_int(s, "speakers_dirty", 0) != 0;
}

int quoth_store_refresh_speakers(quoth_store *s) {
    if (s->readonly || quoth_store_meta_int(s, "speakers_dirty", 0) == 0) return 0;
    /* Another process may be indexing right now: do not wait for it, the
     * speakers as last rebuilt will do. */
    sqlite3_busy_timeout(s->db, 0);
    int rc = rebuild(s);
    sqlite3_busy_timeout(s->db, 10000);
    if (rc && (sqlite3_errcode(s->db) & 0xff) == SQLITE_BUSY) {
        s->message[0] = 0;
        return 0;
    }
    return rc;
}
