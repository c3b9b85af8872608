"""The import wizard's preview the office corrects before confirming: sub-headings kept as sections, the
progress column of a progress table, per-row corrections of section, units and targets, unknown units
handled in bulk from duban's suggestions; nothing is stored until the office confirms, and a bad correction
is refused with a Chinese error naming the row and the field."""

import hashlib
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User

from duban.web.models import Section, Target, Task, TaskUnit, Unit, UnitAlias, UnitRole

pytestmark = [pytest.mark.db, pytest.mark.django_db]

CORPUS = Path(__file__).parents[1] / "corpus"
FULING_PLAN = CORPUS / "004_0c9597f419f639ea.txt"  # 涪陵区 2025 plan: 分类 column 一、向质效领先…
PROGRESS_TABLE = CORPUS / "000_3acbdc6da8fda54b.txt"  # a 上半年推进情况汇总表
FULING = "重庆市涪陵区人民政府办公室"
SUB_HEADING = "一、向质效领先要增量增速，着力扛起大区“大担当”"


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def office(client):
    user = User.objects.create_user("clerk")
    user.groups.add(Group.objects.get_or_create(name="office")[0])
    client.force_login(user)
    return client


def upload(client, path: Path):
    with path.open("rb") as fh:
        return client.post("/import/", {"step": "upload", "file": fh})


def row_index(response, ref: str) -> int:
    rows = response.context["rows"]
    return next(index for index, task in rows if task.ref == ref)


def row_post(task, **changes) -> dict:
    """The row form as the page sends it: the row's values, then the changes."""
    data = {
        "row-section": " / ".join(task.section),
        "row-lead_units": "、".join(task.lead_units),
        "row-co_units": "、".join(task.co_units),
        "targets-TOTAL_FORMS": str(len(task.targets) + 1),
        "targets-INITIAL_FORMS": str(len(task.targets)),
        "targets-MIN_NUM_FORMS": "0",
        "targets-MAX_NUM_FORMS": "30",
    }
    for i, target in enumerate(task.targets):
        data.update(
            {
                f"targets-{i}-index": str(i),
                f"targets-{i}-metric": target["metric"],
                f"targets-{i}-comparator": target["comparator"],
                f"targets-{i}-value": str(target["value"]),
                f"targets-{i}-unit": target["unit"],
                f"targets-{i}-kind": target["kind"],
            }
        )
    data.update(changes)
    return data


def test_a_plans_sub_headings_are_kept_as_sections(office):
    response = upload(office, FULING_PLAN)
    assert SUB_HEADING in response.content.decode()
    office.post("/import/", {"step": "confirm"})
    section = Section.objects.get(name=SUB_HEADING)
    assert section.parent.name == "主要工作任务"
    assert Task.objects.filter(section=section).count() == 16
    assert Section.objects.filter(parent=section.parent).count() == 9


def test_targets_show_with_their_metric(office):
    page = upload(office, FULING_PLAN).content.decode()
    assert "协议资金：600亿元" in page and "地区生产总值增长6%以上" in page


def test_the_preview_of_a_progress_table_shows_its_progress(office):
    response = upload(office, PROGRESS_TABLE)
    page = response.content.decode()
    assert "<th>推进情况</th>" in page
    assert "地区生产总值同比增长2.9%。" in page
    assert 'name="period" value="1-6月"' in page


def test_a_progress_table_without_a_period_is_not_imported_until_one_is_given(office):
    upload(office, PROGRESS_TABLE)
    response = office.post("/import/", {"step": "confirm", "period": ""}, follow=True)
    assert "报送期：请填写这份进展表的报送期" in response.content.decode()
    assert not Task.objects.exists()
    office.post("/import/", {"step": "confirm", "period": "1-6月"})
    assert Task.objects.count() == 123


