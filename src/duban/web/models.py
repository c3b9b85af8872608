"""Database models: plans, sections, tasks, units, periods, progress and judgements.

Models hold data and their own constraints only; every write goes through `duban.web.services`.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from duban.core.status import STATUS_LABELS, choose_status, status_label


class DocumentKind(models.TextChoices):
    PLAN = "plan", "分解方案"
    PROGRESS = "progress", "进展汇总表"
    REPORT = "report", "督查报告"
    NARRATIVE = "narrative", "执行情况报告"


class TaskKind(models.TextChoices):
    INDICATOR = "indicator", "主要预期目标"
    TASK = "task", "重点工作"


class UnitRole(models.TextChoices):
    LEAD = "lead", "牵头单位"
    CO = "co", "责任（配合）单位"


class PeriodStatus(models.TextChoices):
    OPEN = "open", "填报中"
    CLOSED = "closed", "已截止"
    PUBLISHED = "published", "已发布"


class ProgressStatus(models.TextChoices):
    DRAFT = "draft", "草稿"
    SUBMITTED = "submitted", "已报送"


# DESIGN §3's status vocabulary as Django choices, built from core.status (its one definition).
JudgementStatus = models.TextChoices(
    "JudgementStatus", [(code.upper(), (code, label)) for code, label in STATUS_LABELS.items()]
)


class Plan(models.Model):
    """One issuer's decomposition plan for one year (or the plan rebuilt from a progress document)."""

    code = models.CharField("方案编号", max_length=100, unique=True)
    issuer = models.CharField("发文单位", max_length=200, blank=True, default="")
    year = models.PositiveIntegerField("年度", null=True, blank=True)
    title = models.CharField("标题", max_length=500, blank=True, default="")
    date = models.CharField("成文日期", max_length=40, blank=True, default="")
    kind = models.CharField("来源文件类型", max_length=20, choices=DocumentKind.choices)
    source = models.CharField("来源文件", max_length=500, blank=True, default="")
    source_sha256 = models.CharField(max_length=64, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "分解方案"
        verbose_name_plural = "分解方案"
        ordering = ("-year", "issuer", "pk")
        indexes = (models.Index(fields=["issuer", "year"]),)

    def __str__(self) -> str:
        # The code names the district and year (2025-涪陵区): titles alone are often the same across districts.
        return " · ".join(part for part in (self.code, self.title) if part)


class Section(models.Model):
    """A heading of the plan (一、 / (一)); `path` holds the names from the top level down."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="sections")
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="children"
    )
    name = models.CharField("名称", max_length=300)
    path = models.JSONField("路径", default=list)
    key = models.CharField("路径键", max_length=1000)
    order = models.PositiveIntegerField("顺序", default=0)

    class Meta:
        verbose_name = "分类"
        verbose_name_plural = "分类"
        ordering = ("plan", "order")
        constraints = (models.UniqueConstraint(fields=["plan", "key"], name="section_unique_path"),)

    def __str__(self) -> str:
        return " / ".join(self.path) or self.name


class Unit(models.Model):
    """A responsible unit of one issuer (区发展改革委). `confirmed` is False for names an import created."""

    issuer = models.CharField("发文单位", max_length=200, blank=True, default="")
    name = models.CharField("单位名称", max_length=200)
    short_names = models.JSONField("简称", default=list, blank=True)
    confirmed = models.BooleanField("已确认", default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "单位"
        verbose_name_plural = "单位"
        ordering = ("issuer", "name")
        constraints = (models.UniqueConstraint(fields=["issuer", "name"], name="unit_unique_name"),)

    def __str__(self) -> str:
        return self.name


class UnitAlias(models.Model):
    """Another name of a unit for one issuer (区发改委 → 区发展改革委); `alias` is stored normalised."""

    issuer = models.CharField("发文单位", max_length=200, blank=True, default="")
    alias = models.CharField("别名", max_length=200)
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="aliases")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "单位别名"
        verbose_name_plural = "单位别名"
        constraints = (models.UniqueConstraint(fields=["issuer", "alias"], name="unit_alias_unique"),)

    def __str__(self) -> str:
        return f"{self.alias} → {self.unit.name}"


class UnitMembership(models.Model):
    """A user who reports for a unit (责任单位的填报人)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="unit_memberships"
    )
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="memberships")

    class Meta:
        verbose_name = "单位填报人"
        verbose_name_plural = "单位填报人"
        constraints = (models.UniqueConstraint(fields=["user", "unit"], name="unit_membership_unique"),)


