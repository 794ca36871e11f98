"""Spec of `quotesearch.extract.language`: English prose is read, other languages give
no quotations (the cue words match there only by chance), a short text is read whatever
it looks like."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.language import reads_as_english
from quotesearch.records import Article

ENGLISH = (
    "The mayor said on Monday that the new bridge over the river would open in the spring, after "
    "two years of delays that had angered residents on both banks. Engineers told the council that "
    "the last inspections were finished and that the deck had passed every load test. Some residents "
    "were not convinced. “We have heard this before,” said Ana Ruiz, who runs a bakery near the old "
    "ferry landing. The council voted to spend another two million dollars on lighting and a cycle "
    "path, and the mayor said she expected the first buses to cross it by the end of April."
)
GERMAN = (
    "Der Bürgermeister sagte am Montag, die neue Brücke über den Fluss werde im Frühjahr eröffnet, "
    "nach zwei Jahren Verzögerung, die die Anwohner auf beiden Seiten verärgert hatten. Die Ingenieure "
    "teilten dem Stadtrat mit, dass die letzten Prüfungen abgeschlossen seien und die Fahrbahn jeden "
    "Belastungstest bestanden habe. Manche Anwohner waren nicht überzeugt. „Das haben wir schon oft "
    "gehört“, sagte Ana Ruiz, die eine Bäckerei am alten Fähranleger betreibt. Der Stadtrat beschloss, "
    "weitere zwei Millionen Euro für Beleuchtung und einen Radweg auszugeben, und der Bürgermeister "
    "erwartet die ersten Busse bis Ende April."
)
FRENCH = (
    "Le maire a déclaré lundi que le nouveau pont sur la rivière ouvrirait au printemps, après deux "
    "années de retards qui avaient irrité les habitants des deux rives. Les ingénieurs ont dit au conseil "
    "que les dernières inspections étaient terminées et que le tablier avait réussi tous les essais de "
    "charge. Certains habitants n'étaient pas convaincus. « Nous avons déjà entendu cela », a dit Ana "
    "Ruiz, qui tient une boulangerie près de l'ancien embarcadère. Le conseil a voté deux millions d'euros "
    "de plus pour l'éclairage et une piste cyclable, et le maire attend les premiers bus fin avril."
)
CHINESE = "市长星期一表示，这座横跨河流的新桥将于春季开通。" * 30


@pytest.mark.parametrize("text, english", [
    pytest.param(ENGLISH, True, id="english-news"),
    pytest.param(GERMAN, False, id="german-news"),
    pytest.param(FRENCH, False, id="french-news"),
    pytest.param(CHINESE, False, id="chinese-script"),
    pytest.param("Der Bürgermeister sagte am Montag, die Brücke sei sicher.", True, id="too-short-to-tell"),
])
def test_reads_as_english(text, english):
    assert reads_as_english(text) is english


def test_an_article_in_another_language_gives_no_quotations():
    german = Article(id="de", text="Neue Brücke\n\n" + GERMAN + "\n\nDer Stadtrat tagt wieder im Mai, sagte er.")
    english = Article(id="en", text="New bridge\n\n" + ENGLISH)
    assert extract_quotes(german) == []
    assert [q.speaker for q in extract_quotes(english) if q.type == "direct"] == ["Ana Ruiz"]
