"""Thirty-sixth pass (engineer-p109e): patterns compiled once and English sentences read once a text, the same
answers as before.

Fresh sentences, none from the corpora: English sentences are still found (and stay found when asked again for the
same text), a full name, a lower-case name beside an e-mail and a glued name are still read as before."""

from guichet.privacy.name_rules_full_names import full_names
from guichet.privacy.name_rules_lower import lower_names
from guichet.privacy.name_rules_words import _english_sentences, _words
from guichet.privacy.pseudonymise import pseudonymise


def test_english_sentences_same_answer_twice_and_a_fresh_list() -> None:
    text = "Bonjour madame. My english is not good and i need help with my file. Merci beaucoup."
    first = _english_sentences(text)
    assert [text[a:b] for a, b in first] == [" My english is not good and i need help with my file"]
    first.append((0, 1))  # a caller changing its list changes nothing the next caller reads
    assert _english_sentences(text) == [(15, 67)]
    assert _english_sentences("Je suis perdu. Merci.") == []


def test_words_of_a_name() -> None:
    assert _words("Jean-Pierre d'Ormesson, 3 rue") == ["Jean-Pierre", "d'Ormesson", "rue"]


def test_full_name_and_its_third_word() -> None:
    text = "Je vous écris pour Martine Lebrun Vasseur qui ne peut pas se déplacer."
    found = [text[start:end] for start, end, _ in full_names(text)]
    assert found == ["Martine Lebrun Vasseur"]


def test_lower_name_before_a_web_address_is_no_name() -> None:
    assert [span for span in lower_names("voir le site kovalenko.fr pour le détail") if span[2] > 0] == []


def test_lower_case_full_name_still_masked() -> None:
    result = pseudonymise("bonjour je suis andrii kovalenko et je voudrais un rendez-vous")
    assert "kovalenko" not in result.text
