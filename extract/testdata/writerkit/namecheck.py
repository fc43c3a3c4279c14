"""namecheck.py SET [EXTRA_GOLD_DIR...]: the persons' names of SET/gold (two words or more, or with a ZWNJ)
that another gold already uses (every other made-up set, the bundled corpus's gold, the four dev2 files writers
may read, and any EXTRA_GOLD_DIR such as a fellow writer's), compared with spaces, ZWNJ and a leading سید
folded away."""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTDATA = os.path.dirname(HERE)
SHARED = os.path.join(TESTDATA, "..", "..", "..", "shared", "extraction")
ALLOWED_DEV2 = {'d04', 'd10', 'd16', 'd22'}


def norm(s):
    s = re.sub(r'[\s\u200c]', '', s).replace('ي', 'ی').replace('ك', 'ک')
    return s[3:] if s.startswith('سید') else s


def main(D, extra):
    own = set(glob.glob(os.path.join(D, "gold", "*.json")))
    files = [f for f in glob.glob(os.path.join(SHARED, "dev2", "gold", "*.json")) if os.path.basename(f).split('.')[0] in ALLOWED_DEV2]
    files += glob.glob(os.path.join(SHARED, "gold", "**", "*.json"), recursive=True)
    files += [f for f in glob.glob(os.path.join(TESTDATA, "*", "gold", "*.json")) if os.path.abspath(f) not in {os.path.abspath(x) for x in own}]
    for e in extra:
        files += glob.glob(os.path.join(e, "*.json"))
    seen = {}
    for f in files:
        try:
            d = json.load(open(f))
        except Exception:
            continue
        for obj in (d if isinstance(d, list) else [d]):
            for p in obj.get('persons', []):
                for n in [p['name']] + p.get('aliases', []):
                    if len(n.split()) >= 2 or '\u200c' in n:
                        seen.setdefault(norm(n), f)
    print('reference gold files:', len(files), 'names:', len(seen))
    bad = 0
    for f in sorted(own):
        for p in json.load(open(f))['persons']:
            for n in [p['name']] + p['aliases']:
                if (len(n.split()) >= 2 or '\u200c' in n) and norm(n) in seen:
                    print('CLASH', os.path.basename(f), n, seen[norm(n)])
                    bad += 1
    print('clashes:', bad)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(os.path.abspath(sys.argv[1]), sys.argv[2:])
