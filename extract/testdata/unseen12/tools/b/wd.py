import re,glob,sys
sys.path.insert(0,'/work/u12b/tools'); from jal import j2g,W
M={'فروردین':1,'اردیبهشت':2,'خرداد':3,'تیر':4,'مرداد':5,'شهریور':6,'مهر':7,'آبان':8,'آذر':9,'دی':10,'بهمن':11,'اسفند':12}
ORD={'اول':1,'دوم':2,'سوم':3,'چهارم':4,'پنجم':5,'ششم':6,'هفتم':7,'هشتم':8,'نهم':9,'دهم':10,'یازدهم':11,'دوازدهم':12,'سیزدهم':13,'چهاردهم':14,'پانزدهم':15}
tr=str.maketrans('۰۱۲۳۴۵۶۷۸۹','0123456789')
n=bad=0
for f in sorted(glob.glob('/work/u12b/texts/*.txt')):
    t=open(f).read().translate(tr)
    for m in re.finditer(r'(شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه)\s+(\d+|'+'|'.join(ORD)+r')\s+(آذر|دی|آبان|بهمن)(ماه)?(\s+(\d{4}))?',t):
        wd,d,mo,y=m.group(1),m.group(2),m.group(3),m.group(6) or '1405'
        d=int(d) if d.isdigit() else ORD[d]
        g=j2g(int(y),M[mo],d); n+=1
        ok=W[g.weekday()]==wd or (wd=='شنبه' and False)
        if not ok: bad+=1
        print(f.split('/')[-1],m.group(0),g,W[g.weekday()],'OK' if ok else 'WRONG')
print('checked',n,'wrong',bad)
