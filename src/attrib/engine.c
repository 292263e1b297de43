/*
 * engine.c - the library's front door: one document through every stage.
 *
 *   repair UTF-8 -> tokens -> sentences, paragraphs -> word classes ->
 *   part-of-speech tags -> quotations -> rules -> learned tagger ->
 *   types -> speakers -> quoth_quote records with code-point offsets
 *
 * The engine keeps every buffer between documents, so that once it has
 * seen a document of some size it allocates nothing more for the next.
 */
#include <stdlib.h>
#include <string.h>

#include "attrib/engine.h"

#include "attrib/attribution.h"
#include "attrib/learned.h"
#include "attrib/learned_features.h"
#include "attrib/quotes.h"
#include "attrib/speakers.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "tag/model.h"
#include "text/tokens.h"
#include "text/utf8.h"
#include "util/array.h"

const char *quoth_version(void) { return QUOTH_VERSION_STRING; }

const char *quoth_status_string(int status) {
    switch (status) {
    case QUOTH_OK: return "success";
    case QUOTH_ERR_NOMEM: return "out of memory";
    case QUOTH_ERR_IO: return "input/output error";
    case QUOTH_ERR_MODEL: return "model file is corrupt, truncated or of another version";
    case QUOTH_ERR_TOO_LARGE: return "input larger than the limit";
    case QUOTH_ERR_INVALID: return "invalid argument";
    case QUOTH_ERR_PARSE: return "malformed input";
    case QUOTH_ERR_EOF: return "end of input";
    case QUOTH_ERR_STORE: return "statement store error";
    default: return "unknown error";
    }
}

quoth_engine *quoth_engine_new(const quoth_model *model, unsigned flags) {
    if (!model) return NULL;
    quoth_engine *e = calloc(1, sizeof *e);
    if (!e) return NULL;
    e->model = model;
    e->flags = flags;
    /* see quoth_attrib_input.pos_flags */
    static const struct {
        const char *tag;
        uint8_t flag;
    } FLAGS[] = {{"VBD", QUOTH_POS_FINITE},
                 {"VBZ", QUOTH_POS_FINITE},
                 {"VBP", QUOTH_POS_FINITE},
                 {"MD", QUOTH_POS_FINITE},
                 {"NNS", QUOTH_POS_PLURAL},
                 {"NNPS", QUOTH_POS_PLURAL_PROPER | QUOTH_POS_PLURAL}};
    for (size_t k = 0; model->has_pos && k < sizeof FLAGS / sizeof *FLAGS; k++) {
        int id = quoth_pos_tag_id(&model->pos, FLAGS[k].tag);
        if (id >= 0 && id < 256) e->pos_flags[id] |= FLAGS[k].flag;
    }
    return e;
}

void quoth_engine_free(quoth_engine *e) {
    if (!e) return;
    quoth_clean_text_free(&e->text);
    quoth_token_list_free(&e->tokens);
    quoth_quotation_list_free(&e->quotations);
    quoth_attribution_list_free(&e->attributions);
    quoth_speaker_table_free(&e->speakers);
    free(e->used);
    free(e->words);
    free(e->infos);
    free(e->pos_dict);
    free(e->entity_dict);
    free(e->word_block);
    free(e->cue_rate);
    free(e->word_cache);
    quoth_pos_tag_rows_free(e->pos_rows);
    free(e->tags);
    free(e->pos_sentences);
    free(e->mentions);
    free(e->roles);
    free(e->labels);
    quoth_labeller_free(&e->labeller);
    quoth_parse_ws_free(&e->parse_ws);
    free(e->heads);
    quoth_attribution_list_free(&e->learned);
    quoth_attribution_list_free(&e->merged);
    free(e->doc.quotes);
    free(e->doc.spans);
    free(e->doc.strings);
    free(e);
}

/* ------------------------------------------------------------ tagging */

static uint32_t count_word(const void *ctx, const char *word, size_t len) {
    return quoth_lexicon_count((const quoth_lexicon *)ctx, word, len);
}

/* Without a tagger, a word class from spelling and the word lists. */
static quoth_coarse_tag guess_coarse(const quoth_token *t) {
    if (t->flags & TOK_PUNCT) return CT_PUNCT;
    if (t->lex & LEX_PRONOUN) return CT_PRON;
    if (t->lex & LEX_DETERMINER) return CT_DET;
    if ((t->lex & LEX_CUE) && (t->lex & (LEX_FORM_PAST | LEX_FORM_3SG | LEX_FORM_ING))) return CT_VERB;
    if (t->flags & TOK_DIGIT) return CT_NUM;
    if ((t->flags & TOK_CAPITALIZED) && !(t->flags & TOK_SENT_START)) return CT_PROPN;
    return CT_OTHER;
}

