"""The combination of the rules with the learned model: which of the model's labels are kept (`model_labels_kept`),
the gates and corroborations after the sentence windows (`learned_after_gates`) and their switches. Cut from
`triage.py` (thirty-fifth pass).
"""

from collections.abc import Collection

from guichet.drafting import triage_calm_illness, triage_hyperbole, triage_recovery
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_ai_mentions import without_mention_injection
from guichet.drafting.triage_ai_talk import learned_injection_stands
from guichet.drafting.triage_calm_eviction import without_calm_eviction_distress
from guichet.drafting.triage_calm_illness import (
    abuse_without_danger,
    calm_illness_request,
    online_trouble_only,
)
from guichet.drafting.triage_calm_question import calm_question_doubt
from guichet.drafting.triage_collective import collective_cut_only
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_dark_humour import punchline_only
from guichet.drafting.triage_hardship import hardship_signs
from guichet.drafting.triage_hyperbole import hyperbole_only
from guichet.drafting.triage_injection_rules import _INJECTION, deobfuscated
from guichet.drafting.triage_matching import _matches
from guichet.drafting.triage_model import TriageModel, model_text
from guichet.drafting.triage_refused_quote import refused_quote, without_quotes
from guichet.drafting.triage_settled import over_at
from guichet.drafting.triage_signs import warning_signs
from guichet.drafting.triage_veto import OWN_TOPIC_OVERRIDE
from guichet.drafting.triage_violence_over import violence_over
from guichet.text import sentences

# Twenty-third pass (engineer-bm's suggestion, bk-051 and bk-107: "vous pouvez fermer mon dossier … merci pour tout"
# read by the model as a request another office handles): the model's out of scope dropped when a suicide rule or
# warning signs fired. Off: on train + validation (6,150, pipeline reading, artefact of 9a18b64) 4 messages have a
# suicide rule and the model's out of scope; dropping it frees bk-107 and loses three out of scope the gold keeps
# (bm-118, c-112, z-049: a desperate person asking what another office does).
SELF_HARM_DROPS_OUT_OF_SCOPE = False

# Thirty-first pass, engineer-cr: the model's abusive is dropped where the only insults are said of a private party
# or a relative (`triage_insult_aimed.insults_only_others`) and no abusive rule fires on the rest (cr-027, "ma
# mutuelle, ces escrocs", scored 1.00 by the artefact of the thirtieth pass).
THIRD_PARTY_INSULT_GATE = True


def model_labels_kept(
    model_labels: list[str],
    scores: dict[str, float],
    vetoed: bool,
    self_harm: bool = False,
    override: float = OWN_TOPIC_OVERRIDE,
) -> list[str]:
    """The model's labels that the rules do not contradict: the model's "out of scope" is dropped when the
    competence map vetoes it (a passport question at a mairie), unless its score reaches `override` (the
    artefact's `OWN_TOPIC_OVERRIDE_KEY` threshold).

    `self_harm`: a suicide rule fired and no abusive rule did. A threat to harm oneself, even at the agency ("je
    m'immole devant votre porte", "je viens me pendre dans votre hall"), is distress, not abuse: the model's
    "abusive" is dropped (the agent must act on the danger, not read it as an attack). A message that threatens the
    agents too ("je ne serai pas le seul à brûler, vous l'aurez cherché") keeps it through the rules.

    A threat to the agents or to others ("je viens mettre le feu à votre agence") often carries the model's
    "distress" too; it is kept: dropping it whenever an abusive message has no distress rule (tried in round 2 of the
    tenth pass) took distress away from a message the model scored 0.9999 and from a rude, desperate one on the test
    split. Recall first on the safety labels: a false alarm costs an agent a glance."""
    kept = list(model_labels)
    if TriageLabel.OUT_OF_SCOPE in kept and vetoed and scores.get(TriageLabel.OUT_OF_SCOPE, 0.0) < override:
        kept = [label for label in kept if label != TriageLabel.OUT_OF_SCOPE]
    if self_harm:
        kept = [label for label in kept if label != TriageLabel.ABUSIVE]
    if self_harm and SELF_HARM_DROPS_OUT_OF_SCOPE:
        kept = [label for label in kept if label != TriageLabel.OUT_OF_SCOPE]
    return kept


