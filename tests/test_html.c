/*
 * test_html.c - what quoth_html_extract keeps of a web page: the story's
 * element found with and without <article>, the furniture left out by its
 * names, tags, labels and links, paragraphs from <br>s, the headline, and
 * the title and outlet. Each page is a miniature of a layout that real
 * sites use (test_readers.c covers the reader around it: files, encodings,
 * WARC). tests/fixtures/html/ holds whole pages of such layouts, checked by
 * tests/cli/html.sh.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "io/reader.h"
#include "quoth.h"

typedef struct page {
    char text[4096], title[256], outlet[256];
} page;

/* Extracts a page of `head` and `body` into p; "(failed)" or "(none)" when
 * nothing. */
static void extract(const char *head, const char *body, page *p) {
    static char html[16384];
    int n = snprintf(html, sizeof html, "<!DOCTYPE html><html><head>%s</head>%s</html>", head, body);
    strcpy(p->text, "(failed)");
    strcpy(p->title, "(failed)");
    strcpy(p->outlet, "(failed)");
    quoth_html_article a;
    if (n <= 0 || (size_t)n >= sizeof html || quoth_html_extract(html, (size_t)n, &a) != QUOTH_OK) return;
    snprintf(p->text, sizeof p->text, "%s", a.text ? a.text : "(none)");
    snprintf(p->title, sizeof p->title, "%s", a.title ? a.title : "(none)");
    snprintf(p->outlet, sizeof p->outlet, "%s", a.outlet ? a.outlet : "(none)");
    quoth_html_article_free(&a);
}

static const char *text_of(const char *body) {
    static page p;
    extract("", body, &p);
    return p.text;
}

/* Furniture by the parts of its names: whole parts ("share" of
 * "share-sheet__list__1sbUR", of "ShareSheet-list"), never inside a word
 * ("shared-story", "biology", "canvas"); captions, credits and comments
 * wherever the word stands; data-qa and data-testid names too. */
static void test_furniture_by_name_parts(void) {
    CHECK_STR(text_of("<body><article>"
                      "<p>The ferry will stop running in winter, the council said.</p>"
                      "<div class=\"share-sheet__list__1sbUR\">Facebook Email</div>"
                      "<div class=\"ShareSheet-list\">X</div>"
                      "<div class=\"shared-story\">Islanders said they were not asked.</div>"
                      "<div class=\"story-tags\">Ferries Islands</div>"
                      "<div class=\"inline-photo__caption\"><p>\"It is home,\" Blum said.</p></div>"
                      "<p class=\"photo-credit\">Photo: Ana Ruiz</p>"
                      "<div class=\"top-comments\"><p>My neighbour said it was a scandal.</p></div>"
                      "<div class=\"jetpack-likes-widget-wrapper\">Like this:</div>"
                      "<div data-qa=\"author-bio\"><p>He previously reported on city hall.</p></div>"
                      "<div class=\"biology-note\"><p>Biologists said the seals would stay.</p></div>"
                      "<div class=\"canvas-wrap\"><p>The operator said it would appeal.</p></div>"
                      "<div class=\"story-body commentary\"><p>A councillor called it a disgrace.</p></div>"
                      "</article></body>"),
              "The ferry will stop running in winter, the council said.\n\n"
              "Islanders said they were not asked.\n\n"
              "Biologists said the seals would stay.\n\n"
              "The operator said it would appeal.\n\n"
              "A councillor called it a disgrace.");
}

/* The story's own element is never furniture by its classes: a Substack
 * post is <article class="newsletter-post">, WordPress tags a post
 * "tag-advertising", themes give <body> "has-sidebar" or
 * "wp-embed-responsive". */
static void test_story_element_kept_whatever_its_names(void) {
    CHECK_STR(text_of("<body class=\"has-sidebar wp-embed-responsive\">"
                      "<article class=\"post newsletter-post tag-advertising category-trending\">"
                      "<p>The agency said ad spending fell by a third.</p></article></body>"),
              "The agency said ad spending fell by a third.");
    CHECK_STR(text_of("<body class=\"sidebar-right\"><div class=\"story\">"
                      "<p>The agency said ad spending fell by a third this spring.</p>"
                      "<p>Its director said the fall would not last the year.</p></div></body>"),
              "The agency said ad spending fell by a third this spring.\n\n"
              "Its director said the fall would not last the year.");
}

