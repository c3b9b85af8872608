from duban.core.unit_names import (
    is_in_order,
    normalise_unit_name,
    resolve_unit_name,
    suggest_unit_names,
    unit_key,
)


def test_normalise_strips_spaces_and_list_punctuation():
    assert normalise_unit_name(" 区发展 改革委、") == "区发展改革委"


def test_normalise_keeps_the_brackets_as_written():
    assert normalise_unit_name("区财政局(区金融办)") == "区财政局(区金融办)"


def test_half_and_full_width_brackets_share_a_key():
    assert unit_key("区财政局(区金融办)") == unit_key("区财政局（区金融办）")


def test_normalise_drops_a_dangling_open_bracket():
    assert normalise_unit_name("区科技局（") == "区科技局"


def test_abbreviated_and_full_department_names_share_a_key():
    assert unit_key("区发改委") == unit_key("区发展改革委") == unit_key("发展和改革委员会")


def test_key_drops_the_district_prefix():
    assert unit_key("区财政局") == unit_key("财政局")


def test_key_keeps_different_departments_apart():
    assert unit_key("区发展改革委") != unit_key("发展改革局")


def test_exact_name_resolves_automatically():
    match = resolve_unit_name("区财政局 ", ["区财政局", "区税务局"], {})
    assert match is not None
    assert (match.name, match.how, match.automatic) == ("区财政局", "exact", True)


def test_alias_table_resolves_a_different_name():
    match = resolve_unit_name("发展改革局", ["区发展改革委"], {"发展改革局": "区发展改革委"})
    assert match is not None
    assert (match.name, match.how) == ("区发展改革委", "alias")


def test_standard_abbreviation_resolves_without_an_alias():
    match = resolve_unit_name("区发改委", ["区发展改革委", "区经济信息委"], {})
    assert match is not None
    assert (match.name, match.how) == ("区发展改革委", "abbreviation")


def test_abbreviation_shared_by_two_known_units_is_not_resolved():
    assert resolve_unit_name("发改委", ["区发展改革委", "发展和改革委员会"], {}) is None


def test_unknown_name_is_not_resolved():
    assert resolve_unit_name("区气象局", ["区发展改革委", "区财政局"], {}) is None


def test_in_order_characters():
    assert is_in_order("人社局", "人力社保局")
    assert not is_in_order("社人局", "人力社保局")


def test_short_name_inside_full_name_is_only_a_suggestion():
    assert resolve_unit_name("区公安局", ["区公安分局"], {}) is None
    suggestions = suggest_unit_names("区公安局", ["区公安分局", "区财政局"])
    assert [(s.name, s.how, s.automatic) for s in suggestions[:1]] == [("区公安分局", "subsequence", False)]


def test_parenthesised_second_name_suggests_the_main_unit():
    suggestions = suggest_unit_names("区发展改革委（区粮食局）", ["区发展改革委", "区商务委"])
    assert suggestions[0].name == "区发展改革委"


def test_fuzzy_suggestion_for_a_near_name():
    suggestions = suggest_unit_names("区住房城乡教委", ["区住房城乡建委", "区民政局"])
    assert [s.name for s in suggestions] == ["区住房城乡建委"]
    assert suggestions[0].how == "fuzzy"


def test_no_suggestion_for_an_unrelated_name():
    assert suggest_unit_names("区气象局", ["区发展改革委", "区教委"]) == []
