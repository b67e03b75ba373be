//! Administrative reforms as data with a date, not constants scattered in
//! rules (DESIGN §1): what the catalog reader accepts follows this table.

/// A value of `cap_thuc_hien` that a reform abolished.
pub struct AbolishedLevel {
    pub key: &'static str,
    pub name: &'static str,
    /// Day the level stopped existing, as written in Vietnamese.
    pub since: &'static str,
    pub basis: &'static str,
    /// The levels to write instead, for the help line.
    pub instead: crate::msg::Msg,
}

/// Levels that no longer exist. Since 01/7/2025 the two-level local
/// government has provinces and communes only.
pub const ABOLISHED_LEVELS: &[AbolishedLevel] = &[AbolishedLevel {
    key: "huyen",
    name: "cấp huyện",
    since: "01/7/2025",
    basis: "Luật Tổ chức chính quyền địa phương 2025 (chính quyền địa phương hai cấp)",
    instead: crate::msg::catalog::content::HUYEN_INSTEAD,
}];

pub fn abolished_level(key: &str) -> Option<&'static AbolishedLevel> {
    ABOLISHED_LEVELS.iter().find(|l| l.key == key)
}

/// Reports `node` (the value `r.key` of the level key `field`) as a
/// level the reform abolished, with `help` naming what to write instead.
pub fn report(
    sink: &mut super::fields::Sink,
    node: &super::yaml::Node,
    field: &str,
    r: &AbolishedLevel,
    help: crate::msg::Msg,
) {
    use crate::msg::catalog::content as m;
    sink.error(
        node,
        crate::t!(
            m::LEVEL_ABOLISHED,
            field = field,
            key = r.key,
            name = r.name,
            since = r.since,
            basis = r.basis
        ),
        crate::t!(help, instead = r.instead.text()),
    );
}
