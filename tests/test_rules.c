/*
 * test_rules.c - attributions found by the engine on short fixtures, with
 * the built-in model: who, which cue, what content, which type. Each
 * fixture is one pattern the rules are there for.
 */
#include <stdlib.h>
#include <string.h>

#include "attrib/attribution.h"
#include "attrib/engine.h"
#include "attrib/learned.h"
#include "attrib/learned_features.h"
#include "attrib/speakers.h"
#include "tag/model.h"
#include "harness.h"
#include "quoth.h"

static quoth_model *model;
static quoth_engine *engine;

static void setup(void) {
    if (!model) {
        if (quoth_model_load_default(&model) != 0) abort();
        engine = quoth_engine_new(model, 0);
        if (!engine) abort();
    }
}

/* The text of a span of the last document. */
static const char *slice(const quoth_doc *doc, const quoth_span *s) {
    static char buf[4][512];
    static int next;
    char *b = buf[next++ & 3];
    const char *text = quoth_doc_text(doc, NULL);
    snprintf(b, 512, "%.*s", (int)(s->byte_end - s->byte_start), text + s->byte_start);
    return b;
}

static const quoth_doc *extract(const char *text) {
    setup();
    const quoth_doc *doc = NULL;
    if (quoth_extract(engine, text, strlen(text), &doc) != 0) abort();
    return doc;
}

/* The quote whose content starts with `prefix`, or NULL. */
static const quoth_quote *find(const quoth_doc *doc, const char *prefix) {
    for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) {
        const quoth_quote *q = quoth_doc_quote(doc, i);
        if (strncmp(slice(doc, &q->contents[0]), prefix, strlen(prefix)) == 0) return q;
    }
    return NULL;
}

static void check_quote(const quoth_doc *doc, const char *content, const char *cue, const char *source,
                        quoth_quote_type type) {
    const quoth_quote *q = find(doc, content);
    CHECK(q != NULL);
    if (!q) {
        fprintf(stderr, "  no quote with content \"%s\"\n", content);
        return;
    }
    CHECK_STR(q->has_cue ? slice(doc, &q->cue) : NULL, cue);
    CHECK_STR(q->n_sources ? slice(doc, &q->sources[0]) : NULL, source);
    CHECK_INT(q->type, type);
}

/* No statement of the document has `source` for its source. */
static void check_no_source(const quoth_doc *doc, const char *source) {
    for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) {
        const quoth_quote *q = quoth_doc_quote(doc, i);
        CHECK(!q->n_sources || strcmp(slice(doc, &q->sources[0]), source) != 0);
    }
}

static void test_quote_then_cue_then_source(void) {
    const quoth_doc *doc = extract("\"The bridge will open in May,\" said Mayor Ana Ruiz.");
    CHECK_INT(quoth_doc_quote_count(doc), 1);
    check_quote(doc, "\"The bridge will open in May,\"", "said", "Mayor Ana Ruiz", QUOTH_DIRECT);
}

static void test_quote_then_pronoun_and_cue(void) {
    const quoth_doc *doc = extract(
        "Ana Ruiz spoke to reporters on Monday.\n\n"
        "\xE2\x80\x9CWe will not raise the tolls again,\xE2\x80\x9D she added.");
    check_quote(doc, "\xE2\x80\x9CWe will not", "added", "she", QUOTH_DIRECT);
    const quoth_quote *q = find(doc, "\xE2\x80\x9CWe will not");
    CHECK(q && q->speaker_name && strcmp(q->speaker_name, "Ana Ruiz") == 0);
    CHECK(q && q->resolved_by == QUOTH_RESOLVED_PRONOUN);
}

static void test_cue_before_quote(void) {
    const quoth_doc *doc = extract("The minister told reporters: \"Nobody will lose a pension.\"");
    check_quote(doc, "\"Nobody will lose a pension.\"", "told", "The minister", QUOTH_DIRECT);
}

static void test_split_quote_has_two_contents(void) {
    const quoth_doc *doc = extract("\"The talks are over,\" the envoy said, \"and we are going home.\"");
    const quoth_quote *q = find(doc, "\"The talks are over,\"");
    CHECK(q != NULL);
    CHECK_INT(q ? q->n_contents : 0, 2);
    CHECK_STR(q ? slice(doc, &q->contents[1]) : NULL, "\"and we are going home.\"");
}

static void test_source_cue_that(void) {
    const quoth_doc *doc = extract("The company said that profits fell by a third last year.");
    check_quote(doc, "that profits fell by a third last year", "said", "The company", QUOTH_INDIRECT);
}

/* A clause of another speaker joined by "but" ends the first content. */
static void test_but_another_speaker_said(void) {
    const quoth_doc *doc = extract(
        "The harbor master said that the ferry would run again in May, but the mayor said that repairs would take a year.");
    check_quote(doc, "that the ferry would run again in May", "said", "The harbor master", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "that the ferry");
    CHECK(q && strcmp(slice(doc, &q->contents[0]), "that the ferry would run again in May") == 0);
    check_quote(doc, "that repairs would take a year", "said", "the mayor", QUOTH_INDIRECT);
}

/* "and" with a second cue verb starts a statement of its own. */
static void test_and_second_cue_verb(void) {
    const quoth_doc *doc = extract("The mayor said that the ferry would run again in May and added that fares would stay the same.");
    const quoth_quote *q = find(doc, "that the ferry");
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "that the ferry would run again in May");
}

static void test_content_then_source_cue(void) {
    const quoth_doc *doc = extract("The strike will end on Friday, union leaders said.");
    check_quote(doc, "The strike will end on Friday", "said", "union leaders", QUOTH_INDIRECT);
}

/* The content of "according to" set off inside its sentence has two
 * parts when the words before it are the clause's subject or an opening
 * phrase (it had been the first part alone); a connective before it is
 * left out, as PolNeAR's annotators leave it. */
static void check_two_parts(const quoth_doc *doc, const char *first, const char *second) {
    const quoth_quote *q = find(doc, first);
    CHECK(q != NULL);
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, first);
    CHECK_STR(q && q->n_contents > 1 ? slice(doc, &q->contents[1]) : NULL, second);
}

static void test_according_to(void) {
    const quoth_doc *doc = extract("According to the police, the fire started in the kitchen.");
    check_quote(doc, "the fire started in the kitchen", "According to", "the police", QUOTH_INDIRECT);
    doc = extract("The main causes, according to the survey, include rent and the price of food.");
    check_quote(doc, "The main causes", "according to", "the survey", QUOTH_INDIRECT);
    check_two_parts(doc, "The main causes", "include rent and the price of food");
    doc = extract("Since last spring, according to the group, the police have arrested 300 people.");
    check_two_parts(doc, "Since last spring", "the police have arrested 300 people");
    doc = extract("But the next day, according to Reyes, the owner made new demands.");
    check_two_parts(doc, "the next day", "the owner made new demands");
    doc = extract("In addition, according to the ministry, nearly two million workers will lose benefits.");
    check_quote(doc, "nearly two million workers will lose benefits", "according to", "the ministry",
                QUOTH_INDIRECT);
    /* a clause of its own before, and a noun phrase after: one part */
    doc = extract("The firm earned $60 million last year, according to its filings, a record for the town.");
    const quoth_quote *q = find(doc, "The firm earned");
    CHECK_INT(q ? q->n_contents : 0, 1);
}

static void test_mixed_quote(void) {
    const quoth_doc *doc = extract("The senator said the plan was \"a gift to polluters\" and would fail.");
    check_quote(doc, "the plan was", "said", "The senator", QUOTH_MIXED);
}

static void test_navigation_lines_are_skipped(void) {
    const quoth_doc *doc = extract("Read also: Mayor says \"the bridge is safe\" in interview\n\n"
                                   "The weather was fine.");
    CHECK_INT(quoth_doc_quote_count(doc), 0);
    /* a list of links under its heading, one a line (each had been a
     * statement); the article's paragraph after the list is read */
    doc = extract("The new charges come into force on 1 May.\n\nRelated stories\n"
                  "- Council leader says budget gap is 'worst in memory'\n"
                  "- Residents say new cycle lane is 'a death trap'\n\n"
                  "The mayor said the lane would stay.");
    CHECK_INT(quoth_doc_quote_count(doc), 1);
    check_quote(doc, "the lane would stay", "said", "The mayor", QUOTH_INDIRECT);
}

/* A rule's property, so without the tagger (which may still see an
 * attribution where PolNeAR's annotators would). */
static void test_scare_quotes_are_not_statements(void) {
    setup();
    quoth_engine *rules_only = quoth_engine_new(model, QUOTH_RULES_ONLY);
    const char *text = "The so-called \"peace plan\" was discussed on the show \"Face the Nation\" today.";
    const quoth_doc *doc = NULL;
    CHECK_INT(quoth_extract(rules_only, text, strlen(text), &doc), 0);
    CHECK_INT(doc ? quoth_doc_quote_count(doc) : 99, 0);
    quoth_engine_free(rules_only);
}

static void test_glued_cue_is_found(void) {
    const quoth_doc *doc = extract("Last week the minister saidthat the border would stay closed.");
    check_quote(doc, "that the border would stay closed", "said", "the minister", QUOTH_INDIRECT);
}

/* Machine-translated word order: "About it informs the agency." */
static void test_translated_report(void) {
    const quoth_doc *doc = extract("The ferry service will stop in winter. About it reports \"Harbor Radio\".");
    check_quote(doc, "About it", "reports", "\"Harbor Radio\"", QUOTH_INDIRECT);
}

/* A content that ran on into the next sentence stops before it when that
 * sentence has its own source and cue set off inside it, and that
 * sentence's lead and its clause after "and" are both the content:
 * "Doctors are busy" had been the end of the statement before. */
static void test_parenthetical_cue_after_a_quotation(void) {
    const char *text = "Ruiz said the case was \"a failure.\" Doctors are busy, she said, and few see rare cases.";
    const quoth_doc *doc = extract(text);
    const quoth_quote *q = find(doc, "Doctors are busy");
    CHECK(q != NULL);
    if (!q) return;
    CHECK_STR(slice(doc, &q->cue), "said");
    CHECK_STR(slice(doc, &q->sources[0]), "she");
    CHECK_INT(q->n_contents, 2);
    if (q->n_contents == 2) CHECK_STR(slice(doc, &q->contents[1]), "and few see rare cases");
    const quoth_quote *first = find(doc, "the case was");
    CHECK(first != NULL && strstr(slice(doc, &first->contents[0]), "Doctors") == NULL);
}

/* An answer of one word is the whole content ("48 percent said no | and
 * the rest were unsure" had run on). */
static void test_answer_of_one_word(void) {
    const quoth_doc *doc = extract("Asked about the plan, 29 percent said yes, 48 percent said no and the rest "
                                   "were unsure.");
    check_quote(doc, "no", "said", "48 percent", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "no");
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "no");
    /* but "and that" goes on with what was said */
    doc = extract("The mayor said no and that he had done nothing wrong.");
    q = find(doc, "no");
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "no and that he had done nothing wrong");
}

/* The writer's aside on what the source left out is no part of what it
 * said; a clause of "but" that the source said stays. */
static void test_content_before_writer_aside(void) {
    const quoth_doc *doc = extract("A spokesperson said the change was shortening waits, though it did not provide "
                                   "figures.");
    check_quote(doc, "the change was shortening waits", "said", "A spokesperson", QUOTH_INDIRECT);
    CHECK_INT(quoth_doc_quote(doc, 0)->contents[0].byte_end, (int64_t)strlen("A spokesperson said the change was "
                                                                            "shortening waits"));
    doc = extract("Ana Ruiz said the bridge would open in May, but did not elaborate.");
    check_quote(doc, "the bridge would open in May", "said", "Ana Ruiz", QUOTH_INDIRECT);
    CHECK_INT(quoth_doc_quote(doc, 0)->contents[0].byte_end, (int64_t)strlen("Ana Ruiz said the bridge would open in May"));
    doc = extract("Ana Ruiz said the bridge would open in May, but the road would not.");
    CHECK_INT(quoth_doc_quote(doc, 0)->contents[0].byte_end, (int64_t)strlen("Ana Ruiz said the bridge would open in May, "
                                                                            "but the road would not"));
}

/* A preposition between cue and content belongs to neither, and a short
 * noun phrase after it neither ("said after | the game that": it had
 * been in the content). */
static void test_content_past_circumstance(void) {
    const quoth_doc *doc = extract("Priya Raman, who was sitting courtside, said after the game that Mendes was "
                                   "the heart of the team.");
    check_quote(doc, "that Mendes was the heart of the team", "said", "Priya Raman, who was sitting courtside,",
                QUOTH_INDIRECT);
}

/* A fact check's parts ("Fact Check:", "THE CLAIM:", "THE VERDICT:") are
 * no speakers: each had been a statement, and the claim's had taken the
 * senator's quotation. */
static void test_fact_check_labels_are_no_speakers(void) {
    const quoth_doc *doc = extract("Fact Check: Did Crime Really Double?\n\nTHE CLAIM: \"Crime has doubled,\" "
                                   "Senator Victor Alvarado said on Sunday.\n\nTHE VERDICT: False.");
    CHECK_INT(quoth_doc_quote_count(doc), 1);
    check_quote(doc, "\"Crime has doubled,\"", "said", "Senator Victor Alvarado", QUOTH_DIRECT);
}

/* A request not to be named is no statement ("asked not to be
 * identified", "declined to give her name", which had been statements and
 * had swallowed the one after them); the statement after it stays. */
static void test_anonymity_request_is_no_statement(void) {
    const quoth_doc *doc = extract("An analyst, who asked not to be identified, said the cuts were large.");
    CHECK_INT(quoth_doc_quote_count(doc), 1);
    check_quote(doc, "the cuts were large", "said", "An analyst", QUOTH_INDIRECT);
    doc = extract("A neighbour who declined to give her name said she heard a bang.");
    CHECK_INT(quoth_doc_quote_count(doc), 1);
    check_quote(doc, "she heard a bang", "said", "A neighbour", QUOTH_INDIRECT);
    doc = extract("The person asked not to be named because the talks were private.");
    CHECK_INT(quoth_doc_quote_count(doc), 0);
}

/* More requests not to be named (the sixth audit's): "was not authorised
 * to discuss ...", "who did not want to be named" are no statements, a
 * participle of anonymity set off by commas is such a clause as "who ..."
 * is, and a request that ran on into the statement gives it its own cue. */
static void test_more_anonymity_requests(void) {
    const quoth_doc *doc = extract("Ji-woo Park said she was relieved. An Orbit executive, speaking on condition of "
                                   "anonymity because he was not authorised to discuss internal deliberations, said "
                                   "the delay was caused by a review of the budget.");
    CHECK(find(doc, "internal deliberations") == NULL);
    /* the clause's "he" is no source: the executive speaks, and the woman
     * named before stays a woman */
    check_quote(doc, "the delay was caused", "said", "An Orbit executive", QUOTH_INDIRECT);
    const quoth_quote *park = find(doc, "she was relieved");
    CHECK_INT(park ? (int)park->speaker_gender : -1, QUOTH_GENDER_FEMALE);
    doc = extract("A police spokesman, who spoke on condition of anonymity because he was not authorised to discuss "
                  "the case, said three men had been arrested.");
    CHECK(find(doc, "the case") == NULL);
    doc = extract("Another neighbour, who did not want to be named, said the lane was often blocked.");
    CHECK(find(doc, "to be named") == NULL);
    check_quote(doc, "the lane was often blocked", "said", "Another neighbour", QUOTH_INDIRECT);
    doc = extract("A man who prayed at the mosque here and who didn't want to be named said he heard the gunman "
                  "talk of violence.");
    check_quote(doc, "he heard the gunman", "said", "A man", QUOTH_INDIRECT);
}

/* A content that opens with "that" after one cue and before another
 * ("told the meeting that ... and warned that ...") is the first cue's:
 * joined to "warned", one token nearer, it had cost "told" and its source
 * the whole statement, and the sentence gave none. */
static void test_that_content_joins_cue_before(void) {
    const quoth_doc *doc = extract("The council's finance officer, Helen Mwangi, told the meeting that reserves had "
                                   "fallen to their lowest level in a decade and warned that further cuts were "
                                   "likely next year.");
    check_quote(doc, "that reserves had fallen", "told", "The council's finance officer, Helen Mwangi,",
                QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "that reserves");
    CHECK(q && q->n_contents == 1);
}

/* A lawyer or a spokesman through whom someone speaks is the channel:
 * the statement is the one's who opens the sentence (each had been the
 * channel's). */
static void test_channel_is_no_source(void) {
    const quoth_doc *doc = extract("The Nairobi Market Traders Association, through its lawyer Mr Peter Ochieng "
                                   "Otieno, had argued that the county did not consult traders.");
    const quoth_quote *q = find(doc, "that the county");
    CHECK(q != NULL);
    CHECK_STR(q && q->n_sources ? slice(doc, &q->sources[0]) : NULL, "The Nairobi Market Traders Association");
    CHECK_STR(q ? q->speaker_name : NULL, "Nairobi Market Traders Association");
}

/* The fifty-fourth and fifty-fifth audits' spans. After a quotation, the
 * hearer of "told" is no source: the name set off by its relative clause
 * is, and the content ends at the closing mark (it had been "Stargaze
 * Weekly", the content running on through the name). */
static void test_hearer_of_told_is_no_source(void) {
    const quoth_doc *doc = extract("\"They are very happy,\" Corinne Maddox, who has represented Vance since 2015, "
                                   "told Stargaze Weekly on Tuesday.");
    check_quote(doc, "\"They are very happy,\"", "told", "Corinne Maddox, who has represented Vance since 2015,",
                QUOTH_DIRECT);
    const quoth_quote *q = find(doc, "\"They are");
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "\"They are very happy,\"");
    check_no_source(doc, "Stargaze Weekly");
}

/* The speaker of a source with a relative clause is the name the clause
 * hangs on, not one the clause names (it had been "Paris"), nor no one
 * ("The Dasarian government"); unless the words before it name no one ("A
 * neighbor, who gave only his surname, Deng,"). */
static void test_speaker_before_relative_clause(void) {
    const quoth_doc *doc = extract("The Minister of Agriculture, Herv\u00e9 Mauduit-Lacombe, who met farm leaders in "
                                   "Paris on Tuesday evening, said the government would not change the plan.");
    const quoth_quote *q = find(doc, "the government would");
    CHECK_STR(q ? q->speaker_name : NULL, "Herv\u00e9 Mauduit-Lacombe");
    doc = extract("The Dasarian government, which hosts the refugees under a 2019 agreement, said the rations "
                  "would be restored.");
    q = find(doc, "the rations");
    CHECK_STR(q ? q->speaker_name : NULL, "Dasarian government");
    doc = extract("A neighbor, who gave only his surname, Deng, said he heard shots all night.");
    q = find(doc, "he heard");
    CHECK_STR(q ? q->speaker_name : NULL, "Deng");
}

/* A source that begins inside a place line of a city and its region
 * starts after it (it had been "Jalisco — Jalisco Governor ..."); a
 * name's particle read as a verb is no cue ("dos" of "Pires dos Ramos");
 * an engineer's "Eng." keeps its sentence whole. */
static void test_place_line_particle_and_engineer(void) {
    const quoth_doc *doc = extract("GUADALAJARA, Jalisco \xE2\x80\x94 Jalisco Governor Jorge Arriola Pelayo said on "
                                   "Monday he would call a public consultation.");
    check_quote(doc, "he would call", "said", "Jalisco Governor Jorge Arriola Pelayo", QUOTH_INDIRECT);
    doc = extract("Prime Minister Olinto Pires dos Ramos, speaking at the signing, said the bonus was paid.");
    for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) {
        const quoth_quote *q = quoth_doc_quote(doc, i);
        CHECK_STR(q->has_cue && strcmp(slice(doc, &q->cue), "dos") == 0 ? "dos" : NULL, NULL);
    }
    doc = extract("The deputy governor, Eng. Bassam Hilal, said the road was closed.");
    check_quote(doc, "the road was", "said", "The deputy governor, Eng. Bassam Hilal,", QUOTH_INDIRECT);
}

/* A source that the tagger began after a name's "of" is the name's, with
 * its place (it had been the town). */
static void test_source_before_of(void) {
    const quoth_doc *doc = extract("Mayor Ines Valadares of Monchique accused the government of cutting funding.");
    const quoth_quote *q = find(doc, "the government");
    CHECK(q != NULL);
    CHECK_STR(q && q->n_sources ? slice(doc, &q->sources[0]) : NULL, "Mayor Ines Valadares of Monchique");
    CHECK_STR(q ? q->speaker_name : NULL, "Ines Valadares");
}

/* A content before its source that the tagger began inside the noun
 * phrase opening its sentence begins with the sentence (it had begun at
 * "cargo lander"). */
static void test_content_from_sentence_start(void) {
    const quoth_doc *doc = extract("The launch of the Artemisia-2 lunar cargo lander was called off on Saturday, "
                                   "officials at the European Orbital Agency said.");
    check_quote(doc, "The launch of the Artemisia-2 lunar cargo lander", "said",
                "officials at the European Orbital Agency", QUOTH_INDIRECT);
}

/* A paragraph that is a quotation signed after a dash is the signer's,
 * the dash its cue; the statement of the paragraph before stops at its
 * own paragraph's end (it had run on over the quotation). */
static void test_quotation_signed_after_dash(void) {
    const quoth_doc *doc = extract("The Kestrel Bay Fishermen's Association, which Bill Tarrant chairs, said it "
                                   "would seek a judicial review.\n\n\"We have waited four years for this.\" \u2014 "
                                   "Lars Eriksen, chief executive of Nordvind UK");
    check_quote(doc, "\"We have waited four years for this.\"", "\u2014", "Lars Eriksen", QUOTH_DIRECT);
    const quoth_quote *q = find(doc, "it would seek");
    CHECK(q != NULL);
    CHECK(q && !strstr(slice(doc, &q->contents[0]), "waited"));
}

