//! One national-portal record → one procedure of a catalog (DESIGN §2.4,
//! §2.9). Every element the record states is kept; an element it lacks
//! becomes a `# TODO` comment and no value, so `niemyet check` names it.

use serde_json::Value;

use super::record::{date_ms, flag, list, name, name_of, names, number, text, tidy};
use super::yaml::{Entry, Y};
use crate::text::number::format_decimal;

/// An agency as the record names it, with its national code when given.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct AgencyRef {
    pub name: String,
    pub code: Option<String>,
}

/// The announcing decision a record belongs to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Decision {
    pub so: String,
    pub ngay: Option<chrono::NaiveDate>,
    pub co_quan_ban_hanh: Option<String>,
}

/// A record read into catalog form.
pub struct Mapped {
    pub ma: String,
    pub decision: Option<Decision>,
    pub entries: Vec<Entry>,
    /// The legal elements the record lacks, by their Vietnamese names.
    pub missing: Vec<&'static str>,
    /// Executing agencies, for `co-quan.yaml`.
    pub agencies: Vec<AgencyRef>,
    /// The levels (`bo`, `tinh`, `xa`, `khac`) the record states.
    pub levels: Vec<&'static str>,
}

/// Why a record cannot be imported at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    NotOk(String),
    NoData,
    NoCode,
    BadCode(String),
}

impl Skip {
    pub fn reason(&self) -> String {
        use crate::msg::catalog::import as m;
        use crate::t;
        match self {
            Skip::NotOk(code) => t!(m::SKIP_NOT_OK, code = code),
            Skip::NoData => t!(m::SKIP_NO_DATA),
            Skip::NoCode => t!(m::SKIP_NO_CODE),
            Skip::BadCode(c) => t!(m::SKIP_BAD_CODE, code = c),
        }
    }
}

/// A national procedure code: D.DDDDDD, optionally followed by the long
/// form's parts (1.001193.000.00.00.H42).
fn is_code(s: &str) -> bool {
    let mut parts = s.split('.');
    let (Some(a), Some(b)) = (parts.next(), parts.next()) else {
        return false;
    };
    a.len() == 1
        && a.bytes().all(|c| c.is_ascii_digit())
        && b.len() == 6
        && b.bytes().all(|c| c.is_ascii_digit())
        && parts.all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_alphanumeric()))
}

