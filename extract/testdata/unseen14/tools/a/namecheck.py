import json,glob,os,re,sys
ALLOWED={'d04','d10','d16','d22'}
files=[]
for f in glob.glob('/work/shared/extraction/dev2/gold/*.json'):
    if os.path.basename(f).split('.')[0] in ALLOWED: files.append(f)
files+=glob.glob('/work/shared/extraction/gold/**/*.json',recursive=True)
files+=glob.glob('/work/shared/extraction/dev/**/*.json',recursive=True)
files+=glob.glob('/work/main/extract/testdata/*/gold/*.json')
files+=glob.glob('/work/u14b/gold/*.json',recursive=True)
def norm(s): return re.sub(r'[\s\u200c]','',s)
seen={}
for f in files:
    try: d=json.load(open(f))
    except Exception: continue
    for obj in (d if isinstance(d,list) else [d]):
        for p in obj.get('persons',[]):
            for n in [p['name']]+p.get('aliases',[]):
                if len(n.split())>=2 or '\u200c' in n: seen.setdefault(norm(n),f)
print('reference gold files:',len(files),'names:',len(seen))
bad=0
for f in sorted(glob.glob('/work/u14a/gold/*.json')):
    d=json.load(open(f))
    for p in d['persons']:
        if norm(p['name']) in seen: print('CLASH',f,p['name'],seen[norm(p['name'])]); bad+=1
print('clashes:',bad)
