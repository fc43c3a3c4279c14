# pre-check candidate names against the gold that namecheck.py reads (same folding)
import sys,os,glob,json
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'writerkit'))
from namecheck import norm
T='/work/main/extract/testdata'
fs=[f for f in glob.glob('/work/shared/extraction/dev2/gold/*.json') if os.path.basename(f).split('.')[0] in {'d04','d10','d16','d22'}]
fs+=glob.glob('/work/shared/extraction/gold/**/*.json',recursive=True)+glob.glob(T+'/*/gold/*.json')
for d in ['/work/t17a/gold','/work/u16a/gold','/work/u16b/gold']: fs+=glob.glob(d+'/*.json')
full=set(); sur=set()
for f in fs:
    try: g=json.load(open(f))
    except Exception: continue
    for p in g.get('persons',[]):
        for n in [p['name']]+p.get('aliases',[]):
            full.add(norm(n)); sur.add(norm(n.split()[-1]) if n.split() else '')
for n in sys.argv[1:]:
    n=n.replace('_',' ')
    print(n, 'CLASH' if norm(n) in full else '', 'surname-used' if norm(n.split()[-1]) in sur else '')
