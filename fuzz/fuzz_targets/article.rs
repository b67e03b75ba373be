#![no_main]
//! The article loader on any bytes: decode, clean, split, parse, read.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    niemyet::content::fuzz::article(data);
});
