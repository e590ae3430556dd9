"""Events per body sentence over a dataset of the shared evaluation data (default: meantime).

    python eval/events_per_sentence.py [DATASET]

A body sentence is one from the lead on (``newsx.events.happenings.lead_sentence``: the title and
the dateline before it do not count). Issue 17 asks for at most 1.2 events per sentence over the
MEANTIME dev articles: one record per happening, not one per event word.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsx  # noqa: E402
from newsx.doc import read  # noqa: E402
from newsx.events.happenings import lead_sentence  # noqa: E402


def main() -> None:
    name = sys.argv[1] if len(sys.argv) > 1 else "meantime"
    data = ROOT.parent / "shared" / "eval" / "data" / f"{name}.jsonl"
    sentences = events = articles = 0
    with data.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            found = newsx.extract(text, sections=("events",)).events or ()
            body = read(text).clauses.sentences
            sentences += len(body) - (lead_sentence(body, 0) or 0)
            events += len(found)
            articles += 1
    print(f"{name}: {articles} articles, {sentences} body sentences, {events} events, "
          f"{events / max(sentences, 1):.2f} events per sentence")


if __name__ == "__main__":
    main()
