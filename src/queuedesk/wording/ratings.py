"""Rating levels and reasons as a customer reads them, and what the customer is asked,
worded once for every client: the rating screen, the desk's side panel, reports and the
ticket's web page.

The domain keeps codes (domain.ratings: scores 5..1, reason codes); the words are here,
in the catalogues of each language.
"""
from __future__ import annotations

from queuedesk.domain.ratings import Level
from queuedesk.wording.catalog import Catalog

CONTEXT = "Rating"


def level(score: int, lang: str) -> str:
    """非常满意 … 非常不满意 for 5 … 1."""
    words = Catalog(lang)
    return {
        Level.VERY_SATISFIED: words.translate("Rating", "Very satisfied"),
        Level.SATISFIED: words.translate("Rating", "Satisfied"),
        Level.BASICALLY_SATISFIED: words.translate("Rating", "Fairly satisfied"),
        Level.DISSATISFIED: words.translate("Rating", "Dissatisfied"),
        Level.VERY_DISSATISFIED: words.translate("Rating", "Very dissatisfied"),
    }[Level(score)]


def reason(code: str, lang: str) -> str:
    """等候时间长, 服务态度, 业务不熟练, 流程繁琐, 其他; an unknown code as it is."""
    words = Catalog(lang)
    return {
        "long_wait": words.translate("Rating", "Long wait"),
        "attitude": words.translate("Rating", "Staff attitude"),
        "not_proficient": words.translate("Rating", "Staff not proficient"),
        "complicated": words.translate("Rating", "Complicated procedure"),
        "other": words.translate("Rating", "Other"),
    }.get(code, code)


def not_rated(lang: str) -> str:
    return Catalog(lang).translate("Rating", "Not rated")


# -- what the customer is asked (the rating screen and the ticket's web page) -------------

def question(lang: str) -> str:
    """请您对本次服务作出评价."""
    return Catalog(lang).translate("Rating", "How was our service?")


def why(lang: str) -> str:
    """Asked after one of the two lowest levels."""
    return Catalog(lang).translate("Rating", "Sorry. What went wrong?")


def choose_any(lang: str) -> str:
    return Catalog(lang).translate("Rating", "Choose any that apply")


def submit(lang: str) -> str:
    return Catalog(lang).translate("Rating", "Submit")


def back(lang: str) -> str:
    """Back to the five levels, to choose again."""
    return Catalog(lang).translate("Rating", "Back")


def thanks(lang: str) -> str:
    return Catalog(lang).translate("Rating", "Thank you for your rating")


def your_rating(score: int, lang: str) -> str:
    return Catalog(lang).translate("Rating", "Your rating: {0}").format(level(score, lang))
