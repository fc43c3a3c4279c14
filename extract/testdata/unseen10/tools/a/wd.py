import re,glob,sys
sys.path.insert(0,'/work/u10a/tools')
from jal import j2g,W
FA=str.maketrans('۰۱۲۳۴۵۶۷۸۹','0123456789')
M={'آذر':9,'دی':10,'آبان':8}
n=0;bad=0
for f in sorted(glob.glob('/work/u10a/texts/*.txt')):
    t=open(f).read().translate(FA).replace('سه شنبه','سه‌شنبه')
    for m in re.finditer(r'(شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه)\s+(\d+)\s+(آذر|دی|آبان)',t):
        wd,d,mo=m.group(1),int(m.group(2)),M[m.group(3)]
        s=t[max(0,m.start()-4):m.start()]
        if wd=='شنبه' and (s.endswith('یک') or s.endswith('دو') or s.endswith('‌') or s.endswith('چهار') or s.endswith('پنج')): continue
        g=j2g(1405,mo,d); ok=W[g.weekday()]==wd; n+=1; bad+=not ok
        print(f.split('/')[-1],wd,d,m.group(3),g,'OK' if ok else 'WRONG '+W[g.weekday()])
print('checked',n,'wrong',bad)
