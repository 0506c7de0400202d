"""python -m surveyor"""

from surveyor.cli import main

raise SystemExit(main())
