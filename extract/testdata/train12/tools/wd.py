import re,glob
from jal import j2g,W
M={'فروردین':1,'اردیبهشت':2,'خرداد':3,'تیر':4,'مرداد':5,'شهریور':6,'مهر':7,'آبان':8,'آذر':9,'دی':10,'بهمن':11,'اسفند':12}
ORD={'اول':1,'دوم':2,'سوم':3,'چهارم':4,'پنجم':5,'ششم':6,'هفتم':7,'هشتم':8,'نهم':9,'دهم':10,'یازدهم':11,'دوازدهم':12}
tr=str.maketrans('۰۱۲۳۴۵۶۷۸۹','0123456789')
WD='|'.join(['شنبه','یکشنبه','دوشنبه','سه‌شنبه','چهارشنبه','پنجشنبه','جمعه'])
n=bad=0
for f in sorted(glob.glob('/work/t12/texts/*.txt')):
    t=open(f).read().translate(tr)
    for m in re.finditer(r'(?<![\w‌])('+WD+r')\s+(\d+|'+'|'.join(ORD)+r')\s+('+'|'.join(M)+r')(?:‌?ماه)?(?:\s+(14\d\d))?',t):
        w,d,mo,y=m.groups(); d=int(d) if d.isdigit() else ORD[d]; y=int(y or 1405)
        g=j2g(y,M[mo],d); ok=W[g.weekday()]==w; n+=1; bad+=not ok
        print(f[-13:],m.group(0),g,W[g.weekday()],'OK' if ok else 'WRONG')
print('checked',n,'wrong',bad)
