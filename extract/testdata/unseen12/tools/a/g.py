import json,sys
D='/work/u12a/gold/'
def P(n,a=(),t=()): return {"name":n,"aliases":list(a),"titles":list(t)}
def O(n,a=()): return {"name":n,"aliases":list(a)}
def AF(p,r,o): return {"person":p,"role":r,"organization":o}
def AP(p,r,o,pr=None,d=None): return {"person":p,"role":r,"organization":o,"predecessor":pr,"date":d}
def E(t,title,d,ps,os_): return {"type":t,"title":title,"date":d,"participants":list(ps),"organizations":list(os_)}
def W(f,persons,orgs,affs,apps,events,projects=()):
    json.dump({"file":f,"persons":persons,"organizations":orgs,"affiliations":affs,"appointments":apps,"events":events,"projects":list(projects)},
              open(D+f+'.json','w'),ensure_ascii=False,indent=1)
import g_files
