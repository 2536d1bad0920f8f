"""End to end: the real python-telegram-bot Application (in its own process) against the Bot API lookalike,
with many chats sending messages and tapping buttons at once; a trivial echo bot with the same PTB settings
is measured through the same lookalike in the same run.

    .venv/bin/python benchmarks/e2e.py [--chats 200] [--seconds 15] [--rounds 3] [--modes polling,webhook] [--uvloop]

Each simulated chat sends a message from the benchmark mix, waits for the reply, taps one of its buttons,
waits for the edit, and repeats. Reported per bot and mode: updates answered per second, p50/p99 time from
update available to reply, and lost or duplicated replies (must be 0).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.messages import mix  # noqa: E402
from testkit import factories  # noqa: E402
from testkit.botapi import (  # noqa: E402
    TOKEN,
    BotApi,
    free_port,
)

REPLY_METHODS = ("sendMessage", "editMessageText")
TICKS = os.sysconf("SC_CLK_TCK")
CONTEXT_DIR = Path(os.environ.get("BENCH_CONTEXT_DIR", "/tmp"))  # where the bots keep chat memory (try /dev/shm)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (from /proc): steadier than throughput on a shared machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def calls_per_update(calls: list, updates: int) -> dict[str, float]:
    """Bot API calls per update answered, by method (methods seen fewer than 6 times left out)."""
    methods: dict[str, int] = defaultdict(int)
    for c in calls:
        methods[c.method] += 1
    return {m: round(n / max(updates, 1), 2) for m, n in sorted(methods.items()) if n > 5}


def stop(proc: subprocess.Popen, wait: float) -> None:
    proc.terminate()
    try:
        proc.wait(wait)
    except subprocess.TimeoutExpired:
        proc.kill()


def tap_on(api: BotApi, chat: int, answer, rng: random.Random) -> dict | None:
    """The update of a tap on one of the answer's buttons (None when it has none)."""
    markup = (answer.params.get("reply_markup") or {}).get("inline_keyboard") or []
    data = [b["callback_data"] for row in markup for b in row if "callback_data" in b]
    if not data:
        return None
    msg = next(m for (c, _), m in api.messages.items() if c == chat and m.get("reply_markup"))
    return factories.tap(chat, msg, rng.choice(data))


class Users:
    """Simulated chats: wait for the bot's answer to each update they send."""

    def __init__(self, api: BotApi) -> None:
        self.api = api
        self.waiting: dict[int, asyncio.Future] = {}
        self.replies: dict[int, int] = defaultdict(int)
        api.listeners.append(self._notify)

    def _notify(self, call, result) -> None:
        if call.method not in REPLY_METHODS:  # an edit Telegram refuses as "not modified" still answered
            return
        chat = int(call.params.get("chat_id", 0))
        self.replies[chat] += 1
        fut = self.waiting.pop(chat, None)
        if fut and not fut.done():
            fut.set_result(call)

    async def ask(self, chat: int, update: dict, timeout: float = 30) -> tuple[float, object]:
        fut = asyncio.get_running_loop().create_future()
        self.waiting[chat] = fut
        start = time.perf_counter()
        self.api.push(update)
        call = await asyncio.wait_for(fut, timeout)
        return (time.perf_counter() - start) * 1000, call


def _bot_command(kind: str, mode: str, api: BotApi, uvloop: bool) -> list[str]:
    cmd = [sys.executable, "-m", "benchmarks.bot_under_test", "--kind", kind, "--mode", mode, "--api", api.base_url,
           "--token", TOKEN, "--port", str(free_port()),
           "--context", str(CONTEXT_DIR / f"careerbot-bench-{kind}-{mode}.sqlite")]
    return [*cmd, "--uvloop"] if uvloop else cmd


async def _started(api: BotApi, mode: str, within: float = 60) -> None:
    """Wait until the bot under test has asked for itself and set its webhook or started polling."""
    deadline = time.monotonic() + within
    while not api.sent("getMe") or (mode == "webhook" and api.webhook is None) or (
            mode == "polling" and not api.sent("getUpdates")):
        if time.monotonic() > deadline:
            raise RuntimeError("bot did not start")
        await asyncio.sleep(0.05)


