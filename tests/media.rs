//! Integration tests of the media stage on real files: fixtures made from the corpus
//! (tests/fixtures/media/make.sh), the corpus itself when ../shared is present, timeline
//! alignment, and bad input.

use std::path::{Path, PathBuf};

use liveaudit::failure::Classify;
use liveaudit::media::{self, MediaError, TARGET_SAMPLE_RATE};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(rel: &str) -> PathBuf {
    root().join("tests/fixtures").join(rel)
}

fn media_fixture(name: &str) -> PathBuf {
    fixture(&format!("media/{name}"))
}

fn corpus_dir() -> Option<PathBuf> {
    let p = root().join("../shared/corpus/livestream");
    p.is_dir().then_some(p)
}

fn ms(samples: usize) -> f64 {
    samples as f64 * 1000.0 / TARGET_SAMPLE_RATE as f64
}

/// (file, container, codec, source rate, channels, duration in ms)
const FIXTURES: &[(&str, &str, &str, u32, u32, f64)] = &[
    (
        "real/aishell1_BAC009S0764W0121.wav",
        "wav",
        "pcm",
        16_000,
        1,
        4203.9,
    ),
    (
        "real/aishell1_BAC009S0764W0122.wav",
        "wav",
        "pcm",
        16_000,
        1,
        4115.0,
    ),
    ("media/aishell_8k.wav", "wav", "pcm", 8_000, 1, 4203.9),
    (
        "media/purifier_48k_stereo.wav",
        "wav",
        "pcm",
        48_000,
        2,
        2000.0,
    ),
    (
        "media/mixed_22k_mono.flac",
        "flac",
        "flac",
        22_050,
        1,
        5000.0,
    ),
    ("media/tea_44k_stereo.m4a", "mp4", "aac", 44_100, 2, 6000.0),
    ("media/tea_faststart.m4a", "mp4", "aac", 44_100, 2, 6000.0),
    ("media/tea_48k.aac", "adts", "aac", 48_000, 2, 4000.0),
    ("media/jade_44k_stereo.mp3", "mp3", "mp3", 44_100, 2, 6000.0),
    (
        "media/finance_44k_stereo.ogg",
        "ogg",
        "vorbis",
        44_100,
        2,
        6000.0,
    ),
    ("media/aishell_16k.mka", "mkv", "vorbis", 16_000, 1, 3000.0),
    ("claim_clip.m4a", "mp4", "aac", 44_100, 2, 10_800.0),
];

#[test]
fn every_fixture_decodes_with_the_right_duration_and_info() {
    for &(file, container, codec, rate, channels, dur_ms) in FIXTURES {
        let path = fixture(file);
        let (info, samples, report) = media::decode_all(&path).unwrap_or_else(|e| panic!("{e}"));
        println!(
            "{file}: {info:?}, {:.1} ms decoded, {report:?}",
            ms(samples.len())
        );
        assert_eq!(info.container, container, "{file}");
        assert_eq!(info.codec, codec, "{file}");
        assert_eq!(info.sample_rate, rate, "{file}");
        assert_eq!(info.channels, channels, "{file}");
        let got = ms(samples.len());
        assert!(
            (got - dur_ms).abs() <= 50.0,
            "{file}: decoded {got:.1} ms, expected {dur_ms} ms"
        );
        assert!(
            (report.decoded_ms() as f64 - dur_ms).abs() <= 50.0,
            "{file}: report says {} ms",
            report.decoded_ms()
        );
        assert!(!report.truncated, "{file}: {report:?}");
        assert_eq!(report.decode_errors, 0, "{file}: {report:?}");
        assert_eq!(report.gap_count, 0, "{file}");
        assert!(report.finished);
        let peak = samples.iter().fold(0f32, |m, v| m.max(v.abs()));
        assert!(peak > 0.05 && peak <= 1.5, "{file}: peak {peak}");
    }
}

/// Energy centroid (ms) of the tone burst between 0.8 s and 1.3 s.
fn burst_centroid_ms(samples: &[f32]) -> f64 {
    let (a, b) = (12_800, 20_800.min(samples.len()));
    let (mut num, mut den) = (0f64, 0f64);
    for (i, v) in samples[a..b].iter().enumerate() {
        let e = f64::from(*v) * f64::from(*v);
        num += e * (a + i) as f64;
        den += e;
    }
    assert!(den > 0.0, "no burst found");
    ms(1) * num / den
}

/// First sample whose level reaches a quarter of the burst's peak (ms).
fn burst_onset_ms(samples: &[f32]) -> f64 {
    let peak = samples.iter().fold(0f32, |m, v| m.max(v.abs()));
    ms(samples.iter().position(|v| v.abs() >= 0.25 * peak).unwrap())
}

