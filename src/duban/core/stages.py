"""Stages of work a progress text reports (未启动 → 前期 → 实施 → 完成), read from a word lexicon.

A progress text without figures is judged by the stage it reports, weighed against the time elapsed
(DESIGN §3). The lexicon below is data: each entry is a regular expression and the stage it marks.
Entries come from the progress cells of the Shapingba 2022 H1 report (corpus 001) and the Tongliang
2025 H1 progress table (corpus 000), plus the stage words DESIGN §3 lists, in the wording district
supervision offices use.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from enum import IntEnum

from duban.core.marks import mark_positions
from duban.core.scanning import compile_scanning


class Stage(IntEnum):
    """Stages ordered from least to most advanced."""

    NOT_STARTED = 0
    PREPARING = 1
    EXECUTING = 2
    DONE = 3


STAGE_LABELS: dict[Stage, str] = {
    Stage.NOT_STARTED: "尚未启动",
    Stage.PREPARING: "前期准备阶段",
    Stage.EXECUTING: "实施阶段",
    Stage.DONE: "已完成",
}

# Within one stage, longer and negated forms come first: at one position the first alternative wins.
# Across stages the leftmost match wins, so 未开工 (not started) is read before 开工 (executing).
STAGE_WORDS: tuple[tuple[Stage, str], ...] = (
    # not started: DESIGN §3 (未启动/暂未/近期无进展); 001 #8 近期无进展; 001 body 未进场施工.
    (
        Stage.NOT_STARTED,
        r"(?:尚未|暂未|还未|仍未|未能|没能|未)(?:实质性|正式|全面)?(?:启动|开工|动工|进场(?:施工)?|开展|实施|开始|推进)"
        r"|(?:没有|没)(?:动建|动工|开工|开建|启动|实施)"
        r"|近期无进展|暂无(?:实质性)?进展|无实质性?进展|没有进展|未取得(?:实质性)?进展"
        r"|暂未|停工|停滞|搁置|暂停"
        # a start not possible yet (暂无法开工), nothing invested (完成投资均为零), a filing not made
        # (尚未向省国家开发银行提供贷款申报材料)
        r"|(?:暂|尚|还|仍)?(?:无法|不能|难以)(?:开工|动工|施工|启动|实施)"
        r"|(?:完成)?投资(?:均|仍|还)?为零|零进度"
        r"|(?:尚未|暂未|还未|仍未)(?:向[^，。；;\n]{1,12})?(?:提供|提交|报送|上报)"
        # a precondition of the start not met: 暂不具备开工条件.
        r"|(?:暂|尚|还|仍)?不具备(?:开工|施工|建设|实施|招标)?条件"
        # waiting on a precondition before the work itself starts: 001 #5 待…确定整治模式后再推进相关工作.
        r"|待[^，。；;\n]{1,24}后(?:再行|再|方可|才能|才)?[\u4e00-\u9fff]{0,2}?(?:推进|开展|实施|启动|施工|开工|进行)",
    ),
    # done: DESIGN §3 (已建成/已投用/已完工/通过验收); 001 #33 已建成并投用, #51 已全部完成, #117 办理完毕.
    (
        Stage.DONE,
        r"(?<!新增)(?:已|全面|全部)?建成(?:并)?(?:投用|投运|投产|通车|开放)?(?![\u4e00-\u9fff]{0,8}[0-9一二三四五六七八九十两])"
        r"|已(?:投用|投运|投产|完工|竣工|通车|开园|开业|挂牌|落地|成立|办结|全部完成|全部整改|全部办结)"
        r"|投入(?:使用|运营|运行)|(?:全面|全部)完工|竣工(?:验收)?|通过(?:竣工|市级|国家|专家)?验收"
        r"|(?:建设|施工|工程|改造|整治)已?(?:全部)?完成(?![约\d]|[^，。；;\n]{0,6}%)"
        r"|(?:已经|已)?全部完成|办理完毕|挂牌成立|建成投用"
        # a listing reached (已有1家企业成功上市): the goal of 推动企业上市 tasks.
        r"|(?:成功|已)上市"
        # power plants: connected to the grid at full capacity (已全容量并网发电).
        r"|全容量并网|并网发电|已(?:全部)?并网"
        # in service ahead of time or in full (提前竣工, 全面投产发电, 开通运营)
        r"|提前(?:竣工|完工|建成|投产|投用)|(?:全面|全部|正式)(?:投产|投运|运营|通车|建成)|开通运营"
        r"|(?:顺利|实现|建成)(?:通车|竣工|完工|投产|投用)",
    ),
    # executing: DESIGN §3 (开工/在建/主体施工/完成工程量的x%); 001 #15 整体施工完成约99%, #36 主体施工完成35%.
    (
        Stage.EXECUTING,
        r"主体(?:结构|工程)?(?:已)?(?:施工|完工|封顶|完成)|封顶|已?开工|动工|开建|进场施工|已进场"
        r"|施工(?!图|单位|招标|招投标|许可|准备|前|方案|设计)|在建|建设中|正在建设|正在实施|实施中"
        r"|完成(?:总)?工程(?:总)?量|工程量的|形象进度|完成(?:约)?\d+(?:\.\d+)?[%％]|进度(?:达|为|约)"
        # a count of the work delivered (完成95支应急队伍组建, 新增建成公路1744.8公里).
        r"|(?<![未没不])完成(?=\d)(?![^，,。；;\n]*(?:方案|设计|规划|可研|立项|招标))|新增建成"
        r"|安装|调试|装修|铺设|浇筑|开挖|试运行|试生产|基本(?:完成|建成|完工)|已启动|全面启动|正式启动|启动(?:改造|建设|实施|施工)"
        # a start (已开始接种); promised for later (预计9月份开始) it is preparation, see FUTURE_WORDS.
        r"|开始|开复工|复工|复产"
        # road works in layers: 001 #73 车行道已完成水稳层2.5公里,沥青完成2公里.
        r"|水稳|沥青|路基|路面|摊铺|桩基|降水井?"
        # the last works before completion (进入收尾阶段)
        r"|收尾",
    ),
    # preparing: DESIGN §3 (方案编制/前期手续/招标/选址/预计…开始); 001 #7 可研, #19 比选, #57 报审, #2 待…后.
    (
        Stage.PREPARING,
        # 前期 alone names the stage, not 前期已有…完成 (earlier on)
        r"前期(?:手续|工作|准备|研究|谋划|(?!已|已经))|方案|规划|设计|可研|可行性研究|立项|招标|招投标|比选|采购"
        r"|编制|评估|评审|环评|稳评|水保|地灾|批复|核准|(?:办理|完善|报批|申办)[^，。；;\n]{0,6}手续|手续(?:办理|报批)"
        r"|选址|征地|征收|拆迁|土地(?:置换|划拨|出让|报批)|用地|报批|审批|审查|审核|报审|送审|概算|预算编制"
        r"|施工图|施工许可|许可证|洽谈|对接|申报|筹备|筹建|谋划|摸排|调研|论证|拟定|待[^，。；;\n]{1,20}后"
        # filings before an approval (辅导备案, 项目备案).
        r"|备案",
    ),
)

# Phrases saying work goes on, with no stage: "有序推进" at mid-year is on track (DESIGN §3).
PROGRESSING_WORDS = (
    r"(?:有序|稳步|扎实|加快|正在|持续|全力|积极|顺利|全面|深入)推进|推进中|进行中|按(?:时间)?节点推进"
    r"|按(?:计划|时序|序时)推进|正按[^，。；;\n]{0,6}推进|(?:持续|正在|常态化|已|深入|全面)开展"
    r"|(?:正|正在)?(?:加快|加紧|抓紧)(?:建设|施工|推进|实施)|继续(?:推进|实施|建设)|进一步加快"
)

# Statements that the work lags, which override everything else ("unless the text says otherwise"):
# a stated lag (进展缓慢, 暂缓实施), a stated gap to the goal or the schedule (低于目标0.9个百分点,
# 低于序时进度5个百分点, 与全年目标有较大差距), as units and offices write them in progress tables.
LAGGING_WORDS = (
    r"(?:进度|进展|推进|工作|建设|实施)(?:较为|相对|明显|严重|比较)?(?:滞后|缓慢|偏慢|较慢)|较为滞后|严重滞后"
    r"|(?<!不)(?:未达|未达到|没有达到|达不到|低于|落后于?)(?:全年|年度|预期)?(?:目标|预期|序时|时序|时间进度|计划进度)"
    r"|(?<!不)低于(?:全年|年度)?(?:目标|预期|序时|时序)"
    r"|与(?:全年|年度)?(?:目标|任务|计划)(?:任务|要求)?(?:相比)?(?:还|仍|尚)?(?:有|存在)(?:较大|一定|很大|明显)?差距"
    r"|差距(?:较大|明显)|未能按期|无法按期|难以按期|难以完成|无法完成|暂缓(?:实施|建设|推进|开工)?|不达预期"
    r"|未(?:能)?按(?:计划|期|时|节点|要求|序时|进度)"
    # below the average of the other places (低于全市平均进度), results poor (总体欠佳), slow (进展慢)
    r"|(?:低于|未达|未达到|落后于|慢于)(?:全市|全省|全县|全区|全州|全盟)?平均(?:进度|水平)"
    r"|欠佳|(?:进度|进展|推进)(?:较|很|太)?慢(?![于])"
    # 塌目标1.8个百分点, 欠进度: regional words for falling short of the goal or the schedule.
    r"|(?:塌|欠)(?:全年|年度)?(?:目标|序时|进度|时序)"
    # a late start (开工晚, 启动较迟) and work still not done long after (2015年项目至今未完成, 迟迟未开工).
    r"|(?:开工|启动|起步|开建|进场|实施)(?:时间)?(?:较|偏|过|太)?(?:晚|迟)"
    r"|(?:至今|迄今|依然|仍然|迟迟)(?:未|没有|尚未|仍未)(?:完成|建成|完工|竣工|开工|启动|实施|到位)"
    # any stated lag (开工滞后, 投资滞后, 滞后项目), not denied (不滞后, 无滞后) nor warded off (防止滞后)
    r"|(?<![不未无没])(?<!防止)(?<!避免)滞后"
    # results below what was asked (完成情况不够理想), work not done to standard (整改不到位, 推进不力)
    r"|(?:不够|不太|不甚|欠|不)理想|不尽如人意"
    r"|(?:整改|落实|推进|工作|措施)不到位|(?:推进|落实|工作)不力|进展不(?:大|明显)|成效不明显"
    # a goal or task named as not done (未完成建设任务的县区, 未完成年度任务的项目); 尚未完成 mid-year is
    # work still under way
    r"|(?<![尚还仍])未(?:能)?完成[^，,。；;\n\d]{0,8}(?:任务|目标|计划)"
    # the schedule hit (暂停施工…影响工程进度)
    r"|影响(?:了)?(?:工程|施工|项目|整体|建设|总体)?(?:进度|进展|工期)"
    # due and not done (应开未开, 应完未完), slower than the schedule (慢于时间进度1.3%)
    r"|应开(?:工)?未开(?:工)?|应(?:完|竣)(?:工)?未(?:完|竣)(?:工)?|慢于(?:序时|时序|时间|计划)(?:进度)?"
    # work stopped (停工原因是…), a place on the office's black list (进入“黑榜”)
    r"|停工|暂停施工|停止施工|(?:列入|进入|上了)[“\"]?黑榜"
    # a goal or standard missed (未达到治理目标, 应达未达Ⅲ类水质目标, 优Ⅲ比例未达标), a gap to the goal
    # (两项目标时序进度均较年度目标存在明显差距), water or air worse (仍为劣Ⅴ类, 水质变差, 呈恶化趋势)
    r"|(?<!不)(?:未达到|未达|没有达到|达不到)[^，,。；;\n]{1,10}?(?:目标|标准)|未达标|零进步"
    r"|(?:较|比)[^，,。；;\n]{0,12}(?:目标|计划|序时进度|要求)[^，,。；;\n]{0,4}?(?:存在|有)(?:明显|较大|一定|很大)?差距"
    r"|(?:仍为|仍是|新增的?|出现|降为|变为)劣[ⅤV五5]类|变差|恶化趋势|(?:持续|明显|有所)恶化"
    # a pace stated as short of a share (进度不足60%), completion put off to next year (预计明年上半年全面完成)
    r"|(?:进度|完成率|完成比例|进展)(?:均|仍|还)?不足\s*\d"
    r"|(?:预计|计划|力争|争取|将|要)(?:于|在)?(?:明年|下年度|次年)[^，,。；;\n]{0,8}(?:完成|建成|竣工|完工|投用|投入使用)"
    # the office asking for speed (进度需进一步加快, 进展有待加快): the pace is short of what is due
    r"|(?:进度|进展)(?:还|仍|尚)?(?:需|需要|有待|亟需|亟待|急需)(?:进一步)?加快"
    # slow or behind in other words (进展迟缓, 进度落后, 完成率偏低, 排名靠后), and the red or yellow light
    # of an office's 红黄绿灯 board
    r"|(?:进度|进展|推进|工作|建设)(?:较为|相对|明显|严重|比较)?(?:迟缓|落后)"
    r"|(?:完成率|完成比例|进度|比例)(?:明显|相对)?(?:偏低|较低)|排名(?:靠后|落后|末位|倒数)"
    r"|(?<!不是)(?<![不未])(?:亮|亮起|亮了|显示|为|列为|标为)?[“\"]?(?:红灯|黄灯)"
)

# Statements that the work keeps to the schedule (均达序时进度, 完成情况较好, 总体进展顺利): the
# office's own verdict, for a text that states no figure.
ON_SCHEDULE_WORDS = (
    r"(?<![未不没])(?:均|已|基本|全部)?达(?:到)?(?:了)?(?:序时|时序|时间)进度|符合(?:序时|时序|时间)进度"
    r"|完成(?:情况)?(?:较好|良好)|进展(?:良好|顺利)|总体(?:进展)?顺利|按(?:序时|时序|时间)进度推进"
    r"|(?:进展|推进|进度)(?:较好|很好)|(?<!不是)(?<![不未])(?:亮|显示|为|列为)?[“\"]?绿灯"
    r"|(?:整体|总体|项目)?(?:正在)?按(?:计划|期|时序|序时)进行"
)

# Statements of some progress only (有一定进度, 取得一定进展): on track early in the year, behind once
# most of it has passed.
SOME_PROGRESS_WORDS = r"有一定(?:的)?(?:进度|进展)|取得(?:了)?一定(?:的)?进展|略有进展"

# Statements that the year's goal is met or passed (超额完成, 已完成年度目标, 超序时进度): a completion
# or a share of the goal said in words. Not before a share (完成年度目标的53%), not as a promise (力争完成).
COMPLETED_WORDS = (
    r"(?:超额|提前)完成"
    r"|(?<![未没不])完成(?:了)?(?:全年|年度|本年度)[^，,。；;\d]{0,4}?(?:目标)?(?:任务|目标|计划)(?:量)?"
    r"(?![的\d%]|[^，,。；;\n]{0,6}[\d%％])"
    r"|(?:已经?|均已|全部|已全部)完成(?=$|[，,。；;！!\s])"
    # done on time (已按期完成, 如期完成): the verdict, not a share (按期完成80%)
    r"|(?<![确力要])(?:已经?)?(?:按期|如期|按时|按节点)完成(?![^，,。；;\n]{0,8}[%％\d])"
    # the goal said met in other words (全面完成目标任务, 完成了预定目标, 已达期末目标)
    r"|(?<![确力要争])(?:全面|圆满|顺利)完成(?:了)?(?:各项|全年|年度)?(?:目标)?(?:任务|目标)(?![的\d%％])"
    r"|(?<![未没不])完成(?:了)?(?:预定|既定|预期)目标|已达(?:到)?(?:期末|年度|全年|预期|预定)目标"
)
AHEAD_WORDS = (
    r"超(?:过)?(?:序时|时序|时间)进度|超进度|快于(?:序时|时序|时间)|好于预期"
    r"|(?:进展|进度|推进)(?:较快|快于预期|超前)|提前(?:开工|开复工|启动)"
    r"|高于(?:全年|年度)?(?:目标|预期|序时|时序|时间进度)"
    r"|超(?:过)?(?:年度|全年)(?:投资)?(?:计划|目标)(?:进度)?\d"
    r"|(?:超过|快于|超出)(?:了)?(?:计划|预定)?进度(?:要求)?"
)

# A planned or expected step is not a step reached: 计划8月开工 is still preparation.
FUTURE_WORDS = re.compile(
    r"预计|计划|拟|将于|将在|力争|争取|准备|待|确保|有望|预期|需|下一步|下步"
    r"|预(?=\d{1,2}月|[一二三四五六七八九十]{1,2}月|年底|年内|下半年)"
)
NEGATION_BEFORE = re.compile(r"(?:未|没有|尚未|暂未|不)$")
# Work to be sped up is work going on (需进一步加快施工速度): no planned step.
_SPEEDING_BEFORE = re.compile(r"(?:加快|加紧|抓紧|加速|加大)$")
# A step said to be reached (计划年内开工的247个项目已经开工242个): no plan, whatever the clause says before.
_REACHED_BEFORE = re.compile(r"已(?:经)?$")
# A completion forecast for this year (预计年内竣工, 计划年底前建成): the works are under way.
_THIS_YEAR = re.compile(r"(?:预计|计划|力争|确保|有望)[^，。；;\n]{0,4}(?:年内|年底|今年|本年)")
# A clause ends at these characters; a planned-step marker only reaches within its clause.
CLAUSE_BREAK_CHARS = "，,。；;：:！!？?\n（）()"
CLAUSE_BREAK = re.compile(f"[{re.escape(CLAUSE_BREAK_CHARS)}]")

# "已完成 + work" delivers part of the task (已完成小康东侧地块土壤污染治理修复) unless what was completed
# is itself a preparation step (已完成初步设计方案), which the lexicon above reads as preparation.
_PART_DONE_RE = re.compile(r"已(?:经)?完成|已全部完成")
_STAGE_RE = compile_scanning("|".join(f"(?P<s{stage.value}>{pattern})" for stage, pattern in STAGE_WORDS))
_PROGRESSING_RE = compile_scanning(PROGRESSING_WORDS)
_LAGGING_RE = compile_scanning(LAGGING_WORDS)
_COMPLETED_RE = compile_scanning(COMPLETED_WORDS)
_AHEAD_RE = re.compile(AHEAD_WORDS)
_ON_SCHEDULE_RE = compile_scanning(ON_SCHEDULE_WORDS)
_SOME_PROGRESS_RE = re.compile(SOME_PROGRESS_WORDS)


@dataclass(frozen=True, slots=True)
class StageHit:
    """One stage word found in a text, with its span."""

    stage: Stage
    span: tuple[int, int]
    text: str


@dataclass(frozen=True, slots=True)
class StageReading:
    """What a progress text says about its stage.

    `hits` are explicit stage words; `progressing` are phrases like 有序推进 that say work goes on without
    naming a stage; `lagging` are phrases stating the work lags (进度滞后, 低于目标); `completed` and
    `ahead` state the year's goal met (超额完成) or the schedule passed (超序时进度); `on_schedule` the
    schedule kept (均达序时进度); `some_progress` some progress only (有一定进度).
    """

    hits: tuple[StageHit, ...]
    progressing: tuple[StageHit, ...]
    lagging: tuple[StageHit, ...]
    completed: tuple[StageHit, ...] = ()
    ahead: tuple[StageHit, ...] = ()
    on_schedule: tuple[StageHit, ...] = ()
    some_progress: tuple[StageHit, ...] = ()

    @property
    def highest(self) -> Stage | None:
        return max((h.stage for h in self.hits), default=None)

    @property
    def lowest(self) -> Stage | None:
        return min((h.stage for h in self.hits), default=None)

    def first(self, stage: Stage) -> StageHit | None:
        return next((h for h in self.hits if h.stage == stage), None)


def clause_bounds(text: str, start: int, end: int, breaks: str = CLAUSE_BREAK_CHARS) -> tuple[int, int]:
    """The clause holding text[start:end]: from after the break before it to the break after it."""
    positions = mark_positions(text, breaks)
    before = bisect_left(positions, start)
    after = bisect_left(positions, end)
    left = positions[before - 1] + 1 if before else 0
    return left, positions[after] if after < len(positions) else len(text)


def clause_start(text: str, position: int) -> int:
    """Index where the clause holding `position` begins."""
    return clause_bounds(text, position, position)[0]


# A task whose own work is preparation (全面完成村规划编制, 完成西部新城城市设计): for it, drafting and
# approving plans is execution, not a stage before it.
PREPARATION_TASK = re.compile(r"规划|方案|设计|编制|可研|可行性研究|立项|申报|筹建|筹备|谋划")


def detect_stages(text: str, *, task: str = "") -> StageReading:
    """Read the stage words of a progress text; planned steps (计划8月开工) count as preparation.

    When `task` is itself preparation work (编制规划), its preparation words count as execution.
    """
    preparation_is_work = bool(task) and PREPARATION_TASK.search(task) is not None
    hits: list[StageHit] = []
    expected: list[StageHit] = []  # completions forecast for this year
    for match in _STAGE_RE.finditer(text):
        stage = Stage(int(match.lastgroup[1:]))  # type: ignore[index]
        start, end = match.span()
        if stage >= Stage.EXECUTING:
            if NEGATION_BEFORE.search(text[max(0, start - 2) : start]):
                continue
            speeding = _SPEEDING_BEFORE.search(text[max(0, start - 4) : start])
            speeding = speeding or _REACHED_BEFORE.search(text[max(0, start - 2) : start])
            if not speeding and FUTURE_WORDS.search(text[clause_start(text, start) : start]):
                if stage == Stage.DONE:
                    begin = clause_start(text, start)
                    if (forecast := _THIS_YEAR.search(text, begin, start)) is not None:
                        # 预计年内竣工: the works go on towards an end this year
                        span = (forecast.start(), end)
                        expected.append(StageHit(Stage.EXECUTING, span, text[span[0] : span[1]]))
                    continue
                stage = Stage.PREPARING
        if stage == Stage.PREPARING and preparation_is_work:
            stage = Stage.EXECUTING
        hits.append(StageHit(stage, (start, end), match.group()))
    for match in _PART_DONE_RE.finditer(text):
        _, clause_end = clause_bounds(text, match.start(), match.end())
        if not any(match.start() <= h.span[0] < clause_end for h in hits):
            hits.append(StageHit(Stage.EXECUTING, match.span(), text[match.start() : clause_end]))
    hits.sort(key=lambda h: h.span)
    progressing = tuple(
        sorted(
            [StageHit(Stage.EXECUTING, m.span(), m.group()) for m in _PROGRESSING_RE.finditer(text)]
            + expected,
            key=lambda h: h.span,
        )
    )
    lagging = tuple(StageHit(Stage.EXECUTING, m.span(), m.group()) for m in _LAGGING_RE.finditer(text))
    completed = tuple(
        StageHit(Stage.DONE, m.span(), m.group())
        for m in _COMPLETED_RE.finditer(text)
        if not FUTURE_WORDS.search(text[clause_start(text, m.start()) : m.start()])
    )
    ahead = tuple(StageHit(Stage.EXECUTING, m.span(), m.group()) for m in _AHEAD_RE.finditer(text))
    on_schedule = tuple(
        StageHit(Stage.EXECUTING, m.span(), m.group()) for m in _ON_SCHEDULE_RE.finditer(text)
    )
    some = tuple(StageHit(Stage.EXECUTING, m.span(), m.group()) for m in _SOME_PROGRESS_RE.finditer(text))
    return StageReading(tuple(hits), progressing, lagging, completed, ahead, on_schedule, some)
