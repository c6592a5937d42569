"""What a target measures: a learned choice among the word spans around its value.

Gold indicators are short noun phrases built from the words next to the value: the measured action or
subject before it ("đã bãi bỏ [112] văn bản"), the counted noun or the thing a share is of after it
("[56 persen] dari total deklarasi harta"), or the task before or after a deadline. Which side and how
far varies by outlet and word order, so a rule cut the wrong clause most of the time. Every span made of
the last ``b`` words before the value and the first ``a`` words after it (inside the value's clause) is a
candidate; a linear scorer over hashed boundary features (the span's first and last words, the words just
outside it, its lengths) picks one. It is trained listwise on the gold records: the spans that hold the
gold indicator's words, and the shortest of them, get the target probability.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from ..document import Entity
from .persons import fold
from .target_model import adam_step, feature_index

HASH_BITS = 16
MAX_BEFORE, MAX_AFTER = 20, 20
# a dated task is a whole verb phrase before its deadline ("menyusun deskripsi pekerjaan ... sebelum")
MAX_BEFORE_DEADLINE = 20
WEIGHTS_NAME = "indicator-scorer.safetensors"
CONFIG_NAME = "indicator-scorer.json"
# the value's clause ends at these marks; a comma does not end it ("56 persen dari total, dan ..."). After the
# value, a contrast opening the next clause ends it too ("đạt 45,3%, trong khi tại các địa phương mới đạt
# 28,7%"); before it, the clause contrasted often names what both values measure ("lahan yang dikelola Pemda
# 45 persen, sedangkan pengembang maksimal 55 persen")
CONTRAST = r",\s*(?:trong khi|còn|nhưng|song|mặc dù|dù|tuy|sementara|sedangkan|namun|tetapi|tapi|meski(?:pun)?|walau(?:pun)?|padahal)\b"
_BEFORE_BREAK = re.compile(r"[;:()\"“”]|\s[-–]\s")
_AFTER_BREAK = re.compile(rf"[;:()\"“”.?!]|\s[-–]\s|{CONTRAST}", re.I)
_EDGE_PUNCTUATION = ",.\"'“”"
_NEIGHBOUR_LABELS = ("PERCENT", "QUANTITY", "MONEY", "DATE")
_VALUE_NEIGHBOURS = ("PERCENT", "QUANTITY", "MONEY")
# who said it is no part of what is measured: "Ia melanjutkan, CPNS yang lolos ..." -> "CPNS yang lolos ..."
_SAID = re.compile(
    r"^.*\b(?:mengatakan|menyatakan|mengungkapkan|melanjutkan|menjelaskan|menuturkan|menambahkan|kata|ujar|"
    r"menyebut|menyebutkan|memaparkan|melaporkan|menerangkan|"
    r"cho biết|cho rằng|khẳng định|nhấn mạnh|nói)\b",
    re.I,
)
# a source named before the measure: "Menurut Sumarno, indeks ...", "Theo ông Nguyễn Văn A, tỷ lệ ..."
_SOURCE = re.compile(r"^(?:(?i:menurut)|(?i:theo)\s+(?:ông|bà))\s+(?:[A-ZĐÀ-Ỹ][\w.'-]*\s+){1,4}")
# sentence openers that link to the story, not to the measure: "Selain itu, ...", "Trong đó, ...", "Theo đó, ..."
_OPENER = re.compile(
    r"^(?:selain itu|sementara itu|dengan demikian|oleh karena itu|adapun|namun|sedangkan|padahal|kemudian|"
    r"berdasarkan data|dari jumlah itu|dari jumlah tersebut|trong đó|cụ thể|ngoài ra|bên cạnh đó|tuy nhiên|"
    r"theo đó|qua đó|như vậy|đồng thời)\b\s*",
    re.I,
)
# words that name no measure at the edges of a phrase: approximators, verbs of reaching, deadline cues,
# connectives, the points an index is counted in
_EDGE_WORD_LIST = (
    "yang dan atau serta dengan sebanyak sebesar mencapai hanya sekitar lebih hampir adalah ini itu tersebut "
    "terdapat ada telah sudah akan harus untuk di ke dari pada menjadi sebelum diselesaikan poin "
    "và hoặc với hơn khoảng gần trên dưới chiếm là đạt có đã sẽ phải thì mà của tại trong vào đến lên còn gồm trước "
    "điểm"
)
EDGE_WORDS = frozenset(_EDGE_WORD_LIST.split())


# a value that restates the one before it in another unit ("Rp 9 triliun atau 8,8 persen", "1.200 hồ sơ, tương
# đương 85%"), or the end of a change from it ("giảm tỉ lệ hộ nghèo từ 26% xuống còn 15%", "từ 26% năm 1992 lên
# 48%", "từ 10.035 xã xuống còn 3.321 xã", "dari 12 persen menjadi 9 persen"), measures what that one does: its
# words start before the first
_RESTATES = re.compile(
    r"^\s*,?\s*(?:atau|alias|setara(?:\s+dengan)?|hay|tức(?:\s+là)?|tương\s+đương(?:\s+với)?|\(|"
    r"(?:(?:năm|tahun|pada)\s+\d{4}\s+|[^\W\d]+\s+){0,2}(?:xuống(?:\s+còn)?|lên(?:\s+mức)?|menjadi|ke\s+level))\s*$",
    re.I,
)


# a value in a list of values of one kind names only its item ("progres paket A 39,7 persen, paket B 35,7 persen"): the
# words before the list's first value name what all of them measure, and the value keeps its item's words
_LIST_ITEM = re.compile(
    r"^\s*(?:,\s*(?:dan\s+|và\s+|serta\s+)?|dan\s+|và\s+|serta\s+)(?:[^\s,;:()]+\s+){1,4}$", re.I
)
_OPENS_LIST = re.compile(r"^\s*:")
# a short aside in brackets ("Kementerian/Lembaga (K/L) yang", "Paket B1 (Bekasi-Cikarang) mencapai") breaks no
# clause: it is left out of the words
_ASIDE = re.compile(r"\s*\([^()\"“”;:]{1,40}\)")


_OUT_OF = re.compile(r"\s*(?:dari|trên(?:\s+tổng\s+số)?|/)\s*", re.I)


def indicator_window(text: str, value: Entity, sentence: tuple[int, int], entities: list[Entity]):
    """(words before, words after) the value, inside its clause and between its neighbouring values; the words
    before a value that restates the previous one, or that is an item of a list, run on before that one."""
    start, end = sentence
    # a date inside the phrase of a number is its period ("realisasi belanja pada April-Juni 2017 mencapai ..."),
    # not another value
    neighbours = _NEIGHBOUR_LABELS if value.label == "DATE" else _VALUE_NEIGHBOURS
    previous = sorted(
        (e for e in entities if e.label in neighbours and start <= e.start and e.end <= value.start),
        key=lambda e: e.end,
    )
    first, items = value, []
    while previous:
        gap = text[previous[-1].end : first.start]
        listed = previous[-1].label == value.label and _LIST_ITEM.match(gap)
        if not (listed or _RESTATES.match(gap)):
            break
        items.insert(0, gap if listed else "")
        first = previous.pop()
    following = [e for e in entities if e.label in neighbours and value.end <= e.start < end]
    # the whole a count is out of is part of its value ("586 dari 620 instansi menyampaikan ..."): the words after it
    # are the value's
    whole = next(
        (e for e in following if e.label == value.label and _OUT_OF.fullmatch(text, value.end, e.start)), None
    )
    after_start = whole.end if whole else value.end
    next_starts = [e.start for e in following if e.start >= after_start]
    head = text[max([start, *(e.end for e in previous)]) : first.start]
    before_text = _ASIDE.sub("", " ".join([head, *items]))
    before = _BEFORE_BREAK.split(before_text)[-1]
    after_text = _ASIDE.sub("", text[after_start : min([end, *next_starts])])
    if value.label == "DATE":  # a deadline may open its list of tasks ("đến cuối năm 2005: hoàn thành ...")
        after_text = _OPENS_LIST.sub("", after_text, count=1)
    after = _AFTER_BREAK.split(after_text, maxsplit=1)[0]
    reach = MAX_BEFORE_DEADLINE if value.label == "DATE" else MAX_BEFORE
    return _words(before)[-reach:], _words(after)[:MAX_AFTER]


def _words(text: str) -> list[str]:
    return [w.strip(_EDGE_PUNCTUATION) for w in text.split() if w.strip(_EDGE_PUNCTUATION)]


# the second syllables of Vietnamese words that open on "tỷ"/"tỉ" ("tỷ lệ", ratio; "tỷ trọng", share): a span
# opening there cuts the word, and the scorer, which also sees "tỷ" as the numeral "billion", did so for 40
# Vietnamese indicators on real and written train and dev
_SECOND_SYLLABLE_AFTER_TY = frozenset(("lệ", "trọng"))


def candidate_spans(before: list[str], after: list[str]) -> list[tuple[int, int]]:
    """(words taken before, words taken after) for every non-empty span touching the value that cuts no word."""
    return [
        (b, a)
        for b in range(len(before) + 1)
        if not _cuts_a_word(before, b)
        for a in range(len(after) + 1)
        if b + a
    ]


def _cuts_a_word(before: list[str], taken: int) -> bool:
    first = len(before) - taken
    return (
        0 < first < len(before)
        and before[first].lower() in _SECOND_SYLLABLE_AFTER_TY
        and before[first - 1].lower() in ("tỷ", "tỉ")
    )


def span_words(before: list[str], after: list[str], span: tuple[int, int]) -> list[str]:
    taken_before, taken_after = span
    return before[len(before) - taken_before :] + after[:taken_after]


def span_features(
    before: list[str], after: list[str], span: tuple[int, int], label: str, lang: str
) -> list[str]:
    """The span's lengths and its boundaries: its first and last words and the words just outside it. The
    features of each side depend on that side's length only (see ``IndicatorScorer.indicator``)."""
    taken_before, taken_after = span
    return [
        *_before_side(before, after, taken_before, lang),
        *_after_side(before, after, taken_after, lang),
        f"shape={min(taken_before, 4)}_{min(taken_after, 4)}_{label}",
    ]


