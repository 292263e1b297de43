/*
 * speaker_names.c - the speakers that the runs of name words of a
 * document group into (full names, surnames, near-miss spellings, aliases,
 * couples and families) and the index they are found by: the table's
 * strings and hashes, a new speaker for a run, the index's chains. The
 * runs are found by name_runs.c (with name_tokens.c and name_starts.c) and
 * read by name_roles.c; speakers.c ties sources to the speakers
 * (speaker_names.h).
 */
#include "attrib/speaker_names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "attrib/learned.h"
#include "attrib/name_runs.h"
#include "attrib/states.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "tag/entity.h"
#include "tag/hash.h"
#include "text/charclass.h"
#include "text/utf8.h"
#include "util/array.h"

/* The class of the character at text[i], and its length in *len: the
 * text is valid UTF-8 (quoth_clean_text_set() made it so). */
static inline int char_class_at(const char *text, size_t i, size_t end, size_t *len) {
    unsigned char c = (unsigned char)text[i];
    *len = 1;
    if (c < 128) return quoth_ascii_class[c].cls;
    return quoth_char_classify(quoth_utf8_decode((const unsigned char *)text + i, end - i, len)).cls;
}

/* Copies text[start..end) into the arena with white space runs of any
 * kind made one space and invisible characters dropped, so that a name
 * written with a no-break space or a soft hyphen ("James\u00a0Comey",
 * "Doug \u00adAndres") is the name written plainly. */
int quoth_add_string(quoth_resolver *r, size_t start, size_t end, uint32_t *off) {
    quoth_speaker_table *t = r->t;
    if (QUOTH_RESERVE(t->arena, t->arena_cap, t->arena_len + (end - start) + 1, 64))
        return QUOTH_ERR_NOMEM;
    *off = (uint32_t)t->arena_len;
    char *o = t->arena + t->arena_len;
    size_t n = 0, len;
    int space = 0;
    for (size_t i = start; i < end; i += len) {
        unsigned char c = (unsigned char)r->text[i];
        if (c > ' ' && c < 127) { /* most bytes of a name: neither space nor invisible, copied as they are */
            if (space) o[n++] = ' ';
            space = 0;
            o[n++] = (char)c;
            len = 1;
            continue;
        }
        int cls = char_class_at(r->text, i, end, &len);
        if (cls == CC_SPACE || cls == CC_NEWLINE) {
            space = n > 0;
            continue;
        }
        if (cls == CC_IGNORE) continue;
        if (space) o[n++] = ' ';
        space = 0;
        for (size_t k = 0; k < len; k++) o[n++] = r->text[i + k];
    }
    o[n] = '\0';
    t->arena_len += n + 1;
    return 0;
}

/* Copies the NUL-terminated s into the arena. */
int quoth_speaker_add_literal(quoth_resolver *r, const char *s, uint32_t *off) {
    quoth_speaker_table *t = r->t;
    size_t len = strlen(s);
    if (QUOTH_RESERVE(t->arena, t->arena_cap, t->arena_len + len + 1, 64)) return QUOTH_ERR_NOMEM;
    *off = (uint32_t)t->arena_len;
    memcpy(t->arena + t->arena_len, s, len + 1);
    t->arena_len += len + 1;
    return 0;
}

/* FNV-1a over bytes in small ASCII letters, white space left out: two
 * names that same_organization() finds equal hash alike, so that the hash
 * turns the other organizations of a surname away without comparing them
 * letter by letter. Not quoth_hash_lower() (tag/hash.h): that hashes one
 * contiguous buffer, and a run's words are hashed here in pieces, from
 * the text between their gaps, without copying them together. */
#define NAME_HASH_SEED 0xcbf29ce484222325ull
static uint64_t fold_hash(uint64_t h, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') continue;
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        h = (h ^ c) * 0x100000001b3ull;
    }
    return h;
}

static void hash_name(quoth_speaker_table *t, quoth_speaker *s) {
    const char *name = t->arena + s->name;
    s->name_hash = fold_hash(NAME_HASH_SEED, name, strlen(name));
}

static void chain_append(uint32_t *head, uint32_t *tail, uint32_t *next, size_t b, uint32_t id);

int quoth_body_rename(quoth_resolver *r, int32_t id, const char *name) {
    quoth_speaker_table *t = r->t;
    int rc = quoth_speaker_add_literal(r, name, &t->s[id].name);
    if (rc) return rc;
    hash_name(t, &t->s[id]);
    /* index_add() chained it by full name only if it had two words */
    if (t->s[id].name_words < 2)
        chain_append(t->head3, t->tail3, t->next3, quoth_surname_bucket(t, t->s[id].name_hash), (uint32_t)id);
    return 0;
}

int32_t quoth_organization_named(const quoth_resolver *r, const char *name) {
    const quoth_speaker_table *t = r->t;
    uint64_t h = fold_hash(NAME_HASH_SEED, name, strlen(name));
    for (uint32_t s = t->head3[quoth_surname_bucket(t, h)]; s != NO_SPEAKER; s = t->next3[s])
        if (t->s[s].kind == QUOTH_KIND_ORGANIZATION && t->s[s].name_hash == h && strcmp(t->arena + t->s[s].name, name) == 0)
            return (int32_t)s;
    return -1;
}

/* The fold_hash() of a run's words, as same_organization() compares them. */
static uint64_t run_name_hash(const quoth_resolver *r, const quoth_name_run *run) {
    uint64_t h = NAME_HASH_SEED;
    for (uint32_t i = run->first; i < run->end; i++)
        h = fold_hash(h, r->text + r->p.t[i].start, r->p.t[i].end - r->p.t[i].start);
    return h;
}

static size_t surname_at(const quoth_resolver *r, const quoth_name_run *run, int kind);

/* The key under which the speaker index chains a speaker of two words or
 * more by its full name, as quoth_group_full_names() compares names: an
 * organization's name hash; a person's surname with the first word of
 * their name (same_first_name()). A speaker never moves chain:
 * prefer_written_case() undoes a rename that would change its key, and a
 * body renamed by quoth_body_rename() is chained only then. */
static uint64_t full_name_key(const quoth_speaker_table *t, const quoth_speaker *s) {
    if (s->kind == QUOTH_KIND_ORGANIZATION) return s->name_hash;
    const char *name = t->arena + s->name;
    return fold_hash(s->surname, name, strcspn(name, " "));
}

/* The full_name_key() a speaker named by the run would have; name_hash is
 * an organization's. */
static uint64_t run_full_name_key(const quoth_resolver *r, const quoth_name_run *run, int kind, uint64_t name_hash) {
    if (kind == QUOTH_KIND_ORGANIZATION) return name_hash;
    const quoth_token *first = &r->p.t[run->first];
    return fold_hash(lower_hash(r, surname_at(r, run, kind)), r->text + first->start, first->end - first->start);
}

/* "Jr.", "Sr.", "III": a generation's suffix that ends a full name. */
static int suffix_word(const char *w) {
    static const char *const SUFFIXES[] = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"};
    for (size_t k = 0; k < sizeof SUFFIXES / sizeof *SUFFIXES; k++)
        if (strcmp(w, SUFFIXES[k]) == 0) return 1;
    return 0;
}

static int name_suffix(const quoth_resolver *r, size_t i) {
    return r->p.t[i].norm_len <= 3 && (r->p.t[i].flags & TOK_CAPITALIZED) && suffix_word(quoth_token_norm(r->p.tl, i));
}

/* The word of a run that is its surname: the last, or a person's before a
 * suffix ("Harry B. Harris Jr.", "Harris Jr."), so that "Admiral Harris"
 * and "Mr. Harris" are him; not a given name's ("Donald Jr."). */
static size_t surname_at(const quoth_resolver *r, const quoth_name_run *run, int kind) {
    size_t last = run->end - 1;
    if (kind == QUOTH_KIND_ORGANIZATION || run->end - run->first < 2 || !name_suffix(r, last) ||
        (run->end - run->first == 2 && given_name(r, run->first)))
        return last;
    return last - 1;
}

/* The runs' ends increase (quoth_find_name_runs() stores them in the
 * order of the text, none inside another), so that the first ending after
 * tok is found by halving; the half kept is chosen by a conditional move,
 * not a branch, which a search guesses wrong half the time. */
size_t quoth_first_run_ending_after(const quoth_speaker_table *t, size_t tok) {
    size_t n = t->n_runs;
    if (n == 0) return 0;
    const quoth_name_run *base = t->runs;
    /* the answer is in [base, base + n] */
    while (n > 1) {
        size_t half = n / 2;
        base = base[half].end <= tok ? base + half : base;
        n -= half;
    }
    return (size_t)(base - t->runs) + (base->end <= tok);
}

static int index_add(quoth_speaker_table *t, uint32_t id);

/* "King Osric", "Crown Prince Leopold": a monarch's or a prince's title
 * is part of a name of one word, which no surname completes (each had
 * been "Osric" and "Leopold" alone; the twenty-eighth audit's royals).
 * The token the speaker's name starts at. */
static size_t royal_name_start(const quoth_resolver *r, const quoth_name_run *run, int kind) {
    /* and a peer's: "Lord Fenwright" (the thirty-first audit's) */
    static const char *const ROYAL[] = {"king",     "queen", "prince", "princess", "emperor",
                                        "empress",  "lord",  "baron",  "baroness", "viscount"};
    size_t first = run->first;
    if (kind != QUOTH_KIND_PERSON || run->end != first + 1 || first == 0) return first;
    size_t title = first - 1;
    if (!(r->p.t[title].flags & TOK_CAPITALIZED) || !quoth_word_in(&r->p, title, ROYAL, sizeof ROYAL / sizeof *ROYAL))
        return first;
    if (title > 0 && quoth_word_is(&r->p, title - 1, "crown") && (r->p.t[title - 1].flags & TOK_CAPITALIZED)) title--;
    return title;
}

/* Sesotho's "'Mathabo", "'Mamosa" (mother of): the apostrophe before a
 * woman's name is the name's, which the tokenizer reads apart (the
 * eighty-third audit's readers kept it, "'Mathabo Ralitšoele"). Where the
 * speaker's name starts in the text. */
static size_t sesotho_name_start(const quoth_resolver *r, size_t first, int kind) {
    size_t at = r->p.t[first].start;
    if (kind != QUOTH_KIND_PERSON || r->text[at] != 'M') return at;
    size_t mark = at >= 3 && memcmp(r->text + at - 3, "\u2019", 3) == 0 ? 3
                  : at >= 1 && r->text[at - 1] == '\''                   ? 1
                                                                        : 0;
    if (!mark || (at > mark && r->text[at - mark - 1] != ' ' && r->text[at - mark - 1] != '\n')) return at;
    return at - mark;
}

int quoth_new_speaker(quoth_resolver *r, const quoth_name_run *run, int kind, int32_t *id) {
    quoth_speaker_table *t = r->t;
    if (QUOTH_RESERVE(t->s, t->cap, t->n + 1, 64)) return QUOTH_ERR_NOMEM;
    quoth_speaker *s = &t->s[t->n];
    memset(s, 0, sizeof *s);
    const char *canonical = kind == QUOTH_KIND_ORGANIZATION ? quoth_known_org_of(r, run) : NULL;
    int rc = canonical ? quoth_speaker_add_literal(r, canonical, &s->name)
                       : quoth_add_string(r, sesotho_name_start(r, royal_name_start(r, run, kind), kind),
                                          r->p.t[run->end - 1].end, &s->name);
    if (rc) return rc;
    s->kind = (uint8_t)kind;
    if (kind == QUOTH_KIND_ORGANIZATION) hash_name(t, s);
    s->place = kind == QUOTH_KIND_ORGANIZATION && quoth_names_place(r, run);
    s->nobody = kind == QUOTH_KIND_UNKNOWN && quoth_names_nobody(r, run);
    s->gender = (uint8_t)quoth_gender_of(r, run);
    s->first_token = run->first;
    s->surname = lower_hash(r, surname_at(r, run, kind));
    s->name_words = run->end - run->first;
    rc = kind == QUOTH_KIND_ORGANIZATION ? (s->role = UINT32_MAX, 0) : quoth_role_of(r, run, &s->role, &s->role_noun);
    if (rc) return rc;
    /* what a surname alone is ("the billionaire Trump") is no role: the
     * store joins a surname to a full name only when their roles agree,
     * and such words would keep it apart */
    if (s->role_noun && run->end - run->first == 1) s->role = UINT32_MAX, s->role_noun = 0;
    if (!s->gender && s->role != UINT32_MAX) s->gender = (uint8_t)quoth_gender_of_role(quoth_speaker_string(t, s->role));
    *id = (int32_t)t->n++;
    return index_add(t, (uint32_t)*id);
}

#define PREFIX_BUCKETS 1024u
/* near_miss() tries at most this many speakers of the same first letters:
 * a news article names a handful, and each try reads a speaker from
 * memory, so that a list of thousands of names had tried a thousand for
 * every one-word name that is no one's surname */
#define NEAR_MISS_MAX 32

size_t quoth_surname_bucket(const quoth_speaker_table *t, uint64_t surname) {
    return (size_t)(surname ^ (surname >> 29)) & (t->n_buckets - 1);
}

static size_t prefix_bucket(char a, char b) {
    return ((size_t)(unsigned char)(a | 0x20) * 31u + (unsigned char)(b | 0x20)) & (PREFIX_BUCKETS - 1);
}

/* The last word of a speaker's name. */
const char *quoth_speaker_last_word(const quoth_speaker_table *t, const quoth_speaker *sp) {
    const char *name = t->arena + sp->name;
    const char *last = strrchr(name, ' ');
    return last ? last + 1 : name;
}

/* Empties the index for a document of n_runs name runs (at most as many
 * speakers). */
int quoth_speaker_index_reset(quoth_speaker_table *t, size_t n_runs) {
    size_t n = 64;
    while (n < 2 * n_runs) n *= 2;
    size_t heads = 2 * n + PREFIX_BUCKETS; /* by surname, by full name, by first letters */
    if (heads > t->cap_buckets) {
        uint32_t *h = realloc(t->head, heads * sizeof *h);
        if (!h) return QUOTH_ERR_NOMEM;
        t->head = h;
        uint32_t *tl = realloc(t->tail, heads * sizeof *tl);
        if (!tl) return QUOTH_ERR_NOMEM;
        t->tail = tl;
        t->cap_buckets = heads;
    }
    t->n_buckets = n;
    t->head3 = t->head + n;
    t->tail3 = t->tail + n;
    t->head2 = t->head + 2 * n;
    t->tail2 = t->tail + 2 * n;
    memset(t->head, 0xff, heads * sizeof *t->head);
    return 0;
}

static void chain_append(uint32_t *head, uint32_t *tail, uint32_t *next, size_t b, uint32_t id) {
    next[id] = NO_SPEAKER;
    if (head[b] == NO_SPEAKER) head[b] = id;
    else next[tail[b]] = id;
    tail[b] = id;
}

/* Adds speaker id (just made) to the index. */
static int index_add(quoth_speaker_table *t, uint32_t id) {
    if (id >= t->cap_next) {
        size_t cap = t->cap_next ? 2 * t->cap_next : 64;
        while (cap <= id) cap *= 2;
        uint32_t *n1 = realloc(t->next, cap * sizeof *n1);
        if (!n1) return QUOTH_ERR_NOMEM;
        t->next = n1;
        uint32_t *n2 = realloc(t->next2, cap * sizeof *n2);
        if (!n2) return QUOTH_ERR_NOMEM;
        t->next2 = n2;
        uint32_t *n3 = realloc(t->next3, cap * sizeof *n3);
        if (!n3) return QUOTH_ERR_NOMEM;
        t->next3 = n3;
        t->cap_next = cap;
    }
    const quoth_speaker *sp = &t->s[id];
    chain_append(t->head, t->tail, t->next, quoth_surname_bucket(t, sp->surname), id);
    t->next3[id] = NO_SPEAKER;
    if (sp->name_words >= 2) chain_append(t->head3, t->tail3, t->next3, quoth_surname_bucket(t, full_name_key(t, sp)), id);
    t->next2[id] = NO_SPEAKER;
    if (sp->kind == QUOTH_KIND_PERSON && sp->name_words >= 2) {
        const char *last = quoth_speaker_last_word(t, sp);
        if (strlen(last) >= 4) chain_append(t->head2, t->tail2, t->next2, prefix_bucket(last[0], last[1]), id);
    }
    return 0;
}

/* Whether an organization's speaker is the one a run names: the same
 * known organization (`known`, the run's quoth_known_org_of(), found once per
 * run: a document naming thousands of "... Holdings" compares each with
 * every other), or the same words ("Kentucky Republicans" is not
 * "Wisconsin Republicans", though both end alike). */