#[test]
fn a_tone_burst_stays_at_its_time_in_every_codec_and_rate() {
    // Each fixture holds a 10 ms 1 kHz burst starting at exactly 1.000 s (centre 1.005 s).
    for name in [
        "burst_22k.wav",
        "burst_8k.wav",
        "burst_48k.flac",
        "burst_44k.m4a",
        "burst_44k.mp3",
        "burst_44k.ogg",
    ] {
        let (info, samples, _) = media::decode_all(&media_fixture(name)).unwrap();
        let centre = burst_centroid_ms(&samples);
        let onset = burst_onset_ms(&samples);
        println!(
            "{name} ({} Hz {}): centroid {centre:.2} ms, onset {onset:.2} ms",
            info.sample_rate, info.codec
        );
        assert!(
            (centre - 1005.0).abs() <= 5.0,
            "{name}: burst centre at {centre:.2} ms, expected 1005"
        );
        assert!(
            (onset - 1000.0).abs() <= 5.0,
            "{name}: burst onset at {onset:.2} ms, expected 1000"
        );
        assert!(
            (ms(samples.len()) - 2000.0).abs() <= 50.0,
            "{name}: {} ms",
            ms(samples.len())
        );
    }
}

/// Corpus sessions symphonia reads, with their truth durations.
#[test]
fn corpus_sessions_decode_to_their_truth_duration() {
    let Some(dir) = corpus_dir() else {
        println!("SKIPPED: ../shared/corpus/livestream is not present");
        return;
    };
    for name in [
        "pub03_tea.m4a",
        "pub04_jade.mp3",
        "pub05_finance.ogg",
        "pub06_purifier_clean.wav",
        "pub08_long_mixed.flac",
    ] {
        let path = dir.join(name);
        let stem = name.split('.').next().unwrap();
        let truth: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{stem}.truth.json"))).unwrap(),
        )
        .unwrap();
        let want = truth["duration"].as_f64().unwrap();
        let mut stream = media::open(&path).unwrap_or_else(|e| panic!("{e}"));
        let mut next = 0u64;
        let mut longest = 0usize;
        for chunk in stream.by_ref() {
            let chunk = chunk.unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                chunk.start_sample, next,
                "{name}: chunks must be contiguous (no gaps in these files)"
            );
            next = chunk.end_sample();
            longest = longest.max(chunk.samples.len());
        }
        let report = stream.report();
        let got = next as f64 / TARGET_SAMPLE_RATE as f64;
        println!(
            "{name}: {:?} decoded {got:.3} s, truth {want} s, longest chunk {longest}",
            stream.info()
        );
        assert!(
            (got - want).abs() <= 0.1,
            "{name}: decoded {got:.3} s, truth says {want} s"
        );
        assert_eq!(report.decoded_ms(), next * 1000 / 16_000);
        assert!(
            !report.truncated && report.decode_errors == 0,
            "{name}: {report:?}"
        );
        // Streaming: chunks stay small however long the recording.
        assert!(
            longest <= 10 * TARGET_SAMPLE_RATE as usize,
            "{name}: chunk of {longest} samples"
        );
    }
}

/// The labelled utterance of the claim clip is where its truth says (speech energy inside the
/// utterance, near-silence in the gap before it).
#[test]
fn claim_clip_truth_matches_its_audio() {
    let truth: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("claim_clip.truth.json")).unwrap())
            .unwrap();
    let (_, samples, _) = media::decode_all(&fixture("claim_clip.m4a")).unwrap();
    let dur = truth["duration"].as_f64().unwrap();
    assert!((ms(samples.len()) / 1000.0 - dur).abs() <= 0.05);
    let labelled: Vec<_> = truth["utterances"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| !u["labels"].as_array().unwrap().is_empty())
        .collect();
    assert!(!labelled.is_empty());
    let rms = |a: f64, b: f64| {
        let s = &samples[(a * 16_000.0) as usize..(b * 16_000.0) as usize];
        (s.iter().map(|v| v * v).sum::<f32>() / s.len() as f32).sqrt()
    };
    for u in labelled {
        let (s, e) = (u["start"].as_f64().unwrap(), u["end"].as_f64().unwrap());
        assert!(s >= 0.0 && e <= dur && e - s > 1.0, "{u}");
        assert!(rms(s, e) > 0.02, "no speech energy in {s}–{e} s");
    }
}

