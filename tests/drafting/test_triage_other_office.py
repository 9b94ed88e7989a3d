"""Triage, ninth pass of issue 12: an ask that belongs to another office although it names a word of the office
written to, and threats without a swear word aimed at a third party. Every message here was written for these tests
(none is in corpora/triage)."""

import pytest

from guichet.drafting.triage import OWN_TOPIC_OVERRIDE, OWN_TOPIC_OVERRIDE_KEY, model_labels_kept, triage
from guichet.drafting.triage_model import ARTEFACT_PATH, FeatureSettings, TriageModel


def result(title: str, body: str, administration: str = "CAF", *, use_model: bool = True):
    return triage(title=title, body=body, administration=administration, use_model=use_model)


@pytest.mark.parametrize(
    "body",
    [
        "Si le type d'en face coupe encore ma haie, je sors ma carabine et on n'en parlera plus.",
        "JE REVIENDRAI A L'ACCUEIL AVEC MES COUTEAUX SI VOUS REFUSEZ ENCORE",
        "Dites à votre contrôleur que la prochaine fois il ne repartira pas entier de chez moi.",
        "mon beau-frère touche mes allocs, si ça continue je lui mets un coup de batte, c'est clair",
    ],
)
def test_a_threat_with_a_weapon_or_to_a_third_party_is_abusive_by_the_rules(body):
    assert "abusive" in result("", body, "Mairie", use_model=False).labels


@pytest.mark.parametrize(
    "body",
    [
        # A victim's account, a hunter, an heir, a visit: the same weapons and verbs, no threat.
        "Mon voisin m'a menacée avec sa carabine hier soir, j'ai peur de sortir.",
        "Je prends ma carabine à la chasse le dimanche : où renouveler la validation du permis de chasser ?",
        "Je viens de retrouver les fusils de mon grand-père au grenier, faut-il les déclarer ?",
        "Je passerai avec mon fils récupérer le dossier vendredi, il ne repartira pas sans son attestation.",
    ],
)
def test_weapons_and_visits_without_a_threat_are_not_abusive_by_the_rules(body):
    assert "abusive" not in result("", body, "Préfecture", use_model=False).labels


def test_the_model_overrules_the_competence_map_only_above_the_artefact_override():
    scores = {"out_of_scope": 0.93}
    assert model_labels_kept(["out_of_scope"], scores, vetoed=True, override=0.9) == ["out_of_scope"]
    assert model_labels_kept(["out_of_scope"], scores, vetoed=True, override=0.95) == []
    # Without an override of its own (an older artefact) the veto always holds.
    assert model_labels_kept(["out_of_scope"], {"out_of_scope": 0.9999}, vetoed=True) == []
    assert OWN_TOPIC_OVERRIDE > 1.0


def test_an_artefact_written_before_the_margin_feature_still_loads_with_its_own_width():
    old = FeatureSettings(admin_margin=False)
    assert FeatureSettings().dense_dim == old.dense_dim + 1


@pytest.mark.skipif(not ARTEFACT_PATH.exists(), reason="no triage artefact shipped")
def test_the_shipped_artefact_keeps_the_competence_map_veto_and_reads_the_margin():
    """A learned override was measured and left out (docs/benchmarks.md, Triage, ninth pass): the shipped artefact
    stores the override that never fires."""
    model = TriageModel.load()
    assert model.settings.admin_margin
    assert model.thresholds[OWN_TOPIC_OVERRIDE_KEY] == OWN_TOPIC_OVERRIDE
    assert OWN_TOPIC_OVERRIDE_KEY not in model.decide({OWN_TOPIC_OVERRIDE_KEY: 1.0})


@pytest.mark.skipif(not ARTEFACT_PATH.exists(), reason="no triage artefact shipped")
def test_a_french_passport_of_someone_born_abroad_stays_the_mairie_business():
    body = (
        "Bonjour, je suis français né au Maroc, je voudrais renouveler mon passeport français. "
        "Quels papiers dois-je apporter ?"
    )
    assert "out_of_scope" not in result("Passeport", body, "Mairie").labels


@pytest.mark.skipif(not ARTEFACT_PATH.exists(), reason="no triage artefact shipped")
def test_a_foreign_passport_is_sent_to_its_consulate():
    body = "Bonjour, mon passeport marocain est expiré, je peux le refaire chez vous avec un rendez-vous en ligne ?"
    rules = result("Passeport marocain", body, "Mairie", use_model=False)
    assert "out_of_scope" in rules.labels and rules.competent["topic"] == "consulat"


@pytest.mark.parametrize(
    ("administration", "title", "body"),
    [
        (
            "CAF",
            "Taxe d'habitation et impôts",
            "J'ai reçu ma taxe d'habitation et mon avis d'impôt sur le revenu, les impôts ont tout recalculé. "
            "Est-ce que la Caf tient compte de ces impôts pour mon RSA ?",
        ),
        (
            "France Travail",
            "Retraite anticipée",
            "Ma caisse de retraite dit que ma retraite anticipée commence en octobre, le relevé de carrière est "
            "complet. Est-ce que France Travail me paie l'allocation chômage jusqu'à fin septembre ?",
        ),
    ],
)
def test_a_question_naming_the_office_and_its_own_procedure_is_not_sent_elsewhere_by_the_rules(
    administration, title, body
):
    assert "out_of_scope" not in result(title, body, administration, use_model=False).labels


def test_an_ask_naming_the_office_without_its_procedure_is_still_sent_elsewhere():
    body = (
        "Mon avis de taxe foncière est arrivé, avec la taxe d'habitation de ma résidence secondaire. "
        "La Caf peut-elle étaler le paiement de ces impôts ?"
    )
    rules = result("Taxe foncière", body, "CAF", use_model=False)
    assert "out_of_scope" in rules.labels and rules.competent["topic"] == "impots"
