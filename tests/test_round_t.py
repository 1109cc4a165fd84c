"""Round T (full-length reports whose later parts are laid out differently from the seeds).

Each expected item was read off the text by hand; offsets are checked against the text."""

from __future__ import annotations

import zhenfa

_HEAD = ("某市医疗保障局2022年度法治政府建设工作情况报告\n\n2022年，某市医疗保障局坚持依法行政。现将有关情况报告如下：\n\n"
         "一、主要举措和成效\n\n（一）完善制度体系。制定修订规范性文件9件。\n\n（二）打击欺诈骗保。追回医保基金4.86亿元。\n\n")


def _grounded(text: str, report: zhenfa.Report) -> None:
    for item in (*report.shortcomings, *report.plans):
        s, e = item.span
        assert text[s:e].strip() == text[s:e] and text[s:e]  # no blank lines carried at either end


def test_a_sub_heading_naming_the_part_over_a_semicolon_list_gives_one_item_per_piece() -> None:
    text = _HEAD + ("二、存在的问题及原因\n\n（一）存在的问题\n\n"
                    "医保基金监管形势依然严峻，部分定点医药机构违规使用医保基金问题屡查屡犯；医疗保障执法力量薄弱，专职执法人员仅39人；"
                    "医疗保障地方立法相对滞后，部分领域监管依据不够充分。\n\n（二）原因分析\n\n"
                    "一方面，医疗保障部门组建时间较短；另一方面，智能监控等信息化手段应用还不够充分。\n\n"
                    "三、2023年重点工作\n\n（一）持续强化医保基金监管。推进智能监控全覆盖。\n\n（二）加强执法队伍建设。组织开展执法人员业务培训。\n")
    r = zhenfa.extract_text(text)
    assert [text[s.span[0]:s.span[1]] for s in r.shortcomings] == [
        "医保基金监管形势依然严峻，部分定点医药机构违规使用医保基金问题屡查屡犯",
        "医疗保障执法力量薄弱，专职执法人员仅39人",
        "医疗保障地方立法相对滞后，部分领域监管依据不够充分。",
    ]
    assert all(s.path == ["二、", "（一）"] for s in r.shortcomings)  # the causes stay out
    assert [p.title for p in r.plans] == ["持续强化医保基金监管", "加强执法队伍建设"]
    _grounded(text, r)


def test_both_sub_headings_of_a_combined_part_split_their_lists() -> None:
    text = _HEAD + ("二、存在的不足和下一步工作打算\n\n（一）存在的不足\n\n"
                    "医保基金监管形势依然严峻；医疗保障执法力量薄弱，专职执法人员仅39人；医疗保障地方立法相对滞后。\n\n"
                    "（二）下一步工作打算\n\n持续强化医保基金监管，推进智能监控全覆盖；加强执法队伍建设，组织开展执法人员业务培训；"
                    "深入开展普法宣传教育，提升群众医保法治意识。\n")
    r = zhenfa.extract_text(text)
    assert [s.title for s in r.shortcomings] == ["医保基金监管形势依然严峻", "医疗保障执法力量薄弱，专职执法人员仅39人",
                                                 "医疗保障地方立法相对滞后"]
    assert [p.title for p in r.plans] == ["持续强化医保基金监管，推进智能监控全覆盖", "加强执法队伍建设，组织开展执法人员业务培训",
                                          "深入开展普法宣传教育，提升群众医保法治意识"]
    assert {p.year for p in r.plans} == {2023}
    _grounded(text, r)


def test_a_part_name_sub_heading_over_one_sentence_stays_one_item() -> None:
    text = _HEAD + "二、存在的问题及原因\n\n（一）存在的问题\n\n医保基金监管形势依然严峻，执法力量仍显薄弱。\n\n（二）原因分析\n\n组建时间较短。\n"
    r = zhenfa.extract_text(text)
    assert [s.title for s in r.shortcomings] == ["存在的问题"]
    assert r.shortcomings[0].path == ["二、", "（一）"]


