"""Readers of the CoreNLP files that come with PolNeAR (README of
../shared/polnear): one gzipped TSV line per token or per mention, '#'
lines for headers. Shared by gender-agreement.py and speaker-agreement.py."""
import gzip


def rows(path):
    """The tab-separated fields of each line of a gzipped TSV file that is
    not a '#' comment."""
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            if not line.startswith('#'):
                yield line.rstrip('\n').split('\t')


def tokens(path):
    """corenlp-tokens.tsv.gz: (doc, sentence, token) -> (start, end, word,
    POS), offsets in code points."""
    return {(p[0], int(p[1]), int(p[2])): (int(p[3]), int(p[4]), p[5], p[7]) for p in rows(path)}
