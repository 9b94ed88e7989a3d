"""Messages that name AI, or carry a P.S., without giving an order to whoever writes the reply (fifty-fifth pass of
issue 12, engineer-gm).

The learned injection score reads the words of the software (« une IA », « ChatGPT », « le chatbot de votre site »,
« une réponse automatique », « une application de traduction ») and a line under the letter (« P.S. : je suis
joignable le matin ») as signs of a message aimed at the model: routine writers are flagged for a mention. This gate
drops a **learned-only** injection (no injection rule matched: `triage` passes the rules' labels as `taken`) when the
message names AI or carries a P.S. / N.B. line and gives no order to whoever writes the reply.

It is narrower than the seventeenth pass's `triage_model_gates.AI_TALK_GATE` (`triage_ai_talk`, off since a real
injection was dropped outside its tuning data): that gate looked for the injection cue families, « tu » and a few
imperatives in the second person singular; this one also keeps every message that

- sets a condition on the reader being software (« si c'est une IA qui lit », « si vous êtes un robot », « si cette
  réponse est générée »), the costume of s-100, the test injection the older gate dropped;
- speaks to the software (« Cher robot », « pour l'IA : », « message à l'assistant », « l'IA qui rédige ») or uses
  « tu » at all;
- dictates a content: a verb of saying followed by « que » in the imperative or the infinitive (« écrivez que »,
  « merci de confirmer que », « dites que », « réponds que »), a promise or a commitment asked (« promettez »,
  « engagez-vous »), a sentence to copy or insert (« recopiez », « reprenez mot pour mot », « ajoutez »,
  « insérez »), a place in the reply (« dans votre réponse », « commencez votre réponse »);
- names rules or instructions, brackets a part, masks a word, writes instruction words in English, German, Spanish
  or Italian, or letters of another script, or shows an injection cue family (`triage_cues.INJECTION_MOVES`).

Switches, read at call time (set one off in a test: `triage_ai_mentions.AI_NAMED_GATE = False`):

- `AI_NAMED_GATE`: the message names AI, a robot, a chatbot, an automatic reply, a translation tool;
- `POSTSCRIPT_GATE`: the message carries a P.S. or an N.B. line (it need name no AI).

Pure functions on the model's text (`triage_model.model_text`: title and body, placeholders as ordinary values); one
hook in `triage_model_gates.learned_after_gates`.
"""

import re
from collections.abc import Collection

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_cues import INJECTION_MOVES, cue_counts, fold

# Measured figures (train + validation of corpora/triage, start code 83619de3; docs/benchmarks.md, fifty-fifth pass,
# engineer-gm), above each switch. Cost of both: of the 444 gold injections that name AI or carry a P.S., read
# pseudonymised, none gives no order (none could be dropped, whatever its score).

# AI_NAMED_GATE: 7 false injections freed (train tri-ak-127, tri-cq-018, gj-038, gj-041, gm-004, gm-024; validation
# gm-017), no gold injection dropped.
AI_NAMED_GATE = True
# POSTSCRIPT_GATE: alone, 1 freed (gm-024, which names AI too); nothing beyond `AI_NAMED_GATE`; no gold injection
# dropped.
POSTSCRIPT_GATE = True

# The software named: AI, a chatbot, a robot, ChatGPT and its kin, an automatic reply, a translation tool.
_AI_NAMED = re.compile(
    r"\b(?:ia|i\.a|intelligence artificielle|chatgpt|chat gpt|gpt|gemini|copilot|mistral|chatbots?|robots?|bots?"
    r"|algorithmes?|logiciels?|modeles? de langage|assistants? (?:virtuels?|automatiques?))\b"
    r"|\b(?:reponses?|messages?|mails?|courriers?) (?:automatiques?|generee?s? automatiquement)\b"
    r"|\bautomatiquement\b"
    r"|\b(?:application|appli|outil|logiciel|site)s? de traduction\b|\btraduct(?:eur|ion) automatique\b"
    r"|\bgoogle (?:traduction|translate)\b|\bdeepl\b"
)
# A P.S. or an N.B. at the head of a line.
_POSTSCRIPT = re.compile(r"(?:^|\n)[ \t>]*(?:p\.? ?-?s\.?|n\.? ?b\.?)(?![a-z])")