def test_a_part_name_sub_heading_over_short_pieces_stays_one_item() -> None:
    # pieces too short to be problems of their own (a list of fields, not of shortcomings)
    text = _HEAD + "二、存在的问题及原因\n\n（一）存在的问题\n\n执法；普法；监督三方面仍有短板。\n\n（二）原因分析\n\n组建时间较短。\n"
    r = zhenfa.extract_text(text)
    assert [s.title for s in r.shortcomings] == ["存在的问题"]


def test_the_plans_lead_in_is_not_the_last_shortcomings_text() -> None:
    text = ("某县人力资源和社会保障局2019年法治政府建设情况报告\n\n一、2019年法治政府建设工作开展情况\n\n（一）加强学法。组织学法12次。\n\n"
            "（二）规范执法。办结案件20件。\n\n二、存在的问题和下一步打算\n\n"
            "一是劳动保障监察执法力量不足。现有执法人员9名。\n\n二是普法宣传方式较为单一。普法活动多以发放资料为主。\n\n"
            "下一步，我局将认真贯彻落实上级关于法治政府建设的各项部署，重点做好以下工作：\n\n"
            "一是加强执法队伍建设。积极争取增加执法人员编制。\n\n二是创新普法宣传方式。充分利用新媒体平台开展普法宣传。\n")
    for copy in (text, text.replace("\n", "\r\n")):
        r = zhenfa.extract_text(copy)
        s, e = r.shortcomings[-1].span
        assert copy[s:e] == "二是普法宣传方式较为单一。普法活动多以发放资料为主。"
        assert "下一步" not in r.shortcomings[-1].text
        assert [p.title for p in r.plans] == ["加强执法队伍建设", "创新普法宣传方式"]
        _grounded(copy, r)


def test_a_plans_sub_heading_skips_its_frame_and_reads_the_frames_list() -> None:
    head = ("某市医疗保障局2022年度法治政府建设工作情况报告\n\n一、主要举措和成效\n\n（一）完善制度体系。制定修订规范性文件9件。\n\n"
            "二、存在的不足和下一步工作打算\n\n（一）存在的不足\n\n医保基金监管形势依然严峻；医疗保障执法力量薄弱；医疗保障地方立法相对滞后。\n\n"
            "（二）下一步工作打算\n\n")
    r = zhenfa.extract_text(head + "下一步，我局将重点做好以下工作：\n\n持续强化医保基金监管，推进智能监控全覆盖。\n\n"
                                   "加强执法队伍建设，组织开展执法人员业务培训。\n")
    assert [p.title for p in r.plans] == ["持续强化医保基金监管，推进智能监控全覆盖", "加强执法队伍建设，组织开展执法人员业务培训"]
    r = zhenfa.extract_text(head + "下一步，我局将着力抓好以下工作：强化医保基金监管，推进智能监控全覆盖；加强执法队伍建设，组织开展培训。\n")
    assert [p.title for p in r.plans] == ["强化医保基金监管，推进智能监控全覆盖", "加强执法队伍建设，组织开展培训"]
    r = zhenfa.extract_text(head + "持续强化医保基金监管，推进智能监控全覆盖。\n")
    assert [p.title for p in r.plans] == ["下一步工作打算"]  # one task: the sub-heading is the item


_THEME = ("某市卫生健康局2024年法治政府建设情况报告\n\n一、坚持依法行政，提升卫生健康治理水平\n\n（一）完善制度体系。制定规范性文件5件。\n\n"
          "（二）规范决策程序。重大决策全部经合法性审查。\n\n二、坚持严格执法，守护人民群众健康权益\n\n"
          "（一）深化“双随机、一公开”监管。全年完成抽查任务1120户次。\n\n（二）严厉打击违法违规行为。全年立案查处违法案件342件。\n\n")


