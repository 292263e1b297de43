/*
 * html_text.c - the article of a web page as text (quoth_html_extract()):
 * the story's elements (html_story.c) walked without their furniture
 * (html_furniture.c), or the page's JSON-LD articleBody, when that is much
 * the longer (a paywall, a page its scripts fill in: prefer_article_body);
 * then the headline put first where the story's element lacks it, and
 * "Read also:" lines and repeated paragraphs dropped, which the walk could
 * not tell by their elements. White space collapses as a browser shows
 * it; block elements are separated by one blank line, and so are lines
 * that two <br>s part (one <br> breaks a line), so that the engine sees
 * paragraphs.
 */
#include "io/html.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- text buffer */

enum { GAP_NONE, GAP_SPACE, GAP_LINE, GAP_PARA };

typedef struct textbuf {
    char *p;
    size_t n, cap;
    int pending; /* the widest gap seen since the last character written */
    int nomem;
} textbuf;

static int tb_reserve(textbuf *b, size_t more) {
    if (b->nomem) return 0;
    if (b->n + more + 1 <= b->cap) return 1;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->n + more + 1) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) {
        b->nomem = 1;
        return 0;
    }
    b->p = p;
    b->cap = cap;
    return 1;
}

static void tb_gap(textbuf *b, int gap) {
    if (gap > b->pending) b->pending = gap;
}

/* Writes the pending gap before a character, none at the start. */
static void tb_flush_gap(textbuf *b) {
    static const char *const GAPS[] = {"", " ", "\n", "\n\n"};
    if (b->n && b->pending && tb_reserve(b, 2)) {
        size_t k = strlen(GAPS[b->pending]);
        memcpy(b->p + b->n, GAPS[b->pending], k);
        b->n += k;
    }
    b->pending = GAP_NONE;
}

/* Appends text with its white space collapsed; U+00A0 (&nbsp;) counts as
 * white space, as pages use it between words. */
static void tb_text(textbuf *b, const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (quoth_html_space(c)) {
            tb_gap(b, GAP_SPACE);
            i++;
            continue;
        }
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            tb_gap(b, GAP_SPACE);
            i += 2;
            continue;
        }
        size_t j = i + 1;
        while (j < n && !quoth_html_space((unsigned char)s[j]) && (unsigned char)s[j] != 0xC2) j++;
        tb_flush_gap(b);
        if (!tb_reserve(b, j - i)) return;
        memcpy(b->p + b->n, s + i, j - i);
        b->n += j - i;
        i = j;
    }
}

/* ------------------------------------------------------------------- text */

/* The walk over the article's elements: where its text goes, the element
 * it started from (never dropped by its own class: Substack's posts are
 * <article class="newsletter-post">), and the page's measures (none for
 * the markup of a JSON-LD articleBody). */
typedef struct page_walk {
    textbuf *b;
    const GumboNode *root;
    const measure_map *measures;
} page_walk;

/* Two <br>s in a row part paragraphs, as they do on pages that set a
 * story's paragraphs in one element; one breaks a line. */
static void tb_break(textbuf *b) { tb_gap(b, b->pending >= GAP_LINE ? GAP_PARA : GAP_LINE); }

/* The text of an element nested deeper than MAX_DEPTH (a page of 10,000
 * unclosed <div>s), without recursion: every text node in document order,
 * blocks apart, dropped elements left out. */
static void walk_flat(textbuf *b, const GumboNode *root) {
    typedef struct frame {
        const GumboNode *n;
        unsigned next;
    } frame;
    size_t cap = 64, top = 0;
    frame *st = malloc(cap * sizeof *st);
    if (!st) {
        b->nomem = 1;
        return;
    }
    st[top++] = (frame){root, 0};
    while (top) {
        frame *f = &st[top - 1];
        const GumboNode *n = f->n;
        if (f->next == 0) { /* entering n */
            if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) tb_text(b, n->v.text.text, strlen(n->v.text.text));
            else if (n->type == GUMBO_NODE_WHITESPACE) tb_gap(b, GAP_SPACE);
            if (n->type != GUMBO_NODE_ELEMENT || quoth_html_dropped_element(n)) {
                top--;
                continue;
            }
            if (n->v.element.tag == GUMBO_TAG_BR) tb_break(b);
            else if (quoth_html_block_tag(n->v.element.tag)) tb_gap(b, GAP_PARA);
        }
        const GumboVector *c = &n->v.element.children;
        if (f->next >= c->length) { /* leaving n */
            if (quoth_html_block_tag(n->v.element.tag)) tb_gap(b, GAP_PARA);
            top--;
            continue;
        }
        const GumboNode *child = c->data[f->next++];
        if (top == cap) {
            frame *grown = realloc(st, 2 * cap * sizeof *st);
            if (!grown) {
                b->nomem = 1;
                break;
            }
            st = grown;
            cap *= 2;
        }
        st[top++] = (frame){child, 0};
    }
    free(st);
}

