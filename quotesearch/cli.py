"""Command line interface (placeholder, filled in below)."""
def main(argv=None):
    return 0
