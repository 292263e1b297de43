/*
 * reader_html.c - the article in a web page, parsed with gumbo (the HTML5
 * parsing algorithm, so that broken markup reads as browsers read it).
 *
 * The text is the article body: the element marked itemprop=articleBody,
 * else the largest <article>, else <main>, else <body>; without
 * navigation, headers, footers, scripts, styles, asides, forms, captions,
 * elements that are hidden or whose class names boilerplate (related
 * links, newsletters, share bars, pull quotes, author biographies), "Read
 * also:"/"Read more:" blocks, and blocks that hold only a furniture label
 * ("Advertisement", "Share"); or the page's JSON-LD articleBody, when that
 * is much the longer (a paywall, a page its scripts fill in:
 * prefer_article_body).
 * White space collapses as a browser shows it; block elements are
 * separated by one blank line, <br> by a line break, so that the engine
 * sees paragraphs.
 *
 * The metadata: the <title> (or og:title) without the outlet's name at
 * either end, the canonical URL (<link rel=canonical>, or og:url), the
 * publication date (article:published_time and its relatives, JSON-LD
 * datePublished, <time datetime>) and the outlet (og:site_name, else the
 * name that ends the title when the URL's host spells it).
 *
 * Also here, what comes before the parse: HTTP bodies de-chunked and
 * inflated, and the page's encoding found (charset.c converts it to
 * UTF-8, which is what gumbo reads).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gumbo.h>
#include <zlib.h>

#include "io/charset.h"
#include "io/reader.h"

#define MAX_DEPTH 400 /* deeper elements are ignored: the walk is recursive */

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

static int html_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/* Appends text with its white space collapsed; U+00A0 (&nbsp;) counts as
 * white space, as pages use it between words. */
static void tb_text(textbuf *b, const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (html_space(c)) {
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
        while (j < n && !html_space((unsigned char)s[j]) && (unsigned char)s[j] != 0xC2) j++;
        tb_flush_gap(b);
        if (!tb_reserve(b, j - i)) return;
        memcpy(b->p + b->n, s + i, j - i);
        b->n += j - i;
        i = j;
    }
}

/* ------------------------------------------------------------ what to keep */

static int dropped_tag(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MENU: case GUMBO_TAG_LABEL:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED:
        return 1;
    default:
        return 0;
    }
}

static int block_tag(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HGROUP: case GUMBO_TAG_LI:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_PRE:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_DIR:
        return 1;
    default:
        return 0;
    }
}

static int has_block_child(const GumboNode *n) {
    const GumboVector *c = &n->v.element.children;
    for (unsigned i = 0; i < c->length; i++) {
        const GumboNode *k = c->data[i];
        if (k->type == GUMBO_NODE_ELEMENT && block_tag(k->v.element.tag)) return 1;
    }
    return 0;
}

/* Blocks that hold text rather than other blocks: where a "Read also:"
 * line is looked for. */
static int leaf_block_tag(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
        return 1;
    default:
        return 0;
    }
}

static const char *attr(const GumboNode *n, const char *name) {
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : NULL;
}

static int contains_ci(const char *s, const char *word) {
    size_t m = strlen(word);
    for (; *s; s++)
        if (strncasecmp(s, word, m) == 0) return 1;
    return 0;
}

/* Class and id names of page furniture, matched anywhere in a name:
 * compounds such as "jp-relatedposts" or "newsletter-signup" name
 * furniture whatever surrounds the word. Kept to unambiguous ones: an
 * article body is sometimes class="story-body commentary", so "comment"
 * alone would drop articles ("comments" and "comment-" do not). A pull
 * quote repeats a sentence of the article in large type: kept, it would be
 * a second statement without its speaker. An author's biography at the end
 * ("She said she can be reached at ...") is the writer's, not the story's. A
 * list of trending stories carries their headlines' statements ("Man says
 * he saw Bigfoot"); so do comments. Captions and credits outside
 * <figcaption> ("wp-caption-text", "inline-photo__caption") carry quotes
 * the story does not. */
static const char *const FURNITURE_INFIXES[] = {
    "read-more", "readmore", "read-also", "readalso", "related", "newsletter", "breadcrumb", "cookie",
    "consent", "sidebar", "advert", "outbrain", "taboola", "social-share", "share-bar", "sharing",
    "recirc", "most-popular", "subscribe", "pullquote", "pull-quote", "pull_quote", "author-bio",
    "author_bio", "authorbio", "about-author", "about-the-author", "author-box", "author-info", "trending",
    "footer", "topbar", "top-bar", "masthead", "most-read", "mostread", "comments", "comment-", "caption",
    "credit", "donate", "donation", "--name-comment"};

/* Whole parts of a name, split at '-', '_' and a capital after a small
 * letter ("share-sheet__list", "ShareSheet-list", "jetpack-likes-widget"):
 * words too short or too common to find inside others ("share" is in
 * "shared-story", "nav" in "canvas", "bio" in "biology"). */
static const char *const FURNITURE_PARTS[] = {"share", "social", "likes", "follow", "tags", "bio", "promo",
                                              "nav", "navbar", "menu", "rail", "embed", "player",
                                              "views"};

static int furniture_part(const char *s, size_t n) {
    for (size_t i = 0; i < sizeof FURNITURE_PARTS / sizeof *FURNITURE_PARTS; i++)
        if (strlen(FURNITURE_PARTS[i]) == n && strncasecmp(s, FURNITURE_PARTS[i], n) == 0) return 1;
    return 0;
}

static int holds_furniture_part(const char *s, size_t n) {
    size_t start = 0;
    for (size_t i = 1; i <= n; i++) {
        int cut = i == n || s[i] == '-' || s[i] == '_' ||
                  (isupper((unsigned char)s[i]) && islower((unsigned char)s[i - 1]));
        if (!cut) continue;
        if (i > start && furniture_part(s + start, i - start)) return 1;
        start = s[i] == '-' || s[i] == '_' ? i + 1 : i;
    }
    return 0;
}