def test_a_theme_reports_closing_paragraph_gives_its_shortcomings_and_plans() -> None:
    text = _THEME + ("2024年，我局法治政府建设工作虽取得一定成效，但仍存在执法力量与监管任务不相匹配、部分医疗机构依法执业意识不强、"
                     "普法宣传的精准度有待提高等问题。2025年，我局将持续加强卫生监督执法队伍建设，深化医疗卫生行业综合监管。\n")
    r = zhenfa.extract_text(text)
    assert [text[s.span[0]:s.span[1]] for s in r.shortcomings] == [
        "执法力量与监管任务不相匹配", "部分医疗机构依法执业意识不强", "普法宣传的精准度有待提高"]
    (plan,) = r.plans
    assert text[plan.span[0]:plan.span[1]] == "2025年，我局将持续加强卫生监督执法队伍建设，深化医疗卫生行业综合监管。"
    assert plan.year == 2025
    assert r.measures[-1].text == "（二）严厉打击违法违规行为。全年立案查处违法案件342件。"  # the closing is not the last measure's
    # its figures are no targets: the year's work stays counted
    assert [s.value for s in r.statistics] == [5, 1120, 342]


def test_a_theme_reports_closing_in_two_paragraphs_and_with_a_frame_list() -> None:
    text = _THEME + ("2024年，我局法治政府建设工作虽取得一定成效，但仍存在执法力量不足、依法执业意识不强等问题。\n\n"
                     "2025年，我局将重点做好以下工作：加强卫生监督执法队伍建设；深化医疗卫生行业综合监管；创新普法宣传方式方法。\n")
    r = zhenfa.extract_text(text)
    assert [s.title for s in r.shortcomings] == ["执法力量不足", "依法执业意识不强"]
    assert [p.title for p in r.plans] == ["加强卫生监督执法队伍建设", "深化医疗卫生行业综合监管", "创新普法宣传方式方法"]


def test_a_closing_without_problems_or_about_others_or_before_more_parts_is_no_shortcoming() -> None:
    for closing in ("一年来，我局法治政府建设取得明显成效，群众满意度持续提升。\n",
                    "全市医疗卫生行业依法执业水平虽取得一定进展，但部分民营医疗机构仍存在超范围执业等问题，我局已督促整改。\n"):
        r = zhenfa.extract_text(_THEME + closing)
        assert r.shortcomings == [] and r.plans == [], closing
    # mid-report: a numbered part follows, so the paragraph is that measure's
    text = _THEME.replace("二、坚持严格执法", "虽取得一定成效，但仍存在执法力量不足、依法执业意识不强等问题。\n\n二、坚持严格执法")
    assert zhenfa.extract_text(text).shortcomings == []


def test_a_listed_shortcoming_sentence_too_long_for_the_cue_still_gives_its_items() -> None:
    text = ("XX县教育体育局2022年法治政府建设情况报告\n\n一、主要举措和成效\n\n（一）加强组织领导。召开会议5次。\n\n"
            "二、存在的不足和下一步打算\n\n虽然我局法治建设取得一定成效，但仍存在法治宣传形式较为单一、行政执法力量仍然薄弱等问题。"
            "下一步，我局将重点加强执法队伍建设，创新法治宣传形式。\n")
    r = zhenfa.extract_text(text)
    assert [s.title for s in r.shortcomings] == ["法治宣传形式较为单一", "行政执法力量仍然薄弱"]
    assert [p.title for p in r.plans] == ["下一步，我局将重点加强执法队伍建设，创新法治宣传形式"]


def test_a_closing_admission_answered_in_its_sentence_or_followed_by_more_work_stays_a_measures() -> None:
    answered = _THEME + ("评查工作虽取得一定成效，但仍存在个别执法人员程序意识不强、文书制作不规范等问题，"
                         "为此我局组织专题培训2次，逐案反馈整改。\n")
    more_work = _THEME + ("2024年，我局法治政府建设工作虽取得一定成效，但仍存在执法力量不足、普法宣传精准度不高等问题。\n\n"
                          "同时，我局全面推行“双随机、一公开”监管，抽查市场主体860户。\n")
    for text in (answered, more_work):
        r = zhenfa.extract_text(text)
        assert r.shortcomings == [] and not [s for s in r.sections if s.implicit]
        assert all(s.section and s.section[0] == "二、" for s in r.statistics[1:])  # the figures stay in the measures


