"""Table-driven tests of statistics: hand-written report sentences, positives and negatives.

Each case is one or a few lines of a report body. It is placed under a report title (the title
line is not prose, so the body starts at the case) and run through zhenfa.extract_text. The test
asserts the exact list of statistics found, as (value, unit, qualifier, raw), and that every span
points at its raw text inside the case. Every expectation was written by reading the Chinese, not
copied from the program's output.

Rules (from the statistics issue and CONTRACT.md):
- value has 万/亿 multiplied out, and a whole number is an int (3.5万元 → 35000, not 35000.0);
- unit as written, longest first (人次 before 人, 场次 before 场); 万元/亿元 are read as 元;
- qualifier: 近 → nearly; 余, 多, 超, 超过, 逾 → over; 约 → about; 不到/不足 → under;
  达, 达到, 均为 → null; raw starts at a qualifier written before the number;
- not statistics: years, dates, times, document numbers, codes and index numbers, ordinals,
  policy and slogan names, durations, hotlines, page chrome, anything inside 《…》.

Judgement calls, stated so they can be argued with:
- 逾千人 is 1000 人 over and 百余件 is 100 件 over: 千/百 with a qualifier or 余 is a round count
  (the idioms 千家万户 and the quoted campaign “百名律师进千村” stay excluded).
- 新招录一名公务员 counts a real person (the issue lists it), while 一个 in 形成了一个良好的氛围
  is an indefinite article.
- 历时3个月 and 7×24小时 are durations, like 任教30年, not statistics.
"""

from __future__ import annotations

import pytest

import zhenfa
from zhenfa.models import ChangeDirection, Qualifier

TITLE = "成都市成华区司法局2021年法治政府建设情况报告"
PREFIX = TITLE + "\n\n"

NEARLY = Qualifier.nearly.value
OVER = Qualifier.over.value
ABOUT = Qualifier.about.value
UNDER = Qualifier.under.value