static int holds_furniture_infix(const char *s, size_t n) {
    /* lower-cased once, then searched for each word: a page's class names
     * are tested once per element and walk, hundreds of thousands of times
     * on a large page (a name longer than the buffer is tested by its
     * start) */
    char lower[256];
    if (n >= sizeof lower) n = sizeof lower - 1;
    for (size_t i = 0; i < n; i++) lower[i] = (char)tolower((unsigned char)s[i]);
    lower[n] = 0;
    for (size_t i = 0; i < sizeof FURNITURE_INFIXES / sizeof *FURNITURE_INFIXES; i++)
        if (strstr(lower, FURNITURE_INFIXES[i])) return 1;
    return 0;
}

/* A name that states a page's or post's kind rather than a part of it:
 * WordPress gives a post's <article> "tag-advertising" and
 * "category-trending", and themes give <body> "has-sidebar". */
static int names_a_state(const char *s, size_t n) {
    static const char *const PREFIXES[] = {"tag-", "category-", "has-", "with-"};
    for (size_t i = 0; i < sizeof PREFIXES / sizeof *PREFIXES; i++) {
        size_t m = strlen(PREFIXES[i]);
        if (n > m && strncasecmp(s, PREFIXES[i], m) == 0) return 1;
    }
    return 0;
}

/* Whether a class list (or an id, or a data-* name) names furniture. */
static int boilerplate_name(const char *s) {
    for (const char *at = s; *at;) {
        while (*at && html_space((unsigned char)*at)) at++;
        const char *end = at;
        while (*end && !html_space((unsigned char)*end)) end++;
        size_t n = (size_t)(end - at);
        if (n && !names_a_state(at, n) && (holds_furniture_infix(at, n) || holds_furniture_part(at, n))) return 1;
        at = end;
    }
    return 0;
}

/* Whether a node lies inside an <article>: a <header> there holds the
 * story's headline, byline and standfirst, where a page's own <header> is
 * its banner. */
static int inside_article(const GumboNode *n) {
    for (const GumboNode *up = n->parent; up; up = up->parent)
        if (up->type == GUMBO_NODE_ELEMENT && up->v.element.tag == GUMBO_TAG_ARTICLE) return 1;
    return 0;
}

/* A footnote's mark ("<sup><a href="#fn1">1</a></sup>"), which would
 * otherwise run into the word before it ("20231"). */
static int footnote_mark(const GumboNode *n) {
    const GumboVector *c = &n->v.element.children;
    for (unsigned i = 0; i < c->length; i++) {
        const GumboNode *k = c->data[i];
        if (k->type != GUMBO_NODE_ELEMENT || k->v.element.tag != GUMBO_TAG_A) continue;
        const char *href = attr(k, "href");
        if (href && href[0] == '#') return 1;
    }
    return 0;
}

/* Elements that custom tags name as furniture: AMP's advertisements,
 * share bars and sidebars. */
static int furniture_custom_tag(const GumboNode *n) {
    GumboStringPiece name = n->v.element.original_tag;
    gumbo_tag_from_original_text(&name);
    static const char *const TAGS[] = {"amp-ad", "amp-embed", "amp-social-share", "amp-sidebar", "amp-sticky-ad"};
    for (size_t i = 0; i < sizeof TAGS / sizeof *TAGS; i++)
        if (name.length == strlen(TAGS[i]) && strncasecmp(name.data, TAGS[i], name.length) == 0) return 1;
    return 0;
}

static int dropped_by_tag(const GumboNode *n) {
    GumboTag t = n->v.element.tag;
    if (dropped_tag(t)) return 1;
    if (t == GUMBO_TAG_HEADER) {
        const char *role = attr(n, "role");
        return !inside_article(n) || (role && strcasecmp(role, "banner") == 0);
    }
    if (t == GUMBO_TAG_SUP) return footnote_mark(n);
    if (t == GUMBO_TAG_UNKNOWN) return furniture_custom_tag(n);
    return 0;
}

/* The attributes whose values name what an element is: besides class and
 * id, the names that script-built pages test by ("data-testid"). */
static const char *const NAMING_ATTRIBUTES[] = {"class", "id", "data-qa", "data-testid", "data-component"};

static int dropped_by_name(const GumboNode *n) {
    for (size_t i = 0; i < sizeof NAMING_ATTRIBUTES / sizeof *NAMING_ATTRIBUTES; i++) {
        const char *v = attr(n, NAMING_ATTRIBUTES[i]);
        if (v && boilerplate_name(v)) return 1;
    }
    return 0;
}

static int dropped_element(const GumboNode *n) {
    if (dropped_by_tag(n)) return 1;
    if (attr(n, "hidden")) return 1;
    /* hidden from screen readers: icons, separators, a copy for another
     * screen; but a story's paragraphs hidden until "Continue reading"
     * are the story */
    const char *v = attr(n, "aria-hidden");
    if (v && strcasecmp(v, "true") == 0 && !has_block_child(n)) return 1;
    v = attr(n, "role");
    if (v && (strcasecmp(v, "navigation") == 0 || strcasecmp(v, "banner") == 0 ||
              strcasecmp(v, "contentinfo") == 0 || strcasecmp(v, "complementary") == 0 ||
              strcasecmp(v, "search") == 0 || strcasecmp(v, "menu") == 0))
        return 1;
    /* an <article> or <main> is the story, whatever its classes say (a
     * post's own, "newsletter-post"), and <body> holds it (a theme's
     * "sidebar-right") */
    GumboTag t = n->v.element.tag;
    return t != GUMBO_TAG_ARTICLE && t != GUMBO_TAG_MAIN && t != GUMBO_TAG_BODY && t != GUMBO_TAG_HTML &&
           dropped_by_name(n);
}

/* The first characters of an element's text, white space collapsed. */
static void leading_text(const GumboNode *n, char *out, size_t cap, size_t *len, int depth) {
    if (*len + 1 >= cap || depth > MAX_DEPTH) return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
        for (const char *s = n->v.text.text; *s && *len + 1 < cap; s++) {
            int space = html_space((unsigned char)*s);
            if (space && (*len == 0 || out[*len - 1] == ' ')) continue;
            out[(*len)++] = space ? ' ' : *s;
        }
        out[*len] = 0;
        return;
    }
    if (n->type == GUMBO_NODE_WHITESPACE && *len && out[*len - 1] != ' ') {
        out[(*len)++] = ' ';
        out[*len] = 0;
        return;
    }
    if (n->type != GUMBO_NODE_ELEMENT || dropped_element(n)) return;
    const GumboVector *c = &n->v.element.children;
    for (unsigned i = 0; i < c->length; i++) leading_text(c->data[i], out, cap, len, depth + 1);
}

