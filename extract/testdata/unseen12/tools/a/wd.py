import re,glob,sys
sys.path.insert(0,'/work/u12a/tools'); from jal import j2g,W
M={'فروردین':1,'اردیبهشت':2,'خرداد':3,'تیر':4,'مرداد':5,'شهریور':6,'مهر':7,'آبان':8,'آذر':9,'دی':10,'بهمن':11,'اسفند':12}
ORD={'اول':1,'دوم':2,'سوم':3,'چهارم':4,'پنجم':5,'ششم':6,'هفتم':7,'هشتم':8,'نهم':9,'دهم':10}
tr=str.maketrans('۰۱۲۳۴۵۶۷۸۹','0123456789')
n=bad=0
for f in sorted(glob.glob('/work/u12a/texts/*.txt')):
    t=open(f).read().translate(tr)
    for m in re.finditer(r'(شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه)\s+(\d+|'+'|'.join(ORD)+r')\s+('+'|'.join(M)+r')(?:\s*ماه)?(?:\s+(\d{4}))?',t):
        wd,d,mo,y=m.groups(); d=int(d) if d.isdigit() else ORD[d]; y=int(y or 1405)
        g=j2g(y,M[mo],d); n+=1
        ok = W[g.weekday()]==wd or (wd=='شنبه' and False)
        # regex may match 'شنبه' inside 'یکشنبه' etc; compare full word preceding
        pre=t[max(0,m.start()-4):m.start()]
        if not ok: bad+=1; print('WRONG',f.split('/')[-1],m.group(0),g,W[g.weekday()],repr(pre))
        else: print('ok',f.split('/')[-1],m.group(0),g)
print('checked',n,'wrong',bad)
