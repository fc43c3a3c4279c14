import re,glob,sys
sys.path.insert(0,'.')
from jal import j2g,W
M={'فروردین':1,'اردیبهشت':2,'خرداد':3,'تیر':4,'مرداد':5,'شهریور':6,'مهر':7,'آبان':8,'آذر':9,'دی':10,'بهمن':11,'اسفند':12}
ORD={'اول':1,'دوم':2,'سوم':3,'چهارم':4,'پنجم':5,'ششم':6,'هفتم':7,'هشتم':8,'نهم':9,'دهم':10}
tr=str.maketrans('۰۱۲۳۴۵۶۷۸۹','0123456789')
for f in sorted(glob.glob('/work/u8b/texts/*.txt')):
    t=open(f).read().translate(tr)
    for m in re.finditer(r'(شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه)[،,]?\s+(\d+|'+'|'.join(ORD)+r')\s+(' + '|'.join(M)+r')',t):
        d=int(m.group(2)) if m.group(2).isdigit() else ORD[m.group(2)]
        g=j2g(1404,M[m.group(3)],d); ok=W[g.weekday()]==m.group(1)
        print(f[-9:],m.group(0),g,'OK' if ok else 'WRONG '+W[g.weekday()])