/// Maps one record (the whole envelope).
pub fn map(envelope: &Value) -> Result<Mapped, Skip> {
    if let Some(code) = envelope.get("code").and_then(Value::as_str)
        && code != "OK"
        && envelope.get("data").is_none_or(Value::is_null)
    {
        return Err(Skip::NotOk(code.to_owned()));
    }
    let data = envelope
        .get("data")
        .filter(|d| d.is_object())
        .ok_or(Skip::NoData)?;
    let ma = text(data, "code")
        .or_else(|| text(data, "codeNotation"))
        .ok_or(Skip::NoCode)?;
    if !is_code(&ma) {
        return Err(Skip::BadCode(ma));
    }
    let mut p = Builder::default();
    p.key("ma", Y::text(&ma));
    match name_of(data, "name") {
        Some(n) => p.key("ten", Y::text(n)),
        None => p.todo("ten", "Tên thủ tục", "bản ghi không có tên thủ tục"),
    }
    let field = data
        .get("category")
        .and_then(|c| name_of(c, "name"))
        .or_else(|| names(data, "categoriesDetails").into_iter().next());
    match field {
        Some(f) => p.key("linh_vuc", Y::text(f)),
        None => p.todo("linh_vuc", "Lĩnh vực", "bản ghi không nêu lĩnh vực"),
    }
    let levels: Vec<&'static str> = [
        ("isMinistry", "bo"),
        ("isProvince", "tinh"),
        ("isWard", "xa"),
        ("isOtherAgency", "khac"),
    ]
    .into_iter()
    .filter(|(k, _)| flag(data, k))
    .map(|(_, v)| v)
    .collect();
    if levels.is_empty() {
        p.todo(
            "cap_thuc_hien",
            "Cấp thực hiện",
            "bản ghi không nêu cấp thực hiện; ghi [bo], [tinh], [xa] hoặc [khac]",
        );
    } else {
        p.key(
            "cap_thuc_hien",
            Y::List(levels.iter().map(|l| Y::plain(*l)).collect()),
        );
    }
    let status = text(data, "state");
    if status.as_deref().is_some_and(|s| s != "ACTIVE") {
        p.comment(format!(
            "cổng ghi trạng thái `{}`: kiểm tra và ghi trang_thai (sua_doi, thay_the, bai_bo) nếu thủ tục không còn hiệu lực",
            status.unwrap_or_default()
        ));
    }
    let subjects = names(data, "subjectTypesDetails");
    if subjects.is_empty() {
        p.todo(
            "doi_tuong",
            "Đối tượng thực hiện",
            "bản ghi không nêu đối tượng thực hiện",
        );
    } else {
        p.key("doi_tuong", Y::texts(&subjects));
    }
    let agencies = agencies(data, "departmentsExecuting");
    let executing = if !agencies.is_empty() {
        Some(join(agencies.iter().map(|a| a.name.as_str())))
    } else {
        text(data, "executingAgencies")
            .and_then(|s| name(&s))
            .or_else(|| {
                let groups = names(data, "unitGroupsExecuting");
                (!groups.is_empty()).then(|| join(groups.iter().map(String::as_str)))
            })
    };
    let agencies = if agencies.is_empty() {
        executing
            .iter()
            .flat_map(|s| crate::content::registry::split_agencies(s))
            .map(|n| AgencyRef {
                name: n.to_owned(),
                code: None,
            })
            .collect()
    } else {
        agencies
    };
    match &executing {
        Some(a) => p.key("co_quan_thuc_hien", Y::text(a)),
        None => p.todo(
            "co_quan_thuc_hien",
            "Cơ quan thực hiện",
            "bản ghi không nêu cơ quan thực hiện",
        ),
    }
    let authority = names(data, "departmentsAuthority");
    if !authority.is_empty() {
        p.key(
            "co_quan_co_tham_quyen",
            Y::text(join(authority.iter().map(String::as_str))),
        );
    }
    let mut coordinating = names(data, "departmentsCoordinating");
    if coordinating.is_empty()
        && let Some(t) = text(data, "coordinatingAgencies").and_then(|s| name(&s))
    {
        coordinating.push(t);
    }
    if !coordinating.is_empty() {
        p.key("co_quan_phoi_hop", Y::texts(&coordinating));
    }
    let steps = steps(data);
    if steps.is_empty() {
        p.todo(
            "trinh_tu",
            "Trình tự thực hiện",
            "bản ghi không có trình tự thực hiện",
        );
    } else {
        p.key("trinh_tu", Y::texts(&steps));
    }
    let methods = list(data, "executionMethods");
    let rows: Vec<Y> = methods.iter().filter_map(channel).collect();
    if rows.is_empty() {
        p.todo(
            "cach_thuc",
            "Cách thức thực hiện",
            "bản ghi không nêu cách thức nộp hồ sơ",
        );
    } else {
        p.key("cach_thuc", Y::List(rows));
    }
    match time(data, methods) {
        Some(t) => p.key("thoi_han", t),
        None => p.todo(
            "thoi_han",
            "Thời hạn giải quyết",
            "bản ghi không nêu thời hạn giải quyết",
        ),
    }
    let cases = dossier(data);
    if cases.is_empty() {
        p.todo(
            "thanh_phan_ho_so",
            "Thành phần hồ sơ",
            "bản ghi không có thành phần hồ sơ",
        );
    } else {
        p.key("thanh_phan_ho_so", Y::List(cases));
    }
    let results = names(data, "resultsDetails");
    if results.is_empty() {
        p.todo("ket_qua", "Kết quả thực hiện", "bản ghi không nêu kết quả");
    } else {
        p.key("ket_qua", Y::texts(&results));
    }
    let fees = fees(methods);
    if fees.is_empty() {
        p.todo(
            "phi_le_phi",
            "Phí, lệ phí",
            "bản ghi không nêu phí, lệ phí; ghi danh sách mức thu, hoặc `khong` nếu thủ tục không thu",
        );
    } else {
        p.key("phi_le_phi", Y::List(fees));
    }
    let forms = forms(data);
    if forms.is_empty() {
        p.todo(
            "mau_don",
            "Mẫu đơn, mẫu tờ khai",
            "bản ghi không đính kèm mẫu đơn, tờ khai; liệt kê các mẫu, hoặc ghi `khong` nếu thủ tục không có mẫu",
        );
    } else {
        p.key("mau_don", Y::List(forms));
    }
    match conditions(data) {
        Some(c) => p.key("yeu_cau_dieu_kien", c),
        None => p.todo(
            "yeu_cau_dieu_kien",
            "Yêu cầu, điều kiện",
            "bản ghi để trống yêu cầu, điều kiện; liệt kê chúng, hoặc ghi `khong` nếu không có",
        ),
    }
    let basis = legal_basis(data);
    if basis.is_empty() {
        p.todo(
            "can_cu_phap_ly",
            "Căn cứ pháp lý",
            "bản ghi không nêu căn cứ pháp lý",
        );
    } else {
        p.key("can_cu_phap_ly", Y::List(basis));
    }
    let online = if flag(data, "isFullProcess") {
        "toan_trinh"
    } else if methods
        .iter()
        .any(|m| text(m, "submissionMethod").as_deref() == Some("ONLINE"))
    {
        "mot_phan"
    } else {
        "khong"
    };
    p.key("dich_vu_cong_truc_tuyen", Y::plain(online));
    if online == "mot_phan" {
        p.comment(
            "ly_do_mot_phan: bản ghi không nêu lý do chỉ cung cấp dịch vụ công trực tuyến một phần",
        );
    }
    let places: Vec<String> = text(data, "dossierReceivingAddresses")
        .map(|s| {
            s.lines()
                .filter_map(name)
                .filter(|l| !crate::content::registry::is_id(l))
                .collect()
        })
        .unwrap_or_default();
    if !places.is_empty() {
        p.key("dia_diem_thuc_hien", Y::texts(&places));
    }
    let keywords: Vec<String> = text(data, "keywords")
        .map(|s| s.split([';', ',', '\n']).filter_map(name).collect())
        .unwrap_or_default();
    if !keywords.is_empty() {
        p.key("tu_khoa", Y::texts(&keywords));
    }
    if let Some(id) = text(data, "id")
        .filter(|id| id.len() <= 64 && id.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'))
    {
        p.key(
            "dich_vu_cong_url",
            Y::text(format!("https://dichvucong.gov.vn/thu-tuc-hanh-chinh/{id}")),
        );
    }
    Ok(Mapped {
        ma,
        decision: decision(data),
        entries: p.entries,
        missing: p.missing,
        agencies,
        levels,
    })
}

