#!/usr/bin/env python3
"""Writes a message bundle in English (base), Finnish and Swedish from one table, so no key is missing anywhere.

Usage: python3 tools/write_messages.py src/main/i18n/<bundle>.tsv <bundle> [--languages en,fi,sv,...] [--directory DIR]
The table has lines: key<TAB>English<TAB>Finnish<TAB>Swedish; lines starting with # are comments.
With --languages the columns are those languages, the first one the base file without a suffix; an empty cell in a
later language leaves the key out of that language's file (for texts not offered in it). --directory defaults to
src/main/resources/i18n.
"""
import argparse
import sys

parser = argparse.ArgumentParser()
parser.add_argument('table')
parser.add_argument('bundle')
parser.add_argument('--languages', default='en,fi,sv')
parser.add_argument('--directory', default='src/main/resources/i18n')
args = parser.parse_args()
languages = args.languages.split(',')

rows = []
for line in open(args.table, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    parts = line.split('\t')
    if len(parts) != 1 + len(languages):
        sys.exit(f'bad line: {line!r}')
    if not parts[1]:
        sys.exit(f'no text in the base language: {line!r}')
    rows.append(parts)

def esc(value):
    # Properties files: keep UTF-8 (Spring reads them as UTF-8); escape only backslashes at line level.
    return value.replace('\\', '\\\\')

for index, language in enumerate(languages, start=1):
    suffix = '' if index == 1 else '_' + language
    path = f'{args.directory}/{args.bundle}{suffix}.properties'
    with open(path, 'w', encoding='utf-8') as out:
        out.write('# Generated from ' + args.table + ' by tools/write_messages.py; edit the table, not this file.\n')
        for row in rows:
            if row[index] or index == 1:
                out.write(f'{row[0]}={esc(row[index])}\n')
