#!/usr/bin/env python3
"""who_said.py - libquoth from Python, through ctypes and the shared library.

    make install PREFIX=$HOME/.local
    LD_LIBRARY_PATH=$HOME/.local/lib python3 who_said.py article.txt

Prints what examples/who_said.c prints, line for line: one line per
statement, tab-separated: the speaker (or "-"), how the speaker was found,
the statement's type, its cue and its content, with the content's offsets
in code points. `make test` runs it against an installed copy of the
library (scripts/install-check.sh). The structures below mirror
include/quoth.h: a change there is a change here.
"""
import ctypes
import sys
from ctypes import POINTER, c_char_p, c_float, c_int, c_size_t, c_uint, c_void_p


class Span(ctypes.Structure):
    _fields_ = [("start", c_size_t), ("end", c_size_t), ("byte_start", c_size_t), ("byte_end", c_size_t)]


class Quote(ctypes.Structure):
    _fields_ = [
        ("type", c_int), ("has_cue", c_int), ("cue", Span),
        ("n_sources", c_size_t), ("sources", POINTER(Span)),
        ("n_contents", c_size_t), ("contents", POINTER(Span)),
        ("speaker_name", c_char_p), ("speaker_mention", c_char_p), ("speaker_role", c_char_p),
        ("resolved_by", c_int), ("speaker_kind", c_int), ("speaker_gender", c_int),
        ("confidence", c_float),
    ]


def load_library(name="libquoth.so.0"):
    lib = ctypes.CDLL(name)
    signatures = {
        "quoth_status_string": (c_char_p, [c_int]),
        "quoth_model_load_default": (c_int, [POINTER(c_void_p)]),
        "quoth_model_free": (None, [c_void_p]),
        "quoth_engine_new": (c_void_p, [c_void_p, c_uint]),
        "quoth_engine_free": (None, [c_void_p]),
        "quoth_extract": (c_int, [c_void_p, c_char_p, c_size_t, POINTER(c_void_p)]),
        "quoth_doc_text": (c_void_p, [c_void_p, POINTER(c_size_t)]),
        "quoth_doc_quote_count": (c_size_t, [c_void_p]),
        "quoth_doc_quote": (POINTER(Quote), [c_void_p, c_size_t]),
        "quoth_quote_type_name": (c_char_p, [c_int]),
        "quoth_resolution_name": (c_char_p, [c_int]),
    }
    for name, (result, arguments) in signatures.items():
        function = getattr(lib, name)
        function.restype, function.argtypes = result, arguments
    return lib


def span_bytes(text, span):
    """A span of the document's text, by its byte offsets, on one line."""
    return text[span.byte_start:span.byte_end].replace(b"\n", b" ")


def quote_line(lib, text, q):
    speaker = q.speaker_name if q.speaker_name is not None else b"-"
    line = b"\t".join([speaker, lib.quoth_resolution_name(q.resolved_by), lib.quoth_quote_type_name(q.type),
                       span_bytes(text, q.cue) if q.has_cue else b""])
    contents = [q.contents[c] for c in range(q.n_contents)]
    line += b"\t%d-%d\t" % (contents[0].start, contents[-1].end)
    return line + b" ... ".join(span_bytes(text, c) for c in contents)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: who_said.py FILE")
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    lib = load_library()
    model, engine = c_void_p(), None
    status = lib.quoth_model_load_default(ctypes.byref(model))
    try:
        if status == 0:
            engine = lib.quoth_engine_new(model, 0)
            doc = c_void_p()
            status = lib.quoth_extract(engine, data, len(data), ctypes.byref(doc)) if engine else -1
        if status != 0:
            sys.exit("who_said.py: %s" % lib.quoth_status_string(status).decode())
        size = c_size_t()
        address = lib.quoth_doc_text(doc, ctypes.byref(size))
        text = ctypes.string_at(address, size.value)  # offsets index this text, not the file's bytes
        out = sys.stdout.buffer
        for i in range(lib.quoth_doc_quote_count(doc)):
            out.write(quote_line(lib, text, lib.quoth_doc_quote(doc, i).contents) + b"\n")
    finally:
        lib.quoth_engine_free(engine)
        lib.quoth_model_free(model)


if __name__ == "__main__":
    main()