#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    missing: Vec<&'static str>,
}

impl Builder {
    fn key(&mut self, k: &'static str, v: Y) {
        self.entries.push(Entry::Key(k, v));
    }

    /// A required element the record lacks: a TODO naming the key, and
    /// no value, so `check` reports it at this procedure.
    fn todo(&mut self, key: &'static str, element: &'static str, why: &str) {
        self.missing.push(element);
        self.entries
            .push(Entry::Todo(format!("{key} ({element}): {why}")));
    }

    /// A note for the officer that is not a missing required element.
    fn comment(&mut self, msg: impl Into<String>) {
        self.entries.push(Entry::Todo(msg.into()));
    }
}

fn join<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names.collect::<Vec<_>>().join("; ")
}

fn agencies(data: &Value, key: &str) -> Vec<AgencyRef> {
    let mut out: Vec<AgencyRef> = Vec::new();
    for a in list(data, key) {
        let Some(name) = name_of(a, "name") else {
            continue;
        };
        let r = AgencyRef {
            name,
            code: text(a, "code").filter(|c| !c.contains(char::is_whitespace)),
        };
        if !out.contains(&r) {
            out.push(r);
        }
    }
    out
}

fn decision(data: &Value) -> Option<Decision> {
    let d = data.get("procedureProposal").filter(|d| d.is_object())?;
    let so = name_of(d, "proposalNumber").or_else(|| name_of(d, "decisionNumber"))?;
    Some(Decision {
        so,
        ngay: date_ms(d, "decisionDate"),
        co_quan_ban_hanh: d.get("issuingAgency").and_then(|a| name_of(a, "name")),
    })
}