def _before_side(before: list[str], after: list[str], taken_before: int, lang: str) -> list[str]:
    """The span's first word (the first after the value when it takes none before) and the word left of it."""
    first = fold(before[len(before) - taken_before]) if taken_before else fold(after[0]) if after else ""
    outside_left = fold(before[len(before) - taken_before - 1]) if taken_before < len(before) else "<start>"
    return [
        f"before={min(taken_before, 8)}",
        f"first={first}",
        f"left={outside_left}",
        f"left_first={outside_left}_{first}",
        f"left_lang={outside_left}_{lang}",
    ]


def _after_side(before: list[str], after: list[str], taken_after: int, lang: str) -> list[str]:
    """The span's last word (the last before the value when it takes none after) and the word right of it."""
    last = fold(after[taken_after - 1]) if taken_after else fold(before[-1]) if before else ""
    outside_right = fold(after[taken_after]) if taken_after < len(after) else "<end>"
    return [
        f"after={min(taken_after, 8)}",
        f"last={last}",
        f"right={outside_right}",
        f"last_right={last}_{outside_right}",
        f"right_lang={outside_right}_{lang}",
    ]


def _noun_phrase(before: list[str], after: list[str]) -> str | None:
    """The chosen words without the speaker before a verb of saying, and without edge words at either end
    or next to the value ("tuyển mới khoảng [60.000] người" -> "tuyển mới người")."""
    spoken = _SOURCE.sub("", _OPENER.sub("", _SAID.sub("", " ".join(before))))
    parts = [_trimmed(spoken.split()), _trimmed(after)]
    return " ".join(word for part in parts for word in part) or None


