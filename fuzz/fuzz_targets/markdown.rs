#![no_main]
//! Markdown rendering on any text, both with and without `allow_html`:
//! the output, parsed as a browser would, must hold no script, event
//! handler, frame, base or dangerous URL (the hostile-input suite's oracle).
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/oracle/mod.rs"]
mod oracle;

use niemyet::content::Abbreviation;
use niemyet::render::markdown::{Settings, render};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let Ok(md) = std::str::from_utf8(rest) else {
        return;
    };
    let glossary = [
        Abbreviation { short: "CCHC".into(), full: "Cải cách \"hành\" <chính>".into() },
        Abbreviation { short: "UBND".into(), full: "Ủy ban nhân dân".into() },
    ];
    let settings = Settings::new(mode & 1 == 1, &glossary, if mode & 2 == 2 { "/cong" } else { "" });
    let html = render(md, &settings).html;
    let page = format!("<!doctype html><html><head><title>t</title></head><body>{html}</body></html>");
    let problems = oracle::check_html(&page, &[]);
    assert!(problems.is_empty(), "{problems:#?}\n--- input ---\n{md}\n--- html ---\n{html}");
});