#[test]
fn streams_can_move_to_a_decoder_thread() {
    fn assert_send<T: Send>(_: &T) {}
    let stream = media::open(&media_fixture("burst_8k.wav")).unwrap();
    assert_send(&stream);
    let handle =
        std::thread::spawn(move || stream.map(|c| c.unwrap().samples.len()).sum::<usize>());
    assert_eq!(handle.join().unwrap(), 32_000);
}

#[test]
fn the_content_decides_the_format_not_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    for (src, disguise, container) in [
        ("burst_8k.wav", "really_wav.mp3", "wav"),
        ("jade_44k_stereo.mp3", "really_mp3.wav", "mp3"),
    ] {
        let p = dir.path().join(disguise);
        std::fs::copy(media_fixture(src), &p).unwrap();
        let (info, samples, _) = media::decode_all(&p).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(info.container, container);
        assert!(samples.len() > 16_000);
    }
}

// ---------------------------------------------------------------- bad input

fn expect_bad(path: &Path, what: &str) -> MediaError {
    let err = match media::open(path) {
        Err(e) => e,
        Ok(mut stream) => match stream.find_map(|c| c.err()) {
            Some(e) => e,
            None => panic!(
                "{}: expected an error ({what}), decoded fine: {:?}",
                path.display(),
                stream.report()
            ),
        },
    };
    let msg = err.to_string();
    println!("{what}: {msg}");
    let name = path.file_name().unwrap().to_str().unwrap();
    assert!(msg.contains(name), "error must name the file: {msg}");
    assert!(
        err.is_bad_input(),
        "{what} must count as bad input: {err:?}"
    );
    assert!(!err.is_retryable(), "{what} is permanent: {err:?}");
    assert!(media::decode_all(path).is_err());
    err
}

#[test]
fn missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let err = expect_bad(&dir.path().join("nope.m4a"), "missing");
    assert!(matches!(err, MediaError::NotFound { .. }), "{err:?}");
    assert!(err.to_string().contains("no such file"));
}

#[test]
fn empty_file() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["empty.wav", "empty.mp3", "empty.m4a"] {
        let p = dir.path().join(name);
        std::fs::write(&p, b"").unwrap();
        let err = expect_bad(&p, "empty");
        assert!(matches!(err, MediaError::Empty { .. }), "{err:?}");
    }
}

/// Deterministic pseudo-random bytes (xorshift), so failures reproduce.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

#[test]
fn random_bytes_with_audio_extensions() {
    let dir = tempfile::tempdir().unwrap();
    for (i, ext) in ["mp3", "wav", "m4a", "flac", "ogg", "aac", "mkv"]
        .iter()
        .enumerate()
    {
        for (j, len) in [3usize, 200, 64 * 1024].iter().enumerate() {
            let p = dir.path().join(format!("noise{j}.{ext}"));
            std::fs::write(&p, noise(*len, 0x9e37_79b9_7f4a_7c15 ^ (i * 31 + j) as u64)).unwrap();
            expect_bad(&p, &format!("random bytes .{ext}"));
        }
    }
    let p = dir.path().join("notes.mp3");
    std::fs::write(
        &p,
        "this is not audio at all, just text pretending".repeat(50),
    )
    .unwrap();
    let err = expect_bad(&p, "text as .mp3");
    assert!(
        matches!(
            err,
            MediaError::UnknownFormat { .. } | MediaError::NoAudioDecoded { .. }
        ),
        "{err:?}"
    );
}

#[test]
fn unsupported_codec() {
    let err = expect_bad(&media_fixture("adpcm.wav"), "ADPCM in WAV");
    match &err {
        MediaError::UnsupportedCodec {
            codec, container, ..
        } => assert_eq!((codec.as_str(), container.as_str()), ("adpcm", "wav")),
        other => panic!("{other:?}"),
    }
    assert!(
        err.to_string().contains("unsupported audio codec adpcm"),
        "{err}"
    );
}

#[test]
fn no_audio_track() {
    let err = expect_bad(&media_fixture("video_only.mp4"), "video-only MP4");
    assert!(matches!(err, MediaError::NoAudioTrack { .. }), "{err:?}");
    assert!(err.to_string().contains("no audio track"), "{err}");
}

/// A canonical 44-byte WAV header for 16-bit mono PCM followed by `data`.
fn wav_bytes(rate: u32, data: &[u8]) -> Vec<u8> {
    let mut v = b"RIFF".to_vec();
    v.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
    v.extend_from_slice(b"WAVEfmt ");
    v.extend_from_slice(&16u32.to_le_bytes());
    v.extend_from_slice(&1u16.to_le_bytes()); // PCM
    v.extend_from_slice(&1u16.to_le_bytes()); // mono
    v.extend_from_slice(&rate.to_le_bytes());
    v.extend_from_slice(&rate.wrapping_mul(2).to_le_bytes());
    v.extend_from_slice(&2u16.to_le_bytes());
    v.extend_from_slice(&16u16.to_le_bytes());
    v.extend_from_slice(b"data");
    v.extend_from_slice(&(data.len() as u32).to_le_bytes());
    v.extend_from_slice(data);
    v
}

