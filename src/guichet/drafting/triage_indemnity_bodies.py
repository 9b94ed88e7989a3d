"""The bodies that pay a victim's compensation or settle a debt, outside the office written to (thirty-sixth pass,
engineer-dh).

dd-026: a woman stabbed in 2022, awarded compensation by the commission, unpaid by the guarantee fund, unable to work
and summoned for her eviction next week, asks the mairie to "relancer le fonds de garantie pour qu'ils me paient
enfin ? Ou appeler la commission ?". The distress is hers and stays; what she asks is the fund's to do, not the
mairie's, like a judge, a bailiff or the OFII (`triage_other_bodies.asks_office_to_act_on_other_body`). The family:
the victims' guarantee funds (FGTI, FGAO), the victims' compensation commission (CIVI) and its recovery service
(SARVI), the over-indebtedness commission and the Banque de France that runs it. No office of the competence map is
one of them; the over-indebtedness file asked about as the office's own step ("la Caf doit-elle être prévenue de mon
dossier de surendettement ?") has no intervention verb before the body and stays in scope.
"""

# Alternatives added to `triage_other_bodies._OTHER_BODY` (folded text: lower case, no accents).
INDEMNITY_BODIES = (
    r"fonds de garantie|fgti|fgao|civi|commission d'indemnisation|sarvi|commission de surendettement"
    r"|banque de france"
)
