import re,glob
from jal import j2g,W
M={'فروردین':1,'اردیبهشت':2,'خرداد':3,'تیر':4,'مرداد':5,'شهریور':6,'مهر':7,'آبان':8,'آذر':9,'دی':10,'بهمن':11,'اسفند':12}
ORD={'یکم':1,'اول':1,'دوم':2,'سوم':3,'چهارم':4,'پنجم':5,'ششم':6,'هفتم':7,'هشتم':8,'نهم':9,'دهم':10,'یازدهم':11,'دوازدهم':12,'سیزدهم':13,'چهاردهم':14,'پانزدهم':15}
WD='|'.join(sorted(set(W),key=len,reverse=True))
pat=re.compile(r'('+WD+r')[،,]?\s+(\S+)\s+('+'|'.join(M)+r')(?:‌?ماه)?(?:\s+(۱۴۰\d))?')
def num(s):
    s=s.translate(str.maketrans('۰۱۲۳۴۵۶۷۸۹','0123456789'))
    return int(s) if s.isdigit() else ORD.get(s)
n=bad=0
for f in sorted(glob.glob('/work/u11b/texts/*.txt')):
    for m in pat.finditer(open(f).read()):
        d=num(m.group(2))
        if d is None: continue
        y=int(num(m.group(4))) if m.group(4) else 1405
        g=j2g(y,M[m.group(3)],d); ok=W[g.weekday()]==m.group(1); n+=1; bad+=not ok
        print(f.split('/')[-1],m.group(0),g,'OK' if ok else 'WRONG '+W[g.weekday()])
print('checked',n,'wrong',bad)
