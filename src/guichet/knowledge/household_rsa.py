"""A grown child or a young relative who comes to live with a writer on the RSA: do they count in the household
(forty-eighth pass, engineer-r83, issue 14)?

"Je suis au RSA. Mon fils de 24 ans vient de revenir vivre chez moi après une rupture : est-ce qu'il compte dans mon
foyer ?", "Je touche le RSA, mon aîné de 28 ans s'installe chez moi", "mon fils a 26 ans, il vit sous mon toit et vous
me sucrez mon RSA", "je touche le RSA et j'héberge mon neveu de 17 ans". What the writer asks is whether the one who
moved in is counted in the RSA's household, and the fiche that says it is F20199 « Dans quels cas un enfant peut-il
être considéré à charge pour le RSA ? » (« Un enfant est à votre charge lorsque vous supportez ses frais d'entretien
… Pour le RSA, le majeur âgé de plus de 25 ans ne peut pas être considéré comme à charge »). The message says none of
its title's words but "RSA": the fiches on the RSA's amount for a claimant of 25 or more, or for a young worker,
came first.

`PATTERN` reads the RSA named and, within a few lines, the writer's child or young relative said to live, come back
or be put up at the writer's ("revient vivre chez moi", "s'installe chez moi", "vit sous mon toit", "j'héberge mon
neveu"); `register` appends `EXPANSION`, the fiche's words, to the lexical query (a paraphrase, never a pointer).

Measured (`benchmarks/retrieval_distress_switch.py`, train + validation, shipped weights): 4 messages read
differently; validation r83-045 5 -> 2, train r83-010 2 -> 1, none down (ret-r20-031 and ret-v21-074 stay 2): on.
"""

from __future__ import annotations

# On: an RSA writer's child or young relative living with them adds the words of F20199 to the query.
READ_HOUSEHOLD_RSA = True

_RELATIVE = (
    r"(mon|ma|mes|notre|nos) (fils|fille|filles|enfants?|aine|ainee|cadet|cadette|grand fils|grande fille|neveu|niece"
    r"|petite?.(fils|fille))"
)
_LIVES_HERE = (
    r"(revenu|revenue|revient|rentre|rentree|retourne\w*|s.installe\w*|s.est installee?|vit|vivent|habite\w*|vivre"
    r"|loge|dort) (\w+ ){0,3}(chez (moi|nous)|a la maison|sous (mon|notre) toit|avec (moi|nous))"
)
_PUT_UP = r"\b(j.|nous )(heberge|loge|accueille)\w* " + _RELATIVE + r"\b"
PATTERN = (
    r"(?s:\brsa\b.{0,300}?(\b" + _RELATIVE + r"\b.{0,120}?\b" + _LIVES_HERE + r"|" + _PUT_UP + r")"
    r"|(\b" + _RELATIVE + r"\b.{0,120}?\b" + _LIVES_HERE + r"|" + _PUT_UP + r").{0,300}?\brsa\b)"
)
EXPANSION = "enfant considéré à charge pour le RSA"
SOURCE = (
    "F20199 « Dans quels cas un enfant peut-il être considéré à charge pour le RSA ? » : « Un enfant est à votre "
    "charge lorsque vous supportez ses frais d'entretien »"
)
