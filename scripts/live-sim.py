#!/usr/bin/env python3
"""Serve one recording as a live stream from 127.0.0.1 (live HLS and HTTP-FLV), for tests and demos.

usage: live-sim.py RECORDING [--port 0] [--segment-secs 6] [--window 5] [--speed 1.0]
                   [--stop-after S] [--discontinuity-at N] [--expire] [--from-start]
                   [--publish-log FILE] [--loop K] [--start-at EPOCH]

RECORDING is anything ffmpeg reads (.flv .ts .m4a .mp3 .ogg .wav .flac, an HLS .m3u8). Before
serving, ffmpeg re-encodes its first audio track to AAC-LC 44.1 kHz stereo twice into a temp dir:
once cut into MPEG-TS segments by ffmpeg's HLS muxer (their real durations are read back from
its VOD playlist), once as one FLV file. Both are then served on one "on-air clock" that starts
when the server starts (or at --start-at), running --speed times faster than the wall clock:

  GET /live.m3u8   live media playlist: segment n appears once it is fully "recorded", i.e. when
                   the clock passes start + media_end(n)/speed; a sliding window of --window
                   segments; EXT-X-PROGRAM-DATE-TIME = start + media offset of the segment's first
                   sample (media seconds, not divided by --speed); EXT-X-ENDLIST once all are out.
  GET /seg/N.ts    segment N, 404 before it is published (and after it slides off, with --expire).
  GET /live.flv    one close-delimited HTTP/1.1 response, FLV tags written when the clock passes
                   start + timestamp/speed. A late client gets the FLV header, metadata and AAC
                   sequence header, then joins at the live point; with --from-start it gets
                   everything from 0 (what is already due at once, then paced).

A reader too slow for a sliding window is simulated with a large --speed and a small --window.
On start it prints one line to stdout:
  live-sim: http://127.0.0.1:PORT/live.m3u8 http://127.0.0.1:PORT/live.flv duration=S segments=N
"""
import argparse
import bisect
import datetime
import json
import math
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

AAC = ["-map", "0:a:0", "-vn", "-c:a", "aac", "-b:a", "128k", "-ar", "44100", "-ac", "2"]
DISCONTINUITY_SHIFT = 10000  # seconds at which the timestamps restart from --discontinuity-at on
STOP_SLACK = 0.05  # a segment ending this little past --stop-after (ffmpeg cuts on AAC frames) still airs


def ffmpeg(*args):
    """Run ffmpeg quietly; on failure exit with its message (a broken or audio-less input, usually)."""
    r = subprocess.run(["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", *args],
                       capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"live-sim: ffmpeg {' '.join(args)} failed:\n{r.stderr.strip()}")


def cut_hls(src, out_dir, segment_secs, seek=0.0, ts_offset=0):
    """Encode src (from seek seconds on) to AAC in TS segments; return [(path, duration)].

    The durations come from ffmpeg's own VOD playlist, so the live playlist tells the truth
    about where each segment was cut (on an AAC frame boundary, a few ms past segment_secs)."""
    os.makedirs(out_dir)
    args = (["-ss", f"{seek:.6f}"] if seek else []) + ["-i", src, *AAC]
    if ts_offset:
        args += ["-output_ts_offset", str(ts_offset)]
    ffmpeg(*args, "-f", "hls", "-hls_time", str(segment_secs), "-hls_list_size", "0",
           "-hls_segment_filename", os.path.join(out_dir, "%d.ts"), os.path.join(out_dir, "vod.m3u8"))
    segs, dur = [], None
    with open(os.path.join(out_dir, "vod.m3u8")) as f:
        for line in map(str.strip, f):
            if line.startswith("#EXTINF:"):
                dur = float(line[8:].split(",")[0])
            elif line and not line.startswith("#"):
                segs.append((os.path.join(out_dir, line), dur))
    return segs


def prepare(args, tmp):
    """Make the TS segments and the FLV file in tmp; return (segments, flv_path)."""
    src = os.path.abspath(args.recording)
    if args.loop > 1:
        # Decode once to FLAC so that any input (an HLS playlist too) can be concatenated K times.
        ffmpeg("-i", src, "-map", "0:a:0", "-vn", "-c:a", "flac", os.path.join(tmp, "once.flac"))
        with open(os.path.join(tmp, "loop.txt"), "w") as f:
            f.write("file 'once.flac'\n" * args.loop)
        src = os.path.join(tmp, "looped.flac")
        ffmpeg("-f", "concat", "-safe", "0", "-i", os.path.join(tmp, "loop.txt"), "-c:a", "flac", src)
    segs = cut_hls(src, os.path.join(tmp, "hls"), args.segment_secs)
    n = args.discontinuity_at
    if n is not None:
        if not 1 <= n < len(segs):
            sys.exit(f"live-sim: --discontinuity-at must be in 1..{len(segs) - 1}")
        # Re-encode the rest separately, its timestamps restarting at DISCONTINUITY_SHIFT s, as
        # after an encoder restart.
        seek = sum(d for _, d in segs[:n])
        segs = segs[:n] + cut_hls(src, os.path.join(tmp, "hls-after"), args.segment_secs, seek,
                                  DISCONTINUITY_SHIFT)
    flv = os.path.join(tmp, "live.flv")
    ffmpeg("-i", src, *AAC, "-flvflags", "no_duration_filesize", "-f", "flv", flv)
    return segs, flv