/* Room for one sentence's labels: tags, then entities. */
static int sentence_labels(quoth_engine *e, const quoth_sentence *s) {
    return QUOTH_RESERVE(e->tags, e->tags_cap, 2 * (size_t)s->count, 256);
}

/* The parser's view of one sentence: its words, and room for labels. */
static int sentence_words(quoth_engine *e, const quoth_sentence *s) {
    quoth_token_list *tl = &e->tokens;
    if (QUOTH_RESERVE(e->words, e->words_cap, s->count, 256) || sentence_labels(e, s))
        return QUOTH_ERR_NOMEM;
    for (uint32_t k = 0; k < s->count; k++) {
        e->words[k].s = quoth_token_norm(tl, s->first + k);
        e->words[k].len = tl->tok[s->first + k].norm_len;
    }
    return 0;
}

/* The per-token loops below read their arrays through locals: a store
 * of a byte may alias anything, so through e they had been loaded again
 * for every token. */

/* tags[k] = the part-of-speech tag of token first + k, k < n. */
static void tags_of_tokens(uint8_t *tags, const quoth_token *tok, uint32_t first, uint32_t n) {
    for (uint32_t k = 0; k < n; k++) tags[k] = tok[first + k].pos;
}

/* The document's tags, in one call of the tagger for all its sentences:
 * it then makes the first words of a sentence ready while it scores the
 * last of the one before (see quoth_pos_tag_sentences()). */
static int tag_sentences(quoth_engine *e) {
    const quoth_token_list *tl = &e->tokens;
    if (QUOTH_RESERVE(e->tags, e->tags_cap, tl->n, 256) ||
        QUOTH_RESERVE(e->pos_sentences, e->pos_sentences_cap, tl->n_sent, 64))
        return QUOTH_ERR_NOMEM;
    quoth_pos_span *spans = e->pos_sentences;
    for (size_t k = 0; k < tl->n_sent; k++) spans[k] = (quoth_pos_span){tl->sent[k].first, tl->sent[k].count};
    int rc = quoth_pos_tag_sentences(&e->model->pos, e->pos_rows, e->infos, e->pos_dict, spans, tl->n_sent, e->tags);
    if (rc) return rc;
    const uint8_t *tags = e->tags, *coarse_of_tag = e->model->coarse_of_tag;
    quoth_token *tok = e->tokens.tok;
    for (size_t k = 0; k < tl->n_sent; k++) {
        for (uint32_t i = spans[k].first, end = i + spans[k].count; i < end; i++) {
            tok[i].pos = tags[i];
            tok[i].coarse = coarse_of_tag[tags[i]];
        }
    }
    return 0;
}

/* How far into a sentence entity labels are read: past its last token
 * that a name run can hold (a name word, or a joiner just before one: see
 * quoth_speaker_name_token()); 0 when it has none. The tagger stops there,
 * since no label depends on a later one. */
static uint32_t entity_reach(const quoth_token_list *tl, const quoth_sentence *s) {
    for (uint32_t k = s->count; k-- > 0;) {
        size_t i = s->first + k;
        if (quoth_speaker_name_token(&tl->tok[i]) || (i + 1 < tl->n && quoth_speaker_name_token(&tl->tok[i + 1])))
            return k + 1;
    }
    return 0;
}

/* Entity labels (person, organization, place) for the sentences that hold
 * a source, where speaker resolution reads them: the rest of the text
 * never needs them, so it is not tagged. */
