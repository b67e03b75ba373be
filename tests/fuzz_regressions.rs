//! The fuzz corpus (fuzz/corpus) and deterministic mutations of it run
//! through the loaders on every test run: no input may panic or hang.
//! `cargo fuzz run catalog` (see fuzz/) explores further; inputs it finds
//! go into fuzz/corpus so this test keeps them.

use std::path::Path;

#[path = "../fuzz/loaders.rs"]
mod fuzz;

fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "empty corpus in {}", dir.display());
    files
        .into_iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect()
}

/// xorshift: the same mutations on every run and every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: &[&[u8]] = &[
    b":",
    b"- ",
    b"[",
    b"]",
    b"{",
    b"}",
    b"&a ",
    b"*a",
    b"!!str ",
    b"\t",
    b"\n",
    b"---\n",
    b"...",
    b"\"",
    b"'",
    b"#",
    b"khong",
    b"huyen",
    b"\xEF\xBB\xBF",
    b"\xE2\x80\x8B",
    b"\xC2\xA0",
    b"\xFF",
    b"\x00",
    b"? ",
    b"|\n",
    b">-\n",
    b"%YAML 1.2\n",
    b"1.001193",
    b"12.5",
    b"-1",
    b"1e999",
    b"2025-02-30",
    b"\xcc\x81",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(4) {
            0 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                out.splice(at..at, t.iter().copied());
            }
            1 if !out.is_empty() => {
                let end = (at + rng.below(64)).min(out.len());
                out.drain(at.min(end)..end);
            }
            2 if at < out.len() => out[at] ^= 1 << rng.below(8),
            _ => out.truncate(at),
        }
    }
    out
}

#[test]
fn corpus_and_mutations_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for input in corpus("catalog") {
        fuzz::catalog(&input);
        for _ in 0..150 {
            fuzz::catalog(&mutate(&mut rng, &input));
        }
    }
    for input in corpus("article") {
        fuzz::article(&input);
        for _ in 0..100 {
            fuzz::article(&mutate(&mut rng, &input));
        }
    }
}

#[test]
fn hostile_shapes_are_handled() {
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let p = i - 1;
        bomb.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let deep = "thu_tuc: ".to_owned() + &"[".repeat(100_000);
    let wide = "thu_tuc:\n".to_owned() + &"  - ma: \"1.000001\"\n".repeat(20_000);
    let long_line = "quyet_dinh_cong_bo: \"".to_owned() + &"Đ".repeat(1_000_000) + "\"";
    for input in [
        bomb.as_str(),
        deep.as_str(),
        wide.as_str(),
        long_line.as_str(),
        "\u{0}",
        "---",
        "&a [*a]",
        "*a",
    ] {
        fuzz::catalog(input.as_bytes());
        fuzz::article(format!("---\n{input}\n---\n").as_bytes());
    }
}
