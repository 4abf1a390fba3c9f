"""See a report as a reader does: load it in headless Chromium at 1,280 x 800 px, take
screenshots and measure what is visible.

Drives the installed ``chromium`` through the DevTools protocol over a pipe
(``--remote-debugging-pipe``: JSON messages separated by NUL bytes on file descriptors
3 and 4, https://chromedevtools.github.io/devtools-protocol/), so no browser download
and no driver package are needed. Used by ``tests/test_notebooks.py``; by hand:

    .venv/bin/python tools/see_reports.py reports/            # every page of a reports folder
    .venv/bin/python tools/see_reports.py reports/index.html  # one page

writes ``<page>.png`` (whole page) and ``<page>_fold.png`` (the first screen) to
``reports/screenshots/`` and prints what a reader would notice.
"""

from __future__ import annotations

import base64
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

WIDTH, HEIGHT = 1280, 800
# Headless, no sandbox (root in a container), no network chatter on a closed machine.
HEADLESS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
FLAGS = [*HEADLESS, "--hide-scrollbars", "--remote-debugging-pipe"]
#: text a reader must never see (pandas missing values, Python warnings and tracebacks)
FORBIDDEN = re.compile(
    r"\bNaN\b|<NA>|\bNaT\b|\bnan\b|Traceback \(most recent call last\)|\b[A-Z]\w*Warning\b"
    r"|\bWARNING\b"
)
#: measured in the page (plain DOM, no library): what is visible and where
MEASURE = """(() => {
  const visible = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
                          return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
  const box = sel => { const el = document.querySelector(sel); if (!el) return null;
                       const r = el.getBoundingClientRect(); return {top: r.top, bottom: r.bottom}; };
  return JSON.stringify({
    text: document.body.innerText,
    title: document.title,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
    summary: box('#summary') || box('table tbody tr'),
    code: [...document.querySelectorAll(
      '.jp-CodeCell .jp-InputArea, .jp-InputArea-editor, .jp-CodeMirrorEditor, .jp-InputPrompt')
    ].filter(visible).length,
    errors: [...document.querySelectorAll(
      '[data-mime-type="application/vnd.jupyter.stderr"]')].filter(visible).length,
    wide: [...document.querySelectorAll('table, img, pre')].filter(
      el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length,
  });
})()"""


@dataclass
class View:
    """What a reader of one page sees."""

    page: str
    title: str
    text: str
    scroll_width: int
    client_width: int
    height: int
    summary: dict | None  # top and bottom (px) of the summary box, else of the first table row
    code_cells: int
    error_outputs: int
    too_wide: int  # tables, images, preformatted blocks reaching past the window
    console: list[str] = field(default_factory=list)  # console errors, exceptions, CSP violations
    screenshots: list[Path] = field(default_factory=list)

    def problems(self) -> list[str]:
        """What a reader would notice, one line each; [] when the page is clean."""
        found = []
        if self.summary is None:
            found.append("no summary box (#summary) and no table")
        elif self.summary["top"] >= HEIGHT or self.summary["bottom"] > HEIGHT:
            found.append(f"summary not above the fold: {self.summary['top']:.0f}-{self.summary['bottom']:.0f} px")
        if self.code_cells:
            found.append(f"{self.code_cells} code cells visible")
        if self.error_outputs:
            found.append(f"{self.error_outputs} error or warning outputs visible")
        for m in sorted(set(FORBIDDEN.findall(self.text))):
            found.append(f"visible text: {m!r}")
        if self.scroll_width > self.client_width:
            found.append(f"horizontal scroll: {self.scroll_width} px wide in a {self.client_width} px window")
        if self.too_wide:
            found.append(f"{self.too_wide} elements wider than the window")
        found += [f"console: {c}" for c in self.console]
        return found


