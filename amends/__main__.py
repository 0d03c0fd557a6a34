"""The `amends` command: Django's management commands, plus the coach's own CLI."""

import os
import sys


def main() -> None:
    argv = sys.argv
    if len(argv) > 1 and argv[1] == "coach":
        # The analyser needs no Django: start fast and keep its contract independent.
        from amends.coach.cli import main as coach_main

        sys.exit(coach_main(argv[2:]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "amends.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
