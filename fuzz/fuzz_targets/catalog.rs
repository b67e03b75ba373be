#![no_main]
//! The catalog loader on any bytes: decode, clean, YAML tree, typed read.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    niemyet::content::fuzz::catalog(data);
});