/* The labels that pages set in a block of their own between paragraphs
 * ("Advertisement", "Share"). A sentence may begin with the same word
 * ("Advertisements for the casino ..."), so only a block that holds the
 * label and nothing else is dropped. */
static int furniture_label(const char *lead, size_t len) {
    /* "- Advertisement -", "Share:" */
    while (len && strchr(" :-", lead[len - 1])) len--;
    while (len && strchr(" :-", lead[0])) lead++, len--;
    static const char *const LABELS[] = {"advertisement", "advertisements", "skip advertisement",
                                         "story continues below advertisement", "continue reading below",
                                         "scroll to continue", "advertisement \xC2\xB7 scroll to continue",
                                         "ad failed to load", "share", "share this", "share this article",
                                         "share this story", "like this", "like loading...", "loading...",
                                         "follow", "leave a comment", "more on this story", "related topics",
                                         "explore more on these topics", "most read", "most popular",
                                         "you may also like", "reuse this content", "feedback to editors"};
    for (size_t i = 0; i < sizeof LABELS / sizeof *LABELS; i++)
        if (len == strlen(LABELS[i]) && strncasecmp(lead, LABELS[i], len) == 0) return 1;
    return 0;
}

/* A copyright notice ("Copyright 2024 Nexview Media Inc. All rights
 * reserved.", "(c) 2024 ..."), which some sites set inside the story's
 * element; not a sentence about copyright ("Copyright lawyers said"). */
static int copyright_notice(const char *lead, size_t len) {
    static const char COPYRIGHT[] = "copyright ", SIGN[] = "\xC2\xA9";
    size_t k = strlen(COPYRIGHT);
    if (len > k && strncasecmp(lead, COPYRIGHT, k) == 0) lead += k, len -= k;
    else if (len < strlen(SIGN) || strncmp(lead, SIGN, strlen(SIGN)) != 0) return 0;
    while (len && (*lead == ' ' || (unsigned char)*lead == 0xC2 || (unsigned char)*lead == 0xA9)) lead++, len--;
    return len && isdigit((unsigned char)*lead);
}

/* "Read also: ...", "Read more: ..." and their kin: links to other
 * articles set in the body, which would otherwise be read as its text;
 * the labels of furniture; copyright notices. `lead` holds the first
 * bytes of a block's text, white space collapsed; a lead that filled its
 * buffer may be cut, and is no whole label. */
#define FURNITURE_LABEL_MAX 40 /* bytes: a furniture label is shorter */

static int navigation_lead(const char *lead, size_t len) {
    static const char *const LEADS[] = {"read also", "read more", "also read", "see also", "related:",
                                        "related articles", "related stories", "related coverage",
                                        "related content", "read next", "recommended:", "more:",
                                        "sign up for", "click here to", "share on facebook", "share on twitter",
                                        "share this article:", "share this article on ", "share this story:",
                                        "share this story on ", "tags:", "topics:", "our standards:",
                                        "e-mail this story", "email this story", "print this story",
                                        "skip twitter post", "skip instagram post", "skip facebook post",
                                        "skip youtube post", "skip tiktok post", "end of twitter post",
                                        "end of instagram post", "end of facebook post", "end of youtube post",
                                        "end of tiktok post", "view this post on instagram"};
    for (size_t i = 0; i < sizeof LEADS / sizeof *LEADS; i++)
        if (strncasecmp(lead, LEADS[i], strlen(LEADS[i])) == 0) return 1;
    return copyright_notice(lead, len) || (len + 1 < FURNITURE_LABEL_MAX && furniture_label(lead, len));
}

static int navigation_block(const GumboNode *n) {
    char lead[FURNITURE_LABEL_MAX] = "";
    size_t len = 0;
    leading_text(n, lead, sizeof lead, &len, 0);
    return navigation_lead(lead, len);
}

/* A block's text that is a furniture label and nothing else. */
static int whole_label(const GumboNode *n) {
    char lead[FURNITURE_LABEL_MAX] = "";
    size_t len = 0;
    leading_text(n, lead, sizeof lead, &len, 0);
    return len + 1 < sizeof lead && furniture_label(lead, len);
}


/* ---------------------------------------------------------------- measures */

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
    if ((m->count + 1) * 2 > (m->slots ? m->mask + 1 : 0) && !measure_grow(m)) return NULL;
    node_measure *e = measure_slot(m, n);
    if (!e->node) {
        e->node = n;
        m->count++;
    }
    return e;
}

/* The entry of n if it was measured (elements deeper than MAX_DEPTH and
 * dropped ones were not). */
static const node_measure *measured(const measure_map *m, const GumboNode *n) {
    if (!m || !m->slots) return NULL;
    for (size_t i = node_hash(n) & m->mask;; i = (i + 1) & m->mask) {
        if (m->slots[i].node == n) return &m->slots[i];
        if (!m->slots[i].node) return NULL;
    }
}

static size_t visible_bytes(const char *s) {
    size_t n = 0;
    for (; *s; s++) n += !html_space((unsigned char)*s);
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

/* Elements whose own text is a paragraph of their container's: blocks,
 * and a table's cells, which layouts of old set a story in. */
static int paragraph_like(GumboTag t) { return block_tag(t) || t == GUMBO_TAG_TD; }

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
            if (!paragraph_like(k->v.element.tag)) t->loose += sub.loose;
        }
    }
}

static text_counts measure(measure_map *m, const GumboNode *n, int depth, int in_link) {
    text_counts t = {0, 0, 0};
    if (depth > MAX_DEPTH || dropped_element(n)) return t;
    measure_children(m, n, depth, in_link, &t);
    if (paragraph_like(n->v.element.tag)) credit_paragraph(m, n, t.loose);
    node_measure *e = measure_of(m, n);
    if (e) e->text = t.text, e->link = t.link;
    return t;
}

