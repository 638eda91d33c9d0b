#!/usr/bin/env python3
"""What N sessions (or screens) held, class by class: two class histograms (jcmd GC.class_histogram,
as kept by HEAP_HISTOGRAMS=folder in the benches) and the number of sessions between them.
    bench/histogram-diff.py BEFORE.txt AFTER.txt N [rows]"""
import re
import sys


def load(path):
    classes = {}
    for line in open(path):
        m = re.match(r'\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)', line)
        if m:
            classes[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return classes


before, after, n = load(sys.argv[1]), load(sys.argv[2]), int(sys.argv[3])
rows = int(sys.argv[4]) if len(sys.argv) > 4 else 40
diff = sorted(((after.get(k, (0, 0))[1] - before.get(k, (0, 0))[1], after.get(k, (0, 0))[0] - before.get(k, (0, 0))[0], k)
               for k in set(before) | set(after)), reverse=True)
print('%.1f kB per session in all' % (sum(d[0] for d in diff) / n / 1024))
print('  kB each  objects each  class')
for size, count, name in diff[:rows]:
    print('%9.1f %13.1f  %s' % (size / n / 1024, count / n, name))
