//! The message catalog, one file per place the messages come from.

pub mod cli;
pub mod config;
pub mod content;
pub mod deploy;
pub mod import;
pub mod output;
pub mod procedures;
pub mod registry;
pub mod validate;

use super::Msg;

/// Every message of the catalog, for the tests.
pub fn all() -> impl Iterator<Item = (&'static str, Msg)> {
    [
        cli::ALL,
        config::ALL,
        content::ALL,
        deploy::ALL,
        import::ALL,
        output::ALL,
        procedures::ALL,
        registry::ALL,
        validate::ALL,
    ]
    .into_iter()
    .flatten()
    .copied()
}
