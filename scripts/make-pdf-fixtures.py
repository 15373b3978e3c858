#!/usr/bin/env python3
"""Prints the sample pair (tests/fixtures/seed) to PDF with headless Chromium, as
tests/fixtures/pdf/putin-vN.pdf (one column, no header) and putin-vN-columns.pdf (two columns,
with the browser's date, title, address and page number). Run from the repository root;
needs chromium (apt-get install chromium)."""
import html, subprocess, sys, pathlib
seed = pathlib.Path('tests/fixtures/seed')
def page(title, paras, columns=1):
    css = "body{font-family:serif;font-size:12pt;margin:0} p{margin:0 0 0.6em 0}"
    if columns == 2:
        css += " main{column-count:2;column-gap:2em}"
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return f"<!doctype html><html><head><meta charset=utf-8><title>{html.escape(title)}</title><style>{css}</style></head><body><main>{body}</main></body></html>"
def paras(path):
    return [p.strip() for p in path.read_text().split("\n\n") if p.strip()]
def pdf(html_path, out, headers):
    args = ["chromium","--headless","--no-sandbox","--disable-gpu","--disable-background-networking","--no-first-run",
            "--user-data-dir=/tmp/palimpsest-chromium-profile", f"--print-to-pdf={out}"]
    if not headers: args.append("--no-pdf-header-footer")
    subprocess.run(args + ["file://"+str(html_path.resolve())], check=True, capture_output=True)
for v in (1,2):
    ps = paras(seed/f"putin-v{v}.txt")
    for cols, headers, name in ((1, False, f"putin-v{v}.pdf"), (2, True, f"putin-v{v}-columns.pdf")):
        h = pathlib.Path(f"/tmp/putin-v{v}-{cols}.html"); h.write_text(page(f"putin-v{v}", ps, cols))
        pdf(h, f"tests/fixtures/pdf/{name}", headers)
