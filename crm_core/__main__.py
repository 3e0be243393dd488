"""`python -m crm_core …`: dispatch to the command modules in crm_core.cli."""

import sys

from crm_core.cli import main

sys.exit(main())
