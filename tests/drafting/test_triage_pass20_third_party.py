"""Triage, twentieth pass of issue 12: another person's data asked of an office by someone with no standing (a
creditor, a landlord, a neighbour, a former employer, an ex), and a bank's or an insurer's advice asked of a public
office, are out of scope, with who to turn to; the same asks made with a mandate, a guardianship or as a social
worker acting with the person's consent, or the writer's own file, stay in scope.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

THIRD_PARTY = [
    (
        "CAF",
        "Bonjour, je suis bailleur d'un T2 et mon locataire ne paie plus depuis février. Pouvez-vous me donner le "
        "nom de son employeur pour que je fasse une saisie ?",
    ),
    (
        "CAF",
        "Bonjour, mon voisin de palier ne travaille pas et roule en voiture neuve. Combien touche-t-il de RSA par "
        "mois ? Je trouve ça louche.",
    ),
    (
        "France Travail",
        "Bonjour, une ancienne salariée de ma boulangerie me réclame des heures sup. J'aimerais savoir si elle est "
        "inscrite chez vous et depuis quand.",
    ),
    (
        "Impôts",
        "Bonjour, pour louer mon appartement, une candidate m'a transmis son avis d'imposition. Pouvez-vous vérifier "
        "si son avis est bien authentique ? Merci.",
    ),
    (
        "CPAM",
        "Madame, Monsieur, notre cabinet de recouvrement agit pour une enseigne de meubles. Merci de nous communiquer "
        "la nouvelle adresse de M. Perrin, l'un de vos assurés, ou de nous indiquer s'il perçoit des indemnités.",
    ),
]

ADVICE = [
    ("CAF", "Bonjour, quelle banque me conseillez-vous pour un crédit auto de 12 000 euros sur cinq ans ?"),
    (
        "Impôts",
        "Bonjour, j'ai touché une prime de départ. À ma place, vous la mettriez sur un livret ou en assurance-vie ?",
    ),
]

IN_SCOPE = [
    (
        "Assurance retraite",
        "Bonjour, j'ai une procuration signée de ma mère pour ses démarches. Pouvez-vous me dire où en est sa "
        "demande de pension de réversion ? Je joins la procuration.",
    ),
    (
        "CPAM",
        "Bonjour, je suis la curatrice de mon oncle. Pouvez-vous me communiquer son relevé de remboursements de "
        "l'année ? Le jugement de curatelle est joint.",
    ),
    (
        "CAF",
        "Bonjour, éducatrice dans un foyer, j'accompagne une jeune maman avec son accord. Pouvez-vous nous indiquer "
        "où en est son dossier de RSA ?",
    ),
    (
        "CAF",
        "Bonjour, mon ex ne me verse plus la pension alimentaire depuis trois mois. La CAF peut-elle m'aider à la "
        "récupérer ?",
    ),
    (
        "CAF",
        "Bonjour, mon conseiller bancaire me demande une attestation de paiement de la CAF pour mon prêt. Où la "
        "télécharger ?",
    ),
]


def _topic(result) -> str | None:
    return (result.competent or {}).get("topic")


@pytest.mark.parametrize(("office", "body"), THIRD_PARTY)
def test_another_persons_data_is_out_of_scope(office, body):
    result = triage(title="demande", body=body, administration=office)
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert _topic(result) == "donnees_d_un_tiers"
    assert "secret professionnel" in result.competent["body"]


@pytest.mark.parametrize(("office", "body"), ADVICE)
def test_a_banks_advice_is_out_of_scope(office, body):
    result = triage(title="conseil", body=body, administration=office)
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert _topic(result) == "conseil_financier_prive"


@pytest.mark.parametrize(("office", "body"), IN_SCOPE)
def test_standing_or_ones_own_file_stays_with_the_office(office, body):
    result = triage(title="demande", body=body, administration=office)
    assert _topic(result) not in {"donnees_d_un_tiers", "conseil_financier_prive"}


def test_distress_keeps_the_person_where_they_wrote():
    body = (
        "Bonjour, mon voisin m'a dit combien il touche de retraite et moi je n'ai plus rien, je ne mange plus "
        "depuis trois jours et je pense à en finir."
    )
    result = triage(title="aide", body=body, administration="Assurance retraite")
    assert TriageLabel.DISTRESS in result.labels
    assert _topic(result) != "donnees_d_un_tiers"