/* A sentence opened by a verb of saying before its speaker: the verb is
 * the cue (it had been the colon), the apposition or relative clause after
 * the name the source's (it had been part of the content), and the
 * speaker is the name without the verb (it had been "Said Margit Olsen"). */
static void test_inverted_openings(void) {
    const quoth_doc *doc = extract("The old swing bridge over the Alder reopened on Friday.\n\n"
                                   "Said Margit Olsen, who has run the ferry caf\u00e9 beside it since 1998, "
                                   "\"We thought the day would never come.\"\n\n"
                                   "Said the mayor, Alan Crewe: \"This is the biggest change in a generation.\"\n\n"
                                   "Said Crewe, \"Nobody should wait that long again.\"");
    check_quote(doc, "\"We thought the day would never come.\"", "Said",
                "Margit Olsen, who has run the ferry caf\u00e9 beside it since 1998", QUOTH_DIRECT);
    check_quote(doc, "\"This is the biggest change in a generation.\"", "Said", "the mayor, Alan Crewe", QUOTH_DIRECT);
    check_quote(doc, "\"Nobody should wait that long again.\"", "Said", "Crewe", QUOTH_DIRECT);
    const quoth_quote *q = find(doc, "\"We thought");
    CHECK_STR(q ? q->speaker_name : NULL, "Margit Olsen");
    q = find(doc, "\"Nobody");
    CHECK_STR(q ? q->speaker_name : NULL, "Alan Crewe");
    CHECK_INT((int)quoth_doc_quote_count(doc), 3);
    /* a participle clause that opens the sentence is no inverted cue */
    doc = extract("Asked whether the plan would survive the winter, Councillor Ray Dunn shot back: "
                  "\"That would be good.\"");
    check_quote(doc, "\"That would be good.\"", "shot back:", "Councillor Ray Dunn", QUOTH_DIRECT);
}

/* Translated news sets off neither "for her part" nor a medium with
 * commas: the source is the noun phrase before them (it had been "her
 * part", and Ukrinform). */
/* A name and an age set off after it right before the cue, which the
 * tagger read as common words: the source (the statement had been dropped
 * for want of one). */
static void test_aged_name_before_cue(void) {
    const quoth_doc *doc = extract("The boys waited by the fence. Yusuf, 16, said he wanted to reach his brother in "
                                   "Germany.");
    check_quote(doc, "he wanted to reach", "said", "Yusuf, 16,", QUOTH_INDIRECT);
}

/* "In his opinion," and "In her words," open a statement as "In his
 * view," does (they had been none). */
static void test_opinion_openings(void) {
    const quoth_doc *doc = extract("Opposition MP Ryszard Gawlas wrote that the government betrayed Silesia. In his "
                                   "opinion, the region needs a special law. In his words, the government should "
                                   "have started from the customs.");
    check_quote(doc, "the region needs a special law", "opinion", "his", QUOTH_INDIRECT);
    check_quote(doc, "the government should have started", "words", "his", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "the region needs");
    CHECK_STR(q ? q->speaker_name : NULL, "Ryszard Gawlas");
}

/* A medium named in quotation marks, as translated news names it, is a
 * source: after "According to the newspaper" (nothing had been found), in
 * "As writes the „...“," and "As noted the minister X," (the verb before
 * its subject), and it is an organization, not a person. */
static void test_media_in_quotation_marks(void) {
    const quoth_doc *doc = extract("According to the newspaper “Kommersant”, the deal was signed last week.");
    check_quote(doc, "the deal was signed last week", "According to", "the newspaper “Kommersant”",
                QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "the deal was signed");
    CHECK(q && q->speaker_kind == QUOTH_KIND_ORGANIZATION);
    doc = extract("According to «Kommersant», the deal was signed last week.");
    q = find(doc, "the deal was signed");
    CHECK_STR(q ? q->speaker_name : NULL, "Kommersant");
    CHECK(q && q->speaker_kind == QUOTH_KIND_ORGANIZATION);
    doc = extract("As writes the „Frankfurter Morgenblatt“, the coalition wants to cut the tax in spring.");
    check_quote(doc, "the coalition wants to cut the tax in spring", "writes", "the „Frankfurter Morgenblatt“",
                QUOTH_INDIRECT);
    doc = extract("As noted the minister Ivan Petrov, the harvest was good.");
    check_quote(doc, "the harvest was good", "noted", "the minister Ivan Petrov", QUOTH_INDIRECT);
    q = find(doc, "the harvest was good");
    CHECK_STR(q ? q->speaker_name : NULL, "Ivan Petrov");
    doc = extract("As reported the spokesman of the police, junior inspector Marek Lisiak, the march was calm.");
    check_quote(doc, "the march was calm", "reported",
                "the spokesman of the police, junior inspector Marek Lisiak", QUOTH_INDIRECT);
    doc = extract("According to the daily «Izvestia», the deal was signed last week.");
    q = find(doc, "the deal was signed");
    CHECK_STR(q ? q->speaker_name : NULL, "Izvestia");
    CHECK(q && q->speaker_kind == QUOTH_KIND_ORGANIZATION);
    /* "As" that opens no report, and a quoted title that modifies a noun */
    doc = extract("As reported earlier, the plant will close.");
    CHECK(find(doc, "the plant will close") == NULL);
    doc = extract("“Vedomosti” writes that the bank will cut rates.");
    q = find(doc, "that the bank will cut rates");
    CHECK(q && q->speaker_kind == QUOTH_KIND_ORGANIZATION);
}

/* The passive report of translated news: "it" is never its source; the
 * agent after the verb or the document that opens the sentence is (the
 * first two had been no statement, the third "it", the fourth "It"). */
static void test_passive_reports(void) {
    const quoth_doc *doc = extract("It was learned from the Emergency Management Department that 47,000 people "
                                   "had been relocated.");
    check_quote(doc, "that 47,000 people had been relocated", "was learned", "the Emergency Management Department",
                QUOTH_INDIRECT);
    doc = extract("In the summary of the decision, it was stated that the tight stance will be maintained.");
    check_quote(doc, "that the tight stance will be maintained", "was stated", "the summary of the decision",
                QUOTH_INDIRECT);
    doc = extract("In a written statement by the Governor's Office, it was noted that the fire was under control.");
    check_quote(doc, "that the fire was under control", "was noted", "a written statement by the Governor's Office",
                QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "that the fire was under control");
    CHECK_STR(q ? q->speaker_name : NULL, "Governor's Office");
    /* two reports of one sentence, each with its own clause */
    doc = extract("In the text, it was noted that the indicators point to a decline, and it was underlined that "
                  "the stance will be tightened.");
    check_quote(doc, "that the indicators point to a decline", "was noted", "the text", QUOTH_INDIRECT);
    check_quote(doc, "that the stance will be tightened", "was underlined", "the text", QUOTH_INDIRECT);
    q = find(doc, "that the indicators point");
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "that the indicators point to a decline");
    doc = extract("It was reported that the bridge had collapsed.");
    q = find(doc, "that the bridge had collapsed");
    CHECK(q && q->n_sources == 0 && q->speaker_name == NULL);
    /* "it" that is something: its verb is no passive report */
    doc = extract("The council published the plan on Monday. It was praised by residents.");
    CHECK(find(doc, "residents") == NULL);
}

/* A quotation in single marks that opens its own sentence after an
 * indirect statement, with its own cue, is its own direct quote, and the
 * statement before ends before it (it had been glued onto it, one mixed
 * statement holding "he asked"; or cut to its last sentence). */
/* A player's position after "the" that the tagger read as an adverb:
 * the source is "the forward", not "the" with a cue "forward said". */
static void test_noun_out_of_cue(void) {
    const quoth_doc *doc = extract("\"I felt sharp today,\" the forward said. \"We kept the ball,\" the striker said.");
    check_quote(doc, "\"I felt sharp today,\"", "said", "the forward", QUOTH_DIRECT);
    check_quote(doc, "\"We kept the ball,\"", "said", "the striker", QUOTH_DIRECT);
}

/* A name set off between a source and its cue after an opening phrase
 * is the source's (it had been left out, and the speaker was the corps). */
static void test_name_apposed_before_cue(void) {
    const quoth_doc *doc = extract("Speaking with our correspondent, the Zonal Coordinator of the Federal Road Safety "
                                   "Corps, Dr Musa Bello Kanu, warned that more crashes were likely.");
    check_quote(doc, "that more crashes were likely", "warned",
                "the Zonal Coordinator of the Federal Road Safety Corps, Dr Musa Bello Kanu,", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "that more crashes");
    CHECK_STR(q ? q->speaker_name : NULL, "Musa Bello Kanu");
}

/* A subject whose relative clause closes right before the cue, which the
 * tagger left without a source: the subject, without its clause (there
 * had been no statement). */
static void test_subject_before_relative_clause(void) {
    const quoth_doc *doc = extract("Lurambi MP Hon. Peter Otieno Wekesa, who spoke after the CS, said the county was "
                                   "spending recklessly.");
    check_quote(doc, "the county was spending recklessly", "said", "Lurambi MP Hon. Peter Otieno Wekesa",
                QUOTH_INDIRECT);
    doc = extract("Lena Moss said costs rose. Moss, who joined the board in 2019, has told shareholders that the "
                  "dividend will double by 2028.");
    check_quote(doc, "that the dividend will double by 2028", "has told", "Moss", QUOTH_INDIRECT);
}

/* "According to figures published by X," is the cue "According to" and
 * the source "figures published by X" (the tagger had read "published"
 * as the cue and "figures" as the source). */
static void test_according_to_participle(void) {
    const quoth_doc *doc = extract("According to figures published by the Office for Rail Statistics, train delays "
                                   "rose by 14 per cent between 2019 and 2023.");
    check_quote(doc, "train delays rose by 14 per cent between 2019 and 2023", "According to",
                "figures published by the Office for Rail Statistics", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "train delays");
    CHECK_STR(q ? q->speaker_name : NULL, "Office for Rail Statistics");
}

/* A subject with its relative clause before the cue is the source, not
 * the content (the two had been swapped). */
static void test_subject_with_relative_before_cue(void) {
    const quoth_doc *doc = extract("The Orland Health Agency, which tracks admissions across the region, reports a "
                                   "fall of 8 percent this winter.");
    check_quote(doc, "a fall of 8 percent this winter", "reports",
                "The Orland Health Agency, which tracks admissions across the region,", QUOTH_INDIRECT);
}

static void test_single_marks_after_indirect(void) {
    const quoth_doc *doc = extract("A clearing agent, Mr Tunde Akele, lamented that his containers had been trapped. "
                                   "‘I pay demurrage every day. Who will refund me?’ he asked. Mrs Kemi Ojo said "
                                   "the sermon reflected reality. ‘The bishop spoke our minds. Prices have tripled,’ "
                                   "she said.");
    check_quote(doc, "‘I pay demurrage every day. Who will refund me?’", "asked", "he", QUOTH_DIRECT);
    check_quote(doc, "‘The bishop spoke our minds. Prices have tripled,’", "said", "she", QUOTH_DIRECT);
    /* after a title and a surname, as British and Australian news write
     * them without a full stop ("Ms" had been read as a verb) */
    doc = extract("Premier Dianne Walcott said the damage was significant. ‘We have been very lucky. The rain is "
                  "the next big threat,’ Ms Walcott said.");
    check_quote(doc, "‘We have been very lucky. The rain is the next big threat,’", "said", "Ms Walcott",
                QUOTH_DIRECT);
    doc = extract("A clearing agent, Mr Tunde Akele, lamented that his containers had been trapped. "
                  "‘I pay demurrage every day. Who will refund me?’ he asked. Mrs Kemi Ojo said "
                  "the sermon reflected reality. ‘The bishop spoke our minds. Prices have tripled,’ "
                  "she said.");
    const quoth_quote *q = find(doc, "that his containers");
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "that his containers had been trapped");
    CHECK_STR(q ? q->speaker_name : NULL, "Tunde Akele");
}

/* A subject set off with its apposition, before an adverb or a day and
 * the cue, is the source of a statement that had none (it had been
 * dropped): after a place line, after "As", and headed by a common noun. */
static void test_subject_with_apposition(void) {
    const quoth_doc *doc = extract("LEEDS, May 2 \u2014 Harrow Freight, Inc., a regional provider of warehousing "
                                   "and freight services, today announced plans to open a depot near Wakefield.");
    check_quote(doc, "plans to open a depot", "announced",
                "Harrow Freight, Inc., a regional provider of warehousing and freight services,", QUOTH_INDIRECT);
    doc = extract("As Dana Whitcombe, a tax lawyer and senior fellow at the Fenwick Institute, recently put it, "
                  "“Did he lower his taxes through legal avoidance, or not?”");
    const quoth_quote *q = find(doc, "“Did he lower");
    CHECK_STR(q && q->n_sources ? slice(doc, &q->sources[0]) : NULL,
              "Dana Whitcombe, a tax lawyer and senior fellow at the Fenwick Institute,");
}

/* "NEW DELHI:" is a place line, as South Asian news writes them: a
 * content starts after it (it had started on it); a transcript's labels
 * in capitals are no places. */
static void test_place_line_with_colon(void) {
    const quoth_doc *doc = extract("NEW DELHI: A SkyVihar flight made an emergency landing on Tuesday after an "
                                   "engine snag, officials said.");
    const quoth_quote *q = find(doc, "A SkyVihar flight");
    CHECK(q != NULL);
    CHECK(find(doc, "NEW DELHI") == NULL);
    doc = extract("KOLKATA: The metro will run late on Friday, the operator said.\n\nThe line reopens in May.");
    CHECK(find(doc, "The metro will run late") != NULL);
}

/* The source's refusal after "and" is the writer's aside, not what was
 * said (the contents had run on into it). */
static void test_refusal_after_and(void) {
    const quoth_doc *doc = extract("Prosecutors said after the hearing that they were confident in their evidence "
                                   "and declined to comment further.");
    const quoth_quote *q = find(doc, "that they were confident");
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "that they were confident in their evidence");
    doc = extract("The company said the drug \"has the potential to become a first-line therapy\" and declined to "
                  "discuss pricing.");
    q = find(doc, "the drug");
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "the drug \"has the potential to become a first-line therapy\"");
}

/* The tagger's statement after a clause of anonymity, which it left
 * without a source, is the noun phrase's before the clause (it had been
 * dropped). */
static void test_anonymity_clause_gives_missing_source(void) {
    const quoth_doc *doc = extract("Tobias Reyne said the plan had failed. A 29-year-old man, who spoke on condition "
                                   "of anonymity, said he could not work.");
    const quoth_quote *q = find(doc, "he could not work");
    CHECK(q != NULL);
    CHECK_STR(q && q->n_sources ? slice(doc, &q->sources[0]) : NULL, "A 29-year-old man");
    /* what a clause between the noun phrase and the verb says of it is no
     * content (it had been the statement's first) */
    doc = extract("A 29-year-old Eritrean man who has waited 26 months for a decision, and who spoke on condition of "
                  "anonymity because his case is pending, said he could not work.");
    q = find(doc, "he could not work");
    CHECK(q != NULL);
    CHECK_INT(q ? (int)q->n_contents : -1, 1);
}

/* "stressed at the scene that": the circumstance between a verb of
 * saying and its "that" is neither cue nor content (the content had begun
 * at "the scene"). */
static void test_translated_circumstance_before_that(void) {
    const quoth_doc *doc = extract("Zheng Liangcai stressed at the scene that rescue is the first priority.");
    check_quote(doc, "that rescue is the first priority", "stressed", "Zheng Liangcai", QUOTH_INDIRECT);
}

/* Translated news's subject after its verb: "This informed the union"
 * is the union's statement of "This" (the tagger had the union for what
 * was said), "reports the newspaper with reference to ..." the
 * newspaper's; "It said the company would appeal" stays as it is. */
static void test_translated_subject_after_verb(void) {
    const quoth_doc *doc = extract("The strike will last two days. This informed the union on Tuesday evening.");
    check_quote(doc, "This", "informed", "the union", QUOTH_INDIRECT);
    doc = extract("It announced the mayor Filippo Brugnaro during a press conference.");
    check_quote(doc, "It", "announced", "the mayor Filippo Brugnaro", QUOTH_INDIRECT);
    doc = extract("Freight customers are worried, reports the newspaper with reference to association circles.");
    check_quote(doc, "Freight customers are worried", "reports", "the newspaper", QUOTH_INDIRECT);
    doc = extract("It said the company would appeal.");
    check_quote(doc, "the company would appeal", "said", "It", QUOTH_INDIRECT);
}

/* Translated news's verbs of saying before a clause ("evaluated that",
 * "introduced that") are cues when a name or title speaks (they had been
 * none); a thing that "guarantees that" says nothing. */
static void test_translated_verbs_of_saying(void) {
    const quoth_doc *doc = extract("The minister Mariana Lacerda evaluated that the result is fruit of the inspection. "
                                   "The spokesman introduced that the rainfall exceeded 300 millimeters.");
    check_quote(doc, "that the result is fruit", "evaluated", "The minister Mariana Lacerda", QUOTH_INDIRECT);
    check_quote(doc, "that the rainfall", "introduced", "The spokesman", QUOTH_INDIRECT);
    doc = extract("The online money machine guarantees that he will have the resources.");
    CHECK_INT((int)quoth_doc_quote_count(doc), 0);
}

static void test_sources_before_translated_asides(void) {
    const quoth_doc *doc = extract("The Minister of Agriculture, H\u00e9l\u00e8ne Vasseur, for her part estimated that "
                                   "the anger of the farmers was legitimate.");
    check_quote(doc, "that the anger", "estimated", "The Minister of Agriculture, H\u00e9l\u00e8ne Vasseur,",
                QUOTH_INDIRECT);
    doc = extract("The expert Olena Marchuk in a commentary to Ukrinform expressed the opinion that the deficit may "
                  "reach 3 GW.");
    const quoth_quote *q = find(doc, "that the deficit");
    CHECK(q != NULL);
    CHECK_STR(q && q->n_sources ? slice(doc, &q->sources[0]) : NULL, "The expert Olena Marchuk");
    CHECK_STR(q ? q->speaker_name : NULL, "Olena Marchuk");
}

/* "The Government was accused of ...": the accused is no speaker (it had
 * been the source), as the one asked or judged is not. */
static void test_accused_is_no_source(void) {
    const quoth_doc *doc = extract("The Government was accused of \"abandoning the coast\" in the Commons "
                                   "yesterday as MPs debated a cut to the flood budget.");
    for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) {
        const quoth_quote *q = quoth_doc_quote(doc, i);
        CHECK_INT((int)q->n_sources, 0);
        CHECK_STR(q->speaker_name, NULL);
    }
    CHECK(quoth_doc_quote_count(doc) == 1);
}

/* "The court heard that ...": the court is told, by someone unnamed; it
 * had been the speaker (the court named before). */
static void test_court_heard_is_no_source(void) {
    const quoth_doc *doc = extract("Kevin Doyle, 44, appeared at Harbour Crown Court on Monday.\n\nThe court heard "
                                   "that the money had been moved to Cyprus in 2019.");
    const quoth_quote *q = find(doc, "that the money");
    CHECK(q != NULL);
    CHECK_INT(q ? (int)q->n_sources : -1, 0);
    CHECK_STR(q ? q->speaker_name : NULL, NULL);
}

/* What a court heard, told before "heard": a statement without a source,
 * as "The court heard that" is (it had been none, or a statement of "he"
 * with the cue "was dismissed"). */
static void test_court_heard_after_content(void) {
    const quoth_doc *doc = extract("A nurse stole drugs from the ward, a jury at Kenmore Crown Court heard on Monday.");
    CHECK_INT(quoth_doc_quote_count(doc), 1);
    const quoth_quote *q = find(doc, "A nurse stole");
    CHECK(q != NULL);
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "A nurse stole drugs from the ward");
    CHECK_STR(q && q->has_cue ? slice(doc, &q->cue) : NULL, "heard");
    CHECK_INT(q ? (int)q->n_sources : -1, 0);
    doc = extract("A former manager threatened to burn the depot days after he was dismissed, a jury at Ashbury "
                  "Crown Court heard on Tuesday.");
    CHECK_INT(quoth_doc_quote_count(doc), 1);
    q = find(doc, "A former manager");
    CHECK_STR(q && q->has_cue ? slice(doc, &q->cue) : NULL, "heard");
}

/* A content that runs on over ", while" and a clause with its own subject
 * and reporting verb ends before it, and that clause is a statement of
 * its own (the shop owners' had been part of the residents'); but not a
 * "while" clause that opens what a poll finds, nor one without a verb of
 * saying. */
static void test_while_clause_is_its_own_statement(void) {
    const quoth_doc *doc = extract("Most residents said the new road had helped them, while shop owners said trade "
                                   "had fallen by a third.");
    check_quote(doc, "the new road had helped them", "said", "Most residents", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "the new road");
    CHECK(q && !strstr(slice(doc, &q->contents[0]), "while"));
    check_quote(doc, "trade had fallen by a third", "said", "shop owners", QUOTH_INDIRECT);
    doc = extract("Ms. Ortega said the clinic would stay open, while the hospital closed its ward.");
    q = find(doc, "the clinic");
    CHECK(q && strstr(slice(doc, &q->contents[0]), "while the hospital closed"));
}

/* A participle of judging after an apposition's noun is no statement
 * ("a Republican considered a centrist": the senator had judged himself),
 * and the sentence's own verb of saying after the apposition is the cue of
 * what follows it (the judgement's content had run on over it). */
static void test_reduced_judgement_is_no_statement(void) {
    const quoth_doc *doc = extract("Senator Mark Dunn, a Republican considered a centrist, said that the bill would "
                                   "pass.");
    CHECK(find(doc, "a centrist") == NULL);
    check_quote(doc, "that the bill would pass", "said", "Senator Mark Dunn, a Republican", QUOTH_INDIRECT);
    doc = extract("Justice Anna Reyes, a Bush appointee considered a moderate, nonetheless wrote that the rule was "
                  "void.");
    CHECK(find(doc, "a moderate") == NULL);
    const quoth_quote *q = find(doc, "that the rule was void");
    CHECK(q != NULL);
    CHECK_STR(q ? q->speaker_name : NULL, "Anna Reyes");
    CHECK_STR(q ? slice(doc, &q->cue) : NULL, "wrote");
}

