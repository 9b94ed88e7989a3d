"""Triage, thirty-ninth pass of issue 12 (engineer-dt): a mutuelle's card or a bus line asked of an office that
neither issues nor runs it is out of scope, in distress too; the office's own card or scheme named beside it (the
carte Vitale, the CSS), a line told as the reason of the office's own ask (an interview by phone, a medical taxi, an
attestation for the reduced fare), an office that is a mutuelle or runs local transport stay in scope.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_provider_goods import mutuelle_card_asked, provider_goods_asked, transport_line_asked


def _rules(administration: str, title: str, body: str):
    return triage(title=title, body=body, administration=administration, use_model=False)


MUTUELLE_CARDS = [
    "Bonjour, pouvez-vous me renvoyer ma carte de mutuelle ? Je l'ai oubliée dans le train.",
    "Je souhaite que vous m'adressiez la nouvelle carte de tiers payant de ma mutuelle, l'ancienne a expiré.",
    "Ma complémentaire MutSanté n'a jamais envoyé de carte. Comment faire pour recevoir la carte de la "
    "complémentaire avant mon opération ?",
    "J'ai égaré ma carte de mutuelle. Vous pouvez m'en refaire une rapidement ?",
]


@pytest.mark.parametrize("text", MUTUELLE_CARDS)
def test_a_mutuelle_card_asked_of_the_cpam_or_the_caf_is_another_body_s(text: str) -> None:
    assert mutuelle_card_asked("assurance maladie", fold(text))
    assert mutuelle_card_asked("caisse d'allocations familiales", fold(text))


OWN_CARDS = [
    # The office's own card or scheme named in the asking sentence.
    "Pour la carte de mutuelle je m'adresse à la mutuelle, mais la carte Vitale, c'est bien chez vous ?",
    "Ma carte de tiers payant de la CSS n'est pas reconnue à la pharmacie, que faire ?",
    # The card told, nothing asked about it.
    "Le kiné a pris ma carte de mutuelle. Combien de séances sont remboursées par l'Assurance maladie ?",
]


@pytest.mark.parametrize("text", OWN_CARDS)
def test_the_office_s_own_card_beside_the_mutuelle_stays_in_scope(text: str) -> None:
    assert not mutuelle_card_asked("assurance maladie", fold(text))


def test_a_mutuelle_asked_for_its_own_card_is_not_sent_away() -> None:
    text = fold("Pouvez-vous me renvoyer ma carte de mutuelle ?")
    assert not mutuelle_card_asked("mutuelle des agents territoriaux", text)


LINES = [
    "Le car 27 ne s'arrête plus au hameau depuis la rentrée. Pouvez-vous le faire repasser le matin ? "
    "Ou me donner les horaires du car de 7 h ?",
    "La ligne de bus 3 a été supprimée en mars. Est-ce que vous pouvez la rétablir ?",
    "Je voudrais que vous remettiez la ligne de tram jusqu'à la zone d'activités.",
]


@pytest.mark.parametrize("text", LINES)
def test_a_transport_line_asked_of_a_fund_is_another_body_s(text: str) -> None:
    assert transport_line_asked("france travail", fold(text))
    assert transport_line_asked("caisse d'allocations familiales", fold(text))


LINE_AS_REASON = [
    "La ligne de bus ne passe plus chez moi. Le rendez-vous de lundi peut-il se faire en visio ?",
    "Depuis que le car ne passe plus, mon médecin veut me prescrire un taxi. Faut-il votre accord ?",
    "Le réseau de bus me demande une attestation d'inscription pour le tarif réduit : où la trouver ?",
]


@pytest.mark.parametrize("text", LINE_AS_REASON)
def test_a_line_told_as_the_reason_of_the_office_s_own_ask_stays_in_scope(text: str) -> None:
    assert not transport_line_asked("france travail", fold(text))
    assert not transport_line_asked("assurance maladie", fold(text))


@pytest.mark.parametrize("office", ["mairie", "centre communal d'action sociale", "conseil departemental", "region"])
def test_an_office_that_runs_local_transport_answers_for_its_lines(office: str) -> None:
    assert not transport_line_asked(office, fold(LINES[1]))


def test_the_maison_departementale_runs_no_bus() -> None:
    assert transport_line_asked("maison departementale des personnes handicapees", fold(LINES[1]))


def test_the_card_asked_of_the_cpam_is_out_of_scope_with_its_redirect() -> None:
    result = _rules(
        "Assurance maladie",
        "Carte perdue",
        "Bonjour, je n'ai plus ma carte de mutuelle depuis le déménagement. Pouvez-vous m'en envoyer une "
        "nouvelle à ma nouvelle adresse ?",
    )
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert result.competent is not None
    assert "mutuelle" in result.competent["body"]


def test_the_line_asked_in_distress_keeps_the_distress_and_is_out_of_scope() -> None:
    result = _rules(
        "France Travail",
        "Plus de car",
        "La ligne de car 9 a été supprimée et je n'ai plus rien à manger depuis trois jours. Pouvez-vous la "
        "remettre pour que j'aille travailler ?",
    )
    assert TriageLabel.DISTRESS in result.labels
    assert TriageLabel.OUT_OF_SCOPE in result.labels


def test_the_carte_vitale_asked_of_the_cpam_stays_routine() -> None:
    result = _rules(
        "Assurance maladie",
        "Carte Vitale",
        "Bonjour, ma carte Vitale est cassée. La mutuelle a déjà refait sa carte, mais la carte Vitale, "
        "comment la commander ?",
    )
    assert TriageLabel.OUT_OF_SCOPE not in result.labels
    assert not provider_goods_asked("assurance maladie", fold("ma carte vitale est cassee, comment la commander ?"))


STATE_PENSIONS = [
    "J'ai été gardien de la paix pendant trente ans. Ma pension de fonctionnaire n'est pas arrivée en mars : "
    "pouvez-vous la débloquer ?",
    "bonjour je suis aide-soignante titulaire a l hopital, je pars l an prochain. comment calculer ma pension "
    "cnracl chez vous ?",
    "Ancien greffier, je touche ma pension de l'État depuis mai et il manque la majoration pour mes trois enfants. "
    "Qui corrige ?",
]


@pytest.mark.parametrize("text", STATE_PENSIONS)
def test_a_civil_servant_s_pension_asked_of_the_assurance_retraite_is_out_of_scope(text: str) -> None:
    result = _rules("Assurance retraite", "Ma retraite", text)
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert result.competent is not None
    assert "CNRACL" in result.competent["body"]


GENERAL_SCHEME = [
    # A career in the general scheme beside the civil service: those quarters are the Assurance retraite's.
    "J'ai été fonctionnaire douze ans puis salarié dans le privé : ma pension de fonctionnaire est versée, mais "
    "quand demander celle du régime général ?",
    "Contractuelle de la fonction publique hospitalière pendant dix ans, je cotisais à l'Ircantec : mes trimestres "
    "sont-ils chez vous ?",
    # Insults at "fonctionnaires" name no pension.
    "Bande de fonctionnaires incapables, ma réversion se fait attendre depuis quatre mois !",
]


@pytest.mark.parametrize("text", GENERAL_SCHEME)
def test_the_general_scheme_beside_the_civil_service_stays_in_scope(text: str) -> None:
    result = _rules("Assurance retraite", "Ma retraite", text)
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


def test_the_state_pension_asked_of_the_caf_is_not_this_rule_s() -> None:
    result = _rules("Caisse d'allocations familiales", "Retraite", STATE_PENSIONS[0])
    assert result.evidence.get(TriageLabel.OUT_OF_SCOPE) != ["retraite_de_fonctionnaire"]


def test_a_firm_or_a_mutuelle_named_before_a_pronoun_ask_is_a_private_party() -> None:
    result = _rules(
        "Assurance maladie",
        "Prélèvements",
        "Une société de courtage m'a fait signer une mutuelle par téléphone et la société prélève 52 euros chaque "
        "mois. Pouvez-vous leur dire d'arrêter les prélèvements ?",
    )
    assert TriageLabel.OUT_OF_SCOPE in result.labels


def test_a_relative_between_the_firm_and_the_pronoun_is_no_party() -> None:
    result = _rules(
        "Caisse d'allocations familiales",
        "Ma fille",
        "Je travaille dans une société de nettoyage. Ma fille de 20 ans vit chez moi : pouvez-vous lui envoyer "
        "le formulaire pour sa propre demande d'APL ?",
    )
    assert TriageLabel.OUT_OF_SCOPE not in result.labels
