"""Twenty-fifth pass, second shift, privacy: the former employer of a retired person, said in the past tense (p65):
a job held after "était" / "a été" and "chez", "un ancien de …", "ancienne salariée de chez …", a workplace of the
kind the sentence names after "dans" ("dans l'usine …"), a listed chain after a word of a job and "a l" typed
without accent or apostrophe (with its town), the firm's initials in brackets after its name, and in English
("I worked at …", "in hôpital …"). Guards: a region after "dans", a person or a relative after "chez", a chain one
shops at, "ancien combattant", brackets that are not the firm's initials. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mon défunt mari était chef d'atelier chez Valeo à Amiens jusqu'en 1998.", "Valeo"),
        ("J'ai été chef de rayon chez Conforama pendant vingt ans, il manque des trimestres.", "Conforama"),
        ("Mon époux, un ancien des Houillères de Lorraine, touchait une pension.", "Houillères"),
        ("Je suis une ancienne de chez Tupperware, à Joué-lès-Tours.", "Tupperware"),
        ("Il a travaillé toute sa vie dans l'usine Solvay de Tavaux.", "Solvay"),
        ("je fais un petit job de caissiere le samedi a l Auchan de Fontaine", "Auchan de Fontaine"),
        ("I worked for Danone from 1990 to 2005, please help.", "Danone"),
        ("I was a cleaner in hôpital Bichat for ten years.", "Bichat"),
    ],
)
def test_a_former_employer_said_in_the_past_is_masked(text: str, name: str) -> None:
    masked = pseudonymise(text).text
    assert name not in masked, masked


def test_the_firms_initials_in_brackets_are_masked_with_it() -> None:
    text = "J'étais magasinier à la Compagnie Française des Aciers (CFA) de 1975 à 1990."
    result = pseudonymise(text)
    assert "CFA" not in result.text and "Française des Aciers" not in result.text, result.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Il a travaillé trente ans dans le Nord avant sa retraite.", "Nord"),
        ("Je fais mes courses à Carrefour depuis ma retraite, c'est près de chez moi.", "Carrefour"),
        ("Ancien combattant d'Algérie, mon père avait une petite pension.", "Algérie"),
        ("Elle était encore chez ses parents à vingt ans.", "chez ses parents"),
        ("J'étais magasinier à la Compagnie Française des Aciers (CDI) de 1975 à 1990.", "(CDI)"),
        ("I worked at home as a childminder.", "home"),
    ],
)
def test_a_place_a_relative_or_a_shop_stays(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text


def test_a_second_workplace_after_puis_far_in_a_work_sentence_is_masked() -> None:
    text = (
        "Mon père a travaillé en Italie dans les carrières de marbre de 1950 à 1958, puis en France chez Berliet à "
        "Vénissieux."
    )
    masked = pseudonymise(text).text
    assert "Berliet" not in masked, masked


def test_a_home_after_puis_in_a_work_sentence_stays() -> None:
    assert "chez moi" in pseudonymise("J'ai eu un emploi à Lyon puis je suis rentré chez moi.").text
