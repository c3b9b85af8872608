from lxml import etree
from report_builders import make_data, make_task

from duban.reports import charts
from duban.reports.fonts import chart_font_family


def test_a_chinese_font_is_found_for_charts():
    assert chart_font_family() is not None


def test_status_distribution_is_a_png(data_001):
    assert charts.status_distribution(data_001, "png").startswith(b"\x89PNG")


def test_svg_output_parses(data_001):
    root = etree.fromstring(charts.status_by_section(data_001, "svg"))
    assert root.tag.endswith("svg")


def test_write_charts_saves_png_and_svg(data_001, output_dir):
    written = charts.write_charts(data_001, output_dir / "charts_001")
    names = sorted(path.name for path in written)
    assert names == sorted(
        f"{name}.{fmt}"
        for name in ("status_distribution", "status_by_section", "lagging_by_unit")
        for fmt in ("png", "svg")
    )


def test_movement_chart_needs_a_previous_period(output_dir):
    tasks = [make_task("1", "on_track"), make_task("2", "lagging")]
    assert "movement" not in [c.name for c in charts.charts_for(make_data(tasks))]
    data = make_data(tasks, previous_statuses={"1": "lagging", "2": "lagging"}, previous_period_label="1-3月")
    assert "movement" in [c.name for c in charts.charts_for(data)]
    (output_dir / "movement.png").write_bytes(charts.movement(data, "png"))
