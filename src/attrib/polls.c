/*
 * polls.c - who speaks for a poll. "A CNN/ORC poll of South Carolina
 * found ..." is CNN's, not South Carolina's; "The poll also found ..." is
 * the poll named before; "New Hampshire polls", "a June poll" and "Public
 * polls" are no one's. Polls are among the sources news cites most after
 * people, and the general rules of names took the place polled or a
 * month for their speaker.
 */
#include <string.h>

#include "attrib/speaker_names.h"

/* How far into a source its poll word may stand to head it ("A new
 * Quinnipiac University poll of likely voters released Tuesday"). */
#define POLL_HEAD_MAX 8

/* How many tokens after the poll word its pollster may come ("a poll
 * conducted by Edison Research"). */
#define POLLSTER_AFTER_MAX 4

int quoth_survey_word(const quoth_phrases *p, size_t i) {
    return quoth_word_is(p, i, "survey") || quoth_word_is(p, i, "surveys");
}

int quoth_poll_only_word(const quoth_phrases *p, size_t i) {
    return quoth_word_is(p, i, "poll") || quoth_word_is(p, i, "polls");
}

static int is_poll_word(const quoth_phrases *p, size_t i) {
    return quoth_poll_only_word(p, i) || quoth_survey_word(p, i);
}

/* The poll word that heads source `src`: the first noun phrase's noun,
 * with only determiners, adjectives, numbers, names and their joiners
 * ("/", "-", "'s") before it; src.end when the source is no poll
 * ("Marco Rubio, who is third in many Iowa polls"). */
static int poll_modifier(const quoth_phrases *p, size_t i) {
    int c = quoth_coarse(p, i);
    return c == CT_DET || c == CT_ADJ || c == CT_NUM || c == CT_PROPN || c == CT_NOUN || c == CT_POSS ||
           c == CT_ADV || quoth_possessive(p, i) || quoth_punct_is(p, i, "/") || quoth_punct_is(p, i, "-") ||
           quoth_punct_is(p, i, "--");
}

static size_t poll_head(const quoth_phrases *p, quoth_tspan src) {
    for (size_t i = src.first; i < src.end && i - src.first <= POLL_HEAD_MAX; i++) {
        if (is_poll_word(p, i)) return i;
        if (!poll_modifier(p, i)) return src.end;
    }
    return src.end;
}

/* Where the noun phrase of the poll word at `head` starts: "a USA
 * TODAY/Rock the Vote Millennial Poll" from its "a", "University of
 * Texas/Texas Tribune poll" from the name that its "of" joins. */
static size_t poll_phrase_first(const quoth_resolver *r, size_t head) {
    const quoth_phrases *p = &r->p;
    size_t first = head;
    while (first > 0 && head - first < POLL_HEAD_MAX && p->t[first - 1].sentence == p->t[head].sentence &&
           poll_modifier(p, first - 1))
        first--;
    size_t j = quoth_first_run_ending_after(r->t, first);
    return j < r->t->n_runs && r->t->runs[j].first < first ? r->t->runs[j].first : first;
}

/* Whether a run may be a pollster: not a place polled ("New Hampshire
 * polls"), a date ("a June poll") or a word of capitals that names no one
 * ("Public polls", a headline's "Poll"). */
static int may_poll(const quoth_resolver *r, const quoth_name_run *run) {
    if (quoth_run_is_place(r, run) || (quoth_name_classes_at(r, run->first) & (NAME_DATE | NAME_MONTH))) return 0;
    if (run->end == run->first + 1 && (is_poll_word(&r->p, run->first) || quoth_word_is(&r->p, run->first, "public")))
        return 0;
    return 1;
}

/* The pollster named before the poll word, in [first, head): the first of
 * them when two share it ("CNN/ORC", "Washington Post-ABC News"), as
 * news names the poll by its first sponsor. -1 when none may poll. */
static int32_t pollster_before(const quoth_resolver *r, size_t first, size_t head) {
    const quoth_speaker_table *t = r->t;
    for (size_t j = quoth_first_run_ending_after(t, first); j < t->n_runs && t->runs[j].first < head; j++)
        if (t->runs[j].first >= first && may_poll(r, &t->runs[j])) return t->runs[j].speaker;
    return -1;
}