/* A subject with a short relative clause of its own ("A woman who lives
 * nearby said": the statement had been lost to "lives nearby said"); but
 * in "Voters who say", the cue is the clause's own verb. */
static void test_subject_with_relative_clause(void) {
    const quoth_doc *doc = extract("Ana Sharpe said the victim was stable. A woman who lives nearby said she found "
                                   "Marc Tremblay lying in the road.");
    check_quote(doc, "she found Marc Tremblay lying in the road", "said", "A woman who lives nearby",
                QUOTH_INDIRECT);
}

/* What may stand between a subject and its verb: an aside (", for his
 * part,"), which had left the statement without a source and so lost it;
 * a day ("today" had been the source); neither makes an object into a
 * subject ("their laws"). */
static void test_subject_past_aside_and_day(void) {
    const quoth_doc *doc = extract("Malcolm Pierce ran the authority. Pierce, for his part, said he was glad to "
                                   "have been proven wrong.");
    check_quote(doc, "he was glad", "said", "Pierce", QUOTH_INDIRECT);
    doc = extract("BOSTON, March 4 -- Acme Robotics, a leading maker of warehouse automation systems, today "
                  "announced a partnership with Greenfield Logistics.");
    const quoth_quote *q = find(doc, "a partnership");
    CHECK(q != NULL && q->n_sources == 1);
    if (q && q->n_sources) CHECK(strncmp(slice(doc, &q->sources[0]), "Acme Robotics", 13) == 0 &&
                                 !strstr(slice(doc, &q->sources[0]), "today"));
    doc = extract("USA TODAY reported that the donations were funded from abroad.");
    check_quote(doc, "that the donations", "reported", "USA TODAY", QUOTH_INDIRECT);
    doc = extract("The judges who ruled that the states could not enforce their laws, for instance, said the "
                  "problem was the kind of ID required.");
    q = find(doc, "the problem");
    CHECK(q == NULL || !q->n_sources || strcmp(slice(doc, &q->sources[0]), "their laws") != 0);
}

/* ", blaming higher grain prices.": a participle's object is no source,
 * and the clause before it no content of that object (there had been two
 * statements, each with "higher grain prices" for a source). */
static void test_participle_object_is_no_source(void) {
    const quoth_doc *doc = extract("Shares in Halvorsen Foods fell after the company cut its forecast, blaming "
                                   "higher grain prices.");
    check_no_source(doc, "higher grain prices");
}

/* "one of her aides": a number or quantifier before "of" heads the
 * source, whose cue ends the sentence (the content had run on over it,
 * "to resign, one of her aides said"). */
static void test_partitive_source(void) {
    const quoth_doc *doc = extract("The minister wants to resign, one of her aides said.");
    check_quote(doc, "The minister wants to resign", "said", "one of her aides", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "The minister wants to resign");
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "The minister wants to resign");
    doc = extract("Some of the residents said the water was brown.");
    check_quote(doc, "the water was brown", "said", "Some of the residents", QUOTH_INDIRECT);
}

/* "X plans to ..., two sources told Reuters.": the reporting clause that
 * ends the sentence is the statement's cue and source, and the content
 * runs from the sentence's start to its comma (the tagger had read
 * "plans" as the cue, "China" as the source, and the content had run on
 * over ", two sources told Reuters"). A clause whose verb takes an object
 * of its own reports nothing. */
static void test_trailing_reporting_clause(void) {
    const quoth_doc *doc = extract("China plans to cut its imports of chips by a fifth next year, two sources told "
                                   "Reuters.");
    check_quote(doc, "China plans to cut", "told", "two sources", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "China plans to cut");
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "China plans to cut its imports of chips by a fifth next year");
    doc = extract("The company expects profits to fall sharply, people familiar with the matter said on Tuesday.");
    check_quote(doc, "The company expects", "said", "people familiar with the matter", QUOTH_INDIRECT);
    doc = extract("After the mayor announced the plan with a speech that included a promise, the singer Ana Ruiz "
                  "wrote a long letter against it.");
    check_no_source(doc, "the singer Ana Ruiz");
}

/* "CONTENT, reports the agency.": translated wire copy's verb before its
 * outlet (the tagger had read "the agency" as the content, and the
 * sentence's own subject as the source); the statement inside stays one
 * of its own. */
static void test_inverted_report(void) {
    const quoth_doc *doc = extract("The Minister also revealed that a new plant is planned in Yanbu, reports the "
                                   "agency.");
    check_quote(doc, "The Minister also revealed", "reports", "the agency", QUOTH_INDIRECT);
    check_quote(doc, "that a new plant", "also revealed", "The Minister", QUOTH_INDIRECT);
}

/* "According to NAME, TITLE of BODY, CONTENT": who the person is belongs
 * to the source, as PolNeAR's sources take an apposition whole; the
 * tagger had begun the content at the title. A time or a clause after the
 * name's comma stays content. */
static void test_apposition_after_according_to(void) {
    const quoth_doc *doc = extract("According to Sarah Malik, director of the Lakeside Institute, the plan will "
                                   "fail within a year.");
    check_quote(doc, "the plan will fail", "According to", "Sarah Malik, director of the Lakeside Institute,",
                QUOTH_INDIRECT);
    doc = extract("According to Tomas Berger, a professor of economics at Kiel University, prices will keep "
                  "rising.");
    check_quote(doc, "prices will keep rising", "According to",
                "Tomas Berger, a professor of economics at Kiel University,", QUOTH_INDIRECT);
    doc = extract("According to Mayor Ana Ruiz, last year, the bridge carried more trucks than ever.");
    CHECK(find(doc, "the bridge carried") == NULL);
}

/* The eighth audit's relative clauses before a cue: "whose" and a second
 * "who" are no sources (the novel and "who" had been); the noun phrase the
 * clauses hang on is. */
static void test_sources_past_whose_and_second_who(void) {
    const quoth_doc *doc = extract("Mara Quinn has a new novel. The 41-year-old, whose novel Glass Harbour won the "
                                   "prize in 2019, said she was retiring.");
    check_quote(doc, "she was retiring", "said", "The 41-year-old", QUOTH_INDIRECT);
    doc = extract("A cook who has worked at the school for 19 years, and who asked that her name not be used, said "
                  "the kitchen was too small.");
    check_quote(doc, "the kitchen was too small", "said", "A cook", QUOTH_INDIRECT);
}

/* A live blog's labels open no source: "Update:" is left out of the
 * source after it, and "Verdict:" is no one who speaks. */
static void test_live_blog_labels(void) {
    const quoth_doc *doc = extract("Strike live: talks collapse\n\n09:10 GMT\nUpdate: Health Secretary Omar Haddad "
                                   "says he is disappointed.\n\n09:30 GMT\nVerdict: Peter Kane, 44, has been found "
                                   "guilty of fraud.");
    check_quote(doc, "he is disappointed", "says", "Health Secretary Omar Haddad", QUOTH_INDIRECT);
    check_no_source(doc, "Verdict");
}

/* A headline's passive "told to", its auxiliary left out, names no one who
 * spoke (the residents had told); active "told" has its hearer. */
static void test_headline_told_to(void) {
    const quoth_doc *doc = extract("Residents told to stay indoors as smoke spreads\n\nThe fire began on Monday.");
    CHECK(find(doc, "to stay indoors") == NULL);
    doc = extract("The mayor told residents to stay indoors.");
    check_quote(doc, "to stay indoors", "told", "The mayor", QUOTH_INDIRECT);
}

/* "The Oba of Benin, whose ancestor's palace was looted by British
 * troops, has said": a noun of a relative clause set off before the cue
 * is not its source (it had been "British troops"). */
static void test_source_out_of_a_relative_clause(void) {
    const quoth_doc *doc = extract("The Oba of Benin, whose ancestor's palace was looted by British troops, has said "
                                   "that the objects belong to the royal family.");
    check_quote(doc, "that the objects belong to the royal family", "has said", "The Oba of Benin", QUOTH_INDIRECT);
}

/* "In Barbados, the Opposition Leader, Winston Alleyne, said": the
 * opening phrase of place is no part of the source (it had been
 * Barbados's statement) */
static void test_source_past_opening_place(void) {
    const quoth_doc *doc = extract("In Barbados, the Opposition Leader, Winston Alleyne, said he welcomed the "
                                   "scholarships.");
    check_quote(doc, "he welcomed the scholarships", "said", "the Opposition Leader, Winston Alleyne,",
                QUOTH_INDIRECT);
}

/* "told reporters at the tallying centre that ...", "said in a written
 * statement to the inquiry that ...": the one told and the rest of the
 * circumstance are no part of what was said, which starts at "that" (each
 * had started at the recipient or a preposition). */
static void test_content_past_recipient_and_circumstance(void) {
    const quoth_doc *doc = extract("Datuk Rajesh Kumar told reporters at the tallying centre that turnout had "
                                   "reached 71 per cent.");
    check_quote(doc, "that turnout had reached 71 per cent", "told", "Datuk Rajesh Kumar", QUOTH_INDIRECT);
    doc = extract("Governor Ada Bello told reporters after the two-day meeting of the Monetary Policy Committee "
                  "that all 11 members had voted to hold.");
    check_quote(doc, "that all 11 members had voted to hold", "told", "Governor Ada Bello", QUOTH_INDIRECT);
    doc = extract("Clara Winthrop said in a written statement to the inquiry that Douglas Fenn had raised concerns.");
    check_quote(doc, "that Douglas Fenn had raised concerns", "said in a written statement", "Clara Winthrop",
                QUOTH_INDIRECT);
}

/* "In recent weeks, Ozols has also been attacked": the phrase that opens
 * the sentence, or a date after the cue ("issued a statement on
 * Monday"), is no content; a clause after the cue still is one. */
static void test_adverbial_is_no_content(void) {
    const quoth_doc *doc = extract("Valdis Ozols, the mayor, met the council.\n\nIn recent weeks, Ozols has also "
                                   "been attacked by the opposition.\n\nDuring the hearing, Ozols enjoyed strong "
                                   "support from residents.\n\nOn Thursday, the mayor said the depot would close.");
    CHECK(find(doc, "In recent weeks") == NULL);
    CHECK(find(doc, "During the hearing") == NULL);
    check_quote(doc, "the depot would close", "said", "the mayor", QUOTH_INDIRECT);
    doc = extract("Harlow Mining issued a statement on Monday after the spill at its Kellet site.");
    CHECK(find(doc, "on Monday after the spill at its Kellet site") == NULL);
}

/* ", called the Fold Tab,": a thing's name set off inside a content is
 * no statement (the content had been cut at it); a verb of speech after
 * a comma still is one. One cue read both ways keeps the reading of
 * SOURCE CUE CONTENT only. */
static void test_naming_participle_and_reversed_reading(void) {
    const quoth_doc *doc = extract("Nadia Farouk said the device, called the Fold Tab, would go on sale in October.");
    check_quote(doc, "the device, called the Fold Tab, would go on sale in October", "said", "Nadia Farouk",
                QUOTH_INDIRECT);
    CHECK(doc->n_quotes == 1);
    doc = extract("The board pays him a small fee. Its head of operations, Fiona Drummond, says the arrangement "
                  "suits everyone.");
    check_quote(doc, "the arrangement suits everyone", "says", "Its head of operations, Fiona Drummond,",
                QUOTH_INDIRECT);
    CHECK(doc->n_quotes == 1);
}

/* "One senior engineer at a large AI lab, who asked not to be named,
 * said": the source is the person, with the phrase that places them (it
 * had been "a large AI lab") */
static void test_anonymous_source_with_its_place(void) {
    const quoth_doc *doc = extract("One senior engineer at a large AI lab, who asked not to be named, said her "
                                   "colleagues supported the rules.");
    check_quote(doc, "her colleagues supported the rules", "said", "One senior engineer at a large AI lab",
                QUOTH_INDIRECT);
}

/* "... and warned that ...": a second reporting verb that shares the
 * first's subject, whose clause the first statement left out, is a
 * statement of the same source (the clause had been lost); not a noun's
 * relative clause ("wanted a candidate who ..."), nor a clause that the
 * first content runs on over. */
static void test_second_cue_after_and(void) {
    const quoth_doc *doc = extract("Ms Harlow said the plant would close in June and warned that 300 jobs could go.");
    check_quote(doc, "the plant would close in June", "said", "Ms Harlow", QUOTH_INDIRECT);
    check_quote(doc, "that 300 jobs could go", "warned", "Ms Harlow", QUOTH_INDIRECT);
    doc = extract("The coach said the team had played well and hinted he might rest two players on Sunday.");
    check_quote(doc, "he might rest two players on Sunday", "hinted", "The coach", QUOTH_INDIRECT);
    doc = extract("The senator said the bill was dead and wanted a vote that would settle it.");
    CHECK(find(doc, "a vote that would settle it") == NULL);
}

/* "CONTENT, SOURCE reported on Friday.": a time after the inverted cue
 * still ends the sentence (the statement had been lost), and a place
 * line in small letters, dated, is no part of the content or the source
 * ("Tashkent" had been the source). */
static void test_time_after_inverted_cue(void) {
    const quoth_doc *doc = extract("ASTANA, Dec 1 -- Kazakhstan will build its first nuclear power plant near "
                                   "Ulken, the country's Ministry of Energy reported on Friday.");
    check_quote(doc, "Kazakhstan will build", "reported", "the country's Ministry of Energy", QUOTH_INDIRECT);
    doc = extract("Tashkent, March 14 -- Uzbekistan and Kazakhstan will expand cooperation on water, Deputy "
                  "Foreign Minister Bakhtiyor Rakhimov said on Thursday.");
    check_quote(doc, "Uzbekistan and Kazakhstan", "said", "Deputy Foreign Minister Bakhtiyor Rakhimov",
                QUOTH_INDIRECT);
    doc = extract("Lagos, 3 May (Reuters) - Nigeria will raise fuel prices, oil minister Tunde Bakare said.");
    check_quote(doc, "Nigeria will raise", "said", "oil minister Tunde Bakare", QUOTH_INDIRECT);
}

/* Place lines without a date ("Tashkent -- ...") or with one in another
 * language ("CIUDAD DE MÉXICO, 12 de mayo (EFE) -") are no part of the
 * content; and of two sources the tagger joins to one cue, the one right
 * beside it speaks (the place line's "Tashkent" had been the source, and
 * the statement was then lost). */
static void test_place_lines_and_the_source_beside_the_cue(void) {
    const quoth_doc *doc = extract("Tashkent -- Uzbekistan will expand cooperation on water, Minister Bakhtiyor "
                                   "Rakhimov said.");
    check_quote(doc, "Uzbekistan will expand", "said", "Minister Bakhtiyor Rakhimov", QUOTH_INDIRECT);
    doc = extract("CIUDAD DE MÉXICO, 12 de mayo (EFE) - El Salvador will reopen its border on Monday, the foreign "
                  "minister said.");
    check_quote(doc, "El Salvador will reopen", "said", "the foreign minister", QUOTH_INDIRECT);
    doc = extract("Tashkent, March 14 -- Uzbekistan will expand cooperation in the sphere of water, Deputy Foreign "
                  "Minister Bakhtiyor Rakhimov said.");
    check_quote(doc, "Uzbekistan will expand", "said", "Deputy Foreign Minister Bakhtiyor Rakhimov", QUOTH_INDIRECT);
    /* but not a source inside a relative clause on the first */
    doc = extract("The study, which followed more than 21,000 people over the age of 65, found that those taking the "
                  "drug scored better.");
    check_quote(doc, "that those taking", "found", "The study", QUOTH_INDIRECT);
}

/* "X reported, citing Y, that Z": the clause is what X reported, and
 * only Y is what "citing" gives (the tagger had read one attribution of
 * "citing" with both for its content). */
static void test_citing_between_verb_and_clause(void) {
    const quoth_doc *doc = extract("The newspaper Daegu Ilbo reported on Tuesday, citing a government official, "
                                   "that Seoul was considering raising the issue at the WTO.");
    check_quote(doc, "that Seoul was considering", "reported", "The newspaper Daegu Ilbo", QUOTH_INDIRECT);
    check_quote(doc, "a government official", "citing", "The newspaper Daegu Ilbo", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "a government official");
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "a government official");
}

/* A source before its cue that the tagger ends inside a relative clause
 * is the name the clause hangs on ("Rowe, who made his" had been the
 * source of "said", borrowed from a junk statement before it). */
static void test_source_cut_at_relative_clause(void) {
    const quoth_doc *doc = extract("Rowe, who made his 200th appearance for the club, said the team was calm.");
    const quoth_quote *q = find(doc, "the team was calm");
    CHECK(q != NULL);
    CHECK_STR(q && q->n_sources ? slice(doc, &q->sources[0]) : NULL, "Rowe");
}

/* The reporting verb after a clause of anonymity is the statement's cue,
 * the noun phrase before "who" its source: "asked" had been the cue and
 * the content had run on over "said". */
static void test_anonymous_sources(void) {
    const quoth_doc *doc = extract("A nurse who asked not to be named said staff had been told to look for other "
                                   "jobs.");
    check_quote(doc, "staff had been told", "said", "A nurse", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "staff had been told");
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "staff had been told to look for other jobs");
    CHECK(q && q->confidence > 0.5f);
}

/* Transcripts of other shapes: a role after the label's name, a time
 * stamp before it, names in small letters when every turn has one, and a
 * reporter's "Q:" between one speaker's answers (each had given nothing). */
static void test_transcript_shapes(void) {
    const quoth_doc *doc = extract("DANA PRICE, HOST: Good evening.\n\nMARK ELLISON, CORRESPONDENT: Lawmakers "
                                   "met today.\n\nPRICE: Thank you.\n\nELLISON: You are welcome.");
    check_quote(doc, "Lawmakers met today", ":", "MARK ELLISON", QUOTH_INDIRECT);
    check_quote(doc, "You are welcome", ":", "ELLISON", QUOTH_INDIRECT);
    doc = extract("[00:00:01] Dana Price: Good evening.\n\n[00:00:05] Mark Ellison: Lawmakers met today.\n\n"
                  "[00:00:09] Dana Price: Thank you.");
    check_quote(doc, "Lawmakers met today", ":", "Mark Ellison", QUOTH_INDIRECT);
    doc = extract("PRICE: Good evening.\n\nQ: Was a weapon recovered?\n\nPRICE: Yes, at the scene.\n\n"
                  "Q: Where?\n\nPRICE: Behind the store.");
    check_quote(doc, "Yes, at the scene", ":", "PRICE", QUOTH_INDIRECT);
    CHECK(find(doc, "Was a weapon") == NULL);
    /* lines of prose that open with two capitalized words and a colon
     * are no transcript when they are all one heading's */
    doc = extract("The council met on Monday.\n\nRoad Closures: Main Street is shut.\n\nRoad Closures: Elm "
                  "Street is shut.\n\nRoad Closures: Oak Street is shut.");
    CHECK(find(doc, "Main Street") == NULL || strcmp(slice(doc, &find(doc, "Main Street")->cue), ":") != 0);
}

/* "said at | a church that ...": after a verb of saying, where something
 * was said goes with neither the cue nor the content (the cue had been
 * "pointed out at", the content "a regular press conference that ...");
 * the object of a verb of another kind stays ("bristled at the suggestion
 * that ..."). */
static void test_where_it_was_said(void) {
    const quoth_doc *doc = extract("Chief Cabinet Secretary Ryoko Matsumoto pointed out at a regular press "
                                   "conference that coordination is still underway.");
    const quoth_quote *q = find(doc, "that coordination");
    CHECK(q != NULL);
    CHECK_STR(q && q->has_cue ? slice(doc, &q->cue) : NULL, "pointed out");
    doc = extract("Later, the minister responded on social media that the law is not a luxury.");
    q = find(doc, "that the law");
    CHECK(q != NULL);
    CHECK_STR(q && q->has_cue ? slice(doc, &q->cue) : NULL, "responded");
}

/* A pronoun inside a relative clause that closes before the cue is no
 * source of it: the noun phrase the clause hangs on is. */
static void test_pronoun_inside_relative_clause(void) {
    const quoth_doc *doc = extract("A police spokesman, who spoke on condition of anonymity because he was not "
                                   "authorised to talk to the media, said the workers had been arrested.");
    check_quote(doc, "the workers", "said", "A police spokesman", QUOTH_INDIRECT);
}

/* An interview transcript: each labelled line is its speaker's; a lone
 * capitalized heading is not. */