/* A <header> inside <article> holds the headline and standfirst; the
 * page's own <header> (outside, or role=banner) is its banner. Figures go
 * whole, with captions in any element; a footnote's mark does not run
 * into the word before it, a plain superscript stays; AMP's advertisement
 * goes with its fallback text. */
static void test_headers_figures_marks(void) {
    CHECK_STR(text_of("<body><header class=\"site-header\">The Gazette</header><article>"
                      "<header class=\"entry-header\"><h1>Bridge to shut for eight months</h1>"
                      "<p class=\"dek\">The council voted 6-3.</p></header>"
                      "<header role=\"banner\">Sections</header>"
                      "<p>Repairs cost $2m, or 40 m<sup>2</sup> of deck a week, the engineer said.</p>"
                      "<figure><img src=\"a.jpg\"><div class=\"media\"><p>\"It is rusting,\" Ali said.</p></div>"
                      "</figure>"
                      "<p>Traffic fell in 2023<sup><a href=\"#fn1\">1</a></sup>, the report said.</p>"
                      "<amp-ad width=\"300\"><div fallback>Ad failed to load</div></amp-ad>"
                      "</article></body>"),
              "Bridge to shut for eight months\n\n"
              "The council voted 6-3.\n\n"
              "Repairs cost $2m, or 40 m2 of deck a week, the engineer said.\n\n"
              "Traffic fell in 2023, the report said.");
}

/* Two <br>s part paragraphs, one breaks a line. */
static void test_double_break_parts_paragraphs(void) {
    CHECK_STR(text_of("<body><article><div>The plant will close, the company said.<br><br>"
                      "Workers said they learned of it from the radio.<br>\n<br>"
                      "\"We found out at breakfast,\" one said.<br>She has worked there ten years.</div>"
                      "</article></body>"),
              "The plant will close, the company said.\n\n"
              "Workers said they learned of it from the radio.\n\n"
              "\"We found out at breakfast,\" one said.\nShe has worked there ten years.");
}

/* Lists and boxes that are mostly links go (related stories, topics),
 * whatever their names; a paragraph with a link in it, a list of points
 * and a headline that links to its own page stay. A box that holds only a
 * label goes, and so does a recirculation module's heading. */
static void test_link_lists_and_labels(void) {
    CHECK_STR(text_of("<body><article>"
                      "<h1><a href=\"/story\">Port strike ends after nine days</a></h1>"
                      "<p>Dockers voted to accept <a href=\"/offer\">the offer</a>, their union said.</p>"
                      "<ul><li>Pay rises 6% this year</li><li>Night shifts are capped</li></ul>"
                      "<h2>More on this story</h2>"
                      "<ul class=\"x1\"><li><a href=\"/a\">Union says strike will go on</a></li>"
                      "<li><a href=\"/b\">Shippers warn of delays</a></li></ul>"
                      "<div class=\"x2\">Related topics <a href=\"/t/ports\">Ports</a> <a href=\"/t/unions\">Trade "
                      "unions</a> <a href=\"/t/shipping\">Shipping industry</a></div>"
                      "<p><a href=\"/full\">Read the full statement from the port authority</a></p>"
                      "<div class=\"wpcnt\"><div class=\"wpa\"><span>Advertisements</span><div></div></div></div>"
                      "<p>The port said ships would dock from Monday.</p>"
                      "</article></body>"),
              "Port strike ends after nine days\n\n"
              "Dockers voted to accept the offer, their union said.\n\n"
              "Pay rises 6% this year\n\nNight shifts are capped\n\n"
              "The port said ships would dock from Monday.");
}

/* A live blog sets each entry in an <article>: the story is all of them,
 * with the headline that stands outside them. A story with teasers in
 * <article>s beside it stays the story alone. */
