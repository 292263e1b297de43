/*
 * html.h - what the files that read a web page share. gumbo parses the
 * page (the HTML5 parsing algorithm, so that broken markup reads as
 * browsers read it), once reader_html.c has de-chunked and inflated its
 * HTTP body and made it UTF-8. Then html_text.c (quoth_html_extract())
 * makes the article of the tree: html_meta.c scans the page once for its
 * metadata and for the elements the story may be in, html_story.c
 * measures every element and picks the story's, html_furniture.c says
 * what inside it is not the article, and html_text.c walks what is left
 * into paragraphs. Each is tuned against pages on its own: what furniture
 * looks like changes with every site, where the story is with every
 * layout. Internal to src/io.
 */
#ifndef QUOTH_IO_HTML_H
#define QUOTH_IO_HTML_H

#include <stddef.h>

#include <gumbo.h>

#include "io/reader.h"

#define MAX_DEPTH 400 /* deeper elements are ignored: the walk is recursive */

static inline int quoth_html_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

static inline const char *quoth_html_attr(const GumboNode *n, const char *name) {
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : NULL;
}

/* The letters and digits of s[0..n), lower-cased, into out (at most cap - 1). */
static inline size_t quoth_html_alnum_lower(const char *s, size_t n, char *out, size_t cap) {
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out[o++] = (char)c;
        else if (c >= 'A' && c <= 'Z') out[o++] = (char)(c + 32);
    }
    out[o] = 0;
    return o;
}

/* The bytes of a block's text that its furniture tests read: a furniture
 * label is shorter, and a line of navigation tells itself by its start. */
#define FURNITURE_LABEL_MAX 40

/* What the walk and the choice of the article's element need to know of
 * an element's whole subtree: how much text it holds, how much of that lies
 * inside links, and how much paragraph text it and its children hold (its
 * score as the article's container). Measured once, bottom-up, for the
 * whole page, and looked up by the node: measuring each container as the
 * walk meets it would read nested containers' text again at every level. */
typedef struct node_measure {
    const GumboNode *node;
    size_t text, link, score;
} node_measure;

typedef struct measure_map {
    node_measure *slots;
    size_t mask, count;
    int nomem;
} measure_map;

/* The elements whose text is the article, walked in order. */
typedef struct article_roots {
    const GumboNode *nodes[16];
    size_t n;
} article_roots;

/* What the one scan of a page finds (html_meta.c): its metadata, and the
 * elements and scripts that the story may be in. */
typedef struct page_scan {
    const GumboNode *body, *main, *article_body;
    const GumboNode *articles[64];
    size_t n_articles;
    const char *title, *og_title, *canonical, *og_url, *site_name;
    const char *date;
    size_t date_rank;
    char jsonld_date[64];
    const char *jsonld[8]; /* the texts of the page's JSON-LD scripts, the first 8 */
    size_t n_jsonld;
    const GumboNode *h1s[8]; /* the page's first <h1>s: one may be the headline */
    size_t n_h1s;
} page_scan;

/* ---------------------------------------------------------- reader_html.c */

/* Whether a page nests its elements so deep that gumbo's parse would take
 * quadratic time (reader_html.c says how deep): quoth_html_extract()
 * refuses it with QUOTH_ERR_TOO_LARGE. One pass over the bytes. */
int quoth_html_too_deep(const char *html, size_t len);

/* -------------------------------------------------------- html_furniture.c */

/* Whether an element is left out with all it holds: furniture by its tag,
 * its role, its names, or hidden. */
int quoth_html_dropped_element(const GumboNode *n);

/* Whether a tag sets its text apart as a block (a paragraph of its own). */
int quoth_html_block_tag(GumboTag t);
int quoth_html_has_block_child(const GumboNode *n);

/* Whether a tag's block holds text rather than other blocks. */
int quoth_html_leaf_block_tag(GumboTag t);

/* Whether a block's text, or the start of a paragraph's (`lead`, its
 * first bytes, white space collapsed), is a line of navigation: "Read
 * also: ...", a furniture label, a copyright notice. */
int quoth_html_navigation_block(const GumboNode *n);
int quoth_html_navigation_lead(const char *lead, size_t len);

/* Whether a block's text is a furniture label and nothing else. */
int quoth_html_whole_label(const GumboNode *n);

/* ------------------------------------------------------------ html_story.c */

/* Elements whose own text is a paragraph of their container's: blocks,
 * and a table's cells, which layouts of old set a story in. */
static inline int quoth_html_paragraph_like(GumboTag t) { return quoth_html_block_tag(t) || t == GUMBO_TAG_TD; }

/* Every element of the page under root measured into m (m->nomem when
 * memory ran out; the caller frees m->slots). */
void quoth_html_measure(measure_map *m, const GumboNode *root);

/* The measures of n, or NULL when it was not measured (dropped, too deep,
 * or m is NULL). */
const node_measure *quoth_html_measured(const measure_map *m, const GumboNode *n);

/* Whether n's text is mostly links (never a heading's). */
int quoth_html_link_heavy(const measure_map *m, const GumboNode *n);

/* The elements that hold the article (html_story.c's top). */
void quoth_html_article_roots_of(const page_scan *p, const measure_map *m, const GumboNode *root, article_roots *r);

/* ------------------------------------------------------------- html_meta.c */

/* The page scanned from its root into p. */
void quoth_html_scan(page_scan *p, const GumboNode *root);

/* The title, URL, date and outlet of the scanned page into out, each a
 * cleaned copy or NULL; *nomem set when memory ran out. */
void quoth_html_metadata(const page_scan *p, quoth_html_article *out, int *nomem);

/* The outlet's name where a title begins or ends with it and the URL's
 * host spells it; a copy, or NULL. */
char *quoth_html_outlet_in_title(const char *title, const char *url, int *nomem);

/* The outlet's name cut from a cleaned title, in place, with its
 * separator. */
void quoth_html_cut_outlet_name(char *title, const char *site);

#endif