static int tag_source_entities(quoth_engine *e) {
    quoth_token_list *tl = &e->tokens;
    if (!e->model->has_entities) return 0;
    uint32_t done = UINT32_MAX;
    for (size_t k = 0; k < e->attributions.n; k++) {
        const quoth_attribution *a = &e->attributions.a[k];
        if (quoth_tspan_empty(a->source)) continue;
        uint32_t sid = tl->tok[a->source.first].sentence;
        if (sid == done) continue;
        const quoth_sentence *s = &tl->sent[sid];
        done = sid;
        uint32_t upto = entity_reach(tl, s);
        if (upto == 0) continue;
        int rc = sentence_labels(e, s);
        if (!rc) tags_of_tokens(e->tags, tl->tok, s->first, s->count);
        uint8_t *entities = e->tags + e->tags_cap / 2;
        /* the words' infos and dictionary entries as tag_tokens() made
         * them (an entity model comes with a POS model, so it has run) */
        if (!rc)
            rc = quoth_entity_tag_infos_dict(&e->model->entities, e->infos + s->first, e->entity_dict + s->first,
                                             e->tags, s->count, upto, entities);
        if (rc) return rc;
        quoth_token *tok = tl->tok + s->first;
        for (uint32_t i = 0; i < upto; i++) tok[i].entity = entities[i];
    }
    return 0;
}

/* Whether a sentence may hold an attribution: a cue word of the lists or
 * a quotation mark. Only those are parsed, so that the parser's cost is
 * paid where attributions are. (The learned cue rates are not asked: the
 * trainer parses before it has them, and must see what run time sees.) */
static int worth_parsing(const quoth_engine *e, const quoth_sentence *s) {
    for (uint32_t k = s->first; k < s->first + s->count; k++) {
        const quoth_token *t = &e->tokens.tok[k];
        if ((t->lex & (LEX_CUE | LEX_CUE_NOUN)) || (t->flags & TOK_QUOTE)) return 1;
    }
    return 0;
}

static int parse_sentence(quoth_engine *e, const quoth_sentence *s) {
    quoth_token_list *tl = &e->tokens;
    int rc = sentence_words(e, s);
    if (!rc) rc = QUOTH_RESERVE(e->heads, e->heads_cap, s->count, 256);
    if (!rc) tags_of_tokens(e->tags, tl->tok, s->first, s->count);
    uint8_t *rels = e->tags + e->tags_cap / 2;
    if (!rc) rc = quoth_parse(&e->model->parser, e->words, e->tags, s->count, &e->parse_ws, e->heads, rels);
    if (rc) return rc;
    const int32_t *heads = e->heads;
    quoth_token *tok = tl->tok + s->first;
    for (uint32_t i = 0, n = s->count; i < n; i++) {
        tok[i].head = heads[i] < 0 ? -1 : (int32_t)s->first + heads[i];
        tok[i].rel = rels[i];
    }
    return 0;
}

static int parse_sentences(quoth_engine *e) {
    quoth_token_list *tl = &e->tokens;
    for (size_t i = 0; i < tl->n; i++) {
        tl->tok[i].head = -1;
        tl->tok[i].rel = QUOTH_NO_REL;
    }
    if (!e->model->has_parser) return 0;
    for (size_t k = 0; k < tl->n_sent; k++) {
        if (!worth_parsing(e, &tl->sent[k])) continue;
        int rc = parse_sentence(e, &tl->sent[k]);
        if (rc) return rc;
    }
    return 0;
}

/* A token's word classes until the tagger has labelled: a word it never
 * learned with has LEX_LATE alone (reveal_late_classes()). */
static uint32_t tagger_classes(const quoth_model *m, uint64_t lower_hash) {
    uint32_t lex = quoth_word_classes_get(&m->classes, lower_hash);
    return lex & LEX_LATE ? LEX_LATE : lex;
}

/* Whether the attribution tagger's model finds its words by block
 * (word_rows.h), which the word cache then keeps. */
static int finds_words(const quoth_model *m) {
    return m->attrib && m->attrib->words.slots;
}

/* What the engine keeps with a word in its cache slot: its classes, its
 * entries in the taggers' dictionaries, and what the attribution tagger
 * finds of it. The dictionaries are keyed by the exact spelling, the
 * slot's identity, so a hit answers them too, where each tagger had probed
 * its dictionary (megabytes, up to half full) for every word; the
 * attribution tagger's answers are the lower-cased word's, so the
 * spelling's too, where its context had probed the window words' table
 * (and, for a word it does not list, the cue rates) for every token. */
static void fill_slot_extras(const quoth_model *m, quoth_word_cache_slot *slot, uint64_t lower_hash) {
    slot->extra = tagger_classes(m, lower_hash);
    slot->pos_dict = (uint8_t)quoth_pos_dict_entry(&m->pos, slot->info.word);
    slot->entity_dict = m->has_entities ? (uint8_t)quoth_entity_dict_entry(&m->entities, slot->info.word) : 0;
    slot->word_block = 0;
    slot->cue_rate = 0;
    if (finds_words(m))
        quoth_attrib_find_word(&m->attrib->words, &m->attrib->cue_rates, lower_hash, &slot->word_block,
                               &slot->cue_rate);
}

