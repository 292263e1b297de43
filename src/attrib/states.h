/*
 * states.h - the states of the United States as news names them: in full
 * ("Vermont", "New Hampshire") before a title or after "of", and in a
 * lawmaker's affiliation ("R-Fla.", "D-N.Y.", "I-VT"). Speaker resolution
 * reads a description narrowed by a state ("the Vermont senator") as the
 * person whose mention names that state. Internal to src/attrib.
 */
#ifndef QUOTH_ATTRIB_STATES_H
#define QUOTH_ATTRIB_STATES_H

#include <stddef.h>

#include "attrib/phrase.h"

/* States are numbered 1..QUOTH_STATES; 0 is none. */
#define QUOTH_STATES 50

/* The state named in full by the one or two tokens at i (before `end`);
 * *after is the token that follows its name. 0 when none. */
int quoth_state_named_at(const quoth_phrases *p, size_t i, size_t end, size_t *after);

/* The state of an affiliation's text, a party letter and a hyphen before a
 * state's abbreviation, postal code or name ("R-Fla.", "D-N.Y.", "I-VT",
 * "R-Texas"): len bytes, periods and spaces ignored. 0 when none. */
int quoth_state_of_affiliation(const char *text, size_t len);

#endif