static void test_transcript_lines(void) {
    const quoth_doc *doc = extract("The host spoke with the mayor on Sunday.\n\n"
                                   "HOST: Will the ferry run in winter?\n\n"
                                   "RUIZ: It will, twice a day, once the new dock is finished.\n\n"
                                   "HOST: And the fares?\n\n"
                                   "RUIZ: They stay where they are.");
    check_quote(doc, "It will, twice a day", ":", "RUIZ", QUOTH_INDIRECT);
    check_quote(doc, "And the fares?", ":", "HOST", QUOTH_INDIRECT);
    doc = extract("UPDATE: The ferry will run in winter, the harbor office said.");
    CHECK(find(doc, "The ferry will run in winter") == NULL || strcmp(slice(doc, &find(doc, "The ferry")->cue), ":") != 0);
    /* an answer's label with its speaker in brackets (each had been "I") */
    doc = extract("Mayor Derek Sloane and Commissioner Janet Ferreira took questions.\n\n"
                  "Q: Will officers be suspended?\n\n"
                  "A (Ferreira): No. I have seen nothing to suggest misconduct.\n\n"
                  "Q: Did you see the warning?\n\n"
                  "A (Sloane): I became aware of that letter on Monday.");
    check_quote(doc, "No. I have seen nothing", ":", "Ferreira", QUOTH_INDIRECT);
    check_quote(doc, "I became aware of that letter", ":", "Sloane", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "I became aware");
    CHECK_STR(q ? q->speaker_name : NULL, "Derek Sloane");
    /* an interview's answers under a surname alone, its questions under
     * "Q:" (the eighteenth audit's answers had been no one's) */
    doc = extract("Dr. Ines Kallas studies sleep in teenagers.\n\n"
                  "Q: Are phones to blame?\n\n"
                  "Kallas: Partly. Schools start too early for adolescent body clocks.\n\n"
                  "Q: What would you change?\n\n"
                  "Kallas: Start secondary school at ten.");
    check_quote(doc, "Partly. Schools start too early", ":", "Kallas", QUOTH_INDIRECT);
    q = find(doc, "Start secondary school");
    CHECK_STR(q ? q->speaker_name : NULL, "Ines Kallas");
    /* but one word and a colon opening lines of prose is no label */
    doc = extract("The council met on Monday.\n\nUpdate: Main Street is shut.\n\nUpdate: Elm Street is shut.\n\n"
                  "Note: Oak Street is shut.");
    CHECK(find(doc, "Main Street") == NULL || strcmp(slice(doc, &find(doc, "Main Street")->cue), ":") != 0);
}

/* A headline that opens with a name and a colon; a heading in capitals
 * names no speaker. */
static void test_headline_speaker(void) {
    const quoth_doc *doc = extract("Ruiz: Ferry Will Run All Winter.\n\nThe mayor spoke on Sunday.");
    check_quote(doc, "Ferry Will Run All Winter", ":", "Ruiz", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "Ferry Will Run All Winter");
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "Ferry Will Run All Winter");
    doc = extract("BREAKING: Ferry Will Run All Winter.\n\nThe mayor spoke on Sunday.");
    q = find(doc, "Ferry Will Run");
    CHECK(q == NULL || !q->n_sources || strcmp(slice(doc, &q->sources[0]), "BREAKING") != 0);
    /* nor does a word that says what kind of piece it is (it had been a
     * speaker, "Interview") */
    doc = extract("Interview: The engineer who wants to fix the grid\n\nNadia Kowal runs the grid operator.");
    CHECK_INT(quoth_doc_quote_count(doc), 0);
    /* nor its topic (it had been a speaker, "Drought") */
    doc = extract("Drought: Farmers in Kano count losses as dams run dry\n\nNadia Kowal runs the dam.");
    CHECK_INT(quoth_doc_quote_count(doc), 0);
}

/* An interview's "Q:" or "A:" is no part of a source or a content: the
 * tagger had taken "Q: Critics" for a source, and "Q" for its speaker. */
static void test_interview_label_is_no_span(void) {
    const quoth_doc *doc = extract("Nadia Kowal runs the grid operator. We spoke to her on Monday.\n\nQ: Critics say "
                                   "you moved too slowly.\n\nA: That is fair. The permits took two years.");
    const quoth_quote *q = find(doc, "you moved");
    CHECK(q != NULL);
    CHECK_STR(q && q->n_sources ? slice(doc, &q->sources[0]) : NULL, "Critics");
    CHECK_STR(q ? q->speaker_name : NULL, NULL);
    /* nor a live blog's time ("23:40" had stayed in the source) */
    doc = extract("23:40 Prime Minister Henrik Dahl said the night would be hard.\n\n"
                  "10.42pm: Exit polls suggest the Greens could win 14 seats, analysts said.");
    check_quote(doc, "the night", "said", "Prime Minister Henrik Dahl", QUOTH_INDIRECT);
    check_quote(doc, "Exit polls", "said", "analysts", QUOTH_INDIRECT);
}

/* A surname the cue took, which the tagger read as a verb, goes back to
 * the source's name (the source had been "Kate", the cue "Fielding
 * warned"); a headline's verb after a surname stays the cue's. */
static void test_name_out_of_cue(void) {
    const quoth_doc *doc = extract("Kate Fielding warned that prices would rise.");
    check_quote(doc, "that prices", "warned", "Kate Fielding", QUOTH_INDIRECT);
    doc = extract("Health Secretary Wes Streeting urged people to get vaccinated.");
    check_quote(doc, "people to get", "urged", "Health Secretary Wes Streeting", QUOTH_INDIRECT);
}

/* A name in "-ing" that opens its sentence, read as a participle and
 * given the cue, is the source (the statement had been dropped for want
 * of one); "Having announced" is no name. */
static void test_participle_shaped_name_opens_cue(void) {
    const quoth_doc *doc = extract("Carrow Airlines is close to a deal with rival Bluewing. Bluewing said in a statement "
                                   "that it regularly reviews opportunities.");
    check_quote(doc, "that it regularly", "said in a statement", "Bluewing", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "that it regularly");
    CHECK_STR(q ? q->speaker_name : NULL, "Bluewing");
    doc = extract("Having announced that he would not resign, Judge Ann Berman left the court.");
    check_no_source(doc, "Having");
}

/* A "which" whose clause a comma closes before the cue is no source of
 * it: the noun phrase before it is (the source had been "which"); the
 * clause's own verb keeps it. */
static void test_source_before_closed_relative(void) {
    const quoth_doc *doc = extract("Ivo Brask, a spokesman for Dry Valley Now, which supported the dam, said the court "
                                   "had ignored the risk.");
    check_quote(doc, "the court had", "said", "Ivo Brask, a spokesman for Dry Valley Now", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "the court had");
    CHECK_STR(q ? q->speaker_name : NULL, "Ivo Brask");
}

/* A cue the tagger began right after a cue goes on with it: "reminded |
 * counsel" had been two cues, one with the source and one with the
 * content, and both were dropped. */
static void test_cue_after_cue_is_one_cue(void) {
    const quoth_doc *doc = extract("The judge, Gwendolyn Prys, intervened. She reminded counsel that the witness had "
                                   "been giving evidence for five hours.");
    check_quote(doc, "that the witness had been giving evidence for five hours", "reminded counsel", "She",
                QUOTH_INDIRECT);
}

/* "states" read as a plural noun after an apposition is the sentence's
 * verb, whose subject "One memo" is (the statement had been dropped
 * without a source). */
static void test_verb_read_as_plural_after_apposition(void) {
    const quoth_doc *doc = extract("One memo, dated March 2021, states that the kiln was losing money.");
    check_quote(doc, "that the kiln was losing money", "states", "One memo, dated March 2021,", QUOTH_INDIRECT);
}

/* A citing cue the tagger gave no source, its reporting verb having
 * taken the source without a content, takes that verb's subject: the
 * report had been lost ("But" before the source). */
/* "X, 34, a teacher who said A, said B": the relative pronoun is the
 * source of the first cue only; the second's is the subject the clause
 * hangs on, with its apposition (both had been "who"). */
static void test_source_past_relative_after_apposition(void) {
    const quoth_doc *doc = extract("Tom Varrick, 34, a teacher who said he came out of curiosity, said the speech was "
                                   "light on details.");
    check_quote(doc, "he came out of curiosity", "said", "who", QUOTH_INDIRECT);
    check_quote(doc, "the speech was light on details", "said", "Tom Varrick, 34, a teacher", QUOTH_INDIRECT);
}

/* "X, for his part, issued a statement calling ...": who issued it is
 * the source past the aside, and both cues his (the source had been "a
 * statement", and no one spoke). */
static void test_sender_of_document_past_aside(void) {
    const quoth_doc *doc = extract("Alan Wittering, for his part, issued a statement calling the story \"a partisan hit "
                                   "job\" and said his group \"follows the law to the letter.\"");
    check_quote(doc, "the story \"a partisan hit job\"", "issued a statement calling", "Alan Wittering", QUOTH_MIXED);
    check_quote(doc, "his group", "said", "Alan Wittering", QUOTH_MIXED);
}

/* ""A," said X. "B." She said C": "B." goes on with X's quotation, and
 * "She said" keeps C (the tagger's content "B." had joined "She said",
 * and the rules' quotation of X then took that whole statement). */
static void test_statement_after_quotation_goes_on(void) {
    const quoth_doc *doc = extract("\"He is quoting Lincoln,\" said opposition councillor Mabli Trevaskel. \"The irony "
                                   "writes itself.\" She said her group would table an amendment.");
    check_quote(doc, "\"He is quoting Lincoln,\"", "said", "opposition councillor Mabli Trevaskel", QUOTH_DIRECT);
    check_quote(doc, "her group would table an amendment", "said", "She", QUOTH_INDIRECT);
    CHECK_INT(quoth_doc_quote_count(doc), 2);
}

/* ", she continued," and ", the councillor went on,": a cue set off by
 * commas that the tagger left out is its source's statement of the two
 * parts around it (it had been lost). */
static void test_parenthetical_cue_without_tagger(void) {
    const quoth_doc *doc = extract("Councillor Wenna Tregarth said the plan was flawed. Hospitals, she continued, were "
                                   "\"running out of beds.\"");
    check_two_parts(doc, "Hospitals", "were \"running out of beds.\"");
    check_quote(doc, "Hospitals", "continued", "she", QUOTH_MIXED);
    doc = extract("The hospitals, the councillor went on, were close to collapse.");
    check_quote(doc, "The hospitals", "went on", "the councillor", QUOTH_INDIRECT);
    /* not inside a quotation, whose own cue is the rules' */
    doc = extract("\"The hospitals, she continued, were full,\" the nurse said.");
    CHECK(find(doc, "The hospitals") == NULL);
}

/* "Delahaye, asked about the memo, said": the subject before the
 * participle clause is the cue's source (the tagger had given it to
 * "asked about", and the statement, left with none, was lost). */
static void test_subject_before_participle_aside(void) {
    const quoth_doc *doc = extract("Plant manager Osric Delahay spoke to reporters on Monday. Delahay, asked about "
                                   "the memo, said he could not remember it.");
    check_quote(doc, "he could not remember it", "said", "Delahay", QUOTH_INDIRECT);
    /* and the question put to him is no statement of his */
    CHECK(find(doc, "the memo") == NULL);
}

/* "X warned that A, saying B": ", saying" is a cue of its own, X's (the
 * clause had been cut from the first content and lost); not ", according
 * to", whose source comes after it. */
static void test_trailing_participle_of_saying(void) {
    const quoth_doc *doc = extract("County chairman Ray Petrick warned that the party could not take the valley for "
                                   "granted, saying turnout had been \"a wake-up call.\"");
    check_quote(doc, "that the party could not take the valley for granted", "warned", "County chairman Ray Petrick",
                QUOTH_INDIRECT);
    check_quote(doc, "turnout had been \"a wake-up call.\"", "saying", "County chairman Ray Petrick", QUOTH_MIXED);
}

/* "X said A; fire officials estimated B": two statements (the first
 * content had run on over the second). */
static void test_reporting_clause_after_semicolon(void) {
    const quoth_doc *doc = extract("The Ruckley campaign said it expected more than 12,000 people; fire officials "
                                   "estimated the crowd at about 6,500.");
    check_quote(doc, "it expected more than 12,000 people", "said", "The Ruckley campaign", QUOTH_INDIRECT);
    check_quote(doc, "the crowd at about 6,500", "estimated", "fire officials", QUOTH_INDIRECT);
}

/* "As Reuters reported earlier, X": X is the statement, not "earlier",
 * and no statement of X's own subject (it had been both). */
static void test_as_reported_earlier(void) {
    const quoth_doc *doc = extract("As Reuters reported earlier, the ministry has shown zero interest in the case.");
    check_quote(doc, "the ministry has shown zero interest in the case", "reported", "Reuters", QUOTH_INDIRECT);
    CHECK_INT(quoth_doc_quote_count(doc), 1);
    /* and where the tagger read no statement at all */
    doc = extract("As my colleague Marguerite Delacroy wrote last week, the party's leaders have made a bet that they "
                  "can hold their noses through November.");
    check_quote(doc, "the party's leaders have made a bet", "wrote", "my colleague Marguerite Delacroy",
                QUOTH_INDIRECT);
    /* not the time "as" gives */
    doc = extract("As Blumenfeld spoke, the lobby was going into overdrive.");
    CHECK(find(doc, "the lobby was going into overdrive") == NULL);
}

/* "Former Sen. Philippa Rourk, R-Maine, who ..., said": the party and
 * state label is no source; the name before it is (it had been
 * "R-Maine"). */
static void test_party_label_is_no_source(void) {
    const quoth_doc *doc = extract("Former Sen. Philippa Rourk, R-Maine, who has declined to endorse the nominee, said "
                                   "on \"Fox News Sunday\" that she remained \"deeply uncomfortable\" with his "
                                   "campaign.");
    check_no_source(doc, "R-Maine");
    const quoth_quote *q = find(doc, "\"Fox News Sunday\"");
    CHECK_STR(q ? q->speaker_name : NULL, "Philippa Rourk");
}

/* "Organisers from the Morar e Ficar collective said": the noun after the
 * name is the source's head, not the cue's (the cue had been "collective
 * said"); the time an adverb gives stays out of the source. */
static void test_head_noun_out_of_cue(void) {
    const quoth_doc *doc = extract("Police put the turnout at around 22,000. Organisers from the Morar e Ficar "
                                   "collective said more than 80,000 people took part.");
    check_quote(doc, "more than 80,000 people took part", "said", "Organisers from the Morar e Ficar collective",
                QUOTH_INDIRECT);
}

/* "A were digging ..., said X": the content before an inverted cue runs
 * from its sentence's start to the comma before the cue (it had stopped
 * at "hands"). */
static void test_content_to_inverted_cue(void) {
    const quoth_doc *doc = extract("Rescuers using excavators and bare hands were digging through mud and boulders in "
                                   "the worst-hit district of Tanah Rimba, where a river burst its banks shortly after "
                                   "midnight Saturday, said Adi Wibowo, a spokesperson for the National Disaster "
                                   "Mitigation Agency.");
    const quoth_quote *q = find(doc, "Rescuers");
    CHECK(q != NULL);
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL,
              "Rescuers using excavators and bare hands were digging through mud and boulders in the worst-hit "
              "district of Tanah Rimba, where a river burst its banks shortly after midnight Saturday");
}

/* "Diplomats said the draft, circulated last week, had demanded ...":
 * "had demanded" is the verb of the content's clause, not a second cue
 * (the content had kept the subject alone); "X offered A, then says B"
 * stays two statements. */
static void test_cue_inside_content_after_aside(void) {
    const quoth_doc *doc = extract("Diplomats said the original draft, circulated last week, had demanded an "
                                   "immediate ceasefire, but that language was dropped to avoid a veto.");
    const quoth_quote *q = find(doc, "the original draft");
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL,
              "the original draft, circulated last week, had demanded an immediate ceasefire, but that language was "
              "dropped to avoid a veto");
    CHECK_INT(quoth_doc_quote_count(doc), 1);
    doc = extract("Kasich jokingly offered the man a job as Secretary of Defense, then says he will welcome advice "
                  "from anyone.");
    CHECK(find(doc, "he will welcome advice from anyone") != NULL);
}

/* "A judge on Friday struck down the law, ruling that ...": the
 * participle and "that" after the main clause are the subject's
 * statement, whether the tagger read the participle without a source or
 * not at all (it had been lost either way). */
static void test_participle_that_after_main_clause(void) {
    const quoth_doc *doc = extract("The judge struck down the law, ruling that it placed an unconstitutional burden on "
                                   "voters.");
    check_quote(doc, "that it placed an unconstitutional burden on voters", "ruling", "The judge", QUOTH_INDIRECT);
    doc = extract("A federal judge on Friday struck down Missouri's voter identification law, ruling that it placed an "
                  "unconstitutional burden on elderly and poor voters.");
    check_quote(doc, "that it placed an unconstitutional burden on elderly and poor voters", "ruling",
                "A federal judge", QUOTH_INDIRECT);
}

static void test_citing_without_source(void) {
    const quoth_doc *doc = extract("But the Kestrel Gazette reported, citing officials, that the release had been a "
                                   "condition of the deal.");
    check_quote(doc, "that the release had been a condition of the deal", "reported", "the Kestrel Gazette",
                QUOTH_INDIRECT);
}

/* A body's name that lists its fields is one name, in the source, as the
 * speaker and in a role: the tagger had begun the source after the
 * first field's comma ("Food and Rural Affairs"), and the speaker had
 * been a person "Food", "Bus Union's state secretary" the role. */
static void test_names_that_list_fields(void) {
    const quoth_doc *doc = extract("A spokesperson for the Department for Soil, Water and Rural Affairs said the levy "
                                   "would stay.");
    check_quote(doc, "the levy would stay", "said",
                "A spokesperson for the Department for Soil, Water and Rural Affairs", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "the levy would stay");
    CHECK_STR(q ? q->speaker_name : NULL, "Department for Soil, Water and Rural Affairs");
    doc = extract("The Ferry, Tram and Bus Union's state secretary, Orla Keady, warned that crews were tired.");
    check_quote(doc, "that crews were tired", "warned", "The Ferry, Tram and Bus Union's state secretary, Orla Keady,",
                QUOTH_INDIRECT);
    q = find(doc, "that crews were tired");
    CHECK_STR(q ? q->speaker_name : NULL, "Orla Keady");
    CHECK_STR(q ? q->speaker_role : NULL, "Ferry, Tram and Bus Union's state secretary");
    doc = extract("The Department for Craft, Culture, Media and Sport said it would respond.");
    check_quote(doc, "it would respond", "said", "The Department for Craft, Culture, Media and Sport", QUOTH_INDIRECT);
    doc = extract("Soil, Water and Rural Affairs Secretary Ann Lowe said the levy would stay.");
    q = find(doc, "the levy would stay");
    CHECK_STR(q ? q->speaker_name : NULL, "Ann Lowe");
    CHECK_STR(q ? q->speaker_role : NULL, "Soil, Water and Rural Affairs Secretary");
    /* three bodies, and a body's own title after a list of people */
    doc = extract("The Department of Justice, FBI and CIA said the threat was real.");
    q = find(doc, "the threat was real");
    CHECK(q != NULL && q->speaker_name && strstr(q->speaker_name, "FBI") == NULL);
    doc = extract("On Monday, Brackett and Harbour Committee Chairman Trey Gowan sent a letter saying the inquiry was "
                  "over.");
    q = find(doc, "the inquiry was over");
    CHECK(q == NULL || !q->speaker_role || strstr(q->speaker_role, "Brackett") == NULL);
}

/* A quotation after a quote's cue is no second half of it when a cue of
 * its own follows it: another speaker's (the two had been one statement,
 * the second speaker's lost). */
static void test_adjacent_quotes_stay_apart(void) {
    const quoth_doc *doc = extract("\"I have been here for 41 years,\" said butcher Stan Pick. \"It is a disgrace,\" "
                                   "said florist Joan Tay.");
    check_quote(doc, "\"I have been", "said", "butcher Stan Pick", QUOTH_DIRECT);
    check_quote(doc, "\"It is a disgrace", "said", "florist Joan Tay", QUOTH_DIRECT);
    const quoth_quote *q = find(doc, "\"I have been");
    CHECK_INT(q ? q->n_contents : 0, 1);
}

/* A paragraph that is one quotation and nothing else continues the quote
 * whose cue closed the paragraph before. */
static void test_next_paragraph_quote(void) {
    const quoth_doc *doc = extract("\"The pier is finished,\" Ruiz said.\n\n"
                                   "\"Now the boats can come back, and the market with them.\"\n\n"
                                   "The council meets again in May.");
    const quoth_quote *q = find(doc, "\"The pier is finished,\"");
    CHECK(q != NULL);
    CHECK_INT(q ? q->n_contents : 0, 2);
    CHECK_STR(q && q->n_contents > 1 ? slice(doc, &q->contents[1]) : NULL,
              "\"Now the boats can come back, and the market with them.\"");
}

/* A quotation after "that," is part of the reported clause. */
static void test_quote_inside_that_clause(void) {
    const quoth_doc *doc = extract("The harbor master said by phone that, \"the pier is safe\" despite the storm damage.");
    const quoth_quote *q = find(doc, "that,");
    CHECK(q != NULL);
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "that, \"the pier is safe\" despite the storm damage");
}

/* A sentence that opens with the verb: "Said Ruiz: “…”". */
static void test_sentence_opening_cue(void) {
    const quoth_doc *doc = extract("The vote was close.\n\nSaid Ruiz: \"We will build the pier anyway.\"");
    check_quote(doc, "\"We will build the pier anyway.\"", "Said", "Ruiz", QUOTH_DIRECT);
}

/* Words of the sentence that lead into the quotation are part of the
 * content (a mixed quote). */
static void test_quote_lead_in(void) {
    const quoth_doc *doc = extract("The old pier was \"a danger to everyone,\" Ruiz said.");
    check_quote(doc, "The old pier was \"a danger to everyone,\"", "said", "Ruiz", QUOTH_MIXED);
}

/* A show's title after the cue is not the second half of the quote. */
static void test_title_is_no_second_half(void) {
    const quoth_doc *doc = extract("\"We will finish the pier,\" Ruiz said on \"Harbor Weekly.\" \"And the market will stay open.\"");
    const quoth_quote *q = find(doc, "\"We will finish the pier,\"");
    CHECK(q != NULL);
    CHECK_STR(q && q->n_contents > 1 ? slice(doc, &q->contents[1]) : NULL, "\"And the market will stay open.\"");
}

/* An aspect verb is no cue of the rules'. */
static void test_continue_is_no_cue(void) {
    setup();
    quoth_engine *rules_only = quoth_engine_new(model, QUOTH_RULES_ONLY);
    const char *text = "The mayor continues to push for a new pier in the harbor.";
    const quoth_doc *doc = NULL;
    CHECK_INT(quoth_extract(rules_only, text, strlen(text), &doc), 0);
    CHECK_INT(doc ? quoth_doc_quote_count(doc) : 99, 0);
    quoth_engine_free(rules_only);
}

