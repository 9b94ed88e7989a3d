"""Triage, round 2 of the tenth pass of issue 12 (after the unseen measurement of batch w): distress the model used to
carry alone, now seen by rules (self-harm in slang, an overdose just taken, farewell letters, children's hunger, an
empty fridge, a superior's humiliations suffered); and an abusive message keeps the model's distress (recall first).
Every message here was written for these tests (none is in corpora/triage)."""

import pytest

from guichet.drafting.triage import model_labels_kept, triage


def rules(title: str, body: str, administration: str):
    return triage(title=title, body=body, administration=administration, use_model=False)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Laissez tomber mon dossier, de toute façon je vais me foutre en l'air ce week-end.", "suicide"),
        ("Mon frère m'a écrit qu'il allait se foutre en l'air, il ne répond plus depuis hier.", "suicide"),
        (
            "Je viens d'avaler toutes mes gélules de Stilnox, je voulais juste signaler mon changement d'adresse.",
            "suicide",
        ),
        ("J'ai pris toute la boîte de somnifères tout à l'heure. Le dossier n'a plus d'importance.", "suicide"),
        (
            "Inutile de me relancer : j'ai écrit mes dernières lettres, vous n'aurez plus à vous occuper de moi.",
            "suicide",
        ),
        (
            "La prime n'est pas tombée, mes gosses ont faim depuis mardi et je n'ai pas de quoi faire des courses.",
            "food",
        ),
        ("Il n'y a rien dans le frigo à part une bouteille de lait, et l'aide est bloquée.", "food"),
        ("Sur les réseaux, des élèves de sa classe lui écrivent de se pendre. Ma fille ne sort plus.", "suicide"),
        (
            "Ma responsable me rabaisse devant l'équipe depuis la rentrée et m'appelle « la nulle ». Puis-je changer "
            "de service ?",
            "suffering",
        ),
        ("Depuis mon licenciement je pleure chaque soir, je ne sais pas si j'ai droit au chômage.", "suffering"),
    ],
)
def test_distress_the_model_used_to_carry_alone_is_seen_by_the_rules(body, kind):
    result = rules("mon dossier", body, "Caisse d'allocations familiales")
    assert "distress" in result.labels
    assert kind in result.distress_kinds


@pytest.mark.parametrize(
    "body",
    [
        "J'ai écrit mes lettres de motivation pour les trois offres que ma conseillère m'a envoyées.",
        "Vous avez foutu en l'air mon dossier avec votre erreur de saisie, corrigez-le.",
        "Mon médecin me dit de prendre toutes mes pilules le matin : faut-il une nouvelle ordonnance pour le 100 % ?",
        "Je voudrais savoir si mes enfants ont droit à la cantine à tarif réduit.",
        "Mon chef me demande de poser mes congés avant juin : en a-t-il le droit ?",
    ],
)
def test_look_alikes_are_not_distress(body):
    assert "distress" not in rules("question", body, "Caisse d'allocations familiales").labels


def test_an_abusive_message_keeps_the_models_distress():
    # Dropping it when no distress rule fired was tried and reverted: it took distress away from messages the model
    # scored up to 0.9999. A false alarm costs an agent a glance; a miss can cost a life.
    scores = {"distress": 0.6, "abusive": 0.99}
    assert model_labels_kept(["distress", "abusive"], scores, vetoed=False) == ["distress", "abusive"]


def test_a_rude_writer_in_danger_keeps_distress():
    result = triage(
        title="c'est fini",
        body="Bande de nuls, trois mois sans RSA. Ce soir je vais me foutre en l'air et ce sera de votre faute.",
        administration="Caisse d'allocations familiales",
    )
    assert "distress" in result.labels
    assert "suicide" in result.distress_kinds
