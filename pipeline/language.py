"""Language identification restricted to the project's languages.

lingua is told only about Indonesian, Vietnamese, Malay and English: Malay is read as Indonesian (the two
are close and translated news often scores as Malay), and English, the usual confusion for short or
boilerplate-heavy text, falls back to whichever project language scores higher, with a warning.
"""

from __future__ import annotations

from functools import lru_cache

_SAMPLE_CHARS = 3000


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.INDONESIAN, Language.VIETNAMESE, Language.MALAY, Language.ENGLISH
    ).build()


def detect_language(text: str) -> tuple[str, str | None]:
    """Return (``id`` or ``vi``, an optional warning)."""
    from lingua import Language

    sample = text[:_SAMPLE_CHARS]
    scores = {v.language: v.value for v in _detector().compute_language_confidence_values(sample)}
    indonesian = scores.get(Language.INDONESIAN, 0.0) + scores.get(Language.MALAY, 0.0)
    vietnamese = scores.get(Language.VIETNAMESE, 0.0)
    lang = "vi" if vietnamese > indonesian else "id"
    if scores.get(Language.ENGLISH, 0.0) > max(indonesian, vietnamese):
        return lang, f"text looks English; processed as '{lang}' (use --lang to override)"
    return lang, None