def test_a_shortcomings_part_of_several_paragraphs_keeps_one_per_paragraph() -> None:
    text = _HEAD + ("二、存在的问题\n\n行政执法规范化水平有待提升。部分执法人员存在重实体轻程序、重处罚轻教育、重结果轻过程等问题。\n\n"
                    "法治宣传教育针对性不强。普法形式较为传统。\n\n执法队伍建设有待加强。执法人员年龄结构老化。\n")
    r = zhenfa.extract_text(text)
    assert [s.title for s in r.shortcomings] == ["行政执法规范化水平有待提升", "法治宣传教育针对性不强", "执法队伍建设有待加强"]


def test_a_listed_problem_in_quotation_marks_is_not_split_at_its_comma() -> None:
    text = _HEAD + ("二、存在的不足\n\n虽然我局法治建设取得一定成效，但仍存在“重审批、轻监管”“重处罚、轻教育”的执法理念尚未根本转变、"
                    "执法信息化建设滞后等问题。\n")
    r = zhenfa.extract_text(text)
    assert [s.title for s in r.shortcomings] == ["“重审批、轻监管”“重处罚、轻教育”的执法理念尚未根本转变", "执法信息化建设滞后"]


def test_a_part_name_sub_heading_over_one_item_written_with_semicolons_stays_one_item() -> None:
    evidence = _HEAD + ("二、存在的问题及原因\n\n（一）存在的问题\n\n行政执法队伍建设有待加强，现有执法人员32名，其中45岁以上的占60%；"
                        "具有法律职业资格的仅3人，难以适应执法需要。\n\n（二）原因分析\n\n组建时间较短。\n")
    examples = _HEAD + ("二、存在的问题及原因\n\n（一）存在的问题\n\n部分执法领域监管存在薄弱环节，如食品安全领域；生态环境领域；"
                        "安全生产领域，执法检查频次不足。\n\n（二）原因分析\n\n组建时间较短。\n")
    for text in (evidence, examples):
        assert [s.title for s in zhenfa.extract_text(text).shortcomings] == ["存在的问题"]
    parts = _HEAD + ("二、存在的不足和下一步工作打算\n\n（一）存在的不足\n\n执法力量不足。\n\n（二）下一步工作打算\n\n"
                     "进一步完善行政执法三项制度，严格落实行政执法公示制度；执法全过程记录制度；重大执法决定法制审核制度。\n")
    assert [p.title for p in zhenfa.extract_text(parts).plans] == ["下一步工作打算"]


def test_a_closing_admission_then_a_plans_heading_line_and_its_plans() -> None:
    text = _THEME + ("2024年，我局法治政府建设虽取得一定成效，但仍存在执法力量不足、普法针对性不强等问题。\n"
                     "2025年工作计划\n加强执法队伍建设，组织执法培训2次。\n深化普法宣传，开展“八五”普法中期评估。\n")
    r = zhenfa.extract_text(text)
    assert [s.title for s in r.shortcomings] == ["执法力量不足", "普法针对性不强"]
    assert [(p.title, p.year) for p in r.plans] == [("加强执法队伍建设，组织执法培训2次", 2025),
                                                    ("深化普法宣传，开展“八五”普法中期评估", 2025)]
    assert "2次" not in [s.raw for s in r.statistics]


def test_a_plans_part_that_first_admits_a_long_list_of_problems_gives_them() -> None:
    text = _HEAD + ("二、2023年工作计划\n\n2022年，我局工作虽然取得一定成效，但还存在执法队伍专业化水平不高、法治宣传教育覆盖面不广、"
                    "基层法治力量薄弱等问题。2023年，我局将重点做好以下工作：\n\n（一）加强执法队伍建设。\n\n（二）扩大普法覆盖面。\n")
    r = zhenfa.extract_text(text)
    assert [s.title for s in r.shortcomings] == ["执法队伍专业化水平不高", "法治宣传教育覆盖面不广", "基层法治力量薄弱"]
    assert [p.title for p in r.plans] == ["加强执法队伍建设", "扩大普法覆盖面"]