/* A word missed by the cache is looked up in up to five tables (its
 * classes, the two taggers' dictionaries, the attribution tagger's window
 * words and cue rates), each a cache miss: their lines are asked for as
 * soon as their keys are known, those of the lower-cased word before the
 * word's infos are made, and read some misses later (pending_word), so
 * that the misses overlap the work in between and each other. */
static void prefetch_lower_tables(const quoth_model *m, uint64_t lower_hash) {
    quoth_word_classes_prefetch(&m->classes, lower_hash);
    if (finds_words(m)) quoth_attrib_prefetch_word(&m->attrib->words, &m->attrib->cue_rates, lower_hash);
}

static inline __attribute__((always_inline)) void prefetch_dictionaries(const quoth_model *m, uint64_t word) {
    quoth_lexicon_prefetch(&m->pos.dict, word);
    if (m->has_entities) quoth_lexicon_prefetch(&m->entities.dict, word);
}

/* A token's word-cache slot, made its word's on a miss; the word's ends,
 * the slot's identity, in *first and *last. They are read without a
 * branch on its length when 8 bytes from its start are in the arena (all
 * but the last words of a document). */
static quoth_word_cache_slot *token_slot(const quoth_model *m, quoth_word_cache *cache, const quoth_token_list *tl,
                                         const quoth_token *t, uint64_t *first, uint64_t *last) {
    const char *s = tl->arena + t->norm;
    size_t len = t->norm_len;
    if (t->norm + (size_t)8 <= tl->arena_len) quoth_word_ends_readable8(s, len, first, last);
    else quoth_word_ends(s, len, first, last);
    quoth_word_cache_slot *slot = quoth_word_cache_slot_at(cache, t->lower_hash, *first);
    if (!quoth_word_cache_holds(slot, s, len, *first, *last)) {
        prefetch_lower_tables(m, t->lower_hash);
        quoth_word_cache_fill(slot, s, len, *first, *last);
        prefetch_dictionaries(m, slot->info.word);
    }
    return slot;
}

/* Where tag_tokens() writes what it finds of each token's word. */
typedef struct token_words {
    quoth_token *tok;
    quoth_word_info *infos;
    uint8_t *pos_dict, *entity_dict, *cue_rate;
    uint32_t *word_block;
} token_words;

/* Token i's classes and the rest of what a slot keeps with its word
 * (fill_slot_extras()); returns the classes. */
static inline uint32_t copy_extras(const token_words *out, size_t i, const quoth_word_cache_slot *slot) {
    out->pos_dict[i] = slot->pos_dict;
    out->entity_dict[i] = slot->entity_dict;
    out->word_block[i] = slot->word_block;
    out->cue_rate[i] = slot->cue_rate;
    return out->tok[i].lex = slot->extra;
}

/* A token whose slot had no extras yet (a word the cache missed, or met
 * again before its extras were found): they are found some misses later
 * (PENDING_WORDS), when the lines of the five tables they are read from,
 * asked for at the miss, have come, so that a miss's probes overlap the
 * tokens after it rather than stall the loop (they were a third of its
 * time, and the slot's own miss another). */
typedef struct pending_word {
    quoth_word_cache_slot *slot;
    size_t token;
    uint64_t first, last; /* the word's ends: whether the slot holds it still */
} pending_word;

#define PENDING_WORDS 8u

static uint32_t finish_pending(const quoth_model *m, const quoth_token_list *tl, const token_words *out,
                               const pending_word *p) {
    const quoth_token *t = &tl->tok[p->token];
    quoth_word_cache_slot *slot = p->slot;
    if (!quoth_word_cache_holds(slot, tl->arena + t->norm, t->norm_len, p->first, p->last)) {
        /* a later token's word took the slot: the extras are the token's alone */
        quoth_word_cache_slot own = {.info = out->infos[p->token]};
        fill_slot_extras(m, &own, t->lower_hash);
        return copy_extras(out, p->token, &own);
    }
    if (slot->extra == QUOTH_WORD_CACHE_NO_EXTRA) fill_slot_extras(m, slot, t->lower_hash);
    return copy_extras(out, p->token, slot);
}

