#!/usr/bin/env python3
"""Re-runs every ```console example in README.md and writes the program's real output back.

Usage: scripts/readme-examples.py [path/to/citegraph]   (default: .build/release/citegraph)

Each example block starts with `$ citegraph ARGS` (optionally `| head -n N`). The test
ReadmeExampleTests checks the same blocks, so README output can never drift from the program.
"""
import pathlib
import re
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
binary = str(pathlib.Path(sys.argv[1]).resolve()) if len(sys.argv) > 1 else str(root / ".build/release/citegraph")
readme = root / "README.md"
text = readme.read_text(encoding="utf-8")


def rerun(match):
    command = match.group(1)
    args, _, head = command.partition(" | head -n ")
    out = subprocess.run([binary, *args.split()], capture_output=True, text=True, check=True, cwd=root).stdout
    if head:
        out = "\n".join(out.split("\n")[: int(head)]) + "\n"
    return "```console\n$ citegraph " + command + "\n" + out + "```"


new = re.sub(r"```console\n\$ citegraph ([^\n]*)\n.*?```", rerun, text, flags=re.S)
readme.write_text(new, encoding="utf-8")
print("README.md examples re-run with", binary, file=sys.stderr)
