#!/usr/bin/env python3
"""Broken variants of real plans, for comparing two builds of the loader (bench/compare-builds.sh).

Usage: bench/mutants.py OUT_DIR [SEED] [PER_FILE] [EXTRA_PLANS_DIR]

Each mutant is a sample plan, a test fixture or a generated plan with one to five edits: a line
deleted, duplicated, swapped or re-indented, a key renamed, a value replaced by a wrong type, a
bad date, an alias, a tab, an extra document, `after` lists rewired (cycles, unknown ids).
The same seed gives the same mutants.
"""
import glob, os, random, re, sys
random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
extra = sys.argv[4] if len(sys.argv) > 4 else None
srcs = sorted(glob.glob(os.path.join(root, 'plans/**/*.yaml'), recursive=True)) + \
       sorted(glob.glob(os.path.join(root, 'Tests/**/*.yaml'), recursive=True)) + \
       (sorted(glob.glob(os.path.join(extra, '**/*.yaml'), recursive=True))[:40] if extra else [])
values = ["", "~", "null", "NULL", "no", "[a, b]", "{x: 1}", "2019-02-30", "1899-01-01", "2019-9-1", "-5", "150",
          "5x", "3w", "0", "0d", "999999", "1234567", "Đào tạo", "'quoted'", "\"dq\"", "&a x", "*a", "[]", "{}",
          "2019-10-31", "2030-01-01", "true", "false", "TCVN ISO 9001:2008", "none", "ministry-unit",
          "provincial-department", "Bad_ID", "x" * 40, "\"\\u0041\"", "|\n  block", "training", "aply", "5.1"]
keys = ["id", "title", "step", "duration", "end", "start", "after", "progress", "done_on", "owner", "clauses",
        "name", "type", "province", "standard", "announced", "status_date", "version", "tasks", "agency",
        "baseline", "target", "deadline", "as_of", "duraton", "procedures_in_scope", "not_applicable"]

def mutate(lines):
    k = random.randrange(15)
    ids = [m.group(1) for l in lines for m in [re.search(r'id: ([a-z0-9-]+)', l)] if m]
    if not lines: return ["x"]
    i = random.randrange(len(lines))
    l = lines[i]
    if k == 0: del lines[i]
    elif k == 1: lines.insert(i, l)
    elif k == 2 and ':' in l:
        a, b = l.split(':', 1); lines[i] = a + ': ' + random.choice(values)
    elif k == 3 and ':' in l:
        a, b = l.split(':', 1); ind = a[:len(a) - len(a.lstrip(' -{'))]; lines[i] = ind + random.choice(keys) + ':' + b
    elif k == 4: lines[i] = '\t' + l
    elif k == 5: lines[:] = lines[:i]
    elif k == 6: lines.insert(i, '---')
    elif k == 7:
        j = random.randrange(len(lines)); lines[i], lines[j] = lines[j], lines[i]
    elif k == 8: lines[i] = l.replace(', ', ',  ', 1).replace('[', '[zz, ', 1)
    elif k == 9 and 'after' in l: lines[i] = l.replace('after: [', 'after: [' + random.choice(['t1','ban-chi-dao','cong-bo','nope']) + ', ', 1)
    elif k == 10: lines[i] = ' ' + l
    elif k == 11 and ':' in l:
        a, b = l.split(':', 1); lines[i] = a + ': ' + b.strip()[::-1]
    elif k >= 12 and ids:
        cand = [j for j, x in enumerate(lines) if 'after' in x or 'id:' in x]
        if cand:
            j = random.choice(cand); x = lines[j]
            pick = random.sample(ids, min(len(ids), random.choice([1, 1, 2, 3])))
            if 'after: [' in x:
                lines[j] = re.sub(r'after: \[[^\]]*\]', 'after: [' + ', '.join(pick) + ']', x)
            elif x.rstrip().endswith('}'):
                lines[j] = x.rstrip()[:-1] + ', after: [' + ', '.join(pick) + ']}'
    return lines
n = 0
for s in srcs:
    base = open(s, encoding='utf-8').read().split('\n')
    for r in range(int(sys.argv[3]) if len(sys.argv) > 3 else 40):
        lines = list(base)
        for _ in range(random.choice([1, 1, 2, 3, 5])): lines = mutate(lines)
        open(os.path.join(out, 'm%05d.yaml' % n), 'w', encoding='utf-8').write('\n'.join(lines))
        n += 1
print(n, 'mutants')
