"""Named points where a test can have ingest kill itself with SIGKILL.

Crash safety is tested by really killing an ingest process; timed kills land
anywhere, and these named points make sure the dangerous moments (a batch
assembled but not committed, a commit half-written) are among them.
``QUOTESEARCH_FAILPOINT=name:N`` kills the process the N-th time it reaches the
point ``name``. Unset, a failpoint costs one dictionary lookup.
"""
from __future__ import annotations

import os
import signal
from collections import Counter

ENVIRONMENT = "QUOTESEARCH_FAILPOINT"
_reached: Counter = Counter()


def failpoint(name: str) -> None:
    spec = os.environ.get(ENVIRONMENT)
    if not spec:
        return
    target, _, nth = spec.partition(":")
    if target != name:
        return
    _reached[name] += 1
    if _reached[name] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
