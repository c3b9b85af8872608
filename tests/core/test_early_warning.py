"""黄灯: on track by duban's own figures, but within a margin of the line below which a task lags."""

from duban.core.rules import DEFAULT_RULES
from duban.core.status import early_warning, traffic_light

FACTOR = DEFAULT_RULES.on_track_factor  # the lagging line is FACTOR × expected


def warned(ratio, *, status="on_track", automatic="on_track", expected=0.5, margin=0.05):
    return early_warning(
        status=status,
        automatic=automatic,
        ratio=ratio,
        expected=expected,
        on_track_factor=FACTOR,
        margin=margin,
    )


def test_on_track_just_above_the_line_is_a_warning():
    assert warned(FACTOR * 0.5 + 0.01)


def test_on_track_clear_of_the_margin_is_no_warning():
    assert not warned(FACTOR * 0.5 + 0.06)


def test_the_margin_is_a_parameter():
    assert not warned(FACTOR * 0.5 + 0.01, margin=0.0)
    assert warned(FACTOR * 0.5 + 0.09, margin=0.1)


def test_other_statuses_and_figures_without_a_share_get_no_warning():
    assert not warned(0.3, status="lagging", automatic="lagging")
    # a person set 正常推进 over duban's 滞后: the share is not what made it on track
    assert not warned(0.3, automatic="lagging")
    assert not warned(None)  # growth rates and stages have no completion share
    assert not warned(0.0, expected=0.0)


def test_the_offices_lights():
    assert traffic_light("lagging") == "red" and traffic_light("not_started") == "red"
    assert traffic_light("on_track", True) == "yellow"
    assert traffic_light("on_track") == "green" and traffic_light("completed") == "green"
    assert traffic_light("unreported") == "" and traffic_light("unknown") == ""