/* A container or paragraph (not a heading: a headline may be a link to its
 * own page) whose text is mostly links: a list of related stories, of
 * topics, of sections. */
static int link_heavy(const measure_map *m, const GumboNode *n) {
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 ||
        t == GUMBO_TAG_H6)
        return 0;
    const node_measure *e = measured(m, n);
    return e && e->text && e->link * 2 >= e->text;
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
            if (n->type != GUMBO_NODE_ELEMENT || dropped_element(n)) {
                top--;
                continue;
            }
            if (n->v.element.tag == GUMBO_TAG_BR) tb_break(b);
            else if (block_tag(n->v.element.tag)) tb_gap(b, GAP_PARA);
        }
        const GumboVector *c = &n->v.element.children;
        if (f->next >= c->length) { /* leaving n */
            if (block_tag(n->v.element.tag)) tb_gap(b, GAP_PARA);
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
    if ((leaf_block_tag(tag) || (tag == GUMBO_TAG_DIV && !has_block_child(n))) && navigation_block(n)) return 1;
    const node_measure *e = measured(w->measures, n);
    /* a box that holds a label and nothing else ("Advertisements" over an
     * empty advertisement's slot) */
    if (e && e->text < FURNITURE_LABEL_MAX && whole_label(n)) return 1;
    return link_heavy(w->measures, n);
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
    if (n != w->root && dropped_element(n)) return;
    if (tag == GUMBO_TAG_BR) {
        tb_break(b);
        return;
    }
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) tb_gap(b, GAP_SPACE);
    int block = block_tag(tag);
    if (paragraph_like(tag) && n != w->root && skipped_block(w, n)) return;
    if (block) tb_gap(b, GAP_PARA);
    const GumboVector *c = &n->v.element.children;
    for (unsigned i = 0; i < c->length; i++) walk(w, c->data[i], depth + 1);
    if (block) tb_gap(b, GAP_PARA);
}

/* --------------------------------------------------------------- metadata */

/* Publication dates by how much they are trusted, best first. */
static const char *const DATE_KEYS[] = {
    "article:published_time", "datepublished", "og:published_time", "article:published",
    "publication_date", "pubdate", "publishdate", "publish-date", "date", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.created", "dcterms.date", "sailthru.date",
    "parsely-pub-date"};
#define N_DATE_KEYS (sizeof DATE_KEYS / sizeof *DATE_KEYS)
#define RANK_JSONLD N_DATE_KEYS         /* JSON-LD datePublished */
#define RANK_TIME_PUB (N_DATE_KEYS + 1) /* <time pubdate> or itemprop=datePublished */
#define RANK_TIME (N_DATE_KEYS + 2)     /* any <time datetime> */
#define RANK_NONE (N_DATE_KEYS + 3)

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

static void offer_date(page_scan *p, const char *value, size_t rank) {
    if (value && *value && rank < p->date_rank) {
        p->date = value;
        p->date_rank = rank;
    }
}

static void scan_meta(page_scan *p, const GumboNode *n) {
    const char *key = attr(n, "property");
    if (!key) key = attr(n, "name");
    if (!key) key = attr(n, "itemprop");
    const char *content = attr(n, "content");
    if (!key || !content) return;
    if (strcasecmp(key, "og:title") == 0) p->og_title = content;
    else if (strcasecmp(key, "og:url") == 0) p->og_url = content;
    else if (strcasecmp(key, "og:site_name") == 0) p->site_name = content;
    else
        for (size_t r = 0; r < N_DATE_KEYS; r++)
            if (strcasecmp(key, DATE_KEYS[r]) == 0) offer_date(p, content, r);
}

/* "datePublished": "2024-05-01T..." in a JSON-LD script, found by a string
 * search: a full JSON parse of every script would cost more than it finds. */
static void scan_jsonld(page_scan *p, const GumboNode *script) {
    const char *type = attr(script, "type");
    if (!type || strcasecmp(type, "application/ld+json") != 0) return;
    const GumboVector *c = &script->v.element.children;
    if (c->length && ((const GumboNode *)c->data[0])->type == GUMBO_NODE_TEXT &&
        p->n_jsonld < sizeof p->jsonld / sizeof *p->jsonld)
        p->jsonld[p->n_jsonld++] = ((const GumboNode *)c->data[0])->v.text.text;
    if (p->date_rank <= RANK_JSONLD) return;
    for (unsigned i = 0; i < c->length; i++) {
        const GumboNode *t = c->data[i];
        if (t->type != GUMBO_NODE_TEXT && t->type != GUMBO_NODE_CDATA) continue;
        const char *k = strstr(t->v.text.text, "\"datePublished\"");
        if (!k) continue;
        k += strlen("\"datePublished\"");
        while (*k == ' ' || *k == ':' || *k == '\t' || *k == '\n' || *k == '\r') k++;
        if (*k != '"') continue;
        const char *e = strchr(++k, '"');
        if (!e || e == k || (size_t)(e - k) >= sizeof p->jsonld_date) continue;
        memcpy(p->jsonld_date, k, (size_t)(e - k));
        p->jsonld_date[e - k] = 0;
        offer_date(p, p->jsonld_date, RANK_JSONLD);
        return;
    }
}

static const char *first_text(const GumboNode *n) {
    const GumboVector *c = &n->v.element.children;
    for (unsigned i = 0; i < c->length; i++) {
        const GumboNode *t = c->data[i];
        if (t->type == GUMBO_NODE_TEXT) return t->v.text.text;
    }
    return NULL;
}

static int itemprop_is(const GumboNode *n, const char *word) {
    const char *v = attr(n, "itemprop");
    return v && contains_ci(v, word);
}

