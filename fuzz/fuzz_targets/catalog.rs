#![no_main]
//! The catalog loader on any bytes: decode, clean, YAML tree, typed read.
use libfuzzer_sys::fuzz_target;

#[path = "../loaders.rs"]
mod loaders;

fuzz_target!(|data: &[u8]| {
    loaders::catalog(data);
});
