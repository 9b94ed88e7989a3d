"""Triage of a (pseudonymised) citizen message: routine, complaint, distress, out of scope, injection, abusive.

Rules first, because they are predictable, explainable to an agent and do not depend on a 0.5B model's mood;
the retrieval results add a signal for "out of scope" (the fiches found name who to contact). Several labels can
apply; `routine` means none of the others did. Patterns are matched on folded text (lowercase, no accents).

Distress is tuned for recall: a false alarm costs an agent a look, a missed one can cost much more.

Rules alone do not generalise (a distress message written without any rule word, an injection in a new costume):
beside them, a small learned model (`guichet.drafting.triage_model`, trained by `guichet triage train` on
`corpora/triage`) scores every label, and a label is set when a rule fires *or* the model's score reaches its
threshold. `Triage.scores` keeps the model's scores and `Triage.learned` the labels only the model set, so an
agent sees why a message was flagged.

This module keeps `triage()` and is the front door: every name it defined before the thirty-fifth pass is still
importable from it (`__all__`). The tables and helpers were cut, unchanged, into siblings: `triage_matching` (compiled
tables, matches, the sentence split), `triage_distress_rules`, `triage_distress_checks`, `triage_injection_rules`,
`triage_abuse_rules`, `triage_complaint_rules` (the labels' rules), `triage_profiles`, `triage_topics`,
`triage_counterparties`, `triage_private_asks`, `triage_other_bodies` (who is asked what), `triage_scope` and
`triage_veto` (out of scope by the rules, and the veto over the model's), `triage_model_gates` (the combination with
the model; its thirty-eighth-pass gates read `triage_calm_illness`) and `triage_result` (`Triage`, label order,
priority). The switches (`*_RULE`, `*_GATE`, …) are read through their own module at call time (forty-fifth
pass): turn one off there (`triage_shouting.SHOUT_GATE = False`), not on this module, whose old names only read them.
"""

from collections.abc import Collection
from types import ModuleType