/* Whether the walk leaves out a block and what it holds: "Read also:"
 * lines and labels, and lists or boxes that are mostly links. */
static int skipped_block(const page_walk *w, const GumboNode *n) {
    GumboTag tag = n->v.element.tag;
    if ((quoth_html_leaf_block_tag(tag) || (tag == GUMBO_TAG_DIV && !quoth_html_has_block_child(n))) &&
        quoth_html_navigation_block(n))
        return 1;
    const node_measure *e = quoth_html_measured(w->measures, n);
    /* a box that holds a label and nothing else ("Advertisements" over an
     * empty advertisement's slot) */
    if (e && e->text < FURNITURE_LABEL_MAX && quoth_html_whole_label(n)) return 1;
    return quoth_html_link_heavy(w->measures, n);
}

static void walk(const page_walk *w, const GumboNode *n, int depth) {
    textbuf *b = w->b;
    if (depth > MAX_DEPTH) {
        walk_flat(b, n);
        return;
    }
    switch (n->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA: tb_text(b, n->v.text.text, strlen(n->v.text.text)); return;
    case GUMBO_NODE_WHITESPACE: tb_gap(b, GAP_SPACE); return;
    case GUMBO_NODE_ELEMENT: break;
    default: return;
    }
    GumboTag tag = n->v.element.tag;
    if (n != w->root && quoth_html_dropped_element(n)) return;
    if (tag == GUMBO_TAG_BR) {
        tb_break(b);
        return;
    }
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) tb_gap(b, GAP_SPACE);
    int block = quoth_html_block_tag(tag);
    if (quoth_html_paragraph_like(tag) && n != w->root && skipped_block(w, n)) return;
    if (block) tb_gap(b, GAP_PARA);
    const GumboVector *c = &n->v.element.children;
    for (unsigned i = 0; i < c->length; i++) walk(w, c->data[i], depth + 1);
    if (block) tb_gap(b, GAP_PARA);
}

/* --------------------------------------------------- JSON-LD articleBody */

/* Where a page's markup holds little of its article (a paywall's first
 * paragraphs, a page its scripts fill in), its JSON-LD often carries the
 * whole as articleBody. That is read instead when it is longer than twice
 * the text found plus ARTICLE_BODY_MIN bytes (a short page's articleBody
 * with a few more words does not count): most pages repeat their article
 * there, and the markup's text keeps its paragraphs and drops what the
 * markup marks as furniture. */
#define ARTICLE_BODY_MIN 200

/* Does an articleBody hold markup ("<p>", "</p>", "<br/>") rather than text? */
static int holds_markup(const char *s, size_t n) {
    for (const char *lt = memchr(s, '<', n); lt; lt = memchr(lt + 1, '<', n - (size_t)(lt + 1 - s))) {
        if (lt + 1 >= s + n) return 0;
        unsigned char c = (unsigned char)lt[1];
        if (c == '/' || isalpha(c)) return 1;
    }
    return 0;
}

/* An articleBody as text: its markup read as a page's is; plain text a
 * paragraph per line. */
static void article_body_text(textbuf *b, const char *s, size_t n) {
    if (holds_markup(s, n)) {
        GumboOptions options = kGumboDefaultOptions;
        options.max_errors = 0;
        GumboOutput *g = gumbo_parse_with_options(&options, s, n);
        if (!g) {
            b->nomem = 1;
            return;
        }
        page_walk w = {b, g->root, NULL};
        walk(&w, g->root, 0);
        gumbo_destroy_output(&options, g);
        return;
    }
    for (size_t i = 0; i < n;) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - s) : n;
        tb_gap(b, GAP_PARA);
        tb_text(b, s + i, end - i);
        i = end + 1;
    }
}

/* Replaces the markup's text `b` by the page's longest articleBody when
 * that is much the longer (above). */
