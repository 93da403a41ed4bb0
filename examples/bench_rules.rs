//! Throughput of the whole default pack over transcript text.
//!
//! usage: cargo run --profile dist --example bench_rules [-- MEGABYTES [CLAIM_EVERY]]
//!
//! Builds a transcript of ~1 MB (segments of one sentence each: neutral sales talk with one of
//! the sentences of `bench_rules.sentences.txt`, claim or near miss, every CLAIM_EVERY
//! sentences, default 4, 0 for none; `corpus` for the spoken scripts of the public corpus
//! sessions, one after another), checks it repeatedly until MEGABYTES (default 200) of text
//! went through `RuleEngine::check`, and prints MB/s. Target (#18): ≥ 30 MB/s wall on 2 cores
//! at CLAIM_EVERY 20.
//!
//! With BENCH_DUMP=FILE it writes the findings of one check as JSON there first (to compare
//! engine changes finding for finding).
//!
//! With BENCH_PHASES=1 it first prints where one single-threaded check spends its time, step
//! by step (BENCH_ROUNDS checks, default 10; BENCH_PHASES_ONLY=1 stops there).

use std::time::Instant;

use liveaudit::rules::{RuleEngine, RulePack};
use liveaudit::transcript::Segment;

mod common;

const FILLER: &[&str] = &[
    "家人们晚上好，欢迎来到直播间，新来的宝宝点个关注。",
    "这款保温杯是三百一十六不锈钢的，容量五百毫升。",
    "喜欢的宝宝可以扣一，我看一下人数。",
    "这个颜色比较百搭，上班通勤都可以穿。",
    "我们支持七天无理由退货，大家放心拍。",
    "三号链接，库存不多，大家直接拍就可以。",
    "今天的直播就到这里，感谢大家的陪伴。",
    "The host says hello to viewers in English sometimes.",
];

/// Claims and near misses: the default pack's rule examples (hits and misses, in pack order)
/// as they stood on 2026-12-07, frozen so that the workload stays the same when examples are
/// added (reading them from the pack made the text, and the figure, move with every example).
const SENTENCES: &str = include_str!("bench_rules.sentences.txt");

