import datetime
def j2g(jy,jm,jd):
    # jalaali-js algorithm
    breaks=[-61,9,38,199,426,686,756,818,1111,1181,1210,1635,2060,2097,2192,2262,2324,2394,2456,3178]
    gy=jy+621; leapJ=-14; jp=breaks[0]; jump=0
    for i in range(1,len(breaks)):
        jm_=breaks[i]; jump=jm_-jp
        if jy<jm_: break
        leapJ+=jump//33*8+(jump%33)//4; jp=jm_
    n=jy-jp; leapJ+=n//33*8+((n%33)+3)//4
    if jump%33==4 and jump-n==4: leapJ+=1
    leapG=gy//4-((gy//100+1)*3)//4-150
    march=20+leapJ-leapG
    start=datetime.date(gy,3,march)
    doy=(jm-1)*31+jd-1 if jm<=7 else 186+(jm-7)*30+jd-1
    return start+datetime.timedelta(days=doy)
W=['دوشنبه','سه‌شنبه','چهارشنبه','پنجشنبه','جمعه','شنبه','یکشنبه']
if __name__=='__main__':
    assert j2g(1404,1,1)==datetime.date(2025,3,21); assert j2g(1403,12,12)==datetime.date(2025,3,2)
    import sys
    for a in sys.argv[1:]:
        y,m,d=map(int,a.split('/')); g=j2g(y,m,d); print(a,g,W[g.weekday()])