static void prefer_article_body(textbuf *b, const page_scan *p) {
    size_t want = 2 * b->n + ARTICLE_BODY_MIN, script_len[sizeof p->jsonld / sizeof *p->jsonld], longest = 0;
    for (size_t i = 0; i < p->n_jsonld; i++) {
        script_len[i] = strlen(p->jsonld[i]);
        if (script_len[i] > longest) longest = script_len[i];
    }
    if (longest <= want) return; /* no script could hold one long enough: none is parsed */
    char *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; i < p->n_jsonld; i++) {
        size_t len = 0;
        char *body = script_len[i] > want ? quoth_jsonld_article_body(p->jsonld[i], script_len[i], &len) : NULL;
        if (body && len > best_len) {
            free(best);
            best = body;
            best_len = len;
        } else
            free(body);
    }
    if (best && best_len > want) {
        textbuf text = {0};
        article_body_text(&text, best, best_len);
        if (text.nomem) b->nomem = 1;
        if (!text.nomem && text.n > b->n) {
            free(b->p);
            *b = text;
        } else
            free(text.p);
    }
    free(best);
}

/* ------------------------------------------------------- repeated blocks */

/* Where the paragraph of b that starts at i ends: at the blank line after
 * it, or at the end of the text. */
static size_t paragraph_end(const textbuf *b, size_t i) {
    while (i < b->n && !(b->p[i] == '\n' && i + 1 < b->n && b->p[i + 1] == '\n')) i++;
    return i;
}

/* A paragraph shorter than this (letters and digits) is never dropped as
 * a repeat: "Advertisement" and "Share" have rules of their own, and short
 * lines may repeat by right ("Yes."). */
#define REPEAT_MIN 30

/* Drops the paragraphs of `b` whose words another paragraph holds in
 * full: a pull quote set again in large type (a WordPress quote block, no
 * class a page would name it by), a caption or a teaser repeated. Kept,
 * each was a statement twice, or a second content of the first. Of two
 * equal paragraphs the first stays. Pages of hundreds of paragraphs are
 * left as they are: the search is quadratic. */
static void drop_repeated_paragraphs(textbuf *b) {
    enum { MAX_PARAS = 400 };
    size_t start[MAX_PARAS], end[MAX_PARAS], nstart[MAX_PARAS], nend[MAX_PARAS], n = 0;
    if (b->n == 0) return;
    char *norm = malloc(b->n + MAX_PARAS + 1);
    if (!norm) {
        b->nomem = 1;
        return;
    }
    size_t m = 0;
    for (size_t i = 0; i < b->n;) {
        size_t e = paragraph_end(b, i);
        int gap = e < b->n;
        if (n == MAX_PARAS) {
            free(norm);
            return;
        }
        start[n] = i, end[n] = e, nstart[n] = m;
        m += quoth_html_alnum_lower(b->p + i, e - i, norm + m, b->n + MAX_PARAS + 1 - m);
        nend[n++] = m;
        norm[m++] = '\n'; /* no word runs on from one paragraph into the next */
        i = gap ? e + 2 : b->n;
    }
    norm[m] = 0;
    unsigned char drop[MAX_PARAS] = {0};
    int any = 0;
    for (size_t k = 0; k < n; k++) {
        size_t len = nend[k] - nstart[k];
        if (len < REPEAT_MIN) continue;
        char saved = norm[nend[k]];
        norm[nend[k]] = 0;
        const char *needle = norm + nstart[k];
        for (const char *at = strstr(norm, needle); at; at = strstr(at + 1, needle)) {
            size_t pos = (size_t)(at - norm);
            if (pos == nstart[k]) continue;
            size_t j = 0; /* the paragraph the repeat is in */
            while (j + 1 < n && nstart[j + 1] <= pos) j++;
            if (drop[j] || (nend[j] - nstart[j] == len && j > k)) continue; /* of two equal ones, the first stays */
            drop[k] = 1, any = 1;
            break;
        }
        norm[nend[k]] = saved;
    }
    free(norm);
    if (!any) return;
    size_t w = 0;
    for (size_t k = 0; k < n; k++) {
        if (drop[k]) continue;
        if (w) b->p[w++] = '\n', b->p[w++] = '\n';
        memmove(b->p + w, b->p + start[k], end[k] - start[k]);
        w += end[k] - start[k];
    }
    b->n = w;
}

/* Drops the paragraphs of `b` that are navigation lines by their lead:
 * the paragraphs that <br>s part within one element ("Also Read: ..."
 * between two paragraphs of a story set in one <div>), which the walk
 * could not tell apart. */
static void drop_navigation_paragraphs(textbuf *b) {
    size_t w = 0;
    for (size_t i = 0; i < b->n;) {
        size_t end = paragraph_end(b, i);
        char lead[FURNITURE_LABEL_MAX];
        size_t len = 0;
        for (size_t k = i; k < end && len + 1 < sizeof lead; k++) lead[len++] = b->p[k] == '\n' ? ' ' : b->p[k];
        lead[len] = 0;
        if (!quoth_html_navigation_lead(lead, len)) {
            if (w) b->p[w++] = '\n', b->p[w++] = '\n';
            memmove(b->p + w, b->p + i, end - i);
            w += end - i;
        }
        i = end + 2;
    }
    b->n = w;
}

