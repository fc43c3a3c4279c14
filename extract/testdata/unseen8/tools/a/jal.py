import datetime
def j2g(y,m,d):
    # days from 1 Farvardin of y; anchor 1404-01-01 = 2025-03-21 (1403 leap: 30 Esfand)
    base={1403:datetime.date(2024,3,20),1404:datetime.date(2025,3,21)}[y]
    n=(m-1)*31 if m<=7 else 186+(m-7)*30
    return base+datetime.timedelta(days=n+d-1)
W=['دوشنبه','سه‌شنبه','چهارشنبه','پنجشنبه','جمعه','شنبه','یکشنبه']
if __name__=='__main__':
    print(j2g(1404,1,1), j2g(1403,12,12))
    import sys
    for a in sys.argv[1:]:
        y,m,d=map(int,a.split('/')); g=j2g(y,m,d); print(a,g,W[g.weekday()])