fn main() {
    let target_mb: f64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(200.0);
    // One example sentence (claim or near miss) every N sentences; 0 = none; "corpus" = the
    // spoken scripts of the public corpus sessions instead.
    let mode = std::env::args().nth(2).unwrap_or_else(|| "4".into());
    let corpus = mode == "corpus";
    // Every sentence an example, with a third of its Han characters swapped for homophones
    // (what the pinyin and folded passes are for).
    let homophones = mode == "homophones";
    let claim_every: usize = if corpus {
        0
    } else if homophones {
        1
    } else {
        mode.parse().expect("CLAIM_EVERY: a number or `corpus`")
    };
    let pack = RulePack::builtin().expect("pack");
    let engine = RuleEngine::new(&pack).expect("engine");
    let mut sentences: Vec<&str> = FILLER.to_vec();
    sentences.extend(SENTENCES.lines());
    // Mostly neutral talk with a claim every few sentences.
    let mut segs = Vec::new();
    let mut bytes = 0usize;
    let mut t = 0u64;
    let mut i = 0usize;
    let scripts = if corpus { corpus_scripts() } else { Vec::new() };
    if corpus && scripts.is_empty() {
        eprintln!("bench_rules: no corpus transcripts under {CORPUS} (run from the project folder, with ../shared beside it)");
        std::process::exit(2);
    }
    while corpus && bytes < 1_000_000 {
        // Each session's script in turn, at its own pace, sessions one after another.
        for script in &scripts {
            let base = t;
            for sg in script {
                segs.push(Segment::new(base + sg.start_ms, base + sg.end_ms, &sg.text));
                t = base + sg.end_ms + 300;
                bytes += sg.text.len();
            }
        }
    }
    while !corpus && bytes < 1_000_000 {
        let s = if claim_every > 0 && i.is_multiple_of(claim_every) {
            sentences[(i / claim_every.max(1) * 7) % sentences.len()]
        } else {
            FILLER[i % FILLER.len()]
        };
        let dur = 250 * s.chars().count() as u64;
        if homophones {
            segs.push(Segment::new(t, t + dur, misheard(s, i)));
        } else {
            segs.push(Segment::new(t, t + dur, s));
        }
        t += dur + 300;
        bytes += s.len();
        i += 1;
    }
    if let Some(path) = std::env::var_os("BENCH_DUMP") {
        let found = engine.check(&segs);
        let json = serde_json::to_string_pretty(&found).expect("findings serialise");
        std::fs::write(&path, json).expect("BENCH_DUMP: writable file");
    }
    if std::env::var_os("BENCH_PHASES").is_some() {
        if std::env::var_os("BENCH_STEPS_ONLY").is_none() {
            phases(&segs);
        }
        let rounds: usize = std::env::var("BENCH_ROUNDS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(10);
        let mut total: Vec<(&str, f64)> = Vec::new();
        for _ in 0..rounds {
            for (name, s) in engine.step_seconds(&segs) {
                match total.iter_mut().find(|t| t.0 == name) {
                    Some(t) => t.1 += s,
                    None => total.push((name, s)),
                }
            }
        }
        let all: f64 = total.iter().map(|t| t.1).sum();
        println!(
            "one thread, {:.1} MB/s; per step:",
            rounds as f64 * bytes as f64 / 1e6 / all
        );
        for (name, s) in total {
            println!(
                "  {name:<18} {:5.1} ms/MB  {:4.1} %",
                s / rounds as f64 / (bytes as f64 / 1e6) * 1e3,
                100.0 * s / all
            );
        }
        if std::env::var_os("BENCH_PHASES_ONLY").is_some() {
            return;
        }
    }
    let cpu0 = cpu_seconds();
    let t0 = Instant::now();
    let mut done = 0usize;
    let mut findings = 0usize;
    while (done as f64) < target_mb * 1e6 {
        findings += engine.check(&segs).len();
        done += bytes;
    }
    let secs = t0.elapsed().as_secs_f64();
    let cpu = cpu_seconds().map(|c| c - cpu0.unwrap_or(0.0));
    let mb = done as f64 / 1e6;
    println!(
        "{mb:.1} MB of transcript text ({} segments per pass, {} findings per pass) in {secs:.2} s: {:.1} MB/s wall{}",
        segs.len(),
        findings / (done / bytes),
        mb / secs,
        cpu.map(|c| format!(", {:.1} MB/s per CPU-second ({c:.2} s CPU)", mb / c)).unwrap_or_default()
    );
}

/// `s` with about one Han character in three replaced by another of the same fuzzy syllable
/// (deterministic in `seed`), as an ASR that heard the sounds but picked other characters.
fn misheard(s: &str, seed: usize) -> String {
    use liveaudit::text::pinyin::key;
    use std::sync::OnceLock;
    static BY_KEY: OnceLock<std::collections::HashMap<u16, Vec<char>>> = OnceLock::new();
    let by_key = BY_KEY.get_or_init(|| {
        let mut m: std::collections::HashMap<u16, Vec<char>> = Default::default();
        for c in ('\u{4E00}'..='\u{9FFF}').filter(|&c| key(c) != 0) {
            m.entry(key(c)).or_default().push(c);
        }
        m
    });
    let mut x = (seed as u64).wrapping_mul(6364136223846793005);
    s.chars()
        .map(|c| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let pick = x >> 33;
            match by_key.get(&key(c)) {
                Some(alts) if key(c) != 0 && pick.is_multiple_of(3) => {
                    alts[(pick / 3) as usize % alts.len()]
                }
                _ => c,
            }
        })
        .collect()
}

/// Where the public corpus sits, seen from the project folder.
const CORPUS: &str = "../shared/corpus/livestream";

/// Every corpus session's truth transcript: the words the hosts said, as real selling talk.
fn corpus_scripts() -> Vec<Vec<Segment>> {
    let mut files: Vec<_> = std::fs::read_dir(CORPUS)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p: &std::path::PathBuf| p.to_string_lossy().ends_with(".truth.json"));
    files.sort();
    files
        .iter()
        .filter_map(|p| {
            let doc = serde_json::from_str(&std::fs::read_to_string(p).ok()?).ok()?;
            common::truth_segments(&doc)
        })
        .collect()
}

/// User + system CPU time of this process (Linux /proc), so a busy machine does not skew the
/// figure the way wall time does.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = stat.rsplit_once(") ")?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

#[allow(dead_code)]
fn phases(segs: &[Segment]) {
    let text: String = segs.iter().map(|s| s.text.as_str()).collect();
    let t0 = Instant::now();
    for _ in 0..100 {
        std::hint::black_box(liveaudit::text::normalize(&text));
    }
    let n = 100.0 * text.len() as f64 / 1e6;
    println!("normalize: {:.1} MB/s", n / t0.elapsed().as_secs_f64());
    let norm = liveaudit::text::normalize(&text);
    let t0 = Instant::now();
    for _ in 0..20 {
        std::hint::black_box(liveaudit::text::pinyin::fold(&norm.text));
    }
    let n = 20.0 * text.len() as f64 / 1e6;
    println!("homophone fold: {:.1} MB/s", n / t0.elapsed().as_secs_f64());
}
