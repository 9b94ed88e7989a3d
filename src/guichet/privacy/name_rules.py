"""Names that spaCy and the title rules miss, found from their position and the first-name/surname gazetteer.

- the signature block: the lines after the last closing formula ("Cordialement", "merci", "cdt"), after an
  e-mail (or its placeholder), before "allocataire …", or the last lines of the message, once the contact details
  at their end are set aside ("Abdou Sow 07 53 …", "Jean Martin - allocataire [ALLOCATAIRE_1]");
- the last words of the text after its last sentence ("… rappelez-moi svp. Dylan", "… ? samia");
- names after a cue, in any case and in lists: "moi c'est ali", "mes enfants Nour, Ilyès et Adam",
  "ma fille léa", "je m'appelle andrii kovalenko";
- a child's first name before its age: "Lou (3 ans)", "Noé, 6 ans";
- a known first name followed by a capitalised word, or a surname in capitals and a known first name, anywhere:
  "… payé par Aïcha Konaté", "COULIBALY Kadiatou"; in lower case when both are known ("kevin dupuis").

A word that is common French ("Bonne", "Urgent", stop words) is never a name here; a gazetteer word that is also
a common word ("Rose", "Pierre") counts only where the position says it is a name.
"""

import re

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guichet.privacy import family_names
from guichet.privacy.bracketed_initials import bracketed_initials
from guichet.privacy.capital_addressees import addressee_names
from guichet.privacy.name_rules_ages import aged_names
from guichet.privacy.name_rules_attachments import attachment_names
from guichet.privacy.name_rules_capitals import (
    capital_surnames,
    capitals_then_names,
    filed_surnames,
    glued_names,
    header_names,
)
from guichet.privacy.name_rules_cues import _KIN_OF, cue_names, spelled_names
from guichet.privacy.name_rules_forms import (
    apposed_full_names,
    child_care_names,
    first_names_field,
    invoice_clients,
    labelled_names,
    paired_first_names,
)
from guichet.privacy.name_rules_full_names import apposed_names, full_names, uncontracted_surnames, word_pair_names
from guichet.privacy.name_rules_initials import (
    doubled_nicknames,
    in_capitals,
    initials_lines,
    nicknamed_names,
    shouted_first_names,
)
from guichet.privacy.name_rules_kin import introduced_names, kin_bracketed_names, signed_names
from guichet.privacy.name_rules_lone import bracketed_first_names, lone_first_names, subject_first_names
from guichet.privacy.name_rules_lower import (
    VIETNAMESE_GIVEN,
    VIETNAMESE_SURNAMES,
    lower_names,
    names_with_me,
    shaped_surnames,
    vietnamese_names,
)
from guichet.privacy.name_rules_lower_pairs import lower_word_names
from guichet.privacy.name_rules_patterns import _CLOSING_WORDS
from guichet.privacy.name_rules_places import _BRANDS, _DEPARTMENTS, _SPOKEN_TO
from guichet.privacy.name_rules_replies import reply_signature_names
from guichet.privacy.name_rules_rows import (
    household_rows,
    kin_then_bracketed_names,
    me_then_names,
    messaging_names,
    patronymic_names,
)
from guichet.privacy.name_rules_self import names_with_avec, role_names, self_named_lower
from guichet.privacy.name_rules_signatures import last_words, signature_names
from guichet.privacy.name_rules_titles import initial_names, lower_titled_names, titled_names, trade_names
from guichet.privacy.name_rules_words import (
    _CALENDAR,
    _FUNCTION_WORDS,
    _OFFICE_WORDS,
    _SUBJECT_NOT,
    _TITLE_WORDS,
    _plain_common,
    _spelled_acronym,
    name_like,
)
from guichet.privacy.names import ENTITY
from guichet.privacy.quoted_names import quoted_names

__all__ = [
    "ContextNameRecognizer",
    "VIETNAMESE_GIVEN",
    "VIETNAMESE_SURNAMES",
    "_BRANDS",
    "_CALENDAR",
    "_CLOSING_WORDS",
    "_DEPARTMENTS",
    "_FUNCTION_WORDS",
    "_OFFICE_WORDS",
    "_SUBJECT_NOT",
    "_TITLE_WORDS",
    "_plain_common",
    "aged_names",
    "apposed_full_names",
    "apposed_names",
    "bracketed_first_names",
    "capital_surnames",
    "capitals_then_names",
    "child_care_names",
    "cue_names",
    "doubled_nicknames",
    "filed_surnames",
    "first_names_field",
    "full_names",
    "glued_names",
    "header_names",
    "household_rows",
    "in_capitals",
    "initial_names",
    "initials_lines",
    "introduced_names",
    "invoice_clients",
    "kin_bracketed_names",
    "kin_then_bracketed_names",
    "labelled_names",
    "last_words",
    "lone_first_names",
    "lower_names",
    "lower_titled_names",
    "lower_word_names",
    "me_then_names",
    "messaging_names",
    "name_like",
    "names_with_avec",
    "names_with_me",
    "nicknamed_names",
    "paired_first_names",
    "patronymic_names",
    "role_names",
    "self_named_lower",
    "shaped_surnames",
    "shouted_first_names",
    "signature_names",
    "signed_names",
    "spelled_names",
    "subject_first_names",
    "titled_names",
    "trade_names",
    "uncontracted_surnames",
    "vietnamese_names",
    "word_pair_names",
]


