"""How a date is written: pattern sources shared by the layout (a sign-off date ends the
report), the header (the publication date), the date reader and the report checks.

Sources, not compiled patterns: each user embeds them in its own line pattern.
"""

from __future__ import annotations

# 二〇二三年元月六日: 元月 is January, as sign-offs write it.
CN_MONTH = r"(?:[一二三四五六七八九十]{1,2}|元)"
CN_DAY = r"[一二三四五六七八九十]{1,3}"
# 二〇二三年一月十日 (the year's first digit is 一 or 二: 1990–2100; 〇 and ○ are both written)
CN_DATE = rf"[〇○零一二][〇○零一二三四五六七八九]{{3}}年{CN_MONTH}月{CN_DAY}日"
# 2023年1月10日, 2023-01-10, 2023/1/10, 2023.01.10 (on the width-folded view)
ARABIC_DATE = r"(?:19|20)\d\d ?[-/.年] ?\d{1,2} ?[-/.月] ?\d{1,2} ?日?"
# A sign-off's date: 2023年1月10日, 2023.3.15, 2023-03-15 or 二〇二三年一月十日; some give the month only.
SIGN_OFF_DATE = rf"(?:{ARABIC_DATE}|{CN_DATE}|(?:19|20)\d\d ?年 ?\d{{1,2}} ?月|[〇○零一二][〇○零一二三四五六七八九]{{3}}年{CN_MONTH}月)"