/// True when `line` starts a numbered step ("Bước 2:", "Bước 2.").
fn starts_step(line: &str) -> bool {
    let folded = crate::text::fold(line.trim_start_matches(['-', '+', '*', ' ']));
    folded
        .strip_prefix("buoc")
        .map(str::trim_start)
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// `executionSteps` → the ordered steps: one per record step, split
/// again where one description holds several "Bước N" (a common way of
/// pasting the whole procedure into one box).
fn steps(data: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for s in list(data, "executionSteps") {
        let title = text(s, "name");
        let body = text(s, "description");
        let whole = match (title, body) {
            (Some(t), Some(b)) if b.starts_with(&t) => b,
            (Some(t), Some(b)) => format!("{t}\n{b}"),
            (Some(t), None) => t,
            (None, Some(b)) => b,
            (None, None) => continue,
        };
        let mut current: Vec<&str> = Vec::new();
        for line in whole.lines() {
            if starts_step(line) {
                if current.iter().any(|l| !l.is_empty()) {
                    out.extend(tidy(&current.join("\n")));
                    current.clear();
                }
                // A step is its own item: no list dash before "Bước N".
                current.push(line.trim_start_matches(['-', '+', '*', ' ']));
                continue;
            }
            current.push(line);
        }
        out.extend(tidy(&current.join("\n")));
    }
    out
}

fn channel_key(method: &str) -> Option<(&'static str, &'static str)> {
    match method {
        "DIRECT" => Some(("truc_tiep", "Nộp trực tiếp")),
        "ONLINE" => Some(("truc_tuyen", "Nộp trực tuyến")),
        "POSTAL" => Some(("buu_chinh", "Nộp qua dịch vụ bưu chính")),
        _ => None,
    }
}

fn unit_key(unit: &str) -> Option<&'static str> {
    match unit.to_ascii_uppercase().as_str() {
        "WORKING_DAY" | "WORKING_DAYS" => Some("ngay_lam_viec"),
        "DAY" | "DAYS" => Some("ngay"),
        "HOUR" | "HOURS" => Some("gio"),
        "MONTH" | "MONTHS" => Some("thang"),
        _ => None,
    }
}

/// Units the catalog has no keyword for, in words.
fn unit_words(unit: &str) -> Option<&'static str> {
    match unit.to_ascii_uppercase().as_str() {
        "WEEK" | "WEEKS" => Some("tuần"),
        "YEAR" | "YEARS" => Some("năm"),
        "MINUTE" | "MINUTES" => Some("phút"),
        _ => None,
    }
}

/// One channel's time: `{so, don_vi}` when the record gives a number and
/// a known unit, else the record's words ("Theo mô tả" points to the
/// channel's description).
fn method_time(m: &Value) -> Option<Y> {
    let unit = text(m, "processingTimeUnit").unwrap_or_default();
    if let (Some(so), Some(don_vi)) = (number(m, "processingTime"), unit_key(&unit))
        && so > 0.0
    {
        return Some(Y::Map(vec![
            Entry::Key("so", Y::number(so)),
            Entry::Key("don_vi", Y::plain(don_vi)),
        ]));
    }
    // A number in a unit without a keyword is kept in words ("2 tuần");
    // with `OTHER`, the channel's description says what it means.
    if let Some(so) = number(m, "processingTime").filter(|x| *x > 0.0) {
        if let Some(w) = unit_words(&unit) {
            return Some(Y::Text(format!("{} {w}", format_decimal(so, 2))));
        }
        return text(m, "description").map(Y::Text);
    }
    let words = text(m, "processingTime")?;
    if crate::text::fold(&words).starts_with("theo mo ta") {
        return text(m, "description").map(Y::Text);
    }
    Some(Y::Text(words))
}

fn channel(m: &Value) -> Option<Y> {
    let (key, _) = channel_key(&text(m, "submissionMethod")?)?;
    let mut row = vec![Entry::Key("hinh_thuc", Y::plain(key))];
    if let Some(t) = method_time(m) {
        row.push(Entry::Key("thoi_han", t));
    }
    let fees: Vec<String> = list(m, "fees").iter().filter_map(fee_words).collect();
    if !fees.is_empty() {
        row.push(Entry::Key("phi_le_phi", Y::Text(fees.join("\n"))));
    }
    if let Some(d) = text(m, "description") {
        row.push(Entry::Key("mo_ta", Y::Text(d)));
    }
    Some(Y::Map(row))
}