static int same_organization(const quoth_resolver *r, const quoth_speaker *s, const quoth_name_run *run,
                             const char *known) {
    const char *name = r->t->arena + s->name;
    if (known) return strcmp(known, name) == 0;
    for (uint32_t i = run->first; i < run->end; i++) {
        const quoth_token *t = &r->p.t[i];
        while (*name == ' ') name++;
        if (strncasecmp(name, r->text + t->start, t->end - t->start) != 0) return 0;
        name += t->end - t->start;
    }
    return *name == '\0';
}

static int same_first_name(const quoth_resolver *r, const quoth_speaker *s, const quoth_name_run *run) {
    /* compare the first word of the speaker's name with the run's, in any
     * case: "MARIA LUND:" of a transcript is Maria Lund */
    const char *name = r->t->arena + s->name;
    size_t n = strcspn(name, " ");
    const quoth_token *t = &r->p.t[run->first];
    size_t m = t->end - t->start;
    if (n == m && strncasecmp(name, r->text + t->start, n) == 0) return 1;
    /* or the nickname in its quotation marks: "Bill Harmon" is William
     * "Bill" Harmon (they had been two people) */
    const char *nick = name[n] == ' ' && name[n + 1] == '"' ? name + n + 2 : NULL;
    return nick && strncasecmp(nick, r->text + t->start, m) == 0 && nick[m] == '"';
}

/* "Wasserman Schultz" after "Debbie Wasserman Schultz", "Van Hollen"
 * after "Chris Van Hollen": a run whose words end a longer name is that
 * name's bearer, a surname of two words or more. */
static int ends_name(const quoth_resolver *r, const quoth_speaker *s, const quoth_name_run *run) {
    const char *name = r->t->arena + s->name;
    const char *at = name + strlen(name); /* compared backwards, a token at a time */
    for (uint32_t i = run->end; i-- > run->first;) {
        const quoth_token *t = &r->p.t[i];
        size_t n = t->end - t->start;
        if ((size_t)(at - name) < n || strncasecmp(at - n, r->text + t->start, n) != 0) return 0;
        at -= n;
        if (at == name) return 0;
        if (i > run->first && r->p.t[i - 1].end < t->start) at--; /* the space between two words */
    }
    return at > name && at[-1] == ' ';
}

/* A later mention's Mr. or Ms. tells the gender of a person whose first
 * mention did not ("Chad Bown" ... "Mr. Bown"). */
static void learn_gender(quoth_resolver *r, const quoth_name_run *run) {
    quoth_speaker *sp = &r->t->s[run->speaker];
    if (!sp->gender && sp->kind != QUOTH_KIND_ORGANIZATION) sp->gender = (uint8_t)quoth_honorific_gender(r, run);
    /* "Mr. Obama" after a headline's bare "Obama": a person after all */
    if (sp->kind == QUOTH_KIND_UNKNOWN && !sp->nobody && run->first > 0 &&
        (r->p.t[run->first - 1].lex & (LEX_HONORIFIC | LEX_TITLE)))
        sp->kind = QUOTH_KIND_PERSON;
}

/* Whether s holds letters and no small ones: "JAKE TAPPER" of a transcript,
 * "FORT PIERCE" of a place line. */
static int shouted(const char *s) {
    int letters = 0;
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z') return 0;
        letters |= *s >= 'A' && *s <= 'Z';
    }
    return letters;
}

/* A speaker first named in capitals ("JAKE TAPPER:") takes the spelling of
 * a later mention of as many words in small letters too ("Jake Tapper"),
 * which is how people are written and searched for. */
static int prefer_written_case(quoth_resolver *r, quoth_speaker *sp, const quoth_name_run *run) {
    if (sp->name_words != run->end - run->first || !shouted(r->t->arena + sp->name)) return 0;
    size_t start = r->p.t[run->first].start, end = r->p.t[run->end - 1].end;
    for (size_t i = start; i < end; i++)
        if (r->text[i] >= 'a' && r->text[i] <= 'z') {
            uint32_t shouted_name = sp->name;
            uint64_t key = full_name_key(r->t, sp), shouted_hash = sp->name_hash;
            int rc = quoth_add_string(r, start, end, &sp->name);
            if (!rc && sp->kind == QUOTH_KIND_ORGANIZATION) hash_name(r->t, sp);
            /* more than the case changed (a known organization's
             * canonical name, a name the run's words only end): the
             * speaker keeps its name, and so its chain of the index */
            if (!rc && full_name_key(r->t, sp) != key) sp->name = shouted_name, sp->name_hash = shouted_hash;
            return rc;
        }
    return 0;
}

/* Whether the words of `name` are among the run's tokens in their order,
 * its first word the run's first and its last the run's last. */
static int name_within_run(const quoth_resolver *r, const char *name, const quoth_name_run *run) {
    uint32_t i = run->first;
    for (;;) {
        size_t n = strcspn(name, " ");
        while (i < run->end && (r->p.t[i].end - r->p.t[i].start != n || memcmp(name, r->text + r->p.t[i].start, n) != 0)) {
            if (i == run->first) return 0; /* the first words differ */
            i++;
        }
        if (i == run->end) return 0;
        if (!name[n]) return i == run->end - 1;
        name += n + 1, i++;
    }
}

/* A person a headline named in fewer words takes the middle names of a
 * mention in the text ("Chaudhry Mushtaq Virk" of a headline, then
 * "Chaudhry Mushtaq Hussain Virk"): the text's full name is the one a
 * reader searches for (it had kept the headline's short one; the
 * forty-first audit's). Not a later mention's in the text: a court
 * filing's "Alan Mark Grayson" after "Alan Grayson". */
static int take_middle_names(quoth_resolver *r, quoth_speaker *sp, const quoth_name_run *run) {
    uint32_t words = run->end - run->first;
    if (sp->kind != QUOTH_KIND_PERSON || sp->name_words < 2 || words <= sp->name_words || words > 5 ||
        !quoth_headline_line(&r->p, sp->first_token) || quoth_headline_line(&r->p, run->first))
        return 0;
    /* words of a name, one space apart; no initial ("Donald J. Trump" is
     * no fuller a name to search for) */
    for (uint32_t i = run->first; i + 1 < run->end; i++)
        if (!(r->p.t[i + 1].flags & TOK_CAPITALIZED) || r->p.t[i].end + 1 != r->p.t[i + 1].start ||
            (r->p.t[i + 1].norm_len <= 2 && quoth_ends_with(&r->p, i + 1, ".")))
            return 0;
    if (!name_within_run(r, r->t->arena + sp->name, run)) return 0;
    sp->name_words = words;
    return quoth_add_string(r, r->p.t[run->first].start, r->p.t[run->end - 1].end, &sp->name);
}

/* A person first named without a role takes the role of a later mention
 * ("Bill Clinton" ... "former president Bill Clinton"), and a title
 * replaces what they are ("rival Marco Rubio" ... "Florida Sen. Marco
 * Rubio"), so that "the Florida senator" finds them; with the gender
 * that role tells when nothing told it before. */
static int fill_role(quoth_resolver *r, quoth_speaker *sp, const quoth_name_run *run) {
    if (sp->kind != QUOTH_KIND_PERSON || (sp->role != UINT32_MAX && !sp->role_noun)) return 0;
    uint32_t role;
    uint8_t noun;
    int rc = quoth_role_of(r, run, &role, &noun);
    if (rc || role == UINT32_MAX || (sp->role != UINT32_MAX && noun)) return rc;
    sp->role = role, sp->role_noun = noun;
    if (!sp->gender) sp->gender = (uint8_t)quoth_gender_of_role(quoth_speaker_string(r->t, sp->role));
    return 0;
}

/* Whether a person's speaker and a run end in the same suffix, or neither
 * in one: "Donald Trump Jr." is not Donald Trump. */
static int same_suffix(const quoth_resolver *r, const quoth_speaker *s, const quoth_name_run *run) {
    const char *last = quoth_speaker_last_word(r->t, s);
    int has = suffix_word(last);
    if (!name_suffix(r, run->end - 1)) return !has;
    return has && strcmp(last, quoth_token_norm(r->p.tl, run->end - 1)) == 0;
}

/* The first speaker of the run's kind and full name (full_name_key()):
 * the same organization, or a person of the same first name and surname. */
static uint32_t same_full_name(const quoth_resolver *r, const quoth_name_run *run, int kind, uint64_t surname,
                               const char *known, uint64_t name_hash) {
    const quoth_speaker_table *t = r->t;
    uint64_t key = run_full_name_key(r, run, kind, name_hash);
    for (uint32_t s = t->head3[quoth_surname_bucket(t, key)]; s != NO_SPEAKER; s = t->next3[s]) {
        const quoth_speaker *sp = &t->s[s];
        if (sp->kind != kind || sp->surname != surname || sp->name_words < 2) continue;
        if (kind == QUOTH_KIND_ORGANIZATION ? sp->name_hash == name_hash && same_organization(r, sp, run, known)
                                            : same_first_name(r, sp, run) && same_suffix(r, sp, run))
            return s;
    }
    return NO_SPEAKER;
}

/* The first person of the run's kind and surname, before speaker `before`,
 * whose longer name the run's words end ("Wasserman Schultz"). */
static uint32_t name_ending_in(const quoth_resolver *r, const quoth_name_run *run, int kind, uint64_t surname,
                               uint32_t before) {
    const quoth_speaker_table *t = r->t;
    size_t walked = 0;
    for (uint32_t s = t->head[quoth_surname_bucket(t, surname)]; s < before && walked++ < QUOTH_SURNAME_WALK_MAX;
         s = t->next[s]) {
        const quoth_speaker *sp = &t->s[s];
        if (sp->kind == kind && sp->surname == surname && sp->name_words >= 2 && ends_name(r, sp, run)) return s;
    }
    return NO_SPEAKER;
}

/* "De Blasio", "de Blasio", "von der Leyen": a run of particles and one
 * word after them, a surname of several words. */
static int particle_surname(const quoth_resolver *r, const quoth_name_run *run) {
    if (run->end - run->first < 2 || run->end - run->first > PARTICLES_MAX + 1) return 0;
    /* and a Moorish "Ould" or "Mint" opening a surname of one or two words
     * ("Mint Sidi Ahmed" after "Nebghouha mint Sidi Ahmed", whose "Mint"
     * the entity tagger read as a body's; the seventy-second audit's) */
    if (run->end - run->first <= 3 && r->p.t[run->first].norm_len == 4 &&
        (quoth_word_is(&r->p, run->first, "ould") || quoth_word_is(&r->p, run->first, "mint")))
        return 1;
    for (uint32_t i = run->first; i + 1 < run->end; i++)
        if (!quoth_name_particle(r, i)) return 0;
    return 1;
}

/* Multi-word names: one speaker per person (surname and first name) or
 * organization. One-word names wait for group_single_names, and so do
 * surnames of a particle and a word ("De Blasio" of a headline), until
 * every full name is known: the full name ("Bill de Blasio") may come
 * after them, and they are its surname. */

/* The person of that surname whose nickname the run's first word is
 * ("Bill Harmon" after William "Bill" Harmon, whom the index of full
 * names keeps under "William"), among the first speakers of the surname;
 * NO_SPEAKER when none. */
static uint32_t nickname_holder(const quoth_resolver *r, const quoth_name_run *run, uint64_t surname) {
    const quoth_speaker_table *t = r->t;
    size_t walked = 0;
    for (uint32_t s = t->head[quoth_surname_bucket(t, surname)]; s != NO_SPEAKER && walked < QUOTH_SURNAME_WALK_MAX;
         s = t->next[s]) {
        const quoth_speaker *sp = &t->s[s];
        if (sp->surname != surname) continue;
        walked++;
        if (sp->kind == QUOTH_KIND_PERSON && sp->name_words >= 3 && strchr(t->arena + sp->name, '"') &&
            same_first_name(r, sp, run))
            return s;
    }
    return NO_SPEAKER;
}

/* How many of the latest speakers the walks back over them read
 * (paternal_surname_person(), quoth_family_name_first_person(),
 * knighted_person(), organization_by_initials(), inverted_ministry() and
 * others): a bound on the work of each new name in a long document. */
#define PATERNAL_SCAN_MAX 256

/* "The Commerce Ministry" after "The Ministry of Commerce", and the other
 * way round: a body's noun of state (ministry, department) before or
 * after the word of its field names one body (they had been two). The
 * latest such among the latest speakers; NO_SPEAKER when none. */
static uint32_t inverted_ministry(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const HEADS[] = {"ministry", "department"};
    size_t n = run->end - run->first;
    size_t head = n == 2 ? run->first + 1 : run->first, field = n == 2 ? run->first : run->first + 2;
    if ((n != 2 && n != 3) || (n == 3 && !quoth_word_is(&r->p, run->first + 1, "of"))) return NO_SPEAKER;
    if (!quoth_word_in(&r->p, head, HEADS, sizeof HEADS / sizeof *HEADS)) return NO_SPEAKER;
    /* the other form of the name */
    char other[96];
    const quoth_token *h = &r->p.t[head], *f = &r->p.t[field];
    int len = n == 2 ? snprintf(other, sizeof other, "%.*s of %.*s", (int)(h->end - h->start), r->text + h->start,
                                (int)(f->end - f->start), r->text + f->start)
                     : snprintf(other, sizeof other, "%.*s %.*s", (int)(f->end - f->start), r->text + f->start,
                                (int)(h->end - h->start), r->text + h->start);
    if (len <= 0 || (size_t)len >= sizeof other) return NO_SPEAKER;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;)
        if (st->s[k].kind == QUOTH_KIND_ORGANIZATION && strcasecmp(st->arena + st->s[k].name, other) == 0)
            return (uint32_t)k;
    return NO_SPEAKER;
}

/* Whether token i is the last word of those that name an alias ("known
 * as", "his kunya", "nicknamed"). Asked of the word before every name,
 * most of them none of these: each word by its hash and length
 * (quoth_word_is()), not letter by letter in a list. */
static int alias_mark(const quoth_phrases *p, size_t i) {
    return quoth_word_is(p, i, "as") || quoth_word_is(p, i, "by") || quoth_word_is(p, i, "kunya") ||
           quoth_word_is(p, i, "nickname") || quoth_word_is(p, i, "alias") || quoth_word_is(p, i, "name") ||
           quoth_word_is(p, i, "moniker") || quoth_word_is(p, i, "nicknamed") || quoth_word_is(p, i, "dubbed") ||
           quoth_word_is(p, i, "born") || quoth_word_is(p, i, "calls");
}

/* The person whose other name a run is: "Karim Yusuf Nasser, known as
 * Abu Adel,", "Khalil Darwish Hamdan, better known by his kunya Abu
 * Faris,", "Bill Morrison, nicknamed Tank,": the person run that ends at
 * the comma before words of naming only. Their speaker, or NO_SPEAKER
 * (the fourteenth audit's kunyas had been people of their own, and the
 * aliases' statements theirs). */
/* How many words the clause of an alias may hold before it. */
#define ALIAS_CLAUSE_MAX 14

/* The speaker of the first person's name in the sentence of the run,
 * before it; NO_SPEAKER when none. */
static uint32_t first_person_of_sentence(const quoth_resolver *r, const quoth_name_run *run) {
    size_t first = quoth_sentence_first(&r->p, run->first);
    uint32_t holder = NO_SPEAKER;
    for (const quoth_name_run *before = run; before-- > r->t->runs && before->first >= first;)
        if (before->speaker >= 0 && r->t->s[before->speaker].kind == QUOTH_KIND_PERSON)
            holder = (uint32_t)before->speaker;
    return holder;
}

/* How many words may come between "his" or "her" and "name" before an
 * alias set off by a comma ("by his Ainu name, Eoripak,"). */
#define POSSESSIVE_NAME_GAP_MAX 3

/* "Sunazawa Tokichi, 84, an ekashi who also goes by his Ainu name,
 * Eoripak,", "who signs his columns with the Aromanian form of his name,
 * Yioryi Papadina,": a person's other name set off after "his ... name"
 * or "her ... name" is the other name of the sentence's first person
 * (each had been a person of its own; the hundred-and-third audit's).
 * Their speaker, or NO_SPEAKER. */
static uint32_t possessive_name_holder(const quoth_resolver *r, const quoth_name_run *run) {
    /* not the one name an unnamed person gave: "a trader ..., who gave
     * only his first name, Marcos," is Marcos */
    static const char *const OWN[] = {"first", "given", "clan", "christian", "last", "full", "family"};
    size_t at = run->first;
    /* a comma's one byte asked first: most runs follow none */
    if (at < 4 || !quoth_punct_char(&r->p, at - 1, ',') || !quoth_word_is(&r->p, at - 2, "name") ||
        quoth_word_in(&r->p, at - 3, OWN, sizeof OWN / sizeof *OWN))
        return NO_SPEAKER;
    size_t his = at - 2, stop = at - 2 > POSSESSIVE_NAME_GAP_MAX ? at - 2 - POSSESSIVE_NAME_GAP_MAX : 0;
    while (his > stop && !quoth_word_is(&r->p, his - 1, "his") && !quoth_word_is(&r->p, his - 1, "her")) his--;
    if (his == stop) return NO_SPEAKER;
    return first_person_of_sentence(r, run);
}

