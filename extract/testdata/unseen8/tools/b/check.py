import json,glob,os,re
G="/work/u8b/gold"; T="/work/u8b/texts"
held={"d03","d06","d09","d12","d15","d18","d21","d24"}
bad=0
for f in sorted(glob.glob(G+"/*.json")):
    d=json.load(open(f)); txt=open(T+"/"+d["file"]).read()
    assert os.path.basename(f)==d["file"]+".json"
    pn=set(); on=set()
    for p in d["persons"]:
        for n in [p["name"]]+p["aliases"]:
            pn.add(n)
            if n not in txt: print(d["file"],"person form not in text:",n); 
    for o in d["organizations"]:
        for n in [o["name"]]+o["aliases"]:
            on.add(n)
            if n not in txt: print(d["file"],"org form not in text:",n)
    P={p["name"] for p in d["persons"]}; O={o["name"] for o in d["organizations"]}
    for a in d["affiliations"]:
        if a["person"] not in P or a["organization"] not in O: print("BAD aff",a); bad+=1
    for a in d["appointments"]:
        if a["person"] not in P or a["organization"] not in O or (a["predecessor"] and a["predecessor"] not in P): print("BAD app",a); bad+=1
        if not any(x["person"]==a["person"] and x["organization"]==a["organization"] and x["role"]==a["role"] for x in d["affiliations"]): print("app w/o aff",a)
    for e in d["events"]:
        for x in e["participants"]:
            if x not in P: print("BAD part",x); bad+=1
        for x in e["organizations"]:
            if x not in O: print("BAD evorg",x); bad+=1
        if e["date"] and not re.match(r"^\d{4}-\d\d-\d\d$",e["date"]): print("BAD date",e); bad+=1
    for pr in d["projects"]:
        if pr["organization"] and pr["organization"] not in O: print("BAD proj",pr); bad+=1
print("reference errors:",bad)
# name uniqueness
others=[]
for f in glob.glob("/work/shared/extraction/**/*.json",recursive=True):
    b=os.path.basename(f).split(".")[0]
    if "dev2" in f and b in held: continue
    others.append(f)
others+=glob.glob("/work/main/extract/testdata/*/gold/*.json")+glob.glob("/work/u8a/gold/*.json")
def norm(s): return s.replace("\u200c","").replace(" ","")
known={}
for f in others:
    try: d=json.load(open(f))
    except Exception: continue
    for p in d.get("persons",[]):
        for n in [p["name"]]+p.get("aliases",[]):
            known.setdefault(norm(n),f)
mine=[(json.load(open(f))["file"],p["name"]) for f in sorted(glob.glob(G+"/*.json")) for p in json.load(open(f))["persons"]]
hits=[(fi,n,known[norm(n)]) for fi,n in mine if norm(n) in known]
print("gold files checked:",len(others),"my full names:",len(mine),"collisions:",hits)
