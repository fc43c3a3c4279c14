import json,sys
def P(n,a=(),t=()): return {"name":n,"aliases":list(a),"titles":list(t)}
def O(n,a=()): return {"name":n,"aliases":list(a)}
def A(p,r,o): return {"person":p,"role":r,"organization":o}
def AP(p,r,o,pr,d): return {"person":p,"role":r,"organization":o,"predecessor":pr,"date":d}
def E(t,ti,d,pa,o): return {"type":t,"title":ti,"date":d,"participants":list(pa),"organizations":list(o)}
def PR(n,o=None): return {"name":n,"organization":o}
def write(f,persons,orgs,affs,apps,events,projects):
    g={"file":f,"persons":persons,"organizations":orgs,"affiliations":affs,"appointments":apps,"events":events,"projects":projects}
    json.dump(g,open(f"gold/{f}.json","w"),ensure_ascii=False,indent=2)