static uint32_t alias_holder(const quoth_resolver *r, const quoth_name_run *run) {
    uint32_t holder = possessive_name_holder(r, run);
    if (holder != NO_SPEAKER) return holder;
    /* and a stage name's holder: "Sola, born Soledad Arrieta Vega," is
     * Sola, whom the article calls so (the twenty-sixth audit's "she" had
     * been the birth name's) */
    static const char *const NAMING[] = {"known", "nicknamed", "dubbed", "born", "calls"};
    static const char *const BETWEEN[] = {"better", "also",  "widely", "popularly", "commonly", "known", "as",
                                          "by",     "his",   "her",    "kunya",     "nickname", "alias", "name",
                                          "moniker", "nicknamed", "dubbed", "born"};
    size_t at = run->first; /* past the marks of a quoted alias: known as "Knuckles" */
    if (at > 0 && (r->p.t[at - 1].flags & TOK_QUOTE_OPEN)) at--;
    /* and past a form of courtesy: "known to everyone on the hill as Mestre
     * Toninho" (the sixty-eighth audit's) */
    if (at > 1 && r->p.t[at - 2].norm_len == 2 && quoth_word_is(&r->p, at - 2, "as") && quoth_courtesy_word(r, at - 1))
        at--;
    if (at < 3 || !alias_mark(&r->p, at - 1)) return NO_SPEAKER;
    size_t comma = at, limit = at > ALIAS_CLAUSE_MAX ? at - ALIAS_CLAUSE_MAX : 0;
    int naming = 0, other = 0, whom = 0;
    /* the clause set off by a comma or a dash ("Antônio Carlos dos Santos
     * Filho — known ... as Mestre Toninho —") */
    while (comma > limit && !quoth_punct_is(&r->p, comma - 1, ",") && !quoth_punct_is(&r->p, comma - 1, "--")) {
        comma--;
        /* other words only in a clause that "known" opens or holds: "who is
         * known to supporters as Abu Fahad", "a Sudanese trainer known
         * around the camps as Abu Nasser" (each had been a person of its
         * own; the fifty-ninth audit's) */
        if ((r->p.t[comma].flags & TOK_PUNCT) || r->p.t[comma].quote_depth != r->p.t[at - 1].quote_depth)
            return NO_SPEAKER;
        other |= !quoth_word_in(&r->p, comma, BETWEEN, sizeof BETWEEN / sizeof *BETWEEN);
        naming |= quoth_word_in(&r->p, comma, NAMING, sizeof NAMING / sizeof *NAMING);
        whom |= quoth_word_is(&r->p, comma, "whom");
    }
    /* or "calls" in a clause that "whom" opens: "whom almost everyone in
     * the town calls “Mikica,”" (the seventy-fifth audit's), not "what he
     * calls ..." */
    int calls = quoth_word_is(&r->p, at - 1, "calls");
    if (calls && !whom) return NO_SPEAKER;
    if (other && !((calls || quoth_word_is(&r->p, at - 1, "as")) && naming)) return NO_SPEAKER;
    if (!other && at - comma > 7) return NO_SPEAKER;
    if (!naming || comma <= limit + 1 || comma == at) return NO_SPEAKER;
    size_t k = quoth_first_run_ending_after(r->t, comma - 2);
    if (k < r->t->n_runs && r->t->runs[k].end == comma - 1 && r->t->runs[k].speaker >= 0 &&
        r->t->s[r->t->runs[k].speaker].kind == QUOTH_KIND_PERSON)
        return (uint32_t)r->t->runs[k].speaker;
    /* a clause of "who" after a place's apposition: "Datuk James Sinukun,
     * 49, the assemblyman for Kiawayan, who is known to everyone in the
     * district as Jimmy" (it had been a person of its own; the
     * hundred-and-fourth audit's) */
    return quoth_word_is(&r->p, comma, "who") ? first_person_of_sentence(r, run) : NO_SPEAKER;
}

/* Notes that the run gave another name: the first such run bounds the
 * later searches. */
static void note_alias(quoth_resolver *r, const quoth_name_run *run) {
    if (!r->aliases) r->first_alias_run = (uint32_t)(run - r->t->runs);
    r->aliases = 1;
}

/* The holder of an alias named before (alias_holder()) whose words the
 * run repeats ("..., known as Abu Adel, ... \"We are ready,\" Abu Adel
 * said"), or NO_SPEAKER. */
static uint32_t alias_repeated(const quoth_resolver *r, const quoth_name_run *run) {
    size_t n = run->end - run->first;
    const quoth_name_run *stop = run - (run - r->t->runs < LOOKBACK_MAX ? run - r->t->runs : LOOKBACK_MAX);
    /* (none before the first alias: the search had cost every later name a
     * scan of the lookback once a document gave one) */
    if (stop < r->t->runs + r->first_alias_run) stop = r->t->runs + r->first_alias_run;
    for (const quoth_name_run *before = run; before-- > stop;) {
        if (before->end - before->first != n) continue;
        size_t i = 0;
        while (i < n && r->p.t[before->first + i].lower_hash == r->p.t[run->first + i].lower_hash) i++;
        if (i == n && before->speaker >= 0 && alias_holder(r, before) == (uint32_t)before->speaker)
            return (uint32_t)before->speaker;
    }
    return NO_SPEAKER;
}

/* Where the speaker's name `name` goes on past the run's words when it
 * opens with them, or NULL. */
static const char *name_past_run(const quoth_resolver *r, const char *name, const quoth_name_run *run) {
    for (size_t i = run->first; i < run->end; i++) {
        const quoth_token *t = &r->p.t[i];
        size_t m = t->end - t->start;
        if (strncasecmp(name, r->text + t->start, m) != 0 || name[m] != ' ') return NULL;
        name += m + 1;
    }
    return name;
}

/* "Pennine Orbital" after "Pennine Orbital Railways", "Corran Street"
 * after "Corran Street Capital": a company named before in full, whose
 * name the run's two or three words open and which may be named so
 * (named_by_first_word()); it had been a second body, of the short name
 * (the twenty-second audit's). The latest such, or NO_SPEAKER. */
static uint32_t company_by_opening_words(const quoth_resolver *r, const quoth_name_run *run);

/* Whether the words [first, end) are a union's local by its number:
 * "Local 3312". */
static int union_local(const quoth_resolver *r, size_t first, size_t end) {
    return end == first + 2 && quoth_local_number(&r->p, end - 1);
}

/* "at the Ostler Petroleum refinery in Greyhaven ... Ostler Petroleum
 * said": a body first named as a place (the entity tagger read the
 * refinery's name as one) that a later mention shows as a source, read as
 * no place, is a body that speaks, which "the company" may then mean (it
 * had been no one; the thirty-seventh audit's). */
static int speaks_as_body(const quoth_resolver *r, const quoth_name_run *run) {
    /* the source's head, not a place in its relative clause ("The
     * Tenants Alliance, which has organized residents at the Ferris
     * Avenue buildings,") */
    size_t first = run->first;
    if (first > 0 && quoth_word_is(&r->p, first - 1, "the")) first--;
    return r->p.t[first].label == AL_B_SOURCE && !quoth_names_place(r, run);
}

static int name_holds_word(const char *name, const char *w, size_t n);

/* Whether the name at `at` opens with the words of the run's two tokens,
 * then a space ("Sá Lobato " of "Sá Lobato Vilar"). */
static int opens_with_run_words(const quoth_resolver *r, const quoth_name_run *run, const char *at) {
    const quoth_token *a = &r->p.t[run->first], *b = &r->p.t[run->first + 1];
    size_t na = a->end - a->start, nb = b->end - b->start;
    return strncmp(at, r->text + a->start, na) == 0 && at[na] == ' ' &&
           strncmp(at + na + 1, r->text + b->start, nb) == 0 && at[na + 1 + nb] == ' ';
}

/* "Sá Lobato" after "Henrique Sá Lobato Vilar": Portuguese news calls a
 * person by the first two of their surnames, the words after the given
 * name that no later mention ends with (it had been a speaker of its
 * own; the forty-sixth audit's). The latest person among the last
 * PATERNAL_SCAN_MAX whose name holds the run's two words right after its
 * first word; NO_SPEAKER when none. */
static uint32_t name_holding_surnames(const quoth_resolver *r, const quoth_name_run *run) {
    /* or three with a particle between: "Ruiz de Gordoa" after "Patxi Ruiz
     * de Gordoa", "Fernández de Retana" after "Unai Fernández de Retana
     * Garai" (the eighty-fourth audit's Basque names) */
    int particle = run->end == run->first + 3 && quoth_name_particle(r, run->first + 1);
    if ((run->end != run->first + 2 && !particle) || given_name(r, run->first)) return NO_SPEAKER;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        if (sp->kind != QUOTH_KIND_PERSON || sp->name_words < 4) continue;
        const char *first = strchr(st->arena + sp->name, ' ');
        if (first && opens_with_run_words(r, run, first + 1)) return (uint32_t)k;
    }
    return NO_SPEAKER;
}

/* "Mingma Gelu" after "Mingma Gelu Sherpa", "Ang Dorje" after "Ang Dorje
 * Lama": two words that open the three-word name of a person named
 * before, as Nepali news calls people by their given names, the clan's
 * name left out (each had been a person of their own; the forty-ninth
 * audit's). The latest such person among the last PATERNAL_SCAN_MAX;
 * NO_SPEAKER when none. */
static uint32_t name_opening_with_run(const quoth_resolver *r, const quoth_name_run *run) {
    if (run->end != run->first + 2) return NO_SPEAKER;
    const quoth_speaker_table *st = r->t;
    /* two given names open a longer name too: "Jesús Antonio" after "Jesús
     * Antonio Barrios Mendoza", whose brother shares his surnames (the
     * sixty-eighth audit's) */
    int given_names = given_name(r, run->first) && given_name(r, run->first + 1);
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        const char *name = st->arena + sp->name;
        /* a name of three words, not a headline's run of capitals
         * ("Elizabeth Warren Hammers Wells Fargo CEO") */
        /* or of four, a Catalan "i" third: "Anna Puig" after "Anna Puig i
         * Soldevila" (the sixtieth audit's) */
        if (sp->kind != QUOTH_KIND_PERSON || sp->name_words < 3 || sp->first_token >= run->first) continue;
        int catalan = sp->name_words == 4 && strstr(st->arena + sp->name, " i ") != NULL;
        /* or more, two given names or a Malay "bin" or "binti" third:
         * "Mohd Faizal" after "Mohd Faizal bin Abdul Rahman" (the
         * sixty-eighth audit's) */
        int longer = sp->name_words >= 4 &&
                     (given_names || name_holds_word(name, "bin", 3) || name_holds_word(name, "binti", 5));
        if ((sp->name_words != 3 && !catalan && !longer) ||
            sp->first_token + 2 >= r->p.n || quoth_headline_sentence(r, r->p.t[sp->first_token].sentence) ||
            (r->p.t[sp->first_token + 2].lex & (LEX_HONORIFIC | LEX_TITLE)) /* "Marco Rubio Miss[es]" */ ||
            (r->p.t[sp->first_token + 2].flags & TOK_ALL_CAPS) /* "Walter Brink III", his son's */ ||
            quoth_word_is(&r->p, sp->first_token + 2, "jr.") || quoth_word_is(&r->p, sp->first_token + 2, "sr."))
            continue;
        if (opens_with_run_words(r, run, name)) return (uint32_t)k;
    }
    return NO_SPEAKER;
}

/* "De la Cruz" after "Juan Carlos de la Cruz Mejía", "De la Torre" after
 * "María Fernanda de la Torre Cárdenas": a surname of particles and a
 * word is the first of a person's two surnames, whose second ends the
 * name (each had been a speaker of its own; the fifty-seventh and
 * fifty-eighth audits'). The latest such person among the last
 * PATERNAL_SCAN_MAX; NO_SPEAKER when none. */
static uint32_t person_of_particle_surname(const quoth_resolver *r, const quoth_name_run *run) {
    const char *words = r->text + r->p.t[run->first].start;
    size_t m = r->p.t[run->end - 1].end - r->p.t[run->first].start;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        if (sp->kind != QUOTH_KIND_PERSON || sp->first_token >= run->first) continue;
        const char *name = st->arena + sp->name, *last = strrchr(name, ' ');
        if (!last || (size_t)(last - name) <= m + 1) continue;
        const char *at = last - m;
        if (at[-1] == ' ' && strncasecmp(at, words, m) == 0) return (uint32_t)k;
    }
    return NO_SPEAKER;
}

static int32_t latest_person_opening_with(const quoth_resolver *r, size_t tok, int gender, int family_first,
                                          size_t before);

/* "Galina Petrovna, as the younger members of the community address
 * her," after "Galina Udygir": a given name and a Russian patronymic, a
 * respectful form of address, name the latest person named before with
 * that given name, of the patronymic's gender (it had been a person of
 * its own; the hundred-and-third audit's). NO_SPEAKER when none. */
static uint32_t person_by_given_name_and_patronymic(const quoth_resolver *r, const quoth_name_run *run) {
    int gender;
    if (run->end != run->first + 2 || !(gender = quoth_russian_patronymic(r, run->first + 1))) return NO_SPEAKER;
    int32_t s = latest_person_opening_with(r, run->first, gender, 0, run->first);
    return s >= 0 ? (uint32_t)s : NO_SPEAKER;
}

static int group_full_name(quoth_resolver *r, quoth_name_run *run, int kind) {
    quoth_speaker_table *t = r->t;
    int surname_only = 0;
    uint64_t surname = lower_hash(r, surname_at(r, run, kind));
    const char *known = NULL; /* a known organization's canonical name */
    uint64_t name_hash = 0;
    if (kind == QUOTH_KIND_ORGANIZATION) {
        known = quoth_known_org_of(r, run);
        name_hash = known ? fold_hash(NAME_HASH_SEED, known, strlen(known)) : run_name_hash(r, run);
    }
    uint32_t s = same_full_name(r, run, kind, surname, known, name_hash);
    if (s == NO_SPEAKER && kind == QUOTH_KIND_PERSON && run->end == run->first + 2)
        s = nickname_holder(r, run, surname);
    if (s == NO_SPEAKER && kind == QUOTH_KIND_PERSON) s = person_by_given_name_and_patronymic(r, run);
    if (s == NO_SPEAKER && kind == QUOTH_KIND_ORGANIZATION && !known) s = inverted_ministry(r, run);
    /* a company's short name that reads as a person's ("Pennine Orbital"),
     * whose first word is no given name */
    if (s == NO_SPEAKER && !known && (kind == QUOTH_KIND_ORGANIZATION || !given_name(r, run->first)) &&
        (s = company_by_opening_words(r, run)) != NO_SPEAKER)
        kind = QUOTH_KIND_ORGANIZATION;
    /* "the Governor's Office" after "the Izmir Governor's Office", "the City
     * Council" after "the Harlow City Council": the body named before in
     * full (it had been a second body, of the short name; the eighteenth
     * audit's) */
    if (s == NO_SPEAKER && kind == QUOTH_KIND_ORGANIZATION && !known && run->first > 0 &&
        quoth_word_is(&r->p, run->first - 1, "the"))
        s = name_ending_in(r, run, kind, surname, (uint32_t)t->n);
    /* "Local 3312" after "Coalfield Workers Union Local 3312": a union's
     * local by its number alone, not the local a headline named so first
     * (it had been a body of its own; the twenty-fourth audit's) */
    uint32_t full_local;
    if (!known && union_local(r, run->first, run->end) &&
        (full_local = name_ending_in(r, run, QUOTH_KIND_ORGANIZATION, surname, (uint32_t)t->n)) != NO_SPEAKER)
        s = full_local, kind = QUOTH_KIND_ORGANIZATION;
    if (s == NO_SPEAKER && kind != QUOTH_KIND_ORGANIZATION) {
        if ((s = alias_holder(r, run)) != NO_SPEAKER) note_alias(r, run);
        else if (r->aliases) s = alias_repeated(r, run);
    }
    if (kind != QUOTH_KIND_ORGANIZATION) {
        uint32_t longer = name_ending_in(r, run, kind, surname, s);
        /* "Van der Berg" opening a sentence after "Theo van der Berg", whose
         * kind the entity tagger did not know (it had been a speaker of its
         * own; the sixty-third audit's): a person's or no kind's */
        if (longer == NO_SPEAKER && particle_surname(r, run))
            longer = name_ending_in(r, run, kind == QUOTH_KIND_PERSON ? QUOTH_KIND_UNKNOWN : QUOTH_KIND_PERSON,
                                    surname, s);
        if (longer != NO_SPEAKER) s = longer, surname_only = 1;
        else if (s == NO_SPEAKER && (longer = name_holding_surnames(r, run)) != NO_SPEAKER) s = longer, surname_only = 1;
        else if (s == NO_SPEAKER && (longer = name_opening_with_run(r, run)) != NO_SPEAKER)
            s = longer, surname_only = 1;
        else if (s == NO_SPEAKER && particle_surname(r, run) &&
                 (longer = person_of_particle_surname(r, run)) != NO_SPEAKER)
            s = longer, surname_only = 1;
    }
    /* "Spotted Elk" after "Eldon Spotted Elk": the words of a person's
     * longer name named before, which read as a body's alone (it had been
     * a body; the forty-sixth audit's) */
    if (s == NO_SPEAKER && kind == QUOTH_KIND_ORGANIZATION && !known && run->end - run->first <= 3 &&
        !(run->first > 0 && quoth_word_is(&r->p, run->first - 1, "the")) &&
        (s = name_ending_in(r, run, QUOTH_KIND_PERSON, surname, (uint32_t)t->n)) != NO_SPEAKER)
        kind = QUOTH_KIND_PERSON, surname_only = 1;
    int rc;
    if (s == NO_SPEAKER) {
        rc = quoth_new_speaker(r, run, kind, &run->speaker);
    } else {
        run->speaker = (int32_t)s;
        if (t->s[s].place && kind == QUOTH_KIND_ORGANIZATION && speaks_as_body(r, run)) t->s[s].place = 0;
        rc = prefer_written_case(r, &t->s[s], run);
        if (!rc) rc = take_middle_names(r, &t->s[s], run);
        if (!rc) rc = fill_role(r, &t->s[s], run);
    }
    if (rc) return rc;
    learn_gender(r, run);
    run->how = kind == QUOTH_KIND_ORGANIZATION ? QUOTH_RESOLVED_ORGANIZATION
               : surname_only                  ? QUOTH_RESOLVED_SURNAME
                                               : QUOTH_RESOLVED_NAME;
    return 0;
}