# (id, body, [(value, unit, qualifier, raw), ...]) — raw is the verbatim source text.
POSITIVES: list[tuple[str, str, list[tuple[int | float, str, str | None, str]]]] = [
    ("arabic-jian", "2021年，全市共办理行政复议案件12件。", [(12, "件", None, "12件")]),
    ("arabic-ci", "2021年组织法律顾问参与法律意见27次。", [(27, "次", None, "27次")]),
    ("decimal-wan-ming", "全年累计受益群众45.5万名。", [(455000, "名", None, "45.5万名")]),
    ("four-digits", "全年共受理各类案件2338件。", [(2338, "件", None, "2338件")]),
    ("space-before-unit", "全年开展执法检查5 次。", [(5, "次", None, "5 次")]),
    ("nearly-wan-renci", "全年累计开展法治宣传教育近50万人次。", [(500000, "人次", NEARLY, "近50万人次")]),
    # 约 and 近 that end a word (节约, 签约, 附近) qualify nothing; 大约 still does
    ("yue-jin-ending-a-word", "政府采购节约1.2亿元，签约12个项目，附近5个村庄受益，大约300人参加。",
     [(120000000, "元", None, "1.2亿元"), (12, "个", None, "12个"), (5, "个", None, "5个"), (300, "人", ABOUT, "大约300人")]),
    ("percent-ascii-da", "全市行政机关负责人出庭应诉率达100%。", [(100, "%", None, "100%")]),
    ("percent-fullwidth-dadao", "行政执法案卷评查合格率达到100％。", [(100, "%", None, "100％")]),
    ("percent-junwei", "行政执法案卷合格率均为100%。", [(100, "%", None, "100%")]),
    ("percent-words", "行政执法人员持证上岗率达到百分之九十。", [(90, "%", None, "百分之九十")]),
    ("percent-words-95", "执法人员持证率达到百分之九十五。", [(95, "%", None, "百分之九十五")]),
    ("percent-words-decimal", "执法人员持证率达到百分之九十五点五。", [(95.5, "%", None, "百分之九十五点五")]),
    ("percent-decimal", "群众对法治政府建设满意度达85.6%。", [(85.6, "%", None, "85.6%")]),
    ("percentage-points", "行政诉讼败诉率下降5个百分点。", [(5, "个百分点", None, "5个百分点")]),
    ("percentage-points-shared", "群众满意度和知晓率较上年分别提高6.3个和5.8个百分点。",
     [(6.3, "个百分点", None, "6.3个"), (5.8, "个百分点", None, "5.8个百分点")]),
    ("compound-taici-lunci-geci", "检查特种设备1,120台次，开展专项检查3轮次，检查企业2,016个次。",
     [(1120, "台次", None, "1,120台次"), (3, "轮次", None, "3轮次"), (2016, "个次", None, "2,016个次")]),
    ("compound-with-ci", "检查营运车辆3.6万辆次，排查隐患236处次，检查企业120家（次），查处违法船舶21航次，出动执法人员4,200人日。",
     [(36000, "辆次", None, "3.6万辆次"), (236, "处次", None, "236处次"), (120, "家次", None, "120家（次）"),
      (21, "航次", None, "21航次"), (4200, "人日", None, "4,200人日")]),
    # a compound unit that runs into a word is the shorter unit: 次要, 次日, 日均
    ("compound-breaks-into-a-word", "发现12个次要问题并整改；受理申请45件次日内办结；培训执法人员3000人日均学习1小时。",
     [(12, "个", None, "12个"), (45, "件", None, "45件"), (3000, "人", None, "3000人"), (1, "小时", None, "1小时")]),
    # a table row (cells separated by tabs, as the DOCX and HTML readers write them): a bare
    # figure takes its column's unit from the header; 万元 is read as 元
    ("table-header-units", "项目\t数量（件）\t金额（万元）\t同比\n行政复议\t45\t1.5\t增长5%\n行政诉讼\t1,012\t\t下降3%",
     [(45, "件", None, "45"), (15000, "元", None, "1.5"), (5, "%", None, "5%"), (1012, "件", None, "1,012"), (3, "%", None, "3%")]),
    ("table-unit-label", "类别\t（单位：人）\n律师\t120\n公证员\t35",
     [(120, "人", None, "120"), (35, "人", None, "35")]),
    ("table-ended", "项目\t数量（件）\n行政复议\t45\n以上数据均来自统计报表：\n合计 60", [(45, "件", None, "45")]),  # 合计 60: the table ended
    # scores: 分 where the word ends (not 分局, 分别, 十分, 三分之一, nor a time 10时30分)
    ("score-points", "纳税人满意度调查得分92.35分，考核得分98.5分以上，较上年提高2.1分，获得95分的好成绩。",
     [(92.35, "分", None, "92.35分"), (98.5, "分", OVER, "98.5分以上"), (2.1, "分", None, "2.1分"), (95, "分", None, "95分")]),
    ("units-juan-zhu-sou", "评查行政执法案卷412卷，补植苗木1.2万株，出动执法船2艘。",
     [(412, "卷", None, "412卷"), (12000, "株", None, "1.2万株"), (2, "艘", None, "2艘")]),
    ("space-before-wan", "全年罚没款 86.5 万元。", [(865000, "元", None, "86.5 万元")]),
    # a figure at a line's start is read, whatever ended the line before (a list number, a date)
    ("figure-after-a-line-ending-in-a-digit", "1.\n360名干部参加培训。发布于2022.12.8\n300余名群众参加。",
     [(360, "名", None, "360名"), (300, "名", OVER, "300余名")]),
    ("per-mille", "刑事案件发案率为3.2‰。", [(3.2, "‰", None, "3.2‰")]),
    ("yinei-yixia-under", "行政诉讼败诉率控制在3%以内，办理时限压缩至5个工作日以下。",
     [(3, "%", UNDER, "3%以内"), (5, "个工作日", UNDER, "5个工作日以下")]),
    # a table with a unit column (序号	指标名称	单位	数量): each row's unit is its own, 万元 read as 元
    # a table copied as text, its columns aligned with U+3000 runs
    ("table-aligned-with-spaces", "序号\u3000\u3000指标名称\u3000\u3000\u3000\u3000数量（件）\n1\u3000\u3000\u3000行政处罚案件\u3000\u3000326\n"
     "2\u3000\u3000\u3000行政强制措施\u3000\u300041", [(326, "件", None, "326"), (41, "件", None, "41")]),
    # a transposed table: the row names its unit, the columns what was counted (red team K2)
    ("table-transposed-row-unit", "事项\t行政处罚\t政府信息公开\t行政强制\n数量（件）\t75\t16\t40\n金额（万元）\t12.5\t\t3",
     [(75, "件", None, "75"), (16, "件", None, "16"), (40, "件", None, "40"), (125000, "元", None, "12.5"), (30000, "元", None, "3")]),
    # columns of periods: the row's name (without its unit) was counted, not the year
    ("table-period-columns", "项目\t2022年\t2023年\n行政复议收案（件）\t75\t96",
     [(75, "件", None, "75"), (96, "件", None, "96")]),
    ("table-unit-column", "序号\t指标名称\t单位\t数量\n1\t行政处罚案件\t件\t326\n2\t罚没款金额\t万元\t158.6\n3\t办结率\t%\t99.2",
     [(326, "件", None, "326"), (1586000, "元", None, "158.6"), (99.2, "%", None, "99.2")]),
    # a foreign currency is its own unit, 万/亿 multiplied out
    ("foreign-currency", "实际使用外资6.8亿美元，引进港资3,200万港元，获欧盟资助12万欧元。",
     [(680000000, "美元", None, "6.8亿美元"), (32000000, "港元", None, "3,200万港元"), (120000, "欧元", None, "12万欧元")]),
    ("cn-liang-ming", "为每个村（社区）配备两名律师。", [(2, "名", None, "两名")]),
    ("cn-si-xiang", "向乡镇（街道）下放四项行政处罚权。", [(4, "项", None, "四项")]),
    ("cn-yi-ming-real-count", "今年新招录一名公务员充实法制审核力量。", [(1, "名", None, "一名")]),
    ("cn-big-after-hetong", "全年共审查合同一千八百九十个。", [(1890, "个", None, "一千八百九十个")]),
    ("cn-big", "全年共审核重大行政执法决定一千八百九十个。", [(1890, "个", None, "一千八百九十个")]),
    ("cn-shi-yu-ci", "全年开展专项执法检查十余次。", [(10, "次", OVER, "十余次")]),
    ("cn-ershi-yu-ming", "全年培训二十余名法制审核人员。", [(20, "名", OVER, "二十余名")]),
    ("cn-yibaiershi", "全区共有行政执法人员一百二十名。", [(120, "名", None, "一百二十名")]),
    ("cn-wan-qian", "全年共培训三万五千人次。", [(35000, "人次", None, "三万五千人次")]),
    ("cn-bai-yu", "全年办理法律援助案件百余件。", [(100, "件", OVER, "百余件")]),
    ("cn-yu-qian", "全年开展法治讲座，参与群众逾千人。", [(1000, "人", OVER, "逾千人")]),
    ("cn-count-after-list", "为全区87个村、社区各配备两名法律顾问。",
     [(87, "个", None, "87个"), (2, "名", None, "两名")]),
    ("yu-ren", "全年为5900余人提供法律援助。", [(5900, "人", OVER, "5900余人")]),
    ("about-yue", "全年培训执法人员约200人。", [(200, "人", ABOUT, "约200人")]),
    ("under-budao", "群众投诉率不到10%。", [(10, "%", UNDER, "不到10%")]),
    ("under-buzu", "群众投诉率不足5%。", [(5, "%", UNDER, "不足5%")]),
    ("over-chaoguo", "全区超过300家企业参与法治体检。", [(300, "家", OVER, "超过300家")]),
    ("over-chao", "全区超500人参加法律知识考试。", [(500, "人", OVER, "超500人")]),
    ("over-yu", "全市逾200家企业参与营商环境评价。", [(200, "家", OVER, "逾200家")]),
    ("over-duo", "全年共开展普法活动300多场。", [(300, "场", OVER, "300多场")]),
    ("over-wan-duo", "全年共培训党员干部3万多人。", [(30000, "人", OVER, "3万多人")]),
    ("yu-wan-yuan", "全年为农民工挽回经济损失30余万元。", [(300000, "元", OVER, "30余万元")]),
    ("duo-wan-yuan", "全年发放法律援助补贴20多万元。", [(200000, "元", OVER, "20多万元")]),
    ("decimal-wan-yuan", "全年落实法律顾问经费3.5万元。", [(35000, "元", None, "3.5万元")]),
    ("decimal-yi-yuan", "全年争取法治建设项目资金1.2亿元。", [(120000000, "元", None, "1.2亿元")]),
    ("decimal-wan-float-exact", "全年受理各类诉求1.12万件。", [(11200, "件", None, "1.12万件")]),
    ("decimal-yi-float-exact", "全年争取法治建设项目资金1.13亿元。", [(113000000, "元", None, "1.13亿元")]),
    ("thousands-separator", "全年共办理行政执法案件1,234件。", [(1234, "件", None, "1,234件")]),
    ("thousands-separator-wan", "全年落实法治建设经费1,200万元。", [(12000000, "元", None, "1,200万元")]),
    ("fullwidth-digits", "全年办理案件１２件。", [(12, "件", None, "１２件")]),
    ("renci-before-ren", "全年接待来访群众1200人次。", [(1200, "人次", None, "1200人次")]),
    ("changci", "全年开展送法下乡活动36场次。", [(36, "场次", None, "36场次")]),
    ("xueshi", "全年组织执法人员培训16学时。", [(16, "学时", None, "16学时")]),
    ("xiaoshi", "全年开展法律咨询服务累计300小时。", [(300, "小时", None, "300小时")]),
    ("yuan", "全年收缴罚没款8600元。", [(8600, "元", None, "8600元")]),
    ("fen", "全年编印普法宣传资料2000余份。", [(2000, "份", OVER, "2000余份")]),
    ("hu", "全年走访企业120户。", [(120, "户", None, "120户")]),
    ("qi", "全年查处违法案件35起。", [(35, "起", None, "35起")]),
    ("suo", "全区23所中小学配备法治副校长。", [(23, "所", None, "23所")]),
    ("wei", "邀请12位人大代表旁听庭审。", [(12, "位", None, "12位")]),
    ("tiao", "全年收集意见建议136条。", [(136, "条", None, "136条")]),
    ("qi-issues", "全年举办法治讲堂12期。", [(12, "期", None, "12期")]),
    ("pian", "全年刊发法治宣传稿件80余篇。", [(80, "篇", OVER, "80余篇")]),
    ("pi", "分3批组织执法人员轮训。", [(3, "批", None, "3批")]),
    ("several-in-one-sentence", "全年共受理行政复议案件56件，办结52件，纠错率达到7.1%。",
     [(56, "件", None, "56件"), (52, "件", None, "52件"), (7.1, "%", None, "7.1%")]),
    ("jin-sannian-not-a-qualifier", "近三年来，全区共化解矛盾纠纷1200余件。", [(1200, "件", OVER, "1200余件")]),
    ("hotline-then-count", "通过12345热线受理涉法投诉1,200余件。", [(1200, "件", OVER, "1,200余件")]),
    ("hotline-12348-then-count", "拨打12348法律服务热线咨询3200余人次。", [(3200, "人次", OVER, "3200余人次")]),
    # round K: real passages and their variants
    ("ge-before-renmin-ti", "全县共有1127个人民调解委员会、3个人民法庭，建成5个人才驿站和12个体育健身场所。",
     [(1127, "个", None, "1127个"), (3, "个", None, "3个"), (5, "个", None, "5个"), (12, "个", None, "12个")]),
    ("bare-wan-yi-as-the-number", "全年培训近万人，发放资料万余份，参与群众逾万人次，挽回损失近亿元。",
     [(10000, "人", NEARLY, "近万人"), (10000, "份", OVER, "万余份"), (10000, "人次", OVER, "逾万人次"),
      (100000000, "元", NEARLY, "近亿元")]),
    ("arabic-then-qian", "罚款5千元，培训3千余人次，追回资金5千万元，服务1.2千人次。",
     [(5000, "元", None, "5千元"), (3000, "人次", OVER, "3千余人次"), (50000000, "元", None, "5千万元"),
      (1200, "人次", None, "1.2千人次")]),
    ("wan-yi-yuan", "全省地区生产总值达1.2万亿元。", [(1200000000000, "元", None, "1.2万亿元")]),
    ("thousands-grouped-with-a-space", "全年办理案件12 000件，涉及金额1 234.5万元。",
     [(12000, "件", None, "12 000件"), (12345000, "元", None, "1 234.5万元")]),
    ("units-shou-ji-mian-mei-jia-jian-gongjin",
     "创作法治歌曲3首、微视频12集，收到锦旗5面，收缴公章69枚，出动无人机3架，建成调解室12间，查扣病害猪肉200公斤、800千克。",
     [(3, "首", None, "3首"), (12, "集", None, "12集"), (5, "面", None, "5面"), (69, "枚", None, "69枚"),
      (3, "架", None, "3架"), (12, "间", None, "12间"), (200, "公斤", None, "200公斤"), (800, "千克", None, "800千克")]),
    # a table copied as text with | between its cells: the cells that carry a unit (the header row stays out)
    ("table-copied-with-bars", "受理行政复议申请涉及的事项见下表。\n申请事项  | 举报投诉处理  | 政府信息公开  |\n数量  | 75件  | 16件  |\n占新受理数比例  | 49.66%  | 10.59%  |",
     [(75, "件", None, "75件"), (16, "件", None, "16件"), (49.66, "%", None, "49.66%"), (10.59, "%", None, "10.59%")]),
    # the same table copied one cell per line (a scraper's rendering): the cells with a unit or %
    ("table-copied-one-cell-per-line", "受理行政复议申请涉及的事项见下表。\n事项 |\n举报投诉处理 |\n政府信息公开 |\n数量 |\n75件 |\n16件 |\n占比 |\n49.66% |\n10.59% |\n全年共审结案件135件。",
     [(75, "件", None, "75件"), (16, "件", None, "16件"), (49.66, "%", None, "49.66%"), (10.59, "%", None, "10.59%"),
      (135, "件", None, "135件")]),
    # the false-positive hunt on the bound, grade and frequency rules: facts that look like them
    ("amount-before-a-wei-phrase", "投入资金300万元为重点人群提供法律援助。", [(3000000, "元", None, "300万元")]),
    ("amounts-a-verb-gives", "以奖代补下达资金500万元以上支持基层司法所建设，对困难群众发放救助资金120万元以上惠及群众。",
     [(5000000, "元", OVER, "500万元以上"), (1200000, "元", OVER, "120万元以上")]),
    ("kinds-after-zhe-yi-lei", "这一类问题较为突出，共梳理出三类问题。", [(3, "类", None, "三类")]),
    ("a-run-of-results", "每季度考核连续3次位列全市第一。", [(3, "次", None, "3次")]),
    ("target-then-fact-in-one-sentence", "力争全年办结率达到95%以上，目前已办结案件300件。", [(300, "件", None, "300件")]),
    ("dong-zhuang", "排查房屋2860栋，整治危房43幢。", [(2860, "栋", None, "2860栋"), (43, "幢", None, "43幢")]),
    # the false-positive hunt on those rules: real counts that look like idioms, slogans, ranks or rates
    ("counts-that-look-like-idioms", "县政府常务会议一年两次专题听取汇报，两年三次获评先进单位。",
     [(2, "次", None, "两次"), (3, "次", None, "三次")]),
    ("counts-after-n-ge", "聚焦五个突出问题开展整治，建成两个一站式矛盾纠纷调处化解中心。",
     [(5, "个", None, "五个"), (2, "个", None, "两个")]),
    # 3000万元以上的 bounds what the projects are (a category), so only 两个 is a count (red team K2)
    ("figure-after-n-ge", "全年审查两个3000万元以上的政府投资项目，涉及资金1.2亿元。",
     [(2, "个", None, "两个"), (120000000, "元", None, "1.2亿元")]),
    ("chinese-count-after-xianhou", "我局先后两名同志获评先进个人，目前三名执法人员正在参加培训。",
     [(2, "名", None, "两名"), (3, "名", None, "三名")]),
    ("a-rate-per-time", "按照800元/次的标准发放办案补贴，培训3天/次。", [(800, "元", None, "800元"), (3, "天", None, "3天")]),
    ("a-deadline-of-24-hours", "确保24小时受理、48小时办结。", [(24, "小时", None, "24小时"), (48, "小时", None, "48小时")]),
    ("a-count-in-a-place-named-by-it", "全年新增执法车辆三台，推进法治三台建设，三台县综合行政执法局获评先进。", [(3, "台", None, "三台")]),
    # round J2: a PDF copy's spaces before 余/多; votes
    ("spaced-yu-duo", "提供法律咨询 240 余人次，化解纠纷 30 多件。", [(240, "人次", OVER, "240 余人次"), (30, "件", OVER, "30 多件")]),
    ("piao", "民主测评满意25票，基本满意3票。", [(25, "票", None, "25票"), (3, "票", None, "3票")]),
    ("buwei", "获交通运输部等4部委联合表彰。", [(4, "部委", None, "4部委")]),
    ("ren-slash-ci", "开展普法活动，受众320人/次。", [(320, "人次", None, "320人/次")]),
    ("negative-growth", "税收收入同比增长-5.3%，非税收入增长－12%。",
     [(-5.3, "%", None, "-5.3%"), (-12, "%", None, "－12%")]),
    ("percent-words-then-yishang", "执法人员持证率达到百分之九十五以上。", [(95, "%", OVER, "百分之九十五以上")]),
    # red team K2: the classifiers and units of 农业农村, 卫健, 水利, 能源 and 督察 reports; m² read as 平方米
    ("units-k2-classifiers", "出栏生猪1200头，收缴种子30袋，查扣农药12箱、45瓶，新建机井32眼，修建蓄水池15口，安装路灯260盏，编印汇编3辑。",
     [(1200, "头", None, "1200头"), (30, "袋", None, "30袋"), (12, "箱", None, "12箱"), (45, "瓶", None, "45瓶"),
      (32, "眼", None, "32眼"), (15, "口", None, "15口"), (260, "盏", None, "260盏"), (3, "辑", None, "3辑")]),
    ("units-k2-energy-and-area", "新增装机12万千瓦，发电3.5亿千瓦时，拆除56737m²，清理违建1200㎡，拆除围墙300m’。",
     [(120000, "千瓦", None, "12万千瓦"), (350000000, "千瓦时", None, "3.5亿千瓦时"), (56737, "平方米", None, "56737m²"),
      (1200, "平方米", None, "1200㎡"), (300, "平方米", None, "300m’")]),
    ("units-k2-compounds", "接种二类疫苗1.2万剂次，督察覆盖31省份，对教育局等6单位进行督察，查获产品2516 台件，检查设备120台套，整顿市场 2453 个/ 次。",
     [(12000, "剂次", None, "1.2万剂次"), (31, "省份", None, "31省份"), (6, "单位", None, "6单位"), (2516, "台件", None, "2516 台件"),
      (120, "台套", None, "120台套"), (2453, "个次", None, "2453 个/ 次")]),
    ("negative-per-mille", "全县出生率为6.12‰，自然增长率为-1.23‰。", [(6.12, "‰", None, "6.12‰"), (-1.23, "‰", None, "-1.23‰")]),
    # grades (一类…二类…三类, 二类疫苗) are no counts of kinds; 五类案件 still counts
    ("grades-are-not-counts", "其中一类占88.5%，二类占11.5%，无三类的；评定一类调委会12个，二类调委会5个；整治五类案件。",
     [(88.5, "%", None, "88.5%"), (11.5, "%", None, "11.5%"), (12, "个", None, "12个"), (5, "个", None, "5个"), (5, "类", None, "五类")]),
    # a session's number is no count of meetings (the meetings a body held are)
    ("sessions-beside-counts", "召开政府常务会议12次，出席市八届人大二次会议代表12名。",
     [(12, "次", None, "12次"), (12, "名", None, "12名")]),
    # a rule of frequency is no count; the year's total is
    ("frequency-rule-beside-totals", "坚持每月开展1次集中学法，全年共开展12次，每月例会共召开12次。",
     [(12, "次", None, "12次"), (12, "次", None, "12次")]),
    # a bound that ends its clause, a share, or a count's bound before a verb is a fact (over); a bound
    # on an amount that defines a category is not (对1000万元以上项目, 1200万元以上的案件)
    ("bounds-stated-as-facts", "挽回经济损失200万元以上，90%以上的矛盾纠纷化解在基层，培训执法人员3000人次以上，1万人以上参加。",
     [(2000000, "元", OVER, "200万元以上"), (90, "%", OVER, "90%以上"), (3000, "人次", OVER, "3000人次以上"), (10000, "人", OVER, "1万人以上")]),
    ("bounds-defining-a-category", "对1000万元以上项目实行联审，共审查项目23个；挽回损失1200万元以上的案件3件。",
     [(23, "个", None, "23个"), (3, "件", None, "3件")]),
    ("chrome-around-body",
     "首页 > 政务公开 > 法治政府建设\n发布日期：2022-03-01  浏览次数：356次\n"
     "2021年，全市共办理行政复议案件12件。\n网站标识码：5101080001  浏览次数：1523次",
     [(12, "件", None, "12件")]),
]

