"""Numbered lists: `N.task` with its units and leaders given by label (牵头单位：…).

The labels come in three places, all common in district and county plans:
- on lines of their own after the task: `牵头单位：区发展改革委；` `责任单位：…。`;
- in parentheses closing the task: `1.推进…。（牵头单位：区发展改革委；配合单位：区财政局）`;
- inline after the task sentence: `1.推进…。牵头单位：区发展改革委；配合单位：区财政局。`
Items are numbered 1. / 1、 or （1）; a `1.` item that gets no labels but is followed by `（1）`
items is a third-level heading over them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from duban.ingest.layouts.headings import Heading
from duban.ingest.layouts.rows import Context, RowDraft, strip_number

_LABEL_WORDS = (
    r"((?:[省市区县]级)?(?:牵头责任|牵头|主责|主办|承办|共同责任|协同责任|配合责任|协办责任|责任|配合|协办|参与|协同|协助|实施|数据提供|数据来源)(?:单位|部门)"
    r"|责任[（(]配合[）)](?:单位|部门)|(?:牵头负责|牵头|责任|分管|联系|包联|包保|包抓|负责)(?:[省市区县]级?)?领导)\s*[:：]"
)
# Label of a unit or leader line → which list it fills (see `_role`). A bare 责任单位 is the
# co-operating list when the item also names a 牵头单位, else the lead list.
_LABEL = re.compile(_LABEL_WORDS)
# Where labels may start inside a line: at its start, after an opening bracket, after the end of
# the task sentence, or right after the task's last word (…建设项目包抓领导：…).
_LABELS_START = re.compile(
    r"(?:(?:^|(?<=[。；;！!）)\]】，,]))\s*[（(\[【［]?|[（(\[【［]|(?<=[\u4e00-\u9fff]))\s*(?="
    + _LABEL_WORDS
    + ")"
)
# A closing group that names units by what they do instead of by label (河南, 黑龙江 plans):
# (省发改委负责) (省财政厅主办，省国税局、地税局协办) (省发展改革委牵头，省商务厅等按职责分工负责).
_ROLE_VERB = re.compile(
    r"^(?P<names>.+?)(?P<verb>牵头负责|牵头|主办|主责|按职责分工负责|按职责负责|分别负责|共同负责|"
    r"负责|协办|配合|参与)$"
)
_PROGRESS_LABEL = re.compile(
    r"^\s*(?:完成情况|进展情况|推进情况|落实情况|办理情况|工作进展|进展|进度)\s*[:：]\s*"
)
# How a paragraph reporting an item's progress opens (此项工作已完成。截至9月底…), when it has no label.
_PROGRESS_OPENING = re.compile(
    r"^\s*(?:此项工作|该项工作|该项目|项目已|截至|截止|目前|今年以来|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|"
    r"[一二三四]季度|第[一二三四]季度|上半年|前三季度|全年|已[经全]?)"
)


def _role(label: str) -> str:
    if "领导" in label:
        return "leaders"
    if "数据" in label:
        return "data"  # 数据提供单位: who supplies the figures, neither leads nor co-operates
    if "共同" in label:
        return "co"
    if "配合" in label or any(word in label for word in ("协办", "参与", "协同", "协助")):
        return "co"
    if any(word in label for word in ("牵头", "主责", "主办")):
        return "lead"
    return "units"


def role_group(text: str) -> tuple[str, dict[str, list[str]]] | None:
    """A task ending in a group of units named by their role verbs → (task text, lists by role)."""
    from duban.ingest.layouts.shapes import is_unit_list

    body = text.rstrip("。；; ")
    if not body.endswith((")", "）")):
        return None
    depth = 0
    for index in range(len(body) - 1, -1, -1):
        if body[index] in ")）":
            depth += 1
        elif body[index] in "(（":
            depth -= 1
            if depth == 0:
                break
    else:
        return None
    content = body[index + 1 : -1]
    labelled: dict[str, list[str]] = {}
    if not body[:index].strip():
        return None
    # units named without a label close the item: after its sentence (…增长7%以上。(市发展改革委)) or
    # right after its goal (…增长25%(市发改委,各县市区政府,荆州开发区)。)
    bare = is_unit_list(content)
    for part in re.split(r"[，,；;]", content):
        match = _ROLE_VERB.match(part.strip())
        if match is None or not is_unit_list(match.group("names")):
            # 1.地区生产总值增长7%以上。(市发展改革委,各县〔市、区〕政府): units named without a label
            return (body[:index].rstrip(), {"units": [content]}) if bare else None
        verb = match.group("verb")
        role = (
            "lead"
            if verb.startswith(("牵头", "主"))
            else ("co" if verb in ("协办", "配合", "参与") else "units")
        )
        labelled.setdefault(role, []).append(_clean_value(match.group("names")))
    if not labelled or not body[:index].strip():
        return None
    return body[:index].rstrip(), labelled


# The rule a plan states once for its unit lists: the first unit named leads.
_FIRST_LEADS = re.compile(
    r"[（(]?\s*(?:列|排)?(?:在)?第一(?:位|个)(?:的|者)?(?:单位)?(?:为|是)(?:牵头|主责)[^）)]{0,12}[）)]?"
)
_PAREN_NUMBER = re.compile(r"^\s*[（(]\s*(\d{1,3})\s*[)）]\s*(?=\S)")
_CN_PAREN_NUMBER = re.compile(r"^\s*[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*(?=\S)")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Numbers printed without their mark (1赵家沟…项目(包抓领导:…)) or in heading style (一、task。
# (责任单位:…)): items only when the line names its units, the number not being a figure (2021年).
_BARE_NUMBER = re.compile(
    r"^\s*(\d{1,2})(?=[\u4e00-\u9fff])(?![年月日时号个项件家所座条万亿千百元米吨户人期批次名])"
)
_TAG = re.compile(r"<[^>]*>")
# The median length of the task texts of a list of items without units (民生实事 items run to about
# 100 characters; a narrative report's numbered paragraphs to several hundred).
BARE_TEXT_MEDIAN = 150
# A dash bullet (--文化下乡。…, ——家电下乡。…) and a number alone on its line ((一) then the text).
_DASH = re.compile(r"^\s*(?:-{2}|—{1,2}|－{1,2})\s*(?=[^\s\d—\-－])")
_BARE_MARK = re.compile(r"^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,3}\s*[.．、])\s*$")
_CN_NUMBER = re.compile(r"^\s*([一二三四五六七八九十]{1,3})\s*[、.．]\s*(?=\S)")


def item_number(text: str) -> tuple[int, str, str] | None:
    """(number, style, rest) of a list item: 1. / 1、 ("dot"), （1） ("paren"), ① ("circled"),
    （一） ("cnparen"); 1赵家沟… ("dot") and 一、 ("cn") only on a line that names its units."""
    number, rest = strip_number(text)
    if number is not None:
        return number, "dot", rest
    for pattern, style in ((_BARE_NUMBER, "dot"), (_CN_NUMBER, "cn")):
        match = pattern.match(text)
        if match is not None and split_labels(text[match.end() :])[1]:
            numeral = match.group(1)
            value = int(numeral) if numeral.isdigit() else cn_number(numeral)
            return value, style, text[match.end() :]
    match = _PAREN_NUMBER.match(text)
    if match is not None:
        return int(match.group(1)), "paren", text[match.end() :]
    stripped = text.lstrip()
    if stripped and stripped[0] in _CIRCLED and len(stripped) > 1:
        return _CIRCLED.index(stripped[0]) + 1, "circled", stripped[1:]
    match = _CN_PAREN_NUMBER.match(text)
    if match is not None:
        return cn_number(match.group(1)), "cnparen", text[match.end() :]
    return None


def cn_number(numeral: str) -> int:
    """一 … 九十九 as a number (the numbering of headings and items)."""
    digits = "一二三四五六七八九"
    if "十" not in numeral:
        return digits.index(numeral) + 1 if numeral in digits else 0
    tens, _, units = numeral.partition("十")
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(units) + 1 if units else 0)


def split_labels(text: str) -> tuple[str, str]:
    """A line cut where its labels begin: (task text, labelled part); no labels → (text, "")."""
    match = _LABELS_START.search(text)
    if match is None:
        return text, ""
    return text[: match.start()].rstrip().rstrip("，,").rstrip(), text[match.end() :]


def _close_group(labels: str) -> tuple[str, str]:
    """Labels cut where the bracket opened before them closes: (labels, the text after it)."""
    depth = 0
    for index, char in enumerate(labels):
        if char in "（([【［":
            depth += 1
        elif char in "）)]】］":
            depth -= 1
            if depth < 0:
                return labels[:index], labels[index + 1 :].strip().lstrip("。；;，, ").strip()
    return labels, ""


def _clean_value(value: str) -> str:
    """A labelled value without the separators and the closing parenthesis around it."""
    value = value.strip().rstrip("；;。.，,、 ]】］")
    opened = value.count("（") + value.count("(")
    while value.endswith(("）", ")")) and value.count("）") + value.count(")") > opened:
        value = value[:-1].rstrip("；;。.，,、 ]】］")
    return value


def _split_report(draft: RowDraft) -> None:
    """An item that names its task in a short first sentence and reports on it after
    (文化下乡。从国家图书配送中心购买图书…): the rest is its progress."""
    if draft.progress:
        return
    first, mark, rest = draft.text.partition("。")
    if mark and rest.strip() and len(first) <= 30 and not re.search(r"[，,；;：:]", first):
        draft.text, draft.progress = first + mark, rest.strip()
        draft.label = draft.label or stated_verdict(draft.progress)


def stated_verdict(progress: str) -> str | None:
    """The verdict a report opens with (此项工作已完成。截至…, 该件实事已全面完成), as written."""
    from duban.ingest.layouts.lexicon import JUDGEMENT_PHRASES

    first = re.split(r"[。；;，,\n]", progress.strip(), maxsplit=1)[0].strip()
    # the clause ends with the verdict: 已完成土方路基工程 reports a stage, not the verdict
    if len(first) <= 16 and any(first.endswith(phrase) for phrase, _ in JUDGEMENT_PHRASES):
        return first
    return None


def _is_heading_text(text: str) -> bool:
    body = text.strip().rstrip("。:：")
    return bool(body) and len(body) <= 30 and not re.search(r"[。；;，,]", body)


@dataclass(slots=True)
class ListReader:
    """Collects list items line by line; items that never get a unit line are prose, not tasks."""

    context: Context
    run: int = 0
    current: RowDraft | None = None
    style: str = ""
    labelled: dict[str, list[str]] = field(default_factory=dict)
    last_seq: int = 0
    reporting: bool = False
    unlabelled: int = 0  # items closed without units or leaders: prose, not tasks
    # a unit line said once that its first unit leads (列第一位者为牵头单位，下同)
    first_leads: bool = False
    bare: list[RowDraft] = field(default_factory=list)  # those items, for a document with no other
    # the last item of this run that named its units (run, number): the next item without any is a
    # task of the same list whose unit line is missing, not prose
    last_labelled: tuple[int, int] = (0, 0)

    @property
    def bare_items(self) -> list[RowDraft]:
        """The items that named no unit, when they make a list of their own: three or more with
        Chinese text, task names rather than the long paragraphs of a narrative report."""
        items = [d for d in self.bare if re.search(r"[\u4e00-\u9fff]", _TAG.sub("", d.text))]
        lengths = sorted(len(d.text) for d in items)
        if len(items) < 3 or lengths[len(lengths) // 2] > BARE_TEXT_MEDIAN:
            return []
        return items

    def feed(self, text: str, line: int) -> bool:
        """Take one line; False when the line is not part of a list item."""
        stripped = text.strip()
        before, labels = split_labels(stripped)
        if labels and not before:
            if self.current is None:
                return False
            self._take_labels(labels)
            self.reporting = False
            return True
        numbered = item_number(stripped)
        if numbered is None and (dash := _DASH.match(stripped)) is not None:
            number = self.last_seq + 1 if self.style == "dash" and self.current is not None else 1
            numbered = (number, "dash", stripped[dash.end() :])
        if numbered is None and _BARE_MARK.match(stripped):
            numbered = item_number(stripped + "_")
            numbered = (numbered[0], numbered[1], "") if numbered is not None else None
        if numbered is not None and (numbered[2].strip() or _BARE_MARK.match(stripped)):
            number, style, rest = numbered
            self._start(number, style, line)
            assert self.current is not None
            self._take_text(rest.strip())
            return True
        if self.current is not None and stripped and (progress := self._progress_line(stripped)):
            self.current.progress = (
                progress if not self.current.progress else self.current.progress + "\n" + progress
            )
            self.reporting = True
            return True
        if self.current is not None and not self.labelled and stripped:
            self._take_text(stripped, continued=True)
            return True
        self.close()
        return False

    def _take_text(self, text: str, *, continued: bool = False) -> None:
        """The task text of an item (or a line continuing it), with the labels or the role group
        that close it."""
        assert self.current is not None
        text_part, labels = split_labels(text)
        if not labels and (group := role_group(text_part)) is not None:
            text_part, found = group
            for role, values in found.items():
                self.labelled.setdefault(role, []).extend(values)
        self.current.text = self.current.text + text_part if continued else text_part
        if labels:
            self._take_labels(labels)

    def _progress_line(self, text: str) -> str | None:
        """The progress an item's next paragraph reports: after 完成情况：, or, once the item has
        its units, a paragraph that opens like a report (此项工作已完成。截至9月底…)."""
        match = _PROGRESS_LABEL.match(text)
        if match is not None:
            return text[match.end() :].strip() or None
        if self.labelled and (self.reporting or _PROGRESS_OPENING.match(text)):
            return text
        return None

    def _start(self, number: int, style: str, line: int) -> None:
        current = self.current
        if (
            current is not None
            and not self.labelled
            and style != self.style
            and number == 1
            and _is_heading_text(current.text)
        ):
            # 1.办好十件民生实事 followed by （1）… items: the unlabelled item heads them
            self.context.heading(Heading(3, current.text.strip().rstrip("。:：")))
            self.current = None
        self.close()
        if not self.run or (number <= 1 and self.last_seq > 1) or (number == 1 and style != self.style):
            self.run = self.context.new_run()
        self.current = self.context.draft(number, f"第{line}行", self.run)
        self.style = style
        self.last_seq = number

    def _take_labels(self, labels: str) -> None:
        labels, after = _close_group(labels)
        last = list(_LABEL.finditer(labels))[-1:]
        if not after and last and (stop := labels.find("。", last[0].end())) >= 0:
            # 牵头单位：市民政局。其中，…进度较慢: the sentence after the last unit reports on the item
            labels, after = labels[:stop], labels[stop + 1 :].strip()
        if after and self.current is not None:
            # (责任单位：…)该件实事已全面完成: what follows the closed group reports on the item
            self.current.progress = (
                after if not self.current.progress else self.current.progress + "\n" + after
            )
            self.reporting = True
        if (rule := _FIRST_LEADS.search(labels)) is not None:
            self.first_leads = True
            labels = labels[: rule.start()] + labels[rule.end() :]
        matches = list(_LABEL.finditer(labels))
        for number, match in enumerate(matches):
            end = matches[number + 1].start() if number + 1 < len(matches) else len(labels)
            value = _clean_value(labels[match.end() : end])
            self.labelled.setdefault(_role(match.group(1)), []).append(value)

    def close(self) -> None:
        draft, labelled = self.current, self.labelled
        self.current, self.labelled, self.reporting = None, {}, False
        if draft is None:
            return
        if not labelled and (unit := self.context.heading_unit) is not None:
            labelled = {"lead": [unit]}  # 一、县示范区管委会牵头工作(8项) then bare numbered tasks
        if not labelled and self.last_labelled == (draft.run, draft.seq - 1) and draft.text:
            draft.from_list = True
            self.context.drafts.append(draft)  # finish() warns that it names no unit
            self.last_labelled = (draft.run, draft.seq)
            return
        if not labelled:
            self.unlabelled += 1
            if draft.text:
                _split_report(draft)
                self.bare.append(draft)
            return
        self.last_labelled = (draft.run, draft.seq)
        units = labelled.pop("units", [])
        if self.first_leads and "lead" not in labelled and units:
            from duban.core.unit_split import split_units

            names = [name for line in units for name in split_units(line)]
            labelled["lead"], units = names[:1], names[1:]
            labelled.setdefault("co", [])
        if "lead" in labelled:
            labelled.setdefault("co", []).extend(units)
        else:
            labelled.setdefault("lead", []).extend(units)
        if draft.label is None and draft.progress:
            draft.label = stated_verdict(draft.progress)
        draft.lead_lines = labelled.get("lead", [])
        draft.co_lines = labelled.get("co", [])
        draft.leader_lines = labelled.get("leaders", [])
        draft.from_list = True
        self.context.drafts.append(draft)