int quoth_group_full_names(quoth_resolver *r) {
    quoth_speaker_table *t = r->t;
    int deferred = 0;
    for (size_t k = 0; k < t->n_runs; k++) {
        quoth_name_run *run = &t->runs[k];
        if (run->end - run->first < 2) continue;
        int kind = quoth_run_kind(r, run);
        if (kind != QUOTH_KIND_ORGANIZATION && particle_surname(r, run)) {
            deferred = 1;
            continue;
        }
        int rc = group_full_name(r, run, kind);
        if (rc) return rc;
    }
    for (size_t k = 0; deferred && k < t->n_runs; k++) {
        quoth_name_run *run = &t->runs[k];
        if (run->speaker >= 0 || run->end - run->first < 2 || !particle_surname(r, run)) continue;
        int rc = group_full_name(r, run, quoth_run_kind(r, run));
        if (rc) return rc;
    }
    return 0;
}

/* Edit distance of two short strings, capped at 3. A row whose least
 * value has reached 3 ends it: no later row can be less, and a surname
 * unlike the word is given up after its first letters. */
static int edit_distance(const char *a, size_t n, const char *b, size_t m) {
    if (n > 31 || m > 31) return 3;
    int row[32], prev[32];
    for (size_t j = 0; j <= m; j++) prev[j] = (int)j;
    for (size_t i = 1; i <= n; i++) {
        row[0] = (int)i;
        int least = row[0];
        for (size_t j = 1; j <= m; j++) {
            int cost = (a[i - 1] | 0x20) != (b[j - 1] | 0x20);
            int v = prev[j - 1] + cost;
            if (prev[j] + 1 < v) v = prev[j] + 1;
            if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
            row[j] = v;
            if (v < least) least = v;
        }
        if (least >= 3) return 3;
        memcpy(prev, row, (m + 1) * sizeof *row);
    }
    return prev[m] < 3 ? prev[m] : 3;
}

/* Whether a speaker of gender `have` can be one the text marks as `want`
 * (0: unknown, either way): "Mr. Obama" is not Michelle Obama. */
static int gender_fits(int have, int want) { return !have || !want || have == want; }

/* Whether speaker sp is a person of min_words words or more, of a gender
 * that fits `want`: the first test of the scans of the latest speakers,
 * in bits with no branch but the one on the answer (the speakers scanned
 * fail one test or another at random, and the answer is mostly no). */
static int person_fits(const quoth_speaker *sp, uint32_t min_words, int want) {
    int have = sp->gender;
    return (sp->kind == QUOTH_KIND_PERSON) & (sp->name_words >= min_words) & ((have == 0) | (want == 0) | (have == want));
}

/* "Clintons", "Khans", "Joneses": the family, not a misspelt Clinton. */
static int plural_of(const char *w, size_t n, const char *surname, size_t m) {
    if (n == m + 1 && (w[m] | 0x20) == 's') return strncasecmp(w, surname, m) == 0;
    if (n == m + 2 && (w[m] | 0x20) == 'e' && (w[m + 1] | 0x20) == 's') return strncasecmp(w, surname, m) == 0;
    return 0;
}

/* The person whose surname is a near-miss spelling of the word at i
 * ("Milli" for "Milley"): same first two letters, distance at most 2 and
 * at most a third of the length; of a gender that fits. */
static int32_t near_miss(const quoth_resolver *r, size_t i, int gender) {
    const quoth_token *tok = &r->p.t[i];
    const char *w = r->text + tok->start;
    size_t n = tok->end - tok->start;
    int32_t best = -1;
    int best_d = 3;
    if (n < 4) return -1;
    const quoth_speaker_table *t = r->t;
    size_t tried = 0;
    const char *measured = ""; /* the surname last measured: the same again cannot do better */
    for (uint32_t s = t->head2[prefix_bucket(w[0], w[1])]; s != NO_SPEAKER && tried++ < NEAR_MISS_MAX;
         s = t->next2[s]) {
        const quoth_speaker *sp = &t->s[s];
        if (!person_fits(sp, 2, gender)) continue;
        const char *last = quoth_speaker_last_word(t, sp);
        size_t m = strlen(last);
        if (m < 4 || (last[0] | 0x20) != (w[0] | 0x20) || (last[1] | 0x20) != (w[1] | 0x20)) continue;
        if (m > n + 2 || n > m + 2 || strcmp(last, measured) == 0) continue; /* a distance of 3 or more */
        if (plural_of(w, n, last, m)) continue;
        measured = last;
        int d = edit_distance(w, n, last, m);
        if (d < best_d && (size_t)d * 3 <= (n > m ? n : m)) {
            best = (int32_t)s;
            best_d = d;
        }
    }
    return best;
}

/* Whether a one-word name that is no one's surname may be a misspelt one:
 * not a given name ("Francis" is not a misspelt Franco) and not a place or
 * an organization that quoth knows ("Israel", "Democrats"). What the
 * entity tagger thinks is not asked: it has never seen the misspelling
 * either ("Milli" for "Milley" can look like an organization to it). */
static int may_be_misspelt(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_token *t = &r->p.t[run->first];
    /* nor a party's word: "a Democrat" is no misspelt "Democratic" (of "the
     * Michigan Democratic primary", a run the kind rules take for a person) */
    if ((t->lex & LEX_ORG_WORD) || given_name(r, run->first) || quoth_party_of(quoth_token_norm(r->p.tl, run->first)))
        return 0;
    return !quoth_known_org_of(r, run) && !quoth_run_is_place(r, run);
}

/* Whether a run is set after the noun of a newspaper ("the daily
 * Narodna Pravda", "the newspaper Zorvanski Vestnik", "the business weekly
 * Kapital Heute"): the press review's way of naming papers whose names end
 * with no newspaper's word (quoth_newspaper_word()). Not "a paper", which
 * is as often a study ("a paper Smith wrote"). */
int quoth_introduced_as_newspaper(const quoth_resolver *r, const quoth_name_run *run) {
    uint32_t noun = run->first - 1;
    /* the length asked before the list: the words before most names ("the",
     * "by", "said", a comma) are shorter than its words, of five letters or more */
    if (run->first < 2 || r->p.t[noun].norm_len < 5 || !quoth_newspaper_noun(&r->p, noun)) return 0;
    return !quoth_word_is(&r->p, noun - 1, "a") && !quoth_word_is(&r->p, noun - 1, "an") &&
           quoth_coarse(&r->p, noun - 1) != CT_PUNCT;
}

/* "The Post" after "The Washington Post", "The Times" after "The New York
 * Times": a newspaper's last word after "the" is that newspaper, as news
 * writes it on second mention. Not any body's last word: "the House" is
 * not the White House. */
static int newspaper_short_name(const quoth_resolver *r, const quoth_name_run *run) {
    return run->first > 0 && quoth_word_is(&r->p, run->first - 1, "the") && quoth_newspaper_word(&r->p, run->first);
}

/* "Khizr and Ghazala Khan", "Bill and Hillary Clinton": a name of one word
 * before "and" and a full name may share that name's surname. The person
 * of that first name and surname whom the text names in full elsewhere
 * ("Khizr Khan"), else NO_SPEAKER: without them the first name alone had
 * been a speaker of its own. */
static uint32_t shared_surname_person(const quoth_resolver *r, const quoth_name_run *run,
                                      const quoth_name_run *next) {
    if (run->end != run->first + 1 || next->first != run->end + 1 || next->end - next->first < 2 ||
        !quoth_word_is(&r->p, run->end, "and"))
        return NO_SPEAKER;
    const quoth_speaker_table *t = r->t;
    uint64_t surname = lower_hash(r, next->end - 1);
    const quoth_token *given = &r->p.t[run->first];
    uint64_t key = fold_hash(surname, r->text + given->start, given->end - given->start);
    for (uint32_t s = t->head3[quoth_surname_bucket(t, key)]; s != NO_SPEAKER; s = t->next3[s]) {
        const quoth_speaker *sp = &t->s[s];
        if (sp->kind == QUOTH_KIND_PERSON && sp->surname == surname && sp->name_words >= 2 &&
            same_first_name(r, sp, run))
            return s;
    }
    return NO_SPEAKER;
}

/* "John and Mary Ferreira", "Both Duarte and Celeste Ferreira": a given
 * name alone before "and" and a person's given name and surname, which
 * the text names in full nowhere (shared_surname_person()), is the first
 * of a couple or of siblings who share that surname. */
static int couple_first_name(const quoth_resolver *r, const quoth_name_run *run, const quoth_name_run *next) {
    /* the surname may be a given name of either gender, as often a
     * surname: "Henry and Grace Lee" (Henry had been "Henry", and "Mr.
     * Lee" no one of the article's; a blind audit's) */
    size_t surname = next->end - 1;
    int surname_fits = !given_name(r, surname) ||
                       (quoth_given_name_classes(r, surname) & (NAME_MAN | NAME_WOMAN)) == (NAME_MAN | NAME_WOMAN);
    return run->end == run->first + 1 && next->first == run->end + 1 && next->end == next->first + 2 &&
           quoth_word_is(&r->p, run->end, "and") && given_name(r, run->first) && given_name(r, next->first) &&
           surname_fits && r->p.t[surname].sentence == r->p.t[run->first].sentence;
}

/* A speaker for the first of such a couple, under the given name and the
 * shared surname ("John Ferreira"), so that "Mr. Ferreira" finds him (he
 * had been "John", and "Mr. Ferreira" a person of his own). */
static int new_couple_speaker(quoth_resolver *r, const quoth_name_run *run, const quoth_name_run *next, int32_t *id) {
    quoth_speaker_table *t = r->t;
    const quoth_token *given = &r->p.t[run->first], *surname = &r->p.t[next->end - 1];
    size_t given_len = given->end - given->start, surname_len = surname->end - surname->start;
    char name[128];
    if (given_len + surname_len + 2 > sizeof name) return quoth_new_speaker(r, run, QUOTH_KIND_PERSON, id);
    memcpy(name, r->text + given->start, given_len);
    name[given_len] = ' ';
    memcpy(name + given_len + 1, r->text + surname->start, surname_len);
    name[given_len + 1 + surname_len] = '\0';
    if (QUOTH_RESERVE(t->s, t->cap, t->n + 1, 64)) return QUOTH_ERR_NOMEM;
    quoth_speaker *s = &t->s[t->n];
    memset(s, 0, sizeof *s);
    int rc = quoth_speaker_add_literal(r, name, &s->name);
    if (rc) return rc;
    s->kind = QUOTH_KIND_PERSON;
    s->gender = (uint8_t)quoth_gender_of_given_name(r, run->first, 1);
    s->first_token = run->first;
    s->surname = lower_hash(r, next->end - 1);
    s->name_words = 2;
    s->role = UINT32_MAX;
    *id = (int32_t)t->n++;
    return index_add(t, (uint32_t)*id);
}

/* "Mr. Carrow's widow, Judith,", "the senator's daughter, Amy,": a given
 * name alone set off after a relative of someone named by surname is that
 * relative's name, and the surname the family's; the token of the surname,
 * or 0 when run is no such name. */
static uint32_t relative_surname(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const RELATIVES[] = {"widow", "wife", "husband", "son", "daughter", "mother", "father",
                                            "brother", "sister", "grandson", "granddaughter", "widower"};
    uint32_t i = run->first;
    if (run->end != i + 1 || i < 5 || !given_name(r, i) || !quoth_punct_is(&r->p, i - 1, ",") ||
        !quoth_word_in(&r->p, i - 2, RELATIVES, sizeof RELATIVES / sizeof *RELATIVES) ||
        !quoth_possessive(&r->p, i - 3) || (run->end < r->p.n && (r->p.t[run->end].flags & TOK_CAPITALIZED)))
        return 0;
    uint32_t surname = i - 4;
    const quoth_token *t = &r->p.t[surname];
    return (t->flags & TOK_CAPITALIZED) && !given_name(r, surname) && t->sentence == r->p.t[i].sentence &&
                   (speaker_name_token(t) || (t[-1].lex & LEX_HONORIFIC))
               ? surname
               : 0;
}

/* A speaker under a given name and the surname at token `surname`
 * (new_couple_speaker(), relative_surname()). */
static int new_family_speaker(quoth_resolver *r, const quoth_name_run *run, uint32_t surname_at, int32_t *id) {
    quoth_name_run surname = {.first = surname_at, .end = surname_at + 1};
    return new_couple_speaker(r, run, &surname, id);
}

/* Whether the n bytes at w are a particle in small letters that opens a
 * Spanish or Portuguese surname ("de la Vega", "dos Ramos"). */
static int surname_particle(const char *w, size_t n) {
    static const char *const PARTICLES[] = {"de", "la", "del", "las", "los", "da", "do", "dos", "das"};
    for (size_t k = 0; k < sizeof PARTICLES / sizeof *PARTICLES; k++)
        if (strlen(PARTICLES[k]) == n && memcmp(w, PARTICLES[k], n) == 0) return 1;
    return 0;
}

/* The word before the last of a speaker's name ("Acosta" of "Melba
 * Acosta Febo"), or NULL for a name of one word; *last is set to the
 * space before the last word. */
static const char *word_before_last(const char *name, const char **last) {
    *last = strrchr(name, ' ');
    if (!*last) return NULL;
    const char *before = *last;
    while (before > name && before[-1] != ' ') before--;
    /* past Catalan's "i" between the two: "Jordi Puigvert i Camps" is Mr.
     * Puigvert (the forty-second audit's) */
    if (*last - before == 1 && *before == 'i' && before - name >= 2) {
        *last = before - 1;
        before = *last;
        while (before > name && before[-1] != ' ') before--;
    }
    /* and past the particles of a second surname: "Inés Carrasco de la
     * Vega" is Ms. Carrasco (the forty-sixth audit's) */
    for (int particles = 0; particles < 2 && before - name >= 2 && surname_particle(before, (size_t)(*last - before));
         particles++) {
        *last = before - 1;
        before = *last;
        while (before > name && before[-1] != ' ') before--;
    }
    return before;
}

/* Whether the document names a person of two surnames at all: three
 * words or more, the one before the last no initial ("W." of George W.
 * Bush). Asked once, so that the many documents without one never look
 * for them. */
static int has_two_surname_people(const quoth_speaker_table *st) {
    for (size_t k = 0; k < st->n; k++) {
        const quoth_speaker *sp = &st->s[k];
        if (sp->kind != QUOTH_KIND_PERSON || sp->name_words < 3) continue;
        const char *last, *before = word_before_last(st->arena + sp->name, &last);
        if (before && !(last - before == 2 && before[1] == '.')) return 1;
    }
    return 0;
}