class Leader(models.Model):
    """A leader in charge of tasks (牵头领导 / 分管领导), optionally tied to a login."""

    issuer = models.CharField("发文单位", max_length=200, blank=True, default="")
    name = models.CharField("姓名", max_length=100)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="leader"
    )

    class Meta:
        verbose_name = "牵头领导"
        verbose_name_plural = "牵头领导"
        ordering = ("issuer", "name")
        constraints = (models.UniqueConstraint(fields=["issuer", "name"], name="leader_unique_name"),)

    def __str__(self) -> str:
        return self.name


class Task(models.Model):
    """One numbered row of a plan: an indicator (主要预期目标) or a task (重点工作)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    section = models.ForeignKey(
        Section, on_delete=models.PROTECT, null=True, blank=True, related_name="tasks"
    )
    ref = models.CharField("编号", max_length=100)
    seq = models.PositiveIntegerField("序号")
    part = models.CharField("部分", max_length=300, null=True, blank=True)
    category = models.CharField("类别", max_length=300, null=True, blank=True)
    kind = models.CharField("类型", max_length=20, choices=TaskKind.choices, default=TaskKind.TASK)
    text = models.TextField("目标任务")
    label = models.CharField("文件标注", max_length=50, null=True, blank=True)
    deadline = models.CharField("完成时限", max_length=200, blank=True, default="")
    order = models.PositiveIntegerField("文件中的顺序", default=0)
    units = models.ManyToManyField(Unit, through="TaskUnit", related_name="tasks")
    leaders = models.ManyToManyField(Leader, through="TaskLeader", related_name="tasks")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "目标任务"
        verbose_name_plural = "目标任务"
        ordering = ("plan", "order")
        constraints = (models.UniqueConstraint(fields=["plan", "ref"], name="task_unique_ref"),)
        indexes = (
            models.Index(fields=["plan", "section", "order"]),
            models.Index(fields=["plan", "order"]),
        )

    def __str__(self) -> str:
        return f"{self.ref} {self.text[:30]}"


class TaskUnit(models.Model):
    """A unit leading (lead) or co-operating on (co) a task, in the order the document lists them."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="task_units")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="task_units")
    role = models.CharField("角色", max_length=10, choices=UnitRole.choices)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        # Lead units before co-units, each in document order (not by the role's spelling).
        ordering = (
            "task_id",
            models.Case(models.When(role=UnitRole.LEAD, then=models.Value(0)), default=models.Value(1)),
            "order",
        )
        constraints = (models.UniqueConstraint(fields=["task", "unit", "role"], name="task_unit_unique"),)
        indexes = (models.Index(fields=["unit", "role"]),)


class TaskLeader(models.Model):
    """A leader in charge of a task, in the order the document lists them."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="task_leaders")
    leader = models.ForeignKey(Leader, on_delete=models.PROTECT, related_name="task_leaders")
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ("task", "order")
        constraints = (models.UniqueConstraint(fields=["task", "leader"], name="task_leader_unique"),)


class Target(models.Model):
    """A quantified goal in the task text (DESIGN §5 `duban targets`)."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="targets")
    order = models.PositiveIntegerField(default=0)
    metric = models.CharField("指标", max_length=300)
    value = models.FloatField("目标值", null=True, blank=True)
    upper = models.FloatField("上限", null=True, blank=True)
    unit = models.CharField("单位", max_length=50, blank=True, default="")
    base_value = models.FloatField(null=True, blank=True)
    base_unit = models.CharField(max_length=50, blank=True, default="")
    comparator = models.CharField(max_length=2, default=">=")
    kind = models.CharField(max_length=20)
    span_start = models.PositiveIntegerField(default=0)
    span_end = models.PositiveIntegerField(default=0)
    text = models.CharField("原文", max_length=500, blank=True, default="")
    soft = models.BooleanField("力争", default=False)

    class Meta:
        verbose_name = "量化指标"
        verbose_name_plural = "量化指标"
        ordering = ("task", "order")


