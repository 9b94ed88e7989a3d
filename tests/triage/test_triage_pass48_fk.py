"""Forty-eighth pass (engineer-fk): sexual violence done now by someone with power over the writer — a boss, a
colleague, a client, a trainer, a landlord, a host — told calmly beside an ordinary question is distress
(`triage_sexual_violence`), where the retrained model reads it as routine; a harassment over and judged, "toucher"
said of money and "ça m'a touchée" said of a show are left alone.

Fresh messages, in none of the corpora, through `triage()` with the shipped artefact; the switch flipped at run time
to show the cases it moves (it ships on)."""

import pytest

from guichet.drafting import triage_sexual_violence
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_sexual_violence import sexual_violence_now

DISTRESS = TriageLabel.DISTRESS


def _full(administration: str, body: str, title: str = "Question"):
    return triage(title=title, body=body, administration=administration, use_model=True)


def test_the_switch_ships_on():
    assert triage_sexual_violence.SEXUAL_VIOLENCE_RULE


CLIENT = (
    "Urssaf",
    "Je fais des ménages chez des particuliers. Un client me tripote à chaque passage et je n'ose pas refuser, c'est "
    "mon plus gros client. Comment déclarer mes heures ?",
)
WORKSHOP = (
    "Caisse primaire d'assurance maladie",
    "Bonjour, mon arrêt se termine jeudi. Le chef d'atelier me touche la poitrine quand on est seuls au vestiaire. "
    "Faut-il un nouveau certificat pour prolonger ?",
)
LANDLORD = (
    "Impôts",
    "Bonjour, je suis logée par mon propriétaire contre des heures de ménage. Il me caresse quand je nettoie sa "
    "chambre. Dois-je déclarer cet avantage en nature ?",
)
TRAINER = (
    "France Travail",
    "Mon tuteur d'alternance m'envoie des photos de lui nu le soir. Est-ce que je peux changer d'entreprise sans "
    "perdre mon aide ?",
)
KITCHEN = (
    "Inspection du travail",
    "Bonjour. Je suis plongeur. Le patron du restaurant me frotte contre lui dans la cuisine. Combien de jours de "
    "congés j'ai en CDD ?",
)
CAMP = (
    "Mairie",
    "Bonjour, je suis animatrice au centre de loisirs. Mon directeur m'a agressée sexuellement lors de la sortie de "
    "mercredi. Qui dois-je prévenir à la mairie ?",
)
CALM = [CLIENT, WORKSHOP, LANDLORD, TRAINER, KITCHEN, CAMP]
CALM_IDS = ["client", "workshop", "landlord", "trainer", "kitchen", "camp"]


@pytest.mark.parametrize("message", CALM, ids=CALM_IDS)
def test_sexual_violence_by_someone_with_power_is_distress(message):
    result = _full(*message)
    assert DISTRESS in result.labels
    assert "violence sexuelle par une personne en position de force" in result.evidence[DISTRESS]


@pytest.mark.parametrize("message", CALM, ids=CALM_IDS)
def test_without_the_rule_the_model_reads_it_as_routine(monkeypatch, message):
    monkeypatch.setattr(triage_sexual_violence, "SEXUAL_VIOLENCE_RULE", False)
    assert DISTRESS not in _full(*message).labels


def test_a_harassment_over_and_judged_is_left_alone():
    body = (
        "Il y a trois ans mon ancien chef me touchait, il a été condamné. Je voudrais savoir combien de temps garder "
        "les documents."
    )
    assert not sexual_violence_now(body)
    assert DISTRESS not in _full("Inspection du travail", body).labels


@pytest.mark.parametrize(
    "body",
    [
        "Ma sœur touche le RSA et mon patron le touche aussi pour sa fille. Pourquoi pas moi ?",
        "Le spectacle de danse m'a beaucoup touchée, merci à mon chef de service de m'avoir invitée.",
        "Quelles sont mes obligations d'employeur pour prévenir le harcèlement sexuel dans mon restaurant ?",
    ],
    ids=["money", "moved", "employer_duty"],
)
def test_touching_said_of_money_a_show_or_the_law_is_no_sexual_violence(body):
    assert not sexual_violence_now(body)


def test_a_host_named_by_chez_qui_and_a_relative_written_for():
    assert sexual_violence_now("La dame chez qui je suis logée a un fils qui entre dans ma chambre et me touche.")
    assert sexual_violence_now("Ma nièce est en apprentissage, son patron la tripote dans la réserve.")
    assert not sexual_violence_now("Ma nièce est en apprentissage, son patron la touche chaque mois, la prime.")
