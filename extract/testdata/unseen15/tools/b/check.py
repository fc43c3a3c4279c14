import json,glob,os,re,subprocess
D='/work/u15b'
out=open(D+'/tools/out.jsonl','w')
tot=dict(persons=0,orgs=0,aff=0,app=0,part=0,dated=0,events=0)
for f in sorted(glob.glob(D+'/gold/*.json')):
    g=json.load(open(f)); t=open(D+'/texts/'+g['file']).read()
    out.write(json.dumps(g,ensure_ascii=False)+'\n')
    pn={n for p in g['persons'] for n in [p['name']]+p['aliases']}
    on={n for o in g['organizations'] for n in [o['name']]+o['aliases']}
    canonP={p['name'] for p in g['persons']}; canonO={o['name'] for o in g['organizations']}
    def intext(n): return n in t
    for p in g['persons']:
        for n in [p['name']]+p['aliases']:
            if not intext(n): print(g['file'],'person form not in text:',n)
    for o in g['organizations']:
        for n in [o['name']]+o['aliases']:
            if not intext(n): print(g['file'],'org form not in text:',n)
    for a in g['affiliations']:
        if a['person'] not in canonP or a['organization'] not in canonO: print(g['file'],'bad aff',a)
    for a in g['appointments']:
        if a['person'] not in canonP or a['organization'] not in canonO or (a['predecessor'] and a['predecessor'] not in canonP): print(g['file'],'bad app',a)
        if not any(x['person']==a['person'] and x['organization']==a['organization'] for x in g['affiliations']): print(g['file'],'app w/o aff',a['person'])
    for e in g['events']:
        for p in e['participants']:
            if p not in canonP: print(g['file'],'bad part',p)
        for o in e['organizations']:
            if o not in canonO: print(g['file'],'bad evorg',o)
        if len(set(e['participants']))!=len(e['participants']): print('dup part',e['title'])
    for pr in g['projects']:
        if pr['organization'] and pr['organization'] not in canonO: print('bad proj org',pr)
    tot['persons']+=len(g['persons']); tot['orgs']+=len(g['organizations']); tot['aff']+=len(g['affiliations'])
    tot['app']+=len(g['appointments']); tot['events']+=len(g['events'])
    tot['part']+=len({(p,e['type']) for e in g['events'] for p in e['participants']})
    tot['dated']+=len({(e['type'],e['date']) for e in g['events'] if e['date']})
    print(g['file'],'words',len(t.split()),'P',len(g['persons']),'O',len(g['organizations']),'A',len(g['affiliations']),'AP',len(g['appointments']),'E',len(g['events']))
out.close()
print(tot)
# standalone aliases: each alias must occur outside the longer forms of all entities
for f in sorted(glob.glob(D+'/gold/*.json')):
    g=json.load(open(f)); t=open(D+'/texts/'+g['file']).read()
    allforms=[n for e in g['persons']+g['organizations'] for n in [e['name']]+e['aliases']]
    for e in g['persons']+g['organizations']:
        for a in e['aliases']:
            tt=t
            for lf in sorted([x for x in allforms if a in x and x!=a],key=len,reverse=True): tt=tt.replace(lf,'#')
            if a not in tt: print(g['file'],'alias only inside longer form:',a)
# key collisions between different entities (scorer normalization)
import importlib.util
sp=importlib.util.spec_from_file_location('score','/work/shared/extraction/score.py'); sc=importlib.util.module_from_spec(sp); sp.loader.exec_module(sc)
for f in sorted(glob.glob(D+'/gold/*.json')):
    g=json.load(open(f))
    for kind,kf in (('persons',sc.person_key),('organizations',sc.org_key)):
        own={}
        for i,e in enumerate(g[kind]):
            for n in [e['name']]+e['aliases']:
                k=kf(n)
                if k in own and own[k]!=i: print(g['file'],'key collision',kind,n)
                own[k]=i
print('checks done')
