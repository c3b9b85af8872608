"""Django admin: the office's back room for checking imported units, aliases, periods and history."""

from __future__ import annotations

from django.contrib import admin, messages
from simple_history.admin import SimpleHistoryAdmin

from duban.web.models import (
    Actual,
    ImportedDocument,
    Judgement,
    Leader,
    Period,
    Plan,
    Progress,
    Section,
    Target,
    Task,
    TaskLeader,
    TaskUnit,
    Unit,
    UnitAlias,
    UnitMembership,
)
from duban.web.services.units import confirm_unit


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ("code", "title", "issuer", "year", "kind", "updated_at")
    list_filter = ("year", "kind")
    search_fields = ("code", "title", "issuer")


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ("key", "plan", "order")
    list_filter = ("plan",)
    search_fields = ("key",)


class TaskUnitInline(admin.TabularInline):
    model = TaskUnit
    extra = 0
    autocomplete_fields = ("unit",)


class TaskLeaderInline(admin.TabularInline):
    model = TaskLeader
    extra = 0
    autocomplete_fields = ("leader",)


class TargetInline(admin.TabularInline):
    model = Target
    extra = 0


@admin.register(Task)
class TaskAdmin(SimpleHistoryAdmin):
    list_display = ("ref", "seq", "kind", "short_text", "section", "plan", "label")
    list_filter = ("plan", "kind")
    search_fields = ("ref", "text")
    inlines = (TaskUnitInline, TaskLeaderInline, TargetInline)

    @admin.display(description="目标任务")
    def short_text(self, task: Task) -> str:
        return task.text[:40]


class UnitAliasInline(admin.TabularInline):
    model = UnitAlias
    extra = 0


@admin.register(Unit)
class UnitAdmin(SimpleHistoryAdmin):
    list_display = ("name", "issuer", "confirmed", "created_at")
    list_filter = ("confirmed", "issuer")
    search_fields = ("name", "aliases__alias")
    inlines = (UnitAliasInline,)
    actions = ("confirm_units",)

    @admin.action(description="确认所选单位")
    def confirm_units(self, request, queryset) -> None:
        for unit in queryset:
            confirm_unit(unit=unit)
        self.message_user(request, f"已确认 {queryset.count()} 个单位", messages.SUCCESS)


@admin.register(UnitAlias)
class UnitAliasAdmin(admin.ModelAdmin):
    list_display = ("alias", "unit", "issuer")
    search_fields = ("alias", "unit__name")
    autocomplete_fields = ("unit",)


@admin.register(UnitMembership)
class UnitMembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "unit")
    autocomplete_fields = ("unit",)


@admin.register(Leader)
class LeaderAdmin(admin.ModelAdmin):
    list_display = ("name", "issuer", "user")
    search_fields = ("name",)


@admin.register(Period)
class PeriodAdmin(SimpleHistoryAdmin):
    list_display = ("label", "plan", "year", "start", "end", "deadline", "status")
    list_filter = ("status", "year")


class ActualInline(admin.TabularInline):
    model = Actual
    extra = 0


@admin.register(Progress)
class ProgressAdmin(SimpleHistoryAdmin):
    list_display = ("task", "period", "unit", "status", "label", "version", "updated_at")
    list_filter = ("period", "status")
    search_fields = ("task__text", "text")
    inlines = (ActualInline,)


@admin.register(Judgement)
class JudgementAdmin(SimpleHistoryAdmin):
    list_display = ("task", "period", "unit", "status", "override_status", "ratio", "expected")
    list_filter = ("period", "status", "override_status")
    search_fields = ("task__text", "reason")


@admin.register(ImportedDocument)
class ImportedDocumentAdmin(admin.ModelAdmin):
    list_display = ("source", "kind", "plan", "period", "task_count", "imported_at")
    list_filter = ("kind",)
