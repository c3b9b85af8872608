import lxml.html
import pytest
from report_builders import make_data, make_task

from duban.reports.public import render_public, write_public


@pytest.fixture(scope="module")
def page_001(data_001, output_dir):
    path = output_dir / "public_001.html"
    write_public(data_001, path)
    return lxml.html.fromstring(path.read_bytes())


def _task_rows(page):
    return [row for row in page.xpath("//tbody/tr") if row.get("class") is None]


def test_every_task_appears_once(page_001, data_001):
    texts = [row.xpath("./td")[1].text_content() for row in _task_rows(page_001)]
    assert sorted(texts) == sorted(t.text for t in data_001.tasks)


def test_page_is_standalone(page_001):
    assert not page_001.xpath("//script | //link | //img[@src]")
    assert page_001.xpath("//style")


def test_header_repeats_when_printed(page_001):
    css = page_001.xpath("//style")[0].text
    assert "table-header-group" in css
    assert page_001.xpath("//thead/tr/th")[3].text == "1-6月推进情况"


def test_internal_reasons_notes_and_judgements_stay_out():
    data = make_data(
        [
            make_task(
                "1",
                "lagging",
                reason="低于序时进度。",
                note="请约谈",
                overridden=True,
                lead_leaders=("张三",),
            )
        ],
        late_units=("区体育局",),
    )
    html = render_public(data)
    for internal in ("低于序时进度", "请约谈", "人工研判", "张三", "滞后", "逾期"):
        assert internal not in html


def test_judgement_column_only_when_asked():
    data = make_data([make_task("1", "lagging")])
    page = lxml.html.fromstring(render_public(data, show_status=True))
    assert _task_rows(page)[0].xpath("./td")[-1].text == "滞后"


def test_text_is_escaped():
    html = render_public(make_data([make_task("1", text="<script>alert(1)</script>")]))
    assert "<script>" not in html
