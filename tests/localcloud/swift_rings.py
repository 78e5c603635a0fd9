"""Run INSIDE the cloud venv: build Swift's rings with swift-ring-builder's own
entry point (swift.cli.ringbuilder.main), every command in this one process
(nine separate runs cost ~0.5 s of imports each, much more on a busy machine).

Usage: python swift_rings.py SWIFT_DIR PART_POWER RING=PORT...
       (e.g. account=6202 container=6201 object=6200; one device, one replica)
Exit code: 0, or the first swift-ring-builder exit code >= 2 (1 = warnings).
"""

import sys

from swift.cli.ringbuilder import main  # type: ignore[import-not-found,unused-ignore]

swift_dir, part_power, *rings = sys.argv[1:]
for spec in rings:
    ring, port = spec.split("=")
    builder = f"{swift_dir}/{ring}.builder"
    for command in (
        ["create", part_power, "1", "1"],
        ["add", f"r1z1-127.0.0.1:{port}/d1", "100"],
        ["rebalance"],
    ):
        print("$ swift-ring-builder", builder, *command, flush=True)
        try:
            main(["swift-ring-builder", builder, *command])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        if code >= 2:
            sys.exit(code)
