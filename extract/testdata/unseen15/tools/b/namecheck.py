import json,glob,os,re,sys
ALLOWED={'d04','d10','d16','d22'}
files=[]
for f in glob.glob('/work/shared/extraction/dev2/gold/*.json'):
    if os.path.basename(f).split('.')[0] in ALLOWED: files.append(f)
files+=glob.glob('/work/shared/extraction/gold/dev/**/*.json',recursive=True)
files+=glob.glob('/work/main/extract/testdata/*/gold/*.json')
files+=glob.glob('/work/u15a/gold/*.json')
def norm(s):
    s=re.sub(r'[\s\u200c]','',s).replace('ي','ی').replace('ك','ک')
    return s[3:] if s.startswith('سید') else s
seen={}; sur={}
for f in files:
    try: d=json.load(open(f))
    except Exception: continue
    for obj in (d if isinstance(d,list) else [d]):
        for p in obj.get('persons',[]):
            for n in [p['name']]+p.get('aliases',[]):
                if len(n.split())>=2 or '\u200c' in n: seen.setdefault(norm(n),f)
            w=p['name'].split()
            if len(w)>=2: sur.setdefault(norm(' '.join(w[1:])),f)
print('reference gold files:',len(files),'names:',len(seen))
bad=0
names=[]
if len(sys.argv)>1: names=[(None,n) for n in sys.argv[1:]]
else:
    for f in sorted(glob.glob('/work/u15b/gold/*.json')):
        d=json.load(open(f))
        for p in d['persons']:
            for n in [p['name']]+p['aliases']:
                if len(n.split())>=2 or '\u200c' in n: names.append((f,n))
for f,n in names:
    if norm(n) in seen: print('CLASH',f,n,seen[norm(n)]); bad+=1
    w=n.split()
    if f is None and len(w)>=2 and norm(' '.join(w[1:])) in sur: print('  (surname also used)',n,sur[norm(' '.join(w[1:]))])
print('clashes:',bad)