/// `thoi_han`: per sub-case from `cases`, else from the channels — one
/// value when they agree, one per channel when they differ.
fn time(data: &Value, methods: &[Value]) -> Option<Y> {
    let proc_name = name_of(data, "name");
    let mut cases: Vec<Y> = Vec::new();
    for c in list(data, "cases") {
        let Some(day) = c.get("processingDay") else {
            continue;
        };
        let (Some(so), Some(unit)) = (
            number(day, "qty").filter(|x| *x > 0.0),
            text(day, "type").as_deref().and_then(unit_key),
        ) else {
            continue;
        };
        let mut e = vec![
            Entry::Key("so", Y::number(so)),
            Entry::Key("don_vi", Y::plain(unit)),
        ];
        if let Some(n) = name_of(c, "name") {
            e.push(Entry::Key("truong_hop", Y::Text(n)));
        }
        let y = Y::Map(e);
        if !cases.contains(&y) {
            cases.push(y);
        }
    }
    if cases.len() == 1
        && let Y::Map(e) = &mut cases[0]
        && e.len() == 3
        && let Entry::Key(_, Y::Text(n)) = &e[2]
        && Some(n) == proc_name.as_ref()
    {
        // One case named like the procedure says nothing more.
        e.pop();
    }
    match cases.len() {
        0 => {}
        1 => return cases.pop(),
        _ => return Some(Y::List(cases)),
    }
    let mut per_channel: Vec<(&'static str, Y)> = Vec::new();
    for m in methods {
        let Some((_, label)) = text(m, "submissionMethod").as_deref().and_then(channel_key) else {
            continue;
        };
        if let Some(t) = method_time(m) {
            per_channel.push((label, t));
        }
    }
    let first = per_channel.first()?.1.clone();
    if per_channel.iter().all(|(_, t)| *t == first) {
        return Some(first);
    }
    let items = per_channel
        .into_iter()
        .map(|(label, t)| match t {
            Y::Map(mut e) => {
                e.push(Entry::Key("truong_hop", Y::text(label)));
                Y::Map(e)
            }
            Y::Text(s) => Y::Text(format!("{label}: {s}")),
            other => other,
        })
        .collect();
    Some(Y::List(items))
}

fn fee_kind(t: &str) -> Option<(&'static str, &'static str)> {
    match t {
        "FEE" => Some(("phi", "Phí")),
        "SERVICE_FEE" => Some(("le_phi", "Lệ phí")),
        "PRICE_LEVEL" => Some(("gia", "Giá dịch vụ")),
        _ => None,
    }
}

/// A fee's amount. The portal writes 0 beside a description such as
/// "Theo quy định của Hội đồng nhân dân cấp tỉnh": that 0 is its blank,
/// not "free" (a free fee says so in words, or stands alone as 0).
fn fee_amount(f: &Value, described: bool) -> Option<f64> {
    number(f, "value").filter(|&v| v > 0.0 || !described)
}

/// A fee as one line of a channel's `phi_le_phi` text.
fn fee_words(f: &Value) -> Option<String> {
    let (_, label) = fee_kind(&text(f, "type").unwrap_or_default()).unwrap_or(("", "Phí, lệ phí"));
    let desc = text(f, "description").map(|d| d.replace('\n', " "));
    let amount = fee_amount(f, desc.is_some()).map(|v| format!("{} đồng", format_decimal(v, 2)));
    match (amount, desc) {
        (Some(a), Some(d)) => Some(format!("{label}: {a} ({d})")),
        (Some(a), None) => Some(format!("{label}: {a}")),
        (None, Some(d)) => Some(format!("{label}: {d}")),
        (None, None) => None,
    }
}

/// Every distinct fee of every channel.
fn fees(methods: &[Value]) -> Vec<Y> {
    let mut out: Vec<Y> = Vec::new();
    for f in methods.iter().flat_map(|m| list(m, "fees")) {
        let kind = fee_kind(&text(f, "type").unwrap_or_default()).map(|(k, _)| k);
        let desc = text(f, "description");
        let muc = fee_amount(f, desc.is_some());
        if muc.is_none() && desc.is_none() {
            continue;
        }
        let mut e = Vec::new();
        match kind {
            Some(k) => e.push(Entry::Key("loai", Y::plain(k))),
            None => e.push(Entry::Todo(format!(
                "loai: cổng ghi loại `{}`; ghi le_phi, phi hoặc gia",
                text(f, "type").unwrap_or_default()
            ))),
        }
        if let Some(m) = muc {
            e.push(Entry::Key("muc", Y::number(m)));
        }
        if let Some(d) = desc {
            e.push(Entry::Key("mo_ta", Y::Text(d)));
        }
        let y = Y::Map(e);
        if !out.contains(&y) {
            out.push(y);
        }
    }
    out
}

/// `executionCases` → dossier cases with their documents.
fn dossier(data: &Value) -> Vec<Y> {
    let mut out = Vec::new();
    for c in list(data, "executionCases") {
        let docs: Vec<Y> = list(c, "profileComponents")
            .iter()
            .filter_map(|d| {
                let ten = text(d, "name").map(|n| n.replace('\n', " "))?;
                let mut e = vec![Entry::Key("ten", Y::Text(ten))];
                let original = number(d, "originalQty");
                let copy = number(d, "copyQty");
                // 0 and 0 is the portal's blank, not "no copy needed".
                if original.unwrap_or(0.0) > 0.0 || copy.unwrap_or(0.0) > 0.0 {
                    if let Some(n) = original {
                        e.push(Entry::Key("ban_chinh", Y::number(n.trunc())));
                    }
                    if let Some(n) = copy {
                        e.push(Entry::Key("ban_sao", Y::number(n.trunc())));
                    }
                }
                Some(Y::Map(e))
            })
            .collect();
        if docs.is_empty() {
            continue;
        }
        let mut e = Vec::new();
        if let Some(n) = name_of(c, "name") {
            e.push(Entry::Key("truong_hop", Y::Text(n)));
        }
        e.push(Entry::Key("giay_to", Y::List(docs)));
        out.push(Y::Map(e));
    }
    out
}

/// Documents with attached forms → `mau_don` (names only: the files stay
/// on the portal until the officer downloads them into `content/tep/`).
fn forms(data: &Value) -> Vec<Y> {
    let mut seen: Vec<String> = Vec::new();
    for d in list(data, "executionCases")
        .iter()
        .flat_map(|c| list(c, "profileComponents"))
    {
        let files: Vec<String> = list(d, "attachments")
            .iter()
            .filter_map(|a| name_of(a, "fileName"))
            .collect();
        if files.is_empty() {
            continue;
        }
        let Some(ten) = name_of(d, "name") else {
            continue;
        };
        if !seen.contains(&ten) {
            seen.push(ten);
        }
    }
    seen.into_iter()
        .map(|ten| Y::Map(vec![Entry::Key("ten", Y::Text(ten))]))
        .collect()
}

/// `requirementsAndConditions`: the portal's words for "none" become
/// `khong`; empty is absent.
fn conditions(data: &Value) -> Option<Y> {
    // Only this field: `description` is a general text on other records,
    // and posting it as conditions would state what the record does not.
    let t = text(data, "requirementsAndConditions")?;
    let folded: String = crate::text::fold(&t)
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .collect();
    if matches!(
        folded.trim(),
        "khong" | "khong quy dinh" | "khong co" | "khong co yeu cau" | "khong co yeu cau dieu kien"
    ) {
        return Some(Y::plain("khong"));
    }
    Some(Y::List(vec![Y::Text(t)]))
}

/// A document number found in a legal basis' name ("Luật Đất đai số
/// 31/2024/QH15 …" → "31/2024/QH15"), for records whose code is empty.
fn number_in(name: &str) -> Option<String> {
    name.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | ':'))
        .find(|w| {
            let parts: Vec<&str> = w.split('/').collect();
            parts.len() >= 2
                && parts[0].chars().all(|c| c.is_ascii_digit())
                && !parts[0].is_empty()
                && parts[1..].iter().all(|p| !p.is_empty())
                && parts
                    .last()
                    .is_some_and(|p| p.chars().any(char::is_alphabetic))
        })
        .map(|w| w.trim_end_matches('.').to_owned())
}