/* The cue that announces a quotation with a colon wins over a cue after
 * it (a rule's property: without the tagger, which may read it otherwise). */
static void test_colon_cue_wins(void) {
    setup();
    quoth_engine *rules_only = quoth_engine_new(model, QUOTH_RULES_ONLY);
    const char *text = "The harbor master warned the council: \"The pier will not last the winter,\" she said.";
    const quoth_doc *doc = NULL;
    CHECK_INT(quoth_extract(rules_only, text, strlen(text), &doc), 0);
    const quoth_quote *q = doc ? find(doc, "\"The pier will not last") : NULL;
    CHECK(q != NULL);
    CHECK_STR(q && q->has_cue ? slice(doc, &q->cue) : NULL, "warned");
    quoth_engine_free(rules_only);
}

/* ----------------------------------------------- merging rules and tagger */

/* Token index of the n-th (from 0) token whose text is `w`. */
static uint32_t tok(const quoth_token_list *tl, const char *w, int n) {
    for (size_t i = 0; i < tl->n; i++)
        if (strlen(w) == tl->tok[i].norm_len && memcmp(quoth_token_norm(tl, i), w, tl->tok[i].norm_len) == 0 &&
            n-- == 0)
            return (uint32_t)i;
    abort();
}

static quoth_attribution attr(quoth_tspan cue, quoth_tspan source, quoth_tspan c0, quoth_tspan c1, int origin) {
    quoth_attribution a;
    memset(&a, 0, sizeof a);
    a.cue = cue;
    a.source = source;
    a.content[0] = c0;
    a.content[1] = c1;
    a.n_content = (uint8_t)(!quoth_tspan_empty(c0) + !quoth_tspan_empty(c1));
    a.origin = (uint8_t)origin;
    a.speaker = a.context_of = -1;
    return a;
}

#define SPAN(a, b) ((quoth_tspan){(a), (b)})
#define NONE SPAN(0, 0)

/* Merges one rules' and one tagger's attribution over `text`. */
static void merge_one(const char *text, const quoth_attribution *r, const quoth_attribution *m,
                      quoth_attribution_list *out) {
    quoth_attribution_list rules = {0}, learned = {0};
    uint8_t used[256];
    CHECK_INT(quoth_attribution_push(&rules, r), 0);
    CHECK_INT(quoth_attribution_push(&learned, m), 0);
    CHECK(engine->tokens.n < sizeof used);
    CHECK_INT(quoth_attribution_merge(&engine->tokens, &rules, &learned, used, out), 0);
    (void)text;
    quoth_attribution_list_free(&rules);
    quoth_attribution_list_free(&learned);
}

static const quoth_token_list *analyze(const char *text) {
    setup();
    if (quoth_engine_analyze(engine, text, strlen(text)) != 0) abort();
    return &engine->tokens;
}

/* The rules' direct quote keeps its content, takes the tagger's longer
 * source (PolNeAR's sources keep appositions) and its cue. */
static void test_merge_takes_the_taggers_source(void) {
    const char *text = "\"The ferry will stop,\" said Mayor Ana Ruiz, the harbor chief, on Monday.";
    const quoth_token_list *tl = analyze(text);
    uint32_t said = tok(tl, "said", 0), mayor = tok(tl, "Mayor", 0), chief = tok(tl, "chief", 0);
    quoth_tspan quote = SPAN(0, said);
    quoth_attribution r = attr(SPAN(said, said + 1), SPAN(mayor, mayor + 3), quote, NONE, ORIGIN_RULE_DIRECT);
    quoth_attribution m = attr(SPAN(said, said + 1), SPAN(mayor, chief + 2), SPAN(1, said), NONE, ORIGIN_MODEL);
    quoth_attribution_list out = {0};
    merge_one(text, &r, &m, &out);
    CHECK_INT(out.n, 1);
    if (out.n == 1) {
        CHECK_INT(out.a[0].source.end, chief + 2);
        CHECK_INT(out.a[0].content[0].first, 0);
        CHECK_INT(out.a[0].origin, ORIGIN_RULE_DIRECT);
    }
    quoth_attribution_list_free(&out);
}

/* A quotation inside what the tagger read as the content of an earlier cue
 * of the sentence is a mixed quote of that cue. */
/* Where the rules read no source after the cue, the tagger's fills in. */
static void test_merge_fills_missing_source(void) {
    const char *text = "\"The ferry will stop,\" said the 46-year-old.";
    const quoth_token_list *tl = analyze(text);
    uint32_t said = tok(tl, "said", 0), the = tok(tl, "the", 0), stop = tok(tl, ".", 0);
    quoth_attribution r = attr(SPAN(said, said + 1), NONE, SPAN(0, said), NONE, ORIGIN_RULE_DIRECT);
    quoth_attribution m = attr(SPAN(said, said + 1), SPAN(the, stop), SPAN(0, said), NONE, ORIGIN_MODEL);
    quoth_attribution_list out = {0};
    merge_one(text, &r, &m, &out);
    CHECK_INT(out.n, 1);
    if (out.n == 1) {
        CHECK_INT(out.a[0].source.first, the);
        CHECK_INT(out.a[0].source.end, stop);
    }
    quoth_attribution_list_free(&out);
}

static void test_merge_mixed_quote(void) {
    const char *text = "Ana Ruiz said she felt it was right because \"most people cross twice,\" she said.";
    const quoth_token_list *tl = analyze(text);
    uint32_t said1 = tok(tl, "said", 0), said2 = tok(tl, "said", 1), she2 = tok(tl, "she", 1);
    uint32_t open = tok(tl, "most", 0) - 1;
    quoth_attribution r = attr(SPAN(said2, said2 + 1), SPAN(she2, she2 + 1), SPAN(open, she2), NONE,
                               ORIGIN_RULE_DIRECT);
    quoth_attribution m = attr(SPAN(said1, said1 + 1), SPAN(0, 2), SPAN(said1 + 1, she2), NONE, ORIGIN_MODEL);
    quoth_attribution_list out = {0};
    merge_one(text, &r, &m, &out);
    CHECK_INT(out.n, 1);
    if (out.n == 1) CHECK_INT(out.a[0].cue.first, said1);
    quoth_attribution_list_free(&out);
}

/* But a piece the tagger joined to a cue of another sentence does not take
 * the rules' attribution away. */
static void test_merge_keeps_rules_of_another_sentence(void) {
    const char *text = "Officials said that it closes. About it reports \"Harbor Radio\".";
    const quoth_token_list *tl = analyze(text);
    uint32_t said = tok(tl, "said", 0), about = tok(tl, "About", 0), reports = tok(tl, "reports", 0);
    quoth_attribution r = attr(SPAN(reports, reports + 1), SPAN(reports + 1, reports + 5), SPAN(about, about + 2),
                               NONE, ORIGIN_RULE_INDIRECT);
    quoth_attribution m = attr(SPAN(said, said + 1), SPAN(0, 1), SPAN(said + 1, about - 1),
                               SPAN(about, reports + 5), ORIGIN_MODEL);
    quoth_attribution_list out = {0};
    merge_one(text, &r, &m, &out);
    CHECK_INT(out.n, 1);
    if (out.n == 1) CHECK_INT(out.a[0].cue.first, reports);
    quoth_attribution_list_free(&out);
}

/* ------------------------------------------- decoding the tagger's labels */

/* Labels tokens [first, end) with `role` (AL_B_SOURCE, AL_B_CUE or
 * AL_B_CONTENT): B- on the first, I- on the rest. */
static void label_span(uint8_t *labels, uint32_t first, uint32_t end, unsigned role) {
    for (uint32_t i = first; i < end; i++) labels[i] = (uint8_t)(i == first ? role : role + 1);
}

/* A content after its cue that stops at a name, before words the tagger
 * gave to nothing, runs on to the comma that closes the clause. */
static void test_content_runs_to_clause_end(void) {
    const quoth_token_list *tl = analyze("Officials said that the port would reopen in May, after repairs.");
    uint8_t labels[64] = {0};
    uint32_t said = tok(tl, "said", 0), port = tok(tl, "port", 0), may = tok(tl, "May", 0);
    label_span(labels, 0, 1, AL_B_SOURCE);
    label_span(labels, said, said + 1, AL_B_CUE);
    label_span(labels, said + 1, port + 1, AL_B_CONTENT);
    quoth_learned_extend_contents(tl, 0, tl->n, labels);
    for (uint32_t i = port + 1; i <= may; i++) CHECK_INT(labels[i], AL_I_CONTENT);
    CHECK_INT(labels[may + 1], AL_O); /* the comma */
    CHECK_INT(labels[tok(tl, "repairs", 0)], AL_O);
}

/* Not a content that closes a quotation, nor one that comes before its
 * cue, nor one followed by words the tagger labelled. */
static void test_content_kept_where_it_ends(void) {
    const quoth_token_list *tl = analyze("Ruiz said \"the port is fine\" but the crews disagree.");
    uint8_t labels[64] = {0};
    uint32_t said = tok(tl, "said", 0), fine = tok(tl, "fine", 0);
    label_span(labels, 0, 1, AL_B_SOURCE);
    label_span(labels, said, said + 1, AL_B_CUE);
    label_span(labels, said + 1, fine + 2, AL_B_CONTENT);
    quoth_learned_extend_contents(tl, 0, tl->n, labels);
    CHECK_INT(labels[fine + 2], AL_O);

    tl = analyze("The port would reopen in May, Ruiz said.");
    memset(labels, 0, sizeof labels);
    uint32_t ruiz = tok(tl, "Ruiz", 0);
    label_span(labels, 0, 2, AL_B_CONTENT);
    label_span(labels, ruiz, ruiz + 1, AL_B_SOURCE);
    label_span(labels, ruiz + 1, ruiz + 2, AL_B_CUE);
    quoth_learned_extend_contents(tl, 0, tl->n, labels);
    CHECK_INT(labels[2], AL_O);

    tl = analyze("Officials said that the port would reopen, the mayor added.");
    memset(labels, 0, sizeof labels);
    said = tok(tl, "said", 0);
    uint32_t mayor = tok(tl, "mayor", 0);
    label_span(labels, said, said + 1, AL_B_CUE);
    label_span(labels, said + 1, said + 3, AL_B_CONTENT);
    label_span(labels, mayor - 1, mayor + 1, AL_B_SOURCE);
    quoth_learned_extend_contents(tl, 0, tl->n, labels);
    CHECK_INT(labels[said + 3], AL_O);
}

static quoth_attrib_input input_of(void) {
    return quoth_engine_input(engine);
}

/* A participle that opens the sentence speaks for the sentence's source. */
static void test_participle_borrows_source(void) {
    const quoth_token_list *tl = analyze("Citing an old survey, Ana Ruiz said the bridge was safe.");
    uint32_t citing = tok(tl, "Citing", 0), comma = tok(tl, ",", 0), ana = tok(tl, "Ana", 0);
    uint32_t said = tok(tl, "said", 0), stop = tok(tl, ".", 0);
    quoth_attribution_list list = {0};
    quoth_attribution a = attr(SPAN(citing, citing + 1), NONE, SPAN(citing + 1, comma), NONE, ORIGIN_MODEL);
    quoth_attribution b = attr(SPAN(said, said + 1), SPAN(ana, said), SPAN(said + 1, stop), NONE, ORIGIN_MODEL);
    CHECK_INT(quoth_attribution_push(&list, &a), 0);
    CHECK_INT(quoth_attribution_push(&list, &b), 0);
    quoth_attrib_input in = input_of();
    quoth_attribution_infer_sources(&in, &list);
    CHECK_INT(list.a[0].cue.first, citing);
    CHECK_INT(list.a[0].source.first, ana);
    CHECK_INT(list.a[0].source.end, said);
    quoth_attribution_list_free(&list);
}

/* A preposition ending a cue leaves it unless its object is the content:
 * "said on | Monday" loses "on", "pointed to | the survey" keeps "to". */
static void test_cue_trailing_preposition(void) {
    const quoth_token_list *tl = analyze("\"The port is safe,\" Ruiz said on Monday.");
    uint32_t ruiz = tok(tl, "Ruiz", 0), said = tok(tl, "said", 0);
    quoth_attribution_list list = {0};
    quoth_attribution a = attr(SPAN(said, said + 2), SPAN(ruiz, said), SPAN(0, ruiz), NONE, ORIGIN_MODEL);
    CHECK_INT(quoth_attribution_push(&list, &a), 0);
    quoth_attrib_input in = input_of();
    quoth_attribution_infer_sources(&in, &list);
    CHECK_INT(list.a[0].cue.end, said + 1);
    quoth_attribution_list_free(&list);

    tl = analyze("Ruiz pointed to the new survey of the harbor.");
    uint32_t pointed = tok(tl, "pointed", 0), stop = tok(tl, ".", 0);
    quoth_attribution b = attr(SPAN(pointed, pointed + 2), SPAN(0, pointed), SPAN(pointed + 2, stop), NONE, ORIGIN_MODEL);
    CHECK_INT(quoth_attribution_push(&list, &b), 0);
    in = input_of();
    quoth_attribution_infer_sources(&in, &list);
    CHECK_INT(list.a[0].cue.end, pointed + 2);
    quoth_attribution_list_free(&list);
}

/* The particle of a phrasal verb whose object is the content joins the
 * cue: "pointed | to the survey" becomes "pointed to | the survey". */
static void test_phrasal_particle(void) {
    const quoth_token_list *tl = analyze("Ruiz pointed to the new survey of the harbor.");
    uint32_t pointed = tok(tl, "pointed", 0), stop = tok(tl, ".", 0);
    quoth_attribution_list list = {0};
    quoth_attribution a = attr(SPAN(pointed, pointed + 1), SPAN(0, pointed), SPAN(pointed + 1, stop), NONE, ORIGIN_MODEL);
    CHECK_INT(quoth_attribution_push(&list, &a), 0);
    quoth_attrib_input in = input_of();
    quoth_attribution_infer_sources(&in, &list);
    CHECK_INT(list.a[0].cue.end, pointed + 2);
    CHECK_INT(list.a[0].content[0].first, pointed + 2);
    quoth_attribution_list_free(&list);
}

/* Without a subject to read at the sentence's start, the noun phrase just
 * before the cue; a passive cue gets no source. */
static void test_source_before_cue_and_passive(void) {
    const quoth_token_list *tl = analyze("On Monday the city of Bergen is demanding that the port reopen.");
    uint32_t the = tok(tl, "the", 0), is = tok(tl, "is", 0), stop = tok(tl, ".", 0);
    quoth_attribution_list list = {0};
    quoth_attribution a = attr(SPAN(is, is + 2), NONE, SPAN(is + 2, stop), NONE, ORIGIN_MODEL);
    CHECK_INT(quoth_attribution_push(&list, &a), 0);
    quoth_attrib_input in = input_of();
    quoth_attribution_infer_sources(&in, &list);
    CHECK_INT(list.a[0].source.first, the);
    CHECK_INT(list.a[0].source.end, is);

    tl = analyze("The new budget is expected to pass on Friday.");
    is = tok(tl, "is", 0);
    stop = tok(tl, ".", 0);
    list.n = 0;
    a = attr(SPAN(is, is + 2), NONE, SPAN(is + 2, stop), NONE, ORIGIN_MODEL);
    CHECK_INT(quoth_attribution_push(&list, &a), 0);
    in = input_of();
    quoth_attribution_infer_sources(&in, &list);
    CHECK(quoth_tspan_empty(list.a[0].source));
    quoth_attribution_list_free(&list);
}

/* The attributions that infer_sources() leaves of the n given ones (of
 * the text analyze() read last). */
static quoth_attribution_list inferred_list(const quoth_attribution *given, size_t n) {
    quoth_attribution_list list = {0};
    for (size_t k = 0; k < n; k++) CHECK_INT(quoth_attribution_push(&list, &given[k]), 0);
    quoth_attrib_input in = input_of();
    quoth_attribution_infer_sources(&in, &list);
    return list;
}

/* The source quoth_attribution_infer_sources() leaves to the one
 * attribution of `text` whose cue is the word `cue`, whose content is the
 * rest of the sentence and whose source runs from the word `source` to the
 * cue (NULL: no source). *tl is the text's tokens. */
static quoth_tspan inferred_source(const char *text, const char *cue, const char *source,
                                   const quoth_token_list **tl) {
    *tl = analyze(text);
    uint32_t c = tok(*tl, cue, 0), stop = (uint32_t)(*tl)->n - 1;
    quoth_tspan s = source ? SPAN(tok(*tl, source, 0), c) : NONE;
    quoth_attribution a = attr(SPAN(c, c + 1), s, SPAN(c + 1, stop), NONE, ORIGIN_MODEL);
    quoth_attribution_list list = inferred_list(&a, 1);
    s = list.n ? list.a[0].source : NONE;
    quoth_attribution_list_free(&list);
    return s;
}

/* A date is never the source: the noun phrase before its time adverbial
 * is ("Sen. Ana Ruiz (D-Ore.) on Tuesday said"), or, with none, nobody. */
static void test_date_is_no_source(void) {
    const quoth_token_list *tl;
    quoth_tspan s = inferred_source("Sen. Ana Ruiz (D-Ore.) on Tuesday said that the port would reopen.", "said",
                                    "Tuesday", &tl);
    CHECK_INT(s.first, tok(tl, "Sen.", 0));
    CHECK_INT(s.end, tok(tl, "on", 0));
    s = inferred_source("Sen. Ana Ruiz (D-Ore.) later Tuesday said that the port would reopen.", "said", "Tuesday", &tl);
    CHECK_INT(s.first, 0);
    CHECK_INT(s.end, tok(tl, "later", 0));
    /* nor is it the subject found for a cue without a source */
    s = inferred_source("Late on Tuesday warned that the port would close.", "warned", NULL, &tl);
    CHECK(quoth_tspan_empty(s));
    /* a year is a date too; the object of a preposition is no subject */
    s = inferred_source("The mayor in 2013 said that the port would reopen.", "said", "2013", &tl);
    CHECK_INT(s.first, 0);
    CHECK_INT(s.end, tok(tl, "in", 0));
    s = inferred_source("A report on the port in 2013 said that it would reopen.", "said", "2013", &tl);
    CHECK(quoth_tspan_empty(s));
    /* a number out of the years' range stays (2,110 people) */
    s = inferred_source("In all, 2110 said that the port would reopen.", "said", "2110", &tl);
    CHECK_INT(s.first, tok(tl, "2110", 0));
    CHECK_INT(s.end, tok(tl, "said", 0));
    /* a name that is a month is not a date ("Theresa May" said) */
    s = inferred_source("May said that the port would reopen.", "said", "May", &tl);
    CHECK_INT(s.first, 0);
    CHECK_INT(s.end, tok(tl, "said", 0));
}

/* The attributions that infer_sources() leaves of one whose cue is the
 * word `cue`, source the tokens [source, source_end) and content the
 * tokens [first, end) of `text`. */
static quoth_attribution_list inferred(const char *text, const char *cue, quoth_tspan source, quoth_tspan content,
                                       const quoth_token_list **tl) {
    *tl = analyze(text);
    uint32_t c = tok(*tl, cue, 0);
    quoth_attribution a = attr(SPAN(c, c + 1), source, content, NONE, ORIGIN_MODEL);
    return inferred_list(&a, 1);
}

/* "told reporters on Monday that ...": the one told leaves the content;
 * not when a verb or a quotation comes first, nor for a relative "that". */
static void test_recipient_out_of_content(void) {
    /* without "that", the clause after the one told: a noun phrase and
     * its verb ("the BBC | the budget had been cut"; it had been part of
     * the content) */
    static const struct {
        const char *text, *cue, *content_from;
        int nth; /* which of the words content_from */
    } CASES[] = {
        {"Ana Ruiz told reporters on Monday that the port would reopen.", "told", "that", 0},
        {"Ana Ruiz reminded the council that the port would reopen.", "reminded", "that", 0},
        {"Ana Ruiz told reporters who asked that the port would reopen.", "told", "reporters", 0},
        {"Ana Ruiz told reporters the mayor knew that the port would reopen.", "told", "the", 0},
        {"Ana Ruiz told the story that shows the port reopening.", "told", "the", 0},
        {"Ana Ruiz convinced the council that the port would reopen.", "convinced", "the", 0},
        {"Ana Ruiz said reporters that the port would reopen.", "said", "reporters", 0},
        {"Ana Ruiz told the BBC the budget had been cut.", "told", "the", 1},
        {"Ana Ruiz told reporters on Friday the plan would fail.", "told", "the", 0},
        /* a possessive opens the clause too ("reporters his client" had
         * been the content), but not after a phrase of place or time */
        {"Johan Pretorius told reporters his client was considering an appeal.", "told", "his", 0},
        {"Ana Ruiz reminded voters of the years her family had lived there.", "reminded", "voters", 0},
        {"Ana Ruiz told him the truth.", "told", "him", 0},
    };
    for (size_t k = 0; k < sizeof CASES / sizeof *CASES; k++) {
        const quoth_token_list *tl = analyze(CASES[k].text);
        uint32_t cue = tok(tl, CASES[k].cue, 0), stop = (uint32_t)tl->n - 1;
        quoth_attribution_list l = inferred(CASES[k].text, CASES[k].cue, SPAN(0, cue), SPAN(cue + 1, stop), &tl);
        CHECK_INT(l.n, 1);
        if (l.n) CHECK_INT(l.a[0].content[0].first, tok(tl, CASES[k].content_from, CASES[k].nth));
        quoth_attribution_list_free(&l);
    }
}

/* A place line opening an article's body ("WASHINGTON (AP) —") is no
 * part of a source or content; a content that is nothing else goes. */
