"""Fifty-second pass (engineer-ga): another party's act asked of the office inside a long or moved story — a plea, an
ask cut by an aside, a verb of command, a notary or "ce monsieur", a party taken up by a pronoun — is out of scope by
rule (`triage_story_asks`); the office's own procedure told in a bank's or a landlord's story (a new account for the
payments, the Caf's indecent-home procedure) takes the model's out of scope back.

Fresh messages, in none of the corpora, through `triage()` with the rules alone (`use_model=False`: what the rules
add whatever the model's scores) and through the module's functions; each switch is flipped at run time."""

import pytest

from guichet.drafting import triage_story_asks
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_profiles import administration_profiles
from guichet.drafting.triage_story_asks import own_procedure_asked, story_party_asked, without_own_procedure

OUT = TriageLabel.OUT_OF_SCOPE

ASIDE_PLEA = (
    "Mairie de Saint-Aubin",
    "Bonjour Monsieur le Maire, j'ai rendu les clés de ma maison de location il y a trois mois, tout était propre. "
    "Le propriétaire refuse de me rendre les 900 € et ne décroche plus. Je vous demande, vous qui êtes le maire, "
    "d'obliger ce monsieur à me rembourser.",
)
NOTARY_PLEA = (
    "Impôts",
    "Mon oncle est mort il y a un an, et depuis rien n'avance, je pleure chaque fois que je passe devant sa maison. "
    "Je vous supplie de contacter le notaire de Lunel et de lui dire de finir le partage.",
)
COMMAND_VERB = (
    "CPAM",
    "Ma complémentaire refuse les semelles orthopédiques de mon fils alors que le podologue les a prescrites. "
    "Pouvez-vous exiger de la mutuelle qu'elle paie sa part ?",
)
LENDER_ACT = (
    "Mairie",
    "Ma fille a signé un prêt pour une voiture qu'elle n'a jamais eue, et les relances arrivent chez moi. Est-ce que "
    "la mairie pourrait faire annuler ce crédit ?",
)
PRONOUN_EMPLOYER = (
    "France Travail",
    "Je travaillais dans un garage depuis un an et le patron ne verse plus rien depuis octobre. Je n'en dors plus. "
    "Je veux que vous l'obligiez à me payer mes deux mois.",
)
PRONOUN_TURN_AGAINST = (
    "Assurance retraite",
    "J'ai confié mes économies à une société de placement qui a disparu avec 15 000 €. Est-ce que la caisse peut se "
    "retourner contre eux ?",
)
PRONOUN_AFTER_RELATIVE = (
    "France Travail",
    "Mon patron m'a licencié en juin. Ma mère est malade et ne sort plus. Je veux que vous l'obligiez à voir un "
    "médecin.",
)
NOT_ASKED = (
    "MDPH",
    "Mon employeur refuse d'aménager mon poste. Je ne vous demande pas d'obliger mon employeur à quoi que ce soit, "
    "je voudrais seulement savoir comment demander la RQTH.",
)
DECENCY_AT_CAF = (
    "CAF",
    "Mon propriétaire ne répare pas le chauffage depuis l'hiver dernier. Pouvez-vous obliger le propriétaire à faire "
    "les travaux ?",
)
EMPLOYER_CERTIFICATE = (
    "France Travail",
    "Mon contrat est fini depuis un mois et je n'ai toujours pas mon attestation employeur. Je vous supplie de "
    "contacter mon employeur pour qu'il l'envoie.",
)

NEW_ACCOUNT = (
    "Mon ancienne banque a fermé mon compte du jour au lendemain, j'ai cru devenir folle. Je vous joins mon nouveau "
    "RIB : pouvez-vous faire en sorte que mon RSA et mon APL arrivent sur ce nouveau compte ?"
)
DECENCY_PROCEDURE = (
    "Mon bailleur privé laisse les murs pleins de moisissures malgré mes lettres. Comment faire constater que le "
    "logement est non décent, et est-ce que vous gardez l'allocation logement pendant les travaux ?"
)
LANDLORD_WORKS = (
    "Le toit fuit dans la chambre du bébé depuis l'automne. La Caf peut-elle obliger le propriétaire à faire les "
    "réparations ?"
)
BANK_ONLY = "Ma banque m'a fermé mon compte, pouvez-vous m'aider à le faire rouvrir ?"


@pytest.fixture(autouse=True)
def _rules_on(monkeypatch):
    # Both rules are shipped off (they replace the model's specific dispute redirect by the generic private-party
    # one); each test reads them on unless it sets one off.
    monkeypatch.setattr(triage_story_asks, "STORY_ASK_RULE", True)
    monkeypatch.setattr(triage_story_asks, "PRONOUN_ASK_RULE", True)