static int tag_tokens(quoth_engine *e) {
    const quoth_model *m = e->model;
    quoth_token_list *tl = &e->tokens;
    uint32_t any = 0; /* the classes of all tokens, or-ed: is there a LEX_LATE */
    e->found_words = 0;
    if (!m->has_pos) {
        for (size_t i = 0; i < tl->n; i++) {
            any |= tl->tok[i].lex = tagger_classes(m, tl->tok[i].lower_hash);
            tl->tok[i].coarse = (uint8_t)guess_coarse(&tl->tok[i]);
        }
        e->late_words = (any & LEX_LATE) != 0;
        return 0;
    }
    if (QUOTH_RESERVE(e->infos, e->infos_cap, tl->n, 256) || QUOTH_RESERVE(e->pos_dict, e->pos_dict_cap, tl->n, 256) ||
        QUOTH_RESERVE(e->entity_dict, e->entity_dict_cap, tl->n, 256) ||
        QUOTH_RESERVE(e->word_block, e->word_block_cap, tl->n, 256) ||
        QUOTH_RESERVE(e->cue_rate, e->cue_rate_cap, tl->n, 256))
        return QUOTH_ERR_NOMEM;
    if (!e->word_cache && !(e->word_cache = calloc(1, sizeof *e->word_cache))) return QUOTH_ERR_NOMEM;
    if (!e->pos_rows && !(e->pos_rows = quoth_pos_tag_rows_new(&m->pos))) return QUOTH_ERR_NOMEM;
    /* The classes are the lower-cased word's, so the word's cache slot
     * keeps them too: one probe of the cache, most often a hit, serves
     * the infos, the classes and the dictionaries, where the classes'
     * table had been probed for every token. */
    const token_words out = {tl->tok, e->infos, e->pos_dict, e->entity_dict, e->cue_rate, e->word_block};
    pending_word pending[PENDING_WORDS];
    size_t n_pending = 0, n_finished = 0;
    for (size_t i = 0; i < tl->n; i++) {
        uint64_t first, last;
        quoth_word_cache_slot *slot = token_slot(m, e->word_cache, tl, &tl->tok[i], &first, &last);
        out.infos[i] = slot->info;
        if (slot->extra == QUOTH_WORD_CACHE_NO_EXTRA) {
            if (n_pending - n_finished == PENDING_WORDS)
                any |= finish_pending(m, tl, &out, &pending[n_finished++ % PENDING_WORDS]);
            pending[n_pending++ % PENDING_WORDS] = (pending_word){slot, i, first, last};
            continue;
        }
        any |= copy_extras(&out, i, slot);
    }
    while (n_finished < n_pending) any |= finish_pending(m, tl, &out, &pending[n_finished++ % PENDING_WORDS]);
    e->late_words = (any & LEX_LATE) != 0;
    e->found_words = finds_words(m);
    return tag_sentences(e);
}

/* ------------------------------------------------------------- output */

static quoth_span span_of(const quoth_engine *e, quoth_tspan ts) {
    const quoth_token *t = e->tokens.tok;
    quoth_span s;
    s.byte_start = t[ts.first].start;
    s.byte_end = t[ts.end - 1].end;
    s.start = quoth_clean_text_cp(&e->text, s.byte_start);
    s.end = quoth_clean_text_cp(&e->text, s.byte_end);
    return s;
}

static int add_mention(quoth_engine *e, const quoth_span *s, size_t *off) {
    quoth_doc *d = &e->doc;
    size_t n = s->byte_end - s->byte_start;
    if (QUOTH_RESERVE(d->strings, d->strings_cap, d->strings_len + n + 1, 256)) return QUOTH_ERR_NOMEM;
    *off = d->strings_len;
    memcpy(d->strings + d->strings_len, e->text.text + s->byte_start, n);
    d->strings[d->strings_len + n] = '\0';
    d->strings_len += n + 1;
    return 0;
}

/* Fills in the speaker fields; `mention` is an offset into doc->strings,
 * turned into a pointer once every string has been added. */
static void set_speaker(const quoth_engine *e, const quoth_attribution *a, quoth_quote *q) {
    q->resolved_by = (quoth_resolution)a->resolved_by;
    q->speaker_gender = (quoth_gender)a->source_gender;
    int32_t id = a->joint ? a->joint - 1 : a->speaker;
    if (id < 0) return;
    const quoth_speaker *sp = &e->speakers.s[id];
    q->speaker_name = quoth_speaker_string(&e->speakers, sp->name);
    q->speaker_role = quoth_speaker_string(&e->speakers, sp->role);
    q->speaker_kind = (quoth_speaker_kind)sp->kind;
    q->speaker_gender = sp->kind == QUOTH_KIND_ORGANIZATION ? QUOTH_GENDER_UNKNOWN : (quoth_gender)sp->gender;
}

