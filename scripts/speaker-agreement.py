#!/usr/bin/env python3
"""How far quoth's speakers agree with CoreNLP's coreference.

PolNeAR's gold marks each statement's source span ("he", "the senator",
"Clinton"), not who it is. CoreNLP's coreference chains say who a mention
is: every mention of one entity, names among them. For each statement
whose source span holds a mention of a chain that names someone (a mention
headed by a proper noun, by CoreNLP's tags), this script checks that
quoth's speaker is that someone: the last word of quoth's speaker name (or
the one before a suffix: "Biden" of "Joseph R. Biden Jr.") is one of the
proper nouns that head the chain's mentions ("Clinton" for a chain of
"Hillary Clinton", "she", "Mrs. Clinton").

    python3 scripts/speaker-agreement.py [--quoth build/quoth] [--shared ../shared]
                                         [--split dev] [--show N [--how HOW]]

It runs `quoth extract` on the split's texts itself and prints the
agreement by how quoth resolved the speaker (`resolved_by`). `--show N`
prints N disagreements to read (`--how pronoun`: only those of pronouns;
`--how none`: the statements quoth left without a speaker). CoreNLP's chains are machine output: a disagreement is
sometimes CoreNLP's error (two Clintons in one chain, a "he" joined to the
wrong man), so this is a silver measure, for comparing versions of quoth
and for finding its errors, not an accuracy.
"""
import argparse
import collections
import json
import random
import subprocess

import corenlp

SUFFIXES = {'jr', 'sr', 'ii', 'iii', 'iv'}


def surnames(name):
    """The last word of a speaker's name in small letters, and the word
    before it when that is a generation's suffix ("Joseph R. Biden Jr.":
    "jr" and "biden"; CoreNLP heads the mention with either)."""
    words = [w.lower().rstrip('.') for w in name.split()]
    if len(words) > 1 and words[-1] in SUFFIXES:
        return {words[-1], words[-2]}
    return {words[-1]}

PROPER = {'NNP', 'NNPS'}
# Words CoreNLP tags NNP that name no one in particular: honorifics, and
# dates ("Tuesday" is a speaker in no chain worth counting).
NOT_NAMES = {'mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'gov.', 'president', 'the', 'u.s.',
             'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
             'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
             'september', 'october', 'november', 'december'}


def chains(path, tok):
    """doc -> [(names, [(start, end, head_start, head_end) of each mention])]
    for every chain; names are the proper nouns that head its mentions, and
    only heads count: "the Clinton campaign" and "Sanders supporters" are
    neither Clinton nor Sanders."""
    by_chain = collections.defaultdict(lambda: {'names': set(), 'mentions': []})
    for p in corenlp.rows(path):
        doc, sent, start, end, head = p[0], int(p[2]), int(p[3]), int(p[4]), int(p[5])
        c = by_chain[(doc, p[1])]
        w = tok.get((doc, sent, head))
        if w and w[3] in PROPER and w[2].lower() not in NOT_NAMES:
            c['names'].add(w[2].lower())
        a, b = tok.get((doc, sent, start)), tok.get((doc, sent, end - 1))
        if a and b and w:
            c['mentions'].append((a[0], b[1], w[0], w[1]))
    by_doc = collections.defaultdict(list)
    for (doc, _), c in by_chain.items():
        by_doc[doc].append((c['names'], c['mentions']))
    return by_doc


def silver_names(chain_list, start, end):
    """The names of the chain of a mention whose head lies in [start, end):
    the mention that starts first, of those the longest ("Tina Tchen, Mrs.
    Obama's chief of staff" is Tina Tchen, not Mrs. Obama; "the Clinton
    campaign" is the campaign's chain, not Clinton's). An empty set when
    that chain names no one."""
    best, best_key = None, None
    for names, mentions in chain_list:
        for m_start, m_end, h_start, h_end in mentions:
            key = (m_start, start - m_end)
            if start <= h_start and h_end <= end and (best_key is None or key < best_key):
                best, best_key = names, key
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--quoth', default='build/quoth')
    ap.add_argument('--shared', default='../shared')
    ap.add_argument('--split', default='dev')
    ap.add_argument('--show', type=int, default=0, metavar='N')
    ap.add_argument('--how', metavar='RESOLVED_BY', help='show only the disagreements resolved this way')
    ap.add_argument('--context', type=int, default=60, metavar='CHARS', help='text shown before a source')
    a = ap.parse_args()
    base = f'{a.shared}/polnear/{a.split}'
    tok = corenlp.tokens(f'{base}/corenlp-tokens.tsv.gz')
    by_doc = chains(f'{base}/corenlp-coref.tsv.gz', tok)
    out = subprocess.run([a.quoth, 'extract', '-q', '-f', 'jsonl', '--include-text', f'{base}/text'],
                         check=True, capture_output=True, text=True).stdout
    table = collections.defaultdict(collections.Counter)
    wrong = []
    for line in out.splitlines():
        r = json.loads(line)
        for q in r.get('quotes', []):
            if not q['sources']:
                continue
            s = q['sources'][0]
            names = silver_names(by_doc.get(r['id'], []), s['start'], s['end'])
            if not names:
                continue
            sp = q['speaker']
            how = sp['resolved_by'] or 'none'
            if not sp['name']:
                verdict = 'none'
            elif surnames(sp['name']) & {n.rstrip('.') for n in names}:
                verdict = 'same'
            else:
                verdict = 'other'
            # --how none shows the statements left without a speaker
            if verdict != 'same' and (how == a.how if a.how else verdict == 'other'):
                wrong.append((r['id'], s['text'], sp['name'], how, sorted(names),
                              r['text'][max(0, s['start'] - a.context):s['end'] + 40].replace(chr(10), ' | ')))
            table[how][verdict] += 1
    total = collections.Counter()
    print(f'{"resolved by":14} {"statements":>10} {"same":>6} {"other":>6} {"none":>6} {"agree":>7}')
    for how in sorted(table, key=lambda h: -sum(table[h].values())):
        c = table[how]
        total.update(c)
        named = c['same'] + c['other']
        print(f'{how:14} {sum(c.values()):10} {c["same"]:6} {c["other"]:6} {c["none"]:6} '
              f'{c["same"] / max(named, 1):7.1%}')
    named = total['same'] + total['other']
    print(f'{"all":14} {sum(total.values()):10} {total["same"]:6} {total["other"]:6} '
          f'{total["none"]:6} {total["same"] / max(named, 1):7.1%}')
    print(f'agreement, counting no speaker as a disagreement: '
          f'{total["same"] / max(sum(total.values()), 1):.1%}')
    random.Random(1).shuffle(wrong)
    for doc, mention, name, how, names, context in wrong[:a.show]:
        print(f'\n{doc}\n  source {mention!r} -> {name!r} ({how}); CoreNLP: {names}\n  …{context}…')


if __name__ == '__main__':
    main()