#[test]
fn a_valid_header_with_no_samples() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("header_only.wav");
    std::fs::write(&p, wav_bytes(44_100, &[])).unwrap();
    let err = expect_bad(&p, "WAV header without samples");
    assert!(err.to_string().contains("holds no audio samples"), "{err}");
}

#[test]
fn absurd_header_fields_are_refused_not_allocated() {
    let dir = tempfile::tempdir().unwrap();
    // A sample rate of 4 GHz and of 1 Hz.
    for rate in [u32::MAX, 1] {
        let p = dir.path().join(format!("rate_{rate}.wav"));
        std::fs::write(&p, wav_bytes(rate, &[0u8; 4000])).unwrap();
        expect_bad(&p, &format!("{rate} Hz WAV"));
    }
    // RIFF and data sizes claiming 4 GB on a tiny file (as a recorder that never finished
    // its header leaves them): decodes what is there, reports truncation.
    let mut bytes = wav_bytes(16_000, &vec![0x40u8; 32_000]);
    bytes[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
    bytes[40..44].copy_from_slice(&u32::MAX.to_le_bytes());
    let p = dir.path().join("huge_claim.wav");
    std::fs::write(&p, bytes).unwrap();
    let (_, samples, report) = media::decode_all(&p).unwrap();
    assert_eq!(samples.len(), 16_000);
    assert!(report.truncated, "{report:?}");
}

#[test]
fn a_directory_is_not_a_recording() {
    let dir = tempfile::tempdir().unwrap();
    let err = media::open(dir.path())
        .err()
        .expect("a directory must not open");
    assert!(err.is_bad_input() && !err.is_retryable(), "{err:?}");
}

/// Copies the first `fraction` of a fixture into `dir`.
fn cut(dir: &Path, name: &str, fraction: f64) -> PathBuf {
    let bytes = std::fs::read(media_fixture(name)).unwrap();
    let p = dir.join(format!("cut_{name}"));
    std::fs::write(&p, &bytes[..(bytes.len() as f64 * fraction) as usize]).unwrap();
    p
}

#[test]
fn truncated_halfway_decodes_what_is_there() {
    let dir = tempfile::tempdir().unwrap();
    // (fixture, full duration ms)
    for (name, full) in [
        ("purifier_48k_stereo.wav", 2000.0),
        ("mixed_22k_mono.flac", 5000.0),
        ("jade_44k_stereo.mp3", 6000.0),
        ("finance_44k_stereo.ogg", 6000.0),
        ("tea_faststart.m4a", 6000.0),
        ("tea_48k.aac", 4000.0),
    ] {
        let p = cut(dir.path(), name, 0.5);
        let (info, samples, report) =
            media::decode_all(&p).unwrap_or_else(|e| panic!("{name}: {e}"));
        let got = ms(samples.len());
        println!("half of {name}: {got:.0} ms, {:?}", report.warnings());
        assert!(
            got > full * 0.3 && got < full * 0.7,
            "{name}: decoded {got} ms of {full}"
        );
        assert_eq!(report.decoded_ms() as f64, (got).floor(), "{name}");
        if info.duration_ms.is_some() || name.ends_with(".flac") || name.ends_with(".wav") {
            assert!(
                report.truncated,
                "{name}: truncation not reported: {report:?}"
            );
            assert!(
                report.warnings().iter().any(|w| w.contains("truncated")),
                "{name}"
            );
        }
    }
}

#[test]
fn truncated_mp4_without_its_index_is_a_clear_error() {
    // ffmpeg writes the MP4 index (moov) at the end; without it nothing can be decoded.
    let dir = tempfile::tempdir().unwrap();
    let p = cut(dir.path(), "tea_44k_stereo.m4a", 0.5);
    let err = expect_bad(&p, "MP4 cut before its moov");
    assert!(matches!(err, MediaError::Malformed { .. }), "{err:?}");
    assert!(err.to_string().contains("cut short"), "{err}");
}

#[test]
fn damaged_packets_in_the_middle_are_skipped_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    for (name, full) in [
        ("jade_44k_stereo.mp3", 6000.0),
        ("tea_48k.aac", 4000.0),
        ("finance_44k_stereo.ogg", 6000.0),
    ] {
        let mut bytes = std::fs::read(media_fixture(name)).unwrap();
        let mid = bytes.len() / 2;
        let junk = noise(600, 7);
        bytes[mid..mid + 600].copy_from_slice(&junk);
        let p = dir.path().join(format!("damaged_{name}"));
        std::fs::write(&p, &bytes).unwrap();
        let (_, samples, report) = media::decode_all(&p).unwrap_or_else(|e| panic!("{name}: {e}"));
        let got = ms(samples.len());
        println!("damaged {name}: {got:.0} ms, {report:?}");
        assert!(
            got > full * 0.8,
            "{name}: only {got} ms decoded after damage"
        );
        let tail = &samples[samples.len() - 8000..];
        assert!(
            tail.iter().map(|v| v * v).sum::<f32>() > 0.01,
            "{name}: decoding stopped at the damage"
        );
        match name {
            // ADTS frames carry no timestamps: the bad frame is counted and skipped.
            "tea_48k.aac" => {
                assert!(report.decode_errors >= 1, "{report:?}");
                assert!(
                    report
                        .warnings()
                        .iter()
                        .any(|w| w.contains("damaged packet")),
                    "{report:?}"
                );
            }
            // Ogg pages carry absolute positions: the lost page is a gap and the audio after it
            // stays at its true time, so the timeline still ends at 6 s.
            "finance_44k_stereo.ogg" => {
                assert!(report.gap_count >= 1, "{report:?}");
                assert!(
                    (report.decoded_ms() as f64 - full).abs() <= 50.0,
                    "{report:?}"
                );
                assert!(report.audio_ms() < report.decoded_ms());
            }
            // The MP3 reader resynchronises on the next frame header without telling; the
            // loss only shows as a slightly shorter decode.
            _ => assert!(got < full),
        }
    }
}