/* "a poll conducted by Edison Research", "a survey by the Pew Research
 * Center", "a survey conducted by independent analyst Elena Sadovskaya":
 * the name after "by" or "from" soon after the poll word, within the
 * source, with at most a determiner, adjectives and nouns between. */
static int32_t pollster_after(const quoth_resolver *r, size_t head, size_t end) {
    const quoth_speaker_table *t = r->t;
    for (size_t i = head + 1; i < end && i - head <= POLLSTER_AFTER_MAX; i++) {
        if (!quoth_word_is(&r->p, i, "by") && !quoth_word_is(&r->p, i, "from")) continue;
        size_t j = quoth_first_run_ending_after(t, i);
        if (j >= t->n_runs || t->runs[j].first > i + POLLSTER_AFTER_MAX || t->runs[j].end > end ||
            !may_poll(r, &t->runs[j]))
            return -1;
        for (size_t k = i + 1; k < t->runs[j].first; k++) {
            int c = quoth_coarse(&r->p, k);
            if (c != CT_DET && c != CT_ADJ && c != CT_NOUN && c != CT_NUM) return -1;
        }
        return t->runs[j].speaker;
    }
    return -1;
}

/* How many words a poll's phrase may put between its poll word and the
 * "by" of its pollster ("a poll released Thursday by"). */
#define POLL_TO_BY_MAX 5

/* Whether the run names a poll's maker after "by": "A poll released
 * Thursday by the Halvorsen Institute found ... The same survey found"
 * (the second had been no one's; the twenty-third audit's). */
static int pollster_after_by(const quoth_resolver *r, const quoth_name_run *run) {
    size_t by = run->first;
    if (by > 0 && quoth_word_is(&r->p, by - 1, "the")) by--;
    if (by == 0 || !quoth_word_is(&r->p, by - 1, "by")) return 0;
    by--;
    for (size_t i = by; i-- > 0 && by - i <= POLL_TO_BY_MAX && r->p.t[i].sentence == r->p.t[by].sentence;)
        if (is_poll_word(&r->p, i)) return 1;
    return 0;
}

/* The pollster of the latest poll named before token `tok` by a name right
 * before its poll word ("the latest Rasmussen Reports poll"; of "a
 * CNN/ORC poll", CNN, as pollster_before() has it), or a survey named by
 * its own name ("the American Community Survey"), within LOOKBACK_MAX
 * name runs. */
static int32_t latest_pollster(const quoth_resolver *r, size_t tok) {
    const quoth_speaker_table *t = r->t;
    size_t j = quoth_first_run_ending_after(t, tok);
    for (size_t seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        if (t->runs[j].end >= tok) continue;
        if (pollster_after_by(r, &t->runs[j])) return t->runs[j].speaker;
        if (t->runs[j].end - t->runs[j].first >= 2 && quoth_survey_word(&r->p, t->runs[j].end - 1))
            return t->runs[j].speaker;
        size_t head = t->runs[j].end;
        if (is_poll_word(&r->p, head)) return pollster_before(r, poll_phrase_first(r, head), head);
    }
    return -1;
}

int quoth_poll_speaker(const quoth_resolver *r, quoth_tspan src, int32_t *speaker) {
    *speaker = -1;
    size_t head = poll_head(&r->p, src);
    if (head >= src.end) return 0;
    /* "The survey's director, Professor Jane Whitlock": someone of the
     * poll's, not the poll (it had been the British Antarctic Survey) */
    if (head + 1 < src.end && quoth_possessive(&r->p, head + 1)) return 0;
    if ((*speaker = pollster_before(r, src.first, head)) >= 0) return 1;
    if ((*speaker = pollster_after(r, head, src.end)) >= 0) return 1;
    /* "The poll", "the new survey", "The same survey": the one named before */
    if (quoth_word_is(&r->p, src.first, "the") && (quoth_word_is(&r->p, head, "poll") || quoth_word_is(&r->p, head, "survey")))
        *speaker = latest_pollster(r, src.first);
    return 1;
}