static int build_output(quoth_engine *e) {
    quoth_doc *d = &e->doc;
    const quoth_attribution_list *l = &e->attributions;
    d->n_quotes = d->n_spans = d->strings_len = 0;
    if (QUOTH_RESERVE(d->quotes, d->cap_quotes, l->n, 256) ||
        QUOTH_RESERVE(d->spans, d->cap_spans, l->n * 3, 256) ||
        QUOTH_RESERVE(e->mentions, e->mentions_cap, l->n, 256))
        return QUOTH_ERR_NOMEM;
    size_t *mention = e->mentions;
    for (size_t k = 0; k < l->n; k++) {
        const quoth_attribution *a = &l->a[k];
        quoth_quote *q = &d->quotes[d->n_quotes++];
        memset(q, 0, sizeof *q);
        q->type = (quoth_quote_type)a->type;
        q->confidence = a->confidence;
        q->has_cue = !quoth_tspan_empty(a->cue);
        if (q->has_cue) q->cue = span_of(e, a->cue);
        size_t first = d->n_spans;
        if (!quoth_tspan_empty(a->source)) {
            d->spans[d->n_spans++] = span_of(e, a->source);
            q->n_sources = 1;
            if (add_mention(e, &d->spans[first], &mention[k])) return QUOTH_ERR_NOMEM;
        }
        for (int c = 0; c < a->n_content; c++)
            if (!quoth_tspan_empty(a->content[c])) {
                d->spans[d->n_spans++] = span_of(e, a->content[c]);
                q->n_contents++;
            }
        /* spans are fixed up below: the array may still move */
        q->sources = (const quoth_span *)(uintptr_t)first;
        set_speaker(e, a, q);
    }
    for (size_t k = 0; k < d->n_quotes; k++) {
        quoth_quote *q = &d->quotes[k];
        size_t first = (size_t)(uintptr_t)q->sources;
        q->sources = q->n_sources ? &d->spans[first] : NULL;
        q->contents = &d->spans[first + q->n_sources];
        q->speaker_mention = q->n_sources ? d->strings + mention[k] : NULL;
    }
    return 0;
}

/* ------------------------------------------------------------ extract */

int quoth_engine_analyze(quoth_engine *e, const char *text, size_t len) {
    int rc = quoth_clean_text_set(&e->text, text, len, 0);
    if (rc) return rc;
    const quoth_model *m = e->model;
    rc = quoth_tokenize(&e->tokens, e->text.text, e->text.len, m->has_words ? count_word : NULL,
                        &m->words);
    if (!rc) rc = quoth_split_sentences(&e->tokens);
    if (!rc) rc = tag_tokens(e);
    if (!rc) rc = parse_sentences(e);
    if (!rc) rc = quoth_find_quotations(&e->quotations, &e->tokens);
    return rc;
}

quoth_attrib_input quoth_engine_input(quoth_engine *e) {
    quoth_attrib_input in = {e->text.text,
                             &e->tokens,
                             &e->quotations,
                             e->model->has_parser ? &e->model->rels : NULL,
                             e->model->has_pos ? e->pos_flags : NULL,
                             &e->model->name_words,
                             e->found_words ? e->word_block : NULL,
                             e->found_words ? e->cue_rate : NULL};
    return in;
}

static void mark_roles(uint8_t *roles, const quoth_attribution *a) {
    for (uint32_t i = a->source.first; i < a->source.end; i++) roles[i] = RR_SOURCE;
    for (uint32_t i = a->cue.first; i < a->cue.end; i++) roles[i] = RR_CUE;
    uint8_t content = a->origin == ORIGIN_RULE_DIRECT ? RR_DIRECT_CONTENT : RR_INDIRECT_CONTENT;
    for (int c = 0; c < a->n_content; c++)
        for (uint32_t i = a->content[c].first; i < a->content[c].end; i++) roles[i] = content;
}

