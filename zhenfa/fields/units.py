"""Units of measure: what may follow a number for it to be a statistic, and where a unit is
the first character of another word instead (3条例, 10部署, 12个次要问题, 3分局).
"""

from __future__ import annotations

import re

# Units, longest first when matched; compound units stay as written (场次, 人次).
UNITS: tuple[str, ...] = (
    "个百分点", "百分点", "个工作日", "工作日", "微克/立方米", "毫克/立方米", "立方米", "平方米", "平方公里", "公里", "公顷",
    "分钟", "倍", "类", "人次", "场次", "家次", "件次", "户次", "批次", "班次", "车次", "台次", "轮次", "个次", "架次", "艘次", "航次", "人日", "大类", "课时",
    "学时", "小时", "部门", "部委", "美元", "港元", "欧元", "日元", "英镑", "元", "人", "名", "位", "件", "次", "起", "例", "项", "个", "家", "所", "份", "场",
    "部", "条", "期", "篇", "批", "天", "户", "册", "本", "套", "台", "辆", "处", "座", "支", "组", "宗", "笔", "门", "节",
    "堂", "幅", "块", "张", "封", "轮", "种", "亩", "吨", "米", "棵", "株", "艘", "卷", "分", "%", "‰",
    "首", "集", "面", "枚", "架", "间", "公斤", "千克", "栋", "幢", "票",  # 法治歌曲3首, 微视频12集, 锦旗5面, 公章69枚, 无人机3架, 调解室12间
    # 农业农村, 卫健, 水利, 能源 and 督察 reports: 生猪1200头, 种子30袋, 农药12箱/45瓶, 机井32眼, 蓄水池15口,
    # 路灯260盏, 汇编3辑, 接种1.2万剂次, 装机12万千瓦, 发电3.5亿千瓦时, 31省份, 对6单位督察, 设备2516台件/台套
    "头", "袋", "箱", "瓶", "眼", "口", "盏", "辑", "剂次", "千瓦", "千瓦时", "省份", "单位", "台件", "台套",
    "m²", "㎡", "m’",  # 拆除56737m², 1200㎡; m’ is how a copy renders m² (拆除56737m’)
)
# Units written as a symbol, read as the word a report would write (so one quantity has one unit).
UNIT_SPELLINGS: dict[str, str] = {"m²": "平方米", "㎡": "平方米", "m’": "平方米"}
# A unit followed by these characters is the start of another word (条例, 部署, 期间 …).
UNIT_WORD_BREAKS: dict[str, str] = {
    "条": "例件款文", "部": "署门分委长", "期": "间限待望", "起": "草诉来步", "名": "称义额", "处": "理置罚室分",
    "人": "民员", "家": "长庭乡属", "节": "日约点", "门": "户槛类", "本": "级部地身", "天": "津", "个": "人体性别月",
    "次": "要", "组": "织长成建", "支": "持部付", "台": "账", "套": "餐", "块": "钱", "例": "如", "元": "旦",
    "首": "届次批个位先长府要", "集": "中体团成市聚约资", "面": "向积对临貌上谈试授人", "架": "构设", "间": "隔接断",
    # 两头跑, 3口之家 / 口径 / 口岸 / 口罩 / 口号, 瓶颈, 眼光 / 眼界 / 眼前: words, not a classifier and its noun
    "头": "脑条号等", "口": "之径岸罩号头碑腔味气子令语吻", "瓶": "颈", "眼": "光界前睛下",
}
# Words after a unit that its break characters begin but that the unit counts: 1127个人民调解委员会,
# 5个人才驿站, 12个体育场所 (not 三个体现, 两个人员到位: those begin another word).
UNIT_COUNTED_WORDS: dict[str, tuple[str, ...]] = {
    "个": ("人民调解", "人民法庭", "人民监督", "人民陪审", "人民来信", "人民防线", "人才", "人大", "体育")}
# A compound unit followed by these is a shorter unit and a word (12个次要问题, 3000人日均…):
# the pattern then falls back to the shorter unit (个, 人).
COMPOUND_UNIT_BREAKS: dict[str, str] = {
    **{u: "要日月年第序数" for u in UNITS if len(u) == 2 and u.endswith("次")}, "人日": "均常",
}
# A unit that is a word's first character more often than not counts only where the word
# ends: 92.35分, 96分以上, 得95分的 (not 3分局, 分别, 分类).
UNIT_WORD_ENDS: dict[str, str] = {"分": r"(?=[^\u4e00-\u9fff]|以上|左右|的|$)", "m’": r"(?![A-Za-z])"}


def unit_pattern(unit: str) -> str:
    if unit in COMPOUND_UNIT_BREAKS:
        return re.escape(unit) + f"(?![{COMPOUND_UNIT_BREAKS[unit]}])"
    return re.escape(unit) + UNIT_WORD_ENDS.get(unit, "")


UNIT_ALT = "|".join(unit_pattern(u) for u in sorted(UNITS, key=len, reverse=True))
