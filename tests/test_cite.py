"""Citations (`quotesearch.cite`): a quotation a news article reported, cited
in APA 7, MLA 9 and Chicago 17 (notes-bibliography) in each manual's form for
a source quoted in a secondary source. The expected strings were written by
hand from the manuals' rules:

- APA 7 (8.6 secondary sources; 9.45 newspaper articles): the speaker in the
  sentence, "(as cited in Author, year)", the article in the reference list:
  "Family, I. (Year, Month Day). Title. *Outlet*. URL"; no author: the title
  first, in-text the title in quotation marks; no date: "n.d.".
- MLA 9 (6.77 indirect sources; works cited): "(qtd. in Author)", "Family,
  Given. “Title.” *Outlet*, Day Mon. Year, URL without https://."; two authors
  "A, and B"; three or more "A, et al."; no date: "Accessed Day Mon. Year.".
- Chicago 17 (14.260 "quoted in"; 14.191 news): the quotation closed with a
  period inside the quotation marks and a note; note names in order, 4+ authors
  "et al."; bibliography first author inverted; no author: the newspaper first
  (14.207); no date: "accessed Month Day, Year".
Names written family name first (Chinese: "Ren Qi") are not inverted with a comma
in MLA and Chicago; APA gives "Ren, Q.".
"""
from __future__ import annotations

from datetime import date

import pytest

from quotesearch.cite import citations, short_title, title_case
from quotesearch.records import IndexedQuote, Source

ACCESSED = date(2025, 3, 5)
CD_URL = "https://www.chinadaily.com.cn/a/1.html"
CD = dict(title="China, Russia ties reach new high", outlet="China Daily", date="2024-02-01", url=CD_URL)


def quotation(text, type="direct", speaker="Zhang Hanhui", role=None, cue="said", kind="person", **source):
    fields = {"byline": None, **CD, **source}
    return IndexedQuote(
        id="q1", text=text, speaker=speaker, speaker_kind=kind, type=type, role=role, cue=cue,
        via=None, topics=[], paragraph="", date=fields["date"],
        sources=[Source(article="a1", text=text, start=0, end=len(text), type=type, cue=cue, **fields)])


CD_APA = f"Ren, Q. (2024, February 1). China, Russia ties reach new high. China Daily. {CD_URL}"
CD_MLA = "Ren Qi. “China, Russia Ties Reach New High.” China Daily, 1 Feb. 2024, www.chinadaily.com.cn/a/1.html."
CD_NOTE = f"Ren Qi, “China, Russia Ties Reach New High,” China Daily, February 1, 2024, {CD_URL}."
CD_BIB = f"Ren Qi. “China, Russia Ties Reach New High.” China Daily, February 1, 2024. {CD_URL}."

