import json,glob,os,re
out=open('out.jsonl','w')
for f in sorted(glob.glob('gold/*.json')):
    g=json.load(open(f)); t=open('texts/'+g['file']).read()
    out.write(json.dumps(g,ensure_ascii=False)+'\n')
    pn={n for p in g['persons'] for n in [p['name']]+p['aliases']}
    on={n for o in g['organizations'] for n in [o['name']]+o['aliases']}
    for p in g['persons']:
        for n in [p['name']]+p['aliases']:
            if n not in t: print(f,'PERSON NOT IN TEXT',n)
    for o in g['organizations']:
        for n in [o['name']]+o['aliases']:
            if n not in t: print(f,'org not literally in text:',n)
    for a in g['affiliations']+g['appointments']:
        if a['person'] not in pn: print(f,'bad person',a)
        if a['organization'] not in on: print(f,'bad org',a)
        if a.get('predecessor') and a['predecessor'] not in pn: print(f,'bad pred',a)
    for e in g['events']:
        for p in e['participants']:
            if p not in pn: print(f,'bad part',p)
        for o in e['organizations']:
            if o not in on: print(f,'bad evorg',o)
    for pr in g['projects']:
        if pr['organization'] and pr['organization'] not in on: print(f,'bad prorg',pr)
out.close()
# name check
mine={}
for f in glob.glob('gold/*.json'):
    for p in json.load(open(f))['persons']: mine[p['name']]=f
others=[x for x in glob.glob('/work/shared/extraction/**/*.json',recursive=True)]
others=[x for x in others if not re.search(r'dev2/gold/d(03|06|09|12|15|18|21|24)\.',x)]
others+=glob.glob('/work/main/extract/testdata/*/gold/*.json')+[x for x in glob.glob('/work/u8*/gold/*.json') if not x.startswith('/work/u8a/')]
seen=set(); nfiles=0
for x in others:
    try: g=json.load(open(x))
    except Exception: continue
    nfiles+=1
    s=json.dumps(g,ensure_ascii=False)
    for n in mine:
        if n in s: seen.add((n,x))
print('name check vs',nfiles,'gold files; collisions:',sorted(seen))
# surname-level soft check