from guichet.drafting import (
    triage_borrowed_reason,
    triage_child_harm,
    triage_complementary_pension,
    triage_exasperation,
    triage_insurer_refusal,
    triage_local_operators,
    triage_model_gates,
    triage_mutuelle_contract,
    triage_other_bodies,
    triage_private_asks,
    triage_provider_goods,
    triage_reported_words,
    triage_reserved_acts,
    triage_scope,
    triage_set_phrases,
    triage_sexual_violence,
    triage_shouting,
    triage_special_regimes,
    triage_state_pensions,
    triage_third_party,
    triage_wrong_fund,
)
from guichet.drafting.contacts import EMERGENCY_CONTACTS
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_abuse_rules import _ABUSIVE, _PHYSICAL, _QUOTED, ABUSIVE_PATTERNS
from guichet.drafting.triage_anger_figures import taken_back_hits, without_ending_figure, without_figure_abuse
from guichet.drafting.triage_animal_business import animal_business_asked, private_need_at
from guichet.drafting.triage_borrowed_reason import BORROWED_REASON, borrowed_reason_asked
from guichet.drafting.triage_calm_eviction import calm_eviction, eviction_hit
from guichet.drafting.triage_child_harm import CHILD_PROTECTION, child_harm_elsewhere, child_harmed
from guichet.drafting.triage_chores import chore_kill, own_confusion_blanked
from guichet.drafting.triage_close_abuse import close_abuse_hits
from guichet.drafting.triage_collective import collective_cut_only
from guichet.drafting.triage_complaint_rules import (
    _APPEAL_ASKED,
    _COMPLAINT,
    _COMPLAINT_HINTS,
    _GOODS_WAIT,
    _OWN_WAIT,
    _PRIVATE_WAIT,
    _WAIT_ASKED,
    _WAIT_HIT,
    COMPLAINT_HINTS,
    COMPLAINT_PATTERNS,
)
from guichet.drafting.triage_complementary_pension import COMPLEMENTARY_PENSION, complementary_pension_asked
from guichet.drafting.triage_control_bodies import read_control_bodies
from guichet.drafting.triage_counterparties import (
    COUNTERPARTIES,
    PRIVATE_NEED,
    PRIVATE_NEED_MIN,
    Counterparty,
    pet_care,
    private_dispute,
    private_need,
)
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_dark_humour import figurative_suicide, figure_denied
from guichet.drafting.triage_deceased_status import without_deceased_status
from guichet.drafting.triage_distress_checks import figurative_kill, said_of_others_settled
from guichet.drafting.triage_distress_complaint import complaint_in_distress
from guichet.drafting.triage_distress_rules import _CHARITY_NAME, _DISTRESS, _GIVING, DISTRESS_RULES
from guichet.drafting.triage_exhaustion import exhaustion_hits
from guichet.drafting.triage_farm_fund import farm_fund_own_procedure
from guichet.drafting.triage_gate import GateReading
from guichet.drafting.triage_grievance_danger import grievance_danger_hits, suicide_told_over
from guichet.drafting.triage_hidden_orders import add_hidden_orders
from guichet.drafting.triage_housing_status import calm_status_request, status_blanked
from guichet.drafting.triage_hyperbole import figurative_kin_kill
from guichet.drafting.triage_injection_rules import _INJECTION, INJECTION_RULES, deobfuscated
from guichet.drafting.triage_insult_aimed import insults_only_others, without_insults_at_others
from guichet.drafting.triage_insult_reported import without_reported_insult_abuse, without_reported_insults
from guichet.drafting.triage_insult_speech import without_reported_speech, without_reported_speech_abuse
from guichet.drafting.triage_insurer_refusal import INSURER_REFUSAL, insurer_refusal_asked
from guichet.drafting.triage_local_operators import (
    local_operator_asked,
    local_redirect,
    own_paper_for_other_party,
    own_service_asked,
    without_party,
)
from guichet.drafting.triage_matching import Patterns, _all_before, _matches
from guichet.drafting.triage_mayor_business import mayor_business_asked
from guichet.drafting.triage_medical_now import medical_emergency_now, without_medical_over_distress
from guichet.drafting.triage_model import administration_text, model_text, shipped_model
from guichet.drafting.triage_model_gates import (
    AI_TALK_CEILING,
    DISTRESS_CORROBORATION,
    HINTED_SENTENCE,
    MAX_SCORED_SENTENCES,
    _learned_injection_sentences,
    abuse_only,
    distress_corroborated,
    distress_is_strong,
    distress_needs_sentence,
    learned_after_gates,
    model_labels_kept,
    only_refused_quote,
)
from guichet.drafting.triage_money_jokes import joking_kills_only, without_money_joke_distress
from guichet.drafting.triage_mourning import inheritance_asked, without_calm_mourning_distress
from guichet.drafting.triage_mutuelle_contract import (
    MUTUELLE_CONTRACT,
    mutuelle_contract_asked,
)
from guichet.drafting.triage_other_bodies import (
    ONLY_ADDRESS,
    ONLY_ADDRESS_TOPIC,
    OTHER_BODY_ACT,
    PRIVATE_PARTY_ACT,
    asks_office_to_act_on_other_body,
    names_foreign_body,
    names_own_account,
    written_for_want_of_address,
)
from guichet.drafting.triage_outside_asks import appeal_asked, without_set_aside
from guichet.drafting.triage_own_duty import own_duty_asked
from guichet.drafting.triage_own_services import without_own_service_out_of_scope
from guichet.drafting.triage_private_act import asks_office_to_act_on_private_party
from guichet.drafting.triage_private_asks import (
    MEDICAL_ASK,
    SCAM_LOSS,
    VOUCH,
    _private_ask,
    fraud_on_own_account,
    medical_ask,
    scam_loss,
    vouches_to_private_party,
)
from guichet.drafting.triage_profiles import _PROFILES, PROFILES, administration_profiles
from guichet.drafting.triage_provider_goods import PROVIDER_GOODS, provider_goods_asked
from guichet.drafting.triage_quiet_hardship import without_quiet_hardship_distress
from guichet.drafting.triage_quiet_words import quiet_distress_hits
from guichet.drafting.triage_quoted_grievance import complaint_reading, without_quoted_complaint
from guichet.drafting.triage_reported_contempt import without_reported_contempt_abuse, without_reported_names
from guichet.drafting.triage_reported_words import only_reported, without_reported_only
from guichet.drafting.triage_reserved_acts import competent_of, reserved_act_asked
from guichet.drafting.triage_result import _LABEL_ORDER, CORRECTABLE_LABELS, Triage, ordered_labels, priority_of
from guichet.drafting.triage_said_threats import said_threat_hits
from guichet.drafting.triage_scope import _out_of_scope
from guichet.drafting.triage_scripts import other_script_injections
from guichet.drafting.triage_set_phrases import without_set_phrase_distress, without_short_unaimed_abuse
from guichet.drafting.triage_settled import SETTLED_KINDS, over_at
from guichet.drafting.triage_sexual_violence import sexual_violence_now
from guichet.drafting.triage_shouting import without_shouting_only
from guichet.drafting.triage_signs import signs_make_a_rule, warning_signs
from guichet.drafting.triage_special_regimes import SPECIAL_REGIME, special_regime_asked_of_cpam
from guichet.drafting.triage_state_pensions import STATE_PENSION, state_pension_asked_of_cnav
from guichet.drafting.triage_story_asks import story_party_asked, without_own_procedure
from guichet.drafting.triage_swearing_aimed import (
    aimed_insult_hits,
    without_swearing_at_things,
    without_thing_swear_abuse,
)
from guichet.drafting.triage_third_parties import party_spellings, party_wait, polite_complaint
from guichet.drafting.triage_third_party import (
    THIRD_PARTY_DATA,
    asks_third_party_data,
    asks_whereabouts,
)
from guichet.drafting.triage_threat_aimed import household_in_danger, self_danger_too, threat_hits
from guichet.drafting.triage_topics import TOPICS, Topic, topic_scores
from guichet.drafting.triage_understated import loaded_or_unsure_hits, understated_hits, understated_patterns
from guichet.drafting.triage_unmet_needs import unmet_need_hits
from guichet.drafting.triage_unseen_distress import unseen_distress_hits
from guichet.drafting.triage_veto import (
    OTHER_PARTY_OVERRIDE,
    OWN_TOPIC_OVERRIDE,
    OWN_TOPIC_OVERRIDE_KEY,
    asks_office_for_help,
    asks_office_to_act,
    home_question_at_landlord,
    housing_body_asked_its_own,
    main_topic_is_own,
    names_other_party,
    out_of_scope_vetoed,
    override_over_veto,
    rental_question_at_adil,
    without_asides,
)
from guichet.drafting.triage_violence_over import violence_over
from guichet.drafting.triage_violence_settled import violence_settled, without_settled_violence_distress
from guichet.drafting.triage_worry import without_reported_abuse, without_worry_distress, worry_not_threat
from guichet.drafting.triage_wrong_fund import grievance_at_office
from guichet.drafting.triage_wrong_office import (
    CONTENT_REMOVAL,
    SANCTION_ASK,
    SCHOOLWORK,
    content_removal_asked,
    sanction_for_discrimination_asked,
    schoolwork_asked,
)
from guichet.drafting.triage_young_parents import parent_figure_hits, without_parent_overload_distress
from guichet.text import sentences