/* "Ms. Acosta" after "Melba Acosta Febo": of two surnames, as Spanish
 * names have them, the first is the one a later mention keeps. The latest
 * person of three words or more whose word before the last is the run's
 * one word, of a gender that fits; -1 when none. Not a given name
 * ("Christine Todd Whitman" is no "Mr. Todd"); with given_too, only a
 * given name, asked when nobody else holds the word. */
static int32_t paternal_surname_person(const quoth_resolver *r, const quoth_name_run *run, int gender,
                                       int given_too) {
    if (run->end != run->first + 1 || given_name(r, run->first) != given_too ||
        (r->p.t[run->first].lex & LEX_ORG_WORD) ||
        quoth_run_is_place(r, run))
        return -1;
    const quoth_token *t = &r->p.t[run->first];
    size_t m = t->end - t->start;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        if (!person_fits(sp, 3, gender)) continue;
        const char *last, *before = word_before_last(st->arena + sp->name, &last);
        if (!before || (size_t)(last - before) != m || strncasecmp(before, r->text + t->start, m) != 0) continue;
        /* a surname, not a headline's verb or a show's noun ("Hillary
         * Clinton Goes", "Rachel Maddow Show") */
        uint64_t last_word = quoth_hash_lower(last + 1, strlen(last + 1));
        if (quoth_headline_sentence(r, r->p.t[sp->first_token].sentence) ||
            (quoth_name_word_classes(r->names, last_word) & (NAME_THING | NAME_ORG_HEAD)))
            continue;
        return (int32_t)k;
    }
    return -1;
}

/* "Rosado" after "Natalia Rosado-Ferrer": a Spanish name's two surnames
 * joined by a hyphen keep the first alone later, as unjoined ones do
 * (paternal_surname_person(); it had been a speaker of its own, the
 * sixty-third audit's). The latest person among the last
 * PATERNAL_SCAN_MAX whose last word opens with the run's one word and a
 * hyphen, of a gender that fits; -1 when none. */
static int32_t hyphen_first_surname_person(const quoth_resolver *r, const quoth_name_run *run, int gender) {
    if (run->end != run->first + 1 || given_name(r, run->first) || quoth_run_is_place(r, run)) return -1;
    const quoth_token *t = &r->p.t[run->first];
    size_t m = t->end - t->start;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        if (!person_fits(sp, 2, gender)) continue;
        const char *last = strrchr(st->arena + sp->name, ' ');
        /* a capital after the hyphen: not a Korean given name's syllables
         * ("Kim Seo-yeon" is no Ms. Seo) */
        if (last && strlen(last + 1) > m + 1 && last[1 + m] == '-' && last[2 + m] >= 'A' && last[2 + m] <= 'Z' &&
            strncasecmp(last + 1, r->text + t->start, m) == 0)
            return (int32_t)k;
    }
    return -1;
}

/* "Mr Yeo" after "Terence Yeo Kim Huat", "ASP Ng" after "Kelvin Ng Boon
 * Seng": Singapore and Malaysia write a Chinese name after an English
 * given name, so the family name is its second word, which a later
 * mention keeps (each had been a speaker of its own; the fifty-second
 * audit's). The latest person of three words or more, the first a listed
 * given name, whose second word is the run's one word, a family name of
 * the list; -1 when none. */
static int32_t family_name_after_given(const quoth_resolver *r, const quoth_name_run *run, int gender) {
    const quoth_token *t = &r->p.t[run->first];
    size_t m = t->end - t->start;
    if (run->end != run->first + 1 || !quoth_east_asian_family_name(r->text + t->start, m)) return -1;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        if (!person_fits(sp, 3, gender)) continue;
        const char *name = st->arena + sp->name, *second = strchr(name, ' ');
        if (!second || strncasecmp(second + 1, r->text + t->start, m) != 0 || second[1 + m] != ' ') continue;
        uint64_t given = quoth_hash_lower(name, (size_t)(second - name));
        if (quoth_name_word_classes(r->names, given) & (NAME_MAN | NAME_WOMAN)) return (int32_t)k;
    }
    return -1;
}

/* Whether a word is a Chinese or Korean family name that news writes
 * before the given name ("Xi Jinping", "Park Geun-hye"). Only those of
 * leaders and officials common in the news: a list, as no rule tells them. */
int quoth_east_asian_family_name(const char *w, size_t n) {
    /* Chinese and Korean family names, and Japanese ones, which Japanese
     * news in English now writes first too ("Takahashi Kenji"), and the
     * thirty-fourth audit's Cantonese, Taiwanese and Korean ones ("Ng
     * Siu-fong", "Tse Kwok-leung", "Byun Sang-chul") and the fifty-second's
     * Singaporean ones ("Chew Ban Lee", "Ong Hwee Lin") and the fifty-fourth's
     * Malaysian ones ("Gan Boon Hock", "Chong Wai Keat") and the fifty-ninth's
     * mainland ones ("Ge Shaoqing", "Gu Shuyan") and the hundred-and-fourth's
     * Sabahan "Chin" ("Fiona Chin Siew Ling"); not those that are
     * English words ("He", "Song", "Lee", "Low"). Sorted: found by halving. */
    static const char FAMILY[][SORTED_ROW] = {
        "ahn", "aoki", "baek", "bai", "ban", "byun", "cai", "cao", "chan", "chau", "chen", "cheng", "cheung", "chew",
        "chia", "chiang", "chin", "cho", "choi", "chong", "choo", "chow", "chua", "chuah", "cui", "deng", "ding", "dong",
        "duan", "endo", "feng", "foo", "fu", "fujii", "fujita", "fujiwara", "fukuda", "fung", "gan", "gao", "ge",
        "goh", "goto", "gu", "guo", "hasegawa", "hashimoto", "hatoyama", "hayashi", "heng", "hirano", "hou", "hsu",
        "hu", "huang", "hwang", "ikeda", "inoue", "ishiba", "ishida", "ishikawa", "ito", "iwasaki", "jang", "jeon",
        "jeong", "jia", "jiang", "jin", "jung", "kaneko", "kang", "kato", "khoo", "khor", "kikuchi", "kim", "kimura",
        "kinoshita", "kishida", "koay", "kobayashi", "koh", "koizumi", "kok", "kondo", "kubo", "kudo", "kuo", "kwok",
        "kwon", "lai", "lam", "lau", "lei", "leong", "leung", "li", "liang", "liew", "lim", "lin", "liu", "loh",
        "loke", "lu", "luo", "ma", "maeda", "mak", "mao", "maruyama", "matsuda", "matsui", "matsumoto", "meng",
        "miura", "miyazaki", "moon", "mori", "morita", "motegi", "murakami", "murata", "nagai", "nakagawa",
        "nakajima", "nakamura", "nakano", "neo", "ng", "nishimura", "nomura", "ogawa", "okada", "okamoto", "ong",
        "ooi", "pan", "park", "pei", "peng", "phang", "poon", "qian", "qin", "qiu", "quek", "ren", "roh", "ryu",
        "saito", "sakai", "sakamoto", "sasaki", "sato", "seah", "seo", "shao", "shen", "shi", "shibata", "shimizu",
        "shin", "siew", "soo", "su", "suga", "sugiyama", "sun", "suzuki", "takahashi", "takaichi", "takeda",
        "takeuchi", "tam", "tan", "tanaka", "tang", "taniguchi", "tay", "teh", "teo", "tham", "tian", "tiong", "toh",
        "tsai", "tsang", "tse", "uchida", "ueda", "wang", "watanabe", "wee", "wei", "wen", "wong", "wu", "xi", "xia",
        "xiao", "xie", "xiong", "xu", "yamada", "yamaguchi", "yamamoto", "yamashita", "yamazaki", "yan", "yang",
        "yap", "yeo", "yeoh", "yeung", "yin", "yip", "yokoyama", "yong", "yoo", "yoon", "yoshida", "yu", "yuan",
        "zeng", "zhang", "zhao", "zheng", "zhou", "zhu", "zou"};
    if (n < 2 || n > 9) return 0; /* the lengths of the list's names */
    return quoth_sorted_rows_hold_bytes(FAMILY, sizeof FAMILY / sizeof *FAMILY, w, n, 0x20);
}

int quoth_hyphenated_given_name(const char *w, const char *end) {
    const char *hyphen = memchr(w, '-', (size_t)(end - w));
    return hyphen && hyphen > w && hyphen + 1 < end && hyphen[1] >= 'a' && hyphen[1] <= 'z';
}

/* Whether a speaker's name of two or three words may open with a family
 * name: its first word listed, or its second a hyphenated given name. */
static int family_name_first(const quoth_speaker_table *st, const quoth_speaker *sp) {
    if (sp->kind != QUOTH_KIND_PERSON || sp->name_words < 2 || sp->name_words > 3) return 0;
    const char *name = st->arena + sp->name, *space = strchr(name, ' ');
    if (!space) return 0;
    if (quoth_east_asian_family_name(name, (size_t)(space - name))) return 1;
    const char *second = space + 1, *second_end = strchr(second, ' ');
    if (!second_end) second_end = second + strlen(second);
    return quoth_hyphenated_given_name(second, second_end);
}

/* Whether the document names anyone whose family name may come first:
 * asked once, so that the many documents without one never look. */
static int has_family_name_first_people(const quoth_speaker_table *st) {
    for (size_t k = 0; k < st->n; k++)
        if (family_name_first(st, &st->s[k])) return 1;
    return 0;
}

/* Going back from speaker *k, among the latest PATERNAL_SCAN_MAX (*seen
 * counts them), the next one whose name of two words or more opens with
 * the word at tok, in any case; -1 when none is left. */
static int32_t previous_opening_with(const quoth_resolver *r, size_t tok, size_t *k, size_t *seen) {
    const quoth_token *t = &r->p.t[tok];
    const char *w = r->text + t->start;
    size_t m = t->end - t->start;
    const quoth_speaker_table *st = r->t;
    while ((*k)-- > 0 && (*seen)++ < PATERNAL_SCAN_MAX) {
        const quoth_speaker *sp = &st->s[*k];
        const char *name = st->arena + sp->name;
        /* the first letters, ASCII case folded, settle most speakers */
        if (sp->name_words >= 2 && (name[0] | 0x20) == (w[0] | 0x20) && strncasecmp(name, w, m) == 0 &&
            name[m] == ' ')
            return (int32_t)*k;
    }
    return -1;
}

/* The latest person of a name of two words or more that opens with the
 * word at tok, of a gender that fits, first named before token `before`;
 * with `family_first`, only one whose family name may come first
 * (family_name_first()). -1 when none. */
static int32_t latest_person_opening_with(const quoth_resolver *r, size_t tok, int gender, int family_first,
                                          size_t before) {
    const quoth_speaker_table *st = r->t;
    size_t k = st->n, seen = 0;
    for (int32_t s; (s = previous_opening_with(r, tok, &k, &seen)) >= 0;) {
        const quoth_speaker *sp = &st->s[s];
        if (sp->kind == QUOTH_KIND_PERSON && sp->first_token < before && gender_fits(sp->gender, gender) &&
            (!family_first || family_name_first(st, sp)))
            return s;
    }
    return -1;
}

int32_t quoth_family_name_first_person(const quoth_resolver *r, size_t tok, int gender) {
    /* first among those named before it: "Kim said" after Vice Minister
     * Kim Min-seo, not the office worker Kim Dong-wook named a paragraph
     * on (the fifty-eighth audit's) */
    int32_t s = latest_person_opening_with(r, tok, gender, 1, tok);
    return s >= 0 ? s : latest_person_opening_with(r, tok, gender, 1, SIZE_MAX);
}

/* "Sir Keir" after "Sir Keir Starmer", "Dame Judi" after "Dame Judi
 * Dench": a knight or a dame is called by the given name, which is
 * nobody's surname (each had been a speaker of one word). The latest
 * person of two words or more whose name opens with the run's one word;
 * -1 when the run is no such name or nobody has it. */
static int32_t knighted_person(const quoth_resolver *r, const quoth_name_run *run) {
    if (run->end != run->first + 1 || run->first == 0 ||
        !(quoth_word_is(&r->p, run->first - 1, "sir") || quoth_word_is(&r->p, run->first - 1, "dame")))
        return -1;
    return latest_person_opening_with(r, run->first, 0, 0, SIZE_MAX);
}

/* Whether an honorific comes right before the run: "Mr Ravin" after
 * "Ravin Subramaniam", "Datuk Azman" after "Datuk Azman Rahim", whom
 * Malaysian and Thai news call by the given name with it, which no list
 * may hold. */
static int honorific_before(const quoth_resolver *r, const quoth_name_run *run) {
    size_t i = run->first;
    /* and a form of courtesy: "Uncle Tavita" after "Uncle Tavita Moa" (the
     * forty-sixth audit's Pacific elders) */
    return i > 0 && ((r->p.t[i - 1].lex & LEX_HONORIFIC) ||
                     ((r->p.t[i - 1].flags & TOK_CAPITALIZED) && (quoth_malay_honorific(r, i - 1) || quoth_sri(r, i - 1) ||
                                                                  quoth_courtesy_word(r, i - 1))));
}

/* Whether exactly one speaker among the latest PATERNAL_SCAN_MAX has a
 * name of two words or more that opens with the word at tok, first named
 * outside a headline, where the entity tagger read a person's name in
 * its first two words or in the word at tok. */
static int only_speaker_opening_with(const quoth_resolver *r, size_t tok) {
    size_t k = r->t->n, seen = 0;
    int32_t s = previous_opening_with(r, tok, &k, &seen);
    if (s < 0) return 0;
    const quoth_token *first = &r->p.t[r->t->s[s].first_token];
    return (first->entity == QUOTH_ENT_PERSON || r->p.t[tok].entity == QUOTH_ENT_PERSON ||
            (first + 1)->entity == QUOTH_ENT_PERSON) &&
           !quoth_headline_sentence(r, first->sentence) &&
           previous_opening_with(r, tok, &k, &seen) < 0;
}

/* Whether a person's first mention is set off with an age ("The
 * apprentice, Hoshino Mirei, 31,"): a person's name whatever the entity
 * tagger read it as. */
static int aged_at_first_mention(const quoth_resolver *r, const quoth_speaker *sp) {
    size_t i = (size_t)sp->first_token + sp->name_words;
    return i + 2 < r->p.n && quoth_punct_is(&r->p, i, ",") && quoth_coarse(&r->p, i + 1) == CT_NUM &&
           r->p.t[i + 1].norm_len <= 3 && quoth_punct_is(&r->p, i + 2, ",");
}

/* "Zulkarnain" after "Ahmad Zulkarnain Mohd Daud", "Nasrun" after "Mohd
 * Nasrun Abdul Latip": Malaysian news calls a person whose name opens
 * with a common first name ("Mohd", "Ahmad", "Siti") by the second (each
 * had been a person of their own; the hundred-and-fourth audit's). The
 * latest person of three words or more named so, of a gender that fits;
 * -1 when none. */
static int32_t person_by_second_malay_name(const quoth_resolver *r, const quoth_name_run *run, int gender) {
    static const char *const FIRST[] = {"mohd", "mohamad", "mohammad", "muhammad", "mohamed", "muhamad",
                                        "ahmad", "nur", "nurul", "siti", "md"};
    if (run->end != run->first + 1) return -1;
    const quoth_token *t = &r->p.t[run->first];
    size_t m = t->end - t->start;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        if (!person_fits(sp, 3, gender) || sp->first_token >= run->first ||
            !quoth_word_in(&r->p, sp->first_token, FIRST, sizeof FIRST / sizeof *FIRST))
            continue;
        const char *second = strchr(st->arena + sp->name, ' ');
        if (second && strncasecmp(second + 1, r->text + t->start, m) == 0 && second[1 + m] == ' ') return (int32_t)k;
    }
    return -1;
}

/* "Aisha" after "Aisha Greaves", "Hillary" after "Hillary Clinton": a
 * listed given name alone, which is nobody's surname in the document,
 * names the latest person named before it with that given name (each had
 * been a speaker of one word). -1 when the run is no such name or nobody
 * has it. */
