"""Whether an article is about a hospital alliance at all: most of a hospital's news column is not.

The score squashes the weighted alliance cues (see ``alliance.cue_score``) into 0..1 so a
passing mention of 医联体 deep in an unrelated report stays well below one in the title.
"""

from __future__ import annotations

HALF_SCORE = 4.0  # cue weight at which the score reaches 0.5: one generic cue in the lead
THRESHOLD = 0.5


def relevance(alliance_score: float) -> dict[str, object]:
    score = alliance_score / (alliance_score + HALF_SCORE) if alliance_score > 0 else 0.0
    return {"label": "alliance" if score >= THRESHOLD else "other", "score": round(score, 3)}