NEGATIVES: list[tuple[str, str]] = [
    # bare figures without a header that names their unit, or after the table has ended
    ("fen-in-words", "3分局分别开展检查，十分重视，三分之一的案件于10时30分前办结。"),
    ("table-without-header-units", "项目\t数量\t同比\n行政复议\t45\t12"),
    ("table-row-wider-than-header", "项目\t数量（件）\n行政复议\t其中\t45"),
    ("date", "2024年3月14日，区司法局召开年度法治工作会议。"),
    ("date-and-time", "会议于2023年12月4日上午10:30召开。"),
    ("doc-number", "根据〔2019〕153号文件精神，全面开展规范性文件清理。"),
    ("doc-number-space", "按照〔2020〕9 号文件要求，抓好贯彻落实。"),
    ("doc-number-full", "区政府办公室印发《关于加强法治政府建设的实施意见》（成华府办〔2020〕9号）。"),
    ("case-number", "（2021）川0108行初123号行政判决已生效。"),
    ("index-number", "本报告索引号为11510108MB1564781X/2022-00015。"),
    ("ordinal-jie", "成功承办第六届全省法治文化节。"),
    ("ordinal-di-er-pi", "我区被命名为第二批全国法治政府建设示范地区。"),
    ("ordinal-di-yi-pi", "我局入选第一批全省法治政府建设示范单位。"),
    ("ordinal-rank", "在全省法治政府建设考核中位列第5名。"),
    ("ordinal-article", "认真学习《中华人民共和国行政处罚法》第三十二条规定。"),
    ("slogan-bawu-pufa", "深入推进“八五”普法规划实施。"),
    ("slogan-sanxiang-quoted", "全面落实行政执法“三项制度”。"),
    ("slogan-sanxiang-unquoted", "全面推行行政执法三项制度。"),
    ("slogan-yijianshi-quoted", "深化“一件事一次办”改革。"),
    ("slogan-yijianshi-unquoted", "全面推进一件事一次办改革。"),
    ("slogan-liangge-sige-quoted", "深刻领悟“两个确立”的决定性意义，增强“四个意识”。"),
    ("slogan-liangge-sige-unquoted", "坚决做到两个维护，牢固树立四个意识。"),
    ("slogan-baxiang-guiding", "严格落实中央八项规定精神。"),
    ("slogan-campaign-quoted", "组织“百名律师进千村”活动。"),
    ("idiom-qianjia-wanhu", "推动法治宣传走进千家万户。"),
    ("yicixing", "全面推行一次性告知制度。"),
    ("duration-years", "张老师扎根乡村学校任教30年。"),
    ("duration-months", "专项整治行动历时3个月。"),
    ("duration-7x24", "提供7×24小时在线法律服务。"),
    ("service-circle-quoted", "打造“15分钟公共法律服务圈”。"),
    ("service-circle-unquoted", "建成城区15分钟法律服务圈和乡村半小时生活圈。"),
    ("vague-shu-shi-wan", "普法活动覆盖群众数十万人。"),
    ("vague-ji-bai", "每年受理的几百件投诉中多数涉及物业。"),
    ("hotline", "畅通12345政务服务便民热线。"),
    ("title-with-count", "印发《2023年度法治政府建设10项重点任务》。"),
    ("title-with-quote-and-count", "出台《关于推进“一网通办”的十条措施》。"),
    ("wan-without-unit", "全年惠及群众40多万。"),
    ("yibashou", "压实党政主要负责人一把手责任。"),
    ("indefinite-yige", "形成了一个良好的法治氛围。"),
    ("grade-range", "面向1-4年级学生开展法治教育。"),
    ("constitution-day-dot", "组织开展12·4宪法日宣传活动。"),
    ("constitution-day-quoted", "开展“12.4”法制宣传日活动。"),
    ("jin-sannian", "近三年来，全区法治建设成效明显。"),
    ("count-of-listed-items", "重大行政决策严格履行评估论证、征求意见、集体审议三个环节。"),
    # round K: names, ranks, slogans and idioms that begin with a numeral and a unit
    ("place-names-numeral-first", "三门县司法局深入推进法治三门建设，三台县、五台县、九台区、七台河市、三元区、五家渠市、三门峡市同步开展。"),
    ("rank-in-chinese", "考核排名全市前三名，服务指数居前五位，前十位均为本区单位。"),
    ("slogan-ge-then-figure-or-verb", "坚持三个强化，做到三个到位，实现四个100%，推进五个一工程。"),
    ("idioms-of-two-numerals", "群众三番五次上访，诉求五花八门，三天两头反映。"),
    ("service-hours", "政务大厅365天不打烊，提供24小时自助服务。"),
    # 每一名, 每一位: each, as 每一个 and 每一家 (red team O)
    # a facility named by its hours (red team Q)
    ("round-the-clock-facility", "建成24小时智慧政务服务中心，设立24小时便民服务站。"),
    ("each-one", "为每一名执法人员配备移动执法终端，每一位调解员都接受了培训。"),
    ("nav-bar-with-a-year-and-a-hotline", "全市法治宣传工作有序推进。\n首页 | 2023年 | 12345热线 | 5件事 | 政务公开"),
    # a page's furniture one cell per line: a visitor counter's bare number, a year, a hotline
    ("furniture-one-cell-per-line", "全市法治宣传工作有序推进。\n访问量 |\n128356 |\n2023年 |\n12345热线 |"),
    ("ge-before-a-slogan", "在执法中做到三个体现，全面落实两个人民满意工作要求，坚持三个性质不变。"),
    ("mixed-arabic-and-chinese-amount", "全年收缴罚没款2千5百万元。"),
    ("year-or-code-then-a-space-and-duo", "2023 多项措施落地见效，12345 多个平台联动。"),
    ("chrome-after-body", "全市法治宣传工作有序推进。\n网站标识码：5101080001  浏览次数：1523次"),
    ("chrome-inside-body", "全市法治宣传工作有序推进。\n浏览次数：356次\n行政复议工作规范开展。"),
    # red team K2: session numbers, the three sectors, rules of frequency, thresholds, slogans, phases, full marks
    ("session-ordinals", "较好地完成了县十七届人大三次会议确定的目标任务，区十八届政协五次会议以来成效明显。"),
    ("three-sectors", "推动一二三次产业融合发展，三次产业结构持续优化。"),
    ("frequency-rules", "坚持每月开展1次集中学法，每季度至少召开1次专题会议，每年至少开展2次培训。"),
    ("thresholds", "对500万元以上重大项目严格审查，对罚款1万元以上的案件进行集体讨论，以车货总重超过55吨为重点。"),
    ("thresholds-right-after-the-opening", "对单笔50万元以上支出实行集体决策，以车货总重超过55吨为重点开展治超。"),
    ("slogan-phase-full-marks", "完善五个一机制，地铁4号线2期工程加快推进，考核满分100分。"),
    ("classifier-words-after-chinese-numerals", "抓好两头，三头并进，三眼井村、五箱式变电站一口气建成，建设3口之家示范户，破解瓶颈。"),
]