class Chromium:
    """One headless Chromium (fresh profile) driven over ``--remote-debugging-pipe``."""

    def __init__(self, binary: str | None = None):
        binary = binary or shutil.which("chromium") or shutil.which("chromium-browser")
        if not binary:
            raise FileNotFoundError("headless Chromium is needed: install the Debian package 'chromium'")
        self._profile = tempfile.TemporaryDirectory(prefix="chromium-")
        (read_3, self._write), (self._read, write_4) = os.pipe(), os.pipe()
        os.set_inheritable(read_3, True)
        os.set_inheritable(write_4, True)
        # the browser reads fd 3 and writes fd 4: bash moves our pipe ends there (dash takes no fd over 9)
        move = f'exec "$0" "$@" 3<&{read_3} 4>&{write_4}'
        self._proc = subprocess.Popen(
            ["/bin/bash", "-c", move, binary, *FLAGS, f"--user-data-dir={self._profile.name}", "about:blank"],
            pass_fds=(read_3, write_4),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(read_3)
        os.close(write_4)
        self._next_id, self._replies, self.events = 0, {}, queue.Queue()
        self._lock = threading.Condition()
        threading.Thread(target=self._reader, daemon=True).start()

    def _reader(self) -> None:
        buffer = b""
        while chunk := os.read(self._read, 1 << 16):
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            for raw in messages:
                message = json.loads(raw)
                if "id" in message:
                    with self._lock:
                        self._replies[message["id"]] = message
                        self._lock.notify_all()
                else:
                    self.events.put(message)

    def send(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 60):
        """Call a DevTools method and return its result; raises RuntimeError on an error reply."""
        with self._lock:
            self._next_id += 1
            call_id = self._next_id
        message = {"id": call_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        with self._lock:
            if not self._lock.wait_for(lambda: call_id in self._replies, timeout):
                raise TimeoutError(f"chromium did not answer {method} in {timeout} s")
            reply = self._replies.pop(call_id)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def wait_for(self, method: str, session: str, timeout: float = 60) -> list[dict]:
        """Wait for an event of the session; return every event received until then."""
        seen = []
        while True:
            event = self.events.get(timeout=timeout)
            seen.append(event)
            if event.get("method") == method and event.get("sessionId") == session:
                return seen

    def look(self, page: Path, screenshots: Path | None = None) -> View:
        """Open ``page`` at 1,280 x 800 px, measure it and (if ``screenshots`` is a folder)
        save ``<stem>.png`` (whole page) and ``<stem>_fold.png`` (first screen)."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for method in ("Page.enable", "Runtime.enable", "Log.enable"):
            self.send(method, session=session)
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False},
            session=session,
        )
        self.send("Page.navigate", {"url": Path(page).resolve().as_uri()}, session=session)
        events = self.wait_for("Page.loadEventFired", session)
        measured = json.loads(
            self.send("Runtime.evaluate", {"expression": MEASURE, "returnByValue": True}, session=session)["result"][
                "value"
            ]
        )
        view = View(
            str(page),
            measured["title"],
            measured["text"],
            measured["scrollWidth"],
            measured["clientWidth"],
            measured["height"],
            measured["summary"],
            measured["code"],
            measured["errors"],
            measured["wide"],
        )
        if screenshots:
            screenshots.mkdir(parents=True, exist_ok=True)
            stem = Path(page).stem
            for name, clip_height in ((f"{stem}_fold.png", HEIGHT), (f"{stem}.png", min(view.height, 16000))):
                shot = self.send(
                    "Page.captureScreenshot",
                    {
                        "format": "png",
                        "captureBeyondViewport": True,
                        "clip": {"x": 0, "y": 0, "width": WIDTH, "height": clip_height, "scale": 1},
                    },
                    session=session,
                )
                (screenshots / name).write_bytes(base64.b64decode(shot["data"]))
                view.screenshots.append(screenshots / name)
        while not self.events.empty():
            events.append(self.events.get())
        view.console = [_console(e) for e in events if e.get("sessionId") == session and _console(e)]
        self.send("Target.closeTarget", {"targetId": target})
        return view

    def close(self) -> None:
        """Close the browser and remove its profile."""
        try:
            self.send("Browser.close", timeout=10)
        except (OSError, TimeoutError, RuntimeError):
            pass
        try:
            self._proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self._proc.kill()
        for fd in (self._write, self._read):
            try:
                os.close(fd)
            except OSError:
                pass
        self._profile.cleanup()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _console(event: dict) -> str:
    """The text of a console error, an uncaught exception or an error log entry; "" otherwise."""
    method, params = event.get("method"), event.get("params", {})
    if method == "Runtime.exceptionThrown":
        return params["exceptionDetails"].get("text", "exception")
    if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
        return " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
    if method == "Log.entryAdded" and params["entry"].get("level") == "error":
        return params["entry"].get("text", "")
    return ""


def main(argv: list[str]) -> int:
    pages = [p for arg in argv for p in (sorted(Path(arg).glob("*.html")) if Path(arg).is_dir() else [Path(arg)])]
    if not pages:
        print("usage: see_reports.py REPORTS_DIR_OR_PAGE...", file=sys.stderr)
        return 2
    bad = 0
    with Chromium() as browser:
        for page in pages:
            view = browser.look(page, page.parent / "screenshots")
            problems = view.problems()
            bad += bool(problems)
            print(f"{page}: {'; '.join(problems) or 'clean'} ({view.height} px tall)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