static void scan_element(page_scan *p, const GumboNode *n) {
    const char *v;
    switch (n->v.element.tag) {
    case GUMBO_TAG_TITLE:
        if (!p->title) p->title = first_text(n);
        break;
    case GUMBO_TAG_META: scan_meta(p, n); break;
    case GUMBO_TAG_LINK:
        if (!p->canonical && (v = attr(n, "rel")) && strcasecmp(v, "canonical") == 0) p->canonical = attr(n, "href");
        break;
    case GUMBO_TAG_SCRIPT: scan_jsonld(p, n); break;
    case GUMBO_TAG_TIME:
        offer_date(p, attr(n, "datetime"),
                   attr(n, "pubdate") || itemprop_is(n, "datePublished") ? RANK_TIME_PUB : RANK_TIME);
        break;
    case GUMBO_TAG_BODY:
        if (!p->body) p->body = n;
        break;
    case GUMBO_TAG_MAIN:
        if (!p->main) p->main = n;
        break;
    case GUMBO_TAG_ARTICLE:
        if (p->n_articles < sizeof p->articles / sizeof *p->articles) p->articles[p->n_articles++] = n;
        break;
    case GUMBO_TAG_H1:
        if (p->n_h1s < sizeof p->h1s / sizeof *p->h1s) p->h1s[p->n_h1s++] = n;
        break;
    default: break;
    }
    if (!p->main && (v = attr(n, "role")) && strcasecmp(v, "main") == 0) p->main = n;
    if (!p->article_body && itemprop_is(n, "articleBody")) p->article_body = n;
}

static void scan(page_scan *p, const GumboNode *n, int depth) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > MAX_DEPTH) return;
    scan_element(p, n);
    const GumboVector *c = &n->v.element.children;
    for (unsigned i = 0; i < c->length; i++) scan(p, c->data[i], depth + 1);
}

/* ------------------------------------------------------ where the story is */

/* The elements whose text is the article, walked in order. */
typedef struct article_roots {
    const GumboNode *nodes[8];
    size_t n;
} article_roots;

static size_t text_of(const measure_map *m, const GumboNode *n) {
    const node_measure *e = measured(m, n);
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
    const node_measure *e = measured(m, n);
    if (!e) return; /* dropped, and all it holds */
    if (e->score > *best_score) *best = n, *best_score = e->score;
    const GumboVector *c = &n->v.element.children;
    for (unsigned i = 0; i < c->length; i++) best_scored(m, c->data[i], depth + 1, best, best_score);
}

static int same_attribute(const GumboNode *a, const GumboNode *b, const char *name) {
    const char *x = attr(a, name), *y = attr(b, name);
    return x && y && strcmp(x, y) == 0;
}

/* Whether k, a sibling of the element of highest score, holds more of the
 * story: the same tag and class (a story cut in two by an advertisement),
 * or a quarter of its score (the paragraphs shown before "Continue
 * reading" and those hidden after it). A column of teasers beside a story
 * scores half its summaries, which are short. */
static int story_sibling(const measure_map *m, const GumboNode *k, const GumboNode *best, size_t best_score) {
    if (k->v.element.tag == best->v.element.tag && same_attribute(k, best, "class")) return 1;
    const node_measure *e = measured(m, k);
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
    for (unsigned i = 0; i < c->length && r->n < sizeof r->nodes / sizeof *r->nodes; i++) {
        const GumboNode *k = c->data[i];
        if (k == best || (k->type == GUMBO_NODE_ELEMENT && (story_sibling(m, k, best, score))))
            r->nodes[r->n++] = k;
    }
}

/* Where the article is: see the top of the file. */
static void article_roots_of(const page_scan *p, const measure_map *m, const GumboNode *root, article_roots *r) {
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
    if (best && best_size) r->nodes[r->n++] = live_blog_of(m, best);
    else if (p->main) r->nodes[r->n++] = p->main;
    else if (p->body) scored_roots(m, p->body, r);
    else r->nodes[r->n++] = root;
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

/* A trimmed copy with white space collapsed; NULL for NULL or empty. */
static char *clean_dup(const char *s, int *nomem) {
    if (!s) return NULL;
    textbuf b = {0};
    tb_text(&b, s, strlen(s));
    if (b.nomem) *nomem = 1;
    if (!b.n) {
        free(b.p);
        return NULL;
    }
    b.p[b.n] = 0;
    return b.p;
}

/* s[0..*n) without a leading "The ", for comparing an outlet's names. */
static const char *without_the(const char *s, size_t *n) {
    if (*n >= 4 && strncasecmp(s, "the ", 4) == 0) s += 4, *n -= 4;
    return s;
}

static int same_outlet(const char *s, size_t n, const char *site) {
    size_t m = strlen(site);
    s = without_the(s, &n);
    site = without_the(site, &m);
    return n == m && strncasecmp(s, site, n) == 0;
}

static const char *last_occurrence(const char *s, const char *sep) {
    const char *last = NULL;
    for (const char *at = strstr(s, sep); at; at = strstr(at + 1, sep)) last = at;
    return last;
}

/* What stands between a headline and its outlet's name in a <title>. */
static const struct {
    const char *text;
    int ends; /* may stand before the name at the end: ": " only begins ("Gazette: ...") */
} TITLE_SEPARATORS[] = {{" | ", 1},  {" - ", 1},  {" \xE2\x80\x93 ", 1}, {" \xE2\x80\x94 ", 1},
                        {" :: ", 1}, {" \xC2\xB7 ", 1}, {": ", 0}};

#define N_TITLE_SEPARATORS (sizeof TITLE_SEPARATORS / sizeof *TITLE_SEPARATORS)

/* The headline in a page's <title>: pages name themselves there too
 * ("Harbor wall approved | The Gazette", "Gazette - Harbor wall approved"),
 * which a store's search results and a feed's titles would repeat on every
 * line. The outlet's name (og:site_name, with or without "The") is cut
 * with its separator at either end, never leaving an empty title. Works in
 * place on a cleaned title. */
static void cut_outlet_name(char *title, const char *site) {
    if (!title || !site) return;
    size_t n = strlen(title);
    for (size_t i = 0; i < N_TITLE_SEPARATORS; i++) {
        const char *sep = TITLE_SEPARATORS[i].text;
        size_t m = strlen(sep);
        const char *last = TITLE_SEPARATORS[i].ends ? last_occurrence(title, sep) : NULL;
        if (last && last > title && same_outlet(last + m, n - (size_t)(last - title) - m, site)) {
            title[last - title] = 0;
            return;
        }
        const char *first = strstr(title, sep);
        if (first && first > title && first[m] && same_outlet(title, (size_t)(first - title), site)) {
            memmove(title, first + m, n - (size_t)(first - title) - m + 1);
            return;
        }
    }
}

/* The letters and digits of s[0..n), lower-cased, into out (at most cap - 1). */
static size_t alnum_lower(const char *s, size_t n, char *out, size_t cap) {
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out[o++] = (char)c;
        else if (c >= 'A' && c <= 'Z') out[o++] = (char)(c + 32);
    }
    out[o] = 0;
    return o;
}