# The switches this module once imported by name (forty-fifth pass, engineer-ew): read here through their own module
# at call time, so that turning one off there (`triage_shouting.SHOUT_GATE = False`) reaches `triage()`. Their old
# names stay public on this module (`__all__`, `__getattr__`), each giving its home module's value when read.
_SWITCH_HOMES: dict[str, ModuleType] = {
    "AI_TALK_GATE": triage_model_gates,
    "BORROWED_REASON_RULE": triage_borrowed_reason,
    "CHILD_HARM_RULE": triage_child_harm,
    "COMPLEMENTARY_PENSION_RULE": triage_complementary_pension,
    "HARDSHIP_CORROBORATES": triage_model_gates,
    "INSURER_REFUSAL_RULE": triage_insurer_refusal,
    "MUTUELLE_CONTRACT_RULE": triage_mutuelle_contract,
    "OWN_ASK_RULE": triage_scope,
    "PRIVATE_ACT_RULE": triage_other_bodies,
    "PROVIDER_GOODS_RULE": triage_provider_goods,
    "REFUSED_QUOTE_GATE": triage_model_gates,
    "REPORTED_GATE": triage_reported_words,
    "RESERVED_ACT_RULE": triage_reserved_acts,
    "SCAM_LOSS_IN_DISTRESS": triage_private_asks,
    "SELF_HARM_DROPS_OUT_OF_SCOPE": triage_model_gates,
    "SET_PHRASE_GATE": triage_set_phrases,
    "SHORT_ABUSE_GATE": triage_set_phrases,
    "SHOUT_GATE": triage_shouting,
    "SIGN_CORROBORATES": triage_model_gates,
    "SINGLE_SENTENCE_KEEPS": triage_model_gates,
    "SPECIAL_REGIME_RULE": triage_special_regimes,
    "STATE_PENSION_RULE": triage_state_pensions,
    "THIRD_PARTY_INSULT_GATE": triage_model_gates,
    "THIRD_PARTY_RULE": triage_third_party,
    "VOUCH_RULE": triage_private_asks,
    "WHEREABOUTS_RULE": triage_third_party,
    "WRONG_FUND_GATE": triage_wrong_fund,
}


def __getattr__(name: str) -> bool:
    """An old switch name read from its home module (`_SWITCH_HOMES`), at the time it is read."""
    home = _SWITCH_HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return bool(getattr(home, name))


# The public names of triage, wherever they now live (thirty-fifth pass, engineer-k2).
__all__ = [
    "ABUSIVE_PATTERNS",
    "AI_TALK_CEILING",
    "BORROWED_REASON",
    "COMPLAINT_HINTS",
    "COMPLAINT_PATTERNS",
    "CORRECTABLE_LABELS",
    "COUNTERPARTIES",
    "Counterparty",
    "DISTRESS_CORROBORATION",
    "DISTRESS_RULES",
    "HINTED_SENTENCE",
    "INJECTION_RULES",
    "INSURER_REFUSAL",
    "MAX_SCORED_SENTENCES",
    "MEDICAL_ASK",
    "MUTUELLE_CONTRACT",
    "ONLY_ADDRESS",
    "ONLY_ADDRESS_TOPIC",
    "OTHER_BODY_ACT",
    "OTHER_PARTY_OVERRIDE",
    "OWN_TOPIC_OVERRIDE",
    "OWN_TOPIC_OVERRIDE_KEY",
    "PRIVATE_NEED",
    "PRIVATE_NEED_MIN",
    "PRIVATE_PARTY_ACT",
    "PROFILES",
    "Patterns",
    "SCAM_LOSS",
    "TOPICS",
    "Topic",
    "Triage",
    "VOUCH",
    "administration_profiles",
    "asks_office_for_help",
    "asks_office_to_act",
    "asks_office_to_act_on_other_body",
    "borrowed_reason_asked",
    "deobfuscated",
    "distress_corroborated",
    "distress_is_strong",
    "figurative_kill",
    "fraud_on_own_account",
    "home_question_at_landlord",
    "insurer_refusal_asked",
    "housing_body_asked_its_own",
    "learned_after_gates",
    "main_topic_is_own",
    "medical_ask",
    "model_labels_kept",
    "mutuelle_contract_asked",
    "names_foreign_body",
    "names_other_party",
    "names_own_account",
    "only_refused_quote",
    "ordered_labels",
    "out_of_scope_vetoed",
    "override_over_veto",
    "pet_care",
    "priority_of",
    "private_dispute",
    "private_need",
    "rental_question_at_adil",
    "said_of_others_settled",
    "scam_loss",
    "topic_scores",
    "triage",
    "vouches_to_private_party",
    "without_asides",
]
__all__ += sorted(_SWITCH_HOMES)


