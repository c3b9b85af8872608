"""Numbered lists: `N.task` followed by `牵头单位:…;` `责任单位:…。` lines (and 牵头领导/配合单位)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from duban.ingest.layouts.rows import Context, RowDraft, strip_number

# Label of a unit or leader line → which list it fills. A bare 责任单位 is the co-operating list
# when the item also names a 牵头单位, else the lead list.
_LABEL = re.compile(
    r"(牵头单位|牵头部门|主责单位|牵头责任单位|责任单位|责任部门|配合单位|协办单位|参与单位|责任（配合）单位|"
    r"责任\(配合\)单位|牵头领导|责任领导|分管领导|牵头区领导)\s*[:：]"
)
_ROLE = {
    "牵头单位": "lead",
    "牵头部门": "lead",
    "主责单位": "lead",
    "牵头责任单位": "lead",
    "责任单位": "units",
    "责任部门": "units",
    "配合单位": "co",
    "协办单位": "co",
    "参与单位": "co",
    "责任（配合）单位": "co",
    "责任(配合)单位": "co",
    "牵头领导": "leaders",
    "责任领导": "leaders",
    "分管领导": "leaders",
    "牵头区领导": "leaders",
}


@dataclass(slots=True)
class ListReader:
    """Collects list items line by line; items that never get a unit line are prose, not tasks."""

    context: Context
    run: int = 0
    current: RowDraft | None = None
    labelled: dict[str, list[str]] = field(default_factory=dict)
    last_seq: int = 0

    def feed(self, text: str, line: int) -> bool:
        """Take one line; False when the line is not part of a list item."""
        stripped = text.strip()
        if _LABEL.match(stripped):
            if self.current is None:
                return False
            matches = list(_LABEL.finditer(stripped))
            for number, match in enumerate(matches):
                end = matches[number + 1].start() if number + 1 < len(matches) else len(stripped)
                self.labelled.setdefault(_ROLE[match.group(1)], []).append(stripped[match.end() : end])
            return True
        number, rest = strip_number(stripped)
        if number is not None and rest:
            self.close()
            if not self.run or (number <= 1 and self.last_seq > 1):
                self.run = self.context.new_run()
            self.current = self.context.draft(number, f"第{line}行", self.run)
            self.current.text = rest.strip()
            self.last_seq = number
            return True
        if self.current is not None and not self.labelled and stripped:
            self.current.text += stripped
            return True
        self.close()
        return False

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
        self.context.drafts.append(draft)