class ContextNameRecognizer(LocalRecognizer):
    """Names from the signature block, cues, ages and the gazetteer (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[ENTITY], supported_language="fr", name="ContextNameRecognizer")

    def load(self) -> None:
        """The gazetteer loads on first use."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        spans = {
            *signature_names(text),
            *cue_names(text),
            *aged_names(text),
            *full_names(text),
            *word_pair_names(text),
            *apposed_names(text),
            *vietnamese_names(text),
            *lower_names(text),
            *shaped_surnames(text),
            *names_with_me(text),
            *initial_names(text),
            *trade_names(text),
            *titled_names(text),
            *lower_titled_names(text),
            *capital_surnames(text),
            *addressee_names(text),  # (forty-ninth pass, p163e) "j'ai écrit à BOUCHER" (`capital_addressees`)
            *filed_surnames(text),
            *glued_names(text),
            *header_names(text),
            *kin_bracketed_names(text),
            *introduced_names(text),
            *signed_names(text),
            *self_named_lower(text),
            *nicknamed_names(text),
            *shouted_first_names(text),
            *lower_word_names(text),
            *messaging_names(text),
            *patronymic_names(text),
            *household_rows(text),
            *initials_lines(text),
            *role_names(text),
            *labelled_names(text),
            *invoice_clients(text),
            *first_names_field(text),
            *capitals_then_names(text),
            *paired_first_names(text),
            *bracketed_first_names(text),
            *apposed_full_names(text),
            *child_care_names(text),
            *doubled_nicknames(text),
            *kin_then_bracketed_names(text),
            *me_then_names(text),
            *uncontracted_surnames(text),
            *quoted_names(text),
            *attachment_names(text),
            *reply_signature_names(text),
            *bracketed_initials(text),
            # (forty-sixth pass, p148e) "mamie jo", "l'usage du nom Carrel" (`family_names`)
            *family_names.lower_kin_names(text),
            *family_names.usage_names(text),
            *family_names.nickname_names(text),
        }
        places = [
            (ent.start_char, ent.end_char)
            for ent in (nlp_artifacts.entities if nlp_artifacts is not None else [])
            if ent.label_ in ("LOC", "ORG")
        ]
        tokens = nlp_artifacts.tokens if nlp_artifacts is not None else []
        proper = {token.idx for token in tokens if token.pos_ == "PROPN"}
        spans |= {
            (start, end, score)
            for start, end, score in lone_first_names(text, proper_nouns=proper)
            if not any(a <= start and end <= b for a, b in places)
            or _KIN_OF.search(text[max(0, start - 60) : start])
            or _SPOKEN_TO.search(text, max(0, start - 80), start)
            and not any(part[:1].islower() for part in text[start:end].split("-"))
        }
        spans |= set(spelled_names(text))
        spans |= {
            span for span in subject_first_names(tokens) if not any(a <= span[0] and span[1] <= b for a, b in places)
        }
        spans |= {span for span in names_with_avec(text) if not any(a <= span[0] and span[1] <= b for a, b in places)}
        return [
            RecognizerResult(ENTITY, start, end, score, recognition_metadata=metadata)
            for start, end, score in sorted(spans)
            if not _spelled_acronym(text, start, end)
            and not _LAW_BEFORE.search(text, max(0, start - 20), start)
            # (forty-sixth pass, p148e) "la mamie des enfants", "mon loulou de 3 ans": family words, no names
            and not family_names.title_alone(text, start, end)
            and not family_names.pet_word(text, start, end)
        ]


# (twenty-ninth pass, p80) A law or a scheme named after its author is no one's personal data: "depuis la loi
# Kasbarian le préfet peut…", "la loi Pinel", "le dispositif Denormandie", "la réforme Borloo".
# (thirty-fourth pass, p100e) and a circular or a ruling: "la circulaire Valls", "l'arrêt Zambrano".
_LAW_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:loi|lois|réforme|reforme|dispositif|amendement|décret|decret|circulaire|arrêt|arret)[ \t]+$"
)
