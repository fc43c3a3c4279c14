import re,glob,sys
sys.path.insert(0,'/work/u14a/tools')
from jal import j2g,W
fa=str.maketrans('۰۱۲۳۴۵۶۷۸۹','0123456789')
n=bad=0
for f in sorted(glob.glob('/work/u14a/texts/*.txt')):
    t=open(f).read().translate(fa)
    for m in re.finditer(r'(یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه|شنبه)\s*/?\s*(\d+)\s+آذر',t):
        g=j2g(1405,9,int(m.group(2))); n+=1
        ok=W[g.weekday()]==m.group(1)
        if not ok: bad+=1
        print(f.split('/')[-1],m.group(0),g,W[g.weekday()],'OK' if ok else 'WRONG')
print('checked',n,'wrong',bad)
