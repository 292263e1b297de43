#!/usr/bin/env python3
"""A random sample of statements to judge quoth's speakers by hand.

    build/quoth extract -q -f jsonl ../shared/polnear/train/text > train.jsonl
    python3 scripts/speaker-sample.py train.jsonl ../shared/polnear/train/text 200 > sample.txt

Among the statements whose source span is not empty, in the order of the
JSON lines and of each document's quotes, draws N with random.seed(15)
(random.sample) and prints each with its speaker and the text around its
source, marked [[...]], to be read and judged: right, wrong (another
entity), partial (the right entity, its name cut or garbled), none
although the text names who it is, or a source that is no speaker.
docs/speakers.md ("Read by hand") gives the figures of such a sample.
"""
import json
import random
import sys


def main():
    path, texts, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 15
    statements = []
    for line in open(path, encoding='utf-8'):
        record = json.loads(line)
        for k, quote in enumerate(record['quotes']):
            sources = [s for s in quote.get('sources', []) if s['end'] > s['start'] and s['text'].strip()]
            if sources:
                statements.append((record['id'], k, quote))
    random.seed(seed)
    for i, (doc, k, quote) in enumerate(random.sample(statements, n)):
        text = open(f'{texts}/{doc}.txt', encoding='utf-8').read()
        src, speaker = quote['sources'][0], quote['speaker']
        print(f"=== #{i} {doc} q{k} source={src['text']!r} -> {speaker['name']!r} "
              f"({speaker['kind']}, by {speaker['resolved_by']})")
        around = text[max(0, src['start'] - 700):src['start']] + '[[' + text[src['start']:src['end']] + ']]' + \
            text[src['end']:src['end'] + 200]
        print(around.replace('\n', ' ¶ '))
        print()


if __name__ == '__main__':
    main()
