"""The judging rules: every threshold in one settings object, and their description in Chinese.

The description is printed in the bulletin's method note and shown in the UI, so a reader knows how
each status was reached. Defaults follow DESIGN §3, which follows how district supervision offices
judge (序时进度 = elapsed months / 12; a growth rate below target is 不达预期).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class JudgingRules:
    """Thresholds of the automatic judgement (all shares are fractions of 1)."""

    # An amount target is ahead when its ratio reaches expected + this margin.
    ahead_margin: float = 0.15
    # An amount target is on track when its ratio reaches this factor × expected. DESIGN §3 proposed 0.8;
    # the offices of other governments (../shared/realdev, tests/realworld) list tasks at 0.8 of the
    # schedule as 未达到序时进度, and 0.9 agrees best with them and with Shapingba's office together.
    on_track_factor: float = 0.9
    # Whole-unit targets (个、家) need only floor(on_track_factor × expected × target) items.
    round_down_counts: bool = True
    # A "左右" growth target is met within this many percentage points below it.
    about_tolerance_points: float = 0.2
    # A level target (占比、率 in %) may fall short by this share of itself before the year ends.
    level_tolerance: float = 0.03
    # Nothing started: lagging once this share of the year has passed (else 未启动).
    not_started_lagging_from: float = 0.5
    # Still preparing: lagging once this share of the year has passed ("most of the year": offices list a
    # task still tendering or promising a start in September as lagging at the end of August).
    preparing_lagging_from: float = 8 / 12
    # A quantified delivery (新建30个、拆除10万平方米) still only preparing: lagging from this share.
    delivery_preparing_lagging_from: float = 0.5
    # A stated completion share may differ from the figures by this many points before a warning.
    share_tolerance_points: float = 1.0

    def describe(self) -> str:
        """The rules in Chinese, for the bulletin's method note and the UI."""
        pct = _percent
        return (
            "研判规则：序时进度按报送期末已过月数除以12计算（1-6月为50%，1-11月为91.7%），"
            "任务明确时间节点的（如“6月底前开工”“三季度完成”）按节点计算。"
            "增速、比重类指标按目标方向比较，实际值未达到目标值的为“滞后”（不达预期），"
            "控制类指标（如“控制在5.5%以内”“下降16%”）反向比较；"
            f"“左右”类增速目标允许低于目标{self.about_tolerance_points:g}个百分点以内，"
            f"年中比重类指标允许低于目标值{pct(self.level_tolerance)}以内。"
            "数量类目标按完成量占年度目标的比例（或文中所述完成比例）研判："
            "达到100%为“已完成”，"
            f"高于序时进度{pct(self.ahead_margin)}以上为“超进度”，"
            f"达到序时进度{self.on_track_factor:g}倍以上为“正常推进”，低于的为“滞后”"
            + (
                "（以个、家等计数的目标按整数计，但时间进度达到"
                f"{pct(self.preparing_lagging_from)}后其余仍处于前期阶段的为“滞后”）"
                if self.round_down_counts
                else ""
            )
            + "；年末或任务时限已到仍未达到目标的为“滞后”（未完成）。"
            "无可用数据的，按推进阶段研判：已建成、已投用、已完工、通过验收的为“已完成”；"
            "尚未启动的为“未启动”（仅做对接、洽谈而项目本身尚未启动的亦同），"
            f"时间过半（{pct(self.not_started_lagging_from)}）后为“滞后”；"
            f"仍处于方案编制、前期手续、招标等前期阶段的，时间进度达到{pct(self.preparing_lagging_from)}后为“滞后”，"
            f"有明确数量的建设、整治类任务时间进度达到{pct(self.delivery_preparing_lagging_from)}仍未进入实施的为“滞后”；"
            "已开工、在建或表述为有序推进的为“正常推进”。"
            "一项任务含多个目标的，取进度最慢的一项；“力争”目标在说明中注明。"
            "定性任务（如“完成市下达任务”）有推进情况且未述及滞后的为“正常推进”。"
            "未填报推进情况的为“未填报”；既无数据又无明确阶段的为“待研判”，由人工研判。"
        )


def _percent(share: float) -> str:
    return f"{share * 100:.4g}%"


DEFAULT_RULES = JudgingRules()