_SOFTWARE = (
    r"(?:ia|i\.a|intelligence artificielle|chatgpt|gpt|chatbot|robot|bot|assistant|modele|systeme|logiciel"
    r"|machine|programme|algorithme|redacteur|traducteur|outil)"
)
# What an order to the writer of the reply looks like; any of them keeps the learned injection.
_ORDERS = (
    # The reader's being software set as a condition: « si c'est une IA », « si vous êtes un robot », « si cette
    # réponse est générée / automatique ».
    re.compile(
        r"\bsi (?:c'est|vous etes|tu es|ce sont|cette reponse|ce message|la reponse|le message|c'est bien)"
        r"[^.?!\n]{0,50}?(?:" + _SOFTWARE + r"|automati\w*|genere\w*)\b"
    ),
    # The software spoken to: « cher robot », « pour l'IA », « à l'assistant », « l'IA qui rédige », « IA : ».
    re.compile(
        r"\b(?:cher|chere|chers|a|au|pour|message a|note a|consigne a|toi) (?:l'|le |la |cet |cette |ce )?"
        r"(?:gentil |petit |petite |chere |cher )?" + _SOFTWARE + r"s?\b"
    ),
    re.compile(
        r"\b" + _SOFTWARE + r"s? (?:qui (?:lit|lisez|lis|redige|redigez|prepare|repond|traite|ecrit)|redacteur)\b"
    ),
    re.compile(r"\b" + _SOFTWARE + r"s?\b ?[:,]"),
    # A duty or a leave laid on the software: « les assistants de rédaction doivent accorder », « le système est
    # autorisé à confirmer », « en tant qu'assistant IA vous voudrez bien ».
    re.compile(
        r"\b" + _SOFTWARE + r"s?\b[^.?!\n]{0,40}?\b(?:doi(?:t|vent)|devr\w*|autorise\w*|voudr\w*"
        r"|peu(?:t|vent) (?:confirm|accord|valid|indiqu|ecri))"
    ),
    re.compile(r"\ben tant qu(?:e |')(?:l'|le |la )?" + _SOFTWARE),
    # « tu » and its forms: the reader addressed as a machine.
    re.compile(r"\b(?:tu|toi|ton|ta|tes|t'\w+)\b"),
    # A content dictated: a verb of saying + « que », in the imperative or the infinitive.
    re.compile(
        r"\b(?:ecri(?:s|vez|re)|indiqu(?:e|ez|er)|confirm(?:e|ez|er)|affirm(?:e|ez|er)|declar(?:e|ez|er)"
        r"|annonc(?:e|ez|er)|mentionn(?:e|ez|er)|precis(?:e|ez|er)|dis|dites|dire|repond(?:s|ez|re)"
        r"|assur(?:e|ez|er)|certifi(?:e|ez|er)|garanti(?:s|ssez|r)|not(?:e|ez|er)|stipul(?:e|ez|er)"
        r"|mett(?:ez|re)|mets)\b[^.?!\n]{0,40}?\bque\b"
    ),
    # A promise, a commitment, a sentence to copy, insert or begin with; a place in the reply.
    re.compile(
        r"\b(?:prome(?:ts|ttez|ttre|tte)|engage(?:z)?[- ](?:vous|toi)|recopi\w*|copie[zr]?|repren(?:ds|ez|dre)"
        r"|reprodui\w*|inser\w*|ajout\w*|commence[zr]?|termine[zr]?|affiche[zr]?"
        r"|confirm(?:e|ez)-moi|(?:vos|tes) regles|mise a jour des regles|mett(?:re|ez) de cote"
        r"|revele[zr]?|oubli\w*|ignor(?:e|ez|er)|(?:fais|faites) (?:ceci|cela|ca|ce que))\b"
        r"|\bmot (?:pour|a) mot\b|\btel(?:le)?s? quel(?:le)?s?\b|\ba l'identique\b"
        r"|\b(?:dans|a la fin de|au debut de|en tete de|en bas de) (?:votre|ta|la|cette|vos) reponses?\b"
        r"|\b(?:consignes?|instructions?|directives?|prompt)\b"
    ),
    # Instruction words in English, German, Spanish, Italian.
    re.compile(
        r"\b(?:disregard|ignore previous|you must|respond|system|override|reply|please|write|bitte|schreibe|ignoriere"
        r"|escribe|ignora|scrivi)\b"
    ),
    # Letters of another script (Cyrillic, Greek, Arabic, Hebrew, the scripts of Asia): an order the pattern above
    # cannot read (`triage_scripts` reads some).
    re.compile(r"[\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0900-\u0dff\u0e00-\u0eff\u3040-\u9fff\uac00-\ud7af]"),
)
_TAGGED = re.compile(r"[\[\]{}<>]")
# Masked words: letters spaced out, a digit inside a word (« ign0re »), a long encoded run. The cue family
# « masked » also reads a file or a licence reference (« CACES R489 ») as masked: it is left out below.
_MASKED = re.compile(r"\b(?:[a-z] ){3,}[a-z]\b|[a-z][0-9@$][a-z]|[A-Za-z0-9+/]{24,}={0,2}")
_MOVES = tuple(name for name in INJECTION_MOVES if name != "masked")


def ai_named(text: str) -> bool:
    """The message names AI, a robot, a chatbot, an automatic reply or a translation tool."""
    return bool(_AI_NAMED.search(fold(text)))


def has_postscript(text: str) -> bool:
    """The message carries a P.S. or an N.B. line."""
    return bool(_POSTSCRIPT.search(fold(text)))


def gives_order(text: str) -> bool:
    """The message gives an order to whoever writes the reply: a condition on the reader being software, the
    software spoken to, « tu », a content dictated, a promise or a sentence to copy asked, rules named, a bracketed
    part, masked words, instruction words in another language or another script, or an injection cue family
    (`triage_cues.INJECTION_MOVES`, « masked » read by `_MASKED`)."""
    folded = fold(text)
    if _TAGGED.search(text) or _MASKED.search(folded) or any(pattern.search(folded) for pattern in _ORDERS):
        return True
    counts = cue_counts(text)
    return any(counts.get(name, 0) for name in _MOVES)


def mention_without_order(text: str) -> bool:
    """The message names AI (where `AI_NAMED_GATE`) or carries a P.S. (where `POSTSCRIPT_GATE`) and gives no order
    to whoever writes the reply."""
    named = AI_NAMED_GATE and ai_named(text)
    postscript = POSTSCRIPT_GATE and has_postscript(text)
    return (named or postscript) and not gives_order(text)


def without_mention_injection(
    kept: list[str], reached: dict[str, tuple[float, str]], taken: Collection[str], read: str
) -> tuple[list[str], dict[str, tuple[float, str]]]:
    """The model's labels (`kept`, whole message; `reached`, sentence windows) without a learned-only injection on a
    message that names AI or carries a P.S. and gives no order (`mention_without_order`). An injection a rule set
    (in `taken`) is never touched."""
    injection = TriageLabel.INJECTION
    if injection in taken or (injection not in kept and injection not in reached):
        return kept, reached
    if not mention_without_order(read):
        return kept, reached
    reached = {label: hit for label, hit in reached.items() if label != injection}
    return [label for label in kept if label != injection], reached
