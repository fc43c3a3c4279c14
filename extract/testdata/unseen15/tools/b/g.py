import json
class G:
    def __init__(s,file): s.d={"file":file,"persons":[],"organizations":[],"affiliations":[],"appointments":[],"events":[],"projects":[]}
    def P(s,name,aliases=(),titles=()): s.d["persons"].append({"name":name,"aliases":list(aliases),"titles":list(titles)})
    def O(s,name,aliases=()): s.d["organizations"].append({"name":name,"aliases":list(aliases)})
    def A(s,p,role,org): s.d["affiliations"].append({"person":p,"role":role,"organization":org})
    def AP(s,p,role,org,pred=None,date=None): s.d["appointments"].append({"person":p,"role":role,"organization":org,"predecessor":pred,"date":date})
    def E(s,type,title,date,parts,orgs): s.d["events"].append({"type":type,"title":title,"date":date,"participants":list(parts),"organizations":list(orgs)})
    def PR(s,name,org=None): s.d["projects"].append({"name":name,"organization":org})
    def save(s):
        json.dump(s.d,open('/work/u15b/gold/'+s.d["file"]+'.json','w'),ensure_ascii=False,indent=1)
