#!/usr/bin/env python3
"""Writes fuzz/analyze.dict, the libFuzzer dictionary of the analyze target:
the short string literals of our own language tables (src/lang/{vi,en}/*.rs)
plus the punctuation, spaces and digit forms drafts contain. Run from the
repository root when the tables change much; a stale dictionary only makes
fuzzing slower, never wrong."""
import glob
import re

toks = set()
for f in sorted(glob.glob('src/lang/*/*.rs')):
    for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', open(f, encoding='utf8').read()):
        s = m.group(1)
        if 0 < len(s.encode()) <= 24 and '\\' not in s:
            toks.add(s)
toks.update(['%', '/', '.', ',', ':', '-', '–', '—', '$', '€', '£', '¥', 'đ', 'VND', 'USD', ' ', '\r\n', '\n',
             '\u00a0', '\u202f', '\u200b', '\u0301', '\u0323', '😀', '１', '％', '(', ')', ';', '"', '“', '”', '+',
             'x', '/2018', '12/6/2018', '2016-2020', '17:06', '1.234,5', '1,234.5', '0,5', 'III', 'XIV'])


def esc(s):
    out = ''
    for b in s.encode():
        out += chr(b) if 32 <= b < 127 and b not in (34, 92) else '\\x%02X' % b
    return '"%s"' % out


with open('fuzz/analyze.dict', 'w') as fh:
    fh.write('# libFuzzer dictionary for the analyze target, written by fuzz/gen-dict.py\n'
             '# from the string literals of src/lang/{vi,en}/*.rs. Do not edit by hand.\n')
    for t in sorted(toks):
        fh.write(esc(t) + '\n')
