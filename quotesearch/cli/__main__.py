"""``python -m quotesearch.cli``: the same command line as ``quotesearch``."""
import sys

from quotesearch.cli import main

if __name__ == "__main__":
    sys.exit(main())