static void test_dateline_is_no_span(void) {
    const char *place = "BERGEN, Norway \xE2\x80\x94 The port will reopen, officials said.";
    const quoth_token_list *tl = analyze(place);
    uint32_t said = tok(tl, "said", 0), comma = tok(tl, ",", 1);
    quoth_attribution_list l = inferred(place, "said", SPAN(comma + 1, said), SPAN(0, comma), &tl);
    CHECK_INT(l.n, 1);
    if (l.n) CHECK_INT(l.a[0].content[0].first, tok(tl, "The", 0));
    quoth_attribution_list_free(&l);
    const char *agency = "OSLO (AP) -- Mayor Ana Ruiz said that the port would reopen.";
    tl = analyze(agency);
    said = tok(tl, "said", 0);
    l = inferred(agency, "said", SPAN(0, said), SPAN(said + 1, (uint32_t)tl->n - 1), &tl);
    CHECK_INT(l.n, 1);
    if (l.n) CHECK_INT(l.a[0].source.first, tok(tl, "Mayor", 0));
    quoth_attribution_list_free(&l);
    const char *only = "CASPER, Wyo. - Mayor Ana Ruiz continued her tour.";
    tl = analyze(only);
    uint32_t mayor = tok(tl, "Mayor", 0), continued = tok(tl, "continued", 0);
    l = inferred(only, "continued", SPAN(mayor, continued), SPAN(0, mayor), &tl);
    CHECK_INT(l.n, 0);
    quoth_attribution_list_free(&l);
    /* not a place line: a capital word that is not all capitals, an
     * initialism ("UN - EU talks"), a place line deep in the article */
    const char *plains[] = {"Bergen - The port will reopen, officials said.",
                            "UN - EU talks will reopen the port, officials said."};
    for (size_t k = 0; k < 2; k++) {
        tl = analyze(plains[k]);
        l = inferred(plains[k], "said", SPAN(tok(tl, "officials", 0), tok(tl, "said", 0)), SPAN(0, tok(tl, ",", 0)),
                     &tl);
        CHECK_INT(l.n, 1);
        if (l.n) CHECK_INT(l.a[0].content[0].first, 0);
        quoth_attribution_list_free(&l);
    }
    const char *late = "One.\n\nTwo.\n\nThree.\n\nFour.\n\nBERGEN - The port will reopen, officials said.";
    tl = analyze(late);
    uint32_t bergen = tok(tl, "BERGEN", 0);
    l = inferred(late, "said", SPAN(tok(tl, "officials", 0), tok(tl, "said", 0)), SPAN(bergen, tok(tl, ",", 0)), &tl);
    CHECK_INT(l.n, 1);
    if (l.n) CHECK_INT(l.a[0].content[0].first, bergen);
    quoth_attribution_list_free(&l);
}

/* A source that ends with a conjunction is the tail of the clause before
 * ("... sponsored by the council and | said"): the cue's subject is
 * looked for instead. */
static void test_clause_tail_is_no_source(void) {
    const quoth_token_list *tl;
    quoth_tspan s = inferred_source("Ana Ruiz praised a plan sponsored by the council and said that costs would fall.",
                                    "said", "by", &tl);
    CHECK_INT(s.first, 0);
    CHECK_INT(s.end, tok(tl, "praised", 0));
    /* a conjunction inside a source is no tail ("Ana Ruiz and Tom Dale") */
    s = inferred_source("Ana Ruiz and Tom Dale said that costs would fall.", "said", "Ana", &tl);
    CHECK_INT(s.first, 0);
    CHECK_INT(s.end, tok(tl, "said", 0));
}

/* The subject of a verb that judges it is the content's first part (it
 * had been the words after the cue alone); not the one asked. */
static void test_judged_subject_in_content(void) {
    const quoth_doc *doc = extract("The mayor appeared to change his mind on Tuesday.");
    check_two_parts(doc, "The mayor", "to change his mind on Tuesday");
    const quoth_quote *q = find(doc, "The mayor");
    CHECK(q != NULL && q->n_sources == 0);
    doc = extract("Reyes was asked about the ferry.");
    q = find(doc, "the ferry");
    CHECK_INT(q ? q->n_contents : 0, 1);
}

/* A source and cue set off inside the sentence cut its content in two;
 * the part before is the content's when the part after needs it (it had
 * been the part after alone), not an opening phrase of time or place. */
static void test_parenthetical_cue(void) {
    const quoth_doc *doc = extract("The museum, Mr. Bush said, celebrated several of his heroes.");
    check_two_parts(doc, "The museum", "celebrated several of his heroes");
    doc = extract("In a statement on Thursday, Reyes said, the port would reopen in May.");
    const quoth_quote *q = find(doc, "the port");
    CHECK_INT(q ? q->n_contents : 0, 1);
}

/* A source inside the place line names no one: the cue's subject is the
 * source (it had been "TOKYO"). */
static void test_dateline_is_no_source(void) {
    const quoth_doc *doc = extract("TOKYO, Nov 8 (Reuters) - The carmaker will invest 1 trillion yen in batteries, its "
                                   "chief executive said on Friday.");
    check_quote(doc, "The carmaker will invest", "said", "its chief executive", QUOTH_INDIRECT);
}

/* Numbers are their maker's: "according to figures from X" takes X into
 * its source; and an aside that says how the subject spoke ("in a
 * statement issued ...") is no source, the subject is. */
static void test_data_origin_and_medium_aside(void) {
    const quoth_doc *doc = extract("Exports rose 4 percent last year, according to figures from the Ministry of "
                                   "Trade. Brookfield Foods, in a statement issued on Sunday, said the recall was a "
                                   "precaution.");
    check_quote(doc, "Exports rose 4 percent last year", "according to", "figures from the Ministry of Trade",
                QUOTH_INDIRECT);
    check_quote(doc, "the recall was a precaution", "said", "Brookfield Foods", QUOTH_INDIRECT);
    /* a phrase that opens the sentence with a preposition is no source */
    doc = extract("Marlow Systems said on Friday that hackers had stolen data. In a filing with the Securities and "
                  "Exchange Commission, the Columbus, Ohio-based company said the breach began in May.");
    check_quote(doc, "the breach began in May", "said", "the Columbus, Ohio-based company", QUOTH_INDIRECT);
}

/* "Tate, who has worked at the clinic since 2009, denies negligence": the
 * rules read it backwards ("'...,' said Tate"), the tagger right; one
 * record, not the tagger's and the rules' turned round after it. */
static void test_reversed_reading_gives_one_record(void) {
    const quoth_doc *doc = extract("According to court records, the patient was not moved to the ward until 3 a.m."
                                   "\n\nOdell, who has worked at the hospital since 2011, denies negligence.");
    size_t n = 0;
    for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) {
        const quoth_quote *q = quoth_doc_quote(doc, i);
        n += q->n_contents && strcmp(slice(doc, &q->contents[0]), "negligence") == 0;
    }
    CHECK_INT((int)n, 1);
}

/* The eighteenth audit's translated world news: "According to what was
 * reported by X", a number's hedge opening what is said, an estimate put
 * after ", while", a call after "and", and a title of the country's body
 * before its holder's name. */
static void test_translated_reports_of_the_eighteenth_audit(void) {
    const quoth_doc *doc = extract("According to what was reported by the newspaper Yeni Sabah, the ministry is "
                                   "expected to decide by June.");
    check_quote(doc, "the ministry is expected to decide by June", "According to", "the newspaper Yeni Sabah",
                QUOTH_INDIRECT);
    CHECK_INT((int)quoth_doc_quote_count(doc), 1);
    doc = extract("The organizers said 30,000 people had marched, while the Bursa Governor's Office put the number "
                  "at 8,000.");
    check_quote(doc, "30,000 people had marched", "said", "The organizers", QUOTH_INDIRECT);
    check_quote(doc, "the number at 8,000", "put", "the Bursa Governor's Office", QUOTH_INDIRECT);
    doc = extract("The union announced on Monday that it would strike on March 3 and called on nurses in other regions "
                  "to join.");
    check_quote(doc, "nurses in other regions to join", "called on", "The union", QUOTH_INDIRECT);
    doc = extract("The toll from the floods has risen to 31, the head of the country's Disaster Relief Agency, Arman "
                  "Kassenov Beisenov, said on Friday.");
    check_quote(doc, "The toll from the floods has risen to 31", "said",
                "the head of the country's Disaster Relief Agency, Arman Kassenov Beisenov,", QUOTH_INDIRECT);
    /* and after ", while" when the first clause is no statement found */
    doc = extract("The organizers said around 30,000 people marched, while the Bursa Governor's Office put the number "
                  "at 8,000.");
    check_quote(doc, "the number at 8,000", "put", "the Bursa Governor's Office", QUOTH_INDIRECT);
    /* an estimate put alone is a statement too */
    doc = extract("According to the union, more than 4,000 drivers joined the strike. Bus operators put the figure "
                  "closer to 2,500.");
    check_quote(doc, "the figure closer to 2,500", "put", "Bus operators", QUOTH_INDIRECT);
}

/* "told jurors in his closing argument that ...": the tagger read a second
 * cue, the noun, which took the content, while the verb kept the source;
 * the content goes to the verb (each had been dropped without the other). */
static void test_content_of_a_noun_cue_after_the_verb(void) {
    const quoth_doc *doc = extract("Kestrel's lead attorney, Martin Hale of Hale Brook LLP, told jurors in his closing "
                                   "argument that Orbis's own emails showed its engineers had copied the design.");
    check_quote(doc, "that Orbis's own emails showed its engineers had copied the design", "told",
                "Kestrel's lead attorney, Martin Hale of Hale Brook LLP,", QUOTH_INDIRECT);
}

/* "According to people familiar with the matter, X had offered ..., but
 * the Commission considered ...": the first content is the opening cue's,
 * not the cue's after ", but" (it had gone to "considered", one token
 * nearer, and "According to" was lost). */
static void test_content_before_but_is_not_the_next_cues(void) {
    const quoth_doc *doc = extract("According to people familiar with the matter, Orlena had offered to sell a "
                                   "terminal at the port of Bremen, but the Commission considered the remedy "
                                   "insufficient.");
    const quoth_quote *q = find(doc, "Orlena had offered");
    CHECK(q != NULL);
    CHECK_STR(q && q->has_cue ? slice(doc, &q->cue) : NULL, "According to");
}

/* "Staffing on the wards was within national guidelines throughout the
 * period, he insisted": the whole clause before a cue set off after it
 * is what is said, a gerund and verbs and all. */
static void test_clause_before_set_off_cue(void) {
    const quoth_doc *doc = extract("The chief executive, Ruth Galloway, rejected the claim. Parking at the depot was "
                                   "never a problem for drivers, she insisted, adding that the company would "
                                   "review it.");
    const quoth_quote *q = find(doc, "Parking at the depot");
    CHECK(q != NULL);
    CHECK_STR(q ? slice(doc, &q->contents[0]) : NULL, "Parking at the depot was never a problem for drivers");
}

/* A source never runs on into the next sentence: the tagger had taken
 * the fellow's apposition and the next sentence's subject for one source,
 * and "argued" had lost its own. */
static void test_source_stays_in_its_sentence(void) {
    const quoth_doc *doc = extract("Analysts were divided. \"Sanctions alone rarely change behaviour,\" said Mara "
                                   "Chen, a senior fellow at the Atlantic Policy Institute. Others, including former "
                                   "Treasury official Ben Ortiz, argued the measures could bite.");
    check_quote(doc, "\"Sanctions", "said", "Mara Chen, a senior fellow at the Atlantic Policy Institute",
                QUOTH_DIRECT);
    check_quote(doc, "the measures", "argued", "Others, including former Treasury official Ben Ortiz,",
                QUOTH_INDIRECT);
}

/* "Q&A: ...", "Analysis: ...": a headline's label of the kind of piece,
 * before the colon the tagger reads as a cue, names no one and makes no
 * statement; a name before the colon still speaks. */
static void test_piece_label_is_no_speaker(void) {
    static const char *const HEADLINES[] = {
        "Q&A: New police chief Ana Kowalczyk on staffing, trust and the first 100 days\n\nQ: You arrived from "
        "outside the department. How has that gone with the officers?\n\nQ: The department has 22 open "
        "positions. How do you fill them?",
        "Analysis: The harbour plan leaves the city with a bill it cannot pay\n\nQ: Who pays? How much is it?\n\n"
        "Q: When does the levy start? Who decides?"};
    for (size_t i = 0; i < sizeof HEADLINES / sizeof *HEADLINES; i++) {
        const quoth_doc *doc = extract(HEADLINES[i]);
        size_t colon_cues = 0;
        for (size_t k = 0; k < quoth_doc_quote_count(doc); k++) {
            const quoth_quote *q = quoth_doc_quote(doc, k);
            colon_cues += q->has_cue && strcmp(slice(doc, &q->cue), ":") == 0;
        }
        CHECK_INT(colon_cues, 0);
    }
    const quoth_doc *doc = extract("Sanders: We will win in November\n\nThe senator spoke in Ohio.");
    check_quote(doc, "We will win", ":", "Sanders", QUOTH_INDIRECT);
}

/* "Human rights advocate Maria Lopez said ...": the tagger reads the role
 * noun after a plural noun as a verb and takes it for the cue, with the
 * name and its own "said" for the content; the name's verb is the cue and
 * the role with the name the source. A role noun read right stays. */
static void test_role_noun_is_no_cue(void) {
    const quoth_doc *doc = extract("The law drew criticism.\n\nHuman rights advocate Maria Lopez said the law was "
                                   "unjust.\n\nCivil liberties advocate Kwame Osei said the rules gave the police "
                                   "too much discretion.\n\nConsumer advocate Ralph Nader said the fees were a scandal.");
    check_quote(doc, "the law was unjust", "said", "Human rights advocate Maria Lopez", QUOTH_INDIRECT);
    check_quote(doc, "the rules gave the police", "said", "Civil liberties advocate Kwame Osei", QUOTH_INDIRECT);
    check_quote(doc, "the fees were a scandal", "said", "Consumer advocate Ralph Nader", QUOTH_INDIRECT);
    const quoth_quote *q = find(doc, "the law was unjust");
    CHECK_STR(q ? q->speaker_name : NULL, "Maria Lopez");
    CHECK(find(doc, "Maria Lopez said") == NULL);
}

/* The twentieth audit's readings (a blind audit of statements annotated
 * by hand, tests/fixtures/statements): a cue and whom it was said to
 * before a colon that ends the paragraph; a quotation with a comma
 * outside its closing mark, then a verb that ends the sentence; dialogue
 * set off by dashes; a sentence opened by its source; a report that
 * closes a report. Each had been no statement, or another's. */
static void test_statements_of_the_twentieth_audit(void) {
    const quoth_doc *doc = extract("Senator Ann Hollis told the chamber:\n\n"
                                   "\"We are borrowing from our grandchildren.\"\n\n"
                                   "\u00ab They take us for beggars \u00bb, protested Jean Morvan.\n\n"
                                   "\u2014 We drilled day and night, \u2014 the colonel admitted. \u2014 But the men "
                                   "below did not panic.\n\n"
                                   "As reported by Reuters, the talks will resume in May.\n\n"
                                   "In the opinion of the analyst Kirill Maslov, the sale would cut the debt.\n\n"
                                   "Gov. Lydia Harmon believes the state needs money, her spokesman, Devin Ortiz, said.\n\n"
                                   "According to a reporter at the scene, officers fired tear gas at the crowd.");
    check_quote(doc, "\"We are borrowing from our grandchildren.\"", "told", "Senator Ann Hollis", QUOTH_DIRECT);
    check_quote(doc, "\u00ab They take us for beggars \u00bb", "protested", "Jean Morvan", QUOTH_DIRECT);
    check_quote(doc, "We drilled day and night,", "admitted", "the colonel", QUOTH_DIRECT);
    const quoth_quote *q = find(doc, "We drilled");
    CHECK_INT(q ? (long)q->n_contents : -1, 2);
    if (q && q->n_contents == 2) CHECK_STR(slice(doc, &q->contents[1]), "But the men below did not panic.");
    check_quote(doc, "the talks will resume in May", "reported", "Reuters", QUOTH_INDIRECT);
    check_quote(doc, "the sale would cut the debt", "In the opinion of", "the analyst Kirill Maslov", QUOTH_INDIRECT);
    check_quote(doc, "Gov. Lydia Harmon believes the state needs money", "said", "her spokesman, Devin Ortiz,",
                QUOTH_INDIRECT);
    check_quote(doc, "officers fired tear gas at the crowd", "According to", "a reporter at the scene",
                QUOTH_INDIRECT);
    CHECK_INT(quoth_doc_quote_count(doc), 7);
}

/* The first piece of the content that opens with `prefix`, whole, or ""
 * when no statement has one. */
static const char *first_content(const quoth_doc *doc, const char *prefix) {
    const quoth_quote *q = find(doc, prefix);
    return q && q->n_contents ? slice(doc, &q->contents[0]) : "";
}

/* The twenty-first audit's statements (tests/fixtures/statements/local,
 * health, sport, scraped, profiles): an appeal's content holds the one
 * asked; a second appeal or a feeling expressed after "and" is a
 * statement of its own, the first content cut before it; a source that is a relative clause takes its noun; a
 * report "published last week" speaks with its author, a week is no
 * source; the noun before a relative clause of where one lives speaks,
 * not the street; a company's posted results are no statement; a quotation in
 * character references of HTML is one; a nickname is no quotation. */
static void test_statements_of_the_twenty_first_audit(void) {
    const quoth_doc *doc = extract("The union has urged the regional water authority to lift its cap.\n\n"
                                   "Fire company president Walt Sobieski, who testified at the hearing, said the "
                                   "members found the thefts.\n\n"
                                   "Prof. Vesna Kralj warned that aftershocks were possible in the coming days and "
                                   "advised residents not to enter damaged buildings.\n\n"
                                   "Osmani noted that trade had grown by 40 percent last year and expressed the hope "
                                   "that it would reach one billion dollars.\n\n"
                                   "A report by the International Monetary Council published last week found that "
                                   "inflation remained high.\n\n"
                                   "The agency last week said that prices rose.\n\n"
                                   "Nordgas Holding posted a net profit of 38 million kronar.\n\n"
                                   "&quot;We will appeal,&quot; the lawyer said.\n\n"
                                   "Hollis \u201cBig Easy\u201d Vance announced his retirement on Tuesday.");
    check_quote(doc, "the regional water authority to lift its cap", "has urged", "The union", QUOTH_INDIRECT);
    check_quote(doc, "the members found the thefts", "said",
                "Fire company president Walt Sobieski, who testified at the hearing,", QUOTH_INDIRECT);
    check_quote(doc, "that aftershocks were possible", "warned", "Prof. Vesna Kralj", QUOTH_INDIRECT);
    CHECK_STR(first_content(doc, "that aftershocks"), "that aftershocks were possible in the coming days");
    check_quote(doc, "residents not to enter damaged buildings", "advised", "Prof. Vesna Kralj", QUOTH_INDIRECT);
    CHECK_STR(first_content(doc, "that trade"), "that trade had grown by 40 percent last year");
    check_quote(doc, "that it would reach one billion dollars", "expressed the hope", "Osmani", QUOTH_INDIRECT);
    check_quote(doc, "that inflation remained high", "found",
                "A report by the International Monetary Council published last week", QUOTH_INDIRECT);
    check_quote(doc, "that prices rose", "said", "The agency", QUOTH_INDIRECT);
    check_quote(doc, "&quot;We will appeal,&quot;", "said", "the lawyer", QUOTH_DIRECT);
    check_quote(doc, "his retirement on Tuesday", "announced", "Hollis \u201cBig Easy\u201d Vance", QUOTH_INDIRECT);
    CHECK(find(doc, "a net profit") == NULL);
    CHECK_INT(quoth_doc_quote_count(doc), 10);

    doc = extract("A woman who lives on Alder Street, who asked not to be identified, said some posts had named "
                  "teenagers.");
    check_quote(doc, "some posts had named teenagers", "said", "A woman who lives on Alder Street", QUOTH_INDIRECT);

    doc = extract("The mayor said the town had no money and asked the government for an emergency transfer.");
    CHECK_STR(first_content(doc, "the town"), "the town had no money");
    check_quote(doc, "the government for an emergency transfer", "asked", "The mayor", QUOTH_INDIRECT);
    CHECK_INT(quoth_doc_quote_count(doc), 2);
}

/* The twenty-second audit's opinion pages and markets copy: a noun cue
 * after a possessive, the columnist's "would have us believe", the one
 * asked that a cue had taken, "said only that". */
static void test_statements_of_the_twenty_second_audit(void) {
    const quoth_doc *doc = extract("Donald Trump's claim that the library is empty was false.\n\n"
                                   "Councilman Dale Whitcomb would have us believe that the library is a luxury.\n\n"
                                   "State Senator Paul Redding, who has championed the bypass from the start, would "
                                   "have us believe that the road is about safety.\n\n"
                                   "The district has called on the board to freeze salaries for senior staff.\n\n"
                                   "The spokeswoman said only that the talks were going on.");
    check_quote(doc, "that the library is empty", "claim", "Donald Trump's", QUOTH_INDIRECT);
    check_quote(doc, "that the library is a luxury", "would have us believe", "Councilman Dale Whitcomb",
                QUOTH_INDIRECT);
    check_quote(doc, "that the road is about safety", "would have us believe",
                "State Senator Paul Redding, who has championed the bypass from the start,", QUOTH_INDIRECT);
    check_quote(doc, "the board to freeze salaries for senior staff", "has called on", "The district", QUOTH_INDIRECT);
    check_quote(doc, "that the talks were going on", "said only", "The spokeswoman", QUOTH_INDIRECT);
    CHECK_INT(quoth_doc_quote_count(doc), 5);
}

/* The twenty-fourth to twenty-seventh audits' local, crime, defense,
 * live-blog and celebrity news: a source's clause of "whose" whole when its comma closes
 * it before the cue (it had ended at "sons"); "said in a statement posted
 * on Telegram that" the subject's, its cue "said" (it had been the
 * statement's, cue "posted"); a clause that gives a first name no
 * statement and no part of the source (it had been one, cue "gave only");
 * a bond posted no post; a live blog's stamp no part of a content. */
