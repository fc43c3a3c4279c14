import re,glob
from jal import j2g,W
M={'فروردین':1,'اردیبهشت':2,'خرداد':3,'تیر':4,'مرداد':5,'شهریور':6,'مهر':7,'آبان':8,'آذر':9,'دی':10,'بهمن':11,'اسفند':12}
D=str.maketrans('۰۱۲۳۴۵۶۷۸۹','0123456789')
n=bad=0
for f in sorted(glob.glob('/work/t16b/texts/*.txt')):
    t=open(f).read().translate(D)
    for m in re.finditer(r'(یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه|شنبه)\s+(\d+)\s+(\S+?)(ماه)?\s',t):
        w,d,mo=m.group(1),int(m.group(2)),m.group(3)
        if mo not in M: continue
        g=j2g(1405,M[mo],d); n+=1
        ok=W[g.weekday()]==w
        if not ok: bad+=1
        print(f.split('/')[-1],w,d,mo,g,'OK' if ok else 'WRONG '+W[g.weekday()])
print('checked',n,'wrong',bad)
