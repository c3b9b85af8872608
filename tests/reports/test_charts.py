import subprocess
import warnings
from pathlib import Path

import matplotlib
from lxml import etree
from matplotlib import font_manager
from report_builders import make_data, make_task

from duban.reports import charts, fonts
from duban.reports.fonts import chart_font_family

# A Latin-only face every matplotlib ships.
DEJAVU = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"


def test_a_chinese_font_is_found_for_charts():
    assert chart_font_family() is not None


def test_charts_draw_every_chinese_character_with_a_real_glyph(data_001):
    # matplotlib warns "Glyph … missing from font(s)" for each character it draws as a box.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for chart in charts.charts_for(data_001):
            chart.draw(data_001, "png")
    assert not [str(w.message) for w in caught if "missing from font" in str(w.message)]
    used = font_manager.findfont(font_manager.FontProperties(family=chart_font_family()))
    assert fonts.covers_chinese(used)


def test_a_latin_face_offered_for_chinese_is_not_taken(monkeypatch):
    # Without a CJK font, fontconfig still answers :lang=zh-cn with its best match, a Latin face.
    offered = subprocess.CompletedProcess([], 0, stdout=str(DEJAVU), stderr="")
    monkeypatch.setattr(fonts, "CHART_FAMILIES", ())
    monkeypatch.setattr(fonts.subprocess, "run", lambda *args, **kwargs: offered)
    chart_font_family.cache_clear()
    try:
        assert not fonts.covers_chinese(DEJAVU)
        assert chart_font_family() is None
        assert fonts.missing_chinese_font() == fonts.NO_CHINESE_FONT
    finally:
        chart_font_family.cache_clear()


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
