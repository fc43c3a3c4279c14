import re,glob,sys
sys.path.insert(0,'/work/t14a/tools'); from jal import j2g
W=['دوشنبه','سه‌شنبه','چهارشنبه','پنجشنبه','جمعه','شنبه','یکشنبه']
M={'فروردین':1,'اردیبهشت':2,'خرداد':3,'تیر':4,'مرداد':5,'شهریور':6,'مهر':7,'آبان':8,'آذر':9,'دی':10,'بهمن':11,'اسفند':12}
ORD={'یکم':1,'اول':1,'دوم':2,'سوم':3,'چهارم':4,'پنجم':5,'ششم':6,'هفتم':7,'هشتم':8,'نهم':9,'دهم':10,'یازدهم':11,'دوازدهم':12,'سیزدهم':13,'چهاردهم':14}
dig=str.maketrans('۰۱۲۳۴۵۶۷۸۹','0123456789')
n=bad=0
for f in sorted(glob.glob('/work/t14a/texts/*.txt')):
    t=open(f).read(); art=t.split('\n')[0].split()[1]
    for m in re.finditer(r'(یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه|شنبه)\s+(\S+)\s+(فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)',t):
        wd,d,mo=m.groups(); d=d.translate(dig)
        d=int(d) if d.isdigit() else ORD[d]
        g=j2g(1405,M[mo],d); ok=W[g.weekday()]==wd; n+=1; bad+=not ok
        print(f[-13:],wd,d,mo,g,'OK' if ok else 'WRONG','(article %s)'%art)
print('checked',n,'wrong',bad)
