from duban.core.unit_split import looks_like_unit_list, split_units


def test_provincial_bodies_end_like_units():
    assert looks_like_unit_list("省财政厅、省统计局、海关总署")


def test_the_etc_closing_a_list_is_not_part_of_the_last_unit():
    assert split_units("省工业和信息化厅、省商务厅等") == ["省工业和信息化厅", "省商务厅"]


def test_an_etc_list_of_departments_stays_whole():
    assert split_units("区发改委等相关部门") == ["区发改委等相关部门"]


def test_a_branch_named_by_its_place_belongs_to_the_name_before_it():
    assert split_units("市生态环境局咸安分局") == ["市生态环境局咸安分局"]


def test_a_branch_named_like_an_administration_is_a_name_of_its_own():
    assert split_units("区卫生健康委区公安分局") == ["区卫生健康委", "区公安分局"]


def test_federations_known_by_two_characters_are_units():
    assert looks_like_unit_list("残联")