def triage(
    *,
    title: str,
    body: str,
    administration: str,
    aliases: tuple[str, ...] | list[str] = (),
    competences: list[str] | None = None,
    use_model: bool = True,
    other_script: Collection[str] = (),
) -> Triage:
    """Label a pseudonymised message. `administration` is the name of the body the citizen wrote to.

    `use_model=False` runs the rules alone (training measures them, and a missing artefact means rules only).
    `other_script`: the reasons `triage_scripts.other_script_injections` found in the raw message (orders to the
    assistant in a passage the pseudonymiser masked whole); the text read here is searched the same way.
    """
    # A private party's name as people type it (« ma mutuel », « le notair »), read under its name
    # (`triage_third_parties`).
    title, body = party_spellings(title), party_spellings(body)
    text = fold(f"{title}\n{body}")
    evidence: dict[str, list[str]] = {}
    labels: list[str] = []

    distress_kinds: list[str] = []
    contacts: list[str] = []
    over = over_at(text)
    left_violence = violence_over(text)
    # A weapon aimed at others (`triage_threat_aimed`): the flat-danger rules' gun or unknown act is then the threat's,
    # not the writer's own danger, unless the writer says that too; a home defended from someone who comes and hurts
    # is the household's danger (kind "violence").
    threats = threat_hits(_QUOTED.sub(" ", text))
    aimed = loaded_or_unsure_hits(text) if threats and not self_danger_too(text) else []
    for kind, (compiled, kind_contacts) in _DISTRESS.items():
        # The flat-danger families are read now, their switches with them (`triage_understated`).
        patterns = (*compiled, *understated_patterns(kind))
        hits = _matches(compiled, text) + understated_hits(kind, text)
        # A parent's « au bout du rouleau » before a question, a fright's « peur de ma vie » (`triage_young_parents`).
        hits = parent_figure_hits(kind, hits, text)
        hits = exhaustion_hits(kind, hits, text)  # Exhaustion and isolation, no food left (`triage_exhaustion`).
        if kind == "suicide" and aimed:
            hits = [h for h in hits if h not in aimed]
        if kind == "violence" and threats and household_in_danger(text):
            # The threat answers someone who comes and hurts the writer's home: the household is in danger.
            hits += [h for h in aimed if h not in hits] or ["menace pour défendre le foyer"]
        if hits and over is not None and kind in SETTLED_KINDS and _all_before(patterns, text, over):
            # A hardship the writer says is over, told before a routine question (`triage_settled`).
            hits = []
        if kind == "food" and hits and _GIVING.search(text):
            hits = [h for h in hits if not _CHARITY_NAME.fullmatch(h)]
        if (
            kind == "suicide"
            and "me tuer" in hits
            and (figurative_kill(text) or figurative_kin_kill(text) or chore_kill(text) or joking_kills_only(text))
        ):
            hits = [h for h in hits if h != "me tuer"]
        if kind == "suicide" and suicide_told_over(hits, text):
            hits = []  # A suicide or an attempt long past, the person well now (`triage_grievance_danger`).
        if kind == "suicide" and "suicid" in hits and figurative_suicide(text):
            # Suicide said of a procedure ("un suicide administratif"), nothing else of death (`triage_dark_humour`).
            hits = [h for h in hits if h != "suicid"]
        if hits and kind in ("suicide", "violence") and said_of_others_settled(kind, hits, text):
            hits = []
        if hits and kind == "violence" and violence_settled(text):
            # Violence settled or told inside a grievance at the office, nothing feared (`triage_violence_settled`).
            hits = []
        if hits and kind == "violence" and left_violence:
            # Violence the writer has left and says is over, nothing feared (`triage_violence_over`).
            hits = []
        if hits and kind == "energy" and collective_cut_only(text):
            hits = []
        if hits and kind == "homeless" and (unbound := without_deceased_status(text)) != text:
            # A housing status said of someone who has died (`triage_deceased_status`).
            hits = _matches(patterns, unbound)
        if hits and kind == "homeless" and calm_eviction(text):
            # An eviction procedure under way told calmly beside a question (`triage_calm_eviction`).
            hits = [h for h in hits if not eviction_hit(h)]
        if hits and kind == "homeless" and calm_status_request(text):
            # A housing status told as the context of a calm request (`triage_housing_status`): only what is left
            # once the status phrases are blanked counts.
            hits = _matches(patterns, status_blanked(text))
        if hits:
            distress_kinds.append(kind)
            evidence.setdefault(TriageLabel.DISTRESS, []).extend(hits)
            contacts.extend(c for c in kind_contacts if c not in contacts)
    signs = warning_signs(text)
    if signs and "suicide" not in distress_kinds and signs_make_a_rule(text, signs):
        # Warning signs of suicide (`triage_signs`) that add up (affairs put in order and "merci pour tout") or a
        # strong one ("si je suis encore là le 5", the cat given away); a weaker one alone is left to the model
        # (`learned_after_gates`).
        distress_kinds.append("suicide")
        evidence.setdefault(TriageLabel.DISTRESS, []).extend(f"signe d'alerte : {sign}" for sign in signs)
        contacts.extend(c for c in _DISTRESS["suicide"][1] if c not in contacts)
    if "suicide" not in distress_kinds and figure_denied(text):
        # A death of one's own said to be no figure ("cette fois ce n'est pas une image"), or a future without
        # oneself ("je compte pas être encore vivant lundi"), joke or not (`triage_dark_humour`).
        distress_kinds.append("suicide")
        evidence.setdefault(TriageLabel.DISTRESS, []).append("figure dite sérieuse")
        contacts.extend(c for c in _DISTRESS["suicide"][1] if c not in contacts)
    if triage_child_harm.CHILD_HARM_RULE and "child" not in distress_kinds and child_harmed(text):
        # A child beaten or neglected (`triage_child_harm`): the 119 and the police.
        distress_kinds.append("child")
        evidence.setdefault(TriageLabel.DISTRESS, []).append("enfant maltraité ou délaissé")
        contacts.extend(c for c in _DISTRESS["child"][1] if c not in contacts)
    if triage_sexual_violence.SEXUAL_VIOLENCE_RULE and "violence" not in distress_kinds and sexual_violence_now(text):
        # Sexual violence now by a boss, a colleague, a client, a landlord, a host (`triage_sexual_violence`).
        distress_kinds.append("violence")
        evidence.setdefault(TriageLabel.DISTRESS, []).append("violence sexuelle par une personne en position de force")
        contacts.extend(c for c in _DISTRESS["violence"][1] if c not in contacts)
    if "violence" not in distress_kinds and (said_threats := said_threat_hits(text)):
        # A threat of violence said in the conditional, the future or reported speech (`triage_said_threats`).
        distress_kinds.append("violence")
        evidence.setdefault(TriageLabel.DISTRESS, []).extend(f"menace : {hit}" for hit in said_threats)
        contacts.extend(c for c in _DISTRESS["violence"][1] if c not in contacts)
    if "health" not in distress_kinds and medical_emergency_now(text):
        # A medical emergency now, told by a relative: a fall, a stroke, a fit, a baby's fever (`triage_medical_now`).
        distress_kinds.append("health")
        evidence.setdefault(TriageLabel.DISTRESS, []).append("urgence médicale en cours")
        contacts.extend(c for c in _DISTRESS["health"][1] if c not in contacts)
    # Distress said quietly, in passing or by its facts alone (`triage_quiet_words`), and a vital need told unmet
    # now (`triage_unmet_needs`), and abuse by someone close told by its facts (`triage_close_abuse`), and a danger
    # inside a complaint or said of someone else (`triage_grievance_danger`).
    for kind, quiet in (
        *quiet_distress_hits(text).items(),
        *unmet_need_hits(text).items(),
        *close_abuse_hits(text).items(),
        *grievance_danger_hits(text).items(),
        *unseen_distress_hits(text).items(),  # the voices the rules left to the model (`triage_unseen_distress`)
    ):
        if kind not in distress_kinds:
            distress_kinds.append(kind)
            contacts.extend(c for c in _DISTRESS[kind][1] if c not in contacts)
        evidence.setdefault(TriageLabel.DISTRESS, []).extend(quiet)
    if distress_kinds:
        labels.append(TriageLabel.DISTRESS)
        if "danger" not in contacts and {"violence", "child", "suicide"} & set(distress_kinds):
            contacts.append("danger")

    injection_kinds: list[str] = []
    injection_sentences: list[str] = []
    unmasked = text + "\n" + deobfuscated(title + "\n" + body)
    for kind, patterns in _INJECTION.items():
        hits = _matches(patterns, unmasked)
        if hits:
            injection_kinds.append(kind)
            evidence.setdefault(TriageLabel.INJECTION, []).extend(hits)
    add_hidden_orders(text, injection_kinds, evidence, TriageLabel.INJECTION)  # `triage_hidden_orders`
    if injection_kinds and only_refused_quote(f"{title}\n{body}"):
        # Every order to the AI sits in a quote the writer refuses (`triage_refused_quote`).
        injection_kinds = []
        evidence.pop(TriageLabel.INJECTION, None)
    if injection_kinds and triage_reported_words.REPORTED_GATE and only_reported(f"{title}\n{body}"):
        # The only orders are in a quoted SMS, mail or sign the writer reports, or "j'ignore" means "I do not know"
        # (`triage_reported_words`).
        injection_kinds = []
        evidence.pop(TriageLabel.INJECTION, None)
    in_other_script = list(dict.fromkeys([*other_script, *other_script_injections(f"{title}\n{body}")]))
    if in_other_script:
        injection_kinds.append("other_script")
        evidence.setdefault(TriageLabel.INJECTION, []).extend(in_other_script)
    if injection_kinds:
        labels.append(TriageLabel.INJECTION)
        all_patterns = tuple(p for k in injection_kinds if k in _INJECTION for p in _INJECTION[k])
        injection_sentences = [s for s in sentences(body) if _matches(all_patterns, fold(s))]

    scores = topic_scores(title, body)
    profiles = administration_profiles(administration, aliases)
    # A person in distress is helped where they wrote: local and social services are always relevant.
    redirect = (
        None
        if distress_kinds
        or housing_body_asked_its_own(profiles, f"{title}\n{body}")
        or farm_fund_own_procedure(fold(administration), text)  # The MSA's DRP (`triage_farm_fund`).
        else _out_of_scope(scores, profiles, competences or [], title, body)
    )
    if (
        triage_local_operators.OWN_PAPER_GATE
        and redirect is not None
        and own_paper_for_other_party(text)
        and _out_of_scope(topic_scores("", without_party(text)), profiles, competences or [], "", without_party(text))
        is None
    ):
        # The office's own paper asked for a private party, the other body named only as that party
        # (`triage_local_operators`).
        redirect = None
    competent = None
    if "child" in distress_kinds and child_harm_elsewhere(administration, profiles, f"{title}\n{body}"):
        # Told to an office that cannot protect the child: the child-protection services' (`triage_child_harm`).
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(CHILD_PROTECTION)
        evidence[TriageLabel.OUT_OF_SCOPE] = [CHILD_PROTECTION["topic"]]
    elif redirect is not None:
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = {"topic": redirect.key, "body": redirect.body, "service": redirect.service}
        evidence[TriageLabel.OUT_OF_SCOPE] = [redirect.key]
    elif asks_office_to_act_on_other_body(profiles, title, body):
        # Read in distress too: the person is still helped where they wrote (the distress label and its contacts
        # stay), but what they ask (stop an eviction, hurry the OFII) is another body's to do.
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(OTHER_BODY_ACT)
        evidence[TriageLabel.OUT_OF_SCOPE] = [OTHER_BODY_ACT["topic"]]
    elif (
        triage_reserved_acts.RESERVED_ACT_RULE
        and (
            reserved := reserved_act_asked(fold(administration), text)
            or appeal_asked(fold(administration), text)
            or inheritance_asked(fold(administration), text)  # Who inherits, asked of the office (`triage_mourning`).
        )
        is not None
    ):
        # Another body's own act asked of the office itself (`triage_reserved_acts`): a divorce or an election's
        # annulment pronounced, a protection order signed, the JDC's certificate, a landlord's deposit; read in
        # distress too, the distress label and its contacts stay.
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = competent_of(reserved)
        evidence[TriageLabel.OUT_OF_SCOPE] = [competent["topic"]]
    elif (
        triage_other_bodies.PRIVATE_ACT_RULE
        # A mairie asked to order a hedge cut is its own police (`triage_mayor_business`).
        and not mayor_business_asked(fold(administration), profiles, text)
        and (
            asks_office_to_act_on_private_party(
                (p for key in profiles for p in _PROFILES[key]),
                text,
                home_decency_is_own=bool(profiles & {"caf", "mairie"}),
                office=fold(administration),
            )
            # ... asked in a plea, a wish or by a pronoun in a long story (`triage_story_asks`).
            or story_party_asked(profiles, fold(administration), text)
        )
    ):
        # The office asked to act on a private party (`triage_private_act`), read in distress too: the distress
        # label and its contacts stay, what is asked is the bank's, the insurer's or the employer's to do.
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(PRIVATE_PARTY_ACT)
        evidence[TriageLabel.OUT_OF_SCOPE] = [PRIVATE_PARTY_ACT["topic"]]
    elif content_removal_asked(administration, text):
        # Videos, photos or a profile to be taken off the internet, asked of an office that cannot
        # (`triage_wrong_office`); read in distress too, the distress label and its contacts stay.
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(CONTENT_REMOVAL)
        evidence[TriageLabel.OUT_OF_SCOPE] = [CONTENT_REMOVAL["topic"]]
    elif sanction_for_discrimination_asked(administration, text):
        # A landlord, an agency or an employer to be punished for discrimination or harassment, asked of an office
        # that cannot sanction it (`triage_wrong_office`).
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(SANCTION_ASK)
        evidence[TriageLabel.OUT_OF_SCOPE] = [SANCTION_ASK["topic"]]
    elif not distress_kinds and schoolwork_asked(text):
        # Figures or documents asked for a pupil's exposé or a student's mémoire (`triage_wrong_office`).
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(SCHOOLWORK)
        evidence[TriageLabel.OUT_OF_SCOPE] = [SCHOOLWORK["topic"]]
    elif triage_provider_goods.PROVIDER_GOODS_RULE and provider_goods_asked(fold(administration), text):
        # A mutuelle's card or a bus line asked of an office that neither issues nor runs it (`triage_provider_goods`);
        # read in distress too, the distress label and its contacts stay.
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(PROVIDER_GOODS)
        evidence[TriageLabel.OUT_OF_SCOPE] = [PROVIDER_GOODS["topic"]]
    elif triage_mutuelle_contract.MUTUELLE_CONTRACT_RULE and mutuelle_contract_asked(fold(administration), text):
        # A mutuelle's own contract (cancelled, its formula changed, joined) asked of an office that is no mutuelle
        # (`triage_mutuelle_contract`); read in distress too, the distress label and its contacts stay.
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(MUTUELLE_CONTRACT)
        evidence[TriageLabel.OUT_OF_SCOPE] = [MUTUELLE_CONTRACT["topic"]]
    elif triage_insurer_refusal.INSURER_REFUSAL_RULE and insurer_refusal_asked(fold(administration), text):
        # A private insurer's refusal or delay to pay, asked of an office (`triage_insurer_refusal`); read in distress
        # too, the distress label and its contacts stay.
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(INSURER_REFUSAL)
        evidence[TriageLabel.OUT_OF_SCOPE] = [INSURER_REFUSAL["topic"]]
    elif triage_state_pensions.STATE_PENSION_RULE and state_pension_asked_of_cnav(profiles, text):
        # A civil servant's own pension asked of the Assurance retraite (`triage_state_pensions`): the SRE's or the
        # CNRACL's; read in distress too, the distress label and its contacts stay.
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(STATE_PENSION)
        evidence[TriageLabel.OUT_OF_SCOPE] = [STATE_PENSION["topic"]]
    elif complementary_pension_asked(profiles, text):
        # A private-sector complementary pension said unpaid or short, asked of the Assurance retraite
        # (`triage_complementary_pension`, read when its switch is on); the distress label and its contacts stay.
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(COMPLEMENTARY_PENSION)
        evidence[TriageLabel.OUT_OF_SCOPE] = [COMPLEMENTARY_PENSION["topic"]]
    elif triage_special_regimes.SPECIAL_REGIME_RULE and special_regime_asked_of_cpam(profiles, text):
        # A sailor's, a soldier's or a railwayman's health benefit asked of the CPAM (`triage_special_regimes`).
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(SPECIAL_REGIME)
        evidence[TriageLabel.OUT_OF_SCOPE] = [SPECIAL_REGIME["topic"]]
    elif triage_borrowed_reason.BORROWED_REASON_RULE and borrowed_reason_asked(text):
        # Another body's business asked on a link the writer has with the office ("comme vous lui versez déjà
        # l'allocation logement", "puisque c'est la sécu qui payait tout": `triage_borrowed_reason`); read in
        # distress too, the distress label and its contacts stay.
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(BORROWED_REASON)
        evidence[TriageLabel.OUT_OF_SCOPE] = [BORROWED_REASON["topic"]]
    elif written_for_want_of_address(text):
        # Written here for want of another address (`ONLY_ADDRESS`), read in distress too.
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(ONLY_ADDRESS_TOPIC)
        evidence[TriageLabel.OUT_OF_SCOPE] = [ONLY_ADDRESS_TOPIC["topic"]]
    elif not distress_kinds and (
        # The pet itself is no private need at a mairie, a préfecture or a DDPP (`triage_animal_business`).
        private_need_at(fold(administration), title, body, PRIVATE_NEED_MIN) or pet_care(profiles, title, body)
    ):
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(PRIVATE_NEED)
        evidence[TriageLabel.OUT_OF_SCOPE] = [PRIVATE_NEED["topic"]]
    elif not distress_kinds and medical_ask(title, body):
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(MEDICAL_ASK)
        evidence[TriageLabel.OUT_OF_SCOPE] = [MEDICAL_ASK["topic"]]
    elif (
        (triage_private_asks.SCAM_LOSS_IN_DISTRESS or not distress_kinds)
        and scam_loss(title, body)
        and not fraud_on_own_account(profiles, f"{title}\n{body}")
    ):
        # Read in distress too since the thirty-third pass (cw-002: a mother left with 12 euros asks the CPAM, whose
        # name the fake site used, to refund her): the distress and its contacts stay, the refund is no office's.
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(SCAM_LOSS)
        evidence[TriageLabel.OUT_OF_SCOPE] = [SCAM_LOSS["topic"]]
    elif triage_private_asks.VOUCH_RULE and not distress_kinds and vouches_to_private_party(title, body):
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(VOUCH)
        evidence[TriageLabel.OUT_OF_SCOPE] = [VOUCH["topic"]]
    elif not distress_kinds and (
        (triage_third_party.THIRD_PARTY_RULE and asks_third_party_data(text))
        or (triage_third_party.WHEREABOUTS_RULE and asks_whereabouts(text))
    ):
        # Another person's data asked by someone with no standing (`triage_third_party`).
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(THIRD_PARTY_DATA)
        evidence[TriageLabel.OUT_OF_SCOPE] = [THIRD_PARTY_DATA["topic"]]
    elif not distress_kinds and (private := _private_ask(text)) is not None:
        # A private matter asked of a public office: advice on a private product, a favour of the staff
        # (`triage_favours`), thanks to pass on, the agent's own life (`triage_personal`), a private price
        # (`triage_prices`); the first that holds gives the redirect.
        labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = dict(private)
        evidence[TriageLabel.OUT_OF_SCOPE] = [private["topic"]]

    # Insults said of a landlord, an ex or an insurer are no abuse of the office (`triage_insult_aimed`).
    # ... nor are the names the writer reports being called, quoted or not (`triage_insult_reported`).
    # ... nor what a letter, an agent or a neighbour said of the writer, in the other forms (`triage_insult_speech`).
    # ... nor a name a title reports or "les gens comme moi" were called (`triage_reported_contempt`).
    read_for_abuse = without_reported_names(
        without_reported_speech(without_reported_insults(_PHYSICAL.sub(" ", _QUOTED.sub(" ", text))))
    )
    # ... nor « ça va mal finir » aimed at no one, said as a figure of anger (`triage_anger_figures`).
    read_for_abuse = without_ending_figure(read_for_abuse)
    # ... nor a swear word aimed at a thing, a situation or nothing (`triage_swearing_aimed`).
    abusive = _matches(_ABUSIVE, without_swearing_at_things(without_insults_at_others(read_for_abuse)))
    # An insult aimed at the agents in words the rules lack, said as an apostrophe (`triage_swearing_aimed`, off).
    abusive += [hit for hit in aimed_insult_hits(without_insults_at_others(read_for_abuse)) if hit not in abusive]
    # A threat the writer makes against others is abusive, whoever it aims at (`triage_threat_aimed`).
    abusive += [hit for hit in threats if hit not in abusive]
    # ... and the model's abusive, learned from insults at the office, is not kept there either.
    aimed_elsewhere = (
        triage_model_gates.THIRD_PARTY_INSULT_GATE and not abusive and insults_only_others(read_for_abuse)
    )
    if abusive:
        labels.append(TriageLabel.ABUSIVE)
        evidence[TriageLabel.ABUSIVE] = abusive

    # A grievance read only in quoted words is none (`triage_quoted_grievance`).
    read_complaint = complaint_reading(text)
    complaint = _matches(_COMPLAINT, own_confusion_blanked(_APPEAL_ASKED.sub(" ", read_complaint)))
    if _PRIVATE_WAIT.search(text):
        complaint = [hit for hit in complaint if not hit.startswith("toujours")]
    if party_wait(text):
        # A private party named in everyday words is the one waited for (`triage_third_parties`).
        complaint = [hit for hit in complaint if not _WAIT_HIT.match(hit)]
    # Money demanded back, or the office's claim called a sham, under a threat or not (`triage_anger_figures`).
    complaint += [hit for hit in taken_back_hits(text) if hit not in complaint]
    hints = _matches(_COMPLAINT_HINTS, read_complaint)
    if _GOODS_WAIT.search(text) or _OWN_WAIT.search(text) or rental_question_at_adil(profiles, text):
        # A wait for a seller's goods, or for a landlord's deposit told to an ADIL (cm-070), is no grievance
        # against the office written to.
        complaint = [hit for hit in complaint if not _WAIT_HIT.match(hit)]
    if _WAIT_ASKED.search(text):
        complaint = [hit for hit in complaint if not _WAIT_HIT.match(hit)]
        hints = []
    # A grievance said politely or as a question about a wait that lasts (`triage_third_parties`).
    polite = polite_complaint(read_complaint)
    if (complaint or len(hints) >= 2 or polite) and TriageLabel.OUT_OF_SCOPE not in labels:
        complaint += hints + [hit for hit in polite if hit not in complaint]
        labels.append(TriageLabel.COMPLAINT)
        evidence[TriageLabel.COMPLAINT] = complaint

    model = shipped_model() if use_model else None
    model_scores: dict[str, float] = {}
    learned: list[str] = []
    if model is not None:
        admin_text = administration_text(administration, aliases, competences)
        model_scores = model.scores(title, body, admin_text)
        read = model_text(title, body)
        dispute = private_dispute(read)
        vetoed = (
            out_of_scope_vetoed(scores, profiles, dispute, read)
            or (bool(distress_kinds) and asks_office_for_help(profiles, title, body))
            # An animal office's own animal procedure (`triage_animal_business`).
            or (dispute is None and animal_business_asked(fold(administration), read))
        )
        # A matter of the mayor's police at a mairie keeps the veto whatever the score (`triage_mayor_business`).
        mayor_business = mayor_business_asked(fold(administration), profiles, read)
        # The writer's own duty to declare, asked of the office that receives the declaration (`triage_own_duty`).
        own_duty = own_duty_asked(profiles, read)
        vetoed = vetoed or mayor_business or own_duty
        self_harm = "suicide" in distress_kinds and not abusive
        override = model.thresholds.get(OWN_TOPIC_OVERRIDE_KEY, OWN_TOPIC_OVERRIDE)
        if vetoed and not (mayor_business or own_duty):
            override = override_over_veto(override, scores, profiles, read)
        kept = model_labels_kept(model.decide(model_scores), model_scores, vetoed, self_harm, override)
        # One scoring of the sentences serves the labels still open and a weak whole-message distress to confirm.
        weak = (
            TriageLabel.DISTRESS in kept
            and TriageLabel.DISTRESS not in labels
            and (distress_needs_sentence(model_scores[TriageLabel.DISTRESS], read) or abuse_only(kept, labels, read))
        )
        open_labels = tuple(
            label
            for label in model.settings.window_labels
            if label not in labels and (label not in kept or (weak and label == TriageLabel.DISTRESS))
        )
        found = model.window_scores(body, admin_text, open_labels) if open_labels else {}
        kept, reached = learned_after_gates(model, kept, model_scores, found, labels, read)
        # What every gate below reads beside the labels it may take back (`triage_gate`).
        reading = GateReading(model, labels, title, body, admin_text)
        if triage_wrong_fund.WRONG_FUND_GATE and redirect is not None and not grievance_at_office(read):
            # Another fund's benefit asked by an unhappy writer: no complaint about this office (`triage_wrong_fund`).
            kept = [label for label in kept if label != TriageLabel.COMPLAINT]
            reached.pop(TriageLabel.COMPLAINT, None)
        if triage_shouting.SHOUT_GATE:
            # Capitals are no abuse and no order to the AI (`triage_shouting`).
            kept, reached = without_shouting_only(reading, kept, reached)
        if triage_reported_words.REPORTED_GATE:
            # An injection that only reported words gave (`triage_reported_words`).
            kept, reached = without_reported_only(reading, kept, reached)
        # A complaint that only quoted words gave (`triage_quoted_grievance`).
        kept, reached = without_quoted_complaint(reading, kept, reached)
        if aimed_elsewhere or (not abusive and worry_not_threat(text)):
            # ... nor where the writer only fears a cut ("si vous me coupez le RSA je ne sais pas ce que je ferai",
            # `triage_worry`).
            kept = [label for label in kept if label != TriageLabel.ABUSIVE]
            reached.pop(TriageLabel.ABUSIVE, None)
        # Insults said to the writer and quoted are no abuse of the office (`triage_worry`).
        kept = without_reported_abuse(model, kept, labels, title, body, admin_text)
        # ... nor are those reported without quotes ("il m'a traité de sale étranger", `triage_insult_reported`).
        kept = without_reported_insult_abuse(model, kept, labels, title, body, admin_text)
        # ... nor the model's abusive that only reported words gave, in any form (`triage_insult_speech`).
        kept = without_reported_speech_abuse(model, kept, labels, title, body, admin_text)
        # ... nor the model's abusive that a complaint of the contempt received gave, read on the writer's own
        # sentences (`triage_reported_contempt`).
        kept = without_reported_contempt_abuse(model, kept, labels, title, body, admin_text)
        # ... and a worry about a cut, alone, is no distress either (`triage_worry`).
        kept, reached = without_worry_distress(reading, kept, reached)
        if triage_exasperation.EXASPERATION_GATE:
            # ... nor is anger at the delays, the repeated requests or the office, said of nothing else
            # (`triage_exasperation`).
            kept, reached = triage_exasperation.without_exasperation_distress(reading, kept, reached)
        # ... nor is a set phrase of overload ("noyé sous les papiers"), and a short message's swearing aimed at no one
        # is no abuse (`triage_set_phrases`).
        kept, reached = without_set_phrase_distress(reading, kept, reached)
        kept = without_short_unaimed_abuse(kept, model_scores, labels, title, body)
        # ... nor is tiredness, a tight budget, a long wait or an illness that weighs, told without danger
        # (`triage_quiet_hardship`).
        kept, reached = without_quiet_hardship_distress(reading, kept, reached)
        # ... nor is a death in the family told calmly, no despair said (`triage_mourning`).
        kept, reached = without_calm_mourning_distress(reading, kept, reached)
        # ... nor is a young parent's overload told before a question, no danger said (`triage_young_parents`).
        kept, reached = without_parent_overload_distress(reading, kept, reached)
        # ... nor is a joking figure about money before a question, no need said (`triage_money_jokes`).
        kept, reached = without_money_joke_distress(reading, kept, reached)
        # ... nor is a fall, a stroke, a fit or a fever told over or in care (`triage_medical_now`).
        kept, reached = without_medical_over_distress(reading, kept, reached)
        # ... nor is violence settled, told in a grievance, or a threat at the office (`triage_violence_settled`).
        kept, reached = without_settled_violence_distress(reading, kept, reached)
        # ... nor is the model's abusive that only swear words aimed at things gave (`triage_swearing_aimed`).
        kept = without_thing_swear_abuse(model, kept, labels, title, body, admin_text)
        # ... nor the model's abusive that only figures of anger gave (« vous me tuez », `triage_anger_figures`).
        kept = without_figure_abuse(model, kept, labels, title, body, admin_text)
        for label in kept:
            if label not in labels:
                labels.append(label)
                learned.append(label)
            evidence.setdefault(label, []).append(f"modèle : {model_scores[label]:.2f}")
        for label, (score, window) in reached.items():
            labels.append(label)
            learned.append(label)
            evidence.setdefault(label, []).append(f"modèle, une phrase : {score:.2f} « {window[:160]} »")
        if complaint_in_distress(labels, model_scores, text):
            # A person in distress who also says the office's silence: the model's complaint from a lower bar
            # (`triage_distress_complaint`).
            labels.append(TriageLabel.COMPLAINT)
            learned.append(TriageLabel.COMPLAINT)
            evidence.setdefault(TriageLabel.COMPLAINT, []).append(
                f"modèle, en détresse : {model_scores[TriageLabel.COMPLAINT]:.2f}"
            )
        if (
            triage_local_operators.OWN_SERVICE_GATE
            and TriageLabel.OUT_OF_SCOPE in learned
            and competent is None
            and dispute is None
            and own_service_asked(profiles, text)
        ):
            # A local service the office runs itself, read by the model as another body's (`triage_local_operators`).
            labels.remove(TriageLabel.OUT_OF_SCOPE)
            learned.remove(TriageLabel.OUT_OF_SCOPE)
            evidence.pop(TriageLabel.OUT_OF_SCOPE, None)
        # The office's own procedure in a bank's or a landlord's story: a new account, an indecent home
        # (`triage_story_asks`).
        without_own_procedure(labels, learned, evidence, competent, profiles, text)
        # ... and where the writer set the other party's matter aside before asking (`triage_outside_asks`).
        without_set_aside(labels, learned, evidence, competent, text)
        # ... and where the office's own service is asked of it (`triage_own_services`).
        without_own_service_out_of_scope(labels, learned, evidence, competent, profiles, text)
        if TriageLabel.OUT_OF_SCOPE in learned and competent is None and dispute is not None:
            competent = {"topic": dispute.key, "body": dispute.body, "service": dispute.service}
            evidence[TriageLabel.OUT_OF_SCOPE].append(dispute.key)
        if TriageLabel.DISTRESS in learned:
            # The model does not say which situation it is: a social worker can assess it and call for help.
            contacts.append("social")
        if TriageLabel.INJECTION in learned:
            injection_kinds.append("learned")
            injection_sentences = _learned_injection_sentences(model, body, admin_text)
    if (
        triage_local_operators.LOCAL_OPERATOR_RULE
        and competent is None
        and TriageLabel.DISTRESS not in labels
        and (service := local_operator_asked(profiles, fold(administration), text)) is not None
    ):
        # What only a network's operator, another body or a private party does, asked of an office that is not it
        # (`triage_local_operators`): after the model, where no distress is found; where the model alone said out of
        # scope, the rule gives the body to write to.
        if TriageLabel.OUT_OF_SCOPE not in labels:
            labels.append(TriageLabel.OUT_OF_SCOPE)
        competent = local_redirect(service)
        evidence.setdefault(TriageLabel.OUT_OF_SCOPE, []).append(competent["topic"])
    # The aggressor acted on, a control body asked its own business (`triage_control_bodies`).
    competent = read_control_bodies(
        labels, learned, evidence, competent, fold(administration), text, redirect and redirect.key
    )
    labels = sorted(labels, key=_LABEL_ORDER.index)
    if not labels:
        labels.append(TriageLabel.ROUTINE)

    return Triage(
        labels=[str(label) for label in labels],
        priority=int(priority_of(labels)),
        distress_kinds=distress_kinds,
        emergency_contacts=[EMERGENCY_CONTACTS[c].as_dict() for c in contacts],
        injection_kinds=injection_kinds,
        injection_sentences=injection_sentences,
        competent=competent,
        topics=scores,
        evidence={str(k): v for k, v in evidence.items()},
        scores=model_scores,
        learned=[str(label) for label in learned],
    )