static void test_live_blog_and_teasers(void) {
    page p;
    extract("<title>Storm live: roads closed | Daily Post</title>"
            "<meta property=\"og:site_name\" content=\"Daily Post\">",
            "<body><h1>Storm live: roads closed</h1><div class=\"feed\">"
            "<article><p>09:10 Police said the coast road was shut.</p></article>"
            "<article><p>09:40 The mayor said shelters were open at two schools.</p></article>"
            "<article><p>10:05 Forecasters said the wind would ease by noon.</p></article>"
            "</div></body>",
            &p);
    CHECK_STR(p.text, "Storm live: roads closed\n\n09:10 Police said the coast road was shut.\n\n"
                      "09:40 The mayor said shelters were open at two schools.\n\n"
                      "10:05 Forecasters said the wind would ease by noon.");
    CHECK_STR(text_of("<body><div>"
                      "<article><p>The mayor said shelters were open at two schools and a church hall, "
                      "and that buses would take people there from the seafront every hour.</p>"
                      "<p>Forecasters said the wind would ease by noon.</p></article>"
                      "<article><p>Teaser: police say road shut.</p></article>"
                      "<article><p>Teaser: rail firm says trains late.</p></article></div></body>"),
              "The mayor said shelters were open at two schools and a church hall, and that buses would take "
              "people there from the seafront every hour.\n\nForecasters said the wind would ease by noon.");
}

/* A page that marks no article: the element that holds most of the
 * paragraphs, and its siblings of the same class (a story cut by an
 * advertisement), not the menus, teasers and footer around it; a story set
 * in a table's cell, its paragraphs parted by <br>s. */
static void test_story_found_without_article(void) {
    CHECK_STR(text_of("<body><div id=\"top\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
                      "<div class=\"cols\"><div class=\"col-a\">"
                      "<div class=\"story-body\"><p>The school board approved the bus contract on Tuesday night.</p>"
                      "<p>\"It saves us money,\" board chair Lena Moss said after the vote.</p></div>"
                      "<div class=\"slot\"><div></div></div>"
                      "<div class=\"story-body\"><p>Parents said they had not been consulted on the new routes.</p></div>"
                      "</div><div class=\"col-b\"><div class=\"teaser\"><h3><a href=\"/x\">Fair opens</a></h3>"
                      "<p>Organisers say the county fair expects record crowds this year.</p></div></div></div>"
                      "<div class=\"bottom\">Copyright 2024 The Gazette. All rights reserved.</div></body>"),
              "The school board approved the bus contract on Tuesday night.\n\n"
              "\"It saves us money,\" board chair Lena Moss said after the vote.\n\n"
              "Parents said they had not been consulted on the new routes.");
    CHECK_STR(text_of("<body><table><tr><td><b>SECTIONS</b><br><a href=\"/h\">Home</a><br>"
                      "<a href=\"/s\">Sports</a><br><a href=\"/w\">Weather</a></td>"
                      "<td>The county will repave Route 9 this summer, officials said.<br><br>"
                      "\"It is overdue,\" said road supervisor Al Brandt, who has asked for the money since "
                      "1996.</td></tr></table></body>"),
              "The county will repave Route 9 this summer, officials said.\n\n"
              "\"It is overdue,\" said road supervisor Al Brandt, who has asked for the money since 1996.");
}

/* A story cut into many parts by advertisements is read whole: their
 * container scores half of every part, more than any one part. */
static void test_story_in_many_parts(void) {
    char body[8192];
    size_t n = (size_t)snprintf(body, sizeof body, "<body><div class=\"page\">");
    for (int i = 1; i <= 20; i++)
        n += (size_t)snprintf(body + n, sizeof body - n,
                              "<div class=\"part\"><p>Part %d of the story says the council met again.</p>%s</div>"
                              "<div class=\"ad\"></div>",
                              i, i == 20 ? "<p>The last part is the longest, and the mayor said so twice.</p>" : "");
    snprintf(body + n, sizeof body - n, "</div></body>");
    const char *text = text_of(body);
    CHECK(strstr(text, "Part 1 of the story") == text);
    CHECK(strstr(text, "Part 16 of the story") != NULL);
    CHECK(strstr(text, "The last part is the longest") != NULL);
}

/* A paywalled story's text that the page holds in full is the story,
 * whatever its class says of subscribers ("subscriber-only"); the box that
 * asks to subscribe is not. */
static void test_subscribers_text_kept(void) {
    CHECK_STR(text_of("<body><article><div class=\"asset-content subscriber-preview\"><p>The board voted 4-3 to "
                      "close the school, the clerk said.</p></div><div class=\"asset-content subscriber-only\">"
                      "<p>Parents said they would appeal.</p></div><div class=\"subscribe-box\"><p>Subscribe "
                      "now, our editor said, for $1.</p></div></article></body>"),
              "The board voted 4-3 to close the school, the clerk said.\n\nParents said they would appeal.");
}

