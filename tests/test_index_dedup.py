"""The same quotation reported by several outlets is recognised as one."""
import pytest

from quotesearch.index import dedup

SAME = [
    # (one report, another report of the same words)
    ("This agreement will double the capacity of our container terminal by 2026,",
     "This agreement will double the capacity of our container terminal by 2026"),
    ("This agreement will double the capacity of our container terminal by 2026",
     "This agreement will double the capacity of our container terminal by the year 2026"),
    ("We will not change course.", "We won't change course"),
    ("China is ready to work with Russia to stay each other’s good neighbour, friend and partner",
     "China is ready to work with Russia to stay each other's good neighbor, friend and partner"),
    # one outlet drops the last clause
    ("The potential visit by Russia’s leader will strengthen various fields of bilateral practical "
     "cooperation, enhance international strategic coordination and benefit both peoples",
     "The potential visit by Russia’s leader will strengthen various fields of bilateral practical "
     "cooperation, enhance international strategic coordination"),
]

DIFFERENT = [
    ("This agreement will double the capacity of our container terminal by 2026",
     "The fishing communities of this coast cannot survive another cut in quotas"),
    ("We will win.", "We will lose."),
    ("We cannot postpone the new bridge for another 2 years",
     "We cannot postpone the new bridge for another 10 years"),
    ("China and Russia are providing back-to-back mutual support to each other",
     "China and Russia are providing support to Ukraine in the coming months"),
]


@pytest.mark.parametrize("a, b", SAME)
def test_reports_of_one_quotation_are_the_same(a, b):
    assert dedup.same_quotation(a, b)
    assert dedup.same_quotation(b, a)


@pytest.mark.parametrize("a, b", SAME)
def test_reports_of_one_quotation_share_a_key_or_a_signature(a, b):
    assert dedup.exact_key("Zhang Hanhui", a) == dedup.exact_key("Zhang Hanhui", b) or \
        set(dedup.signatures("Zhang Hanhui", a)) & set(dedup.signatures("Zhang Hanhui", b))


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different_quotations_are_not_the_same(a, b):
    assert not dedup.same_quotation(a, b)


def test_signatures_belong_to_the_speaker():
    text = "This agreement will double the capacity of our container terminal by 2026"
    assert not set(dedup.signatures("Maria Lindqvist", text)) & set(dedup.signatures("Anna Holm", text))
    assert dedup.signatures("Maria Lindqvist", text) == dedup.signatures("MARIA  lindqvist", text)
