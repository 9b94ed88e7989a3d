"""A model that loops writes the same lines twice; the draft keeps them once."""

from guichet.drafting.compose import clean_output

LOOPED = (
    "- un ascendant (parent, grand-parent) des époux, [2]\n"
    "- un descendant (enfant, petits-enfant) majeur des époux, [2]\n"
    "- un professionnel autorisé habilité à le faire (avocats, pour le compte de leur client par exemple) [2].\n"
    "- un ascendant (parent, grand-parent) des époux, [2]\n"
    "- un descendant (enfant, petits-enfant) majeur des époux, [3]\n"
    "- Un professionnel autorisé habilité à le faire (avocats, pour le compte de leur client par exemple)."
)


def test_a_looped_list_is_kept_once() -> None:
    cleaned = clean_output(LOOPED)
    assert cleaned.split("\n") == LOOPED.split("\n")[:3]


def test_a_repeated_line_is_dropped_whatever_its_citation_mark_or_list_mark() -> None:
    text = "La démarche est gratuite [1].\nVous pouvez la faire en ligne [2].\n1. La démarche est gratuite [4]."
    assert clean_output(text) == "La démarche est gratuite [1].\nVous pouvez la faire en ligne [2]."


def test_different_lines_and_short_lines_stay() -> None:
    text = (
        "Avant 53 ans :\n- L'ARE est versée après 7 jours.\nÀ partir de 53 ans :\n- L'ARE est versée après 7 jours "
        "de délai d'attente.\nAvant 53 ans :"
    )
    assert clean_output(text) == text