int quoth_engine_apply_rules(quoth_engine *e) {
    size_t n = e->tokens.n;
    if (QUOTH_RESERVE(e->used, e->used_cap, n + 1, 256) ||
        QUOTH_RESERVE(e->roles, e->roles_cap, n + 1, 256))
        return QUOTH_ERR_NOMEM;
    memset(e->used, 0, n);
    memset(e->roles, RR_NONE, n);
    e->attributions.n = 0;
    if (e->flags & QUOTH_NO_RULES) return 0;
    quoth_attrib_input in = quoth_engine_input(e);
    int rc = quoth_rules_attribute(&in, e->used, &e->attributions);
    for (size_t k = 0; !rc && k < e->attributions.n; k++) mark_roles(e->roles, &e->attributions.a[k]);
    return rc;
}

/* The tagger's attributions, merged with the rules': see
 * quoth_attribution_merge for who wins. */
static int apply_model(quoth_engine *e) {
    const quoth_attrib_model *m = e->model->attrib;
    size_t n = e->tokens.n;
    if (!m || (e->flags & QUOTH_RULES_ONLY)) return 0;
    if (QUOTH_RESERVE(e->labels, e->labels_cap, n + 1, 256)) return QUOTH_ERR_NOMEM;
    quoth_attrib_input in = quoth_engine_input(e);
    e->learned.n = 0;
    int rc = quoth_learned_label(m, &in, e->roles, &e->labeller, e->labels);
    if (!rc) rc = quoth_learned_decode(&in, e->labels, e->labeller.margin, &e->learned);
    quoth_token *tok = e->tokens.tok;
    const uint8_t *labels = e->labels;
    for (size_t i = 0; i < n; i++) tok[i].label = labels[i];
    if (!rc) rc = quoth_attribution_merge(&e->tokens, &e->attributions, &e->learned, e->used, &e->merged);
    if (rc) return rc;
    quoth_attribution_list swap = e->attributions;
    e->attributions = e->merged;
    e->merged = swap;
    return 0;
}

/* The tagger's attributions that end with neither a source nor a clause
 * whose speaker they take (QUOTH_RESOLVED_CONTEXT) say what without who:
 * on PolNeAR dev a fifth of them matched an attribution without a source,
 * and dropping them gains 0.012 who-said-what F1 for 0.005 content
 * overlap. The rules' own are kept, and so are those whose cue judges its
 * subject ("was asked", "appears to"), which PolNeAR leaves without a
 * source. Keeping every one would cost dev 0.013 who-said-what and 0.008
 * cue exact (train, where the tagger is in sample, gains cue exact). */
static void drop_unsourced(quoth_attribution_list *l) {
    size_t kept = 0;
    for (size_t k = 0; k < l->n; k++) {
        const quoth_attribution *a = &l->a[k];
        if (quoth_tspan_empty(a->source) && a->origin == ORIGIN_MODEL && a->resolved_by != QUOTH_RESOLVED_CONTEXT &&
            !a->subject_judged)
            continue;
        l->a[kept++] = *a;
    }
    l->n = kept;
}

/* The classes of the words the attribution tagger never learned with
 * (LEX_LATE), for every step after it. */
static void reveal_late_classes(quoth_engine *e) {
    quoth_token_list *tl = &e->tokens;
    /* most documents have none: the per-token scan is skipped */
    for (size_t i = 0; e->late_words && i < tl->n; i++)
        if (tl->tok[i].lex & LEX_LATE) tl->tok[i].lex = quoth_word_classes_get(&e->model->classes, tl->tok[i].lower_hash);
}

