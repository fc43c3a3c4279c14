# check every "weekday [N] month" and article-date line in the texts
import re,glob,sys
from jal import j2g,W
M={'فروردین':1,'اردیبهشت':2,'خرداد':3,'تیر':4,'مرداد':5,'شهریور':6,'مهر':7,'آبان':8,'آذر':9,'دی':10,'بهمن':11,'اسفند':12}
D=str.maketrans('۰۱۲۳۴۵۶۷۸۹','0123456789')
n=bad=0
for f in sorted(glob.glob('/work/t14b/texts/*.txt')):
    t=open(f).read().translate(D)
    for m in re.finditer(r'(شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه) (\d+) (آذر|دی|آبان|بهمن)(?: (\d{4}))?',t):
        wd,d,mo,y=m.groups(); g=j2g(int(y or 1405),M[mo],int(d)); n+=1
        ok=W[g.weekday()]==wd; bad+=not ok
        print(f.split('/')[-1],m.group(0),g,W[g.weekday()],'OK' if ok else 'WRONG')
print('checked',n,'wrong',bad)