# (case, quotation, APA, MLA, Chicago): each style's whole text, lines joined by "\n"
CASES = [
    ("one author, closing comma, role, byline with place and e-mail",
     quotation("Cooperation between our countries has grown in all fields,",
               role="Chinese Ambassador to Russia", byline="By REN QI in Moscow renqi@chinadaily.com.cn"),
     "Zhang Hanhui, Chinese Ambassador to Russia, said, “Cooperation between our countries has grown "
     f"in all fields” (as cited in Ren, 2024).\n{CD_APA}",
     "Zhang Hanhui, Chinese Ambassador to Russia, said, “Cooperation between our countries has grown "
     f"in all fields” (qtd. in Ren).\n{CD_MLA}",
     "Zhang Hanhui, Chinese Ambassador to Russia, said, “Cooperation between our countries has grown "
     f"in all fields.”\u00b9\n1. Zhang Hanhui, quoted in {CD_NOTE}\n{CD_BIB}"),

    ("no author",
     quotation("This agreement will double the capacity of our terminal,", speaker="Maria Lindqvist",
               role="director of the harbour authority", title="Terminal to double", outlet="Coastal Daily",
               date="2023-03-01", url="https://coastal.example/lindqvist"),
     "Maria Lindqvist, director of the harbour authority, said, “This agreement will double the capacity "
     "of our terminal” (as cited in “Terminal to Double,” 2023).\n"
     "Terminal to double. (2023, March 1). Coastal Daily. https://coastal.example/lindqvist",
     "Maria Lindqvist, director of the harbour authority, said, “This agreement will double the capacity "
     "of our terminal” (qtd. in “Terminal to Double”).\n"
     "“Terminal to Double.” Coastal Daily, 1 Mar. 2023, coastal.example/lindqvist.",
     "Maria Lindqvist, director of the harbour authority, said, “This agreement will double the capacity "
     "of our terminal.”\u00b9\n"
     "1. Maria Lindqvist, quoted in “Terminal to Double,” Coastal Daily, March 1, 2023, "
     "https://coastal.example/lindqvist.\n"
     "Coastal Daily. “Terminal to Double.” March 1, 2023. https://coastal.example/lindqvist."),

    ("two authors, no date, quotation marks inside the quotation",
     quotation('He called the plan "a disgrace."', speaker="Anna Holm",
               byline="By Jane Doe and John Smith | Updated 3:14 pm", title="Fishing quotas cut",
               outlet="Bay Courier", date=None, url="https://bay.example/fishing"),
     "Anna Holm said, “He called the plan ‘a disgrace’” (as cited in Doe & Smith, n.d.).\n"
     "Doe, J., & Smith, J. (n.d.). Fishing quotas cut. Bay Courier. https://bay.example/fishing",
     "Anna Holm said, “He called the plan ‘a disgrace’” (qtd. in Doe and Smith).\n"
     "Doe, Jane, and John Smith. “Fishing Quotas Cut.” Bay Courier, bay.example/fishing. Accessed 5 Mar. 2025.",
     "Anna Holm said, “He called the plan ‘a disgrace.’”\u00b9\n"
     "1. Anna Holm, quoted in Jane Doe and John Smith, “Fishing Quotas Cut,” Bay Courier, "
     "accessed March 5, 2025, https://bay.example/fishing.\n"
     "Doe, Jane, and John Smith. “Fishing Quotas Cut.” Bay Courier. Accessed March 5, 2025. "
     "https://bay.example/fishing."),

    ("three authors, indirect (a paraphrase, object verb), no URL",
     quotation("the BRICS countries for their close coordination", type="indirect", cue="praised",
               speaker="Vladimir Putin", role="Russian President", byline="Ana Silva, Li Wei and John Smith",
               title="BRICS leaders meet online", outlet="Xinhua", date="2020-11-17", url=None),
     "Vladimir Putin, Russian President, praised the BRICS countries for their close coordination "
     "(as paraphrased in Silva et al., 2020).\n"
     "Silva, A., Li, W., & Smith, J. (2020, November 17). BRICS leaders meet online. Xinhua.",
     "Vladimir Putin, Russian President, praised the BRICS countries for their close coordination "
     "(paraphrased in Silva et al.).\n"
     "Silva, Ana, et al. “BRICS Leaders Meet Online.” Xinhua, 17 Nov. 2020.",
     "Vladimir Putin, Russian President, praised the BRICS countries for their close coordination.\u00b9\n"
     "1. Vladimir Putin, paraphrased in Ana Silva, Li Wei, and John Smith, “BRICS Leaders Meet Online,” "
     "Xinhua, November 17, 2020.\n"
     "Silva, Ana, Li Wei, and John Smith. “BRICS Leaders Meet Online.” Xinhua, November 17, 2020."),

    ("mixed: paraphrase with quoted words closing it",
     quotation('Despite the pandemic, cooperation among the BRICS states has been "actively developing,"',
               type="mixed", speaker="Vladimir Putin", byline="By Ren Qi"),
     "Vladimir Putin said that despite the pandemic, cooperation among the BRICS states has been "
     f"“actively developing” (as cited in Ren, 2024).\n{CD_APA}",
     "Vladimir Putin said that despite the pandemic, cooperation among the BRICS states has been "
     f"“actively developing” (qtd. in Ren).\n{CD_MLA}",
     "Vladimir Putin said that despite the pandemic, cooperation among the BRICS states has been "
     f"“actively developing.”\u00b9\n1. Vladimir Putin, quoted in {CD_NOTE}\n{CD_BIB}"),

    ("non-ASCII names, a question kept as it is",
     quotation("Why would we wait any longer?", speaker="Zoë Ní Chonaill", role="Teachta Dála",
               byline="By José Núñez, Staff Writer", title="Dáil debates housing bill",
               outlet="The Irish Times", date="2024-05-09", url="https://www.irishtimes.com/dail-housing/"),
     "Zoë Ní Chonaill, Teachta Dála, said, “Why would we wait any longer?” (as cited in Núñez, 2024).\n"
     "Núñez, J. (2024, May 9). Dáil debates housing bill. The Irish Times. https://www.irishtimes.com/dail-housing/",
     "Zoë Ní Chonaill, Teachta Dála, said, “Why would we wait any longer?” (qtd. in Núñez).\n"
     "Núñez, José. “Dáil Debates Housing Bill.” The Irish Times, 9 May 2024, www.irishtimes.com/dail-housing/.",
     "Zoë Ní Chonaill, Teachta Dála, said, “Why would we wait any longer?”\u00b9\n"
     "1. Zoë Ní Chonaill, quoted in José Núñez, “Dáil Debates Housing Bill,” The Irish Times, May 9, 2024, "
     "https://www.irishtimes.com/dail-housing/.\n"
     "Núñez, José. “Dáil Debates Housing Bill.” The Irish Times, May 9, 2024. https://www.irishtimes.com/dail-housing/."),

    ("organisation speaker, news agency as group author, headline ending in '?'",
     quotation("China will take all necessary measures,", speaker="the Ministry of Commerce", kind="organization",
               byline="Reuters staff", title="What next for trade?", outlet="The Straits Times",
               date="2019-05-10", url="https://www.straitstimes.com/trade"),
     "The Ministry of Commerce said, “China will take all necessary measures” (as cited in Reuters, 2019).\n"
     "Reuters. (2019, May 10). What next for trade? The Straits Times. https://www.straitstimes.com/trade",
     "The Ministry of Commerce said, “China will take all necessary measures” (qtd. in Reuters).\n"
     "Reuters. “What Next for Trade?” The Straits Times, 10 May 2019, www.straitstimes.com/trade.",
     "The Ministry of Commerce said, “China will take all necessary measures.”\u00b9\n"
     "1. The Ministry of Commerce, quoted in Reuters, “What Next for Trade?” The Straits Times, May 10, 2019, "
     "https://www.straitstimes.com/trade.\n"
     "Reuters. “What Next for Trade?” The Straits Times, May 10, 2019. https://www.straitstimes.com/trade."),

    ("no author, no outlet, no date, no URL",
     quotation("We are ready,", speaker="Tomas Berg", role="a dock worker", title="Port deal signed",
               outlet=None, date=None, url=None),
     "Tomas Berg, a dock worker, said, “We are ready” (as cited in “Port Deal Signed,” n.d.).\n"
     "Port deal signed. (n.d.).",
     "Tomas Berg, a dock worker, said, “We are ready” (qtd. in “Port Deal Signed”).\n"
     "“Port Deal Signed.”",
     "Tomas Berg, a dock worker, said, “We are ready.”\u00b9\n"
     "1. Tomas Berg, quoted in “Port Deal Signed.”\n"
     "“Port Deal Signed.”"),

    ("indirect after 'said': sentence case inside the sentence, its period the style's",
     quotation("The BRICS countries are strengthening cooperation to combat terrorism.", type="indirect",
               speaker="Vladimir Putin", byline="By Ren Qi"),
     "Vladimir Putin said that the BRICS countries are strengthening cooperation to combat terrorism "
     f"(as paraphrased in Ren, 2024).\n{CD_APA}",
     "Vladimir Putin said that the BRICS countries are strengthening cooperation to combat terrorism "
     f"(paraphrased in Ren).\n{CD_MLA}",
     "Vladimir Putin said that the BRICS countries are strengthening cooperation to combat terrorism.\u00b9\n"
     f"1. Vladimir Putin, paraphrased in {CD_NOTE}\n{CD_BIB}"),

    ("byline naming the outlet itself: unsigned; 'called for' introduces the paraphrase",
     quotation("more joint efforts to fight COVID-19", type="indirect", cue="called for", speaker="Xi Jinping",
               role="Chinese President", byline="China Daily staff", title="Xi calls for joint efforts"),
     "Xi Jinping, Chinese President, called for more joint efforts to fight COVID-19 "
     "(as paraphrased in “Xi Calls for Joint Efforts,” 2024).\n"
     f"Xi calls for joint efforts. (2024, February 1). China Daily. {CD_URL}",
     "Xi Jinping, Chinese President, called for more joint efforts to fight COVID-19 "
     "(paraphrased in “Xi Calls for Joint Efforts”).\n"
     "“Xi Calls for Joint Efforts.” China Daily, 1 Feb. 2024, www.chinadaily.com.cn/a/1.html.",
     "Xi Jinping, Chinese President, called for more joint efforts to fight COVID-19.\u00b9\n"
     f"1. Xi Jinping, paraphrased in “Xi Calls for Joint Efforts,” China Daily, February 1, 2024, {CD_URL}.\n"
     f"China Daily. “Xi Calls for Joint Efforts.” February 1, 2024. {CD_URL}."),

    ("no speaker, an exclamation",
     quotation("Not in my town!", speaker=None, byline="By Ren Qi"),
     f"An unidentified speaker said, “Not in my town!” (as cited in Ren, 2024).\n{CD_APA}",
     f"An unidentified speaker said, “Not in my town!” (qtd. in Ren).\n{CD_MLA}",
     f"An unidentified speaker said, “Not in my town!”\u00b9\n1. An unidentified speaker, quoted in {CD_NOTE}\n"
     f"{CD_BIB}"),

    ("four authors, a hyphenated given name, a closing semicolon",
     quotation("We will appeal;", speaker="Anna Holm",
               byline="By Jean-Paul Martin-Dubois, Ana Silva, Li Wei and John Smith"),
     "Anna Holm said, “We will appeal” (as cited in Martin-Dubois et al., 2024).\n"
     "Martin-Dubois, J.-P., Silva, A., Li, W., & Smith, J. (2024, February 1). China, Russia ties reach new high. "
     f"China Daily. {CD_URL}",
     "Anna Holm said, “We will appeal” (qtd. in Martin-Dubois et al.).\n"
     "Martin-Dubois, Jean-Paul, et al. “China, Russia Ties Reach New High.” China Daily, 1 Feb. 2024, "
     "www.chinadaily.com.cn/a/1.html.",
     "Anna Holm said, “We will appeal.”\u00b9\n"
     "1. Anna Holm, quoted in Jean-Paul Martin-Dubois et al., “China, Russia Ties Reach New High,” China Daily, "
     f"February 1, 2024, {CD_URL}.\n"
     "Martin-Dubois, Jean-Paul, Ana Silva, Li Wei, and John Smith. “China, Russia Ties Reach New High.” "
     f"China Daily, February 1, 2024. {CD_URL}."),

    ("quotation marks in the headline and in the quotation",
     quotation('This is "historic" for both of us,', speaker="Anna Holm", byline="By Ren Qi",
               title='Minister calls deal "historic"'),
     "Anna Holm said, “This is ‘historic’ for both of us” (as cited in Ren, 2024).\n"
     f"Ren, Q. (2024, February 1). Minister calls deal “historic.” China Daily. {CD_URL}",
     "Anna Holm said, “This is ‘historic’ for both of us” (qtd. in Ren).\n"
     "Ren Qi. “Minister Calls Deal ‘Historic.’” China Daily, 1 Feb. 2024, www.chinadaily.com.cn/a/1.html.",
     "Anna Holm said, “This is ‘historic’ for both of us.”\u00b9\n"
     f"1. Anna Holm, quoted in Ren Qi, “Minister Calls Deal ‘Historic,’” China Daily, February 1, 2024, {CD_URL}.\n"
     f"Ren Qi. “Minister Calls Deal ‘Historic.’” China Daily, February 1, 2024. {CD_URL}."),

    ("'according to' and a that-clause: said that, once",
     quotation("that the talks would resume in May", type="indirect", cue="according to",
               speaker="Anna Holm", byline="By Ren Qi"),
     f"Anna Holm said that the talks would resume in May (as paraphrased in Ren, 2024).\n{CD_APA}",
     f"Anna Holm said that the talks would resume in May (paraphrased in Ren).\n{CD_MLA}",
     f"Anna Holm said that the talks would resume in May.\u00b9\n1. Anna Holm, paraphrased in {CD_NOTE}\n{CD_BIB}"),
]


