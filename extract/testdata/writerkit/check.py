"""check.py SET: checks a made-up set's gold (every name and alias literal in its text and standing outside the
longer forms, references resolve, each appointment has its affiliation, no two entities share a scorer key),
writes SET/tools/out.jsonl (the gold as predictions, for the shape check with score.py) and prints totals."""
import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(HERE, "..", "..", "..", "..", "shared", "extraction", "score.py")


def load_score():
    sp = importlib.util.spec_from_file_location("score", SCORE)
    sc = importlib.util.module_from_spec(sp)
    sp.loader.exec_module(sc)
    return sc


def main(D):
    golds = [(f, json.load(open(f))) for f in sorted(glob.glob(os.path.join(D, "gold", "*.json")))]
    tot = dict(persons=0, orgs=0, aff=0, app=0, part=0, dated=0, events=0)
    os.makedirs(os.path.join(D, "tools"), exist_ok=True)
    with open(os.path.join(D, "tools", "out.jsonl"), "w") as out:
        for f, g in golds:
            t = open(os.path.join(D, "texts", g["file"])).read()
            out.write(json.dumps(g, ensure_ascii=False) + "\n")
            canonP = {p["name"] for p in g["persons"]}
            canonO = {o["name"] for o in g["organizations"]}
            for kind, label in (("persons", "person"), ("organizations", "org")):
                for e in g[kind]:
                    for n in [e["name"]] + e["aliases"]:
                        if n not in t:
                            print(g["file"], label, "form not in text:", n)
            for a in g["affiliations"]:
                if a["person"] not in canonP or a["organization"] not in canonO:
                    print(g["file"], "bad aff", a)
            for a in g["appointments"]:
                if a["person"] not in canonP or a["organization"] not in canonO or (a["predecessor"] and a["predecessor"] not in canonP):
                    print(g["file"], "bad app", a)
                if not any(x["person"] == a["person"] and x["organization"] == a["organization"] for x in g["affiliations"]):
                    print(g["file"], "app w/o aff", a["person"])
            for e in g["events"]:
                for p in e["participants"]:
                    if p not in canonP:
                        print(g["file"], "bad part", p)
                for o in e["organizations"]:
                    if o not in canonO:
                        print(g["file"], "bad evorg", o)
                if len(set(e["participants"])) != len(e["participants"]):
                    print(g["file"], "dup part", e["title"])
            for pr in g.get("projects", []):
                if pr["organization"] and pr["organization"] not in canonO:
                    print(g["file"], "bad proj org", pr)
            tot["persons"] += len(g["persons"])
            tot["orgs"] += len(g["organizations"])
            tot["aff"] += len(g["affiliations"])
            tot["app"] += len(g["appointments"])
            tot["events"] += len(g["events"])
            tot["part"] += len({(p, e["type"]) for e in g["events"] for p in e["participants"]})
            tot["dated"] += len({(e["type"], e["date"]) for e in g["events"] if e["date"]})
            print(g["file"], "words", len(t.split()), "P", len(g["persons"]), "O", len(g["organizations"]),
                  "A", len(g["affiliations"]), "AP", len(g["appointments"]), "E", len(g["events"]))
    print(tot)
    sc = load_score()
    for f, g in golds:
        t = open(os.path.join(D, "texts", g["file"])).read()
        allforms = [n for e in g["persons"] + g["organizations"] for n in [e["name"]] + e["aliases"]]
        for e in g["persons"] + g["organizations"]:
            for a in e["aliases"]:
                tt = t
                for lf in sorted([x for x in allforms if a in x and x != a], key=len, reverse=True):
                    tt = tt.replace(lf, "#")
                if a not in tt:
                    print(g["file"], "alias only inside longer form:", a)
        for kind, kf in (("persons", sc.person_key), ("organizations", sc.org_key)):
            own = {}
            for i, e in enumerate(g[kind]):
                for n in [e["name"]] + e["aliases"]:
                    k = kf(n)
                    if k in own and own[k] != i:
                        print(g["file"], "key collision", kind, n)
                    own[k] = i
    print("checks done")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(os.path.abspath(sys.argv[1]))
