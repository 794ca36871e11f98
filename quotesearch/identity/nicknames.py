"""Short forms of English first names ("Bernie" for Bernard, "Joe" for Joseph).

A table, not a rule: two first names are the same person's only when the
table says one is a short form of the other. A short form shared by several
names ("Chris": Christopher, Christine, Christian) keeps each of them, and the
registry merges through it only when one of them is in sight.
"""
from __future__ import annotations

_SHORT_FORMS = """
abe: abraham
al: albert alan alfred alexander
alex: alexander alexandra alexis
andy drew: andrew
ash: ashton
barb barbie: barbara
ben benny: benjamin
bernie: bernard
bert: albert herbert robert
beth betsy betty liz lizzie libby eliza: elizabeth
bill billy will willie: william
bob bobby rob robbie: robert
cathy kathy kate katie kathleen: catherine katherine
charlie chuck chaz: charles
chris: christopher christine christina christian
dan danny: daniel
dave davey: david
debbie deb: deborah debra
dick rick ricky rich richie: richard
don donnie: donald
doug: douglas
ed eddie ted teddy: edward
fred freddie: frederick
gene: eugene
greg: gregory
hank: henry
jack: john
jake: jacob
jeff: jeffrey geoffrey
jen jenny: jennifer
jerry: gerald jerome
jim jimmy jamie: james
joe joey: joseph
jon: jonathan
ken kenny: kenneth
larry: lawrence laurence
len lenny: leonard
liz: elizabeth
maggie meg peggy: margaret
matt: matthew
mike mikey: michael
mitch: mitchell
nate: nathan nathaniel
newt: newton
nick: nicholas
pat: patrick patricia
pete: peter
phil: philip phillip
ray: raymond
ron ronnie: ronald
rudy: rudolph
sam: samuel samantha
steve: stephen steven
sue susie: susan
ted: theodore
tim: timothy
tom tommy: thomas
tony: anthony
vince: vincent
walt: walter
geoff: geoffrey
stan: stanley
sid: sidney
lou: louis
zach: zachary
marty: martin
patty trish: patricia
becky: rebecca
cindy: cynthia
sandy: sandra
jess: jessica
vicky: victoria
ernie: ernest
frank: francis franklin
gerry: gerald
herb: herbert
wes: wesley
"""


def _table() -> dict[str, frozenset[str]]:
    formal: dict[str, set[str]] = {}
    for line in _SHORT_FORMS.strip().splitlines():
        shorts, names = line.split(":")
        for short in shorts.split():
            formal.setdefault(short, set()).update(names.split())
    return {short: frozenset(names) for short, names in formal.items()}


FORMAL_NAMES: dict[str, frozenset[str]] = _table()


def first_name_keys(first: str) -> frozenset[str]:
    """The formal first names ``first`` may stand for, itself included
    ("Bernie" -> {bernie, bernard}); empty for no first name."""
    low = first.lower().strip(".")
    if not low:
        return frozenset()
    return frozenset({low}) | FORMAL_NAMES.get(low, frozenset())


def same_first_name(a: str, b: str) -> bool:
    """Whether two first names can be one person's: equal, or one a short form
    of the other ("Joe"/"Joseph", "Bernie"/"Bernard"; not "Joe"/"Josh")."""
    ka, kb = first_name_keys(a), first_name_keys(b)
    if not ka or not kb:
        return False
    if ka & kb:
        # two formal names are never one another's ("Christopher"/"Christine" share
        # only through "Chris")
        return a.lower() == b.lower() or a.lower() in FORMAL_NAMES or b.lower() in FORMAL_NAMES
    return False
