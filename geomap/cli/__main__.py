"""``python -m geomap.cli``: the ``geomap`` command."""

import sys

from . import main

sys.exit(main())