/* Teaser cards as the page's only <article>s, the story in a <div> (an
 * aggregator's excerpt): the story, not the largest card. */
static void test_cards_are_not_the_story(void) {
    page p;
    extract("<title>Ferry to drop winter sailings - NewsStream</title>",
            "<body><main><div class=\"story\" role=\"article\"><h1>Ferry to drop winter sailings</h1>"
            "<div class=\"excerpt\"><p>The ferry company will stop its winter service in November, its manager "
            "said on Tuesday.</p><p>\"We have run that route at a loss for eleven winters,\" the manager said.</p>"
            "</div></div><section class=\"coverage\"><article class=\"card\"><a href=\"/a\">Island fears "
            "isolation</a><p>Residents say the cut leaves them stranded.</p></article>"
            "<article class=\"card\"><a href=\"/b\">Budget writers defend cut</a></article></section>"
            "</main></body>",
            &p);
    CHECK_STR(p.text, "Ferry to drop winter sailings\n\nThe ferry company will stop its winter service in November, "
                      "its manager said on Tuesday.\n\n\"We have run that route at a loss for eleven winters,\" the "
                      "manager said.");
}

/* The headline goes first when the story's element lacks it: the <h1>
 * whose words are the title's, not an <h1> that is the site's logo; not
 * twice when the story holds it. */
static void test_headline_first(void) {
    page p;
    static const char HEAD[] = "<title>Bridge to shut for eight months | Water and roads | Gazette</title>"
                               "<meta property=\"og:title\" content=\"Bridge to shut for eight months\">";
    extract(HEAD,
            "<body><h1 class=\"logo\">Gazette</h1><div class=\"page-title\"><h1>Bridge to shut for eight "
            "months</h1></div><article><p>The council voted 6-3, the clerk said.</p></article></body>",
            &p);
    CHECK_STR(p.text, "Bridge to shut for eight months\n\nThe council voted 6-3, the clerk said.");
    CHECK_STR(p.title, "Bridge to shut for eight months");
    extract(HEAD,
            "<body><article><h1>Bridge to shut for eight months</h1>"
            "<p>The council voted 6-3, the clerk said.</p></article></body>",
            &p);
    CHECK_STR(p.text, "Bridge to shut for eight months\n\nThe council voted 6-3, the clerk said.");
    extract("<title>Gazette</title>",
            "<body><h1>Gazette</h1><article><p>The council voted 6-3, the clerk said.</p></article></body>", &p);
    CHECK_STR(p.text, "The council voted 6-3, the clerk said.");
    /* a story's element with no text at all: the headline alone (found by
     * the fuzzer: the empty text had no buffer to copy) */
    extract(HEAD, "<body><h1>Bridge to shut for eight months</h1><div itemprop=\"articleBody\"></div></body>", &p);
    CHECK_STR(p.text, "Bridge to shut for eight months");
}

/* A <title> that is the og:title and more (a section's name, an author's)
 * gives the og:title; an outlet's name that opens the title is the outlet
 * when the URL's host spells it. */
static void test_title_and_outlet(void) {
    page p;
    extract("<title>Why the jail's phone contract matters - by Nadia Kowal</title>"
            "<meta property=\"og:title\" content=\"Why the jail's phone contract matters\">",
            "<body><p>Text.</p></body>", &p);
    CHECK_STR(p.title, "Why the jail's phone contract matters");
    extract("<title>Pinecrest Gazette - School board approves bus contract</title>"
            "<link rel=\"canonical\" href=\"https://www.pinecrestgazette.example/1999/bus.html\">",
            "<body><p>Text.</p></body>", &p);
    CHECK_STR(p.title, "School board approves bus contract");
    CHECK_STR(p.outlet, "Pinecrest Gazette");
    extract("<title>Pinecrest Gazette - School board approves bus contract</title>"
            "<link rel=\"canonical\" href=\"https://news.example/1999/bus.html\">",
            "<body><p>Text.</p></body>", &p);
    CHECK_STR(p.title, "Pinecrest Gazette - School board approves bus contract");
    CHECK_STR(p.outlet, "(none)");
}

