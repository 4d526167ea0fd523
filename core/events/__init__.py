"""Assembles meeting events from mentions, dates and cue words, sentence by sentence.

A sentence with a meeting trigger (دیدار, التقى, تماس تلفنی, قمة …) that is not cancelled (future, negated,
recalled history) yields events between its *actor* countries: countries named through a person (an
official, a title, a counterpart word, a delegation) rather than as a place or a topic. A "with" word splits
subject from partners, so "A met B, C and D" gives three bilateral events; a sideline cue ("در حاشیه",
"على هامش") ties them to the summit's forum and also yields the summit itself. The same meeting told twice
is merged unless the two tellings name different officials or different days.

The modules, each using only those listed before it: ``sentence`` (tokens, cues, mentions of one sentence),
``actors`` (countries taking part through a person), ``tense`` (plans, negations, history), ``dating`` (the
meeting's day), ``venue`` (where), ``receptions`` (audiences, welcomes, credentials), ``sides`` (who met
whom), ``drafts`` (one sentence into draft events) and ``merge`` (an article's drafts into its events).
"""

from core.events.actors import OFFICIAL_STATELESS, STATELESS_ROLES, is_organisation_envoy
from core.events.drafts import ORG_TITLES
from core.events.merge import assemble
from core.events.sentence import SENTENCE_END, build_sentence, sentence_spans, sentence_words

__all__ = ["OFFICIAL_STATELESS", "ORG_TITLES", "SENTENCE_END", "STATELESS_ROLES", "assemble", "build_sentence",
           "is_organisation_envoy", "sentence_spans", "sentence_words"]
