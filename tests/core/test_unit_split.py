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


def test_a_unit_and_the_group_after_deng_are_two_suggested_units():
    from duban.core.unit_split import compound_parts

    assert compound_parts("区住房城乡建委等区级相关部门单位") == ["区住房城乡建委", "区级相关部门单位"]
    assert compound_parts("人行涪陵分行等区级相关部门单位") == ["人行涪陵分行", "区级相关部门单位"]


def test_a_single_unit_is_not_split_as_a_compound():
    from duban.core.unit_split import compound_parts

    assert compound_parts("区级相关部门单位") == ["区级相关部门单位"]
    assert compound_parts("区发展改革委区商务委") == ["区发展改革委", "区商务委"]
    # 等 inside a name that is not followed by a group of units stays as written
    assert compound_parts("区平等就业促进中心") == ["区平等就业促进中心"]


def test_two_names_joined_by_ji_or_he_are_two_units_but_names_holding_he_stay_whole():
    assert split_units("省直有关部门和各市人民政府") == ["省直有关部门", "各市人民政府"]
    assert split_units("市级各有关部门及各县市区政府") == ["市级各有关部门", "各县市区政府"]
    assert split_units("区文化和旅游局") == ["区文化和旅游局"]
    assert split_units("河南银保监局等相关部门") == ["河南银保监局等相关部门"]


def test_a_bodys_member_units_are_one_name():
    assert split_units("区疫情防控指挥部成员单位、各街办(新区)") == [
        "区疫情防控指挥部成员单位",
        "各街办(新区)",
    ]


def test_three_levels_before_the_body_they_share_are_one_name():
    assert split_units("市人行,各县、市、区政府") == ["市人行", "各县、市、区政府"]
    assert split_units("各街道、区市场局") == ["各街道", "区市场局"]