def index_flv(path):
    """Return (preamble_end, timestamps_ms, offsets) of an FLV file.

    The preamble (header, metadata, up to and including the AAC sequence header) is what every
    client needs before any audio; timestamps_ms/offsets list the tags after it, offsets with one
    more entry, the end of the last whole tag, so tags i..j-1 are bytes offsets[i]..offsets[j]."""
    total = os.path.getsize(path)
    preamble, stamps, offsets = None, [], []
    with open(path, "rb") as f:
        head = f.read(9)
        if head[:3] != b"FLV":
            sys.exit(f"live-sim: {path}: ffmpeg did not write an FLV file")
        pos = int.from_bytes(head[5:9], "big") + 4  # header, then PreviousTagSize0
        while pos + 11 <= total:
            f.seek(pos)
            h = f.read(13)
            size = int.from_bytes(h[1:4], "big")
            end = pos + 11 + size + 4
            if end > total:
                break
            if preamble is None:
                if h[0] & 0x1F == 8 and size >= 2 and h[11] >> 4 == 10 and h[12] == 0:
                    preamble = end  # the AAC sequence header (AACPacketType 0)
            else:
                stamps.append(int.from_bytes(h[4:7], "big") | h[7] << 24)
                offsets.append(pos)
            pos = end
    if preamble is None:
        sys.exit(f"live-sim: {path}: no AAC sequence header")
    offsets.append(pos)
    return preamble, stamps, offsets


def wait_until(t):
    """Sleep until the wall clock reaches t (in short naps, so a changed clock is noticed)."""
    while (d := t - time.time()) > 0:
        time.sleep(min(d, 0.5))


def iso(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).isoformat(
        timespec="milliseconds").replace("+00:00", "Z")


class Sim:
    """The on-air state: which segments are out at a given moment, and the FLV pacing."""

    def __init__(self, args, segs, flv, start):
        self.args, self.start, self.speed, self.flv = args, start, args.speed, flv
        self.paths = [p for p, _ in segs]
        self.durs = [d for _, d in segs]
        self.ends = [sum(self.durs[:i + 1]) for i in range(len(segs))]
        self.duration = self.ends[-1]
        stop = args.stop_after
        self.stop = stop if stop is not None and stop < self.duration else None
        self.publishable = (len(segs) if self.stop is None
                            else bisect.bisect_right(self.ends, self.stop + STOP_SLACK))
        self.pub_at = [start + e / self.speed for e in self.ends]
        self.target = max(1, math.ceil(max(self.durs)))
        self.preamble, self.stamps, self.offsets = index_flv(flv)

    def published(self):
        """How many segments are out now (after a --stop-after death, never more)."""
        return min(bisect.bisect_right(self.pub_at, time.time()), self.publishable)

    def playlist(self):
        count = self.published()
        first = max(0, count - self.args.window)
        disc = self.args.discontinuity_at
        lines = ["#EXTM3U", "#EXT-X-VERSION:3", f"#EXT-X-TARGETDURATION:{self.target}",
                 f"#EXT-X-MEDIA-SEQUENCE:{first}"]
        if disc is not None:
            lines.append(f"#EXT-X-DISCONTINUITY-SEQUENCE:{int(first > disc)}")
        for n in range(first, count):
            if n == disc:
                lines.append("#EXT-X-DISCONTINUITY")
            media_start = self.ends[n] - self.durs[n]
            lines += [f"#EXT-X-PROGRAM-DATE-TIME:{iso(self.start + media_start)}",
                      f"#EXTINF:{self.durs[n]:.6f},", f"seg/{n}.ts"]
        if count == len(self.paths):
            lines.append("#EXT-X-ENDLIST")
        return "\n".join(lines) + "\n"

    def segment_path(self, n):
        """The file of segment n, or None where a CDN would answer 404."""
        count = self.published()
        if n >= count or (self.args.expire and n < count - self.args.window):
            return None
        return self.paths[n]

    def stream_flv(self, out):
        """Write the FLV to out, paced by the on-air clock; return at its end or its death."""
        wait_until(self.start)  # the header is "at" timestamp 0
        now_ms = (time.time() - self.start) * self.speed * 1000
        i = 0 if self.args.from_start else bisect.bisect_left(self.stamps, now_ms)
        limit = (len(self.stamps) if self.stop is None
                 else bisect.bisect_right(self.stamps, self.stop * 1000))
        with open(self.flv, "rb") as f:
            out.write(f.read(self.preamble))
            while i < limit:
                now_ms = (time.time() - self.start) * self.speed * 1000
                j = bisect.bisect_right(self.stamps, now_ms, i, limit)
                if j == i:
                    time.sleep(min(0.5, (self.stamps[i] - now_ms) / 1000 / self.speed))
                    continue
                f.seek(self.offsets[i])
                left = self.offsets[j] - self.offsets[i]
                while left:  # a --from-start client joining late gets a large burst
                    chunk = f.read(min(left, 1 << 20))
                    out.write(chunk)
                    left -= len(chunk)
                i = j
        if self.stop is not None:
            wait_until(self.start + self.stop / self.speed)

    def log_publications(self, path):
        """Write one JSON line per segment as it is published (published_at: its scheduled time)."""
        with open(path, "w") as f:
            for n in range(self.publishable):
                wait_until(self.pub_at[n])
                f.write(json.dumps({"segment": n, "media_start": round(self.ends[n] - self.durs[n], 6),
                                    "media_end": round(self.ends[n], 6),
                                    "published_at": self.pub_at[n]}) + "\n")
                f.flush()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        sim = self.server.sim
        path = self.path.split("?")[0]
        seg = re.fullmatch(r"/seg/(\d+)\.ts", path)
        try:
            if path == "/live.m3u8":
                self.reply(200, "application/vnd.apple.mpegurl", sim.playlist().encode())
            elif seg and (p := sim.segment_path(int(seg[1]))):
                with open(p, "rb") as f:
                    self.reply(200, "video/mp2t", f.read())
            elif path == "/live.flv":
                self.send_response(200)
                self.send_header("Content-Type", "video/x-flv")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                sim.stream_flv(self.wfile)
            else:
                self.reply(404, "text/plain", b"not found\n")
        except ConnectionError:
            self.close_connection = True  # the client went away; nothing to tell anyone

    def reply(self, code, ctype, body):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(body)

    def log_request(self, code="-", size="-"):
        sys.stderr.write(f"live-sim: {self.command} {self.path} {code}\n")

    def log_message(self, fmt, *args):
        sys.stderr.write(f"live-sim: {fmt % args}\n")


