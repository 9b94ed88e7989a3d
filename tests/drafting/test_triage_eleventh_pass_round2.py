"""Triage, eleventh pass of issue 12, round 2: the writer asks the office to act on ANOTHER body's matter (write to
the judge, call the bailiff, push the notary or the social landlord, hurry the OFII, unblock a paying agency's
aid, fill in a foreign tax office's form). The office is named and the words are its own, but the one that decides
is the other body. Each kind is checked beside look-alikes where the office itself acts (ARIPA's recovery of
unpaid child support, the office's own debt, the préfecture's own titre de séjour, a judge named only as the
background). Every message here was written for these tests (none is in corpora/triage)."""

import pytest

from guichet.drafting.triage import OTHER_BODY_ACT, names_foreign_body
from tests.drafting.triage_helpers import rules, vetoed

CAF = "Caisse d'allocations familiales"


@pytest.mark.parametrize(
    ("administration", "body"),
    [
        (
            CAF,
            "Bonjour, je sors de prison dans deux mois. Est-ce que vous pourriez écrire au juge d'application des "
            "peines que mes enfants dépendent de moi ?",
        ),
        (
            "Mairie de Saint-Flour",
            "Ma tante est décédée l'an passé et rien ne bouge. La mairie peut-elle relancer le notaire pour que la "
            "succession avance ?",
        ),
        (
            CAF,
            "Une saisie sur salaire tombe le mois prochain. Vous pouvez appeler l'huissier pour qu'il patiente ?",
        ),
        (
            "Mutualité sociale agricole",
            "Mon aide à l'installation de jeune agriculteur n'est pas payée. La MSA pourrait-elle contacter la DDT "
            "pour débloquer le versement ?",
        ),
        (
            CAF,
            "Nous avons demandé un logement HLM il y a trois ans. Pouvez-vous appuyer notre dossier auprès du "
            "bailleur social de la ville ?",
        ),
        (
            CAF,
            "Je suis arrivé il y a deux semaines avec ma femme. Pouvez-vous dire à l'OFII de nous recevoir plus tôt ?",
        ),
    ],
)
def test_an_ask_that_the_office_act_on_another_body_is_out_of_scope(administration, body):
    result = rules("une demande", body, administration)
    assert "out_of_scope" in result.labels
    assert result.competent is not None and result.competent["topic"] == OTHER_BODY_ACT["topic"]


def test_the_ask_is_read_in_distress_too_and_the_distress_label_stays():
    result = rules(
        "expulsion",
        "On sera à la rue vendredi avec mes deux enfants, nous n'avons nulle part où dormir. Est-ce que la Caf peut "
        "téléphoner au commissaire de justice pour repousser l'expulsion ?",
        CAF,
    )
    assert {"distress", "out_of_scope"} <= set(result.labels)
    assert result.emergency_contacts


@pytest.mark.parametrize(
    ("administration", "body"),
    [
        # ARIPA: the Caf recovers unpaid child support itself, even when the judge's decision is named.
        (
            CAF,
            "Le juge a fixé une pension alimentaire de 180 € que le père ne verse plus depuis l'été. Pouvez-vous "
            "contacter le commissaire de justice pour la récupérer ?",
        ),
        # The office's own debt.
        (
            CAF,
            "Vous me réclamez un trop-perçu de 900 € d'aide au logement. Pouvez-vous étaler le remboursement ?",
        ),
        # The préfecture's own titre: the office written to is the one that decides.
        (
            "Préfecture du Rhône",
            "Mon titre de séjour expire dans trois semaines et je n'ai pas de rendez-vous. Pouvez-vous accélérer "
            "mon renouvellement ?",
        ),
        # The judge is the background of the office's own procedure; nothing is asked of the judge.
        (
            CAF,
            "Le juge m'a confié la garde de mes jumeaux en septembre. Dois-je vous envoyer le jugement pour les "
            "allocations familiales ?",
        ),
        # The Caf pays the housing aid to the landlord itself.
        (CAF, "Pouvez-vous verser l'aide au logement directement à mon bailleur social à partir de janvier ?"),
    ],
)
def test_look_alikes_where_the_office_itself_acts_stay_in_scope(administration, body):
    result = rules("une question", body, administration)
    assert "out_of_scope" not in result.labels


@pytest.mark.parametrize(
    "body",
    [
        "L'Agencia Tributaria me réclame une déclaration pour mon stage à Séville. Vous pouvez la remplir pour moi ?",
        "Le Finanzamt de Fribourg m'a écrit pour mon salaire frontalier. Vous pouvez leur répondre à ma place ?",
    ],
)
def test_a_foreign_tax_office_by_its_own_name_lifts_the_veto(body):
    assert names_foreign_body(body)
    assert not vetoed("impôts", body, "Direction générale des finances publiques")


def test_a_country_named_without_a_body_keeps_the_tax_office_own_question():
    body = (
        "J'ai travaillé six mois en Espagne l'an dernier. Comment déclarer ces salaires sur ma déclaration française ?"
    )
    assert not names_foreign_body(body)


@pytest.mark.parametrize(
    "body",
    [
        "Cette déclaration trimestrielle va me tuer mdr. Je coche quelle case pour mes heures de baby-sitting ?",
        "Votre site va me tuer, il plante à chaque fois. Où est-ce que j'envoie mon attestation de loyer ?",
        "Franchement ça va me tuer lol, troisième fois que je scanne le même papier. Il est bien arrivé ?",
    ],
)
def test_me_tuer_said_of_a_thing_or_laughed_at_does_not_fire_the_distress_rule(body):
    assert "distress" not in rules("une question", body, CAF).labels


@pytest.mark.parametrize(
    "body",
    [
        "Je n'en peux plus, je pense à me tuer ce soir. Pouvez-vous m'aider pour le loyer ?",
        "Mon compagnon va me tuer s'il apprend que je vous écris pour toucher les allocations à mon nom.",
        "Ce dossier va me tuer. Et parfois j'ai vraiment envie de me tuer, je ne dors plus.",
    ],
)
def test_a_real_me_tuer_still_fires_it(body):
    assert "distress" in rules("une question", body, CAF).labels
