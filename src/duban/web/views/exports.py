"""`?format=xlsx` on a list page: the same rows the page lists (all of them, not one page), as a workbook."""

from __future__ import annotations

from collections.abc import Sequence

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

from duban.core.status import status_label, traffic_light
from duban.reports.listing import Listing, listing_workbook

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_LIGHTS = {"red": "红灯", "yellow": "黄灯", "green": "绿灯", "": ""}
_DIRECTIONS = {"improved": "好转", "worsened": "退步", "same": "持平"}


def wants_xlsx(request) -> bool:
    return request.GET.get("format") == "xlsx"


def xlsx_response(filename: str, listings: Sequence[Listing]) -> HttpResponse:
    response = HttpResponse(listing_workbook(listings), content_type=XLSX)
    response["Content-Disposition"] = content_disposition_header(True, f"{filename}.xlsx")
    return response


def _when(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def _units(task, role: str) -> str:
    return "、".join(tu.unit.name for tu in task.task_units.all() if tu.role == role)


def task_rows(tasks) -> Listing:
    """The task list: one row per task with its people, status, light and the previous period's status."""
    return Listing(
        "目标任务",
        ["序号", "分类", "目标任务", "牵头领导", "牵头单位", "配合单位", "本期研判", "预警", "上期研判"],
        [
            [
                t.ref,
                t.section.key if t.section else "",
                t.text,
                "、".join(tl.leader.name for tl in t.task_leaders.all()),
                _units(t, "lead"),
                _units(t, "co"),
                status_label(t.cur_status),
                _LIGHTS[traffic_light(t.cur_status, getattr(t, "cur_warning", False))],
                status_label(t.prev_status) if t.prev_status else "",
            ]
            for t in tasks
        ],
    )


def review_rows(tasks) -> Listing:
    return Listing(
        "待复核",
        ["序号", "目标任务", "牵头单位", "上期", "本期", "预警", "自动研判理由", "提示"],
        [
            [
                t.ref,
                t.text,
                _units(t, "lead"),
                status_label(t.prev_status) if t.prev_status else "",
                status_label(t.cur_status),
                _LIGHTS[traffic_light(t.cur_status, getattr(t, "cur_warning", False))],
                t.reason or "",
                "；".join(t.warnings),
            ]
            for t in tasks
        ],
    )


def missing_rows(rows) -> Listing:
    return Listing(
        "未报送单位",
        [
            "单位",
            "未报送任务数",
            "未报送任务",
            "已催办次数",
            "最近催办时间",
            "最近催办送达情况",
            "按时",
            "逾期",
            "未报",
        ],
        [
            [
                r.unit.name,
                len(r.tasks),
                "；".join(f"{t.ref}.{t.text[:30]}" for t in r.tasks),
                r.reminders,
                _when(r.last_reminded),
                r.last_result,
                r.on_time,
                r.late,
                r.missed,
            ]
            for r in rows
        ],
    )


def unit_rows(rows) -> Listing:
    return Listing(
        "单位名录",
        [
            "单位",
            "发文单位",
            "别名",
            "牵头任务",
            "配合任务",
            "填报人",
            "状态",
            "建议",
            "按时",
            "逾期",
            "未报",
        ],
        [
            [
                r.unit.name,
                r.unit.issuer,
                "、".join(a.alias for a in r.unit.aliases.all()),
                r.lead,
                r.co,
                r.members,
                "已确认" if r.unit.confirmed else "待确认",
                "、".join(u.name for u in r.suggestions),
                *((r.record or {}).get(k, "") for k in ("on_time", "late", "missed")),
            ]
            for r in rows
        ],
    )


def dashboard_rows(board, assignments: dict[str, int]) -> list[Listing]:
    status_headers = [label for _, label, _, _ in board.by_status]
    keys = [key for key, _, _, _ in board.by_status]
    return [
        Listing(
            "按研判结果",
            ["研判结果", "任务数", "占比"],
            [[label, n, f"{share * 100:.1f}%"] for _, label, n, share in board.by_status]
            + [["黄灯预警", board.warnings, ""], ["合计", board.total, ""]],
        ),
        Listing(
            "按分类",
            ["分类", "任务数", *status_headers],
            [[s["name"], s["total"], *(s["counts"].get(k, 0) for k in keys)] for s in board.by_section],
        ),
        Listing(
            "按牵头单位",
            ["单位", "任务数", "滞后", "黄灯", "已完成", "未填报"],
            [
                [
                    u["name"],
                    u["total"],
                    *(u["counts"].get(k, 0) for k in ("lagging", "warning", "completed", "unreported")),
                ]
                for u in board.by_unit
            ],
        ),
        Listing(
            "滞后任务",
            ["序号", "目标任务", "牵头单位", "原因"],
            [[t.ref, t.text, _units(t, "lead"), t.reason or ""] for t in board.lagging],
        ),
        Listing(
            "较上期变化",
            ["上期", "本期", "任务数"],
            [[m.before_label, m.after_label, m.count] for m in board.movement],
        ),
        Listing(
            "状态变化的任务",
            ["序号", "目标任务", "上期", "本期", "变化"],
            [
                [
                    m.task.ref,
                    m.task.text,
                    status_label(m.before),
                    status_label(m.after),
                    _DIRECTIONS[m.direction],
                ]
                for m in board.moved
            ],
        ),
        Listing(
            "批示交办",
            ["领导批示", "交办事项", "待回复", "待办结", "已办结", "已逾期"],
            [
                [
                    assignments["instructions"],
                    assignments["total"],
                    assignments["assigned"] + assignments["returned"],
                    assignments["replied"],
                    assignments["closed"],
                    assignments["overdue"],
                ]
            ],
        ),
    ]


def assignment_rows(rows) -> Listing:
    return Listing(
        "交办事项",
        [
            "任务",
            "批示领导",
            "批示内容",
            "交办单位",
            "交办要求",
            "交办时间",
            "办理时限",
            "状态",
            "逾期",
            "办理经过",
        ],
        [
            [
                a.task.ref,
                a.instruction.leader_name if a.instruction else "",
                a.instruction.text if a.instruction else "",
                a.unit.name,
                a.request,
                _when(a.assigned_at),
                a.due.isoformat(),
                a.get_status_display(),
                "是" if a.is_overdue() else "",
                "\n".join(
                    f"{_when(s.at)} {s.get_kind_display()}{'：' + s.text if s.text else ''}"
                    for s in a.steps.all()
                ),
            ]
            for a in rows
        ],
    )
