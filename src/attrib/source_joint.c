/*
 * source_joint.c - statements made together: a source that names two or
 * three people or bodies joined by "and" ("Her parents, Sophie and Daniel
 * Harland,", "Watani Bank and Coral Commercial Bank"), whose speaker is
 * all of them, and the plural that stands for them after ("the couple",
 * "the two companies", "They"). Readers of every audit wrote such a
 * speaker whole; quoth had given the first name alone, or no one.
 */
#include <string.h>

#include "attrib/name_runs.h"
#include "attrib/source_resolve.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "util/array.h"

/* How many names a joint speaker holds at most ("Imran Qureshi, Alison
 * Fenwick and Martin Oyelaran"), and how long its name may be. */
enum { JOINT_PARTS_MAX = 3, JOINT_NAME_MAX = 256 };

/* Whether the words [from, to) between two names of a list only join
 * them: "and", a comma, or a comma and "and". */
static int joins_parts(const quoth_resolver *r, size_t from, size_t to, int last) {
    if (to == from || to > from + 2) return 0;
    if (to == from + 1) return quoth_word_is(&r->p, from, "and") || (!last && quoth_punct_is(&r->p, from, ","));
    return quoth_punct_is(&r->p, from, ",") && quoth_word_is(&r->p, from + 1, "and");
}

/* Whether a run's words before its name are titles or forms of address
 * only ("Imam Tariq Hossain"), not a portfolio's ("State Revenue and
 * Disaster Management Minister Pradeep Kumar Mohanty" is one man). */
static int titles_only_before(const quoth_resolver *r, const quoth_name_run *run) {
    for (size_t i = run->lead; i < run->first; i++)
        if (!(r->p.t[i].lex & (LEX_TITLE | LEX_HONORIFIC)) && !quoth_courtesy_word(r, i)) return 0;
    return 1;
}

/* Whether the source's words before its first name at `lead` are none, or
 * a description set off by a comma with no name and no verb in it ("Her
 * parents,", "The brothers,"). */
static int opens_source(const quoth_resolver *r, quoth_tspan src, size_t lead) {
    if (lead == src.first) return 1;
    if (lead < src.first + 2 || !quoth_punct_is(&r->p, lead - 1, ",")) return 0;
    for (size_t i = src.first; i + 1 < lead; i++) {
        int c = quoth_coarse(&r->p, i);
        if (c == CT_VERB || c == CT_AUX || c == CT_PROPN || (r->p.t[i].flags & TOK_PUNCT)) return 0;
    }
    return 1;
}

/* Whether a joint name's list ends the source, or an apposition set off
 * by a comma follows it ("..., a retired couple from Denmark,"). */
static int closes_source(const quoth_resolver *r, quoth_tspan src, size_t end) {
    return end == src.end || quoth_punct_is(&r->p, end, ",");
}

/* Appends `s` to the name being built in buf (of JOINT_NAME_MAX bytes,
 * *len used); 0 when it does not fit. */
static int append(char *buf, size_t *len, const char *s) {
    size_t n = strlen(s);
    if (*len + n + 1 > JOINT_NAME_MAX) return 0;
    memcpy(buf + *len, s, n + 1);
    *len += n;
    return 1;
}

/* The speaker named `name` of kind `kind` made jointly, found among the
 * last LOOKBACK_MAX speakers or added to the table (unindexed: no surname
 * finds it; a pair named again further on is added again, under the same
 * name, so that a document of thousands of pairs stays linear). 0 or
 * QUOTH_ERR_NOMEM. */
static int joint_speaker(quoth_resolver *r, const char *name, int kind, uint32_t first_token, int32_t *id) {
    quoth_speaker_table *t = r->t;
    for (size_t s = t->n, seen = 0; s-- > 0 && seen++ < LOOKBACK_MAX;)
        if (t->s[s].joint && strcmp(quoth_speaker_string(t, t->s[s].name), name) == 0) {
            *id = (int32_t)s;
            return 0;
        }
    if (QUOTH_RESERVE(t->s, t->cap, t->n + 1, 64)) return QUOTH_ERR_NOMEM;
    quoth_speaker *s = &t->s[t->n];
    memset(s, 0, sizeof *s);
    int rc = quoth_speaker_add_literal(r, name, &s->name);
    if (rc) return rc;
    s->kind = (uint8_t)kind;
    s->joint = 1;
    s->role = UINT32_MAX;
    s->first_token = first_token;
    *id = (int32_t)t->n++;
    return 0;
}

