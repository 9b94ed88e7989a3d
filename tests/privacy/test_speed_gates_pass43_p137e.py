"""Forty-third pass, privacy speed (issue 13, engineer-p137e): the last passes' rules look first for what every
match of theirs holds, and find the same spans either way.

Each switch (`trade_names.GATED`, `word_names.SUBJECT_FIRST`, `bracketed_initials.INITIALS_FIRST`,
`family_surnames.WORDS_FIRST`, `professional_numbers.COUNT_FIRST`) is flipped on fresh sentences, none from the
corpora: the rule's spans are the same, and the sentences the rule is for are still found.
"""

from collections.abc import Callable, Iterator

import pytest

from guichet.privacy import bracketed_initials, family_surnames, word_names
from guichet.privacy.recognizers import professional_numbers, trade_names

TEXTS = [
    "Je travaille à la Chocolaterie Artisanale du Val, chez Au Fournil d'Élise, et mon entreprise, Bâti Morel, ferme.",
    "Le restaurant familial Le Jardin de Saïgon a fermé. Château Lavergne m'emploie depuis mai.",
    "Mercier n'a toujours pas payé, et Lapierre est mon compagnon, mais Paris est loin.",
    "Bonjour,\nRose a trois ans ; qu'Ambre ne vienne pas. Jean-Marc a signé, McDonald a refusé.",
    "Mon frère (J.-P. M.) et ma voisine, A. B., sont passés. Mon fils (C. M.) aussi.",
    "Je passe chez les Marchand le lundi, puis chez le petit Garnier et la p'tite Colin. Les Fontaine sont partis.",
    "RPPS 10 00 12 34 56 7, ADELI 2B 6 01234 5, ordonnance n° 2611 4873 0092, 2 enfants, 49.6.02587.1 (FINESS).",
    "Ma fille a 12 ans, loyer 450 €, rendez-vous le 12/03/2026 à 14 h, dossier 2024-118.",
    "",
]


def _spans(rule: Callable[[str], Iterator[tuple]], text: str) -> list[tuple]:
    return list(rule(text))


CASES = [
    (trade_names, "GATED", lambda text: trade_names.TradeNameRecognizer().spans(text)),
    (word_names, "SUBJECT_FIRST", word_names.word_names),
    (bracketed_initials, "INITIALS_FIRST", bracketed_initials.bracketed_initials),
    (family_surnames, "WORDS_FIRST", family_surnames.family_surnames),
    (professional_numbers, "COUNT_FIRST", professional_numbers.spans),
]


@pytest.mark.parametrize(("module", "switch", "rule"), CASES)
@pytest.mark.parametrize("text", TEXTS)
def test_each_switch_keeps_the_rules_spans(
    module: object, switch: str, rule: Callable[[str], Iterator[tuple]], text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, switch, True)
    fast = _spans(rule, text)
    monkeypatch.setattr(module, switch, False)
    assert fast == _spans(rule, text)


def _found(rule: Callable[[str], Iterator[tuple]], text: str) -> set[str]:
    return {text[span[0] : span[1]] for span in rule(text)}


def test_the_rules_still_find_their_names_and_numbers() -> None:
    assert {"Mercier", "Lapierre"} <= _found(word_names.word_names, TEXTS[2])
    assert {"Rose", "Ambre"} <= _found(word_names.word_names, TEXTS[3])
    # "(C. M.)" is a school class's letters (CM), as before
    assert _found(bracketed_initials.bracketed_initials, TEXTS[4]) == {"J.-P. M.", "A. B."}
    assert {"Marchand", "Garnier", "Colin", "Fontaine"} <= _found(family_surnames.family_surnames, TEXTS[5])
    numbers = _found(professional_numbers.spans, TEXTS[6])
    assert {"10 00 12 34 56 7", "2611 4873 0092", "49.6.02587.1"} <= numbers
    assert not _found(professional_numbers.spans, TEXTS[7])
    firms = _found(lambda text: trade_names.TradeNameRecognizer().spans(text), TEXTS[0] + " " + TEXTS[1])
    assert any("Chocolaterie" in firm for firm in firms) and any("Lavergne" in firm for firm in firms), firms