static void test_statements_of_the_twenty_fourth_audit(void) {
    const quoth_doc *doc = extract("Kerry Blythe, whose twin sons are in Year 3, said the school had improved.\n\n"
                                   "The Crimson Banner said in a statement posted on Telegram that the strike had "
                                   "hit a farm truck.\n\n"
                                   "A younger worker who gave only her first name, Shay, said the line had "
                                   "stopped.\n\n"
                                   "Officer Tom Arneson posted a $50,000 bond on Friday.\n\n"
                                   "3:15 p.m. \u2014 Two workers were taken to Saltmere General Hospital, a hospital "
                                   "spokeswoman said.");
    check_quote(doc, "the school had improved", "said", "Kerry Blythe, whose twin sons are in Year 3,", QUOTH_INDIRECT);
    check_quote(doc, "that the strike had hit a farm truck", "said", "The Crimson Banner", QUOTH_INDIRECT);
    check_quote(doc, "the line had stopped", "said", "A younger worker", QUOTH_INDIRECT);
    check_quote(doc, "Two workers were taken to Saltmere General Hospital", "said", "a hospital spokeswoman",
                QUOTH_INDIRECT);
    CHECK(find(doc, "her first name") == NULL);
    CHECK(find(doc, "a $50,000 bond") == NULL);
    CHECK_INT(quoth_doc_quote_count(doc), 4);

    /* the twenty-sixth audit's: the statement a source was said in, to
     * whom, is no part of it; one signed by a spokesperson stays */
    doc = extract("In a statement to Stargaze Weekly, a spokesman for Tessaract Television, the studio behind the "
                  "show, said the role had been cut.");
    check_quote(doc, "the role had been cut", "said",
                "a spokesman for Tessaract Television, the studio behind the show,", QUOTH_INDIRECT);
    CHECK_INT(quoth_doc_quote_count(doc), 1);
}

/* Translated copy: a reporting clause set off from its quotation by a
 * dash ('"...," - said the minister Anna Kovalenko.' had been no
 * statement), a comma set off with spaces before a content (which the
 * content had begun with). */
static void test_translated_dash_and_comma(void) {
    const quoth_doc *doc = extract("\"We are ready for dialogue,\" - said the minister Anna Kovalenko.\n\n"
                                   "\u201cNot before June\u201d \u2014 said Petro Savchenko.\n\n"
                                   "As the general Viktor Sedov stressed , the troops will remain in the region "
                                   "until the end of the year .");
    check_quote(doc, "\"We are ready for dialogue,\"", "said", "the minister Anna Kovalenko", QUOTH_DIRECT);
    check_quote(doc, "\u201cNot before June\u201d", "said", "Petro Savchenko", QUOTH_DIRECT);
    check_quote(doc, "the troops will remain in the region until the end of the year", "stressed",
                "the general Viktor Sedov", QUOTH_INDIRECT);
    CHECK_INT(quoth_doc_quote_count(doc), 3);
}

/* "Prices will fall, said Smith at a briefing.": a verb of saying after
 * a comma, its subject after it, as wire copy and translated dialogue
 * write it; the tagger had read the clause's subject as the source and
 * the speaker as what was said. A time after the verb, then "that", is
 * the content's start, not a subject ("Trump, who ..., said Friday that
 * ..."); a clause without a verb before the comma is none. */
static void test_inverted_cue_of_saying(void) {
    const quoth_doc *doc = extract("Prices will fall, said Smith at a briefing.\n\n"
                                   "\u2014 We will return on Monday , promised H\u00e4u\u00dfler at the exit .");
    check_quote(doc, "Prices will fall", "said", "Smith", QUOTH_INDIRECT);
    check_quote(doc, "We will return on Monday", "promised", "H\u00e4u\u00dfler", QUOTH_INDIRECT);
    CHECK_INT(quoth_doc_quote_count(doc), 2);
    /* the tagger's cue and source after the comma, and no content: the
     * clause before the comma (the attribution had been lost) */
    doc = extract("The economy will recover next year, said John Smith, chief economist at Lloyds.");
    check_quote(doc, "The economy will recover next year", "said", "John Smith, chief economist at Lloyds",
                QUOTH_INDIRECT);
    doc = extract("Ruth Adler, who chairs the board, said Friday that the vote would be held in May.");
    check_quote(doc, "that the vote would be held in May", "said Friday", "Ruth Adler, who chairs the board,",
                QUOTH_INDIRECT);
}

/* "did not respond to a request for comment" tells that there is no
 * statement: none is made of it (the tagger had made the request the
 * content); what the same person is said to have said stays. */
static void test_request_left_unanswered(void) {
    const quoth_doc *doc = extract("A spokeswoman for Tesla did not respond to a request for comment.\n\n"
                                   "The Clinton campaign did not return calls seeking comment.\n\n"
                                   "Lewandowski, who did not respond to a request for comment, has denied that he "
                                   "was working on a book.");
    CHECK(find(doc, "a request for comment") == NULL);
    CHECK(find(doc, "calls seeking comment") == NULL);
    check_quote(doc, "that he was working on a book", "has denied", "Lewandowski", QUOTH_INDIRECT);
    CHECK_INT(quoth_doc_quote_count(doc), 1);
}

/* After a quotation, its source and cue, a place or time to the
 * sentence's end is where it was said, not more of it ("outside
 * parliament" had been a second content, and the quotation mixed); a
 * topic after "said of" stays the content's, as PolNeAR has it. A role
 * and a name set off between a clause and its cue are the source, not
 * the content's end. */
static void test_circumstance_and_apposed_source(void) {
    const quoth_doc *doc = extract("\"We are not going anywhere,\" the protesters chanted outside parliament.");
    check_quote(doc, "\"We are not going anywhere,\"", "chanted", "the protesters", QUOTH_DIRECT);
    const quoth_quote *q = find(doc, "\"We are not going anywhere");
    CHECK_INT(q ? q->n_contents : 0, 1);
    doc = extract("Profits will double next year, its chief financial officer, Laura Chen, told analysts.\n\n"
                  "Sales will fall, Veridian's chief executive, Tom Vance, said.");
    check_quote(doc, "Profits will double next year", "told", "its chief financial officer, Laura Chen,",
                QUOTH_INDIRECT);
    check_quote(doc, "Sales will fall", "said", "Veridian's chief executive, Tom Vance,", QUOTH_INDIRECT);
    q = find(doc, "Profits will double");
    CHECK_STR(q ? q->speaker_name : NULL, "Laura Chen");
    /* why the source goes unnamed is no second content */
    doc = extract("It was not clear how many people were hurt, a police official said on condition of anonymity "
                  "because he was not authorized to speak to the media.");
    check_quote(doc, "It was not clear how many people were hurt", "said", "a police official", QUOTH_INDIRECT);
    q = find(doc, "It was not clear");
    CHECK_INT(q ? q->n_contents : 0, 1);
}

/* The apostrophe of a plural possessive is no quotation mark: "the
 * nurses' union" leaves a statement indirect (it had been mixed, in
 * PolNeAR's dev 10 statements and train 148, "voters’ preferences"); a
 * single quotation that ends on such a word, or one after it, still
 * makes the statement mixed. */
static void test_possessive_apostrophe_is_no_quotation(void) {
    const quoth_doc *doc = extract("Health Minister Margaret Thornbury said the nurses' union would be consulted.\n\n"
                                   "The mayor said workers\u2019 rights would come first.\n\n"
                                   "He called the plan 'a matter for the nurses' and left, the spokesman said.\n\n"
                                   "The union said the members' vote was 'final' and binding.");
    check_quote(doc, "the nurses' union would be consulted", "said", "Health Minister Margaret Thornbury",
                QUOTH_INDIRECT);
    check_quote(doc, "workers\u2019 rights would come first", "said", "The mayor", QUOTH_INDIRECT);
    check_quote(doc, "He called the plan 'a matter for the nurses' and left", "said", "the spokesman", QUOTH_MIXED);
    check_quote(doc, "the members' vote was 'final' and binding", "said", "The union", QUOTH_MIXED);
}

/* "The council issued a statement saying ...": who issued the statement
 * is the source, and the cue runs from the verb; a statement that nobody
 * is said to send, or that one receives, stays the source. */
static void test_sender_of_document(void) {
    static const struct {
        const char *text, *document, *participle; /* the tagger's source: from `document` to `participle` */
        const char *source, *cue;                 /* source NULL: the document stays */
        int source_words;
    } CASES[] = {
        {"The harbour council issued a statement saying that the port would reopen.", "a", "saying", "The", "issued",
         3},
        {"Ana Ruiz has sent out a press release saying that the port would reopen.", "a", "saying", "Ana", "has", 2},
        {"After the storm, Ana Ruiz released a video calling the port safe.", "a", "calling", "Ana", "released", 2},
        {"Ana Ruiz, who issued a statement saying that the port would reopen, left.", "a", "saying", "who", "issued",
         1},
        {"Ana Ruiz received a statement saying that the port would reopen.", "a", "saying", NULL, "saying", 0},
        {"In a statement saying that the port would reopen, the mayor thanked the crews.", "a", "saying", NULL,
         "saying", 0},
        {"Ana Ruiz issued a report saying that the port would reopen.", "a", "saying", NULL, "saying", 0},
        {"Ana Ruiz runs The Post saying that the port would reopen.", "The", "saying", NULL, "saying", 0},
    };
    for (size_t k = 0; k < sizeof CASES / sizeof *CASES; k++) {
        const quoth_token_list *tl = analyze(CASES[k].text);
        uint32_t document = tok(tl, CASES[k].document, 0), ing = tok(tl, CASES[k].participle, 0);
        quoth_attribution_list l =
            inferred(CASES[k].text, CASES[k].participle, SPAN(document, ing), SPAN(ing + 1, (uint32_t)tl->n - 1), &tl);
        CHECK_INT(l.n, 1);
        if (!l.n) continue;
        const quoth_attribution *a = &l.a[0];
        uint32_t source = CASES[k].source ? tok(tl, CASES[k].source, 0) : document;
        uint32_t source_end = CASES[k].source ? source + (uint32_t)CASES[k].source_words : ing;
        CHECK_INT(a->source.first, source);
        CHECK_INT(a->source.end, source_end);
        CHECK_INT(a->cue.first, tok(tl, CASES[k].cue, 0));
        CHECK_INT(a->cue.end, ing + 1);
        quoth_attribution_list_free(&l);
    }
}

/* How a source spoke ("in a statement", "via email") is no part of it,
 * on either side of its cue; a source whose noun is the medium stays. */
static void test_source_without_medium(void) {
    static const struct {
        const char *text, *source_from, *source_to, *end_at; /* source [from, to) given; it should end at end_at */
        int cue_after;
    } CASES[] = {
        {"\"It will reopen,\" said Ana Ruiz in a statement.", "Ana", ".", "in", 0},
        {"\"It will reopen,\" said Ana Ruiz, the mayor, via email.", "Ana", ".", "via", 0},
        {"Ana Ruiz in an interview said the port would reopen.", "Ana", "said", "in", 1},
        {"\"It will reopen,\" said the author of a letter.", "the", ".", ".", 0},
        {"\"It will reopen,\" said an interview.", "an", ".", ".", 0},
        {"\"It will reopen,\" said the mayor in a park.", "the", ".", ".", 0},
    };
    for (size_t k = 0; k < sizeof CASES / sizeof *CASES; k++) {
        const quoth_token_list *tl = analyze(CASES[k].text);
        uint32_t said = tok(tl, "said", 0), from = tok(tl, CASES[k].source_from, 0);
        uint32_t to = tok(tl, CASES[k].source_to, 0);
        quoth_tspan content = CASES[k].cue_after ? SPAN(said + 1, (uint32_t)tl->n - 1) : SPAN(1, tok(tl, ",", 0));
        quoth_attribution_list l = inferred(CASES[k].text, "said", SPAN(from, to), content, &tl);
        CHECK_INT(l.n, 1);
        if (l.n) CHECK_INT(l.a[0].source.end, tok(tl, CASES[k].end_at, 0));
        quoth_attribution_list_free(&l);
    }
}

/* The subject of "was asked", "is widely expected", "appears to", "seemed
 * to" is no source: the attribution keeps no source and borrows no
 * speaker from the clause before; the subject of a state ("is convinced")
 * stays the source. */
static void test_passive_subject_is_no_source(void) {
    const char *text = "Ana Ruiz said that the port would reopen, and Tom Dale was asked about the cost.";
    const quoth_token_list *tl = analyze(text);
    uint32_t said = tok(tl, "said", 0), comma = tok(tl, ",", 0), tom = tok(tl, "Tom", 0);
    uint32_t was = tok(tl, "was", 0), about = tok(tl, "about", 0), stop = tok(tl, ".", 0);
    quoth_attribution pair[2] = {
        attr(SPAN(said, said + 1), SPAN(0, said), SPAN(said + 1, comma), NONE, ORIGIN_MODEL),
        attr(SPAN(was, about), SPAN(tom, was), SPAN(about, stop), NONE, ORIGIN_MODEL)};
    quoth_attribution_list list = inferred_list(pair, 2);
    CHECK_INT(list.n, 2);
    if (list.n == 2) {
        CHECK_INT(list.a[0].source.end, said);
        CHECK(quoth_tspan_empty(list.a[1].source) && list.a[1].subject_judged);
        quoth_speaker_table speakers = {0};
        quoth_attrib_input in = input_of();
        CHECK_INT(quoth_resolve_speakers(&speakers, &in, &list), 0);
        CHECK(list.a[0].speaker >= 0);
        CHECK_INT(list.a[1].speaker, -1);
        quoth_speaker_table_free(&speakers);
    }
    quoth_attribution_list_free(&list);
    /* the engine keeps the tagger's attribution, though it has no source */
    const quoth_doc *doc = extract("The mayor met the press on Monday. Ana Ruiz was asked about the cost of the bridge.");
    const quoth_quote *q = find(doc, "the cost");
    CHECK(q != NULL);
    if (q) CHECK(q->n_sources == 0 && q->speaker_name == NULL);
    static const struct {
        const char *text, *cue;
        int kept;
    } CASES[] = {
        {"Ana Ruiz was widely expected to reopen the port.", "expected", 0},
        {"Ana Ruiz is convinced that the port will reopen.", "convinced", 1},
        {"Ana Ruiz asked that the port reopen.", "asked", 1},
        {"Ana Ruiz appears to favor the plan.", "appears", 0},
        {"Ana Ruiz seemed unsure about the plan.", "seemed", 0},
        {"Ana Ruiz seemed to favor the plan.", "seemed", 0},
        {"Ana Ruiz appeared to suggest that the port would reopen.", "appeared", 1},
    };
    /* the tagger gave no source: none is looked for, and it is kept */
    const char *states = "The two states, Delaware and Maryland, are widely seen as strongholds.";
    tl = analyze(states);
    uint32_t are = tok(tl, "are", 0), as = tok(tl, "as", 0);
    quoth_attribution seen = attr(SPAN(are, as), NONE, SPAN(as, (uint32_t)tl->n - 1), NONE, ORIGIN_MODEL);
    list = inferred_list(&seen, 1);
    CHECK_INT(list.n, 1);
    if (list.n) CHECK(quoth_tspan_empty(list.a[0].source) && list.a[0].subject_judged);
    quoth_attribution_list_free(&list);
    const char *stalled = "The plan appears to have stalled.";
    tl = analyze(stalled);
    uint32_t appears = tok(tl, "appears", 0);
    quoth_attribution appear =
        attr(SPAN(appears, appears + 1), NONE, SPAN(appears + 1, (uint32_t)tl->n - 1), NONE, ORIGIN_MODEL);
    list = inferred_list(&appear, 1);
    CHECK_INT(list.n, 1);
    if (list.n) CHECK(quoth_tspan_empty(list.a[0].source) && list.a[0].subject_judged);
    quoth_attribution_list_free(&list);
    for (size_t k = 0; k < sizeof CASES / sizeof *CASES; k++) {
        tl = analyze(CASES[k].text);
        uint32_t cue = tok(tl, CASES[k].cue, 0);
        quoth_attribution_list l =
            inferred(CASES[k].text, CASES[k].cue, SPAN(0, 2), SPAN(cue + 1, (uint32_t)tl->n - 1), &tl);
        CHECK_INT(l.n, 1);
        if (l.n) CHECK_INT(quoth_tspan_empty(l.a[0].source), !CASES[k].kept);
        if (l.n) CHECK_INT(l.a[0].subject_judged, !CASES[k].kept);
        quoth_attribution_list_free(&l);
    }
}

/* A cue in a relative clause has the relative pronoun for its source
 * ("Ana Ruiz, who has long argued ..."); a cue after the clause has the
 * name the clause hangs on ("Ana Ruiz, who runs the port, said ..."); a
 * "that" is left alone. */
static void test_relative_pronoun_source(void) {
    static const struct {
        const char *text, *cue, *source_from, *source_to; /* the tagger's source, from and to (NULL: none) */
        const char *want_from;                             /* the source after: from `want_from` ... */
        int want_words;
    } CASES[] = {
        {"The plan drew fire from Ana Ruiz, who has long argued that costs would rise.", "argued", "Ana", ",", "who",
         1},
        {"The plan drew fire from Ana Ruiz, who argued that costs would rise.", "argued", NULL, NULL, "who", 1},
        {"The Harbor Post, which first reported the story, said the port would close.", "said", "which", "first",
         "The", 3},
        {"The Harbor Post, which said the port would close, was sold.", "said", "The", ",", "which", 1},
        {"The board, that said the port would close, met.", "said", "The", ",", "The", 2},
        /* a source after the cue is not the relative pronoun's */
        {"The crews, who told Ana Ruiz that the port would close, left.", "told", "Ana", "that", "Ana", 2},
    };
    for (size_t k = 0; k < sizeof CASES / sizeof *CASES; k++) {
        const quoth_token_list *tl = analyze(CASES[k].text);
        uint32_t cue = tok(tl, CASES[k].cue, 0);
        quoth_tspan source =
            CASES[k].source_from ? SPAN(tok(tl, CASES[k].source_from, 0), tok(tl, CASES[k].source_to, 0)) : NONE;
        quoth_attribution_list l =
            inferred(CASES[k].text, CASES[k].cue, source, SPAN(cue + 1, (uint32_t)tl->n - 1), &tl);
        CHECK_INT(l.n, 1);
        if (!l.n) continue;
        CHECK_INT(l.a[0].source.first, tok(tl, CASES[k].want_from, 0));
        CHECK_INT(l.a[0].source.end, tok(tl, CASES[k].want_from, 0) + (uint32_t)CASES[k].want_words);
        quoth_attribution_list_free(&l);
    }
    /* nor is it the source that a second cue borrows from the first */
    const char *two = "The Harbor Post, which first reported the story, said the port would close.";
    const quoth_token_list *tl = analyze(two);
    uint32_t which = tok(tl, "which", 0), reported = tok(tl, "reported", 0), said = tok(tl, "said", 0);
    quoth_attribution pair[2] = {
        attr(SPAN(which + 1, reported + 1), SPAN(which, which + 1), SPAN(reported + 1, said - 1), NONE, ORIGIN_MODEL),
        attr(SPAN(said, said + 1), NONE, SPAN(said + 1, (uint32_t)tl->n - 1), NONE, ORIGIN_MODEL)};
    quoth_attribution_list list = inferred_list(pair, 2);
    CHECK_INT(list.n, 2);
    if (list.n == 2) {
        CHECK_INT(list.a[0].source.first, which);
        CHECK_INT(list.a[1].source.first, 0);
        CHECK_INT(list.a[1].source.end, 3);
    }
    quoth_attribution_list_free(&list);
}

/* A verb of saying takes no circumstance into its cue ("said on Friday",
 * "wrote to supporters"); "in" stays ("said in a statement"), and so does
 * what follows another verb ("pointed to"). */
static void test_cue_without_circumstance(void) {
    static const struct {
        const char *text, *cue_from, *content_from, *cue_to; /* the cue after: [cue_from, cue_to) */
    } CASES[] = {
        {"Ana Ruiz said on Friday that the port would reopen.", "said", "that", "on"},
        {"Ana Ruiz wrote to supporters on Friday that the port would reopen.", "wrote", "that", "to"},
        {"Ana Ruiz said in a statement that the port would reopen.", "said", "that", "that"},
        {"Ana Ruiz pointed to the record of the port.", "pointed", "the", "the"},
    };
    for (size_t k = 0; k < sizeof CASES / sizeof *CASES; k++) {
        const quoth_token_list *tl = analyze(CASES[k].text);
        uint32_t cue = tok(tl, CASES[k].cue_from, 0), content = tok(tl, CASES[k].content_from, 0);
        quoth_attribution a = attr(SPAN(cue, content), SPAN(0, cue), SPAN(content, (uint32_t)tl->n - 1), NONE,
                                   ORIGIN_MODEL);
        quoth_attribution_list list = inferred_list(&a, 1);
        CHECK_INT(list.n, 1);
        if (list.n) CHECK_INT(list.a[0].cue.end, tok(tl, CASES[k].cue_to, 0));
        quoth_attribution_list_free(&list);
    }
}

/* A personal pronoun right before the cue is its source, not a name
 * further back that the tagger took ("Ana Ruiz ... she later said"); a
 * pronoun inside the content is not. */
static void test_pronoun_subject_source(void) {
    const char *text = "Ana Ruiz met the crews, and she later said the port would reopen.";
    const quoth_token_list *tl = analyze(text);
    uint32_t said = tok(tl, "said", 0);
    quoth_attribution_list l = inferred(text, "said", SPAN(0, 2), SPAN(said + 1, (uint32_t)tl->n - 1), &tl);
    CHECK_INT(l.n, 1);
    if (l.n) CHECK_INT(l.a[0].source.first, tok(tl, "she", 0));
    if (l.n) CHECK_INT(l.a[0].source.end, tok(tl, "she", 0) + 1);
    quoth_attribution_list_free(&l);
    const char *inside = "Ana Ruiz wrote that she said the port would reopen.";
    tl = analyze(inside);
    uint32_t wrote = tok(tl, "wrote", 0);
    said = tok(tl, "said", 0);
    quoth_attribution a = attr(SPAN(said, said + 1), SPAN(0, wrote), SPAN(wrote + 1, (uint32_t)tl->n - 1), NONE,
                               ORIGIN_MODEL);
    quoth_attribution_list list = inferred_list(&a, 1);
    CHECK_INT(list.n, 1);
    if (list.n) CHECK_INT(list.a[0].source.first, 0);
    quoth_attribution_list_free(&list);
}

