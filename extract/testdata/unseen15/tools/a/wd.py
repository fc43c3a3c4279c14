import re,glob
from jal import j2g,W
M={'فروردین':1,'اردیبهشت':2,'خرداد':3,'تیر':4,'مرداد':5,'شهریور':6,'مهر':7,'آبان':8,'آذر':9,'دی':10,'بهمن':11,'اسفند':12}
DG=str.maketrans('۰۱۲۳۴۵۶۷۸۹','0123456789')
WD='(شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه)'
ORD={'اول':1,'دوم':2,'سوم':3,'چهارم':4,'پنجم':5,'ششم':6,'هفتم':7,'هشتم':8,'نهم':9,'دهم':10,'یازدهم':11,'دوازدهم':12,'سیزدهم':13,'چهاردهم':14,'پانزدهم':15,'شانزدهم':16,'هفدهم':17,'هجدهم':18,'نوزدهم':19,'بیستم':20}
n=bad=0
for f in sorted(glob.glob('/work/u15a/texts/*.txt')):
    t=open(f).read()
    for m in re.finditer(WD+r'\s+([۰-۹0-9]+|\S+م)\s+(?:ماه\s+)?('+'|'.join(M)+r')(?:‌?ماه)?(?:\s+(?:ماه\s+)?(?:سال\s+)?([۰-۹0-9]{4}))?',t):
        w,d,mo,y=m.groups()
        d=int(d.translate(DG)) if d[0] in '۰۱۲۳۴۵۶۷۸۹0123456789' else ORD.get(d)
        if d is None: continue
        y=int(y.translate(DG)) if y else 1405
        g=j2g(y,M[mo],d); ok=W[g.weekday()].replace('پنجشنبه','پنجشنبه')==w.replace('پنج‌شنبه','پنجشنبه')
        n+=1; bad+=not ok
        print(f.split('/')[-1],m.group(0),g,W[g.weekday()],'OK' if ok else 'WRONG')
print('checked',n,'wrong',bad)
