"""Extract throughput on one core vs hazm's Normalizer alone, over >= 10,000 articles.

    python bench/throughput.py [--n 10000]

Builds the corpus in memory from seeds/ and ../shared/devset/articles (each text repeated with a numbered
line so every article is distinct), then times, in one process: the whole pipeline (ingest record ->
mentions -> dates -> events) and hazm.Normalizer().normalize over the same texts. Prints numbers only.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.ingest import article_id, detect_lang  # noqa: E402
from core.pipeline import process  # noqa: E402
from core.records import Article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int) -> list[Article]:
    devset = ROOT.parent / "shared" / "devset" / "articles"
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted(devset.glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    out = []
    for i in range(n):
        text = texts[i % len(texts)] + f"\n{i}"
        out.append(Article(article_id(text), f"bench:{i}", "bench", text, detect_lang(text)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    n = ap.parse_args().n
    articles = corpus(n)
    mb = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    for a in articles[:40]:  # load the gazetteer, cue tables and hazm's lexicon once, as a long run would
        process(a)
    t0 = time.perf_counter()
    events = sum(len(process(a).events) for a in articles)
    t_extract = time.perf_counter() - t0

    from hazm import Normalizer

    norm = Normalizer()
    t0 = time.perf_counter()
    for a in articles:
        norm.normalize(a.text)
    t_norm = time.perf_counter() - t0
    print(f"articles={n} corpus_mb={mb:.1f} events={events}")
    print(f"extract: {n / t_extract:,.0f} articles/s  {mb / t_extract:.2f} MB/s  ({t_extract:.1f} s, one process)")
    print(f"hazm Normalizer alone: {n / t_norm:,.0f} articles/s  {mb / t_norm:.2f} MB/s  ({t_norm:.1f} s)")
    print(f"extract / normalizer speed ratio: {t_norm / t_extract:.2f}x")


if __name__ == "__main__":
    main()
