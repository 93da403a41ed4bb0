#!/usr/bin/env python3
"""Generate a long FLV recording (default 4 hours) for the bounded-memory check, without ffmpeg.

The audio track is AAC-LC 44.1 kHz stereo: the speech of a source FLV (default: the corpus's
pub01_facecream.flv, 75 s of a host selling face cream over music) once every SPEECH_EVERY
minutes, digital silence (a constant 6-byte silent AAC frame) in between, with tag timestamps
running on continuously. Filler video tags (25 fps) make the file as large as a real HTTP-FLV
recording with video, so the demuxer has to stream past hundreds of MB it does not keep.

usage: gen-long-flv.py OUT.flv [--src FLV] [--hours H] [--speech-every MIN] [--video-kbps K]
"""
import argparse
import os
import struct
import sys

SILENT_FRAME = bytes.fromhex("211004608c1c")  # AAC-LC CPE of digital silence (ffmpeg's encoder)
RATE = 44100


def tags(path):
    """Yield (type, timestamp_ms, body) of every tag in an FLV file."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:3] != b"FLV":
        sys.exit(f"{path}: not an FLV file")
    pos = struct.unpack(">I", data[5:9])[0] + 4
    while pos + 11 <= len(data):
        kind = data[pos] & 0x1F
        size = int.from_bytes(data[pos + 1:pos + 4], "big")
        ts = int.from_bytes(data[pos + 4:pos + 7], "big") | (data[pos + 7] << 24)
        body = data[pos + 11:pos + 11 + size]
        if len(body) < size:
            break
        yield kind, ts, body
        pos += 11 + size + 4


def tag(kind, ts, body):
    head = bytes([kind]) + len(body).to_bytes(3, "big") + (ts & 0xFFFFFF).to_bytes(3, "big")
    head += bytes([(ts >> 24) & 0xFF]) + b"\0\0\0"
    return head + body + struct.pack(">I", len(body) + 11)


def metadata(duration_s):
    amf = b"\x02\x00\x0aonMetaData" + b"\x08" + struct.pack(">I", 1)
    amf += b"\x00\x08duration" + b"\x00" + struct.pack(">d", duration_s) + b"\x00\x00\x09"
    return amf


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--src", default=os.path.join(here, "../../shared/corpus/livestream/pub01_facecream.flv"))
    ap.add_argument("--hours", type=float, default=4.0)
    ap.add_argument("--speech-every", type=float, default=60.0, help="minutes between speech blocks")
    ap.add_argument("--video-kbps", type=int, default=400)
    a = ap.parse_args()

    src = [(k, ts, b) for k, ts, b in tags(a.src) if k == 8]
    seq = next(b for _, _, b in src if b[0] >> 4 == 10 and b[1] == 0)
    if seq[2:4] != b"\x12\x10":
        sys.exit(f"{a.src}: expected AAC-LC 44.1 kHz stereo (AudioSpecificConfig 1210)")
    speech = [b for _, _, b in src if b[0] >> 4 == 10 and b[1] == 1]
    total_frames = int(a.hours * 3600 * RATE / 1024)
    block = int(a.speech_every * 60 * RATE / 1024)
    video_body = b"\x27\x01\x00\x00\x00" + bytes(max(0, a.video_kbps * 1000 // 8 // 25 - 5))
    silent = b"\xaf\x01" + SILENT_FRAME
    with open(a.out, "wb") as f:
        f.write(b"FLV\x01\x05\x00\x00\x00\x09\x00\x00\x00\x00")
        f.write(tag(18, 0, metadata(total_frames * 1024 / RATE)))
        f.write(tag(8, 0, seq))
        next_video_ms = 0
        for n in range(total_frames):
            ts = n * 1024 * 1000 // RATE
            while next_video_ms <= ts:
                f.write(tag(9, next_video_ms, video_body))
                next_video_ms += 40
            i = n % block
            f.write(tag(8, ts, speech[i] if i < len(speech) else silent))
    size = os.path.getsize(a.out)
    print(f"{a.out}: {a.hours} h, {total_frames} AAC frames, speech every {a.speech_every} min, {size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
