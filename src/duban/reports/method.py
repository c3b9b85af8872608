"""The method note printed in the bulletin when the rules module supplies none (DESIGN §3)."""

from __future__ import annotations

from duban.core.rules import DEFAULT_RULES


def default_method_note(
    expected: float | None = None,
    *,
    ahead_margin: float = DEFAULT_RULES.ahead_margin,
    on_track_factor: float = DEFAULT_RULES.on_track_factor,
) -> str:
    """The rules and thresholds of DESIGN §3 in words a reader of the bulletin understands."""
    this_period = f"（本期为{expected:.0%}）" if expected is not None else ""
    return "\n".join(
        (
            f"序时进度按报送期末已过月数除以12计算{this_period}。",
            "增速、比重等指标类目标，将报送数据与目标值按目标方向比较：达到目标的研判为符合预期（正常推进），"
            "未达到的研判为不达预期（滞后），年末达到的研判为已完成。",
            "数量类目标，按实际完成量与目标值之比（或报送材料写明的完成比例）研判："
            f"完成比例达到100%的为已完成，高于序时进度{ahead_margin * 100:.0f}个百分点以上的为超进度，"
            f"达到序时进度{on_track_factor * 100:.0f}%以上的为正常推进，低于的为滞后。",
            "无可用数据的，按报送材料所述推进阶段对照时间进度研判：已建成、已投用、已完工、通过验收的为已完成；"
            "尚未启动的为未启动，年度过半后研判为滞后；年度过半仍处于方案编制、前期手续、招标等准备阶段的为滞后。",
            "一项任务含多个量化目标的，逐项研判后取最差结果。既无数据又无推进阶段表述的列为待研判，由督查室人工研判；"
            "经人工研判的，以人工研判结果为准。",
        )
    )