def _extract(body: str) -> tuple[str, zhenfa.Report]:
    text = PREFIX + body + "\n"
    return text, zhenfa.extract_text(text)


def _expected_spans(body: str, raws: list[str]) -> list[tuple[int, int]]:
    """Where each raw is written, in order, as offsets into PREFIX + body."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for raw in raws:
        i = body.index(raw, pos)
        spans.append((len(PREFIX) + i, len(PREFIX) + i + len(raw)))
        pos = i + len(raw)
    return spans


def _assert_exact(body: str, expected: list[tuple[int | float, str, str | None, str]]) -> None:
    text, report = _extract(body)
    got = [(s.value, s.unit, s.qualifier, s.raw) for s in report.statistics]
    assert got == expected
    for s in report.statistics:
        assert text[s.span[0]:s.span[1]] == s.raw
    assert [tuple(s.span) for s in report.statistics] == _expected_spans(body, [e[3] for e in expected])
    # A whole number is an int, a fraction a float (no 11200.000000000002 from 1.12 × 10000).
    assert [type(s.value) for s in report.statistics] == [type(e[0]) for e in expected]


def test_table_size() -> None:
    assert len(POSITIVES) + len(NEGATIVES) >= 60
    assert len(NEGATIVES) >= 20
    ids = [c[0] for c in POSITIVES] + [c[0] for c in NEGATIVES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("body", "expected"), [pytest.param(b, e, id=i) for i, b, e in POSITIVES])
def test_positive(body: str, expected: list[tuple[int | float, str, str | None, str]]) -> None:
    _assert_exact(body, expected)


@pytest.mark.parametrize("body", [pytest.param(b, id=i) for i, b in NEGATIVES])
def test_not_a_statistic(body: str) -> None:
    _assert_exact(body, [])


@pytest.mark.parametrize(("body", "value", "unit", "qualifier", "raw_start"), [
    pytest.param("全年培训执法人员300人以上。", 300, "人", OVER, "300人", id="yishang-over"),
    pytest.param("全年培训执法人员200人左右。", 200, "人", ABOUT, "200人", id="zuoyou-about"),
])
def test_qualifier_after_the_unit(body: str, value: int, unit: str, qualifier: str, raw_start: str) -> None:
    text, report = _extract(body)
    assert [(s.value, s.unit, s.qualifier) for s in report.statistics] == [(value, unit, qualifier)]
    s = report.statistics[0]
    assert s.raw.startswith(raw_start)
    assert text[s.span[0]:s.span[1]] == s.raw
    assert s.span[0] == len(PREFIX) + body.index(raw_start)


@pytest.mark.parametrize(("body", "index", "subject"), [
    pytest.param("2021年组织法律顾问参与法律意见27次。", 0, "组织法律顾问参与法律意见", id="year-stripped"),
    pytest.param("全年培训执法人员约200人。", 0, "培训执法人员", id="qualifier-not-in-subject"),
    # 共有/现有 and 其中 open the clause; what was counted follows them
    pytest.param("全局共有执法人员232名，其中持证执法人员218名。", 0, "执法人员", id="gongyou-not-in-subject"),
    pytest.param("全局共有执法人员232名，其中持证执法人员218名。", 1, "持证执法人员", id="qizhong-not-in-subject"),
    # but 共享, 共青团, 共产党员 are words (the false-positive hunt); 现有规章 stays whole
    pytest.param("全市共享数据1.2万条。", 0, "全市共享数据", id="gongxiang-kept"),
    pytest.param("全局共产党员56名。", 0, "全局共产党员", id="gongchandangyuan-kept"),
    pytest.param("现有规章12部已全部完成清理。", 0, "现有规章", id="xianyou-guizhang-kept"),
    # a short verb phrase before the number counts its object after the unit (red team Q, K2)
    pytest.param("组织100名专家开展企业安全生产指导帮扶。", 0, "专家", id="object-after-the-unit"),
    pytest.param("先后召开4次法治建设专题会议。", 0, "法治建设专题会议", id="object-after-an-adverb-and-verb"),
    pytest.param("已抽查36个市级政府。", 0, "市级政府", id="object-after-yi-choucha"),
    pytest.param("先后召开法治建设专题会议4次。", 0, "先后召开法治建设专题会议", id="object-before-the-number-stays"),
    # round J2: a scope before the figure is where, not what was counted
    pytest.param("全市已有196个行政执法部门。", 0, "行政执法部门", id="scope-then-figure"),
    pytest.param("市本级1148个政务服务事项。", 0, "政务服务事项", id="scope-benji-then-figure"),
    pytest.param("区司法局办理行政复议案件12件。", 0, "区司法局办理行政复议案件", id="whole-clause"),
    pytest.param("全年共受理行政复议案件56件，办结52件，纠错率达到7.1%。", 1, "办结", id="second-clause"),
    pytest.param("全年共受理行政复议案件56件，办结52件，纠错率达到7.1%。", 2, "纠错率", id="dadao-stripped"),
    pytest.param("全年开展专项执法检查十余次。", 0, "开展专项执法检查", id="cn-numeral"),
    pytest.param("参训人数比去年增加近17万人。", 0, "参训人数", id="comparison-not-in-subject"),
    pytest.param("为3,417户企业办理缓缴税费14.2亿元。", 0, "企业办理缓缴税费", id="thousands-comma-is-no-clause-break"),
    pytest.param("全年审核刑事案件1.1万起、行政案件3.8万起。", 1, "行政案件", id="after-an-earlier-figure"),
    pytest.param("全年律师、公证员共120人。", 0, "律师、公证员", id="enumeration-without-figures-kept"),
    # a verb alone before the number: what was counted follows the unit
    pytest.param("聘请3名法律顾问。", 0, "法律顾问", id="noun-after-the-unit"),
    pytest.param("命名50个示范地区和24个示范项目。", 0, "示范地区", id="pair-of-nouns-after-units-first"),
    pytest.param("命名50个示范地区和24个示范项目。", 1, "示范项目", id="pair-of-nouns-after-units-second"),
    pytest.param("全年废止3件、修改5件。", 0, "废止", id="verb-figure-pairs-first"),
    pytest.param("全年废止3件、修改5件。", 1, "修改", id="verb-figure-pairs-second"),
    pytest.param("为8126名劳动者追发工资1.15亿元。", 0, "劳动者追发工资", id="no-link-before-the-next-figure"),
    # no noun after a duration, nor after a unit that a word took over (12件次日内), nor a whole clause
    pytest.param("提前5天完成年度任务。", 0, "提前", id="duration-takes-no-noun-after"),
    pytest.param("查处12件次日内办结案件。", 0, "查处", id="ci-ri-is-a-word"),
    # the clause after the unit is no subject; its object, up to the next verb (到), is
    pytest.param("选派3名干部到司法所挂职锻炼。", 0, "干部", id="a-clause-after-the-unit-is-no-subject"),
    pytest.param("办理时间分别压缩至3个工作日和1个工作日以内。", 1, "办理时间分别压缩至", id="second-of-a-pair-shares-the-subject"),
    pytest.param("许可事项办理时限压缩至1至3个工作日。", 0, "许可事项办理时限压缩至", id="range-low-end-not-in-subject"),
    pytest.param("项目\t数量（件）\t同比\n行政复议\t45\t增长5%", 0, "行政复议", id="table-row-name"),
    pytest.param("事项\t行政处罚\t政府信息公开\n数量（件）\t75\t16", 1, "政府信息公开", id="transposed-table-column-name"),
    pytest.param("项目\t2022年\t2023年\n行政复议收案（件）\t75\t96", 1, "行政复议收案", id="period-columns-row-name"),
    pytest.param("序号\t指标名称\t数量（件）\n1\t行政处罚案件\t326", 0, "行政处罚案件", id="table-row-name-after-its-serial-number"),
    pytest.param("序号\t指标名称\t单位\t数量\n1\t行政处罚案件\t件\t326", 0, "行政处罚案件", id="table-unit-column-row-name"),
    pytest.param("项目\t数量（件）\t同比\n行政复议\t45\t增长5%", 1, "行政复议", id="table-row-name-for-a-cell-with-unit"),
    # red team K2: a link character that ends a word stays (违法行为, 下达, 节约); the links after it go
    pytest.param("查处违法行为12起。", 0, "查处违法行为", id="weifa-xingwei-kept"),
    pytest.param("查处违法行为共计120起。", 0, "查处违法行为", id="links-after-xingwei-stripped"),
    pytest.param("省厅全年下达12亿元。", 0, "省厅全年下达", id="xiada-kept"),
    pytest.param("政府采购累计节约1.2亿元。", 0, "政府采购累计节约", id="jieyue-kept"),
    pytest.param("刑事立案降幅34.3%。", 0, "刑事立案", id="jiangfu-stripped"),
])
def test_subject(body: str, index: int, subject: str) -> None:
    _, report = _extract(body)
    assert report.statistics[index].subject == subject


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("办理时限压缩至3—5个工作日。", [(3, 5, "个工作日", "3—5个工作日")], id="em-dash"),
    pytest.param("一般事项1-3个工作日办结。", [(1, 3, "个工作日", "1-3个工作日")], id="hyphen"),
    pytest.param("满意率提高20%-30%。", [(20, 30, "%", "20%-30%")], id="unit-on-both-ends"),
    pytest.param("处罚款5万—10万元。", [(50000, 100000, "元", "5万—10万元")], id="wan-on-both-ends"),
    pytest.param("处罚款5-10万元。", [(50000, 100000, "元", "5-10万元")], id="wan-on-the-high-end-only"),
    pytest.param("每期培训10至15人。", [(10, 15, "人", "10至15人")], id="zhi"),
    # no range: years and months have no unit, a phone number none, 5-3 is no range at all
    pytest.param("落实2021-2025年规划，电话0571-88886666，1-10月受理5-3件，提前3至5个月，位列3-5名之间。", [], id="not-ranges"),
])
def test_a_range_is_one_statistic_with_its_low_end(body: str, expected: list) -> None:
    text, report = _extract(body)
    ranges = [(s.low, s.value, s.unit, s.raw) for s in report.statistics if s.low is not None]
    assert ranges == expected
    for s in report.statistics:
        assert text[s.span[0]:s.span[1]] == s.raw
    # the high end is not also a statistic of its own
    assert len([s for s in report.statistics if s.low is None and any(s.raw in r for *_, r in expected)]) == 0


@pytest.mark.parametrize(("body", "expected", "change", "compared_to"), [
    pytest.param("参训人数比去年增加近17万人。", (170000, "人", NEARLY, "近17万人"),
                 ChangeDirection.increase, "去年", id="increase-than-last-year"),
    pytest.param("行政复议纠错率下降33%。", (33, "%", None, "33%"), ChangeDirection.decrease, None, id="decrease-no-base"),
    pytest.param("行政诉讼案件比上年减少12件。", (12, "件", None, "12件"), ChangeDirection.decrease, "上年",
                 id="decrease-than-previous-year"),
    pytest.param("办理行政复议案件数量较2020年增长15%。", (15, "%", None, "15%"), ChangeDirection.increase, "2020年",
                 id="increase-than-2020"),
    pytest.param("受理案件较上年同期增长12%。", (12, "%", None, "12%"), ChangeDirection.increase, "上年同期",
                 id="increase-same-period"),
    pytest.param("行政诉讼败诉率下降5个百分点。", (5, "个百分点", None, "5个百分点"), ChangeDirection.decrease, None,
                 id="decrease-points"),
    pytest.param("项目\t数量（件）\t同比\n行政复议\t45件\t+5%", [(45, "件", None, "45件"), (5, "%", None, "5%")],
                 ChangeDirection.increase, None, id="plus-sign-in-a-cell"),
    pytest.param("全年新增法律顾问12名。", (12, "名", None, "12名"), None, None, id="xinzeng-is-not-a-change"),
    # the second of a pair (分别…和…) shares the first's change and base
    pytest.param("刑事案件和治安案件同比分别下降12.5%和8.3%。", [(12.5, "%", None, "12.5%"), (8.3, "%", None, "8.3%")],
                 ChangeDirection.decrease, "同比", id="paired-figures"),
    pytest.param("全年共受理各类案件2338件。", (2338, "件", None, "2338件"), None, None, id="plain-count"),
    # round K: the short forms of Zhejiang and Fujian reports, a net change, a fall back, a rate of growth
    pytest.param("全年受理案件数比增19.1%。", (19.1, "%", None, "19.1%"), ChangeDirection.increase, None, id="bi-zeng"),
    pytest.param("办件量同比增12%。", (12, "%", None, "12%"), ChangeDirection.increase, "同比", id="tongbi-zeng"),
    pytest.param("执法人员净增18名。", (18, "名", None, "18名"), ChangeDirection.increase, None, id="jing-zeng"),
    pytest.param("败诉率同比回落2.1个百分点。", (2.1, "个百分点", None, "2.1个百分点"), ChangeDirection.decrease, "同比",
                 id="huiluo"),
    pytest.param("网上办件量增幅达15%。", (15, "%", None, "15%"), ChangeDirection.increase, None, id="zengfu-da"),
    pytest.param("税收收入同比增长-5.3%。", (-5.3, "%", None, "-5.3%"), ChangeDirection.increase, "同比",
                 id="negative-rise-as-written"),
    # red team K2: 降幅/跌幅, 升幅/涨幅, 缩短/延长 (缩短至 is the new length, no change); a figure right after
    # a changed one, in another unit, shares its change
    pytest.param("全省刑事立案降幅34.3%。", (34.3, "%", None, "34.3%"), ChangeDirection.decrease, None, id="jiangfu"),
    pytest.param("股价跌幅为5%。", (5, "%", None, "5%"), ChangeDirection.decrease, None, id="diefu"),
    pytest.param("移送起诉人数升幅19.5%。", (19.5, "%", None, "19.5%"), ChangeDirection.increase, None, id="shengfu"),
    pytest.param("罚没款涨幅12%。", (12, "%", None, "12%"), ChangeDirection.increase, None, id="zhangfu"),
    pytest.param("办案时长缩短2.5天。", (2.5, "天", None, "2.5天"), ChangeDirection.decrease, None, id="suoduan"),
    pytest.param("服务时间延长2小时。", (2, "小时", None, "2小时"), ChangeDirection.increase, None, id="yanchang"),
    pytest.param("办理时限缩短至3个工作日。", (3, "个工作日", None, "3个工作日"), None, None, id="suoduan-zhi-is-a-level"),
    pytest.param("来访同比减少23宗166人次。", [(23, "宗", None, "23宗"), (166, "人次", None, "166人次")],
                 ChangeDirection.decrease, "同比", id="abutting-figures-share-the-change"),
])
def test_change(body: str, expected: tuple | list[tuple], change: ChangeDirection | None,
                compared_to: str | None) -> None:
    """`expected` is the one statistic, or all of them with the last under test."""
    _, report = _extract(body)
    expected = expected if isinstance(expected, list) else [expected]
    assert [(s.value, s.unit, s.qualifier, s.raw) for s in report.statistics] == expected
    s = report.statistics[-1]
    assert s.change == (change.value if change else None)
    assert s.compared_to == compared_to