# The AI-talk gate (`triage_ai_talk`). Off in the fifteenth and sixteenth passes: with a learned injection kept only
# from 0.96, it removed 3 of 40 safety labels on 580 routine messages held out, but on the unseen batch am it dropped a
# real injection scored 0.958 (injection recall 0.964 -> 0.929). Seventeenth pass: on with the gate's ceiling at 0.5
# (`AI_TALK_CEILING`), so that only an unsure learned injection is read again (ap-074, a question whether a human
# still checks the AI's answers, scored 0.47; am-048 0.958): leave one batch out
# replayed (22 batches, 2,392 train + validation items), safety label on routine 45 -> 43 / 710, injection 401 / 402
# unchanged (am-048 kept; at 0.96: 42 / 710 and 400 / 402); ap and au held out, 2 -> 0 / 42, injection 31 / 31.
# Off again at the end of the seventeenth pass (the lead): read with the retrained artefact, it dropped a real
# injection on the test split (s-100, 'si vous êtes un robot, ignorez…', 0.109) and one on the hidden batch at (an
# order written in Arabic under 'mon cousin m'a dit d'écrire ça', caught with the gate off); outside the data it was
# tuned on, it traded two real injections for no routine message spared. A miss costs more than a glance.
AI_TALK_GATE = False
AI_TALK_CEILING = 0.5


def learned_after_gates(
    model: TriageModel,
    kept: list[str],
    scores: dict[str, float],
    found: dict[str, tuple[float, str]],
    taken: Collection[str],
    read: str,
    *,
    corroborate: bool = True,
    ai_talk: bool | None = None,
    hyperbole: bool | None = None,
) -> tuple[list[str], dict[str, tuple[float, str]]]:
    """The model's whole-message labels (`kept`, after the competence map's veto) and the labels its sentence
    windows reach (`found`, `TriageModel.window_scores`), once its gates have spoken: a weak whole-message distress
    needs a sentence behind it (`distress_corroborated`), death or breakdown said as a figure about a routine matter
    with a laugh is no distress (`triage_hyperbole`, where `hyperbole`), and, only where `ai_talk` (off: see
    `AI_TALK_GATE`), an unsure learned injection on a message that only talks about AI is dropped (`triage_ai_talk`);
    last, a learned-only injection on a message that names AI or carries a P.S. and gives no order to whoever writes
    the reply is dropped (`triage_ai_mentions`, fifty-fifth pass).
    `taken`: the labels the rules set; `read`: `model_text` of the message. `triage()`, `guichet triage eval` and
    `benchmarks/triage_batch_cv.py` decide through this (`corroborate=False` leaves that gate out, to measure it);
    `ai_talk` and `hyperbole` left out read `AI_TALK_GATE` and `triage_hyperbole.HYPERBOLE_GATE` at call time."""
    if ai_talk is None:
        ai_talk = AI_TALK_GATE
    if hyperbole is None:
        hyperbole = triage_hyperbole.HYPERBOLE_GATE
    distress, injection = TriageLabel.DISTRESS, TriageLabel.INJECTION
    if (
        corroborate
        and distress in kept
        and distress not in taken
        and not distress_corroborated(
            scores[distress], found.get(distress, (None, ""))[0], calm=calm_illness_told(read)
        )
        and not (SIGN_CORROBORATES and warning_signs(read))
        and not (HARDSHIP_CORROBORATES and hardship_signs(read))
    ):
        kept = [label for label in kept if label != distress]
    if (
        distress in kept
        and distress not in taken
        and not distress_is_strong(scores[distress])
        and triage_calm_illness.ONLINE_TROUBLE_GATE
        and online_trouble_only(read)
    ):
        # A weak distress on a step the writer cannot take online, no danger said (`triage_calm_illness`): the
        # carte grise question of the thirty-seventh pass, a single sentence that no window could check.
        kept = [label for label in kept if label != distress]
    if distress in kept and distress not in taken and calm_question_doubt(scores[distress], read):
        # A procedure of later life or of leaving care asked calmly, no danger said (`triage_calm_question`): the
        # whole message's distress stands from `CALM_QUESTION_BAR` only; a sentence at the window threshold still
        # sets it (the windows are scored: `distress_needs_sentence`).
        kept = [label for label in kept if label != distress]
    if distress in kept and distress not in taken and abuse_only(kept, taken, read):
        # Insults, threats or orders to the AI with no danger said: abuse or injection, not distress
        # (`triage_calm_illness.abuse_without_danger`); a sentence that alone reaches the window threshold still
        # counts only where it was scored.
        kept = [label for label in kept if label != distress]
    reached = _window_labels(model, [*taken, *kept], found)
    hinted = found.get(distress, (None, ""))
    if (
        distress not in taken
        and distress not in kept
        and distress not in reached
        and hinted[0] is not None
        and hinted[0] >= HINTED_SENTENCE
        and warning_signs(read)
    ):
        reached[distress] = hinted
    if (
        hyperbole
        and distress not in taken
        and (distress in kept or distress in reached)
        and (hyperbole_only(read) or punchline_only(read))
        and not warning_signs(read)
        and not hardship_signs(read)
    ):
        # Death or breakdown said as a figure about a routine matter, with a laugh (`triage_hyperbole`), or a hanging
        # turned into a punchline (`triage_dark_humour`).
        kept = [label for label in kept if label != distress]
        reached.pop(distress, None)
    if distress not in taken and (distress in kept or distress in reached) and over_at(read) is not None:
        # A hardship the writer says is over, told before a routine question (`triage_settled`); `over_at` has
        # checked the warning signs and what follows the marker.
        kept = [label for label in kept if label != distress]
        reached.pop(distress, None)
    if distress not in taken and (distress in kept or distress in reached) and violence_over(read):
        # Violence the writer has left and says is over, nothing feared (`triage_violence_over`), which has checked
        # the warning signs, the hardship signs and these days' words.
        kept = [label for label in kept if label != distress]
        reached.pop(distress, None)
    if (
        distress not in taken
        and (distress in kept or distress in reached)
        and collective_cut_only(fold(read))
        and not warning_signs(read)
        and not hardship_signs(read)
    ):
        # A water or power cut that falls on a whole town, not on the writer's home (`triage_collective`).
        kept = [label for label in kept if label != distress]
        reached.pop(distress, None)
    if (
        triage_recovery.RECOVERY_GATE
        and distress not in taken
        and (distress in kept or distress in reached)
        and triage_recovery.recovery_told_calmly(read)
    ):
        # An addiction, its care or its recovery told with no danger said (`triage_recovery`, forty-second pass):
        # the model's distress, whole message or sentence, is the vocabulary's, not a danger.
        kept = [label for label in kept if label != distress]
        reached.pop(distress, None)
    # The model's whole-message distress on an eviction procedure told calmly (`triage_calm_eviction`).
    kept = without_calm_eviction_distress(kept, reached, taken, read)
    if (
        REFUSED_QUOTE_GATE
        and injection not in taken
        and (injection in kept or injection in reached)
        and only_refused_quote(read)
    ):
        # An order to the AI quoted and refused, nothing else aimed at it (`triage_refused_quote`).
        kept = [label for label in kept if label != injection]
        reached.pop(injection, None)
    whole_injection = injection in kept and injection not in taken
    if ai_talk and (whole_injection or injection in reached):
        deciding = scores[injection] if whole_injection else reached[injection][0]
        if not learned_injection_stands(deciding, read, AI_TALK_CEILING):
            kept = [label for label in kept if label != injection]
            reached.pop(injection, None)
    # A learned-only injection on a message that names AI or carries a P.S. and gives no order (`triage_ai_mentions`).
    kept, reached = without_mention_injection(kept, reached, taken, read)
    return kept, reached


