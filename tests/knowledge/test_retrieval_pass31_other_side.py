"""Thirty-first pass (engineer-r39, issue 14): the other side of a procedure and a firm's dispute sent to an office.

The employer who received a salary seizure for an employee is answered by the employer's obligations (F32951), not by
the seizure itself (F115); a landlord or a creditor whose tenant or debtor lodged an over-indebtedness file is inside
that procedure (its stages' fiches), not at its start (F134); a writer who asks the Caf or the mairie to step into a
dispute with an operator or an energy supplier is sent to that firm's médiateur. Sentences written fresh for these
tests, none from a corpus."""

import pytest

from guichet.knowledge.analysis import fold
from guichet.knowledge.recourse import INTERVENE, recourse
from guichet.knowledge.situations import DEBTS_LODGED, distress
from tests.knowledge.rerank_helpers import ranked_with_pointers
from tests.knowledge.vocabulary_helpers import pointed_by_understanding as _pointed

TITLES = {
    "F115": 'Saisie sur salaire (ou "saisie des rémunérations")',
    "F32951": "Saisie sur salaire : quelles sont les obligations de l'employeur ?",
    "F31185": "Quels sont les types de revenus saisissables ?",
}


@pytest.mark.parametrize(
    "message",
    [
        "Je suis gérant d'un garage. Le greffe m'a notifié une saisie sur le salaire de mon mécanicien, que dois-je "
        "faire ?",
        "En tant qu'employeur j'ai reçu un acte de saisie pour une de mes salariées, "
        "je dois répondre sous quel délai ?",
        "Ma patronne a reçu un courrier pour prélever une partie de mon salaire à cause d'un crédit, elle doit faire "
        "quoi ?",
    ],
)
def test_the_employer_who_received_a_seizure_is_pointed_to_the_employers_obligations(message: str) -> None:
    assert "F32951" in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        # the debtor's own question, no employer who received anything
        "Un huissier m'a dit qu'il allait faire une saisie sur mon salaire, combien peut-il prendre ?",
        # an employer, but no seizure
        "Je suis employeur et mon salarié est en arrêt maladie depuis trois mois, que dois-je faire ?",
    ],
)
def test_no_employers_side_without_an_employer_and_a_seizure(message: str) -> None:
    assert "F32951" not in _pointed(message)


def test_the_employers_side_outranks_the_seizure_itself():
    ranked, pointer = ranked_with_pointers(
        TITLES,
        "Saisie sur salaire d'un employé\nJe suis gérante d'un salon de coiffure et j'ai reçu un avis de saisie sur "
        "le salaire de ma coiffeuse. C'est à moi de verser l'argent ?",
    )
    assert ranked[0] == "F32951"
    assert ranked.index("F115") > 0


@pytest.mark.parametrize(
    "message",
    [
        "Ma locataire ne paie plus le loyer et elle m'a écrit qu'elle a déposé un dossier de surendettement. Puis-je "
        "encore demander son expulsion ?",
        "Je suis créancier de mon ancien associé qui est en surendettement, "
        "la commission me propose un plan sur 5 ans.",
    ],
)
def test_the_other_side_of_a_lodged_over_indebtedness_file_is_inside_the_procedure(message: str) -> None:
    assert DEBTS_LODGED in {hit.name for hit in distress(fold(message))}


def test_a_debt_without_a_lodged_file_is_not_inside_the_procedure():
    assert DEBTS_LODGED not in {
        hit.name
        for hit in distress(
            fold("Mon locataire me doit 3 mois de loyer, il dit qu'il va peut-être faire un dossier un jour.")
        )
    }


@pytest.mark.parametrize(
    ("message", "office", "route"),
    [
        (
            "Mon opérateur me facture une ligne que j'ai résiliée et refuse de me rembourser. "
            "Vous pouvez les appeler ?",
            "caf",
            "communications électroniques",
        ),
        (
            "Le fournisseur d'électricité me réclame 900 € que je conteste. La mairie peut m'aider à contester ?",
            "mairie",
            "énergie",
        ),
    ],
)
def test_an_office_asked_to_step_into_a_firms_dispute_reads_the_firms_route(message, office, route):
    routes = {hit.name: hit for hit in recourse(fold(message), office)}
    assert routes[route].elsewhere
    assert INTERVENE.search(fold(message))


def test_the_office_disputed_itself_is_not_elsewhere():
    routes = {
        hit.name: hit
        for hit in recourse(fold("La CAF me réclame 600 € que je conteste, pouvez-vous annuler ?"), "caf")
    }
    assert not routes["Caf ou MSA"].elsewhere


def test_a_public_body_named_in_a_message_to_another_office_is_not_a_firms_dispute():
    routes = {
        hit.name: hit
        for hit in recourse(fold("Les impôts me réclament 300 € que je conteste, vous pouvez les appeler ?"), "caf")
    }
    assert not routes["impôts"].elsewhere


@pytest.mark.parametrize(
    "message",
    [
        "Ma mère est morte en mars et on vient de découvrir qu'elle avait deux crédits renouvelables. Mes frères et "
        "moi, on doit payer ses dettes ?",
        "Mon oncle est décédé, le notaire dit qu'il a laissé des impôts en retard. Suis-je obligé de rembourser à sa "
        "place ?",
    ],
)
def test_the_heir_of_a_debtor_is_pointed_to_the_heirs_fiches(message: str) -> None:
    assert {"F21571", "F1199"} <= _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        # the funeral's cost: F17059's own entry
        "Mon père est décédé et il avait des dettes. Qui doit payer les obsèques ?",
        # debts of a living parent
        "Mon père a des dettes partout, est-ce que je dois les payer ?",
    ],
)
def test_no_heirs_fiches_for_a_funeral_or_a_living_debtor(message: str) -> None:
    assert "F21571" not in _pointed(message)


@pytest.mark.parametrize(
    ("message", "route"),
    [
        (
            "Mon assureur refuse de payer le dégât des eaux de mon appartement depuis quatre mois.",
            "assurance habitation",
        ),
        (
            "L'assurance ne veut pas rembourser ma voiture après l'accident, je conteste leur expertise.",
            "assurance auto",
        ),
    ],
)
def test_an_insurer_refusing_a_claim_has_its_recourse_route(message: str, route: str) -> None:
    routes = {hit.name: hit for hit in recourse(fold(message), "mairie")}
    assert routes[route].elsewhere