/* The runs of a joint source, from the one that opens it: two or three
 * names of one kind and no place, joined as a list ("Latvia and Lithuania
 * said" stays Latvia, as before: readers named such states' statements in
 * no one way). Their count, 0 when the source is no such list. */
static size_t joint_runs(const quoth_resolver *r, quoth_tspan src, size_t *runs) {
    size_t j = first_run_from(r, src.first), n = 0;
    const quoth_speaker_table *t = r->t;
    if (j >= t->n_runs || !opens_source(r, src, t->runs[j].lead)) return 0;
    for (; j < t->n_runs && t->runs[j].end <= src.end && n < JOINT_PARTS_MAX; j++) {
        const quoth_name_run *run = &t->runs[j];
        /* the list ends at the first name it does not join ("..., a
         * retired couple from Denmark,") */
        if (n > 0) {
            const quoth_name_run *before = &t->runs[runs[n - 1]];
            int last = j + 1 >= t->n_runs || !joins_parts(r, run->end, t->runs[j + 1].lead, 0);
            if (!joins_parts(r, before->end, run->lead, last)) break;
        }
        if (run->speaker < 0) return 0;
        const quoth_speaker *s = &t->s[run->speaker];
        if (s->kind == QUOTH_KIND_UNKNOWN || s->nobody || s->joint || s->place || !titles_only_before(r, run) ||
            (n > 0 && (s->kind != t->s[t->runs[runs[0]].speaker].kind || run->speaker == t->runs[runs[n - 1]].speaker)))
            return 0;
        runs[n++] = j;
    }
    if (n < 2 || !closes_source(r, src, t->runs[runs[n - 1]].end)) return 0;
    /* the last joiner is "and": "Britain, France" is no list */
    return quoth_word_is(&r->p, t->runs[runs[n - 1]].lead - 1, "and") ? n : 0;
}

/* The joint name of the runs: the speakers' names joined ("Marguerite
 * Dolan and Wyatt Branson" for "Dolan and Branson"); of a couple named by
 * one surname, as the text writes it ("Sophie and Daniel Harland", and
 * "Khizr and Ghazala Khan" after "Khizr Khan"). 0 when it does not fit
 * buf. */
static int joint_name(const quoth_resolver *r, const size_t *runs, size_t n, char *buf) {
    const quoth_speaker_table *t = r->t;
    const quoth_name_run *first = &t->runs[runs[0]], *second = &t->runs[runs[1]];
    size_t len = 0;
    buf[0] = '\0';
    if (n == 2 && first->end == first->first + 1 && second->end >= second->first + 2 &&
        t->s[first->speaker].kind == QUOTH_KIND_PERSON &&
        (given_name(r, first->first) || t->s[first->speaker].surname == r->p.t[second->end - 1].lower_hash)) {
        size_t from = r->p.t[first->first].start, to = r->p.t[second->end - 1].end;
        if (to - from + 1 > JOINT_NAME_MAX) return 0;
        memcpy(buf, r->text + from, to - from);
        buf[to - from] = '\0';
        return 1;
    }
    for (size_t k = 0; k < n; k++) {
        const char *sep = k == 0 ? "" : k + 1 == n ? " and " : ", ";
        if (!append(buf, &len, sep) || !append(buf, &len, quoth_speaker_string(t, t->s[t->runs[runs[k]].speaker].name)))
            return 0;
    }
    return 1;
}

int quoth_resolve_joint_names(quoth_resolver *r, quoth_tspan src, int32_t *speaker) {
    size_t runs[JOINT_PARTS_MAX];
    char name[JOINT_NAME_MAX];
    *speaker = -1;
    if (quoth_tspan_empty(src)) return 0;
    size_t n = joint_runs(r, src, runs);
    if (n == 0 || !joint_name(r, runs, n, name)) return 0;
    const quoth_name_run *first = &r->t->runs[runs[0]];
    return joint_speaker(r, name, r->t->s[first->speaker].kind, first->first, speaker);
}

