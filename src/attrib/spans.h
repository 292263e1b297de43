/*
 * spans.h - what the three files that set each attribution's spans right
 * share: spans.c runs the passes (quoth_attribution_infer_sources()), reads
 * each statement first and finds a source for the cues that lack one;
 * spans_sources.c mends the sources, spans_content.c the cues and the
 * contents. The rules are called once an attribution or a document; the
 * small helpers that they call for each token are inline. Internal to
 * src/attrib.
 */
#ifndef QUOTH_ATTRIB_SPANS_H
#define QUOTH_ATTRIB_SPANS_H

#include <stddef.h>
#include <stdint.h>

#include "attrib/attribution.h"
#include "attrib/phrase.h"

/* Whether token i is a form of "be". */
static inline int quoth_is_be(const quoth_phrases *p, size_t i) {
    static const char *const BE[] = {"is", "was", "be", "been", "are", "were", "being"};
    return quoth_word_in(p, i, BE, sizeof BE / sizeof *BE);
}

/* The first of the cue modifiers ("has", "also", "did not") right before
 * token i, at most three of them and not before `limit`: where a cue
 * that ends at i starts. */
static inline size_t quoth_modifiers_before(const quoth_phrases *p, size_t i, size_t limit) {
    size_t lead = i;
    while (lead > limit && i - lead < 4 && quoth_is_cue_modifier(p, lead - 1)) lead--;
    return lead;
}

/* Token i belongs to an attribution of `list` near the k-th (the list is
 * in text order; a few either way are enough, and keep this linear). */
static inline int quoth_taken_near(const quoth_attribution_list *list, size_t k, size_t i) {
    enum { LOOK = 8 };
    quoth_tspan t = {(uint32_t)i, (uint32_t)i + 1};
    size_t lo = k > LOOK ? k - LOOK : 0, hi = k + LOOK < list->n ? k + LOOK : list->n - 1;
    for (size_t j = lo; j <= hi; j++) {
        const quoth_attribution *o = &list->a[j];
        if (j == k) continue;
        if (quoth_tspan_overlaps(o->cue, t) || quoth_tspan_overlaps(o->source, t) ||
            quoth_tspan_overlaps(o->content[0], t) || (o->n_content > 1 && quoth_tspan_overlaps(o->content[1], t)))
            return 1;
    }
    return 0;
}

/* The participle of a passive in or right before a cue ("was asked",
 * "is widely expected"), or `end` when there is none. */
static inline size_t quoth_passive_participle(const quoth_phrases *p, quoth_tspan cue) {
    size_t start = cue.first;
    while (start > 0 && cue.first - start < 3 && quoth_coarse(p, start - 1) == CT_ADV) start--;
    for (size_t i = start > 0 ? start - 1 : 0; i + 1 < cue.end; i++) {
        if (!quoth_is_be(p, i)) continue;
        size_t v = i + 1;
        while (v + 1 < cue.end && quoth_coarse(p, v) == CT_ADV) v++;
        if (v >= cue.first) return v;
    }
    return cue.end;
}

/* ------------------------------------------------------ spans_sources.c */

/* The source of list->a[k] set right (its extent, and the words it shares
 * with the cue and the content), the attributions before it mended
 * already: the second pass's first steps. */
void quoth_spans_mend_source(const quoth_attrib_input *in, const quoth_phrases *p, quoth_attribution_list *list,
                             size_t k);

/* "issued a statement saying": the one who issued it is the source, and
 * the cue all of it. The second pass's last step, after the cue's and the
 * content's. */
void quoth_spans_sender_of_document(const quoth_phrases *p, quoth_attribution *a);

/* A subject found for a cue that had no source, mended as the tagger's
 * sources are: it may be a date, a party label or a relative clause's
 * "who". */
void quoth_spans_mend_found_source(const quoth_attrib_input *in, const quoth_phrases *p, quoth_attribution *a);

/* ------------------------------------------------------ spans_content.c */

/* a's cue (its punctuation, prepositions and particles) and where its
 * content starts and ends, set right once its source is. */
void quoth_spans_mend_cue_and_content(const quoth_phrases *p, quoth_attribution *a);

/* The contents of the list that a parenthetical source and cue or a
 * judged subject cut in two, and those that run on into a later
 * sentence's: once every source is found. */
void quoth_spans_contents_in_parts(const quoth_phrases *p, const uint8_t *pos_flags, quoth_attribution_list *list);

#endif
