#!/usr/bin/env python3
"""How far quoth's speaker genders agree with CoreNLP's coreference.

PolNeAR has no gold gender, but its CoreNLP coreference chains carry the
pronouns that refer to each entity. For every statement whose source span
overlaps a mention of a chain, the chain's he/him/his or she/her/hers (at
least 80% one way) give a silver gender; this script counts how often
quoth's `speaker.gender` gives one, and how often it is the same.

    python3 scripts/gender-agreement.py [--quoth build/quoth] [--shared ../shared] [--split dev]

It runs `quoth extract` on the split's texts itself. CoreNLP's chains are
machine output, so a disagreement is sometimes CoreNLP's error.
"""
import argparse
import collections
import json
import subprocess

import corenlp

MALE = {'he', 'him', 'his', 'himself'}
FEMALE = {'she', 'her', 'hers', 'herself'}


def silver_chains(path, tok):
    """doc -> [(gender, [(start, end) of each mention])] for chains whose
    pronouns are at least 80% one gender."""
    chains = collections.defaultdict(lambda: {'m': 0, 'f': 0, 'spans': []})
    for p in corenlp.rows(path):
        doc, chain, sent, start, end = p[0], p[1], int(p[2]), int(p[3]), int(p[4])
        c = chains[(doc, chain)]
        text = p[-1].lower()
        c['m'] += text in MALE
        c['f'] += text in FEMALE
        a, b = tok.get((doc, sent, start)), tok.get((doc, sent, end - 1))
        if a and b:
            c['spans'].append((a[0], b[1]))
    by_doc = collections.defaultdict(list)
    for (doc, _), c in chains.items():
        n = c['m'] + c['f']
        if n and max(c['m'], c['f']) >= 0.8 * n:
            by_doc[doc].append(('male' if c['m'] > c['f'] else 'female', c['spans']))
    return by_doc


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--quoth', default='build/quoth')
    ap.add_argument('--shared', default='../shared')
    ap.add_argument('--split', default='dev')
    a = ap.parse_args()
    base = f'{a.shared}/polnear/{a.split}'
    tok = corenlp.tokens(f'{base}/corenlp-tokens.tsv.gz')
    by_doc = silver_chains(f'{base}/corenlp-coref.tsv.gz', tok)
    out = subprocess.run([a.quoth, 'extract', '-q', '-f', 'jsonl', f'{base}/text'], check=True,
                         capture_output=True, text=True).stdout
    table = collections.Counter()
    for line in out.splitlines():
        r = json.loads(line)
        for q in r.get('quotes', []):
            if not q['sources'] or q['speaker']['kind'] == 'organization':
                continue
            s = q['sources'][0]
            silver = next((g for g, spans in by_doc.get(r['id'], [])
                           if any(x < s['end'] and s['start'] < y for x, y in spans)), None)
            if silver:
                table[(silver, q['speaker']['gender'])] += 1
    total = sum(table.values())
    right = table[('male', 'male')] + table[('female', 'female')]
    given = right + table[('male', 'female')] + table[('female', 'male')]
    print(f'statements with a silver gender: {total}; quoth gives one for {given} '
          f'({given / max(total, 1):.1%}), the same for {right} ({right / max(given, 1):.1%})')
    for g, other in (('male', 'female'), ('female', 'male')):
        n = sum(v for (s, _), v in table.items() if s == g)
        print(f'  {g:6}: {n} silver; quoth {g} {table[(g, g)]}, {other} {table[(g, other)]}, '
              f'none {table[(g, None)]}')


if __name__ == '__main__':
    main()
