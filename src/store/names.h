/*
 * names.h - speaker names made comparable across documents.
 *
 * A document's engine already resolves "he", "Kirby" and "Milli" to the full
 * name it saw in that document; what is left to the store is to recognize
 * that "Adm. John Kirby" in one article and "NSC spokesman John Kirby" in
 * another are the same person. These functions give the pieces the speaker
 * rebuild (cluster.c) compares: a key without case, diacritics, titles or
 * roles; a transliteration skeleton of a word; a bounded edit distance; the
 * content words of a role.
 */
#ifndef QUOTH_STORE_NAMES_H
#define QUOTH_STORE_NAMES_H

#include <stddef.h>
#include <stdint.h>

/* The matching key of a speaker name, malloc'd: lowercase, no diacritics or
 * punctuation, leading titles and role words ("Adm.", "NSC spokesman"),
 * trailing suffixes ("Jr.") and a possessive removed, one space between
 * words. Organizations keep their words (only a leading "the" goes).
 * "" when nothing is left; NULL when out of memory. */
char *quoth_name_key(const char *name, int organization);

/* The key of a person's name written with German umlauts or ß, spelled
 * as German spells them without ("Zoë Müller" -> "zoe mueller"), malloc'd:
 * what an English-language outlet writes for the same person. "" when the
 * name has none of those letters (the key is then the only one), NULL when
 * out of memory. Only names written with them get this second key, so
 * that "Michael" and "Michal" never meet through a blanket ae -> a. */
char *quoth_name_key_german(const char *name);

/* The name as shown to people: the same words as the key, but with their
 * case and punctuation ("Donald J. Trump"). malloc'd, NULL when out of memory. */
char *quoth_name_display(const char *name, int organization);

/* The transliteration skeleton of one key word, written to out (cap bytes):
 * y as i, ph as f, w as v, ck as k, kh as h, a final "ey"/"ie" as i, doubled
 * letters once, hyphens gone. "Milley" and "Milli", "Zelensky" and
 * "Zelenskyy" share theirs. */
void quoth_name_skeleton(const char *word, char *out, size_t cap);

/* The optimal-string-alignment distance (edits: insert, delete, substitute,
 * swap neighbours) between a and b in bytes, or max + 1 when it is larger. */
int quoth_name_distance(const char *a, const char *b, int max);

/* The words of a statement, for knowing it again in other documents,
 * malloc'd: folded as keys are (no case or diacritics), letters and digits
 * kept, apostrophes dropped, anything else a break, one space between
 * words. "“We won’t,” she said." and "we wont she said" share theirs.
 * NULL when out of memory. */
char *quoth_words_key(const char *text);

/* The 64-bit FNV-1a hash of quoth_words_key(text)'s bytes, made without
 * the string: what the store groups statements by. */
uint64_t quoth_words_hash(const char *text);

/* The content words of a role, malloc'd: normalized like keys, stop words
 * dropped, abbreviations spelled out (Sen. -> senator), plurals singular,
 * sorted, unique, space separated. "" for NULL or no words. */
char *quoth_role_key(const char *role);

/* 1 when two role keys (or space-separated unions of them) may describe the
 * same person: either is empty or they share a word. */
int quoth_roles_compatible(const char *a, const char *b);

/* Splits a person key into its first word, the initials of its middle words
 * and its last word (the surname), each written to a buffer of cap bytes.
 * Returns the number of words. */
size_t quoth_name_parts(const char *key, char *first, char *middle, char *last, size_t cap);

#endif
