/*
 * jsonl_pred.h - reading a prediction file (JSON Lines, the output contract
 * of eval/README.md) the way eval/score.py's load_pred_jsonl() does.
 *
 * One object per line: {"id": NAME, "quotes": [{"contents": [...],
 * "sources": [...], "cue": {...}}, ...]}. What is read, and what is
 * counted as a "problem", follows score.py, because the problem count is one
 * of its figures:
 *
 *   - "quotes", or else "attributions", lists the attributions (null, false,
 *     0 or "" mean none); each takes "contents" or else "content", "sources"
 *     or else "source", and "cue", each a span object {"start", "end"}, a
 *     list of them, or a list of [start, end] pairs; an attribution without
 *     content is dropped;
 *   - the id names a gold document (other ids are ignored, problems and
 *     all); a later line with the same id extends the earlier one; a line
 *     with an id counts as a prediction for its document even with no
 *     attributions;
 *   - problems: a line that is not JSON; every span outside 0..len of the
 *     text; every span of a "contents" or "sources" list whose "text" differs
 *     from the slice its offsets give.
 *
 * Where score.py would stop with an exception (a line that is JSON but not
 * an object, an offset that is not a number) we go on: the line counts as a
 * problem, the span is left out. The file is read with universal newlines
 * and repaired UTF-8, as the gold texts are.
 *
 * Beyond score.py, "speaker": {"name": ...} of an attribution is kept, for
 * the speakers.tsv check of `quoth eval`.
 */
#ifndef QUOTH_IO_JSONL_PRED_H
#define QUOTH_IO_JSONL_PRED_H

#include <stddef.h>

#include "attrib/score.h"
#include "io/brat.h"

/* Reads the file at `path` into *out, which must have been made with
 * quoth_preds_init(out, gold). 0, QUOTH_ERR_IO (errno tells why) or
 * QUOTH_ERR_NOMEM; bad lines are problems, not errors. */
int quoth_jsonl_pred_load(const char *path, const quoth_brat_corpus *gold, quoth_preds *out);

/* The same from `len` bytes in memory. */
int quoth_jsonl_pred_parse(const char *data, size_t len, const quoth_brat_corpus *gold, quoth_preds *out);

#endif
