"""Example assessment schemes (考核方案), in the JSON form an office edits, modelled on rules offices publish.

Every number is the office's to change; these are starting points, not duban's judgement of what is fair.
"""

from __future__ import annotations

from typing import Any

# Deductions from a base, with a leader's evaluation as a share of the score: district rules for the
# government work report's tasks start each unit at 100, take 10 points per missing half-year, Q3 or
# year-end report and 5–10 per report that does not reflect the work's progress, and leave 20 points to
# the leaders' evaluation.
DEDUCTION: dict[str, Any] = {
    "name": "扣分制（督办记录80分＋领导评价20分）",
    "source": "参照区级政府工作报告目标任务督查考核办法：缺报半年、三季度、年度推进情况的每次扣10分，"
    "报送内容不能反映工作进展的扣5至10分，领导评价占20分",
    "base": 80,
    "floor": 0,
    "items": [
        {
            "key": "missing",
            "name": "缺报推进情况",
            "kind": "report_missing",
            "per": "period",
            "months": [6, 9, 12],
            "lead": -10,
            "co": 0,
        },
        {
            "key": "not_reflecting",
            "name": "报送内容不能反映工作进展",
            "kind": "inspection_mismatch",
            "lead": -5,
            "co": 0,
        },
        {"key": "leader", "name": "领导评价", "kind": "manual", "sign": "+", "cap": 20},
    ],
    "flags": [],
}

# Lead and co-units scored apart, points per task and per report: +2 / +1 per completed task, −5 / −2.5
# per task overdue, −3 per report that inspection found untrue, −0.1 per late and −0.5 per missing
# report; no 评优 after two missing reports; red cards (红牌) by hand after verification, a talk (约谈)
# after three in a row.
LEAD_AND_CO: dict[str, Any] = {
    "name": "加减分制（牵头单位、配合单位分别计分）",
    "source": "参照市级重点任务督办考核细则：完成任务牵头单位加2分、配合单位加1分，逾期未完成牵头单位扣5分、"
    "配合单位扣2.5分，报送情况与核查不符扣3分，逾期报送每次扣0.1分，未报送每次扣0.5分；"
    "两次未报送的不得评优，红牌警示经核实后录入，连续三期红牌的约谈",
    "base": 100,
    "items": [
        {
            "key": "completed",
            "name": "完成任务",
            "kind": "final_status",
            "statuses": ["completed"],
            "lead": 2,
            "co": 1,
        },
        {
            "key": "overdue",
            "name": "逾期未完成任务",
            "kind": "final_status",
            "statuses": ["lagging", "not_started"],
            "lead": -5,
            "co": -2.5,
        },
        {
            "key": "mismatch",
            "name": "报送情况与核查不符",
            "kind": "inspection_mismatch",
            "lead": -3,
            "co": 0,
        },
        {"key": "late", "name": "逾期报送", "kind": "report_late", "lead": -0.1, "co": -0.1},
        {"key": "missing", "name": "未报送", "kind": "report_missing", "lead": -0.5, "co": 0},
        {"key": "red_card", "name": "红牌警示", "kind": "manual", "sign": "-"},
    ],
    "flags": [
        {"name": "取消年度评优资格", "item": "missing", "at_least": 2},
        {"name": "约谈主要负责人", "item": "red_card", "at_least": 3, "consecutive": True},
    ],
}

# The examples an office chooses from, by key; the first is used for a plan that has none stored.
EXAMPLES: dict[str, dict[str, Any]] = {"lead_and_co": LEAD_AND_CO, "deduction": DEDUCTION}
DEFAULT_EXAMPLE = "lead_and_co"
