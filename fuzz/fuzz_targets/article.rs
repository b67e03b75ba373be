#![no_main]
//! The article loader on any bytes: decode, clean, split, parse, read.
use libfuzzer_sys::fuzz_target;

#[path = "../loaders.rs"]
mod loaders;

fuzz_target!(|data: &[u8]| {
    loaders::article(data);
});
