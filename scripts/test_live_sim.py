#!/usr/bin/env python3
"""End-to-end check of scripts/live-sim.py: python3 scripts/test_live_sim.py (exit 1 on failure).

Makes a 30 s tone-plus-noise WAV with ffmpeg and runs the simulator three times at --speed 10
with 2 s segments and a window of 3 (about 15 s in all):
  plain        playlist slides, media sequence grows, program-date-times increase, ENDLIST at
               the end; a segment is MPEG-TS; /live.flv --from-start takes ~duration/speed;
               the publish log has one line per segment, paced by the clock.
  stop-after   --stop-after 10: no ENDLIST ever, no segment past 10 s, the FLV ends early.
  discontinuity --discontinuity-at 5 --expire: EXT-X-DISCONTINUITY before segment 5, whose
               timestamps jump; DISCONTINUITY-SEQUENCE 1 once it slid off; expired segments 404;
               a late FLV client gets the AAC sequence header, then joins at the live point.
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

SIM = os.path.join(os.path.dirname(os.path.abspath(__file__)), "live-sim.py")
SPEED = 10
failures = []


def check(cond, what):
    print(("ok    " if cond else "FAIL  ") + what, flush=True)
    if not cond:
        failures.append(what)


def get(url):
    """(status, body) of a GET, 404s included."""
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, b""


def parse_playlist(text):
    """The tags a player cares about, and each segment with the tags that precede it."""
    pl = {"seq": None, "dseq": None, "segs": [], "end": "#EXT-X-ENDLIST" in text, "text": text}
    tags = {}
    for line in text.splitlines():
        if line.startswith("#EXT-X-MEDIA-SEQUENCE:"):
            pl["seq"] = int(line.split(":")[1])
        elif line.startswith("#EXT-X-DISCONTINUITY-SEQUENCE:"):
            pl["dseq"] = int(line.split(":")[1])
        elif line == "#EXT-X-DISCONTINUITY":
            tags["disc"] = True
        elif line.startswith("#EXT-X-PROGRAM-DATE-TIME:"):
            value = line.split(":", 1)[1].replace("Z", "+00:00")
            tags["pdt"] = datetime.datetime.fromisoformat(value).timestamp()
        elif line.startswith("#EXTINF:"):
            tags["dur"] = float(line[8:].split(",")[0])
        elif line and not line.startswith("#"):
            pl["segs"].append({"n": int(re.search(r"(\d+)\.ts$", line)[1]), "uri": line, **tags})
            tags = {}
    return pl


def flv_tags(data):
    """[(type, timestamp_ms, first two body bytes)] of an FLV byte string."""
    out, pos = [], int.from_bytes(data[5:9], "big") + 4
    while pos + 11 <= len(data):
        size = int.from_bytes(data[pos + 1:pos + 4], "big")
        ts = int.from_bytes(data[pos + 4:pos + 7], "big") | data[pos + 7] << 24
        out.append((data[pos] & 0x1F, ts, data[pos + 11:pos + 13]))
        pos += 11 + size + 4
    return out


def read_flv(url, result, delay=0.0):
    """Read the whole FLV response (after delay seconds) into result: data and elapsed seconds."""
    time.sleep(delay)
    t0 = time.time()
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            result["data"] = r.read()
        result["elapsed"] = time.time() - t0
    except OSError as e:
        print(f"FLV read failed: {e}", file=sys.stderr)


def ts_start(url, tmp):
    """The start_time ffprobe reads from a segment fetched over HTTP."""
    path = os.path.join(tmp, "probe.ts")
    with open(path, "wb") as f:
        f.write(get(url)[1])
    r = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=start_time", "-of", "csv=p=0",
                        path], capture_output=True, text=True)
    return float(r.stdout.strip() or "nan")


class Simulator:
    """The simulator as a child process: URLs from its first stdout line, clean exit on SIGTERM."""

    def __init__(self, tmp, recording, name, *opts):
        self.log = os.path.join(tmp, f"{name}.stderr")
        self.cmd = [sys.executable, SIM, recording, "--speed", str(SPEED), "--segment-secs", "2",
                    "--window", "3", *opts]

    def __enter__(self):
        with open(self.log, "w") as err:
            self.proc = subprocess.Popen(self.cmd, stdout=subprocess.PIPE, stderr=err, text=True)
        line = self.proc.stdout.readline()
        m = re.fullmatch(r"live-sim: (\S+) (\S+) duration=([\d.]+) segments=(\d+)\n", line)
        if not m:
            self.proc.kill()
            sys.exit(f"simulator did not start: {line!r}\n{open(self.log).read()}")
        self.m3u8, self.flv, self.duration, self.count = m[1], m[2], float(m[3]), int(m[4])
        return self

    def seg_url(self, n):
        return urllib.parse.urljoin(self.m3u8, f"seg/{n}.ts")

    def poll(self, secs):
        """Fetch the playlist (every 50 ms) until ENDLIST or secs pass; return every parse."""
        seen, end = [], time.time() + secs
        while True:
            status, body = get(self.m3u8)
            seen.append(parse_playlist(body.decode()))
            if status != 200 or seen[-1]["end"] or time.time() >= end:
                return seen
            time.sleep(0.05)

    def __exit__(self, *exc):
        self.proc.terminate()
        try:
            rc = self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = None
        check(rc == 0, f"simulator exits cleanly on SIGTERM (rc={rc})")
        if failures:
            print("".join(open(self.log).readlines()[-5:]), end="", file=sys.stderr)


def test_plain(tmp, wav):
    print("== plain, --from-start, --publish-log")
    log = os.path.join(tmp, "publish.jsonl")
    with Simulator(tmp, wav, "plain", "--from-start", "--publish-log", log) as sim:
        flv = {}
        reader = threading.Thread(target=read_flv, args=(sim.flv, flv))
        reader.start()
        seen = sim.poll(sim.duration / SPEED + 3)
        seqs = [p["seq"] for p in seen]
        check(seqs == sorted(seqs) and seqs[-1] > 0, f"media sequence grows ({seqs[0]} -> {seqs[-1]})")
        check(all(len(p["segs"]) <= 3 for p in seen), "window holds at most 3 segments")
        check(all([s["n"] for s in p["segs"]] == list(range(p["seq"], p["seq"] + len(p["segs"])))
                  for p in seen), "segment numbers follow the media sequence")
        check(seen[-1]["end"] and not any(p["end"] for p in seen[:-1]), "EXT-X-ENDLIST appears at the end")
        check(seen[-1]["segs"][-1]["n"] == sim.count - 1, "the last playlist ends with the last segment")
        pdt = {}
        for p in seen:
            for s in p["segs"]:
                pdt.setdefault(s["n"], s["pdt"])
        order = [pdt[n] for n in sorted(pdt)]
        check(len(pdt) == sim.count and all(a < b for a, b in zip(order, order[1:])),
              f"program-date-times increase over all {len(pdt)} segments")
        status, body = get(urllib.parse.urljoin(sim.m3u8, seen[-1]["segs"][-1]["uri"]))
        check(status == 200 and body[:1] == b"\x47", "a segment is MPEG-TS (starts with 0x47)")
        check(get(sim.seg_url(0))[0] == 200, "a segment off the window still answers (no --expire)")
        check(get(sim.seg_url(sim.count + 5))[0] == 404, "a segment that never airs answers 404")
        reader.join(15)
        data, expect = flv.get("data", b""), sim.duration / SPEED
        check(data[:3] == b"FLV", "/live.flv starts with FLV")
        tags = flv_tags(data)
        check(bool(tags) and tags[-1][1] >= sim.duration * 1000 - 100, "/live.flv --from-start reaches the end")
        check(0.8 * expect <= flv.get("elapsed", 0) <= expect + 1.0,
              f"/live.flv took {flv.get('elapsed', 0):.2f} s, duration/speed = {expect:.2f} s")
        lines = [json.loads(x) for x in open(log)]
        check(len(lines) == sim.count, f"publish log has {len(lines)} of {sim.count} segments")
        check(all(abs((b["published_at"] - lines[0]["published_at"])
                      - (b["media_end"] - lines[0]["media_end"]) / SPEED) < 0.01 for b in lines),
              "publish log is paced by media_end / speed")


def test_stop_after(tmp, wav):
    print("== --stop-after 10")
    with Simulator(tmp, wav, "stop", "--stop-after", "10") as sim:
        flv = {}
        reader = threading.Thread(target=read_flv, args=(sim.flv, flv))
        reader.start()
        seen = sim.poll(sim.duration / SPEED + 1)
        check(not any(p["end"] for p in seen), "no EXT-X-ENDLIST ever appears")
        durs = {s["n"]: s["dur"] for p in seen for s in p["segs"]}
        aired = sum(durs.values())
        check(len(durs) == max(durs) + 1 and 8 <= aired <= 10.1,
              f"segments stop at 10 s of media ({len(durs)} segments, {aired:.2f} s)")
        check(get(sim.m3u8)[0] == 200 and parse_playlist(get(sim.m3u8)[1].decode())["text"] == seen[-1]["text"],
              "the dead stream's playlist is still served, unchanged")
        reader.join(15)
        tags = flv_tags(flv.get("data", b""))
        last = tags[-1][1] if tags else -1
        check(9000 <= last <= 10000, f"/live.flv stops at media {last} ms")
        check(0.7 <= flv.get("elapsed", 99) <= 2.0,
              f"/live.flv closed early, after {flv.get('elapsed', 0):.2f} s (full: {sim.duration / SPEED:.2f} s)")


def test_discontinuity(tmp, wav):
    print("== --discontinuity-at 5 --expire, late FLV client")
    with Simulator(tmp, wav, "disc", "--discontinuity-at", "5", "--expire") as sim:
        flv = {}
        reader = threading.Thread(target=read_flv, args=(sim.flv, flv, 1.5))
        reader.start()
        seen, starts = [], {}
        deadline = time.time() + sim.duration / SPEED + 3
        while time.time() < deadline and not (seen and seen[-1]["end"]):
            seen += sim.poll(0)
            for n in (4, 5):  # fetch them while they are in the window (--expire)
                if n not in starts and any(s["n"] == n for s in seen[-1]["segs"]):
                    starts[n] = ts_start(sim.seg_url(n), tmp)
            time.sleep(0.05)
        with_5 = [p for p in seen if any(s["n"] == 5 for s in p["segs"])]
        check(bool(with_5) and all(s.get("disc", False) == (s["n"] == 5) for p in seen for s in p["segs"]),
              "EXT-X-DISCONTINUITY precedes segment 5 and no other")
        check(all(p["dseq"] == (1 if p["seq"] > 5 else 0) for p in seen),
              "EXT-X-DISCONTINUITY-SEQUENCE turns 1 once segment 5 slid off")
        check(seen[-1]["end"], "EXT-X-ENDLIST at the end")
        s4, s5 = starts.get(4, float("nan")), starts.get(5, float("nan"))
        check(s4 < 100 and s5 >= 10000, f"timestamps jump at segment 5 ({s4:.2f} s -> {s5:.2f} s)")
        check(get(sim.seg_url(0))[0] == 404, "with --expire a segment off the window answers 404")
        check(get(sim.seg_url(sim.count - 1))[0] == 200, "the last segment still answers")
        reader.join(15)
        data = flv.get("data", b"")
        tags = flv_tags(data)
        audio = [t for t in tags if t[0] == 8]
        check(data[:3] == b"FLV" and bool(audio) and audio[0][2] == b"\xaf\x00",
              "a late FLV client gets the header and the AAC sequence header first")
        check(len(audio) > 1 and 12000 <= audio[1][1] <= 18000,
              f"then joins at the live point (first audio at {audio[1][1] if len(audio) > 1 else -1} ms, "
              f"connected at ~15000)")


def main():
    t0 = time.time()
    with tempfile.TemporaryDirectory(prefix="test-live-sim-") as tmp:
        wav = os.path.join(tmp, "tone.wav")
        subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y",
                        "-f", "lavfi", "-i", "sine=frequency=440:duration=30",
                        "-f", "lavfi", "-i", "anoisesrc=duration=30:amplitude=0.05",
                        "-filter_complex", "amix=inputs=2", wav], check=True)
        test_plain(tmp, wav)
        test_stop_after(tmp, wav)
        test_discontinuity(tmp, wav)
    print(f"{'FAILED' if failures else 'passed'}: {len(failures)} failures, {time.time() - t0:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
