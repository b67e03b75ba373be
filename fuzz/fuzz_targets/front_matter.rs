#![no_main]
//! The front-matter splitter on any text: no panic, no hang.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = niemyet::text::clean::decode(data.to_vec()) {
        let _ = niemyet::content::article::split(&text);
    }
});