@pytest.mark.parametrize("case, quote, apa, mla, chicago", CASES, ids=[c[0] for c in CASES])
def test_citation_styles(case, quote, apa, mla, chicago):
    found = {c.style: c.text for c in citations(quote, accessed=ACCESSED)}
    assert found["APA"] == apa
    assert found["MLA"] == mla
    assert found["Chicago"] == chicago


def test_the_outlet_is_in_italics_on_pages_and_markup_is_escaped():
    quote = quotation("<b>Bold</b> words,", byline="By Ren Qi", outlet="Daily <Times>")
    apa = citations(quote, accessed=ACCESSED)[0]
    reference = apa.lines[1]
    assert reference.label == "Reference"
    assert "<i>Daily &lt;Times&gt;</i>" in reference.html
    assert "&lt;b&gt;Bold&lt;/b&gt;" in apa.lines[0].html and "<b>" not in apa.lines[0].html
    assert [line["label"] for line in apa.to_json()["lines"]] == ["In text", "Reference"]


def test_plain_line_marks_a_paraphrase():
    plain = citations(quotation("the talks would resume", type="indirect", byline=None),
                      accessed=ACCESSED)[3]
    assert plain.text == f"the talks would resume (paraphrased) — Zhang Hanhui, China Daily, 2024-02-01, {CD_URL}"


@pytest.mark.parametrize("title, expected", [
    ("China, Russia ties reach new high", "China, Russia Ties Reach New High"),
    ("the war of words: a timeline", "The War of Words: A Timeline"),
    ("iPhone sales fall in COVID-19 slump", "iPhone Sales Fall in COVID-19 Slump"),
    ("what the “deal” means for us", "What the “Deal” Means for Us"),
])
def test_title_case_only_capitalises(title, expected):
    assert title_case(title) == expected


@pytest.mark.parametrize("title, expected", [
    ("Terminal to double", "Terminal to double"),
    ("China, Russia ties reach new high", "China, Russia ties reach"),
    ("Talks collapse: what comes next for the region", "Talks collapse"),
    ("A visit to the heart of the city", "A visit"),
])
def test_short_title(title, expected):
    assert short_title(title) == expected
