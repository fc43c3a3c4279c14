# flags aliases that occur only inside a longer form of the same entity
import json,glob
for f in sorted(glob.glob('/work/u10b/gold/*.json')):
    g=json.load(open(f)); t=open('/work/u10b/texts/'+g['file']).read()
    for kind in ('persons','organizations'):
        for e in g[kind]:
            forms=[e['name']]+e['aliases']
            for a in e['aliases']:
                total=t.count(a)
                inside=sum(t.count(b) for b in forms if b!=a and a in b and len(b)>len(a))
                if total-inside<=0: print(g['file'],kind,'ONLY INSIDE LONGER FORM:',a,total,inside)