static int32_t person_by_given_name(const quoth_resolver *r, const quoth_name_run *run, int gender) {
    if (run->end != run->first + 1) return -1;
    /* a given name no list holds, of no place or body: "Shahzaib" after
     * "Hawks captain Shahzaib Khan", as sport and South Asian news call
     * people (it had been a speaker of its own) */
    int unlisted = !given_name(r, run->first) && !honorific_before(r, run) &&
                   !(r->p.t[run->first].flags & TOK_ALL_CAPS) && !(r->p.t[run->first].lex & LEX_ORG_WORD) &&
                   !(quoth_name_classes_at(r, run->first) & (NAME_PLACE | NAME_ORG_HEAD | NAME_BODY | NAME_DATE)) &&
                   !quoth_run_is_place(r, run);
    if (!(given_name(r, run->first) || honorific_before(r, run) || unlisted)) return -1;
    int32_t person = latest_person_opening_with(r, run->first, gender, 0, run->first);
    /* of such a word only a person whom a title, a role or a gender tells
     * one, or the one speaker whose name it opens: "Fox" after "Fox News"
     * and a "Fox Right" of neither names no one of them, nor "Veltro"
     * after "Veltro Motors" and its car "Veltro Ardent"; "Kittipong" after
     * "Thailand's Kittipong Srisuwan" names him (it had been a speaker of
     * its own; the fifty-fourth audit's Thai, Ethiopian and Malaysian
     * given names) */
    const quoth_speaker *sp = person >= 0 ? &r->t->s[person] : NULL;
    /* or one named with an age: "Hatano" after "Hatano Seikichi, 79,", a
     * family name that Japanese news writes first, though his daughter
     * Hatano Rumiko opens with it too (the hundred-and-third audit's) */
    return sp && unlisted && !sp->gender && sp->role == UINT32_MAX && !aged_at_first_mention(r, sp) &&
                   !only_speaker_opening_with(r, run->first)
               ? -1
               : person;
}

/* Whether a person's last word opens with "al-" or "el-": asked once, so
 * that documents without one never walk back for
 * person_by_surname_without_article(). */
static int has_article_surname_people(const quoth_speaker_table *st) {
    for (size_t k = 0; k < st->n; k++) {
        const quoth_speaker *sp = &st->s[k];
        if (sp->kind != QUOTH_KIND_PERSON || sp->name_words < 2) continue;
        const char *space = strrchr(st->arena + sp->name, ' ');
        if (space && ((space[1] | 0x20) == 'a' || (space[1] | 0x20) == 'e') && (space[2] | 0x20) == 'l' &&
            space[3] == '-')
            return 1;
    }
    return 0;
}

/* "Mansour" after "Khalid al-Mansour": an Arabic surname's article and
 * hyphen ("al-", "el-", in any case) left out of a later mention (it had
 * been a person of its own). The latest person of two words or more whose
 * last word is the run's one word after such an article, of a gender
 * that fits; -1 when none. */
static int32_t person_by_surname_without_article(const quoth_resolver *r, const quoth_name_run *run, int gender) {
    if (run->end != run->first + 1) return -1;
    const quoth_token *t = &r->p.t[run->first];
    const char *w = r->text + t->start;
    size_t m = t->end - t->start;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        if (!person_fits(sp, 2, gender)) continue;
        const char *space = strrchr(st->arena + sp->name, ' '); /* none in "Bin-Salman" of two words */
        if (!space) continue;
        const char *last = space + 1;
        if (((last[0] | 0x20) == 'a' || (last[0] | 0x20) == 'e') && (last[1] | 0x20) == 'l' && last[2] == '-' &&
            strlen(last + 3) == m && strncasecmp(last + 3, w, m) == 0) /* "al-", "el-" */
            return (int32_t)k;
    }
    return -1;
}

/* Whether the word at w (ending at a space or the end) is a particle
 * that a body's initials leave out: "of", "and", "the", French "des",
 * "du", "pour", "la". */
static int initials_skip(const char *w) {
    static const char *const PARTICLES[] = {"of", "and", "the", "for", "on", "in", "to", "de", "des", "du", "la",
                                            "le", "les", "pour", "en", "et", "del", "da", "do", "dos", "das", "y"};
    if (*w < 'a' || *w > 'z') return 0; /* asked first: most words of a name are capitalized */
    size_t n = strcspn(w, " ");
    for (size_t i = 0; i < sizeof PARTICLES / sizeof *PARTICLES; i++)
        if (!strncmp(w, PARTICLES[i], n) && PARTICLES[i][n] == '\0') return 1;
    return 0;
}

/* Whether `acronym` (n capitals) is the initials of the words of `name`
 * but its particles, its first word left out or not ("Federal Maritime
 * Commission" is the FMC, "Intergovernmental Panel on Climate Change" the
 * IPCC, "U.S. Food and Drug Administration" the FDA, French "Union des
 * forces républicaines du Nord" the UFRN, whose words in small letters
 * count: it had been the "UN", and the UFRN no one). */
static int initials_of(const char *name, const char *acronym, size_t n) {
    char initials[16];
    size_t k = 0, first_end = 0;
    for (const char *w = name; *w && k < sizeof initials;) {
        const char *initial = w;
        /* "l'Unité", "d'Ivoire": the word's after its article */
        if (w[0] && w[1] == '\'') initial = w + 2;
        else if (w[0] && !strncmp(w + 1, "\u2019", 3)) initial = w + 4;
        char c = *initial >= 'a' && *initial <= 'z' ? (char)(*initial - 'a' + 'A') : *initial;
        if (!initials_skip(w) && ((c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80)) initials[k++] = c;
        while (*w && *w != ' ') w++;
        while (*w == ' ') w++;
        if (!first_end) first_end = k;
    }
    return (k == n && memcmp(initials, acronym, n) == 0) ||
           (k == n + first_end && first_end == 1 && memcmp(initials + 1, acronym, n) == 0);
}

/* "The FMC" after "The Federal Maritime Commission (FMC)": a word of two
 * to six capitals is the organization of several words, named in the
 * document, whose initials it is (it had been a speaker of its own, and
 * the body's later statements apart from its first). The latest such;
 * -1 when none. */
/* Whether the acronym opens brackets at a token from `from` to `last`
 * ("(ANC"), and, when `closed`, the brackets close right after it. */
static int acronym_in_brackets(const quoth_resolver *r, size_t from, size_t last, const char *acronym, size_t n,
                               int closed) {
    for (size_t i = from; i + 1 < r->p.n && i <= last; i++)
        /* the punctuation's flag first: most tokens are words */
        if ((r->p.t[i - 1].flags & TOK_PUNCT) && r->p.t[i].end - r->p.t[i].start == n &&
            quoth_punct_is(&r->p, i - 1, "-LRB-") && memcmp(r->text + r->p.t[i].start, acronym, n) == 0 &&
            (!closed || quoth_punct_is(&r->p, i + 1, "-RRB-")))
            return 1;
    return 0;
}

/* Whether the body's first mention, at `first`, is followed within a few
 * words by the acronym in brackets: "the Australian Netball Commission
 * (ANC)". */
static int acronym_stated_after(const quoth_resolver *r, size_t first, const char *acronym, size_t n) {
    return acronym_in_brackets(r, first + 1, first + 12, acronym, n, 0);
}

/* Whether the acronym stands in brackets right after the body's name at
 * its first mention, `words` words from `first`: "the National Protection
 * Unit (UNP)", "the Bureau of Customs (BOC)", whose letters need not be
 * the name's (a Spanish name's, an "of" counted; each had been a body of
 * its own; the sixty-eighth audit's). */
static int acronym_right_after(const quoth_resolver *r, size_t first, size_t words, const char *acronym, size_t n) {
    return acronym_in_brackets(r, first + words, first + words + 3, acronym, n, 1);
}

/* `known`: the acronym is a body quoth knows ("ANC"), which a body the
 * document names gives way to only when it states the acronym after its
 * name ("the Australian Netball Commission (ANC)"; the sixty-sixth
 * audit's had been the African National Congress). */
static int32_t organization_by_initials(const quoth_resolver *r, const quoth_name_run *run, int known) {
    const quoth_token *t = &r->p.t[run->first];
    size_t n = t->end - t->start;
    if (run->end != run->first + 1 || n < 2 || n > 6 || !quoth_all_capitals(&r->p, run->first, 2)) return -1;
    const char *acronym = r->text + t->start;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        if (sp->kind == QUOTH_KIND_ORGANIZATION && sp->name_words >= 2 &&
            ((initials_of(st->arena + sp->name, acronym, n) &&
              (!known || acronym_stated_after(r, sp->first_token, acronym, n))) ||
             acronym_right_after(r, sp->first_token, sp->name_words, acronym, n)))
            return (int32_t)k;
    }
    return -1;
}

/* Whether a word of `name` is w[0..n), in any case. */
static int name_holds_word(const char *name, const char *w, size_t n) {
    for (const char *p = name; *p;) {
        size_t len = strcspn(p, " ");
        if (len == n && strncasecmp(p, w, n) == 0) return 1;
        p += len;
        while (*p == ' ') p++;
    }
    return 0;
}

/* Whether the word before token i says that i is a body's initials:
 * "known by its French initials MSPP", "the acronym KGD". */
static int initials_stated_at(const quoth_resolver *r, size_t i) {
    return i >= 2 && (quoth_word_is(&r->p, i - 1, "initials") || quoth_word_is(&r->p, i - 1, "acronym"));
}

/* The body that initials stated before stand for ("KGD said" after "known
 * by its Russian initials KGD"), or -1. */
static int32_t body_of_initials_stated_before(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_speaker_table *st = r->t;
    uint64_t h = r->p.t[run->first].lower_hash;
    size_t k = quoth_first_run_ending_after(st, run->first);
    for (size_t seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_name_run *before = &st->runs[k];
        if (before->end == before->first + 1 && r->p.t[before->first].lower_hash == h &&
            initials_stated_at(r, before->first) && before->speaker >= 0)
            return before->speaker;
    }
    return -1;
}

/* The latest body of several words named in the sentence before the run,
 * or -1. */
static int32_t body_in_sentence_before(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_speaker_table *st = r->t;
    uint32_t sentence = r->p.t[run->first].sentence;
    size_t k = quoth_first_run_ending_after(st, run->first); /* this run's index */
    for (size_t seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        int32_t s = st->runs[k].speaker;
        if (s >= 0 && st->s[s].kind == QUOTH_KIND_ORGANIZATION && st->s[s].name_words >= 2 &&
            r->p.t[st->runs[k].first].sentence == sentence)
            return s;
    }
    return -1;
}

/* The latest body named before the run whose name holds the noun in
 * small letters that the initials are said of, at most eight words
 * before them in their sentence ("the ministry, known by its French
 * initials MSPP" is the Ministry of Public Health), or -1. */
static int32_t body_holding_noun_before(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_speaker_table *st = r->t;
    uint32_t sentence = r->p.t[run->first].sentence;
    size_t noun = run->first - 1;
    while (noun > 0 && run->first - noun < 8 && r->p.t[noun - 1].sentence == sentence &&
           !(quoth_coarse(&r->p, noun) == CT_NOUN && !(r->p.t[noun].flags & TOK_CAPITALIZED) &&
             !quoth_word_is(&r->p, noun, "initials") && !quoth_word_is(&r->p, noun, "acronym")))
        noun--;
    if (quoth_coarse(&r->p, noun) != CT_NOUN || (r->p.t[noun].flags & TOK_CAPITALIZED)) return -1;
    const char *head = quoth_token_norm(r->p.tl, noun);
    size_t n = r->p.t[noun].norm_len;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;)
        if (st->s[k].kind == QUOTH_KIND_ORGANIZATION && st->s[k].name_words >= 2 && st->s[k].first_token < run->first &&
            name_holds_word(st->arena + st->s[k].name, head, n))
            return (int32_t)k;
    return -1;
}

/* "The State Revenue Committee, known by its Russian initials KGD,", "the
 * ministry, known by its French initials MSPP,": initials in another
 * language, which initials_of() cannot match, are the body they are said
 * of: the latest body named in the sentence before them, or else the
 * latest named before whose name holds the noun they are said of; and so
 * are their later mentions (each had been a body or a person of the
 * initials' name; the fifty-seventh and fifty-eighth audits'). -1 when the
 * run is no such initials. */
static int32_t body_of_stated_initials(const quoth_resolver *r, const quoth_name_run *run) {
    /* initials are in capitals, asked first: most runs are not */
    if (run->end != run->first + 1 || !(r->p.t[run->first].flags & TOK_ALL_CAPS)) return -1;
    if (!initials_stated_at(r, run->first)) return body_of_initials_stated_before(r, run);
    int32_t s = body_in_sentence_before(r, run);
    return s >= 0 ? s : body_holding_noun_before(r, run);
}

/* Whether a body's name may be named again by its first word: it ends
 * with a company's word ("Foods", "Inc."), or with another of a body that
 * is seldom a person's ("Veyra Health", "Fairhaven Institute", the
 * nineteenth audit's; each had been a person of that name), not with a
 * foundation's, a committee's or a campaign's, which as often carry a
 * person's name. */
static int named_by_first_word(const quoth_resolver *r, const quoth_speaker *sp) {
    static const char *const PEOPLES[] = {"foundation", "committee", "campaign", "center", "centre", "library",
                                          "school", "award", "prize", "fund", "trust", "memorial"};
    if (sp->kind != QUOTH_KIND_ORGANIZATION || sp->name_words < 2) return 0;
    /* nor a place line's "VATICAN CITY —": "the Vatican" is no body it
     * opens (the thirty-ninth audit's had been a speaker "VATICAN CITY") */
    if (quoth_after_dateline(&r->p, sp->first_token) > sp->first_token) return 0;
    if (quoth_name_word_classes(r->names, sp->surname) & NAME_ORG_HEAD) return 1;
    if (sp->place) return 0; /* "at Cortexa Labs" marks a place, but its "Labs" a company */
    const char *name = r->t->arena + sp->name, *last = strrchr(name, ' ');
    if (!last) return 0;
    last++;
    for (size_t i = 0; i < sizeof PEOPLES / sizeof *PEOPLES; i++)
        if (strcasecmp(last, PEOPLES[i]) == 0) return 0;
    return 1;
}

/* Whether the speaker's name ends with a company's word ("Railways",
 * "Capital", "Company", "Group"). */
static int company_word_last(const quoth_resolver *r, const quoth_speaker *sp) {
    static const char *const COMPANIES[] = {"company", "corporation", "group", "inc.", "corp.", "co.", "bank", "fund"};
    if (quoth_name_word_classes(r->names, sp->surname) & (NAME_ORG_HEAD | NAME_BODY)) return 1;
    const char *last = strrchr(r->t->arena + sp->name, ' ');
    for (size_t i = 0; last && i < sizeof COMPANIES / sizeof *COMPANIES; i++)
        if (strcasecmp(last + 1, COMPANIES[i]) == 0) return 1;
    return 0;
}

static uint32_t company_by_opening_words(const quoth_resolver *r, const quoth_name_run *run) {
    size_t words = run->end - run->first;
    /* a name that ends with a body's word or names a place is whole
     * ("White House" before "White House East Room", "British Columbia"),
     * but for what "of" goes on with ("Eastmoor Institute" of the
     * "Eastmoor Institute of Ecology") */
    int whole = body_word(r, run->end - 1);
    if (words < 2 || words > 3 || quoth_run_is_place(r, run)) return NO_SPEAKER;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        const char *rest;
        /* and a company's word ends the longer name ("Railways",
         * "Capital"), or "of" goes on with it: "The National Review Crowd
         * Does Not Like ..." of a headline is no body of "National Review" */
        /* the body's kind and its name's opening words, which turn away
         * nearly every speaker, before named_by_first_word()'s lists */
        if (sp->name_words > words && sp->first_token < run->first && sp->kind == QUOTH_KIND_ORGANIZATION &&
            (rest = name_past_run(r, st->arena + sp->name, run)) && named_by_first_word(r, sp) &&
            (strncmp(rest, "of ", 3) == 0 || strncmp(rest, "for ", 4) == 0 ||
             (!whole && company_word_last(r, sp)))) {
            /* not a party named for its province ("British Columbia
             * Liberal Party") */
            const char *last = strrchr(st->arena + sp->name, ' ');
            return last && strcasecmp(last + 1, "party") == 0 ? NO_SPEAKER : (uint32_t)k;
        }
    }
    return NO_SPEAKER;
}

/* "Halvorsen" after "Halvorsen Foods", "Skyward" after "Skyward Airlines
 * Holdings Inc.": a company named before by its first word, whose name
 * ends with a company's word ("Foods", "Airlines", "Inc."): the latest
 * such, -1 when none. Not a foundation's or a committee's first word,
 * which is as often a person's ("Clinton" after "the Clinton
 * Foundation"). Each had been a person of that name. */
