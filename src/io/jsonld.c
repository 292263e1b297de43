/*
 * jsonld.c - the article's text in a page's JSON-LD (schema.org's
 * NewsArticle and kin: {"@type": "NewsArticle", "articleBody": "..."}),
 * for the pages whose markup holds little of it: a paywall's first
 * paragraphs, a page its scripts fill in; and its publisher's name, for the
 * pages that give no og:site_name. html_text.c and html_meta.c decide when
 * to use them; this file only finds them.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "io/reader.h"

/* Sites nest their objects in arrays and in "@graph"; a bound on the depth
 * keeps a hostile script from recursing without end. */
#define JSONLD_MAX_DEPTH 16

static void longest_body(const json_t *v, int depth, const json_t **best) {
    if (depth > JSONLD_MAX_DEPTH) return;
    if (json_is_array(v)) {
        size_t i;
        const json_t *item;
        json_array_foreach(v, i, item) longest_body(item, depth + 1, best);
        return;
    }
    if (!json_is_object(v)) return;
    const json_t *body = json_object_get(v, "articleBody");
    if (json_is_string(body) && (!*best || json_string_length(body) > json_string_length(*best))) *best = body;
    const char *key;
    const json_t *member;
    json_object_foreach((json_t *)v, key, member) {
        if (json_is_object(member) || json_is_array(member)) longest_body(member, depth + 1, best);
    }
}

char *quoth_jsonld_article_body(const char *json, size_t len, size_t *body_len) {
    json_error_t err;
    json_t *root = json_loadb(json, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
    if (!root) return NULL;
    const json_t *best = NULL;
    longest_body(root, 0, &best);
    char *out = NULL;
    if (best && json_string_length(best)) {
        *body_len = json_string_length(best);
        out = malloc(*body_len + 1);
        if (out) {
            memcpy(out, json_string_value(best), *body_len);
            out[*body_len] = 0;
        }
    }
    json_decref(root);
    return out;
}

/* The name of the first "publisher" (an object with a "name", or the first
 * such object of an array) in document order, or of a NewsMediaOrganization
 * (which a publisher names by its "@id" only on many sites). */
static const json_t *first_publisher(const json_t *v, int depth) {
    if (depth > JSONLD_MAX_DEPTH) return NULL;
    if (json_is_array(v)) {
        size_t i;
        const json_t *item, *found;
        json_array_foreach(v, i, item) if ((found = first_publisher(item, depth + 1))) return found;
        return NULL;
    }
    if (!json_is_object(v)) return NULL;
    const json_t *type = json_object_get(v, "@type"), *own = json_object_get(v, "name");
    if (json_is_string(type) && strcmp(json_string_value(type), "NewsMediaOrganization") == 0 && json_is_string(own) &&
        json_string_length(own))
        return own;
    const json_t *publisher = json_object_get(v, "publisher");
    if (json_is_array(publisher)) publisher = json_array_get(publisher, 0);
    const json_t *name = json_is_object(publisher) ? json_object_get(publisher, "name") : NULL;
    if (json_is_string(name) && json_string_length(name)) return name;
    const char *key;
    const json_t *member, *found;
    json_object_foreach((json_t *)v, key, member) {
        if ((json_is_object(member) || json_is_array(member)) && (found = first_publisher(member, depth + 1)))
            return found;
    }
    return NULL;
}

char *quoth_jsonld_publisher(const char *json, size_t len) {
    json_error_t err;
    json_t *root = json_loadb(json, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
    if (!root) return NULL;
    const json_t *name = first_publisher(root, 0);
    char *out = name ? strndup(json_string_value(name), json_string_length(name)) : NULL;
    json_decref(root);
    return out;
}