fn legal_basis(data: &Value) -> Vec<Y> {
    let mut out: Vec<Y> = Vec::new();
    for b in list(data, "legalBasisesDetails") {
        let title = text(b, "name").map(|n| n.replace('\n', " "));
        // The code is sometimes written as a title ("Nghị định số
        // 50/2026/NĐ-CP"): keep only the number then.
        let so = name_of(b, "code")
            .filter(|c| c.chars().any(|c| c.is_ascii_digit()))
            .map(|c| match c.contains(' ') {
                true => number_in(&c).unwrap_or(c),
                false => c,
            })
            .or_else(|| title.as_deref().and_then(number_in));
        if so.is_none() && title.is_none() {
            continue;
        }
        let mut e = Vec::new();
        match so {
            Some(s) => e.push(Entry::Key("so_ky_hieu", Y::Text(s))),
            None => e.push(Entry::Todo(
                "so_ky_hieu (Số, ký hiệu văn bản): bản ghi không nêu số hiệu văn bản".into(),
            )),
        }
        match title {
            Some(t) => e.push(Entry::Key("trich_yeu", Y::Text(t))),
            None => e.push(Entry::Todo(
                "trich_yeu (Trích yếu): bản ghi không nêu tên văn bản".into(),
            )),
        }
        let y = Y::Map(e);
        if !out.contains(&y) {
            out.push(y);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert!(is_code("1.001193"));
        assert!(is_code("1.001193.000.00.00.H42"));
        assert!(!is_code("1.0011"));
        assert!(!is_code("TTHC-1"));
        assert!(!is_code("1.001193."));
    }

    #[test]
    fn steps_split_at_each_numbered_step() {
        let data = serde_json::json!({"executionSteps": [
            {"name": "", "description": "- Bước 1: Nộp hồ sơ\nchi tiết\n Bước 2: Kiểm tra\n- a\n+ b"},
            {"name": "Bước 3:", "description": "Trả kết quả"}
        ]});
        assert_eq!(
            steps(&data),
            vec![
                "Bước 1: Nộp hồ sơ\nchi tiết",
                "Bước 2: Kiểm tra\n- a\n+ b",
                "Bước 3:\nTrả kết quả"
            ]
        );
    }

    #[test]
    fn none_words_become_khong() {
        for none in ["Không", "Không quy định.", "không có", ""] {
            let data = serde_json::json!({"requirementsAndConditions": none});
            let want = (!none.is_empty()).then(|| Y::plain("khong"));
            assert_eq!(conditions(&data), want, "{none}");
        }
    }

    #[test]
    fn numbers_found_in_names() {
        assert_eq!(
            number_in("Luật Đất đai số 31/2024/QH15 ngày 18/01/2024").as_deref(),
            Some("31/2024/QH15")
        );
        assert_eq!(number_in("Luật Đất đai"), None);
    }
}

#[cfg(test)]
mod fee_tests {
    use super::*;

    #[test]
    fn a_zero_beside_words_is_the_portals_blank() {
        let f = serde_json::json!({"type": "FEE", "value": 0, "description": "Theo quy định của HĐND tỉnh"});
        assert_eq!(fee_amount(&f, true), None);
        assert_eq!(
            fee_words(&f).as_deref(),
            Some("Phí: Theo quy định của HĐND tỉnh")
        );
        let free = serde_json::json!({"type": "SERVICE_FEE", "value": 0});
        assert_eq!(fee_amount(&free, false), Some(0.0));
        assert_eq!(fee_words(&free).as_deref(), Some("Lệ phí: 0 đồng"));
        let both =
            serde_json::json!({"type": "FEE", "value": "25.000", "description": "mỗi hồ sơ"});
        assert_eq!(
            fee_words(&both).as_deref(),
            Some("Phí: 25.000 đồng (mỗi hồ sơ)")
        );
    }

    #[test]
    fn times_in_units_without_a_keyword_stay_in_words() {
        let week = serde_json::json!({"processingTime": 2, "processingTimeUnit": "WEEK"});
        assert_eq!(method_time(&week), Some(Y::text("2 tuần")));
        let lower = serde_json::json!({"processingTime": 3, "processingTimeUnit": "working_day"});
        assert_eq!(
            method_time(&lower),
            Some(Y::Map(vec![
                Entry::Key("so", Y::number(3.0)),
                Entry::Key("don_vi", Y::plain("ngay_lam_viec"))
            ]))
        );
        let other = serde_json::json!({"processingTime": 5, "processingTimeUnit": "OTHER", "description": "05 ngày làm việc kể từ ngày nhận đủ hồ sơ"});
        assert_eq!(
            method_time(&other),
            Some(Y::text("05 ngày làm việc kể từ ngày nhận đủ hồ sơ"))
        );
    }
}
