/*
 * html_story.c - where the story is. The text is the article body: the
 * element marked itemprop=articleBody, else the largest <article> (on a
 * live blog, the parent of its entries), else <main>; on a page that
 * marks none of these, the element that holds the most paragraph text,
 * with its siblings that hold more of the story, and the whole <body> only
 * when nothing scores. Menus, sidebars and teasers hold many words but few
 * paragraphs, so the choice goes by measures of every element (how much
 * text, how much of it in links, how much in paragraphs), taken once for
 * the whole page and shared with the walk (html_text.c), which leaves out
 * the blocks that are mostly links.
 */
#include "io/html.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- measures */

static size_t node_hash(const GumboNode *n) {
    uint64_t h = (uint64_t)(uintptr_t)n * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 29);
}

static node_measure *measure_slot(measure_map *m, const GumboNode *n) {
    for (size_t i = node_hash(n) & m->mask;; i = (i + 1) & m->mask)
        if (m->slots[i].node == n || !m->slots[i].node) return &m->slots[i];
}

static int measure_grow(measure_map *m) {
    size_t cap = m->slots ? 2 * (m->mask + 1) : 1024;
    node_measure *old = m->slots;
    size_t old_cap = old ? m->mask + 1 : 0;
    m->slots = calloc(cap, sizeof *m->slots);
    if (!m->slots) {
        m->slots = old;
        m->nomem = 1;
        return 0;
    }
    m->mask = cap - 1;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i].node) *measure_slot(m, old[i].node) = old[i];
    free(old);
    return 1;
}

/* The entry of n, made if need be; NULL when out of memory. */
static node_measure *measure_of(measure_map *m, const GumboNode *n) {
    if ((!m->slots || (m->count + 1) * 2 > m->mask + 1) && !measure_grow(m)) return NULL;
    node_measure *e = measure_slot(m, n);
    if (!e->node) {
        e->node = n;
        m->count++;
    }
    return e;
}

/* The entry of n if it was measured (elements deeper than MAX_DEPTH and
 * dropped ones were not). */
const node_measure *quoth_html_measured(const measure_map *m, const GumboNode *n) {
    if (!m || !m->slots) return NULL;
    for (size_t i = node_hash(n) & m->mask;; i = (i + 1) & m->mask) {
        if (m->slots[i].node == n) return &m->slots[i];
        if (!m->slots[i].node) return NULL;
    }
}

static size_t visible_bytes(const char *s) {
    size_t n = 0;
    for (; *s; s++) n += !quoth_html_space((unsigned char)*s);
    return n;
}

/* A paragraph shorter than this (bytes of text outside links) is a label
 * or a menu's entry and adds nothing to its container's score. */
#define SCORED_PARAGRAPH_MIN 25

/* Credits the paragraph text of n (a <p>, or a block with no blocks
 * inside: many pages set each paragraph in a <div>, or a story's
 * paragraphs in one <td> parted by <br>s) to the container it stands in,
 * and half to the one around that (a story whose paragraphs each sit in a
 * wrapper of their own). */
static void credit_paragraph(measure_map *m, const GumboNode *n, size_t own) {
    if (own < SCORED_PARAGRAPH_MIN) return;
    const GumboNode *first = n->parent;
    node_measure *e;
    if (first && first->type == GUMBO_NODE_ELEMENT && (e = measure_of(m, first))) e->score += own;
    const GumboNode *second = first ? first->parent : NULL;
    if (second && second->type == GUMBO_NODE_ELEMENT && (e = measure_of(m, second))) e->score += own / 2;
}

typedef struct text_counts {
    size_t text, link, loose; /* loose: outside links and outside block children */
} text_counts;

static text_counts measure(measure_map *m, const GumboNode *n, int depth, int in_link);

static void measure_children(measure_map *m, const GumboNode *n, int depth, int in_link, text_counts *t) {
    const GumboVector *c = &n->v.element.children;
    for (unsigned i = 0; i < c->length; i++) {
        const GumboNode *k = c->data[i];
        if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_CDATA) {
            size_t v = visible_bytes(k->v.text.text);
            t->text += v;
            if (in_link) t->link += v;
            else t->loose += v;
        } else if (k->type == GUMBO_NODE_ELEMENT) {
            text_counts sub = measure(m, k, depth + 1, in_link || k->v.element.tag == GUMBO_TAG_A);
            t->text += sub.text;
            t->link += sub.link;
            if (!quoth_html_paragraph_like(k->v.element.tag)) t->loose += sub.loose;
        }
    }
}

static text_counts measure(measure_map *m, const GumboNode *n, int depth, int in_link) {
    text_counts t = {0, 0, 0};
    if (depth > MAX_DEPTH || quoth_html_dropped_element(n)) return t;
    measure_children(m, n, depth, in_link, &t);
    if (quoth_html_paragraph_like(n->v.element.tag)) credit_paragraph(m, n, t.loose);
    node_measure *e = measure_of(m, n);
    if (e) e->text = t.text, e->link = t.link;
    return t;
}

/* Measures the whole page at once, before the story's element is chosen:
 * the choice and the walk then look each element up (node_measure). */
void quoth_html_measure(measure_map *m, const GumboNode *root) { measure(m, root, 0, 0); }

/* A container or paragraph (not a heading: a headline may be a link to its
 * own page) whose text is mostly links: a list of related stories, of
 * topics, of sections. */
int quoth_html_link_heavy(const measure_map *m, const GumboNode *n) {
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 ||
        t == GUMBO_TAG_H6)
        return 0;
    const node_measure *e = quoth_html_measured(m, n);
    return e && e->text && e->link * 2 >= e->text;
}

