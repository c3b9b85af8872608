from hypothesis import given
from hypothesis import strategies as st

from duban.core.marks import mark_positions, next_mark, start_after_mark

MARKS = frozenset("，。；")
_TEXT = st.text(alphabet="新建，。；1", max_size=30)


def _walk_back(text, position, floor):
    index = position - 1
    while index >= floor and text[index] not in MARKS:
        index -= 1
    return index + 1


def _walk_forward(text, position):
    index = position
    while index < len(text) and text[index] not in MARKS:
        index += 1
    return index


@given(_TEXT, st.data())
def test_clause_start_and_end_are_where_a_walk_over_the_characters_stops(text, data):
    position = data.draw(st.integers(min_value=0, max_value=len(text)))
    floor = data.draw(st.integers(min_value=0, max_value=position))
    assert start_after_mark(text, position, MARKS, floor) == _walk_back(text, position, floor)
    assert next_mark(text, position, MARKS) == _walk_forward(text, position)


def test_positions_of_marks_are_found_in_order():
    assert mark_positions("新建，完成。增长；", MARKS) == (2, 5, 8)
    assert mark_positions("a-b]c", "-]") == (1, 3)