def _rules(office: str, body: str) -> list[str]:
    return triage(title="Demande", body=body, administration=office, use_model=False).labels


def _asked(office: str, body: str) -> bool:
    return story_party_asked(administration_profiles(office), fold(office), fold(body))


@pytest.mark.parametrize("case", [ASIDE_PLEA, NOTARY_PLEA, COMMAND_VERB, LENDER_ACT])
def test_story_ask_rule_sends_away_and_switch_off_leaves_it(monkeypatch, case):
    office, body = case
    assert OUT in _rules(office, body)
    monkeypatch.setattr(triage_story_asks, "STORY_ASK_RULE", False)
    assert OUT not in _rules(office, body)


def test_pronoun_rule_reads_the_party_named_before(monkeypatch):
    office, body = PRONOUN_EMPLOYER
    assert OUT in _rules(office, body)
    monkeypatch.setattr(triage_story_asks, "PRONOUN_ASK_RULE", False)
    assert OUT not in _rules(office, body)


def test_pronoun_rule_reads_turning_against_them(monkeypatch):
    assert _asked(*PRONOUN_TURN_AGAINST)
    monkeypatch.setattr(triage_story_asks, "PRONOUN_ASK_RULE", False)
    assert not _asked(*PRONOUN_TURN_AGAINST)


def test_pronoun_after_a_relative_is_not_the_party():
    assert not _asked(*PRONOUN_AFTER_RELATIVE)


def test_refused_ask_and_own_procedures_are_not_read():
    assert not _asked(*NOT_ASKED)
    # The Caf's own procedure for a home to repair, the employer's certificate France Travail waits for.
    assert not _asked(*DECENCY_AT_CAF)
    assert not _asked(*EMPLOYER_CERTIFICATE)
    assert OUT not in _rules(*EMPLOYER_CERTIFICATE)


def test_both_rules_off_read_nothing(monkeypatch):
    monkeypatch.setattr(triage_story_asks, "STORY_ASK_RULE", False)
    monkeypatch.setattr(triage_story_asks, "PRONOUN_ASK_RULE", False)
    assert not any(_asked(*case) for case in (ASIDE_PLEA, NOTARY_PLEA, COMMAND_VERB, LENDER_ACT, PRONOUN_EMPLOYER))


def _model_said_out_of_scope() -> tuple[list[str], list[str], dict[str, list[str]]]:
    return [OUT], [OUT], {OUT: ["modèle : 0.70"]}


def test_own_account_gate_takes_the_model_out_of_scope_back(monkeypatch):
    profiles = administration_profiles("CAF")
    labels, learned, evidence = _model_said_out_of_scope()
    without_own_procedure(labels, learned, evidence, None, profiles, fold(NEW_ACCOUNT))
    assert labels == [] and learned == [] and OUT not in evidence
    monkeypatch.setattr(triage_story_asks, "OWN_ACCOUNT_GATE", False)
    labels, learned, evidence = _model_said_out_of_scope()
    without_own_procedure(labels, learned, evidence, None, profiles, fold(NEW_ACCOUNT))
    assert labels == [OUT]


def test_own_account_gate_needs_a_paying_office_and_a_new_account():
    assert not own_procedure_asked(administration_profiles("Préfecture"), fold(NEW_ACCOUNT))
    assert not own_procedure_asked(administration_profiles("CAF"), fold(BANK_ONLY))


def test_decency_gate_takes_the_model_out_of_scope_back(monkeypatch):
    profiles = administration_profiles("CAF")
    assert own_procedure_asked(profiles, fold(DECENCY_PROCEDURE))
    assert own_procedure_asked(profiles, fold(LANDLORD_WORKS))
    assert not own_procedure_asked(administration_profiles("Impôts"), fold(DECENCY_PROCEDURE))
    monkeypatch.setattr(triage_story_asks, "DECENCY_PROCEDURE_GATE", False)
    assert not own_procedure_asked(profiles, fold(DECENCY_PROCEDURE))
    assert not own_procedure_asked(profiles, fold(LANDLORD_WORKS))


def test_gate_keeps_a_rule_redirect():
    # A rule's redirect (`competent` set) is never taken back, nor a label only a rule set.
    labels, learned, evidence = _model_said_out_of_scope()
    without_own_procedure(labels, learned, evidence, {"topic": "x"}, administration_profiles("CAF"), fold(NEW_ACCOUNT))
    assert labels == [OUT]
    labels, learned, evidence = [OUT], [], {OUT: ["acte_d_un_tiers_prive"]}
    without_own_procedure(labels, learned, evidence, None, administration_profiles("CAF"), fold(NEW_ACCOUNT))
    assert labels == [OUT]