def test_a_row_is_corrected_in_the_draft_and_stored_only_on_confirm(office):
    preview = upload(office, FULING_PLAN)
    index = row_index(preview, "2-1")
    task = preview.context["rows"][index][1]
    compound = "区住房城乡建委等区级相关部门单位"
    response = office.post(
        f"/import/rows/{index}/",
        row_post(
            task,
            **{
                "row-section": "主要工作任务 / 招商引资",
                "row-lead_units": "区招商投资局、区经济信息委",
                "row-co_units": f"各镇街、{compound}",
                "targets-0-value": "650",
                "targets-2-DELETE": "on",
                "targets-3-metric": "新签约项目",
                "targets-3-comparator": ">=",
                "targets-3-value": "40",
                "targets-3-unit": "个",
                "targets-3-kind": "total",
            },
        ),
    )
    assert response.status_code == 302
    assert not Task.objects.exists() and not Unit.objects.exists()
    page = office.get("/import/preview/").content.decode()
    assert "协议资金：650亿元" in page and "新签约项目：40个以上" in page
    assert '<span class="target">力争50亿级项目' not in page

    office.post("/import/", {"step": "confirm"})
    stored = Task.objects.get(ref="2-1")
    assert stored.section.key == "主要工作任务 / 招商引资"
    assert [(tu.unit.name, tu.role) for tu in stored.task_units.order_by("order")] == [
        ("区招商投资局", UnitRole.LEAD),
        ("区经济信息委", UnitRole.LEAD),
        ("各镇街", UnitRole.CO),
        (compound, UnitRole.CO),
    ]
    targets = list(Target.objects.filter(task=stored).order_by("order"))
    assert [(t.metric, t.value, t.unit) for t in targets] == [
        ("协议资金", 650, "亿元"),
        ("到位资金", 230, "亿元"),
        ("新签约项目", 40, "个"),
    ]
    assert targets[0].base_value == 65_000_000_000 and targets[1].text == "230亿元"


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        (
            {"row-co_units": "区招商投资局、各镇街"},
            "第8行（2-1）配合单位：「区招商投资局」已是牵头单位，不能同时为配合单位",
        ),
        ({"targets-0-value": "六百"}, "第8行（2-1）第1个量化指标的目标值："),
        ({"row-section": "主要工作任务 / "}, "第8行（2-1）分类：各级分类不能为空"),
        ({"row-lead_units": "123"}, "第8行（2-1）牵头单位：「123」不是单位名称"),
        ({"targets-3-value": "40"}, "第8行（2-1）第4个量化指标的指标："),
    ],
)
def test_a_bad_correction_names_the_row_and_the_field_and_changes_nothing(office, changes, error):
    preview = upload(office, FULING_PLAN)
    index = row_index(preview, "2-1")
    assert index == 7
    task = preview.context["rows"][index][1]
    response = office.post(f"/import/rows/{index}/", row_post(task, **changes))
    assert response.status_code == 400
    assert error in response.content.decode()
    again = office.get("/import/preview/").context["rows"][index][1]
    assert again.to_json() == task.to_json()


def test_unknown_units_are_handled_in_bulk_from_the_suggestions(office):
    # A unit the district already has, written otherwise in the plan (区招商投资局 ↔ 区招商投资促进局 is
    # no standard short form, so duban only suggests it).
    known = Unit.objects.create(issuer=FULING, name="区招商投资促进局", confirmed=True)
    preview = upload(office, FULING_PLAN)
    unknown = {u.name: u for u in preview.context["unknown"]}
    compound = "区住房城乡建委等区级相关部门单位"
    assert unknown[compound].parts == ("区住房城乡建委", "区级相关部门单位")
    assert "区招商投资促进局" in unknown["区招商投资局"].suggestions
    assert not Unit.objects.exclude(pk=known.pk).exists()

    names = list(unknown)
    data = {"unit": names, f"choice:{compound}": "split", "choice:区招商投资局": "map:区招商投资促进局"}
    response = office.post("/import/units/", data, follow=True)
    assert "已处理" in response.content.decode()
    assert not Unit.objects.exclude(pk=known.pk).exists()  # still nothing stored
    remaining = {u.name for u in office.get("/import/preview/").context["unknown"]}
    assert compound not in remaining and "区招商投资局" not in remaining

    office.post("/import/", {"step": "confirm"})
    assert not Unit.objects.filter(name__in=[compound, "区招商投资局"]).exists()
    assert UnitAlias.objects.get(alias="区招商投资局").unit == known
    assert TaskUnit.objects.filter(unit=known).exists()
    new = Unit.objects.filter(issuer=FULING).exclude(pk=known.pk)
    assert new.exists() and not new.filter(confirmed=False).exists()
    assert new.filter(name="区住房城乡建委").exists()


def test_the_staged_upload_is_told_apart_from_the_draft_beside_it(office, media_root):
    from duban.web.models import ImportedDocument
    from duban.web.views.imports import _staging

    upload(office, FULING_PLAN)
    (folder,) = _staging().iterdir()
    assert sorted(f.name for f in folder.iterdir()) == ["004_0c9597f419f639ea.txt", "draft.json"]
    office.post("/import/", {"step": "confirm"})
    assert ImportedDocument.objects.get().sha256 == hashlib.sha256(FULING_PLAN.read_bytes()).hexdigest()