static int32_t company_by_first_word(const quoth_resolver *r, const quoth_name_run *run) {
    size_t after_state;
    /* not a word of bodies, places or parties, nor another that opens many
     * names ("Senate", "House", "State", "Republican", "Air") */
    static const char *const OPENERS[] = {"republican", "democrat", "democratic", "conservative", "labour",
                                          "liberal", "green", "socialist", "gulf", "air", "federal", "central"};
    if (run->end != run->first + 1 || (r->p.t[run->first].flags & TOK_ALL_CAPS) || given_name(r, run->first) ||
        (r->p.t[run->first].lex & (LEX_ORG_WORD | LEX_TITLE)) ||
        (quoth_name_classes_at(r, run->first) & (NAME_PLACE | NAME_BODY | NAME_ORG_HEAD)) ||
        quoth_run_is_place(r, run) || quoth_word_in(&r->p, run->first, OPENERS, sizeof OPENERS / sizeof *OPENERS) ||
        quoth_state_named_at(&r->p, run->first, run->end, &after_state))
        return -1;
    const quoth_speaker_table *st = r->t;
    size_t k = st->n, seen = 0;
    for (int32_t s; (s = previous_opening_with(r, run->first, &k, &seen)) >= 0;)
        if (named_by_first_word(r, &st->s[s])) return s;
    return -1;
}

/* "the Comets" after "The Ridgeport Comets": a team named again by the
 * plural its name ends with (it had been a speaker of its own). The
 * latest body of two or three words whose last word it is, when that
 * word is no company's or body's ("Partners", "Democrats" of "House
 * Democrats" are not a team's), no place's and no given name; -1 when
 * none. */
static int32_t team_by_last_word(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_token *t = &r->p.t[run->first];
    const char *w = r->text + t->start;
    size_t n = t->end - t->start;
    if (run->end != run->first + 1 || n < 4 || w[n - 1] != 's' || (t->flags & TOK_ALL_CAPS) ||
        given_name(r, run->first) || (t->lex & (LEX_ORG_WORD | LEX_TITLE)) ||
        (quoth_name_classes_at(r, run->first) & (NAME_PLACE | NAME_BODY | NAME_ORG_HEAD | NAME_ROLE)) ||
        quoth_run_is_place(r, run) || quoth_nationality_word(&r->p, run->first))
        return -1;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        if (sp->kind == QUOTH_KIND_ORGANIZATION && sp->name_words >= 2 && sp->name_words <= 3 &&
            sp->surname == t->lower_hash && sp->first_token < run->first)
            return (int32_t)k;
    }
    return -1;
}

/* "the Observatory" after "the Levant Observatory for Human Rights", "the
 * Tribunal" after "the Paddle Sport Anti-Doping Tribunal": a body's noun,
 * capitalized after "the", is the latest body named before whose name it
 * heads, before its "for", "of", "on" or at its end (it had been a body of
 * its own, "Observatory"; the fifty-third audit's Syria). -1 when none,
 * or when two bodies' names hold it. */
static int32_t body_by_head_word(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_token *t = &r->p.t[run->first];
    if (run->end != run->first + 1 || run->first == 0 || !quoth_word_is(&r->p, run->first - 1, "the") ||
        (t->flags & TOK_ALL_CAPS) ||
        !(body_word(r, run->first) || (quoth_name_classes_at(r, run->first) & NAME_ORG_HEAD)) ||
        quoth_word_is(&r->p, run->first, "house")) /* a chamber, not the White House */
        return -1;
    const char *w = r->text + t->start;
    size_t n = t->end - t->start;
    const quoth_speaker_table *st = r->t;
    int32_t found = -1;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        if (sp->kind != QUOTH_KIND_ORGANIZATION || sp->name_words < 2 || sp->first_token >= run->first) continue;
        const char *name = st->arena + sp->name;
        for (const char *at = strchr(name, ' '); at; at = strchr(at + 1, ' ')) {
            const char *after = at + 1 + n;
            if (strncmp(at + 1, w, n) != 0 || (*after != '\0' && *after != ' ')) continue;
            if (*after == '\0' || !strncmp(after, " for ", 5) || !strncmp(after, " of ", 4) ||
                !strncmp(after, " on ", 4)) {
                if (found >= 0 && found != (int32_t)k) return -1;
                found = (int32_t)k;
            }
            break;
        }
    }
    return found;
}

/* Whether the document names a body that company_by_first_word() may
 * find: asked once, so that documents without one never walk back. */
static int has_company_names(const quoth_resolver *r) {
    for (size_t k = 0; k < r->t->n; k++)
        if (named_by_first_word(r, &r->t->s[k])) return 1;
    return 0;
}

/* How many runs back salient_namesake() looks for the people of a surname,
 * and how many of them it tells apart. */
#define NAMESAKE_SCAN_MAX 256
#define NAMESAKES_MAX 8

/* How many runs obituary_person() reads from the document's start. */
#define OBITUARY_RUNS_MAX 16

/* Whether an age under 25 is set off right after token `end` ("Lindiwe
 * Dube, 19,"): one whom a later "Mr." or "Mrs." hardly names. */
static int young_age_after(const quoth_resolver *r, size_t end) {
    if (end + 1 >= r->p.n || !quoth_punct_is(&r->p, end, ",") || !(r->p.t[end + 1].flags & TOK_DIGIT)) return 0;
    return strtol(quoth_token_norm(r->p.tl, end + 1), NULL, 10) < 25;
}

/* How many words of a sentence obituary_sentence() reads. */
#define OBITUARY_WORDS_MAX 64

/* Whether the sentence that token i opens tells a death ("Leopold Amsel,
 * the town's last tailor, died on Saturday", "... dies at 91"): an
 * obituary's, whose subject a later "Mr." names, not a crime's victim
 * ("Brigid Nolan, 71, was found dead ... Ms Nolan said" is her daughter). */
static int obituary_sentence(const quoth_resolver *r, size_t i) {
    size_t end = quoth_sentence_end(&r->p, i);
    for (size_t j = i; j < end && j < i + OBITUARY_WORDS_MAX; j++)
        if (quoth_word_is(&r->p, j, "died") || quoth_word_is(&r->p, j, "dies")) return 1;
    return 0;
}

/* The person an obituary is about: the one whose name opens a sentence of
 * its headline or lede (past a place line) that tells the death, a named
 * person before run k, alone and no young one; -1 when none does. */
static int32_t obituary_person(const quoth_resolver *r, size_t k) {
    const quoth_speaker_table *t = r->t;
    uint32_t lede = quoth_lede_last_paragraph(&r->p);
    int32_t headline = -1;
    for (size_t j = 0; j < k && j < OBITUARY_RUNS_MAX; j++) {
        const quoth_name_run *run = &t->runs[j];
        if (r->p.tl->sent[r->p.t[run->first].sentence].paragraph > lede) break;
        if (run->speaker < 0 || t->s[run->speaker].kind != QUOTH_KIND_PERSON ||
            run->first != quoth_after_dateline(&r->p, quoth_sentence_first(&r->p, run->first)) ||
            !obituary_sentence(r, run->first))
            continue;
        /* not one of two ("Khizr and Ghazala Khan say"), nor a young one */
        int couple = run->end < r->p.n && quoth_word_is(&r->p, run->end, "and");
        int32_t subject = couple || young_age_after(r, run->end) ? -1 : run->speaker;
        /* the lede's over the headline's, which may be a nickname ("Ray
         * Castellanos ... dies at 88", "Raymond Castellanos, who served") */
        if (!quoth_headline_line(&r->p, run->first)) return subject;
        if (headline < 0) headline = subject;
    }
    return headline;
}

/* "Lindiwe Dube, 19, died ... Her mother, Nomsa Dube, said ... Mrs Dube
 * said": of the people of one surname of the honorific's gender, the one
 * named most often in the last NAMESAKE_SCAN_MAX runs before run k (a
 * mention as a source counts twice), and of those named as often the
 * latest (the first named had been taken, the daughter who died). Most often first: "Mr. Cruz" of an article about Ted
 * Cruz that quotes his father once is still Ted Cruz, and "Mr. Bush" of
 * one about Jeb Bush is not his brother named last. `found` is the first
 * that fits, kept when no other is named. */
static int32_t salient_namesake(const quoth_resolver *r, size_t k, uint64_t surname, int gender, int32_t found) {
    const quoth_speaker_table *t = r->t;
    int32_t who[NAMESAKES_MAX];
    uint32_t count[NAMESAKES_MAX];
    size_t n = 0, best = NAMESAKES_MAX;
    /* the person an obituary is about counts twice more, of a gender no
     * list told too ("Leopold Amsel ... died on Saturday ... his son,
     * Daniel Amsel, ... Mr. Amsel opened the shop" is the father; the
     * twenty-third audit's obituaries had been the son) */
    int32_t subject = obituary_person(r, k);
    if (subject >= 0 && (t->s[subject].surname != surname || (t->s[subject].gender && t->s[subject].gender != gender)))
        subject = -1;
    if (subject >= 0) {
        who[n] = subject;
        count[n++] = 2;
        best = 0;
    }
    for (size_t j = k, seen = 0; j-- > 0 && seen < NAMESAKE_SCAN_MAX; seen++) {
        int32_t s = t->runs[j].speaker;
        /* of a known gender: "Mr. Khan" is not Ghazala Khan, whose
         * gender no list tells */
        if (s < 0 || t->s[s].surname != surname || t->s[s].kind != QUOTH_KIND_PERSON ||
            (t->s[s].gender != gender && s != subject))
            continue;
        size_t c = 0;
        while (c < n && who[c] != s) c++;
        if (c == n) {
            if (n == NAMESAKES_MAX) continue;
            who[n] = s;
            count[n++] = 0;
        }
        /* a mention the tagger read as a source counts twice: "Mrs Dube
         * said" is the Dube who speaks, more than one named twice */
        uint8_t label = r->p.t[t->runs[j].first].label;
        count[c] += label == AL_B_SOURCE || label == AL_I_SOURCE ? 2 : 1;
        /* met latest first: a later one wins only by more mentions */
        if (best == NAMESAKES_MAX || count[c] > count[best]) best = c;
    }
    return best < n ? who[best] : found;
}

/* Whether a speaker's name ends with one of `suffixes`. */
static int name_ends_with_word(const char *name, const char *const *suffixes, size_t n) {
    const char *last = strrchr(name, ' ');
    if (!last) return 0;
    for (size_t k = 0; k < n; k++)
        if (strcmp(last + 1, suffixes[k]) == 0) return 1;
    return 0;
}

/* "The elder Pruitt", "the younger Pruitt": of namesakes told apart by
 * "Sr." and "Jr.", the one the adjective before the surname names (each
 * had been the one named most; a blind audit's father and son). `found`
 * when the run is no such mention. */
static int32_t namesake_by_age(const quoth_resolver *r, const quoth_name_run *run, uint64_t surname, int32_t found) {
    static const char *const ELDER[] = {"Sr.", "Sr", "Senior"}, *const YOUNGER[] = {"Jr.", "Jr", "Junior", "II"};
    if (run->first == 0 || run->end != run->first + 1) return found;
    int elder = quoth_word_is(&r->p, run->first - 1, "elder"), younger = quoth_word_is(&r->p, run->first - 1, "younger");
    if (!elder && !younger) return found;
    const quoth_speaker_table *t = r->t;
    size_t walked = 0;
    for (uint32_t s = t->head[quoth_surname_bucket(t, surname)]; s != NO_SPEAKER && walked < QUOTH_SURNAME_WALK_MAX;
         s = t->next[s], walked++) {
        const char *name = t->arena + t->s[s].name;
        if (t->s[s].surname == surname && t->s[s].kind == QUOTH_KIND_PERSON &&
            (elder ? name_ends_with_word(name, ELDER, sizeof ELDER / sizeof *ELDER)
                   : name_ends_with_word(name, YOUNGER, sizeof YOUNGER / sizeof *YOUNGER)))
            return (int32_t)s;
    }
    return found;
}

/* One-word names: a surname of a full name, a near miss of one, or a
 * speaker of their own. */

/* Whether the byte before `at` in `name` closes a quotation mark that
 * opens a nickname: ASCII or curly, double or single. */
static int nickname_mark_before(const char *name, const char *at) {
    if (at == name) return 0;
    if (at[-1] == '"' || at[-1] == '\'') return 1;
    /* U+201C and U+2018 end with the bytes 0x9C and 0x98 */
    return at - name >= 3 && (unsigned char)at[-3] == 0xE2 && (unsigned char)at[-2] == 0x80 &&
           ((unsigned char)at[-1] == 0x9C || (unsigned char)at[-1] == 0x98);
}

/* The bytes of the quotation mark that closes a nickname at `at`
 * (", ', U+201D, U+2019), 0 when none closes there. */
static size_t nickname_close_at(const char *at) {
    if (*at == '"' || *at == '\'') return 1;
    return (unsigned char)at[0] == 0xE2 && (unsigned char)at[1] == 0x80 &&
                   ((unsigned char)at[2] == 0x9D || (unsigned char)at[2] == 0x99)
               ? 3
               : 0;
}

/* Removes the first nickname of `name`, in place: a mark after a space,
 * words, a closing mark and a space. */
static void drop_nickname(char *name) {
    for (char *open = strchr(name, ' '); open; open = strchr(open + 1, ' ')) {
        const unsigned char *mark = (const unsigned char *)open + 1;
        size_t opening = *mark == '"' || *mark == '\''                                        ? 1
                         : mark[0] == 0xE2 && mark[1] == 0x80 && (mark[2] == 0x9C || mark[2] == 0x98) ? 3
                                                                                                    : 0;
        if (!opening) continue;
        const char *words = open + 1 + opening;
        for (const char *at = words; *at && at - words < 48; at++) {
            size_t close = nickname_close_at(at);
            if (!close) continue;
            if (at == words || at[close] != ' ') break;
            memmove(open + 1, at + close + 1, strlen(at + close + 1) + 1);
            return;
        }
    }
}

/* Whether `name` holds a letter and no small one. */
static int all_capitals(const char *name) {
    int letter = 0;
    for (const char *c = name; *c; c++) {
        if (*c >= 'a' && *c <= 'z') return 0;
        letter |= *c >= 'A' && *c <= 'Z';
    }
    return letter;
}

/* "LYDIA FENWORTH" as "Lydia Fenworth", in place: each word's first
 * letter, and one after a hyphen or an apostrophe ("O'Brien",
 * "Okafor-Lind"), stays a capital. The small letter of a capital is never
 * longer in UTF-8 here: the name is kept as it is when it would be. */
static void name_in_title_case(char *name) {
    char out[256];
    size_t n = strlen(name), o = 0, len;
    if (n >= sizeof out) return;
    int opens = 1;
    for (size_t i = 0; i < n; i += len) {
        uint32_t cp = quoth_utf8_decode((const unsigned char *)name + i, n - i, &len);
        uint32_t small = opens ? cp : (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
        char buf[4];
        size_t m = quoth_utf8_encode(small, buf);
        if (m != len) return;
        memcpy(out + o, buf, m);
        o += m;
        opens = cp == ' ' || cp == '-' || cp == '\'' || cp == 0x2019;
    }
    memcpy(name, out, o);
}

/* Whether an all-capitals name is a person's in a transcript's capitals
 * rather than letters ("AOC"): two words, or one of four letters. */
static int shouted_name(const char *name) {
    return strchr(name, ' ') || strlen(name) >= 4;
}

int quoth_names_in_small_letters(quoth_resolver *r) {
    quoth_speaker_table *t = r->t;
    /* most documents name no one in capitals: asked of the speakers once,
     * not of every run */
    int shouted = 0;
    for (size_t k = 0; k < t->n && !shouted; k++)
        shouted = t->s[k].kind == QUOTH_KIND_PERSON && t->s[k].name != UINT32_MAX && all_capitals(t->arena + t->s[k].name);
    if (!shouted) return 0;
    for (size_t j = 0; j < t->n_runs; j++) {
        const quoth_name_run *run = &t->runs[j];
        if (run->speaker < 0) continue;
        quoth_speaker *sp = &t->s[run->speaker];
        if (sp->kind != QUOTH_KIND_PERSON || sp->name == UINT32_MAX || !all_capitals(t->arena + sp->name)) continue;
        size_t start = r->p.t[run->first].start, end = r->p.t[run->end - 1].end;
        const char *name = t->arena + sp->name;
        if (strlen(name) != end - start || strncasecmp(name, r->text + start, end - start) != 0 ||
            memcmp(name, r->text + start, end - start) == 0)
            continue;
        int rc = quoth_add_string(r, start, end, &sp->name);
        if (rc) return rc;
    }
    /* named in capitals only: as a name is written */
    for (size_t k = 0; k < t->n; k++) {
        quoth_speaker *sp = &t->s[k];
        if (sp->kind != QUOTH_KIND_PERSON || sp->name == UINT32_MAX) continue;
        char *name = t->arena + sp->name;
        if (all_capitals(name) && shouted_name(name)) name_in_title_case(name);
    }
    return 0;
}

void quoth_names_without_nicknames(quoth_speaker_table *t) {
    for (size_t k = 0; k < t->n; k++)
        if (t->s[k].kind != QUOTH_KIND_ORGANIZATION && t->s[k].name != UINT32_MAX) /* a person's, or of no kind */
            drop_nickname(t->arena + t->s[k].name);
}

/* The person among the latest speakers whose name holds the run's one
 * word as a nickname in quotation marks ("Tank said" after Bill "Tank"
 * Morrison, the fourteenth audit's, had been a speaker of its own), of a
 * gender that fits; -1 when none. */
static int32_t nickname_alone_holder(const quoth_resolver *r, const quoth_name_run *run, int gender) {
    if (run->end != run->first + 1) return -1;
    const quoth_token *t = &r->p.t[run->first];
    const char *word = r->text + t->start;
    size_t n = t->end - t->start;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        if (!person_fits(sp, 3, gender)) continue;
        const char *name = st->arena + sp->name;
        for (const char *at = strchr(name, word[0]); at; at = strchr(at + 1, word[0]))
            if (strncmp(at, word, n) == 0 && nickname_mark_before(name, at) &&
                (at[n] == '"' || at[n] == '\'' || (unsigned char)at[n] == 0xE2))
                return (int32_t)k;
    }
    return -1;
}