/* The name of a page's host, "harborpost" of "https://www.harborpost.com/a". */
static size_t host_name(const char *url, char *out, size_t cap) {
    const char *h = url ? strstr(url, "://") : NULL;
    if (!h) return 0;
    h += 3;
    if (strncasecmp(h, "www.", 4) == 0) h += 4;
    size_t n = strcspn(h, "./:?#");
    return alnum_lower(h, n, out, cap);
}

/* The publisher that the page's JSON-LD names, cleaned, or NULL. */
static char *jsonld_publisher(const page_scan *p, int *nomem) {
    for (size_t i = 0; i < p->n_jsonld; i++) {
        char *name = quoth_jsonld_publisher(p->jsonld[i], strlen(p->jsonld[i]));
        char *clean = clean_dup(name, nomem);
        free(name);
        if (clean) return clean;
    }
    return NULL;
}

/* A page without og:site_name often still ends its title with its name
 * ("Port strike enters second week - The Harbor Post"): the last part of
 * the title after a separator is the outlet when its letters, with or
 * without "The", are the host's name or begin with it ("BBC News" of
 * bbc.co.uk). A copy of that part, or NULL. */
/* Whether name[0..n) spells the host's name ("harborpost"), with or
 * without "The". */
static int spells_host(const char *name, size_t n, const char *host, size_t h) {
    char part[128];
    size_t k = alnum_lower(name, n, part, sizeof part);
    const char *letters = part;
    if (k > 3 && strncmp(part, "the", 3) == 0 && strncmp(host, "the", 3) != 0) letters += 3, k -= 3;
    return n <= 60 && k >= h && strncmp(letters, host, h) == 0;
}

static char *outlet_copy(const char *name, size_t n, int *nomem) {
    char *copy = strndup(name, n);
    if (!copy) *nomem = 1;
    return copy;
}

static char *outlet_in_title(const char *title, const char *url, int *nomem) {
    char host[64];
    size_t h = host_name(url, host, sizeof host);
    if (!title || h < 3) return NULL;
    for (size_t i = 0; i < N_TITLE_SEPARATORS; i++) {
        const char *sep = TITLE_SEPARATORS[i].text;
        const char *at = TITLE_SEPARATORS[i].ends ? last_occurrence(title, sep) : NULL;
        if (at && at != title && spells_host(at + strlen(sep), strlen(at + strlen(sep)), host, h))
            return outlet_copy(at + strlen(sep), strlen(at + strlen(sep)), nomem);
        /* or at the start: "Pinecrest Gazette - School board approves ..." */
        const char *first = strstr(title, sep);
        if (first && first != title && first[strlen(sep)] && spells_host(title, (size_t)(first - title), host, h))
            return outlet_copy(title, (size_t)(first - title), nomem);
    }
    return NULL;
}

/* ------------------------------------------------------- repeated blocks */

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
        size_t e = i;
        while (e + 1 < b->n && !(b->p[e] == '\n' && b->p[e + 1] == '\n')) e++;
        int gap = e + 1 < b->n;
        if (!gap) e = b->n;
        if (n == MAX_PARAS) {
            free(norm);
            return;
        }
        start[n] = i, end[n] = e, nstart[n] = m;
        m += alnum_lower(b->p + i, e - i, norm + m, b->n + MAX_PARAS + 1 - m);
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
        size_t end = i;
        while (end < b->n && !(b->p[end] == '\n' && end + 1 < b->n && b->p[end + 1] == '\n')) end++;
        char lead[FURNITURE_LABEL_MAX];
        size_t len = 0;
        for (size_t k = i; k < end && len + 1 < sizeof lead; k++) lead[len++] = b->p[k] == '\n' ? ' ' : b->p[k];
        lead[len] = 0;
        if (!navigation_lead(lead, len)) {
            if (w) b->p[w++] = '\n', b->p[w++] = '\n';
            memmove(b->p + w, b->p + i, end - i);
            w += end - i;
        }
        i = end + 2;
    }
    b->n = w;
}

/* The page's title: its <title>, or its og:title when the <title> is that
 * and more after a separator ("Headline | Water industry | The Sentinel",
 * "Headline - by Nadia Kowalczyk"): the section's or author's name that
 * follows is not the outlet's, which is all cut_outlet_name() can cut. */
static const char *page_title(const page_scan *p) {
    if (!p->title) return p->og_title;
    if (!p->og_title) return p->title;
    const char *t = p->title, *og = p->og_title;
    while (html_space((unsigned char)*t)) t++;
    size_t n = strlen(og);
    while (n && html_space((unsigned char)og[n - 1])) n--;
    if (n < 10 || strncmp(t, og, n) != 0) return p->title;
    for (size_t i = 0; i < N_TITLE_SEPARATORS; i++)
        if (TITLE_SEPARATORS[i].ends && strncmp(t + n, TITLE_SEPARATORS[i].text, strlen(TITLE_SEPARATORS[i].text)) == 0)
            return og;
    return p->title;
}

/* -------------------------------------------------------------- headline */

#define HEADLINE_MAX 512 /* letters and digits compared of a headline */

/* Whether the letters of a headline are a title's: the same, or the
 * title's start when the title goes on with a section's name ("Headline |
 * Water industry"). */
static int headline_of_title(const char *h, size_t hn, const char *title) {
    char t[HEADLINE_MAX];
    size_t tn = alnum_lower(title, strlen(title), t, sizeof t);
    if (hn < 10 || tn < hn) return 0;
    return memcmp(h, t, hn) == 0 && (hn == tn || 2 * hn >= tn);
}

