"""`duban import` of a narrative report as a period's progress against a stored plan (corpus 002 plan,
corpus 003 report): the figures reach the tasks whose indicators they report, and are judged."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from duban.errors import DubanError
from duban.web import commands
from duban.web.models import Judgement, Plan, Progress

pytestmark = [pytest.mark.db, pytest.mark.django_db]

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PLAN = CORPUS / "002_4adb0a8f3fd8adf1.txt"
REPORT = CORPUS / "003_6f42d119bd871e74.txt"


def run_import(path: Path, plan: str | None = None) -> str:
    err = io.StringIO()
    commands.import_command(path, plan=plan, period=None, out=io.StringIO(), err=err)
    return err.getvalue()


def test_a_narrative_report_gives_the_plans_indicators_their_figures():
    run_import(PLAN)
    plan = Plan.objects.get()
    summary = run_import(REPORT, plan=plan.code)
    assert "报送期：1-6月" in summary and "叙述性报告" in summary
    gdp = Progress.objects.get(task__plan=plan, task__text__startswith="地区生产总值增长6%以上")
    assert "全市GDP同比(下同)增长5%" in gdp.text
    judgement = Judgement.objects.get(task=gdp.task, period=gdp.period, unit=None)
    # growth of 5% against a goal of 6% or more
    assert judgement.status == "lagging"
    assert "5%" in judgement.reason
    fixed = Progress.objects.get(task__plan=plan, task__text__startswith="固定资产投资增长5%以上")
    assert "固定资产投资增长3.2%" in fixed.text


def test_a_narrative_report_without_a_plan_is_refused_and_stores_nothing():
    with pytest.raises(DubanError, match="叙述性报告"):
        run_import(REPORT)
    assert not Progress.objects.exists()
