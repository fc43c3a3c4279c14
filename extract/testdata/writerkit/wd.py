"""wd.py SET: every «weekday day month [year]» in SET/texts (day in digits or as an ordinal word, «/» allowed
between the parts as ISNA writes them) is checked against the weekday of the converted date (year 1405 when none
is written)."""
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jal import j2g, W  # noqa: E402

M = {'فروردین': 1, 'اردیبهشت': 2, 'خرداد': 3, 'تیر': 4, 'مرداد': 5, 'شهریور': 6, 'مهر': 7, 'آبان': 8, 'آذر': 9, 'دی': 10, 'بهمن': 11, 'اسفند': 12}
DG = str.maketrans('۰۱۲۳۴۵۶۷۸۹', '0123456789')
# A weekday's parts may be joined by a non-joiner, a space or nothing («سه‌شنبه», «سه شنبه», «سهشنبه»); a bare
# «شنبه» must not be the end of one of them typed with a space.
WD = '((?:یک|دو|سه|چهار|پنج)[\u200c ]?شنبه|(?<!یک )(?<!دو )(?<!سه )(?<!چهار )(?<!پنج )شنبه|جمعه)'
ORD = {'اول': 1, 'دوم': 2, 'سوم': 3, 'چهارم': 4, 'پنجم': 5, 'ششم': 6, 'هفتم': 7, 'هشتم': 8, 'نهم': 9, 'دهم': 10,
       'یازدهم': 11, 'دوازدهم': 12, 'سیزدهم': 13, 'چهاردهم': 14, 'پانزدهم': 15, 'شانزدهم': 16, 'هفدهم': 17,
       'هجدهم': 18, 'نوزدهم': 19, 'بیستم': 20}
PAT = re.compile(WD + r'\s*/?\s*([۰-۹0-9]+|\S+م)\s+(?:ماه\s+)?(' + '|'.join(M) + r')(?:‌?ماه)?(?:\s*/?\s*(?:ماه\s+)?(?:سال\s+)?([۰-۹0-9]{4}))?')


def main(D):
    n = bad = 0
    for f in sorted(glob.glob(os.path.join(D, "texts", "*.txt"))):
        for m in PAT.finditer(open(f).read()):
            w, d, mo, y = m.groups()
            d = int(d.translate(DG)) if d[0] in '۰۱۲۳۴۵۶۷۸۹0123456789' else ORD.get(d)
            if d is None:
                continue
            g = j2g(int(y.translate(DG)) if y else 1405, M[mo], d)
            ok = W[g.weekday()].replace('\u200c', '') == w.replace('\u200c', '').replace(' ', '')
            n += 1
            bad += not ok
            print(os.path.basename(f), m.group(0), g, W[g.weekday()], 'OK' if ok else 'WRONG')
    print('checked', n, 'wrong', bad)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(os.path.abspath(sys.argv[1]))