/* ------------------------------------------------------ where the story is */

static size_t text_of(const measure_map *m, const GumboNode *n) {
    const node_measure *e = quoth_html_measured(m, n);
    return e ? e->text : 0;
}

/* A live blog sets each entry in an <article> of its own, side by side:
 * when the largest holds less than half of its siblings' text, the story
 * is their parent. */
static const GumboNode *live_blog_of(const measure_map *m, const GumboNode *largest) {
    const GumboNode *parent = largest->parent;
    if (!parent || parent->type != GUMBO_NODE_ELEMENT) return largest;
    size_t entries = 0, total = 0;
    const GumboVector *c = &parent->v.element.children;
    for (unsigned i = 0; i < c->length; i++) {
        const GumboNode *k = c->data[i];
        if (k->type != GUMBO_NODE_ELEMENT || k->v.element.tag != GUMBO_TAG_ARTICLE) continue;
        entries++;
        total += text_of(m, k);
    }
    return entries >= 3 && 2 * text_of(m, largest) < total ? parent : largest;
}

/* The element of highest score under n, in document order (the first of
 * equals). */
static void best_scored(const measure_map *m, const GumboNode *n, int depth, const GumboNode **best,
                        size_t *best_score) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > MAX_DEPTH) return;
    const node_measure *e = quoth_html_measured(m, n);
    if (!e) return; /* dropped, and all it holds */
    if (e->score > *best_score) *best = n, *best_score = e->score;
    const GumboVector *c = &n->v.element.children;
    for (unsigned i = 0; i < c->length; i++) best_scored(m, c->data[i], depth + 1, best, best_score);
}

static int same_attribute(const GumboNode *a, const GumboNode *b, const char *name) {
    const char *x = quoth_html_attr(a, name), *y = quoth_html_attr(b, name);
    return x && y && strcmp(x, y) == 0;
}

/* Whether k, a sibling of the element of highest score, holds more of the
 * story: the same tag and class (a story cut in two by an advertisement),
 * or a quarter of its score (the paragraphs shown before "Continue
 * reading" and those hidden after it). A column of teasers beside a story
 * scores half its summaries, which are short. */
static int story_sibling(const measure_map *m, const GumboNode *k, const GumboNode *best, size_t best_score) {
    if (k->v.element.tag == best->v.element.tag && same_attribute(k, best, "class")) return 1;
    const node_measure *e = quoth_html_measured(m, k);
    return e && 4 * e->score >= best_score;
}

/* A page that marks no article: the element that holds the most paragraph
 * text (credit_paragraph), with its siblings that hold more of the story
 * (story_sibling), rather than the whole body with its menus, sidebars and
 * teasers. */
static void scored_roots(const measure_map *m, const GumboNode *body, article_roots *r) {
    const GumboNode *best = NULL;
    size_t score = 0;
    best_scored(m, body, 0, &best, &score);
    if (!best || best == body || !best->parent || best->parent->type != GUMBO_NODE_ELEMENT) {
        r->nodes[r->n++] = body;
        return;
    }
    const GumboVector *c = &best->parent->v.element.children;
    size_t cap = sizeof r->nodes / sizeof *r->nodes;
    int best_in = 0;
    for (unsigned i = 0; i < c->length && r->n < cap; i++) {
        const GumboNode *k = c->data[i];
        int in = k == best || (k->type == GUMBO_NODE_ELEMENT && story_sibling(m, k, best, score));
        /* the last place is kept for the best one, whatever comes first */
        if (in && (k == best || best_in || r->n + 1 < cap)) r->nodes[r->n++] = k;
        best_in |= k == best;
    }
}

static int is_within(const GumboNode *n, const GumboNode *root) {
    for (int climb = MAX_DEPTH; n && climb--; n = n->parent)
        if (n == root) return 1;
    return 0;
}

/* Pages that set teasers in <article>s and their story in a <div> (an
 * aggregator's excerpt, a site whose cards are its only <article>s): the
 * largest <article> is a card, short, and an element outside it holds
 * twice its text in paragraphs. A story's own <article> is longer than
 * CARD_MAX, and what is left outside it is rarely paragraphs. */
#define CARD_MAX 500

static int card_only(const measure_map *m, const page_scan *p, const GumboNode *largest, size_t size) {
    if (size >= CARD_MAX || !p->body) return 0;
    const GumboNode *best = NULL;
    size_t score = 0;
    best_scored(m, p->body, 0, &best, &score);
    return best && score >= 2 * size && !is_within(best, largest) && !is_within(largest, best);
}

/* Where the article is: see the top of the file. */
void quoth_html_article_roots_of(const page_scan *p, const measure_map *m, const GumboNode *root, article_roots *r) {
    r->n = 0;
    if (p->article_body) {
        r->nodes[r->n++] = p->article_body;
        return;
    }
    const GumboNode *best = NULL;
    size_t best_size = 0;
    for (size_t i = 0; i < p->n_articles; i++) {
        size_t size = text_of(m, p->articles[i]);
        if (!best || size > best_size) best = p->articles[i], best_size = size;
    }
    if (best && best_size && card_only(m, p, best, best_size)) scored_roots(m, p->body, r);
    else if (best && best_size) r->nodes[r->n++] = live_blog_of(m, best);
    else if (p->main) r->nodes[r->n++] = p->main;
    else if (p->body) scored_roots(m, p->body, r);
    else r->nodes[r->n++] = root;
}