/* Whether a one-word run whose own words call it no body (the entity
 * tagger's guess, "Last month Furrowlight announced") is still the
 * one-word body `body` of that word, introduced as one beside a body's
 * noun ("Furrowlight, the start-up ..."; it had been a person of its own,
 * and "the company" had found the body, not "Furrowlight"): nothing makes
 * it a person, no honorific, title or given name before it, and no person
 * bears the word as a surname. A body only the entity tagger made one
 * ("the Trump campaign") is no such introduction. */
static int bare_mention_of_body(const quoth_resolver *r, const quoth_name_run *run, int gender,
                                const quoth_speaker *body) {
    const quoth_speaker_table *t = r->t;
    quoth_name_run introduced = {.first = body->first_token, .end = body->first_token + 1};
    if (run->end != run->first + 1 || gender || given_name(r, run->first) ||
        (run->first > 0 && (r->p.t[run->first - 1].lex & (LEX_TITLE | LEX_HONORIFIC))) ||
        !(quoth_run_apposed_to_body(r, &introduced) || quoth_after_body_noun_comma(r, &introduced) ||
          quoth_employer_after_title(r, &introduced)))
        return 0;
    size_t walked = 0;
    for (uint32_t s = t->head[quoth_surname_bucket(t, body->surname)]; s != NO_SPEAKER && walked < QUOTH_SURNAME_WALK_MAX;
         s = t->next[s]) {
        if (t->s[s].surname != body->surname) continue;
        walked++;
        if (t->s[s].kind == QUOTH_KIND_PERSON) return 0;
    }
    return 1;
}

/* What the document holds that some searches for a one-word name's
 * speaker need, asked once: the searches run only then. */
typedef struct single_name_searches {
    int two_surnames, family_first, companies, article_surnames;
} single_name_searches;

/* The speaker of run k that a name beside it or before it says: a couple's
 * or a family's shared surname, an alias, a knight's given name. Leaves
 * run->speaker negative when none does. 0 or QUOTH_ERR_NOMEM. */
static int speaker_of_related_name(quoth_resolver *r, size_t k) {
    quoth_speaker_table *t = r->t;
    quoth_name_run *run = &t->runs[k];
    uint32_t shared = k + 1 < t->n_runs ? shared_surname_person(r, run, &t->runs[k + 1]) : NO_SPEAKER;
    if (shared != NO_SPEAKER) {
        run->speaker = (int32_t)shared;
        run->how = QUOTH_RESOLVED_NAME;
        return 0;
    }
    uint32_t family = relative_surname(r, run);
    if (family) {
        int rc = new_family_speaker(r, run, family, &run->speaker);
        if (rc) return rc;
        run->how = QUOTH_RESOLVED_NAME;
        return 0;
    }
    if (k + 1 < t->n_runs && couple_first_name(r, run, &t->runs[k + 1])) {
        int rc = new_couple_speaker(r, run, &t->runs[k + 1], &run->speaker);
        if (rc) return rc;
        run->how = QUOTH_RESOLVED_NAME;
        return 0;
    }
    /* an alias of one word ("Patrick Dunleavy, known as Knuckles,"), as
     * of several (group_full_name()): it had been a person of its own */
    uint32_t alias = alias_holder(r, run);
    if (alias != NO_SPEAKER) note_alias(r, run);
    else if (r->aliases) alias = alias_repeated(r, run);
    if (alias != NO_SPEAKER) {
        run->speaker = (int32_t)alias;
        run->how = QUOTH_RESOLVED_NAME;
        return 0;
    }
    if ((run->speaker = knighted_person(r, run)) >= 0) {
        run->how = QUOTH_RESOLVED_SURNAME;
        learn_gender(r, run);
    }
    return 0;
}

/* The speaker of run k among those of its word as a surname, of a gender
 * that fits: a person, or an organization of that word. */
static void speaker_by_surname(quoth_resolver *r, size_t k, int gender) {
    quoth_speaker_table *t = r->t;
    quoth_name_run *run = &t->runs[k];
    uint64_t h = lower_hash(r, run->first);
    int kind = -1; /* the run's own, made only when an organization shares its word */
    int bare = -1; /* bare_mention_of_body(), likewise */
    size_t walked = 0;
    for (uint32_t s = t->head[quoth_surname_bucket(t, h)];
         s != NO_SPEAKER && run->speaker < 0 && walked < QUOTH_SURNAME_WALK_MAX; s = t->next[s]) {
        if (t->s[s].surname != h) continue;
        walked++;
        /* an organization of one word is that word again when it is
         * one again ("Iowa", "Democrats"): without this each mention
         * made one more speaker in this bucket, and a long document's
         * lookups grew with the square of its mentions */
        if (t->s[s].kind == QUOTH_KIND_ORGANIZATION && kind < 0) kind = quoth_run_kind(r, run);
        if (t->s[s].kind == QUOTH_KIND_ORGANIZATION && t->s[s].name_words == 1 && kind != QUOTH_KIND_ORGANIZATION &&
            bare < 0)
            bare = bare_mention_of_body(r, run, gender, &t->s[s]);
        if (t->s[s].kind == QUOTH_KIND_ORGANIZATION
                ? (t->s[s].name_words == 1 || newspaper_short_name(r, run)) &&
                      (kind == QUOTH_KIND_ORGANIZATION || (t->s[s].name_words == 1 && bare == 1) ||
                       /* "the Ledger" after "The Northern Ledger", whatever its own
                        * words make of it (it had been a person; the eighteenth audit's) */
                       (t->s[s].name_words >= 2 && newspaper_short_name(r, run)))
                : gender_fits(t->s[s].gender, gender)) {
            run->speaker = (int32_t)s;
            run->how = t->s[s].kind == QUOTH_KIND_ORGANIZATION ? QUOTH_RESOLVED_ORGANIZATION
                       : t->s[s].name_words >= 2               ? QUOTH_RESOLVED_SURNAME
                                                               : QUOTH_RESOLVED_NAME;
        }
    }
    if (run->speaker >= 0 && gender && t->s[run->speaker].kind == QUOTH_KIND_PERSON)
        run->speaker = salient_namesake(r, k, h, gender, run->speaker);
    if (run->speaker >= 0 && t->s[run->speaker].kind == QUOTH_KIND_PERSON)
        run->speaker = namesake_by_age(r, run, h, run->speaker);
    /* "Hackers stole data, Telvara admits ... Telecoms operator
     * Telvara said": a one-word name first met with nothing to tell
     * its kind, then beside a body's noun, is that body */
    if (run->speaker >= 0 && t->s[run->speaker].name_words == 1 && !t->s[run->speaker].gender &&
        ((t->s[run->speaker].kind == QUOTH_KIND_PERSON &&
          (quoth_run_apposed_to_body(r, run) || quoth_after_body_noun_comma(r, run))) ||
         /* "Skyvia adds 14 winter routes ... Budget carrier Skyvia will
          * launch", a headline's name of no kind (the thirty-fifth
          * audit's) */
         (t->s[run->speaker].kind != QUOTH_KIND_ORGANIZATION && quoth_introduced_by_body_noun(r, run)))) {
        t->s[run->speaker].kind = QUOTH_KIND_ORGANIZATION;
        run->how = QUOTH_RESOLVED_ORGANIZATION;
    }
}

/* The speaker of a run its surname found none for: a person by a
 * surname of two, family name first, by a given name, without an article;
 * an organization by initials or by its first word; a nickname's holder; a
 * near miss of a name. */
static void speaker_by_other_clues(quoth_resolver *r, quoth_name_run *run, int gender, const single_name_searches *d) {
    if (run->speaker < 0 && d->two_surnames && (run->speaker = paternal_surname_person(r, run, gender, 0)) >= 0)
        run->how = QUOTH_RESOLVED_SURNAME;
    if (run->speaker < 0 && d->two_surnames && (run->speaker = family_name_after_given(r, run, gender)) >= 0)
        run->how = QUOTH_RESOLVED_SURNAME;
    if (run->speaker < 0 && (run->speaker = hyphen_first_surname_person(r, run, gender)) >= 0)
        run->how = QUOTH_RESOLVED_SURNAME;
    if (run->speaker < 0 && d->family_first && run->end == run->first + 1 &&
        (run->speaker = quoth_family_name_first_person(r, run->first, gender)) >= 0)
        run->how = QUOTH_RESOLVED_SURNAME;
    if (run->speaker < 0 && (run->speaker = person_by_second_malay_name(r, run, gender)) >= 0)
        run->how = QUOTH_RESOLVED_SURNAME;
    if (run->speaker < 0 && (run->speaker = person_by_given_name(r, run, gender)) >= 0)
        run->how = QUOTH_RESOLVED_SURNAME;
    if (run->speaker < 0 && d->article_surnames &&
        (run->speaker = person_by_surname_without_article(r, run, gender)) >= 0)
        run->how = QUOTH_RESOLVED_SURNAME;
    if (run->speaker < 0 && (run->speaker = organization_by_initials(r, run, quoth_known_org_of(r, run) != NULL)) >= 0)
        run->how = QUOTH_RESOLVED_ORGANIZATION;
    if (run->speaker < 0 && (run->speaker = body_of_stated_initials(r, run)) >= 0)
        run->how = QUOTH_RESOLVED_ORGANIZATION;
    if (run->speaker < 0 && d->companies && (run->speaker = company_by_first_word(r, run)) >= 0)
        run->how = QUOTH_RESOLVED_ORGANIZATION;
    if (run->speaker < 0 && (run->speaker = team_by_last_word(r, run)) >= 0) run->how = QUOTH_RESOLVED_ORGANIZATION;
    if (run->speaker < 0 && (run->speaker = body_by_head_word(r, run)) >= 0) run->how = QUOTH_RESOLVED_ORGANIZATION;
    if (run->speaker < 0 && r->nicknames && (run->speaker = nickname_alone_holder(r, run, gender)) >= 0)
        run->how = QUOTH_RESOLVED_NAME;
    /* a first surname that is a given name too, when nobody else holds it:
     * "Santiago" after "Aurelia Santiago Velasco" (the hundred-and-third
     * audit's; it had been a person of its own) */
    if (run->speaker < 0 && d->two_surnames && (run->speaker = paternal_surname_person(r, run, gender, 1)) >= 0)
        run->how = QUOTH_RESOLVED_SURNAME;
    if (run->speaker < 0 && (run->speaker = near_miss(r, run->first, gender)) >= 0) {
        run->how = QUOTH_RESOLVED_SPELLING;
        if (!may_be_misspelt(r, run)) run->speaker = -1; /* asked only of the few near misses */
    }
}

int quoth_group_single_names(quoth_resolver *r) {
    quoth_speaker_table *t = r->t;
    single_name_searches d = {.two_surnames = has_two_surname_people(t),
                              .family_first = has_family_name_first_people(t),
                              .companies = has_company_names(r),
                              .article_surnames = has_article_surname_people(t)};
    for (size_t k = 0; k < t->n_runs; k++) {
        quoth_name_run *run = &t->runs[k];
        if (run->speaker >= 0) continue;
        int rc = speaker_of_related_name(r, k);
        if (rc) return rc;
        if (run->speaker >= 0) continue;
        int gender = quoth_honorific_gender(r, run);
        speaker_by_surname(r, k, gender);
        speaker_by_other_clues(r, run, gender, &d);
        /* "TRAVIGAS AND NORDGAS FAIL ..." then "Travigas said": a name of
         * one word takes the case the text writes it in, as one of several
         * words does (it had stayed "TRAVIGAS"; the twenty-first audit's) */
        if (run->speaker >= 0 && (rc = prefer_written_case(r, &t->s[run->speaker], run))) return rc;
        if (run->speaker < 0) {
            rc = quoth_new_speaker(r, run, quoth_run_kind(r, run), &run->speaker);
            if (rc) return rc;
            run->how = t->s[run->speaker].kind == QUOTH_KIND_ORGANIZATION ? QUOTH_RESOLVED_ORGANIZATION
                                                                          : QUOTH_RESOLVED_NAME;
        }
        learn_gender(r, run);
    }
    return 0;
}

/* The person that opens the sentence at `first` as its subject, a name
 * run that starts there, or -1. */
static int32_t person_opening(const quoth_resolver *r, size_t first) {
    size_t k = quoth_first_run_ending_after(r->t, first);
    if (k >= r->t->n_runs || r->t->runs[k].lead != first || r->t->runs[k].speaker < 0) return -1;
    int32_t s = r->t->runs[k].speaker;
    return r->t->s[s].kind == QUOTH_KIND_PERSON ? s : -1;
}

/* The subject of a sentence opened at `first` that "is" or "was" a role
 * follows: a person's name, or "He" or "She" for the person who opened
 * the sentence before and fits it; -1 otherwise. *verb is set to the
 * verb. */
static int32_t copula_subject(const quoth_resolver *r, size_t first, size_t *verb) {
    const quoth_token *t = r->p.t;
    int32_t s = person_opening(r, first);
    if (s >= 0) {
        size_t k = quoth_first_run_ending_after(r->t, first);
        *verb = r->t->runs[k].end;
        return s;
    }
    int he = quoth_word_is(&r->p, first, "he"), she = quoth_word_is(&r->p, first, "she");
    if ((!he && !she) || first == 0 || t[first].quote_depth) return -1;
    *verb = first + 1;
    s = person_opening(r, quoth_sentence_first(&r->p, first - 1));
    if (s < 0 || (he && r->t->s[s].gender == 2) || (she && r->t->s[s].gender == 1)) return -1;
    return s;
}

int quoth_roles_from_copulas(quoth_resolver *r) {
    const quoth_phrases *p = &r->p;
    const quoth_token_list *tl = p->tl;
    for (size_t n = 0; n < tl->n_sent; n++) {
        size_t first = tl->sent[n].first, end = first + tl->sent[n].count, verb;
        if (end - first < 5 || r->p.t[first].quote_depth) continue;
        int32_t s = copula_subject(r, first, &verb);
        if (s < 0 || r->t->s[s].role != UINT32_MAX || verb + 2 >= end ||
            !(quoth_word_is(p, verb, "is") || quoth_word_is(p, verb, "was")) ||
            !(quoth_word_is(p, verb + 1, "the") || quoth_word_is(p, verb + 1, "a") || quoth_word_is(p, verb + 1, "an")))
            continue;
        /* the role's words, to the sentence's end: "the prosecution's
         * central witness." */
        size_t stop = end;
        while (stop > verb + 2 && (r->p.t[stop - 1].flags & TOK_PUNCT)) stop--;
        size_t head = stop - 1;
        if (stop - (verb + 2) > 6 || (r->p.t[head].flags & TOK_CAPITALIZED) || quoth_coarse(p, head) != CT_NOUN ||
            !((r->p.t[head].lex & LEX_TITLE) || (quoth_name_classes_at(r, head) & (NAME_ROLE | NAME_PERSON_NOUN))))
            continue;
        int plain = 1; /* nouns, adjectives and possessives only */
        for (size_t i = verb + 2; i < stop && plain; i++) {
            int c = quoth_coarse(p, i);
            plain = c == CT_NOUN || c == CT_ADJ || c == CT_PROPN || quoth_possessive(p, i);
        }
        if (!plain) continue;
        quoth_speaker *sp = &r->t->s[s];
        int rc = quoth_add_string(r, r->p.t[verb + 2].start, r->p.t[head].end, &sp->role);
        if (rc) return rc;
        if (!sp->gender) sp->gender = (uint8_t)quoth_gender_of_role(quoth_speaker_string(r->t, sp->role));
    }
    return 0;
}
