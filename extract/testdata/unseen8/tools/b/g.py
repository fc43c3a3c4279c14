import json,sys
class G:
    def __init__(s,f): s.d={"file":f,"persons":[],"organizations":[],"affiliations":[],"appointments":[],"events":[],"projects":[]}
    def p(s,n,a=(),t=()): s.d["persons"].append({"name":n,"aliases":list(a),"titles":list(t)})
    def o(s,n,*a): s.d["organizations"].append({"name":n,"aliases":list(a)})
    def af(s,p,r,o): s.d["affiliations"].append({"person":p,"role":r,"organization":o})
    def ap(s,p,r,o,pred=None,date=None): s.d["appointments"].append({"person":p,"role":r,"organization":o,"predecessor":pred,"date":date})
    def ev(s,t,ti,date,parts,orgs): s.d["events"].append({"type":t,"title":ti,"date":date,"participants":list(parts),"organizations":list(orgs)})
    def pr(s,n,o=None): s.d["projects"].append({"name":n,"organization":o})
    def save(s):
        json.dump(s.d,open("/work/u8b/gold/"+s.d["file"]+".json","w"),ensure_ascii=False,indent=2)
