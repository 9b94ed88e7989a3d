"""Triage, eighteenth pass of issue 12: a sign of acute hardship said in the message (care needed and no means to pay
it, an empty fridge, an eviction under way with no money, nothing left on the account, no heating in the cold) lets a
weak whole-message distress stand as a warning sign of suicide does; it never sets distress alone, and a routine
message in alarming words shows no such sign.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.triage import DISTRESS_CORROBORATION, HARDSHIP_CORROBORATES, learned_after_gates
from guichet.drafting.triage_hardship import hardship_signs
from guichet.drafting.triage_model import model_text, shipped_model


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "On m'a trouvé une masse au foie, le chirurgien veut m'opérer en mars. Je n'ai pas les 450 € pour "
            "avancer le dépassement.",
            "care_unaffordable",
        ),
        ("Ma mère doit faire une biopsie du rein, on n'a pas les moyens de la clinique.", "care_unaffordable"),
        ("Devinette : qu'est-ce qui est vide et qui ronronne ? Mon frigo. Quand passe le versement ?", "hunger"),
        ("Les jumeaux n'ont plus rien à manger depuis mardi soir.", "hunger"),
        (
            "L'huissier est passé jeudi pour l'expulsion. Il me reste 3 € jusqu'à la fin du mois.",
            "eviction_broke",
        ),
        ("Plus aucun versement depuis juin et le commandement de quitter les lieux est arrivé.", "eviction_broke"),
        ("Il nous reste 1,15 € sur le livret et rien d'autre.", "no_money"),
        ("Plus de chauffage depuis dix jours, il fait 9 degrés dans la chambre du bébé.", "no_heating"),
    ],
)
def test_a_concrete_hardship_is_a_sign(text, kind):
    assert kind in hardship_signs(text)


@pytest.mark.parametrize(
    "text",
    [
        # Alarming words, routine questions.
        "Ma biopsie est prévue le 12 : l'arrêt de travail est-il pris en charge dès le premier jour ?",
        "Je suis huissier de justice et je cherche le formulaire de signification pour la CAF.",
        "Le frigo de la salle des fêtes est-il compris dans la location du samedi ?",
        "Mon opération du genou est passée, la mutuelle rembourse-t-elle la rééducation ?",
        "Il me reste 300 € de crédit d'impôt à reporter, dans quelle case ?",
        "Le chauffage collectif est-il compté dans les charges pour l'aide au logement ?",
        "Je n'ai pas compris ce que j'ai pas encore envoyé pour le dossier, pouvez-vous me le dire ?",
    ],
)
def test_a_routine_message_in_alarming_words_shows_no_sign(text):
    assert hardship_signs(text) == []


@pytest.mark.skipif(shipped_model() is None, reason="no triage artefact shipped")
def test_a_weak_distress_stands_with_a_hardship_sign_and_falls_without():
    assert HARDSHIP_CORROBORATES
    model = shipped_model()
    weak = (DISTRESS_CORROBORATION + model.thresholds["distress"]) / 2
    scores = {label: 0.0 for label in model.labels} | {"distress": weak}
    quiet_sentence = {"distress": (DISTRESS_CORROBORATION / 4, "")}
    hardship = model_text(
        "ASS",
        "Bon, mon frigo est aussi vide que mon compte, haha. Le proprio a envoyé l'huissier lundi et il me reste "
        "4 € pour la semaine. Quand tombe le premier paiement ?",
    )
    routine = model_text(
        "ASS",
        "Bonjour, le propriétaire de mon local a mandaté un huissier pour un état des lieux. Quand tombe le premier "
        "paiement de l'ASS ?",
    )
    kept, _ = learned_after_gates(model, ["distress"], scores, quiet_sentence, [], hardship)
    assert "distress" in kept
    kept, _ = learned_after_gates(model, ["distress"], scores, quiet_sentence, [], routine)
    assert "distress" not in kept


@pytest.mark.skipif(shipped_model() is None, reason="no triage artefact shipped")
def test_a_hardship_sign_never_sets_distress_alone():
    model = shipped_model()
    scores = {label: 0.0 for label in model.labels}
    text = model_text("Soins", "La chirurgienne veut m'opérer vite et je n'ai pas les moyens de payer l'avance.")
    assert hardship_signs(text)
    kept, reached = learned_after_gates(model, [], scores, {"distress": (0.0, "")}, [], text)
    assert "distress" not in kept
    assert "distress" not in reached