/// Truncations and byte flips all over real files: never a panic, always a clean result or a
/// clean error.
#[test]
fn mangled_files_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let names = [
        "tea_faststart.m4a",
        "tea_48k.aac",
        "jade_44k_stereo.mp3",
        "finance_44k_stereo.ogg",
        "mixed_22k_mono.flac",
        "aishell_16k.mka",
        "burst_22k.wav",
    ];
    let mut outcomes = (0, 0);
    for (n, name) in names.iter().enumerate() {
        let orig = std::fs::read(media_fixture(name)).unwrap();
        for k in 0..12u64 {
            let mut bytes = orig.clone();
            let r = noise(16, (n as u64) << 8 | k);
            let cut_at = if k % 3 == 0 {
                bytes.len() * (r[0] as usize + 1) / 257
            } else {
                bytes.len()
            };
            bytes.truncate(cut_at.max(1));
            for w in r.chunks(4).take(1 + (k % 4) as usize) {
                let at = (usize::from(w[0]) << 16 | usize::from(w[1]) << 8 | usize::from(w[2]))
                    % bytes.len();
                bytes[at] ^= w[3] | 1;
            }
            let p = dir.path().join(format!("m{k}_{name}"));
            std::fs::write(&p, &bytes).unwrap();
            match media::decode_all(&p) {
                Ok(_) => outcomes.0 += 1,
                Err(e) => {
                    assert!(e.to_string().contains(&format!("m{k}_{name}")), "{e}");
                    outcomes.1 += 1;
                }
            }
        }
    }
    println!(
        "mangled files: {} decoded, {} rejected",
        outcomes.0, outcomes.1
    );
}

/// Decode + resample speed on the 3.5-minute FLAC session. Run with
/// `cargo test --release --test media -- --ignored --nocapture`.
#[test]
#[ignore]
fn bench_decode_speed() {
    let Some(dir) = corpus_dir() else {
        println!("SKIPPED: ../shared/corpus/livestream is not present");
        return;
    };
    for name in [
        "pub08_long_mixed.flac",
        "pub03_tea.m4a",
        "pub04_jade.mp3",
        "pub05_finance.ogg",
        "pub06_purifier_clean.wav",
    ] {
        let path = dir.join(name);
        let t = std::time::Instant::now();
        let mut samples = 0usize;
        let mut stream = media::open(&path).unwrap();
        for chunk in stream.by_ref() {
            samples += chunk.unwrap().samples.len();
        }
        let secs = t.elapsed().as_secs_f64();
        let audio = samples as f64 / TARGET_SAMPLE_RATE as f64;
        println!(
            "{name}: {audio:.1} s of {} Hz {} audio decoded + resampled in {:.3} s = {:.0}x real time",
            stream.info().sample_rate,
            stream.info().codec,
            secs,
            audio / secs
        );
    }
}
