"""`duban demo` output: the accounts table lines up in a terminal although CJK characters are double width."""

from duban.web.site import accounts_table, display_width, pad


def test_cjk_characters_take_two_terminal_columns():
    assert display_width("督查室 ab") == 9


def test_padding_counts_terminal_columns():
    assert display_width(pad("区财政局", 12)) == 12


def test_accounts_table_columns_line_up_in_a_terminal():
    accounts = [
        ("admin", "pw", "系统管理员"),
        ("fgw", "pw", "区发展改革委 填报员"),
        ("lim", "pw", "副区长 李明"),
    ]
    lines = accounts_table(accounts, "http://127.0.0.1:8000/public/").splitlines()
    starts = {display_width(line[: line.index("用户名")]) for line in lines[:-1]}
    assert len(starts) == 1
    assert display_width(lines[-1][: lines[-1].index("无需登录")]) in starts
