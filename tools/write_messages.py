#!/usr/bin/env python3
"""Writes a message bundle in English (base), Finnish and Swedish from one table, so no key is missing anywhere.

Usage: python3 tools/write_messages.py src/main/i18n/<bundle>.tsv <bundle>
The table has lines: key<TAB>English<TAB>Finnish<TAB>Swedish; lines starting with # are comments.
"""
import sys

table, bundle = sys.argv[1], sys.argv[2]
rows = []
for line in open(table, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    parts = line.split('\t')
    if len(parts) != 4:
        sys.exit(f'bad line: {line!r}')
    rows.append(parts)

def esc(value):
    # Properties files: keep UTF-8 (Spring reads them as UTF-8); escape only backslashes at line level.
    return value.replace('\\', '\\\\')

for index, suffix in ((1, ''), (2, '_fi'), (3, '_sv')):
    path = f'src/main/resources/i18n/{bundle}{suffix}.properties'
    with open(path, 'w', encoding='utf-8') as out:
        out.write('# Generated from ' + table + ' by tools/write_messages.py; edit the table, not this file.\n')
        for row in rows:
            out.write(f'{row[0]}={esc(row[index])}\n')
