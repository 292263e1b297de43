/*
 * html_furniture.c - what is not the article, though it stands inside the
 * story's element: navigation, headers, footers, scripts, styles, asides,
 * forms, captions, elements that are hidden or whose class names
 * boilerplate (related links, newsletters, share bars, pull quotes, author
 * biographies), "Read also:"/"Read more:" blocks, and blocks that hold only
 * a furniture label ("Advertisement", "Share"). Kept, each would be read
 * as the story's text, and its sentences as the story's statements. The
 * measures (html_story.c) and the walk (html_text.c) put the same
 * questions to every element, so that what a page's furniture looks like
 * is said in one place.
 */
#include "io/html.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

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

int quoth_html_block_tag(GumboTag t) {
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

int quoth_html_has_block_child(const GumboNode *n) {
    const GumboVector *c = &n->v.element.children;
    for (unsigned i = 0; i < c->length; i++) {
        const GumboNode *k = c->data[i];
        if (k->type == GUMBO_NODE_ELEMENT && quoth_html_block_tag(k->v.element.tag)) return 1;
    }
    return 0;
}

/* Blocks that hold text rather than other blocks: where a "Read also:"
 * line is looked for. */
int quoth_html_leaf_block_tag(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
        return 1;
    default:
        return 0;
    }
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
 * the story does not. "subscribe-" and not "subscribe": BLOX sets a
 * paywalled story's text in "subscriber-only". Drupal names its comments'
 * field "field--name-comment". */
static const char *const FURNITURE_INFIXES[] = {
    "read-more", "readmore", "read-also", "readalso", "related", "newsletter", "breadcrumb", "cookie",
    "consent", "sidebar", "advert", "outbrain", "taboola", "social-share", "share-bar", "sharing",
    "recirc", "most-popular", "subscribe-", "pullquote", "pull-quote", "pull_quote", "author-bio",
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
        while (*at && quoth_html_space((unsigned char)*at)) at++;
        const char *end = at;
        while (*end && !quoth_html_space((unsigned char)*end)) end++;
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
    /* a story's header stands near its <article>; a climb without a bound
     * would make a page of nested <header>s quadratic */
    int climb = 16;
    for (const GumboNode *up = n->parent; up && climb--; up = up->parent)
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
        const char *href = quoth_html_attr(k, "href");
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
        const char *role = quoth_html_attr(n, "role");
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
        const char *v = quoth_html_attr(n, NAMING_ATTRIBUTES[i]);
        if (v && boilerplate_name(v)) return 1;
    }
    return 0;
}

int quoth_html_dropped_element(const GumboNode *n) {
    if (dropped_by_tag(n)) return 1;
    if (quoth_html_attr(n, "hidden")) return 1;
    /* hidden from screen readers: icons, separators, a copy for another
     * screen; but a story's paragraphs hidden until "Continue reading"
     * are the story */
    const char *v = quoth_html_attr(n, "aria-hidden");
    if (v && strcasecmp(v, "true") == 0 && !quoth_html_has_block_child(n)) return 1;
    v = quoth_html_attr(n, "role");
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
static void leading_text(const GumboNode *n, char *out, size_t cap, size_t *len, int depth, unsigned *budget) {
    if (*len + 1 >= cap || depth > MAX_DEPTH || !*budget) return;
    if (!--*budget) {
        /* out of nodes before the text ran out: the lead is cut, and a mark
         * that no label holds keeps it from reading as a whole one */
        out[(*len)++] = '\x01';
        out[*len] = 0;
        return;
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
        for (const char *s = n->v.text.text; *s && *len + 1 < cap; s++) {
            int space = quoth_html_space((unsigned char)*s);
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
    if (n->type != GUMBO_NODE_ELEMENT || quoth_html_dropped_element(n)) return;
    const GumboVector *c = &n->v.element.children;
    for (unsigned i = 0; i < c->length; i++) leading_text(c->data[i], out, cap, len, depth + 1, budget);
}

/* The first bytes of a block's text into lead (FURNITURE_LABEL_MAX), from
 * at most LEAD_NODES of its nodes: a label's block holds a few, and a
 * block of many empty elements would otherwise be read whole for each
 * block around it. */
#define LEAD_NODES 256

static size_t block_lead(const GumboNode *n, char *lead) {
    size_t len = 0;
    unsigned budget = LEAD_NODES;
    lead[0] = 0;
    leading_text(n, lead, FURNITURE_LABEL_MAX, &len, 0, &budget);
    return len;
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
int quoth_html_navigation_lead(const char *lead, size_t len) {
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

int quoth_html_navigation_block(const GumboNode *n) {
    char lead[FURNITURE_LABEL_MAX];
    size_t len = block_lead(n, lead);
    return quoth_html_navigation_lead(lead, len);
}

/* A block's text that is a furniture label and nothing else. */
int quoth_html_whole_label(const GumboNode *n) {
    char lead[FURNITURE_LABEL_MAX];
    size_t len = block_lead(n, lead);
    return len + 1 < sizeof lead && furniture_label(lead, len);
}
