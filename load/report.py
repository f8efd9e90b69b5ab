"""Prints the markdown rows of one Gatling run: all requests, then each request, from its index.html.

Usage: report.py <report dir> <label> [<load average before> <after>]
"""
import html
import re
import sys

report, label = sys.argv[1], sys.argv[2]
load = " (load average %s → %s)" % (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else ""
page = open(report + "/index.html", encoding="utf-8").read()
rows = []
for chunk in page.split('<tr id="')[1:]:
    chunk = chunk.split("</tr>")[0]
    cols = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', chunk))
    if "2" not in cols:
        continue
    name = re.search(r'class="ellipsed-name">([^<]*)<', chunk)
    name = "all requests" if chunk.startswith("ROOT") else html.unescape(name.group(1) if name else "?")
    rows.append((name, cols))
for name, c in rows:
    title = "**%s, %s**%s" % (label, name, load) if name == "all requests" else "%s: %s" % (label, name)
    # Total, KO, p50, p95, p99, max, mean, requests per second
    print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (title, c["2"], c["4"], c["8"], c["10"], c["11"], c["12"], c["6"]))