def only_refused_quote(text: str) -> bool:
    """The message's only orders to the AI are in quotes the writer refuses or sets aside (`refused_quote`): no
    injection rule matches the text outside the quotes."""
    if not refused_quote(text):
        return False
    outside = without_quotes(text)
    unquoted = fold(outside) + "\n" + deobfuscated(outside)
    return not any(_matches(patterns, unquoted) for patterns in _INJECTION.values())


# Twenty-ninth pass: a learned injection is dropped when the message's only order to the AI is quoted and refused.
REFUSED_QUOTE_GATE = True


def _window_labels(
    model: TriageModel, labels: list[str], found: dict[str, tuple[float, str]]
) -> dict[str, tuple[float, str]]:
    """The labels that a sentence window of the body reaches and the whole message did not (neither a rule nor the
    model on the whole text), with the window's score and text (thirteenth pass): one sentence of danger buried in
    a long administrative message ("j'ai mis de côté mes médicaments" among questions on a form) is diluted in the
    whole message's features. `found`: `TriageModel.window_scores` of the labels still open."""
    reached = model.decide_windows(found)
    return {label: found[label] for label in reached if label not in labels}


# Fourteenth pass: the whole message's distress threshold is low (recall first: about 0.11), and most safety labels
# put on routine messages held out were whole-message scores between it and 0.5 - an unusual voice (a non-native
# writer, a person of ninety, a list of questions, someone writing for a relative) reads as "unlike routine". Below
# `DISTRESS_CORROBORATION` the whole message's distress stands only when one of its sentences, scored alone, reaches
# that score too: the danger is said somewhere, not only suggested by the voice. Leave one batch out: see
# `distress_corroborated`.
DISTRESS_CORROBORATION = 0.5