/* The kind of speaker a plural source stands for: "they" either, "the
 * couple" people, "the two companies" bodies; -1 when the source is no
 * such plural ("the" and "both" or "two" before its noun at most). */
static int joint_plural_kind(const quoth_resolver *r, quoth_tspan src) {
    static const char *const PEOPLE[] = {"couple", "pair", "brothers", "sisters", "parents", "leaders", "duo"};
    static const char *const BODIES[] = {"companies", "firms", "banks", "lenders", "groups", "teams", "clubs"};
    uint32_t last = source_last_word(r, src);
    if (last == src.first) return quoth_word_is(&r->p, last, "they") ? QUOTH_KIND_UNKNOWN : -1;
    if (last > src.first + 2) return -1;
    for (uint32_t i = src.first; i < last; i++)
        if (!quoth_word_is(&r->p, i, "the") && !quoth_word_is(&r->p, i, "both") && !quoth_word_is(&r->p, i, "two"))
            return -1;
    if (quoth_word_in(&r->p, last, PEOPLE, sizeof PEOPLE / sizeof *PEOPLE)) return QUOTH_KIND_PERSON;
    return quoth_word_in(&r->p, last, BODIES, sizeof BODIES / sizeof *BODIES) ? QUOTH_KIND_ORGANIZATION : -1;
}

/* The last two names of `kind` joined by "and" in the paragraph of token
 * `tok` or the one before, before it ("Ostrand Telecom and Brightwater
 * Cables agreed to merge ... the two companies said"): their joint
 * speaker, made when none is; -1 in *speaker when there are none. */
static int joined_before(quoth_resolver *r, size_t tok, int kind, int32_t *speaker) {
    const quoth_speaker_table *t = r->t;
    uint32_t para = paragraph_of(r, tok);
    *speaker = -1;
    for (size_t j = first_run_from(r, tok), seen = 0; j-- > 1 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *second = &t->runs[j], *first = &t->runs[j - 1];
        if (para - paragraph_of(r, second->first) > 1) return 0;
        if (first->speaker < 0 || second->speaker < 0 || first->speaker == second->speaker ||
            t->s[first->speaker].kind != kind || t->s[second->speaker].kind != kind || t->s[first->speaker].place ||
            t->s[second->speaker].place || !quoth_word_is(&r->p, second->lead - 1, "and") ||
            !joins_parts(r, first->end, second->lead, 1))
            continue;
        size_t runs[2] = {j - 1, j};
        char name[JOINT_NAME_MAX];
        if (!joint_name(r, runs, 2, name)) return 0;
        return joint_speaker(r, name, kind, first->first, speaker);
    }
    return 0;
}

int quoth_resolve_joint_plural(quoth_resolver *r, const quoth_attribution_list *list, size_t k, int32_t *speaker) {
    const quoth_attribution *a = &list->a[k];
    *speaker = -1;
    int kind = quoth_tspan_empty(a->source) ? -1 : joint_plural_kind(r, a->source);
    if (kind < 0) return 0;
    uint32_t para = paragraph_of(r, a->source.first);
    /* "They" is the speaker of the statement before, in its paragraph or
     * the one before, when that was a joint one (another group may come
     * between); "the couple" the last joint speaker of its kind there */
    for (size_t j = k, seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_attribution *b = &list->a[j];
        if (quoth_tspan_empty(b->source) || b->source.first >= a->source.first) continue;
        if (para - paragraph_of(r, b->source.first) > 1) break;
        const quoth_speaker *s = b->joint ? &r->t->s[b->joint - 1] : NULL;
        if (s && (kind == QUOTH_KIND_UNKNOWN || s->kind == kind)) {
            *speaker = b->joint - 1;
            return 0;
        }
        if (kind == QUOTH_KIND_UNKNOWN) return 0;
    }
    return kind == QUOTH_KIND_UNKNOWN ? 0 : joined_before(r, a->source.first, kind, speaker);
}
