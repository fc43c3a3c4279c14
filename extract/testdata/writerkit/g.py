"""Gold builder for the made-up sets: a set's generator (SET/tools/[a|b]/gNN.py) makes a G, fills it and saves
it into SET/gold/FILE.json, SET being the nearest folder above the generator that holds texts/."""
import json
import os
import sys


def set_dir(start=None):
    d = os.path.dirname(os.path.abspath(start or sys.argv[0]))
    while not os.path.isdir(os.path.join(d, "texts")):
        up = os.path.dirname(d)
        if up == d:
            raise SystemExit("no set folder with texts/ above " + (start or sys.argv[0]))
        d = up
    return d


class G:
    def __init__(s, file):
        s.d = {"file": file, "persons": [], "organizations": [], "affiliations": [], "appointments": [], "events": [], "projects": []}

    def P(s, name, aliases=(), titles=()):
        s.d["persons"].append({"name": name, "aliases": list(aliases), "titles": list(titles)})

    def O(s, name, aliases=()):
        s.d["organizations"].append({"name": name, "aliases": list(aliases)})

    def A(s, p, role, org):
        s.d["affiliations"].append({"person": p, "role": role, "organization": org})

    def AP(s, p, role, org, pred=None, date=None):
        s.d["appointments"].append({"person": p, "role": role, "organization": org, "predecessor": pred, "date": date})

    def E(s, type, title, date, parts, orgs):
        s.d["events"].append({"type": type, "title": title, "date": date, "participants": list(parts), "organizations": list(orgs)})

    def PR(s, name, org=None):
        s.d["projects"].append({"name": name, "organization": org})

    def save(s):
        with open(os.path.join(set_dir(), "gold", s.d["file"] + ".json"), "w") as fh:
            json.dump(s.d, fh, ensure_ascii=False, indent=1)
