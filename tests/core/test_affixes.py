from hypothesis import given
from hypothesis import strategies as st

from duban.core.affixes import Affixes

_WORDS = st.lists(st.text(alphabet="新建增长率局委", min_size=1, max_size=4), max_size=12)
_TEXT = st.text(alphabet="新建增长率局委区", max_size=8)


def _unique(words):
    return list(dict.fromkeys(words))


@given(_WORDS, _TEXT)
def test_prefixes_are_the_words_the_text_starts_with_in_list_order(words, text):
    assert Affixes(words).prefixes_of(text) == _unique(w for w in words if text.startswith(w))


@given(_WORDS, _TEXT)
def test_suffixes_are_the_words_the_text_ends_with_in_list_order(words, text):
    assert Affixes(words).suffixes_of(text) == _unique(w for w in words if text.endswith(w))


def test_longest_first_list_gives_the_longest_word():
    verbs = Affixes(["管委会", "委员会", "委", "会"])
    assert verbs.first_suffix("区管委会") == "管委会"
    assert verbs.first_suffix("区政府") is None
    assert Affixes(["新增", "新"]).first_prefix("新增企业") == "新增"
