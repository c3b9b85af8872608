from duban.cli import main

raise SystemExit(main())
