/*
 * html_meta.c - a page's metadata, which a store's search results and a
 * feed's lines show beside each statement: the <title> (or og:title)
 * without the outlet's name at either end, the canonical URL (<link
 * rel=canonical>, or og:url), the publication date (article:published_time
 * and its relatives, JSON-LD datePublished, <time datetime>) and the
 * outlet (og:site_name, else the JSON-LD publisher, else the name that
 * opens or ends the title when the URL's host spells it). The one scan of the page
 * that finds them also notes what the story is looked for in
 * (html_story.c): <body>, <main>, the <article>s, the element marked
 * itemprop=articleBody, the JSON-LD scripts and the first <h1>s.
 */
#include "io/html.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* --------------------------------------------------------------- page scan */

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

static void offer_date(page_scan *p, const char *value, size_t rank) {
    if (value && *value && rank < p->date_rank) {
        p->date = value;
        p->date_rank = rank;
    }
}

static void scan_meta(page_scan *p, const GumboNode *n) {
    const char *key = quoth_html_attr(n, "property");
    if (!key) key = quoth_html_attr(n, "name");
    if (!key) key = quoth_html_attr(n, "itemprop");
    const char *content = quoth_html_attr(n, "content");
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
    const char *type = quoth_html_attr(script, "type");
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

static int contains_ci(const char *s, const char *word) {
    size_t m = strlen(word);
    for (; *s; s++)
        if (strncasecmp(s, word, m) == 0) return 1;
    return 0;
}

static int itemprop_is(const GumboNode *n, const char *word) {
    const char *v = quoth_html_attr(n, "itemprop");
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
        if (!p->canonical && (v = quoth_html_attr(n, "rel")) && strcasecmp(v, "canonical") == 0) p->canonical = quoth_html_attr(n, "href");
        break;
    case GUMBO_TAG_SCRIPT: scan_jsonld(p, n); break;
    case GUMBO_TAG_TIME:
        offer_date(p, quoth_html_attr(n, "datetime"),
                   quoth_html_attr(n, "pubdate") || itemprop_is(n, "datePublished") ? RANK_TIME_PUB : RANK_TIME);
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
    if (!p->main && (v = quoth_html_attr(n, "role")) && strcasecmp(v, "main") == 0) p->main = n;
    if (!p->article_body && itemprop_is(n, "articleBody")) p->article_body = n;
}

static void scan(page_scan *p, const GumboNode *n, int depth) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > MAX_DEPTH) return;
    scan_element(p, n);
    const GumboVector *c = &n->v.element.children;
    for (unsigned i = 0; i < c->length; i++) scan(p, c->data[i], depth + 1);
}

/* The page's scan from its root; no date found yet outranks any. */
void quoth_html_scan(page_scan *p, const GumboNode *root) {
    memset(p, 0, sizeof *p);
    p->date_rank = RANK_NONE;
    scan(p, root, 0);
}

/* ------------------------------------------------------ title, URL, outlet */

/* s with its white space collapsed to single spaces and trimmed, into out
 * (strlen(s) + 1 bytes); its length. U+00A0 (&nbsp;) counts as white
 * space, as in the article's text (tb_text(), html_text.c): pages use it
 * between a title's words too. */
static size_t collapse_space(const char *s, char *out) {
    size_t o = 0;
    int gap = 0;
    for (; *s; s++) {
        if (quoth_html_space((unsigned char)*s)) gap = 1;
        else if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) gap = 1, s++;
        else {
            if (gap && o) out[o++] = ' ';
            gap = 0;
            out[o++] = *s;
        }
    }
    out[o] = 0;
    return o;
}

/* A trimmed copy with white space collapsed; NULL for NULL or empty. */
static char *clean_dup(const char *s, int *nomem) {
    if (!s) return NULL;
    char *copy = malloc(strlen(s) + 1);
    if (!copy) *nomem = 1;
    if (!copy || !collapse_space(s, copy)) {
        free(copy);
        return NULL;
    }
    return copy;
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
void quoth_html_cut_outlet_name(char *title, const char *site) {
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

/* The name of a page's host, "harborpost" of "https://www.harborpost.com/a". */
static size_t host_name(const char *url, char *out, size_t cap) {
    const char *h = url ? strstr(url, "://") : NULL;
    if (!h) return 0;
    h += 3;
    if (strncasecmp(h, "www.", 4) == 0) h += 4;
    size_t n = strcspn(h, "./:?#");
    return quoth_html_alnum_lower(h, n, out, cap);
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

/* Whether name[0..n) spells the host's name ("harborpost"), with or
 * without "The". */
static int spells_host(const char *name, size_t n, const char *host, size_t h) {
    char part[128];
    size_t k = quoth_html_alnum_lower(name, n, part, sizeof part);
    const char *letters = part;
    if (k > 3 && strncmp(part, "the", 3) == 0 && strncmp(host, "the", 3) != 0) letters += 3, k -= 3;
    return n <= 60 && k >= h && strncmp(letters, host, h) == 0;
}

static char *outlet_copy(const char *name, size_t n, int *nomem) {
    char *copy = strndup(name, n);
    if (!copy) *nomem = 1;
    return copy;
}

/* A page without og:site_name often still ends its title with its name
 * ("Port strike enters second week - The Harbor Post"): the last part of
 * the title after a separator is the outlet when its letters, with or
 * without "The", are the host's name or begin with it ("BBC News" of
 * bbc.co.uk). A copy of that part, or NULL. */
char *quoth_html_outlet_in_title(const char *title, const char *url, int *nomem) {
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

/* The page's title: its <title>, or its og:title when the <title> is that
 * and more after a separator ("Headline | Water industry | The Sentinel",
 * "Headline - by Nadia Kowalczyk"): the section's or author's name that
 * follows is not the outlet's, which is all quoth_html_cut_outlet_name()
 * can cut. */
static const char *page_title(const page_scan *p) {
    if (!p->title) return p->og_title;
    if (!p->og_title) return p->title;
    const char *t = p->title, *og = p->og_title;
    while (quoth_html_space((unsigned char)*t)) t++;
    size_t n = strlen(og);
    while (n && quoth_html_space((unsigned char)og[n - 1])) n--;
    if (n < 10 || strncmp(t, og, n) != 0) return p->title;
    for (size_t i = 0; i < N_TITLE_SEPARATORS; i++)
        if (TITLE_SEPARATORS[i].ends && strncmp(t + n, TITLE_SEPARATORS[i].text, strlen(TITLE_SEPARATORS[i].text)) == 0)
            return og;
    return p->title;
}

/* The article's metadata into out, each cleaned; *nomem set when memory
 * ran out. The outlet's name is cut from the title last: the title may be
 * where the outlet was found. */
void quoth_html_metadata(const page_scan *p, quoth_html_article *out, int *nomem) {
    out->title = clean_dup(page_title(p), nomem);
    out->url = clean_dup(p->canonical ? p->canonical : p->og_url, nomem);
    out->date = clean_dup(p->date, nomem);
    out->outlet = clean_dup(p->site_name, nomem);
    if (!out->outlet) out->outlet = jsonld_publisher(p, nomem);
    if (!out->outlet) out->outlet = quoth_html_outlet_in_title(out->title, out->url, nomem);
    quoth_html_cut_outlet_name(out->title, out->outlet);
}
