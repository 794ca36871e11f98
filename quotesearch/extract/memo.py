"""Memoisation of the pure phrase readers that extraction calls again and again.

The same short phrases come back many times in a collection ("he said", "Trump",
"the president"): reading each once and remembering the answer is a large part of
extraction's speed. Only functions whose answer depends on their arguments alone
(and the fixed lexicons) may be memoised. Callers get a shallow copy of a mutable
answer, so nothing they change reaches the remembered one.
"""
from __future__ import annotations

import copy
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

F = TypeVar("F", bound=Callable)

_IMMUTABLE = (type(None), str, int, float, bool, tuple, frozenset)


def memoized(maxsize: int) -> Callable[[F], F]:
    """Remember the last ``maxsize`` answers of a pure function of hashable arguments."""
    def decorate(function: F) -> F:
        remembered = lru_cache(maxsize=maxsize)(function)

        @wraps(function)
        def call(*args, **kwargs):
            answer = remembered(*args, **kwargs)
            return answer if isinstance(answer, _IMMUTABLE) else copy.copy(answer)

        call.cache_clear = remembered.cache_clear   # type: ignore[attr-defined]
        call.cache_info = remembered.cache_info     # type: ignore[attr-defined]
        return call  # type: ignore[return-value]
    return decorate