class Period(models.Model):
    """A reporting period (报送期) such as 1-6月, with its submission deadline."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, null=True, blank=True, related_name="periods")
    issuer = models.CharField("发文单位", max_length=200, blank=True, default="")
    year = models.PositiveIntegerField("年度", null=True, blank=True)
    label = models.CharField("报送期", max_length=50)
    start = models.DateField("开始日期", null=True, blank=True)
    end = models.DateField("截止日期", null=True, blank=True)
    deadline = models.DateTimeField("报送截止时间", null=True, blank=True)
    status = models.CharField("状态", max_length=20, choices=PeriodStatus.choices, default=PeriodStatus.OPEN)
    published_at = models.DateTimeField("发布时间", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "报送期"
        verbose_name_plural = "报送期"
        ordering = ("-year", "end", "pk")
        constraints = (
            models.UniqueConstraint(
                fields=["plan", "label"], condition=Q(plan__isnull=False), name="period_unique_plan_label"
            ),
            models.UniqueConstraint(
                fields=["issuer", "year", "label"],
                condition=Q(plan__isnull=True),
                name="period_unique_issuer_label",
            ),
        )

    def __str__(self) -> str:
        return f"{self.year or ''}年{self.label}" if self.year else self.label

    @property
    def as_of(self) -> date:
        """The date the period's progress is judged at: its end, else today."""
        return self.end or timezone.localdate()


