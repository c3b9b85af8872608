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
    r"(牵头单位|牵头部门|主责单位|牵头责任单位|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位|"
    r"责任（配合）单位|责任\(配合\)单位|牵头领导|责任领导|分管领导|牵头区领导|牵头县领导|责任区领导|"
    r"责任县领导|联系领导)\s*[:：]"
)
# Label of a unit or leader line → which list it fills. A bare 责任单位 is the co-operating list
# when the item also names a 牵头单位, else the lead list.
_LABEL = re.compile(_LABEL_WORDS)
# Where labels may start inside a line: at its start, after an opening parenthesis, or after the
# end of the task sentence.
_LABELS_START = re.compile(r"(?:^|(?<=[。；;！!）)])|[（(])\s*(?=" + _LABEL_WORDS + ")")
_ROLE = {
    "牵头单位": "lead",
    "牵头部门": "lead",
    "主责单位": "lead",
    "牵头责任单位": "lead",
    "责任单位": "units",
    "责任部门": "units",
    "配合单位": "co",
    "配合部门": "co",
    "协办单位": "co",
    "参与单位": "co",
    "责任（配合）单位": "co",
    "责任(配合)单位": "co",
    "牵头领导": "leaders",
    "责任领导": "leaders",
    "分管领导": "leaders",
    "牵头区领导": "leaders",
    "牵头县领导": "leaders",
    "责任区领导": "leaders",
    "责任县领导": "leaders",
    "联系领导": "leaders",
}
_PAREN_NUMBER = re.compile(r"^\s*[（(]\s*(\d{1,3})\s*[)）]\s*(?=\S)")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def item_number(text: str) -> tuple[int, str, str] | None:
    """(number, style, rest) of a list item: 1. / 1、 ("dot"), （1） ("paren"), ① ("circled")."""
    number, rest = strip_number(text)
    if number is not None:
        return number, "dot", rest
    match = _PAREN_NUMBER.match(text)
    if match is not None:
        return int(match.group(1)), "paren", text[match.end() :]
    stripped = text.lstrip()
    if stripped and stripped[0] in _CIRCLED and len(stripped) > 1:
        return _CIRCLED.index(stripped[0]) + 1, "circled", stripped[1:]
    return None


def split_labels(text: str) -> tuple[str, str]:
    """A line cut where its labels begin: (task text, labelled part); no labels → (text, "")."""
    match = _LABELS_START.search(text)
    if match is None:
        return text, ""
    return text[: match.start()].rstrip(), text[match.end() :]


def _clean_value(value: str) -> str:
    """A labelled value without the separators and the closing parenthesis around it."""
    value = value.strip().rstrip("；;。.，,、 ")
    opened = value.count("（") + value.count("(")
    while value.endswith(("）", ")")) and value.count("）") + value.count(")") > opened:
        value = value[:-1].rstrip("；;。.，,、 ")
    return value


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

    def feed(self, text: str, line: int) -> bool:
        """Take one line; False when the line is not part of a list item."""
        stripped = text.strip()
        before, labels = split_labels(stripped)
        if labels and not before:
            if self.current is None:
                return False
            self._take_labels(labels)
            return True
        numbered = item_number(stripped)
        if numbered is not None and numbered[2].strip():
            number, style, rest = numbered
            self._start(number, style, line)
            assert self.current is not None
            text_part, labels = split_labels(rest.strip())
            self.current.text = text_part
            if labels:
                self._take_labels(labels)
            return True
        if self.current is not None and not self.labelled and stripped:
            self.current.text += before
            if labels:
                self._take_labels(labels)
            return True
        self.close()
        return False

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
        matches = list(_LABEL.finditer(labels))
        for number, match in enumerate(matches):
            end = matches[number + 1].start() if number + 1 < len(matches) else len(labels)
            value = _clean_value(labels[match.end() : end])
            self.labelled.setdefault(_ROLE[match.group(1)], []).append(value)

    def close(self) -> None:
        draft, labelled = self.current, self.labelled
        self.current, self.labelled = None, {}
        if draft is None or not labelled:
            return
        units = labelled.pop("units", [])
        if "lead" in labelled:
            labelled.setdefault("co", []).extend(units)
        else:
            labelled.setdefault("lead", []).extend(units)
        draft.lead_lines = labelled.get("lead", [])
        draft.co_lines = labelled.get("co", [])
        draft.leader_lines = labelled.get("leaders", [])
        draft.from_list = True
        self.context.drafts.append(draft)
