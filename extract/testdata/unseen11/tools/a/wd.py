# checks every "weekday [day] N month" in the texts against jal.py (year 1405 unless written)
import re,glob
from jal import j2g,W
M={'آذر':9,'دی':10,'آبان':8,'بهمن':11}
D='۰۱۲۳۴۵۶۷۸۹'
def num(s): return int(''.join(str(D.index(c)) if c in D else c for c in s))
wds='|'.join(sorted(W,key=len,reverse=True))
n=bad=0
for f in sorted(glob.glob('/work/u11a/texts/*.txt')):
    t=open(f).read().replace('پنج‌شنبه','پنجشنبه')
    for m in re.finditer(r'(%s)\s+([۰-۹0-9]+)\s+(آذر|دی|آبان|بهمن)(?:ماه)?(?:\s+([۰-۹]{4}))?'%wds,t):
        y=num(m.group(4)) if m.group(4) else 1405
        g=j2g(y,M[m.group(3)],num(m.group(2))); ok=W[g.weekday()]==m.group(1)
        n+=1; bad+=not ok
        print(f.split('/')[-1],m.group(0),g,'OK' if ok else 'WRONG '+W[g.weekday()])
print('checked',n,'wrong',bad)