class Progress(models.Model):
    """What a unit reported for a task in a period; `version` guards concurrent edits.

    `text` is what others read: the submitted report (or, before the first submission, the unit's draft,
    which only the unit and the office see). A draft saved over a submitted report waits in `draft_text`,
    seen by the unit alone, until it is submitted.
    """

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="progress_reports")
    period = models.ForeignKey(Period, on_delete=models.CASCADE, related_name="progress_reports")
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, null=True, blank=True, related_name="progress_reports"
    )
    text = models.TextField("推进情况", blank=True, default="")
    draft_text = models.TextField("未报送的修改稿", null=True, blank=True)
    problems = models.TextField("存在问题", blank=True, default="")
    next_steps = models.TextField("下步打算", blank=True, default="")
    label = models.CharField("文件标注", max_length=50, null=True, blank=True)
    status = models.CharField(
        "状态", max_length=20, choices=ProgressStatus.choices, default=ProgressStatus.DRAFT
    )
    submitted_at = models.DateTimeField("报送时间", null=True, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    source = models.CharField("来源", max_length=500, blank=True, default="")
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "推进情况"
        verbose_name_plural = "推进情况"
        ordering = ("period", "task__order")
        constraints = (
            models.UniqueConstraint(
                fields=["task", "period", "unit"],
                condition=Q(unit__isnull=False),
                name="progress_unique_unit",
            ),
            models.UniqueConstraint(
                fields=["task", "period"], condition=Q(unit__isnull=True), name="progress_unique_task"
            ),
        )
        indexes = (
            models.Index(fields=["period", "task"]),
            models.Index(fields=["period", "status"]),
        )

    @property
    def editable_text(self) -> str:
        """What the unit goes on editing: its draft over the submitted report, else the report."""
        return self.draft_text if self.draft_text is not None else self.text


class Actual(models.Model):
    """A figure found in the progress text (1-6月建成2个)."""

    progress = models.ForeignKey(Progress, on_delete=models.CASCADE, related_name="actuals")
    order = models.PositiveIntegerField(default=0)
    metric = models.CharField("指标", max_length=300, blank=True, default="")
    value = models.FloatField("数值", null=True, blank=True)
    unit = models.CharField("单位", max_length=50, blank=True, default="")
    base_value = models.FloatField(null=True, blank=True)
    base_unit = models.CharField(max_length=50, blank=True, default="")
    kind = models.CharField(max_length=30, blank=True, default="")
    span_start = models.PositiveIntegerField(default=0)
    span_end = models.PositiveIntegerField(default=0)
    text = models.CharField("原文", max_length=500, blank=True, default="")
    cumulative = models.BooleanField(null=True, blank=True)
    period_text = models.CharField("时段", max_length=100, null=True, blank=True)
    adjusted = models.BooleanField(null=True, blank=True)

    class Meta:
        verbose_name = "实际完成"
        verbose_name_plural = "实际完成"
        ordering = ("progress", "order")


class Judgement(models.Model):
    """The judgement of a task in a period (or, with `unit`, of one unit's own report): duban's automatic
    status, the office's own label from the document the progress came from, and a person's override,
    each kept beside the others. Which one is the task's status is core.status.choose_status."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="judgements")
    period = models.ForeignKey(Period, on_delete=models.CASCADE, related_name="judgements")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, null=True, blank=True, related_name="judgements")
    status = models.CharField("研判结果", max_length=20, choices=JudgementStatus.choices)
    label = models.CharField("结果说明", max_length=50, blank=True, default="")
    ratio = models.FloatField("完成比例", null=True, blank=True)
    expected = models.FloatField("序时进度", null=True, blank=True)
    reason = models.TextField("理由", blank=True, default="")
    evidence = models.JSONField("依据", default=list, blank=True)
    warnings = models.JSONField("提示", default=list, blank=True)
    judged_at = models.DateTimeField("研判时间", null=True, blank=True)
    office_status = models.CharField(
        "督查室研判结果", max_length=20, choices=JudgementStatus.choices, null=True, blank=True
    )
    office_label = models.CharField("督查室原文标注", max_length=50, blank=True, default="")
    override_status = models.CharField(
        "人工研判结果", max_length=20, choices=JudgementStatus.choices, null=True, blank=True
    )
    override_reason = models.TextField("人工研判理由", blank=True, default="")
    overridden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    overridden_at = models.DateTimeField("人工研判时间", null=True, blank=True)
    # The office confirmed the status shown (automatic or the document's label) without changing it; the
    # confirmation holds while the task still shows that status.
    confirmed_status = models.CharField(
        "已确认的研判结果", max_length=20, choices=JudgementStatus.choices, null=True, blank=True
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    confirmed_at = models.DateTimeField("确认时间", null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "研判结果"
        verbose_name_plural = "研判结果"
        ordering = ("period", "task__order")
        constraints = (
            models.UniqueConstraint(
                fields=["task", "period", "unit"],
                condition=Q(unit__isnull=False),
                name="judgement_unique_unit",
            ),
            models.UniqueConstraint(
                fields=["task", "period"], condition=Q(unit__isnull=True), name="judgement_unique_task"
            ),
        )
        indexes = (
            models.Index(fields=["period", "status"]),
            models.Index(fields=["period", "override_status"]),
            models.Index(fields=["period", "task"]),
        )

    @property
    def effective_status(self) -> str:
        """The task's status: the override, else the office's label, else the automatic status."""
        return choose_status(override=self.override_status, office=self.office_status, automatic=self.status)

    @property
    def effective_label(self) -> str:
        return status_label(self.effective_status)

    @property
    def effective_reason(self) -> str:
        """Why: the override's reason, else the automatic reason when it agrees with the status shown."""
        if self.override_status:
            return self.override_reason or self.reason
        if self.office_status and self.office_status != self.status:
            return ""
        return self.reason

    @property
    def is_overridden(self) -> bool:
        return bool(self.override_status)

    @property
    def is_confirmed(self) -> bool:
        """The office confirmed the status the task shows now (not overridden, not changed since)."""
        return not self.override_status and self.confirmed_status == self.effective_status


class ImportedDocument(models.Model):
    """A record of each `duban import`: what was read, into which plan and period, with its warnings."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="documents")
    period = models.ForeignKey(
        Period, on_delete=models.SET_NULL, null=True, blank=True, related_name="documents"
    )
    source = models.CharField("来源文件", max_length=500)
    sha256 = models.CharField(max_length=64)
    kind = models.CharField(max_length=20, choices=DocumentKind.choices)
    task_count = models.PositiveIntegerField(default=0)
    warnings = models.JSONField(default=list, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "导入记录"
        verbose_name_plural = "导入记录"
        ordering = ("-imported_at",)


class AssessmentScheme(models.Model):
    """A plan's assessment rules (考核方案) as the JSON core.assessment validates; every change kept."""

    plan = models.OneToOneField(Plan, on_delete=models.CASCADE, related_name="assessment_scheme")
    rules = models.JSONField("考核方案")
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField("修改时间", auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "考核方案"
        verbose_name_plural = "考核方案"


class AssessmentAdjustment(models.Model):
    """Points the office gives a unit by hand, with the reason: for a manual item of the scheme (红牌,
    领导评价) or free-standing. A withdrawn adjustment stays, marked, and every change is kept."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="assessment_adjustments")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="assessment_adjustments")
    period = models.ForeignKey(
        Period, on_delete=models.SET_NULL, null=True, blank=True, related_name="assessment_adjustments"
    )
    item = models.CharField("考核项目", max_length=50, blank=True, default="")
    points = models.DecimalField("分值", max_digits=7, decimal_places=2)
    reason = models.TextField("理由")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField("录入时间", auto_now_add=True)
    withdrawn_at = models.DateTimeField("撤销时间", null=True, blank=True)
    withdrawn_reason = models.TextField("撤销理由", blank=True, default="")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "考核调整"
        verbose_name_plural = "考核调整"
        ordering = ("plan", "unit", "created_at", "pk")
        indexes = (models.Index(fields=["plan", "unit"]),)


class AssignmentStatus(models.TextChoices):
    ASSIGNED = "assigned", "已交办"
    REPLIED = "replied", "已回复"
    RETURNED = "returned", "退回重办"
    CLOSED = "closed", "已办结"


class Instruction(models.Model):
    """A leader's 批示 on a task, written in a period (the office may record one a leader gave on paper)."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="instructions")
    period = models.ForeignKey(
        Period, on_delete=models.SET_NULL, null=True, blank=True, related_name="instructions"
    )
    text = models.TextField("批示内容")
    leader_name = models.CharField("批示领导", max_length=100)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    written_at = models.DateTimeField("批示时间", auto_now_add=True)

    class Meta:
        verbose_name = "领导批示"
        verbose_name_plural = "领导批示"
        ordering = ("written_at", "pk")


class Assignment(models.Model):
    """A 交办: the office hands a task (usually a leader's 批示 on it) to a unit with a due date; the unit
    replies; the office closes it or sends it back (回头看). Every step is an AssignmentStep."""

    instruction = models.ForeignKey(
        Instruction, on_delete=models.CASCADE, null=True, blank=True, related_name="assignments"
    )
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="assignments")
    period = models.ForeignKey(
        Period, on_delete=models.SET_NULL, null=True, blank=True, related_name="assignments"
    )
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="assignments")
    request = models.TextField("交办要求")
    due = models.DateField("办理时限")
    status = models.CharField(
        "办理状态", max_length=10, choices=AssignmentStatus.choices, default=AssignmentStatus.ASSIGNED
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    assigned_at = models.DateTimeField("交办时间", auto_now_add=True)
    closed_at = models.DateTimeField("办结时间", null=True, blank=True)

    class Meta:
        verbose_name = "交办事项"
        verbose_name_plural = "交办事项"
        ordering = ("assigned_at", "pk")
        indexes = (models.Index(fields=["period", "status"]), models.Index(fields=["unit", "status"]))

    @property
    def is_open(self) -> bool:
        return self.status != AssignmentStatus.CLOSED

    def is_overdue(self, today: date | None = None) -> bool:
        return self.is_open and self.due < (today or timezone.localdate())

    @property
    def last_step(self) -> AssignmentStep | None:
        steps = list(self.steps.all())
        return steps[-1] if steps else None


class AssignmentStep(models.Model):
    """One step of a 交办, kept as its history: assigned, replied, returned (with the new due date), closed."""

    class Kind(models.TextChoices):
        ASSIGNED = "assigned", "交办"
        REPLIED = "replied", "单位回复"
        RETURNED = "returned", "退回重办（回头看）"
        CLOSED = "closed", "办结"

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="steps")
    kind = models.CharField("环节", max_length=10, choices=Kind.choices)
    text = models.TextField("内容", blank=True, default="")
    due = models.DateField("办理时限", null=True, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    at = models.DateTimeField("时间", auto_now_add=True)

    class Meta:
        verbose_name = "交办环节"
        verbose_name_plural = "交办环节"
        ordering = ("at", "pk")