def _trimmed(words: list[str]) -> list[str]:
    words = list(words)
    while words and words[0].lower() in EDGE_WORDS:
        words.pop(0)
    while words and words[-1].lower() in EDGE_WORDS:
        words.pop()
    return words


def _hash(features: list[str]) -> np.ndarray:
    return np.array(sorted({_index(f) for f in features}), dtype=np.int64)


def _index(feature: str) -> int:
    return feature_index(feature, HASH_BITS)


def span_quality(gold: str, words: list[str]) -> float:
    """How good a span is as the gold indicator: 1 when it holds half the gold words (the scoring rule),
    plus its word overlap F1 so that a short span beats a long one that holds as much."""
    gold_words, span = set(fold(gold).split()), set(fold(" ".join(words)).split())
    if not gold_words or not span:
        return 0.0
    shared = len(gold_words & span)
    return float(shared >= len(gold_words) / 2) + 2 * shared / (len(gold_words) + len(span))


class IndicatorScorer:
    """A weight per hashed span feature; the indicator is the best-scoring span's words."""

    def __init__(self, weights: np.ndarray, info: dict | None = None):
        self.weights = weights
        self.info = info or {}
        self._weight_of = (
            weights.tolist()
        )  # scoring a span sums a dozen weights: plain floats beat numpy there

    def indicator(
        self, text: str, value: Entity, sentence: tuple[int, int], entities: list[Entity], lang: str
    ):
        before, after = indicator_window(text, value, sentence, entities)
        spans = candidate_spans(before, after)
        if not spans:
            return None
        # each side's features are hashed and summed once, not once per span (a value has up to 255 spans); a
        # span's score sums the weights of the union of its sides' features, so a feature both sides hash to
        # is taken back once
        weight = self._weight_of
        lefts = [{_index(f) for f in _before_side(before, after, b, lang)} for b in range(len(before) + 1)]
        rights = [{_index(f) for f in _after_side(before, after, a, lang)} for a in range(len(after) + 1)]
        left_sums = [sum(weight[i] for i in side) for side in lefts]
        right_sums = [sum(weight[i] for i in side) for side in rights]
        collide = bool(set().union(*lefts) & set().union(*rights))
        shapes = {(b, a): _index(f"shape={b}_{a}_{value.label}") for b in range(5) for a in range(5)}
        scores = []
        for b, a in spans:
            score = left_sums[b] + right_sums[a]
            shape = shapes[min(b, 4), min(a, 4)]
            if shape not in lefts[b] and shape not in rights[a]:
                score += weight[shape]
            if collide:
                score -= sum(weight[i] for i in lefts[b] & rights[a])
            scores.append(score)
        taken_before, taken_after = spans[scores.index(max(scores))]
        return _noun_phrase(before[len(before) - taken_before :], after[:taken_after])

    @classmethod
    def train(
        cls,
        examples: list[tuple[list[list[str]], list[float]]],
        example_weights: list[float] | None = None,
        epochs: int = 60,
        l2: float = 1e-2,
        temperature: float = 0.1,
    ) -> IndicatorScorer:
        """Listwise softmax over each target's spans towards exp(quality / temperature), full-batch Adam;
        ``example_weights`` let written passages count less than real news."""
        weights = np.zeros(1 << HASH_BITS)
        first, second = np.zeros_like(weights), np.zeros_like(weights)
        weights_of = example_weights or [1.0] * len(examples)
        hashed = [
            ([_hash(f) for f in spans], np.asarray(quality), weight)
            for (spans, quality), weight in zip(examples, weights_of, strict=True)
            if spans
        ]
        for step in range(1, epochs + 1):
            gradient = np.zeros_like(weights)
            for rows, quality, weight in hashed:
                scores = np.array([weights[r].sum() for r in rows])
                predicted = np.exp(scores - scores.max())
                wanted = np.exp((quality - quality.max()) / temperature)
                deltas = weight * (predicted / predicted.sum() - wanted / wanted.sum())
                for row, delta in zip(rows, deltas, strict=True):
                    gradient[row] += delta
            gradient = gradient / max(len(hashed), 1) + l2 * weights
            adam_step(weights, gradient, first, second, step)
        return cls(weights.astype(np.float32), {"epochs": epochs, "l2": l2, "temperature": temperature})

    def save(self, folder: Path) -> None:
        from safetensors.numpy import save_file

        folder.mkdir(parents=True, exist_ok=True)
        save_file({"weights": self.weights}, str(folder / WEIGHTS_NAME))
        config = {"hash_bits": HASH_BITS, "max_before": MAX_BEFORE, "max_after": MAX_AFTER, **self.info}
        (folder / CONFIG_NAME).write_text(
            json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )

    @classmethod
    def load(cls, folder: Path) -> IndicatorScorer:
        from safetensors.numpy import load_file

        config = json.loads((folder / CONFIG_NAME).read_text(encoding="utf-8"))
        if (config["hash_bits"], config["max_before"], config["max_after"]) != (
            HASH_BITS,
            MAX_BEFORE,
            MAX_AFTER,
        ):
            raise ValueError(f"{folder}: an indicator scorer of another version")
        return cls(load_file(str(folder / WEIGHTS_NAME))["weights"], config)
