"""Fifty-fourth pass, privacy (issue 13, engineer-p185e): a professional's or an agent's name that is also a word.

Two readings of `recognizers.professionals`: a lower-case name after a doctor's or a lawyer's title
(`LOWER_TITLE_NAMES`: « le dr blanc », « maître petit »), a capitalised first name that is also a word after the word
of a job (`JOB_FIRST_NAMES`: « votre collègue Rose », « l'agent d'accueil Ange »). Titles, trades and degrees with no
name, and bodies named after a person, stay visible with both switches on and off. The real pipeline, fresh
sentences written for these tests, none from a corpus.
"""

import pytest

from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import professionals

SWITCHES = ("LOWER_TITLE_NAMES", "JOB_FIRST_NAMES")
LOWER_DOCTOR = "bonjour le dr blanc m'a mis en arret 15 jours, je dois envoyer quoi a la secu ?"
LOWER_LAWYER = "c'est maître petit qui s'occupe de mon divorce, il demande un papier de la caf"
LOWER_DOCTEUR = "le docteur rose a rempli le certificat pour la mdph mais ils disent qu'il manque une page"
JOB_COLLEAGUE = "Bonjour, votre collègue Rose m'a dit au guichet que mon dossier était complet."
JOB_COUNTER = "Bonjour, l'agent d'accueil Ange m'a remis un ticket mais personne ne m'a appelée."
VISIBLE = (
    "Bonjour, le médecin de garde et le docteur de garde m'ont reçu. Mon frère est maître nageur, ma sœur "
    "maître de conférences et docteur en droit. Mon conseiller France Travail et ma conseillère Pôle emploi "
    "n'ont rien dit ; l'agent d'accueil m'a renvoyé vers l'école Jules-Ferry."
)


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


@pytest.fixture
def switches():
    saved = {name: getattr(professionals, name) for name in SWITCHES}
    yield professionals
    for name, value in saved.items():
        setattr(professionals, name, value)


def test_the_switches_ship_as_measured() -> None:
    assert professionals.LOWER_TITLE_NAMES is True
    assert professionals.JOB_FIRST_NAMES is True


@pytest.mark.parametrize(("text", "name"), [(LOWER_DOCTOR, "blanc"), (LOWER_LAWYER, "petit"), (LOWER_DOCTEUR, "rose")])
def test_lower_title_names_mask_a_word_name_after_a_title(switches, text: str, name: str) -> None:
    switches.LOWER_TITLE_NAMES = False
    switches.JOB_FIRST_NAMES = False
    assert f" {name} " in _body(text)
    switches.LOWER_TITLE_NAMES = True
    out = _body(text)
    assert f" {name} " not in out
    assert "[PERSONNE_1]" in out


@pytest.mark.parametrize(("text", "name"), [(JOB_COLLEAGUE, "Rose"), (JOB_COUNTER, "Ange")])
def test_job_first_names_mask_a_word_first_name_after_a_job(switches, text: str, name: str) -> None:
    switches.LOWER_TITLE_NAMES = False
    switches.JOB_FIRST_NAMES = False
    assert f" {name} " in _body(text)
    switches.JOB_FIRST_NAMES = True
    out = _body(text)
    assert f" {name} " not in out
    assert "[PERSONNE_1]" in out


@pytest.mark.parametrize("state", [True, False])
def test_titles_trades_and_bodies_stay_visible(switches, state: bool) -> None:
    switches.LOWER_TITLE_NAMES = state
    switches.JOB_FIRST_NAMES = state
    assert _body(VISIBLE) == VISIBLE


def test_the_readings_yield_nothing_on_look_alikes() -> None:
    assert list(professionals.lower_title_spans(VISIBLE)) == []
    assert list(professionals.job_name_spans(VISIBLE)) == []
    assert list(professionals.lower_title_spans("Me voici, maître chien depuis dix ans.")) == []


def test_the_first_name_is_read_before_a_capitalised_word() -> None:
    text = "votre collègue Rose Martin m'a dit de rappeler"
    spans = list(professionals.job_name_spans(text))
    assert [text[start:end].split()[0] for start, end in spans] == ["Rose"]
