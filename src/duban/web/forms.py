"""Forms of the web pages; they validate input only, the services decide."""

from __future__ import annotations

import re

from django import forms

from duban.core.unit_names import normalise_unit_name
from duban.web.models import JudgementStatus
from duban.web.services.limits import NOTE_MAX, OVERRIDE_REASON_MAX, PROGRESS_TEXT_MAX


class ProgressForm(forms.Form):
    text = forms.CharField(
        label="推进情况", widget=forms.Textarea, required=False, max_length=PROGRESS_TEXT_MAX
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    action = forms.ChoiceField(choices=[("draft", "保存草稿"), ("submit", "报送"), ("attach", "上传附件")])


class OverrideForm(forms.Form):
    status = forms.ChoiceField(label="人工研判结果", choices=JudgementStatus.choices)
    reason = forms.CharField(
        label="理由（必填）", widget=forms.Textarea(attrs={"rows": 3}), max_length=OVERRIDE_REASON_MAX
    )


class PeriodForm(forms.Form):
    label = forms.CharField(label="报送期名称", max_length=50, help_text="例如 1-9月、三季度")
    start = forms.DateField(label="起始日期", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label="截止日期（统计期末）", widget=forms.DateInput(attrs={"type": "date"}))
    deadline = forms.DateTimeField(
        label="报送截止时间", required=False, widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", "不能早于起始日期")
        return data


class AttachmentForm(forms.Form):
    file = forms.FileField(label="附件（照片、PDF、Word 或 Excel，10 MB 以内）")


class ImportForm(forms.Form):
    file = forms.FileField(label="分解方案文件（.docx .xlsx .pdf .html .txt）")


# Separators the office may type between unit names in the import preview.
_UNIT_LIST = re.compile(r"[、，,；;\n]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
SECTION_LEVELS_MAX = 4


def _unit_names(value: str) -> list[str]:
    names: list[str] = []
    for piece in _UNIT_LIST.split(value or ""):
        name = normalise_unit_name(piece)
        if not name:
            continue
        if len(name) > 200:
            raise forms.ValidationError(f"「{name[:20]}…」超过200个字")
        if not _HAN.search(name):
            raise forms.ValidationError(f"「{name}」不是单位名称（应含汉字）")
        if name not in names:
            names.append(name)
    return names


class ImportRowForm(forms.Form):
    """One row of the import preview as the office corrects it: section path and unit lists as text."""

    section = forms.CharField(label="分类", required=False, max_length=1000, help_text="多级分类用“/”分隔")
    lead_units = forms.CharField(
        label="牵头单位", required=False, max_length=2000, help_text="多个单位用“、”分隔"
    )
    co_units = forms.CharField(label="配合单位", required=False, max_length=4000)

    def clean_section(self) -> list[str]:
        raw = self.cleaned_data["section"].strip()
        if not raw:
            return []
        levels = [level.strip() for level in re.split(r"\s*[/／]\s*", raw)]
        if any(not level for level in levels):
            raise forms.ValidationError("各级分类不能为空（“/”两侧都要有名称）")
        if len(levels) > SECTION_LEVELS_MAX:
            raise forms.ValidationError(f"最多{SECTION_LEVELS_MAX}级分类")
        if any(len(level) > 300 for level in levels):
            raise forms.ValidationError("每级分类不能超过300个字")
        return levels

    def clean_lead_units(self) -> list[str]:
        return _unit_names(self.cleaned_data["lead_units"])

    def clean_co_units(self) -> list[str]:
        return _unit_names(self.cleaned_data["co_units"])

    def clean(self):
        data = super().clean()
        both = [name for name in data.get("co_units") or [] if name in (data.get("lead_units") or [])]
        if both:
            self.add_error("co_units", f"「{'、'.join(both)}」已是牵头单位，不能同时为配合单位")
        return data


TARGET_KINDS = [
    ("growth_rate", "增长率"),
    ("decline_rate", "下降率"),
    ("increment", "新增量"),
    ("level", "水平值"),
    ("total", "总量"),
]
COMPARATORS = [(">=", "不低于（以上）"), ("<=", "不高于（以内）"), ("=", "等于"), ("~", "左右")]


class ImportTargetForm(forms.Form):
    """One target of a row in the import preview; `index` is the target it corrects (empty for a new one)."""

    index = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    metric = forms.CharField(label="指标", max_length=300)
    comparator = forms.ChoiceField(label="比较", choices=[("", "—"), *COMPARATORS])
    value = forms.FloatField(label="目标值")
    unit = forms.CharField(label="计量单位", max_length=50, required=False)
    kind = forms.ChoiceField(label="类型", choices=[("", "—"), *TARGET_KINDS])


ImportTargetFormSet = forms.formset_factory(ImportTargetForm, extra=1, can_delete=True, max_num=30)


class InstructionForm(forms.Form):
    text = forms.CharField(label="批示内容", widget=forms.Textarea(attrs={"rows": 3}), max_length=NOTE_MAX)
    leader_name = forms.CharField(label="批示领导（督查室代录时填写）", required=False, max_length=100)


class AssignmentForm(forms.Form):
    instruction = forms.IntegerField(widget=forms.HiddenInput, required=False)
    unit = forms.IntegerField(label="交办单位")
    due = forms.DateField(label="办理时限", widget=forms.DateInput(attrs={"type": "date"}))
    request = forms.CharField(label="交办要求", widget=forms.Textarea(attrs={"rows": 2}), max_length=NOTE_MAX)


class ReplyForm(forms.Form):
    text = forms.CharField(label="办理情况", widget=forms.Textarea(attrs={"rows": 3}), max_length=NOTE_MAX)


class CloseForm(forms.Form):
    note = forms.CharField(label="办结意见（选填）", required=False, max_length=NOTE_MAX)


class SendBackForm(forms.Form):
    reason = forms.CharField(label="退回理由", widget=forms.Textarea(attrs={"rows": 2}), max_length=NOTE_MAX)
    due = forms.DateField(label="新的办理时限", widget=forms.DateInput(attrs={"type": "date"}))


class AccountForm(forms.Form):
    """A reporter's or leader's new account; the services check the name is free and make the password."""

    username = forms.CharField(
        label="用户名", max_length=30, required=False, help_text="留空则按单位或姓名的拼音首字母生成"
    )
    name = forms.CharField(
        label="显示名称", max_length=150, required=False, help_text="例如 区发展改革委 张三"
    )
    email = forms.CharField(label="邮箱（选填，用于接收催办邮件）", max_length=254, required=False)
