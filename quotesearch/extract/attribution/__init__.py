"""Attribution: linking quoted and reported content to who said it.

Works paragraph by paragraph, on *units*: sentences, merged where a quotation
runs across a sentence end. In each unit the speech quotations are masked out
and what remains is read for attribution structures:

    “Q,” Zhang said.                 Q, Zhang said (that) C.     Zhang told X that C.
    Zhang said: “Q”                  C, says China's ambassador, Zhang Hanhui.
    “Q1,” Zhang said, “Q2.”          According to X, C.          C, according to X.
    “Q,” Zhang said, adding that C.  Zhang called on X to C.     C, Zhang said, and C2.

Direct quotes are the words inside the marks; indirect content is the reported
clause without speaker, cue, "that" or final punctuation; content holding a
quoted fragment is mixed. Quotations with no cue of their own take the speaker
of a neighbouring attribution ("X said:" before them, or the quote they continue).

One module per construction, each with the patterns it reads at its top:

    reader        ParagraphReader: the article's state; tries the constructions on each
                  cue, cuts content before and after each attribution, emits quotes
    spans         content regions cut into quotes: slots and reported words, where a
                  report ends, the quote a span makes
    units         Attribution, Unit; speech vs. fragments, sentence units, masking
    phrases       patterns several constructions share (sentence subject, "that", …)
    opening       the subject left of the cue, and the clause it reports after it
    contact_relatives  "a cost officials say was too high": the speaker before a subjectless report
    absolutes     "…, with the union saying …": the noun phrase of an absolute phrase
    closing       "…, said Zhang" (subject right of the cue); closing a report
    participles   "…, adding that", "… and then pointed out", "Noting that C, X …"
    questions     "Doe was asked whether …", "When asked …, Rubio …"
    according     "according to X", relaying outlets ("TASS reported"), via
    recipients    "told reporters (that) …": the audience is no part of the report
    colon         "X said:" before a paragraph, "NAME: …" lines, “…,” Trump barked
    announced     "X issued a statement …" before a paragraph of its words
    introduced    the quotation a cue introduces: "X shouted, “Q”", "chanted back at him, “Q”"
    continuation  reports over following sentences, cue-less quotations, “X,” Z said, “Y.”
    filters       what looks like a report and is not
"""
from .reader import ParagraphReader

__all__ = ["ParagraphReader"]
