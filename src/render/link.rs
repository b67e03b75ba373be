//! The smallest view values, shared by every page family: a named link and
//! a named link with a count.

use serde::Serialize;

use crate::text::number;

#[derive(Serialize, Clone)]
pub struct Link {
    pub name: String,
    pub url: String,
}

#[derive(Serialize, Clone)]
pub struct Counted {
    pub name: String,
    pub url: String,
    pub count: usize,
    pub count_text: String,
}

impl Counted {
    pub fn new(name: impl Into<String>, url: String, count: usize) -> Counted {
        Counted {
            name: name.into(),
            url,
            count,
            count_text: number::format_int(count as i64),
        }
    }
}