async def run_load(kind: str, mode: str, chats: int, seconds: float, uvloop: bool, warmup: float,
                   rate: float | None = None) -> dict:
    """Closed loop (each chat sends again as soon as it is answered) measures throughput; with ``rate``,
    the chats together offer that many updates per second (open loop) and the latency is what users feel."""
    api = await BotApi().start()
    users = Users(api)
    if mode == "webhook":
        api.max_connections = 40  # Telegram's default max_connections
    proc = subprocess.Popen(_bot_command(kind, mode, api, uvloop), cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    latencies: list[float] = []
    sent = 0
    try:
        await _started(api, mode)
        messages = mix(2000)
        rng = random.Random(1)
        measuring = False

        think = chats / rate if rate else 0.0

        async def chat_loop(chat: int, stop_at: float) -> None:
            nonlocal sent
            if think:
                await asyncio.sleep(rng.uniform(0, think))
            while time.monotonic() < stop_at:
                ms, call = await users.ask(chat, factories.message(chat, rng.choice(messages)))
                if measuring:
                    sent += 1
                    latencies.append(ms)
                if think:
                    await asyncio.sleep(rng.uniform(0.5, 1.5) * think)
                tap = tap_on(api, chat, call, rng)
                if tap and time.monotonic() < stop_at:
                    ms, _ = await users.ask(chat, tap)
                    if measuring:
                        sent += 1
                        latencies.append(ms)
                    if think:
                        await asyncio.sleep(rng.uniform(0.5, 1.5) * think)

        # Warm-up (not measured): caches fill, connections open, as on a bot that has been running a while.
        await asyncio.gather(*(chat_loop(10_000 + i, time.monotonic() + warmup) for i in range(chats)))
        measuring, calls_before = True, len(api.calls)
        users.replies.clear()
        start, cpu_start, own_start = time.perf_counter(), cpu_seconds(proc.pid), time.process_time()
        await asyncio.gather(*(chat_loop(10_000 + i, time.monotonic() + seconds) for i in range(chats)))
        elapsed = time.perf_counter() - start
        cpu = cpu_seconds(proc.pid) - cpu_start
        own = time.process_time() - own_start
        await asyncio.sleep(0.5)
        answered = sum(users.replies.values())
        return {"kind": kind, "mode": mode, "updates": sent, "per_s": sent / elapsed,
                "p50": statistics.median(latencies), "p99": sorted(latencies)[int(0.99 * len(latencies))],
                "lost": max(0, sent - answered), "duplicated": max(0, answered - sent),
                "cpu_ms": 1000 * cpu / max(sent, 1), "bot_busy": cpu / elapsed, "api_busy": own / elapsed,
                "calls_per_update": calls_per_update(api.calls[calls_before:], sent)}
    finally:
        stop(proc, 10)
        await api.stop()


async def converse(api: BotApi, users: Users, chats: int, updates: int, rng: random.Random,
                   timeout: float = 30) -> int:
    """Chats send a message, tap one of the reply's buttons, and so on, until ``updates`` were answered."""
    messages = mix(2000)
    done = 0

    async def chat_loop(chat: int) -> None:
        nonlocal done
        while done < updates:
            _, call = await users.ask(chat, factories.message(chat, rng.choice(messages)), timeout)
            done += 1
            tap = tap_on(api, chat, call, rng)
            if tap and done < updates:
                await users.ask(chat, tap, timeout)
                done += 1

    await asyncio.gather(*(chat_loop(20_000 + i) for i in range(chats)))
    return done


def _callgrind(*args: str) -> None:
    subprocess.run(["callgrind_control", *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


async def run_counted(kind: str, chats: int, updates: int, warm: int) -> dict:
    """Instructions the bot process executes per update, counted by valgrind's callgrind: exact and the same
    from run to run whatever else the machine is doing (user-space work only: the kernel's share of socket
    calls is not counted). Counting starts after the bot finished warming up and ``warm`` updates."""
    api = await BotApi().start()
    users = Users(api)
    workdir = Path(tempfile.mkdtemp(prefix="careerbot-counted-"))
    ready, out = workdir / "ready", workdir / "callgrind.out"
    cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-m",
           "benchmarks.bot_under_test", "--kind", kind, "--mode", "polling", "--api", api.base_url,
           "--token", TOKEN, "--context", str(workdir / "context.sqlite"), "--ready-file", str(ready)]
    log = (workdir / "valgrind.log").open("w")
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 900
        while not ready.exists() or not api.sent("getUpdates"):
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError(f"bot under valgrind did not start: see {workdir / 'valgrind.log'}")
            await asyncio.sleep(0.5)
        rng = random.Random(7)
        await converse(api, users, chats, warm, rng, timeout=300)
        _callgrind("-z", str(proc.pid))
        calls_before = len(api.calls)
        done = await converse(api, users, chats, updates, rng, timeout=300)
        _callgrind("-d", str(proc.pid))
        calls = calls_per_update(api.calls[calls_before:], done)
    finally:
        stop(proc, 120)
        log.close()
        await api.stop()
    dumps = sorted(workdir.glob("callgrind.out.*"), key=lambda p: p.stat().st_mtime)
    text = dumps[0].read_text(errors="replace") if dumps else ""
    totals = [int(line.split()[1]) for line in text.splitlines() if line.startswith(("summary:", "totals:"))]
    if not totals:
        raise RuntimeError(f"no callgrind dump in {workdir}")
    return {"kind": kind, "updates": done, "instructions": totals[0] / done,
            "calls_per_update": calls}


def report(mode: str, kind: str, r: dict) -> None:
    print(f"  {mode:<8} {kind:<10} {r['updates']:>6} updates  {r['per_s']:7.1f}/s  p50 {r['p50']:7.1f} ms  "
          f"p99 {r['p99']:7.1f} ms  lost {r['lost']}  duplicated {r['duplicated']}")
    print(f"           bot CPU {r['cpu_ms']:.2f} ms per update; busy: bot {r['bot_busy']:.0%}, lookalike and "
          f"chats {r['api_busy']:.0%} of a core; Bot API calls per update: {r['calls_per_update']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chats", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=15)
    ap.add_argument("--rounds", type=int, default=3,
                    help="echo and careerbot run this many times, interleaved (order alternating), and the median "
                         "ratio is reported: this shared 2-core machine varies by ±30%% from minute to minute")
    ap.add_argument("--modes", default="polling,webhook")
    ap.add_argument("--uvloop", action="store_true", help="run the bots on uvloop")
    ap.add_argument("--warmup", type=float, default=10,
                    help="seconds of unmeasured load first (careerbot loads its profiles in the background "
                         "for the first few seconds after start)")
    ap.add_argument("--heavy", action="store_true",
                    help="also run an echo bot sending careerbot's average answers (700 characters, 8 buttons, a "
                         "chart photo with 1 message in 4): careerbot's transport floor, its own work aside")
    ap.add_argument("--kinds", default="echo,careerbot", help="which bots to run (a profile of one, say)")
    ap.add_argument("--count", type=int, default=0, metavar="UPDATES",
                    help="instead of timing, count the instructions each bot executes for this many updates "
                         "under valgrind (exact and repeatable; slow: a few minutes per bot)")
    ap.add_argument("--rate", type=float, default=50,
                    help="updates/s the chats offer together in the latency run (open loop); 0 = skip it")
    args = ap.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"{args.chats} chats, {args.seconds:g} s per run after {args.warmup:g} s of warm-up, "
          f"{args.rounds} rounds{', uvloop' if args.uvloop else ''}")
    kinds = args.kinds.split(",")
    if args.heavy:
        kinds.insert(1, "echo-heavy")
    if args.count:
        counted = {}
        for kind in kinds:
            counted[kind] = r = asyncio.run(run_counted(kind, 10, args.count, warm=100))
            print(f"  counted  {kind:<10} {r['updates']} updates: {r['instructions'] / 1e6:.2f} M instructions per "
                  f"update; Bot API calls per update: {r['calls_per_update']}")
        for kind in counted.keys() - {"echo"} if "echo" in counted else ():
            ratio = counted["echo"]["instructions"] / counted[kind]["instructions"]
            print(f"  counted  {kind} handles {ratio:.0%} of the echo bot's updates per instruction")
        return
    for mode in args.modes.split(","):
        rounds: list[dict[str, dict]] = []
        for n in range(args.rounds):
            results = {}
            for kind in (kinds if n % 2 == 0 else kinds[::-1]):
                results[kind] = r = asyncio.run(run_load(kind, mode, args.chats, args.seconds, args.uvloop,
                                                         args.warmup))
                report(mode, kind, r)
            rounds.append(results)
        if rounds and {"echo", "careerbot"} <= set(kinds):
            ratios = [r["careerbot"]["per_s"] / r["echo"]["per_s"] for r in rounds]
            cpu_ratios = [r["echo"]["cpu_ms"] / r["careerbot"]["cpu_ms"] for r in rounds]
            print(f"  {mode:<8} careerbot reaches {statistics.median(ratios):.0%} of the echo bot's throughput "
                  f"(median of {len(ratios)} rounds: {', '.join(f'{x:.0%}' for x in ratios)}); "
                  f"by bot CPU per update {statistics.median(cpu_ratios):.0%} "
                  f"({', '.join(f'{x:.0%}' for x in cpu_ratios)})")
        if args.rate:
            for kind in kinds:
                r = asyncio.run(run_load(kind, mode, args.chats, args.seconds, args.uvloop, args.warmup, args.rate))
                print(f"  {mode:<8} {kind:<10} at {args.rate:g} updates/s offered by {args.chats} chats: "
                      f"{r['per_s']:.1f}/s, p50 {r['p50']:.1f} ms, p99 {r['p99']:.1f} ms, lost {r['lost']}, "
                      f"duplicated {r['duplicated']}")


if __name__ == "__main__":
    main()
