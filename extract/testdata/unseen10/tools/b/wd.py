# checks every "weekday day month [year]" in the texts against jal.py
import re,glob
from jal import j2g,W
M={'فروردین':1,'اردیبهشت':2,'خرداد':3,'تیر':4,'مرداد':5,'شهریور':6,'مهر':7,'آبان':8,'آذر':9,'دی':10,'بهمن':11,'اسفند':12}
ORD={'اول':1,'دوم':2,'سوم':3,'چهارم':4,'پنجم':5,'ششم':6,'هفتم':7,'هشتم':8,'نهم':9,'دهم':10,'یازدهم':11,'دوازدهم':12,'سیزدهم':13}
dig=str.maketrans('۰۱۲۳۴۵۶۷۸۹','0123456789')
wd='|'.join(sorted(set(W),key=len,reverse=True))
pat=re.compile(r'('+wd+r')\s+(\S+)\s+('+'|'.join(M)+r')(?:‌?ماه)?(?:\s+([۰-۹]{4}))?')
n=0
for f in sorted(glob.glob('/work/u10b/texts/*.txt')):
    t=open(f).read()
    for m in pat.finditer(t):
        d=m.group(2).translate(dig); d=int(d) if d.isdigit() else ORD.get(d)
        if d is None: continue
        y=int(m.group(4).translate(dig)) if m.group(4) else 1404
        g=j2g(y,M[m.group(3)],d); ok=W[g.weekday()]==m.group(1); n+=1
        print(f[-13:],m.group(0),g,'OK' if ok else 'WRONG '+W[g.weekday()])
print('checked',n)
