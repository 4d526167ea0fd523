"""Word salads cut from the seeds: whatever order words come in (a page cut mid-sentence, boilerplate glued to
an article), the pipeline finishes and every span still points at its words. It found a "with" ending a
sentence that indexed past the sentence's last token."""

import random
from pathlib import Path

import pytest

from core.pipeline import process_text

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
WORDS = [w for f in SEEDS for w in f.read_text(encoding="utf-8").replace("\n", " \n ").split(" ") if w]


def salads(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 300)))
        out.append(text.replace(" ", "")[:1500] if rng.random() < 0.2 else text)
    return out


@pytest.mark.parametrize("seed", range(4))
def test_word_salads_keep_their_spans(seed):
    for text in salads(seed, 150):
        result = process_text(text)
        assert all(text[m.start:m.end] == m.surface for m in result.mentions)
        assert all(text[d.start:d.end] == d.surface for d in result.dates)
        assert all(0 <= s < e <= len(text) for ev in result.events for s, e in ev.evidence)