/* What is hidden from screen readers goes (an icon, a separator), but not
 * a story's paragraphs hidden until "Continue reading", which stand beside
 * the ones shown: both are the story. */
static void test_hidden_rest_of_story(void) {
    CHECK_STR(text_of("<body><div class=\"m-page\"><div class=\"m-story\">"
                      "<div class=\"m-story-text\"><p>The district will close Willow Creek school in June, "
                      "the board decided.</p><p><span aria-hidden=\"true\">\xE2\x98\x85</span>Its 140 pupils "
                      "will move to Central.</p></div>"
                      "<button>Continue reading</button>"
                      "<div class=\"collapsed\" aria-hidden=\"true\">"
                      "<p>\"None of us went into education to close schools,\" the superintendent said.</p>"
                      "<p>Parents said they had been given less than a month's notice.</p>"
                      "<p>A board member said she would have delayed the closure by a year.</p></div>"
                      "</div></div></body>"),
              "The district will close Willow Creek school in June, the board decided.\n\n"
              "Its 140 pupils will move to Central.\n\n"
              "\"None of us went into education to close schools,\" the superintendent said.\n\n"
              "Parents said they had been given less than a month's notice.\n\n"
              "A board member said she would have delayed the closure by a year.");
}

/* Lines that <br>s part within one element are paragraphs too, and go by
 * their leads like blocks ("Also Read:"); labels set off by dashes go;
 * a copyright notice goes, a sentence about copyright stays. */
static void test_navigation_lines_and_notices(void) {
    CHECK_STR(text_of("<body><article><div>NEW DELHI: The city will add 400 buses, its transport minister said."
                      "<br><br>Also Read: <a href=\"/x\">Metro fares to rise in April</a><br><br>"
                      "Copyright lawyers said the logo dispute would go to court.<br><br>"
                      "\"We need them on the road by summer,\" he said.</div>"
                      "<div class=\"x\"><span>- Advertisement -</span></div>"
                      "<p>Copyright 2024 Nexview Media Inc. All rights reserved.</p>"
                      "<p>\xC2\xA9 2024 The Chronicle</p></article></body>"),
              "NEW DELHI: The city will add 400 buses, its transport minister said.\n\n"
              "Copyright lawyers said the logo dispute would go to court.\n\n"
              "\"We need them on the road by summer,\" he said.");
}

/* A page without og:site_name names its outlet in JSON-LD: a publisher's
 * name, or a NewsMediaOrganization that the publisher names by @id only;
 * the name is then cut from the title. */
static void test_outlet_from_jsonld(void) {
    page p;
    extract("<title>Where the subway ends - The Metropolitan Ledger</title>"
            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"publisher\": "
            "{\"@id\": \"https://ledger.example/#publisher\"}}</script>"
            "<script type=\"application/ld+json\">{\"@type\": \"NewsMediaOrganization\", \"name\": "
            "\"The Metropolitan Ledger\"}</script>",
            "<body><p>Text.</p></body>", &p);
    CHECK_STR(p.outlet, "The Metropolitan Ledger");
    CHECK_STR(p.title, "Where the subway ends");
    extract("<title>Dam plan approved</title><script type=\"application/ld+json\">{\"@graph\": [{\"@type\": "
            "\"NewsArticle\", \"publisher\": [{\"@type\": \"Organization\", \"name\": \"Valley Courier\"}]}]}"
            "</script>",
            "<body><p>Text.</p></body>", &p);
    CHECK_STR(p.outlet, "Valley Courier");
    extract("<title>Dam plan approved</title><script type=\"application/ld+json\">{\"publisher\": 7, "
            "\"author\": {\"name\": \"Jo Lane\"}}</script>",
            "<body><p>Text.</p></body>", &p);
    CHECK_STR(p.outlet, "(none)");
}

TEST_MAIN(test_furniture_by_name_parts, test_story_element_kept_whatever_its_names, test_headers_figures_marks,
          test_double_break_parts_paragraphs, test_link_lists_and_labels, test_live_blog_and_teasers,
          test_story_found_without_article, test_headline_first, test_title_and_outlet, test_hidden_rest_of_story,
          test_navigation_lines_and_notices, test_outlet_from_jsonld, test_story_in_many_parts,
          test_subscribers_text_kept, test_cards_are_not_the_story)
