"""``python -m geomap.cli``: the ``geomap`` command."""

import sys

from . import main

if __name__ == "__main__":
    sys.exit(main())
