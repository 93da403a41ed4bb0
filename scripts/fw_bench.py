#!/usr/bin/env python3
"""faster-whisper over the corpus, the peer liveaudit is measured against.

usage: fw_bench.py CT2_MODEL_DIR CORPUS_DIR OUT_DIR [--threads N] [--compute int8|float32]
       [--beam N]

Same base weights liveaudit converts (the CTranslate2 model of scripts/fetch-models.sh), the
same language and initial prompt, faster-whisper's own Silero VAD and word timestamps on.
Writes OUT_DIR/<id>.json with a `transcript` the corpus scorer reads and prints per-session
and total speed. Audio is decoded by faster-whisper (PyAV) and its time is included, as
liveaudit's decoding is.
"""
import json
import os
import sys
import time

from faster_whisper import WhisperModel

# The prompt liveaudit uses (asr::whisper::DEFAULT_PROMPT); FW_PROMPT overrides it.
PROMPT = os.environ.get("FW_PROMPT", "简体中文")


def recording(corpus, sid):
    for ext in ("flv", "ts", "m4a", "mp3", "ogg", "wav", "flac"):
        p = f"{corpus}/{sid}.{ext}"
        if os.path.exists(p):
            return p
    p = f"{corpus}/{sid}_hls/index.m3u8"
    return p if os.path.exists(p) else None


def hls_concat(playlist):
    """PyAV reads local HLS poorly; join the TS segments in playlist order instead."""
    base = os.path.dirname(playlist)
    segs = [l.strip() for l in open(playlist) if l.strip() and not l.startswith("#")]
    out = f"/tmp/fw_bench_{os.getpid()}.ts"
    with open(out, "wb") as w:
        for s in segs:
            with open(os.path.join(base, s), "rb") as r:
                w.write(r.read())
    return out


def main():
    args = [a for a in sys.argv[1:]]
    opt = lambda k, d: args[args.index(k) + 1] if k in args else d
    threads = int(opt("--threads", os.cpu_count() or 2))
    compute = opt("--compute", "int8")
    beam = int(opt("--beam", 5))
    pos = [a for i, a in enumerate(args) if not a.startswith("--") and (i == 0 or not args[i - 1].startswith("--"))]
    model_dir, corpus, out_dir = pos[:3]
    os.makedirs(out_dir, exist_ok=True)
    t0 = time.time()
    model = WhisperModel(model_dir, device="cpu", compute_type=compute, cpu_threads=threads)
    print(f"faster-whisper: model loaded in {time.time() - t0:.1f} s ({compute}, {threads} threads, beam {beam})")
    total_audio = total_wall = 0.0
    print(f"{'session':24} {'audio_s':>8} {'wall_s':>8} {'x_real':>7}")
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".truth.json"):
            continue
        sid = name[: -len(".truth.json")]
        path = recording(corpus, sid)
        if path is None:
            continue
        if path.endswith(".m3u8"):
            path = hls_concat(path)
        t = time.time()
        segments, info = model.transcribe(
            path, language="zh", initial_prompt=PROMPT or None, beam_size=beam, vad_filter=True,
            word_timestamps=True, condition_on_previous_text=False)
        transcript = []
        for s in segments:
            toks = [dict(text=w.word.strip(), start_ms=int(w.start * 1000), end_ms=int(w.end * 1000), p=w.probability)
                    for w in (s.words or [])]
            text = "".join(t["text"] for t in toks) if toks else s.text.strip()
            transcript.append(dict(start_ms=int(s.start * 1000), end_ms=int(s.end * 1000), text=text, tokens=toks))
        wall = time.time() - t
        audio = info.duration
        total_audio += audio
        total_wall += wall
        print(f"{sid:24} {audio:8.1f} {wall:8.1f} {audio / wall:7.1f}", flush=True)
        with open(f"{out_dir}/{sid}.json", "w", encoding="utf-8") as f:
            json.dump({"schema": "liveaudit.findings/v1", "transcript": transcript, "findings": []}, f, ensure_ascii=False)
    print(f"{'TOTAL':24} {total_audio:8.1f} {total_wall:8.1f} {total_audio / max(total_wall, 1e-9):7.1f}")


if __name__ == "__main__":
    main()