/* A second verb of the same subject shares the first one's source. */
static void test_second_verb_shares_source(void) {
    const quoth_token_list *tl = analyze("Ana Ruiz, unlike the mayor, backed the plan but warned that costs would rise.");
    uint32_t comma2 = tok(tl, ",", 1), backed = tok(tl, "backed", 0), but = tok(tl, "but", 0);
    uint32_t warned = tok(tl, "warned", 0), stop = tok(tl, ".", 0);
    quoth_attribution_list list = {0};
    quoth_attribution a = attr(SPAN(backed, backed + 1), SPAN(0, comma2 + 1), SPAN(backed + 1, but), NONE,
                               ORIGIN_MODEL);
    quoth_attribution b = attr(SPAN(warned, warned + 1), NONE, SPAN(warned + 1, stop), NONE, ORIGIN_MODEL);
    CHECK_INT(quoth_attribution_push(&list, &a), 0);
    CHECK_INT(quoth_attribution_push(&list, &b), 0);
    quoth_attrib_input in = quoth_engine_input(engine);
    quoth_attribution_infer_sources(&in, &list);
    CHECK_INT(list.a[1].cue.first, warned);
    CHECK_INT(list.a[1].source.first, 0);
    quoth_attribution_list_free(&list);
}

/* A content in the next sentence that starts after words the tagger left
 * out is not joined to the cue before it. */
static void test_content_of_another_sentence_not_joined(void) {
    const quoth_token_list *tl = analyze("Ana Ruiz cannot accept how the port was run. It is clear that the budget is short.");
    uint8_t labels[64] = {0};
    uint32_t can = tok(tl, "can", 0), how = tok(tl, "how", 0), stop = tok(tl, ".", 0);
    uint32_t that = tok(tl, "that", 0), stop2 = tok(tl, ".", 1);
    label_span(labels, 0, 2, AL_B_SOURCE);
    label_span(labels, can, how, AL_B_CUE);
    label_span(labels, how, stop, AL_B_CONTENT);
    label_span(labels, that, stop2, AL_B_CONTENT);
    quoth_attrib_input in = quoth_engine_input(engine);
    quoth_attribution_list out = {0};
    CHECK_INT(quoth_learned_decode(&in, labels, NULL, &out), 0);
    CHECK_INT(out.n, 1);
    if (out.n == 1) {
        CHECK_INT(out.a[0].n_content, 1);
        CHECK_INT(out.a[0].content[0].first, how);
    }
    quoth_attribution_list_free(&out);
}

/* A source read as the noun phrase before its verb takes in the rest of
 * the subject that opens the sentence; not across a finite verb. */
static void test_source_takes_whole_subject(void) {
    const quoth_token_list *tl = analyze("The wife of a man shot by the police recorded a video of the stop.");
    uint32_t the = tok(tl, "the", 0), recorded = tok(tl, "recorded", 0), stop = tok(tl, ".", 0);
    quoth_attribution_list list = {0};
    quoth_attribution a = attr(SPAN(recorded, recorded + 1), SPAN(the, recorded), SPAN(recorded + 1, stop), NONE,
                               ORIGIN_MODEL);
    CHECK_INT(quoth_attribution_push(&list, &a), 0);
    quoth_attrib_input in = quoth_engine_input(engine);
    quoth_attribution_infer_sources(&in, &list);
    CHECK_INT(list.a[0].source.first, 0);
    CHECK_INT(list.a[0].source.end, recorded);

    tl = analyze("The mayor thinks the new bridge builders said it is fine.");
    uint32_t said = tok(tl, "said", 0), builders = tok(tl, "builders", 0);
    stop = tok(tl, ".", 0);
    list.n = 0;
    a = attr(SPAN(said, said + 1), SPAN(builders - 3, said), SPAN(said + 1, stop), NONE, ORIGIN_MODEL);
    CHECK_INT(quoth_attribution_push(&list, &a), 0);
    in = quoth_engine_input(engine);
    quoth_attribution_infer_sources(&in, &list);
    CHECK_INT(list.a[0].source.first, builders - 3);
    quoth_attribution_list_free(&list);
}

/* The built-in model's content bias is on, and in proportion to it. */
static void test_content_bias_is_set(void) {
    setup();
    const quoth_attrib_model *m = model->attrib;
    CHECK(m != NULL);
    if (m) CHECK(m->content_bias > 0 && m->content_bias < m->trans[AL_O][AL_O] * 4);
}

/* The rules' reported speech runs over a second attribution the tagger
 * read inside it: the tagger's content for the shared cue wins, and the
 * second attribution is kept. */
static void test_merge_takes_content_before_another_speaker(void) {
    const char *text = "Ruiz said the port was safe and the crews told reporters it was not.";
    const quoth_token_list *tl = analyze(text);
    uint32_t said = tok(tl, "said", 0), and_ = tok(tl, "and", 0), crews = tok(tl, "crews", 0);
    uint32_t told = tok(tl, "told", 0), it = tok(tl, "it", 0), stop = tok(tl, ".", 0);
    quoth_attribution_list rules = {0}, learned = {0}, out = {0};
    quoth_attribution r = attr(SPAN(said, said + 1), SPAN(0, 1), SPAN(said + 1, stop), NONE, ORIGIN_RULE_INDIRECT);
    quoth_attribution m1 = attr(SPAN(said, said + 1), SPAN(0, 1), SPAN(said + 1, and_), NONE, ORIGIN_MODEL);
    quoth_attribution m2 = attr(SPAN(told, told + 2), SPAN(crews - 1, told), SPAN(it, stop), NONE, ORIGIN_MODEL);
    uint8_t used[64];
    CHECK_INT(quoth_attribution_push(&rules, &r), 0);
    CHECK_INT(quoth_attribution_push(&learned, &m1), 0);
    CHECK_INT(quoth_attribution_push(&learned, &m2), 0);
    CHECK_INT(quoth_attribution_merge(tl, &rules, &learned, used, &out), 0);
    CHECK_INT(out.n, 2);
    if (out.n == 2) {
        CHECK_INT(out.a[0].origin, ORIGIN_RULE_INDIRECT);
        CHECK_INT(out.a[0].content[0].end, and_);
        CHECK_INT(out.a[1].cue.first, told);
    }
    quoth_attribution_list_free(&rules);
    quoth_attribution_list_free(&learned);
    quoth_attribution_list_free(&out);
}

static void cleanup(void) {
    quoth_engine_free(engine);
    quoth_model_free(model);
    engine = NULL;
    model = NULL;
}

static int compare_keys(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The tagger finds the rows of small-valued features by index, the others
 * by key: for every token of a document, the scores must be those that all
 * of the token's keys give (a wrong offset, range or copied row would show
 * here). */
static void test_feature_rows_by_index_and_by_key(void) {
    const char *text = "\"We will not sign this deal,\" Senator Ana Ruiz, who chairs the committee, said on "
                       "Monday. According to aides, the White House rejected the view that talks had failed.\n\n"
                       "The president said: \"Never.\" He later told reporters that he was 'open' to a vote.";
    const quoth_doc *doc = extract(text);
    (void)doc;
    const quoth_attrib_model *m = model->attrib;
    const quoth_attrib_context *ctx = engine->labeller.ctx;
    CHECK(m != NULL && ctx != NULL && ctx->tl == &engine->tokens);
    if (!m || !ctx) return;
    int differ = 0, small = 0, nonzero = 0;
    for (size_t i = 0; i < ctx->tl->n; i++) {
        uint64_t keys[QUOTH_ATTRIB_MAX_FEATS];
        uint32_t rows[QUOTH_ATTRIB_MAX_SMALL];
        int32_t by_key[8] = {0}, split[8] = {0};
        quoth_linear_score(&m->weights, keys, quoth_attrib_features(ctx, i, keys), by_key);
        size_t n_keys = quoth_attrib_features_split(ctx, i, m->dense_refs, 0, keys, rows);
        for (unsigned k = 0; k < QUOTH_ATTRIB_MAX_SMALL; k++) small += rows[k] != 0;
        quoth_attrib_small_rows_add(m, rows, split);
        quoth_linear_score(&m->weights, keys, n_keys, split);
        differ += memcmp(by_key, split, sizeof split) != 0;
        for (unsigned c = 0; c < 8; c++) nonzero += by_key[c] != 0;
    }
    CHECK_INT(differ, 0);
    CHECK(small > 10 * (int)ctx->tl->n); /* most small-valued features were found by index */
    CHECK(nonzero > (int)ctx->tl->n);
}

/* The small-valued features' keys, made in one run as a model load makes
 * them (counting each template's values on), are those made one at a time
 * from each index; all distinct, and the model has a row for many. */
static void test_dense_keys_in_runs(void) {
    uint32_t n = quoth_attrib_dense_count();
    uint64_t *run = malloc(n * sizeof *run);
    CHECK(run != NULL);
    if (!run) return;
    quoth_attrib_dense_keys(0, n, run);
    int differ = 0, found = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t one;
        quoth_attrib_dense_keys(i, 1, &one);
        differ += one != run[i];
        found += model->attrib->dense_refs[i] != 0;
    }
    CHECK_INT(differ, 0);
    CHECK(found > 1000);
    qsort(run, n, sizeof *run, compare_keys);
    int repeated = 0;
    for (uint32_t i = 1; i < n; i++) repeated += run[i] == run[i - 1];
    CHECK_INT(repeated, 0);
    free(run);
}

/* The window words' weights come as one block per word (word_rows.h): for
 * every token of a piece of a document (the middle third, so that the
 * words at its edges lie partly outside it, and sentence edges inside
 * it), the scores of its features without the words' keys, plus the
 * blocks' scores, must be the scores of all of its keys. */
static void test_word_blocks_score_as_keys(void) {
    const char *text = "Officials said on Tuesday that the talks would go on. \"Nothing is settled,\" a "
                       "spokesman told reporters in Geneva, adding that both sides wanted a deal.\n\nThe "
                       "minister, who declined to comment, has said before that sanctions hurt. Critics "
                       "disagree. \"It is a stalling tactic,\" said Maria Lopez, an analyst.";
    extract(text);
    const quoth_attrib_model *m = model->attrib;
    const quoth_attrib_context *ctx = engine->labeller.ctx;
    CHECK(m != NULL && ctx != NULL && m->words.slots != NULL); /* the built-in model lists its words */
    if (!m || !ctx || !m->words.slots) return;
    size_t n_tok = ctx->tl->n, first = n_tok / 3, n = n_tok / 3;
    int32_t *blocks = malloc(QUOTH_WORD_LANES * n * sizeof *blocks);
    const quoth_word_block **scratch = malloc((n + 4) * sizeof *scratch);
    CHECK(blocks != NULL && scratch != NULL);
    if (blocks && scratch) {
        quoth_word_rows_scores(&m->words, ctx->tl, first, n, scratch, blocks);
        int differ = 0, fewer_keys = 0, nonzero = 0;
        for (size_t k = 0; k < n; k++) {
            uint64_t keys[QUOTH_ATTRIB_MAX_FEATS];
            uint32_t refs[QUOTH_ATTRIB_MAX_SMALL];
            int32_t by_key[QUOTH_WORD_LANES] = {0}, by_block[QUOTH_WORD_LANES];
            size_t n_all = quoth_attrib_features(ctx, first + k, keys);
            quoth_linear_score(&m->weights, keys, n_all, by_key);
            size_t n_keys = quoth_attrib_features_split(ctx, first + k, m->dense_refs, 1, keys, refs);
            memcpy(by_block, blocks + QUOTH_WORD_LANES * k, sizeof by_block);
            for (unsigned c = 0; c < QUOTH_WORD_LANES; c++) nonzero += by_block[c] != 0;
            quoth_attrib_small_rows_add(m, refs, by_block);
            quoth_linear_score(&m->weights, keys, n_keys, by_block);
            differ += memcmp(by_key, by_block, sizeof by_key) != 0;
            fewer_keys += n_keys + 5 == quoth_attrib_features_split(ctx, first + k, m->dense_refs, 0, keys, refs);
        }
        CHECK_INT(differ, 0);
        CHECK_INT(fewer_keys, (int)n); /* the five word keys were left out */
        CHECK(nonzero > (int)n);      /* and the blocks carried weight */
    }
    free(blocks);
    free(scratch);
}

/* The tagger's emission scores of a paragraph, with the model's word
 * blocks and with its words found by key: the same to the last unit. */
static void test_tagging_with_word_blocks(void) {
    const char *text = "The senator said on Friday that the bill, which critics called a giveaway, would pass. "
                       "\"We have the votes,\" she told reporters, adding that talks with the White House went well.";
    extract(text);
    const quoth_attrib_model *m = model->attrib;
    CHECK(m != NULL && m->words.slots != NULL && engine->tokens.n_para == 1);
    if (!m || !m->words.slots || engine->tokens.n_para != 1) return;
    size_t n = engine->tokens.n;
    uint8_t *labels = malloc(n + 1);
    int32_t *with_blocks = malloc(8 * n * sizeof *with_blocks);
    CHECK(labels && with_blocks);
    if (labels && with_blocks) {
        quoth_attrib_input in = quoth_engine_input(engine);
        CHECK_INT(quoth_learned_label(m, &in, engine->roles, &engine->labeller, labels), QUOTH_OK);
        memcpy(with_blocks, engine->labeller.emit, 8 * n * sizeof *with_blocks);
        quoth_attrib_model by_key = *m;
        memset(&by_key.words, 0, sizeof by_key.words);
        CHECK_INT(quoth_learned_label(&by_key, &in, engine->roles, &engine->labeller, labels), QUOTH_OK);
        CHECK(memcmp(with_blocks, engine->labeller.emit, 8 * n * sizeof *with_blocks) == 0);
    }
    free(labels);
    free(with_blocks);
}

/* The statement whose content opens with `prefix` in `text`, checked to
 * have `source` for its first source. */
static const quoth_quote *check_first_source(const char *text, const char *prefix, const char *source) {
    const quoth_doc *doc = extract(text);
    const quoth_quote *q = find(doc, prefix);
    CHECK(q != NULL);
    CHECK_STR(q && q->n_sources ? slice(doc, &q->sources[0]) : NULL, source);
    return q;
}

/* The forty-eighth audit's sources: a source that opens at an age set
 * off by commas is the name before it too (it had been "52, who trains
 * ...", and its speaker the place in the clause); a relative clause that
 * closes after the tagger's source hangs on the noun phrase before it,
 * past the prepositions that phrase goes on with (it had been the clause's
 * first words). */
/* The hundred-and-third and hundred-and-fourth audits' sources: an age
 * the tagger gave no source for and a later pass found is the name's
 * before it too (it had been "52"), and so is one whose name holds a
 * particle ("Gomes da Cruz", whose "da" had stopped the name). */
static void test_sources_of_the_hundred_and_third_audit(void) {
    check_first_source("Nowak, 52, who won the race in April, warned the opposition would lose.",
                       "the opposition would", "Nowak, 52, who won the race in April,");
    check_first_source("Gomes da Cruz, 54, who presides over the association, said the streams had dried up.",
                       "the streams had", "Gomes da Cruz, 54, who presides over the association,");
}

static void test_sources_of_the_forty_eighth_audit(void) {
    const quoth_quote *q =
        check_first_source("Seanie Furlong was fined. Furlong, 52, who trains around 40 horses at his yard near "
                           "Kilcarra, said he had known nothing.",
                           "he had known", "Furlong, 52, who trains around 40 horses at his yard near Kilcarra,");
    CHECK_STR(q ? q->speaker_name : NULL, "Seanie Furlong");
    check_first_source("The deal is close. A trader familiar with the deal, who spoke on condition of anonymity "
                       "because the talks are private, said the price had been agreed.",
                       "the price had",
                       "A trader familiar with the deal, who spoke on condition of anonymity because the talks are "
                       "private,");
    check_first_source("One of them, who spoke on condition of anonymity because the talks are confidential, said the "
                       "ceasefire would hold.",
                       "the ceasefire",
                       "One of them, who spoke on condition of anonymity because the talks are confidential,");
}

TEST_MAIN(test_hearer_of_told_is_no_source, test_speaker_before_relative_clause, test_place_line_particle_and_engineer, test_sources_of_the_forty_eighth_audit, test_sources_of_the_hundred_and_third_audit, test_statements_of_the_twenty_fourth_audit, test_statements_of_the_twenty_second_audit, test_statements_of_the_twenty_first_audit, test_statements_of_the_twentieth_audit, test_translated_dash_and_comma, test_request_left_unanswered, test_circumstance_and_apposed_source, test_inverted_cue_of_saying, test_possessive_apostrophe_is_no_quotation, test_piece_label_is_no_speaker, test_role_noun_is_no_cue, test_content_before_but_is_not_the_next_cues, test_content_of_a_noun_cue_after_the_verb, test_clause_before_set_off_cue, test_translated_reports_of_the_eighteenth_audit, test_reversed_reading_gives_one_record, test_data_origin_and_medium_aside, test_feature_rows_by_index_and_by_key, test_participle_that_after_main_clause, test_cue_inside_content_after_aside, test_content_to_inverted_cue, test_head_noun_out_of_cue, test_party_label_is_no_source, test_as_reported_earlier, test_reporting_clause_after_semicolon, test_trailing_participle_of_saying, test_subject_before_participle_aside, test_parenthetical_cue_without_tagger, test_statement_after_quotation_goes_on, test_sender_of_document_past_aside, test_source_past_relative_after_apposition, test_cue_after_cue_is_one_cue, test_verb_read_as_plural_after_apposition, test_citing_without_source, test_names_that_list_fields, test_source_before_closed_relative, test_participle_shaped_name_opens_cue, test_noun_out_of_cue, test_court_heard_after_content, test_subject_with_relative_before_cue, test_according_to_participle, test_subject_before_relative_clause, test_name_apposed_before_cue, test_refusal_after_and, test_place_line_with_colon, test_subject_with_apposition, test_single_marks_after_indirect, test_passive_reports, test_media_in_quotation_marks, test_inverted_openings, test_sources_before_translated_asides, test_aged_name_before_cue, test_opinion_openings, test_anonymity_clause_gives_missing_source, test_translated_circumstance_before_that, test_translated_subject_after_verb, test_translated_verbs_of_saying, test_content_from_sentence_start, test_quotation_signed_after_dash, test_accused_is_no_source, test_content_past_recipient_and_circumstance, test_adverbial_is_no_content, test_second_cue_after_and, test_anonymous_source_with_its_place, test_naming_participle_and_reversed_reading, test_source_out_of_a_relative_clause, test_source_past_opening_place, test_subject_with_relative_clause, test_reduced_judgement_is_no_statement, test_while_clause_is_its_own_statement, test_court_heard_is_no_source, test_source_before_of, test_that_content_joins_cue_before, test_more_anonymity_requests, test_channel_is_no_source,
          test_anonymity_request_is_no_statement, test_fact_check_labels_are_no_speakers,
          test_content_past_circumstance, test_content_before_writer_aside,
          test_parenthetical_cue_after_a_quotation, test_answer_of_one_word, test_name_out_of_cue, test_adjacent_quotes_stay_apart, test_parenthetical_cue, test_dateline_is_no_source, test_judged_subject_in_content, test_source_stays_in_its_sentence, test_interview_label_is_no_span, test_sender_of_document, test_source_without_medium,
          test_passive_subject_is_no_source, test_relative_pronoun_source, test_cue_without_circumstance,
          test_pronoun_subject_source, test_dense_keys_in_runs, test_dateline_is_no_span, test_recipient_out_of_content, test_clause_tail_is_no_source, test_word_blocks_score_as_keys, test_tagging_with_word_blocks, test_quote_then_cue_then_source, test_quote_then_pronoun_and_cue, test_cue_before_quote,
          test_split_quote_has_two_contents, test_source_cue_that, test_content_then_source_cue,
          test_according_to, test_mixed_quote, test_navigation_lines_are_skipped,
          test_scare_quotes_are_not_statements, test_glued_cue_is_found, test_translated_report,
          test_merge_takes_the_taggers_source, test_merge_mixed_quote, test_merge_keeps_rules_of_another_sentence,
          test_content_runs_to_clause_end, test_content_kept_where_it_ends, test_participle_borrows_source,
          test_source_before_cue_and_passive, test_content_of_another_sentence_not_joined, test_but_another_speaker_said,
          test_source_takes_whole_subject, test_merge_takes_content_before_another_speaker,
          test_second_verb_shares_source, test_date_is_no_source,
          test_content_bias_is_set, test_transcript_lines, test_headline_speaker,
          test_cue_trailing_preposition, test_next_paragraph_quote,
          test_quote_inside_that_clause, test_sentence_opening_cue, test_quote_lead_in, test_merge_fills_missing_source,
          test_phrasal_particle, test_and_second_cue_verb,
          test_title_is_no_second_half,
          test_continue_is_no_cue, test_colon_cue_wins, test_subject_past_aside_and_day,
          test_participle_object_is_no_source, test_partitive_source, test_trailing_reporting_clause, test_inverted_report,
          test_apposition_after_according_to, test_sources_past_whose_and_second_who,
          test_live_blog_labels, test_headline_told_to,
          test_time_after_inverted_cue, test_place_lines_and_the_source_beside_the_cue,
          test_citing_between_verb_and_clause, test_source_cut_at_relative_clause, test_anonymous_sources,
          test_transcript_shapes, test_where_it_was_said, test_pronoun_inside_relative_clause, cleanup)