/* -------------------------------------------------------------- headline */

#define HEADLINE_MAX 512 /* letters and digits compared of a headline */

/* Whether the letters of a headline are a title's: the same, or the
 * title's start when the title goes on with a section's name ("Headline |
 * Water industry"). */
static int headline_of_title(const char *h, size_t hn, const char *title) {
    char t[HEADLINE_MAX];
    size_t tn = quoth_html_alnum_lower(title, strlen(title), t, sizeof t);
    if (hn < 10 || tn < hn) return 0;
    return memcmp(h, t, hn) == 0 && (hn == tn || 2 * hn >= tn);
}

/* Whether b holds a paragraph whose letters are h's. */
static int holds_paragraph(const textbuf *b, const char *h, size_t hn) {
    char para[HEADLINE_MAX];
    for (size_t i = 0; i < b->n;) {
        size_t end = paragraph_end(b, i);
        if (quoth_html_alnum_lower(b->p + i, end - i, para, sizeof para) == hn && memcmp(para, h, hn) == 0) return 1;
        i = end + 2;
    }
    return 0;
}

/* Puts the headline first when the article's text lacks it: a page's <h1>
 * stands outside the element that holds the story on many sites (Drupal's
 * page title block, a live blog's entries, a JSON-LD articleBody). Only an
 * <h1> whose words are the page's title counts: the first <h1> of a page
 * is often its outlet's logo. */
static void add_headline(textbuf *b, const page_scan *p, const char *title) {
    if (!title || b->nomem) return;
    for (size_t i = 0; i < p->n_h1s; i++) {
        textbuf h = {0};
        page_walk w = {&h, p->h1s[i], NULL};
        walk(&w, p->h1s[i], 0);
        char letters[HEADLINE_MAX];
        size_t n = h.n ? quoth_html_alnum_lower(h.p, h.n, letters, sizeof letters) : 0;
        int match = n && (headline_of_title(letters, n, title) || (p->og_title && headline_of_title(letters, n, p->og_title)));
        if (match && !holds_paragraph(b, letters, n) && tb_reserve(&h, b->n + 2)) {
            if (b->n) { /* an empty text has no buffer yet */
                memcpy(h.p + h.n, "\n\n", 2);
                memcpy(h.p + h.n + 2, b->p, b->n);
                h.n += 2 + b->n;
            }
            free(b->p);
            *b = h;
            return;
        }
        if (h.nomem) b->nomem = 1;
        free(h.p);
        if (match) return;
    }
}

/* The article's text: its elements walked, or the JSON-LD articleBody,
 * with the headline first. */
static void article_text(textbuf *b, const GumboNode *root, const page_scan *p, const char *title) {
    measure_map measures = {0};
    quoth_html_measure(&measures, root);
    article_roots roots;
    quoth_html_article_roots_of(p, &measures, root, &roots);
    for (size_t i = 0; i < roots.n; i++) {
        page_walk w = {b, roots.nodes[i], &measures};
        walk(&w, roots.nodes[i], 0);
    }
    if (measures.nomem) b->nomem = 1;
    free(measures.slots);
    prefer_article_body(b, p);
    add_headline(b, p, title);
    drop_navigation_paragraphs(b);
    drop_repeated_paragraphs(b);
}

int quoth_html_extract(const char *html, size_t len, quoth_html_article *out) {
    memset(out, 0, sizeof *out);
    if (quoth_html_too_deep(html, len)) return QUOTH_ERR_TOO_LARGE;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; /* the parse errors of real pages are many and of no use here */
    GumboOutput *g = gumbo_parse_with_options(&options, html, len);
    if (!g) return QUOTH_ERR_NOMEM;
    page_scan p;
    quoth_html_scan(&p, g->root);
    int nomem = 0;
    quoth_html_metadata(&p, out, &nomem);
    textbuf b = {0};
    article_text(&b, g->root, &p, out->title);
    nomem |= b.nomem || !tb_reserve(&b, 0);
    if (!nomem) b.p[b.n] = 0;
    out->text = b.p;
    out->len = b.n;
    gumbo_destroy_output(&options, g);
    if (nomem) {
        quoth_html_article_free(out);
        return QUOTH_ERR_NOMEM;
    }
    return 0;
}

void quoth_html_article_free(quoth_html_article *a) {
    free(a->text);
    free(a->title);
    free(a->url);
    free(a->date);
    free(a->outlet);
    memset(a, 0, sizeof *a);
}
