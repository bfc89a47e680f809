"""`manage.py generate_scale_data`: the Wyvern partnership at county scale, for benchmarks."""

import time

from django.core.management.base import BaseCommand, CommandError

from ops.scale_data import ScaleOptions, generate, scale_data_present


class Command(BaseCommand):
    help = (
        "Build a large, realistic partnership (fictional Wyvern county) beside any existing "
        "content: boards, 15 years of meetings, agendas, papers, actions, risks and plans."
    )

    def add_arguments(self, parser):
        defaults = ScaleOptions()
        parser.add_argument("--quick", action="store_true", help="a twentieth of the default")
        parser.add_argument(
            "--if-missing",
            action="store_true",
            help="do nothing (and say so) when the Wyvern partnership is already there",
        )
        for name, text in [
            ("boards", "boards in the nested tree"),
            ("meetings", "meetings over 15 years"),
            ("items-per-meeting", "agenda items per meeting, on average"),
            ("papers", "papers with multi-page bodies"),
            ("actions", "actions raised at meetings"),
            ("history-per-action", "history rows per action, on average"),
            ("risks", "risks across the boards' registers"),
        ]:
            default = getattr(defaults, name.replace("-", "_"))
            parser.add_argument(f"--{name}", type=int, help=f"{text} (default {default:,})")
        parser.add_argument("--seed", type=int, default=defaults.seed, help="random seed")

    def handle(self, *args, **options):
        if scale_data_present():
            if options["if_missing"]:
                self.stdout.write("Scale data already present: nothing to do.")
                return
            raise CommandError(
                "The Wyvern scale data is already in this database; use a fresh database "
                "or pass --if-missing."
            )
        scale = ScaleOptions.quick(options["seed"]) if options["quick"] else ScaleOptions()
        scale.seed = options["seed"]
        for name in vars(scale):
            if options.get(name) is not None and name != "seed":
                setattr(scale, name, options[name])
        self.stdout.write(f"Generating scale data: {scale}")
        started = time.monotonic()
        report = generate(scale, log=self.stdout.write)
        self.stdout.write(report.lines()[-1])
        self.stdout.write(f"Done in {time.monotonic() - started:.1f} s.")
