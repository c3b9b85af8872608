"""Forms of the web pages; they validate input only, the services decide."""

from __future__ import annotations

from django import forms

from duban.web.models import JudgementStatus
from duban.web.services.limits import OVERRIDE_REASON_MAX, PROGRESS_TEXT_MAX


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
