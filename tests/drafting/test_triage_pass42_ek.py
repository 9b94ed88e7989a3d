"""Forty-second pass (engineer-ek): a one-line ask for a document or an appointment is the office's own
(`triage_document_ask`), a mairie's police matters named beside a neighbour stay its business
(`triage_mayor_business`), and the office asked as a wish to act on a private party is sent away
(`triage_private_act.WISH_ASK_RULE`). Fresh sentences, in none of the corpora."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_document_ask import document_ask
from guichet.drafting.triage_mayor_business import mayor_business_asked
from guichet.drafting.triage_private_act import asks_office_to_act_on_private_party
from guichet.drafting.triage_profiles import administration_profiles

OUT = TriageLabel.OUT_OF_SCOPE

DOCUMENT_ASKS = [
    ("MSA", "Vous pourriez m'adresser un relevé ? Merci bien"),
    ("CPAM", "Pouvez-vous me renvoyer le formulaire ? Merci."),
]
# Another party's document or a place elsewhere: the rule does not hold.
NOT_DOCUMENT_ASKS = [
    ("CAF", "Pouvez-vous m'envoyer une attestation de ma mutuelle ?"),
    ("France Travail", "je voudrais un rendez-vous chez un ophtalmo rapidement"),
    ("CPAM", "Vous pouvez m'envoyer le formulaire pour ma banque ? c'est pour un prêt immobilier"),
    ("MSA", "Vous pouvez m'envoyer un passeport ?"),
    ("Impôts", "je voudrais un rendez-vous avec mon notaire pour la succession"),
]


@pytest.mark.parametrize(("office", "body"), DOCUMENT_ASKS)
def test_a_one_line_document_ask_stays_in_scope(office: str, body: str) -> None:
    assert document_ask(administration_profiles(office), body)
    assert OUT not in triage(title="", body=body, administration=office).labels


@pytest.mark.parametrize(("office", "body"), NOT_DOCUMENT_ASKS)
def test_another_partys_document_is_no_document_ask(office: str, body: str) -> None:
    assert not document_ask(administration_profiles(office), body)
    assert OUT in triage(title="", body=body, administration=office).labels


def test_document_ask_limits() -> None:
    msa = administration_profiles("MSA")
    assert not document_ask(set(), "Pouvez-vous m'envoyer une attestation ?")  # no profile
    assert not document_ask(msa, "Pouvez-vous m'aider ? Merci")  # no document named
    long_ask = "Pouvez-vous m'envoyer une attestation ? " + "Je vous explique ma situation en détail. " * 4
    assert not document_ask(msa, long_ask)


def test_document_ask_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    body = "Pouvez-vous me renvoyer le formulaire ? Merci."
    monkeypatch.setattr("guichet.drafting.triage_document_ask.DOCUMENT_ASK_KEEPS_VETO", False)
    assert not document_ask(administration_profiles("CPAM"), body)
    assert OUT in triage(title="", body=body, administration="CPAM").labels


MAYOR_MATTERS = [
    "Les branches du noyer de la propriété voisine pendent sur la rue et cachent le panneau stop. "
    "Vous pouvez faire quelque chose ?",
    "Le café de la place met la sono à fond jusqu'à 3 h du matin le vendredi, pouvez-vous intervenir ?",
]
NOT_MAYOR_MATTERS = [
    ("Mairie", "Le cerisier du voisin déborde sur mon jardin, je veux qu'il me rembourse la taille."),
    ("Mairie", "Mon voisin passe la tondeuse le dimanche à 7 h, je veux porter plainte, quel avocat prendre ?"),
    ("Mairie", "Mon voisin fait du bruit tous les soirs jusqu'à minuit, je demande à la mairie de résilier son bail."),
    ("Mairie", "La musique du concert de samedi soir était super, vous connaissez le nom du groupe ?"),
    ("Préfecture", "Un nid de guêpes chez moi, quel désinsectiseur pas cher ?"),
]


@pytest.mark.parametrize("body", MAYOR_MATTERS)
def test_a_mayor_matter_stays_at_the_mairie(body: str) -> None:
    assert mayor_business_asked("mairie", administration_profiles("Mairie"), fold(body))
    assert OUT not in triage(title="", body=body, administration="Mairie").labels


@pytest.mark.parametrize(("office", "body"), NOT_MAYOR_MATTERS)
def test_a_private_quarrel_or_another_office_is_no_mayor_matter(office: str, body: str) -> None:
    assert not mayor_business_asked(fold(office), administration_profiles(office), fold(body))
    assert OUT in triage(title="", body=body, administration=office).labels


def test_mayor_business_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("guichet.drafting.triage_mayor_business.MAYOR_BUSINESS_VETO", False)
    for body in MAYOR_MATTERS:
        assert OUT in triage(title="", body=body, administration="Mairie").labels


# The office asked, as a wish with no question mark, to act on a private party (`triage_private_act.WISH_ASK_RULE`).
WISH_ACTS = [
    ("Mairie", "Je voudrais que vous appeliez le casino de la ville pour qu'il interdise l'entrée à mon frère."),
    ("CAF", "Je souhaite que la Caf intervienne auprès de mon employeur pour qu'il me paie mes heures."),
]
NOT_WISH_ACTS = [
    ("CAF", "Je voudrais que vous recalculiez mon allocation logement."),  # the office's own act
    ("Mairie", "Je voudrais que la mairie intervienne auprès de la préfecture."),  # a public body, not private
    ("CPAM", "Je voudrais que mon employeur me rembourse mes frais de transport."),  # no act asked of the office
]


def _private_act(office: str, body: str) -> bool:
    return asks_office_to_act_on_private_party((), fold(body), office=fold(office))


@pytest.mark.parametrize(("office", "body"), WISH_ACTS)
def test_a_wish_to_act_on_a_private_party_is_sent_away(office: str, body: str) -> None:
    assert _private_act(office, body)
    assert OUT in triage(title="", body=body, administration=office).labels


@pytest.mark.parametrize(("office", "body"), NOT_WISH_ACTS)
def test_a_wish_for_the_offices_own_act_is_no_private_act(office: str, body: str) -> None:
    assert not _private_act(office, body)


def test_wish_ask_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("guichet.drafting.triage_private_act.WISH_ASK_RULE", False)
    for office, body in WISH_ACTS:
        assert not _private_act(office, body)