class Server(ThreadingHTTPServer):
    daemon_threads = True  # a streaming FLV client must neither block others nor the exit
    request_queue_size = 64  # many rooms connect at once

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def parse_args():
    p = argparse.ArgumentParser(description="Serve a recording as live HLS and HTTP-FLV on 127.0.0.1.")
    p.add_argument("recording")
    p.add_argument("--port", type=int, default=0, help="0 picks a free port")
    p.add_argument("--segment-secs", type=float, default=6.0, help="HLS segment length")
    p.add_argument("--window", type=int, default=5, help="segments in the live playlist")
    p.add_argument("--speed", type=float, default=1.0, help="on-air clock speed over wall clock")
    p.add_argument("--stop-after", type=float, metavar="S",
                   help="the stream dies after S media seconds: no more segments, no ENDLIST, FLV cut")
    p.add_argument("--discontinuity-at", type=int, metavar="N",
                   help=f"segment N on restarts its timestamps at {DISCONTINUITY_SHIFT} s, after an EXT-X-DISCONTINUITY")
    p.add_argument("--expire", action="store_true", help="segments off the window answer 404")
    p.add_argument("--from-start", action="store_true", help="every FLV client gets the stream from 0")
    p.add_argument("--publish-log", metavar="FILE", help="JSON line per segment as it is published")
    p.add_argument("--loop", type=int, default=1, metavar="K", help="play the recording K times")
    p.add_argument("--start-at", type=float, metavar="EPOCH", help="on-air clock start (default: now)")
    a = p.parse_args()
    if a.speed <= 0 or a.segment_secs <= 0 or a.window < 1 or a.loop < 1:
        p.error("--speed and --segment-secs must be > 0, --window and --loop >= 1")
    return a


def main():
    args = parse_args()
    for sig in (signal.SIGTERM, signal.SIGINT):  # SIGINT too where a shell's `&` ignored it
        signal.signal(sig, lambda *_: sys.exit(0))
    with tempfile.TemporaryDirectory(prefix="live-sim-") as tmp:
        segs, flv = prepare(args, tmp)
        server = Server(("127.0.0.1", args.port), Handler)
        start = args.start_at if args.start_at is not None else time.time()
        sim = server.sim = Sim(args, segs, flv, start)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        print(f"live-sim: {base}/live.m3u8 {base}/live.flv duration={sim.duration:.3f} "
              f"segments={len(segs)}", flush=True)
        if args.publish_log:
            threading.Thread(target=sim.log_publications, args=(args.publish_log,), daemon=True).start()
        try:
            server.serve_forever()
        finally:
            server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