static int attribute(quoth_engine *e) {
    int rc = quoth_engine_apply_rules(e);
    if (!rc) rc = apply_model(e);
    if (rc) return rc;
    reveal_late_classes(e);
    quoth_attrib_input in = quoth_engine_input(e);
    quoth_attribution_infer_sources(&in, &e->attributions);
    if ((rc = quoth_attribution_split_citing(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_split_while(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_figure_estimates(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_split_and(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_split_semicolons(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_as_reported(&in, &e->attributions))) return rc;
    quoth_attribution_join_cue_inside_content(&in, &e->attributions);
    if ((rc = quoth_attribution_join_naming_participles(&in, &e->attributions))) return rc;
    quoth_attribution_drop_reversed(&in, &e->attributions);
    quoth_attribution_drop_adverbial(&in, &e->attributions);
    quoth_attribution_content_from_sentence_start(&in, &e->attributions);
    quoth_attribution_content_to_inverted_cue(&in, &e->attributions);
    if ((rc = quoth_attribution_inverted_openings(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_opinion_openings(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_source_openings(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_inverted_as(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_parenthetical_cues(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_trailing_participles(&in, &e->attributions))) return rc;
    quoth_attribution_said_in_documents(&in, &e->attributions);
    if ((rc = quoth_attribution_participle_reports(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_passive_reports(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_translated_cues(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_signed_quotations(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_quotations_closed_by_verb(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_dash_dialogue(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_reports_of_reports(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_court_heard(&in, &e->attributions))) return rc;
    if ((rc = quoth_attribution_anonymous_sources(&in, &e->attributions))) return rc;
    /* the confidences by origin and margin, once the attributions the
     * steps above made are there too */
    const quoth_attrib_model *m = e->model ? e->model->attrib : NULL;
    for (size_t k = 0; m && !(e->flags & QUOTH_RULES_ONLY) && k < e->attributions.n; k++)
        e->attributions.a[k].confidence = quoth_calibration_confidence(&m->calibration, &e->attributions.a[k]);
    quoth_attribution_set_types(&in, &e->attributions);
    if (!(e->flags & QUOTH_NO_SPEAKERS)) rc = tag_source_entities(e);
    if (!rc && !(e->flags & QUOTH_NO_SPEAKERS)) rc = quoth_resolve_speakers(&e->speakers, &in, &e->attributions);
    if (rc) return rc;
    drop_unsourced(&e->attributions);
    quoth_attribution_sort(&e->attributions);
    return 0;
}

int quoth_extract(quoth_engine *e, const char *text, size_t len, const quoth_doc **out) {
    if (!e || !out || (!text && len)) return QUOTH_ERR_INVALID;
    *out = NULL;
    if (!text) text = "";
    int rc = quoth_engine_analyze(e, text, len);
    if (!rc) rc = attribute(e);
    if (!rc) rc = build_output(e);
    if (rc) return rc;
    *out = &e->doc;
    return 0;
}

/* ------------------------------------------------------------ access */

static const quoth_engine *engine_of(const quoth_doc *d) {
    return (const quoth_engine *)((const char *)d - offsetof(quoth_engine, doc));
}

/* The accessors take a NULL document (what a failed quoth_extract() leaves
 * a caller who did not check it) as an empty one, rather than crash. */
const char *quoth_doc_text(const quoth_doc *d, size_t *len) {
    if (len) *len = d ? engine_of(d)->text.len : 0;
    return d ? engine_of(d)->text.text : "";
}

size_t quoth_doc_length(const quoth_doc *d) { return d ? engine_of(d)->text.n_codepoints : 0; }
size_t quoth_doc_repairs(const quoth_doc *d) { return d ? engine_of(d)->text.repairs : 0; }
size_t quoth_doc_token_count(const quoth_doc *d) { return d ? engine_of(d)->tokens.n : 0; }
size_t quoth_doc_sentence_count(const quoth_doc *d) { return d ? engine_of(d)->tokens.n_sent : 0; }
size_t quoth_doc_quote_count(const quoth_doc *d) { return d ? d->n_quotes : 0; }

const quoth_quote *quoth_doc_quote(const quoth_doc *d, size_t i) {
    return d && i < d->n_quotes ? &d->quotes[i] : NULL;
}

int quoth_doc_token(const quoth_doc *d, size_t i, quoth_token_info *out) {
    if (!d || !out) return QUOTH_ERR_INVALID;
    const quoth_engine *e = engine_of(d);
    const quoth_token_list *tl = &e->tokens;
    if (i >= tl->n) return QUOTH_ERR_INVALID;
    const quoth_token *t = &tl->tok[i];
    quoth_tspan ts = {(uint32_t)i, (uint32_t)i + 1};
    out->span = span_of(e, ts);
    out->norm = quoth_token_norm(tl, i);
    out->pos = e->model->has_pos ? quoth_pos_tag_name(&e->model->pos, t->pos) : NULL;
    out->label = quoth_attrib_label_name(t->label);
    out->sentence = t->sentence;
    out->paragraph = tl->sent[t->sentence].paragraph;
    out->quote_depth = t->quote_depth;
    out->navigation = tl->para[out->paragraph].navigation;
    out->head = t->head;
    out->relation = e->model->has_parser && t->rel != QUOTH_NO_REL ? quoth_parser_rel_name(&e->model->parser, t->rel) : NULL;
    return 0;
}