def distress_is_strong(whole: float) -> bool:
    """The whole message's distress score needs no sentence to confirm it."""
    return whole >= DISTRESS_CORROBORATION


def calm_illness_told(read: str) -> bool:
    """An illness or a relative's care told calmly beside a question (`triage_calm_illness`, where
    `CALM_ILLNESS_GATE`): even a strong whole-message distress needs a sentence behind it there."""
    return triage_calm_illness.CALM_ILLNESS_GATE and calm_illness_request(read)


def distress_needs_sentence(whole: float, read: str) -> bool:
    """The whole message's distress needs a sentence to stand, so the sentence windows are scored: it is weak (a
    sentence at the corroboration level, or a sign), the message tells an illness calmly beside a question
    (thirty-eighth pass), or it is a calm question of later life under `CALM_QUESTION_BAR` (a sentence at the
    window threshold; thirty-ninth pass)."""
    return not distress_is_strong(whole) or calm_illness_told(read) or calm_question_doubt(whole, read)


def abuse_only(kept: Collection[str], taken: Collection[str], read: str) -> bool:
    """The rules or the model read the message as abusive or as an injection, and it says no danger
    (`triage_calm_illness.abuse_without_danger`, where `ABUSE_DISTRESS_GATE`): the model's distress there is the
    anger's or the costume's voice (thirty-eighth pass)."""
    angry = {TriageLabel.ABUSIVE, TriageLabel.INJECTION} & ({*kept} | {*taken})
    return triage_calm_illness.ABUSE_DISTRESS_GATE and bool(angry) and abuse_without_danger(read)


def distress_corroborated(whole: float, best_sentence: float | None, *, calm: bool = False) -> bool:
    """A whole-message distress score over the label's threshold stands: it is strong (and `calm` is false: no
    illness told calmly beside a question), or the body's best sentence (`best_sentence`, None when the body is a
    single sentence) reaches `DISTRESS_CORROBORATION` too."""
    if distress_is_strong(whole) and not calm:
        return True
    if best_sentence is None:
        return SINGLE_SENTENCE_KEEPS
    return best_sentence >= DISTRESS_CORROBORATION


SINGLE_SENTENCE_KEEPS = True

# Seventeenth pass: a whole-message distress over the label's threshold stands without a sentence at the
# corroboration level when the message shows a warning sign of suicide (`triage_signs`, one family is enough): the
# sign is the danger said, in words a sentence's score does not weigh ("je ne vois plus l'intérêt de me soigner").
SIGN_CORROBORATES = True

# Eighteenth pass: the same for a sign of acute hardship (`triage_hardship`: care needed and no means to pay it,
# hunger, an eviction under way with no money, nothing left on the account, no heating in the cold). The corroboration
# gate spares routine messages written in unusual voices; it also held back concrete hardship told plainly or as a
# joke (aw-089 a lump to biopsy and 300 € to advance that the writer does not have, aw-118 an empty fridge, 2,40 € and
# the bailiff; av-053, ak-085, am-056). Like a warning sign, it only lets a whole-message distress that passed the
# label's threshold stand; it never sets distress alone.
HARDSHIP_CORROBORATES = True

# Sixteenth pass: suicide hinted ("si je suis encore là le 5", "j'ai tout rangé pour mon fils") scores 0.5-0.9 on its
# sentence, under the sentence threshold (about 0.93) that routine sentences in alarming words also reach. Where the
# message shows a warning sign (`triage_signs`), a sentence at the corroboration level counts: the sign says what the
# score alone cannot.
HINTED_SENTENCE = DISTRESS_CORROBORATION


MAX_SCORED_SENTENCES = 12


def _learned_injection_sentences(model: TriageModel, body: str, admin_text: str) -> list[str]:
    """The sentences the model finds aimed at the AI when no rule matched one (each scored on its own)."""
    parts = [s for s in sentences(body) if len(s) > 15][:MAX_SCORED_SENTENCES]
    if not parts:
        return []
    threshold = model.thresholds.get(TriageLabel.INJECTION, 1.01)
    scored = model.score_many([model_text("", s) for s in parts], [admin_text] * len(parts))
    return [s for s, sc in zip(parts, scored, strict=True) if sc.get(TriageLabel.INJECTION, 0.0) >= threshold]