/* Whether b holds a paragraph whose letters are h's. */
static int holds_paragraph(const textbuf *b, const char *h, size_t hn) {
    char para[HEADLINE_MAX];
    for (size_t i = 0; i < b->n;) {
        size_t end = i;
        while (end < b->n && !(b->p[end] == '\n' && end + 1 < b->n && b->p[end + 1] == '\n')) end++;
        if (alnum_lower(b->p + i, end - i, para, sizeof para) == hn && memcmp(para, h, hn) == 0) return 1;
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
        size_t n = h.n ? alnum_lower(h.p, h.n, letters, sizeof letters) : 0;
        int match = n && (headline_of_title(letters, n, title) || (p->og_title && headline_of_title(letters, n, p->og_title)));
        if (match && !holds_paragraph(b, letters, n) && tb_reserve(&h, b->n + 2)) {
            if (b->n) memcpy(h.p + h.n, "\n\n", 2), h.n += 2;
            memcpy(h.p + h.n, b->p, b->n);
            h.n += b->n;
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
    measure(&measures, root, 0, 0);
    article_roots roots;
    article_roots_of(p, &measures, root, &roots);
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
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; /* the parse errors of real pages are many and of no use here */
    GumboOutput *g = gumbo_parse_with_options(&options, html, len);
    if (!g) return QUOTH_ERR_NOMEM;
    page_scan p = {0};
    p.date_rank = RANK_NONE;
    scan(&p, g->root, 0);
    int nomem = 0;
    out->title = clean_dup(page_title(&p), &nomem);
    out->url = clean_dup(p.canonical ? p.canonical : p.og_url, &nomem);
    out->date = clean_dup(p.date, &nomem);
    out->outlet = clean_dup(p.site_name, &nomem);
    if (!out->outlet) out->outlet = jsonld_publisher(&p, &nomem);
    if (!out->outlet) out->outlet = outlet_in_title(out->title, out->url, &nomem);
    cut_outlet_name(out->title, out->outlet);
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

/* ----------------------------------------------------------------- charset */

int quoth_html_sniff_charset(const char *html, size_t len, char *out, size_t cap) {
    out[0] = 0;
    if (len > 2048) len = 2048;
    for (size_t i = 0; i + 8 <= len; i++) {
        if (strncasecmp(html + i, "charset=", 8) != 0) continue;
        const char *c = html + i + 8;
        const char *end = html + len;
        if (c < end && (*c == '"' || *c == '\'')) c++;
        size_t k = 0;
        while (c + k < end && k + 1 < cap && (isalnum((unsigned char)c[k]) || strchr("-_.:", c[k]))) k++;
        memcpy(out, c, k);
        out[k] = 0;
        return k > 0;
    }
    return 0;
}

/* -------------------------------------------------------------- HTTP body */

static int body_reserve(quoth_decoder *d, size_t n) {
    if (n <= d->body_cap) return 1;
    char *p = realloc(d->body, n);
    if (!p) return 0;
    d->body = p;
    d->body_cap = n;
    return 1;
}

/* Transfer-Encoding: chunked -> the bytes. Malformed chunking keeps what
 * was read until then, as browsers do. Returns the length, or -1. */
static long dechunk(quoth_decoder *d, const char *s, size_t n) {
    if (!body_reserve(d, n + 1)) return -1;
    size_t out = 0, i = 0;
    while (i < n) {
        /* the chunk size, read within the n bytes (strtoul would read on
         * past them, and take a sign or leading space) */
        size_t j = i;
        unsigned long size = 0;
        while (j < n && j - i < 15 && isxdigit((unsigned char)s[j])) {
            int c = (unsigned char)s[j++];
            size = size * 16 + (unsigned long)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        if (j == i) break;
        const char *nl = memchr(s + j, '\n', n - j);
        if (!nl) break;
        i = (size_t)(nl - s) + 1;
        if (size == 0) break;
        if (size > n - i) size = n - i;
        memcpy(d->body + out, s + i, size);
        out += size;
        i += size;
        while (i < n && (s[i] == '\r' || s[i] == '\n')) i++;
    }
    return (long)out;
}

/* Content-Encoding gzip or deflate -> the bytes, at most `max`, in a new
 * buffer *out (its size *out_cap); s is left alone, so that a failed try
 * can be tried again another way. Returns the length, -1 when out of
 * memory, -2 when larger than max, -3 when corrupt. */
static long inflate_body(const char *s, size_t n, size_t max, int raw_deflate, char **out, size_t *out_cap) {
    z_stream z;
    memset(&z, 0, sizeof z);
    /* 15 + 32: gzip or zlib by their headers; -15: headerless deflate */
    if (inflateInit2(&z, raw_deflate ? -15 : 15 + 32) != Z_OK) return -1;
    size_t cap = n * 4 + 4096 < max + 1 ? n * 4 + 4096 : max + 1;
    char *buf = malloc(cap);
    long result = buf ? 0 : -1;
    z.next_in = (unsigned char *)(uintptr_t)s;
    z.avail_in = (uInt)n;
    while (!result) {
        z.next_out = (unsigned char *)buf + z.total_out;
        z.avail_out = (uInt)(cap - z.total_out);
        int rc = inflate(&z, Z_NO_FLUSH);
        if (rc == Z_STREAM_END || (rc == Z_BUF_ERROR && z.avail_in == 0)) break;
        if (rc != Z_OK && rc != Z_BUF_ERROR) result = -3;
        else if (z.avail_out == 0) {
            if (cap > max) result = -2;
            else {
                size_t bigger = cap * 2 < max + 1 ? cap * 2 : max + 1;
                char *p = realloc(buf, bigger);
                if (!p) result = -1;
                else buf = p, cap = bigger;
            }
        }
    }
    if (!result && z.total_out > max) result = -2;
    if (!result) {
        *out = buf;
        *out_cap = cap;
        result = (long)z.total_out;
    } else free(buf);
    inflateEnd(&z);
    return result;
}

static int html_error(quoth_decoder *d, quoth_input_doc *doc, const char *why) {
    snprintf(d->message, sizeof d->message, "%s", why);
    doc->error = d->message;
    doc->text = NULL;
    return 0;
}

/* The HTTP body as the page's bytes: de-chunked, then inflated. */
static int http_payload(quoth_decoder *d, const quoth_raw_doc *raw, const quoth_reader_options *o,
                        quoth_input_doc *doc, const char **s, size_t *n) {
    if (raw->http_chunked) {
        long k = dechunk(d, *s, *n);
        if (k < 0) return QUOTH_ERR_NOMEM;
        *s = d->body;
        *n = (size_t)k;
    }
    if (raw->http_encoding) {
        char *out = NULL;
        size_t cap = 0;
        long k = inflate_body(*s, *n, o->max_doc_bytes, 0, &out, &cap);
        /* "deflate" is zlib by the standard, headerless by some servers */
        if (k == -3 && raw->http_encoding == 2) k = inflate_body(*s, *n, o->max_doc_bytes, 1, &out, &cap);
        if (k >= 0) {
            free(d->body); /* *s may be the de-chunked body: done with it */
            d->body = out;
            d->body_cap = cap;
        }
        if (k == -1) return QUOTH_ERR_NOMEM;
        if (k == -2 || k == -3) {
            /* 1: the document is an error record, not a failure */
            html_error(d, doc, k == -2 ? "larger than --max-doc-size once decompressed" : "corrupt compressed HTTP body");
            return 1;
        }
        *s = d->body;
        *n = (size_t)k;
    }
    return 0;
}

/* How a page is encoded, and the label that named it. */
typedef struct page_encoding {
    quoth_charset charset;
    char label[64];
    size_t bom; /* bytes of a byte order mark to skip */
} page_encoding;

static void from_label(page_encoding *e, const char *label) {
    snprintf(e->label, sizeof e->label, "%s", label);
    e->charset = quoth_charset_of_label(e->label);
}

/* As a browser decides (WHATWG's encoding sniffing, simplified): the byte
 * order mark; else the HTTP header's charset; else the page's own <meta>,
 * which cannot mean UTF-16 (it was just read as ASCII); else --encoding;
 * else UTF-8, or windows-1252 (an English-language browser's fallback)
 * for a page whose invalid UTF-8 outweighs its valid. A page that
 * declares another encoding but is plainly UTF-8 is read as UTF-8:
 * mislabelled pages are common. */
static void page_encoding_of(const quoth_raw_doc *raw, const quoth_reader_options *o, const char *s, size_t n,
                             page_encoding *e) {
    e->label[0] = 0;
    e->charset = quoth_charset_of_bom(s, n, &e->bom);
    if (e->charset != QUOTH_CHARSET_UNKNOWN) return;
    if (raw->charset) from_label(e, raw->charset);
    if (e->charset == QUOTH_CHARSET_UNKNOWN && quoth_html_sniff_charset(s, n, e->label, sizeof e->label)) {
        e->charset = quoth_charset_of_label(e->label);
        if (e->charset == QUOTH_CHARSET_UTF16LE || e->charset == QUOTH_CHARSET_UTF16BE)
            e->charset = QUOTH_CHARSET_UTF8;
    }
    if (e->charset == QUOTH_CHARSET_UNKNOWN && o->encoding) from_label(e, o->encoding);
    if (e->charset == QUOTH_CHARSET_UNKNOWN)
        e->charset = quoth_mostly_utf8(s, n) ? QUOTH_CHARSET_UTF8 : QUOTH_CHARSET_CP1252;
    else if (e->charset != QUOTH_CHARSET_UTF16LE && e->charset != QUOTH_CHARSET_UTF16BE && quoth_plainly_utf8(s, n))
        e->charset = QUOTH_CHARSET_UTF8;
}

/* The page in UTF-8, which is what gumbo reads: *s, *n point at the
 * converted bytes (owned by d) when it was in another encoding. */
static int page_as_utf8(quoth_decoder *d, const quoth_raw_doc *raw, const quoth_reader_options *o, const char **s,
                        size_t *n) {
    page_encoding e;
    page_encoding_of(raw, o, *s, *n, &e);
    if (e.charset == QUOTH_CHARSET_UTF8) {
        *s += e.bom; /* gumbo would keep UTF-8's mark as text; a browser drops it */
        *n -= e.bom;
        return 0;
    }
    free(d->converted);
    d->converted = NULL;
    size_t len;
    int rc = quoth_charset_to_utf8(e.charset, e.label, *s + e.bom, *n - e.bom, &d->converted, &len);
    if (rc == QUOTH_ERR_INVALID) return 0; /* iconv no longer knows it: the bytes as they are */
    if (rc) return rc;
    *s = d->converted;
    *n = len;
    return 0;
}

int quoth_decode_html(quoth_decoder *d, const quoth_raw_doc *raw, const quoth_reader_options *o,
                      quoth_input_doc *doc) {
    const char *s = raw->data;
    size_t n = raw->len;
    if (raw->kind == QUOTH_RAW_HTTP) {
        int rc = http_payload(d, raw, o, doc, &s, &n);
        if (rc) return rc > 0 ? 0 : rc;
    }
    int rc = page_as_utf8(d, raw, o, &s, &n);
    if (rc) return rc;
    quoth_html_article_free(&d->article);
    rc = quoth_html_extract(s, n, &d->article);
    if (rc == QUOTH_ERR_NOMEM) return rc;
    if (rc) return html_error(d, doc, "malformed HTML");
    if (!d->article.outlet && doc->meta.url) { /* a WARC record's URL, where the page names none */
        int nomem = 0;
        d->article.outlet = outlet_in_title(d->article.title, doc->meta.url, &nomem);
        if (nomem) return QUOTH_ERR_NOMEM;
        cut_outlet_name(d->article.title, d->article.outlet);
    }
    doc->text = d->article.text;
    doc->len = d->article.len;
    doc->meta.title = d->article.title;
    if (!doc->meta.url) doc->meta.url = d->article.url;
    if (!doc->meta.date) doc->meta.date = d->article.date;
    doc->meta.outlet = d->article.outlet;
    return 0;
}
