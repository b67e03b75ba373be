//! Building a good fixture site: every page exists, text is clean, output
//! is deterministic.

mod common;

use common::*;

#[test]
fn every_published_article_and_procedure_gets_a_page() {
    let dir = site("basic");
    let run = build(dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    for slug in ["hoi-nghi-cchc", "bom-crlf", "nfd", "trung-tieu-de"] {
        read(dir.path(), &format!("tin-tuc/{slug}/index.html"));
    }
    assert!(
        !dir.path().join("public/tin-tuc/nhap").exists(),
        "drafts must not be published"
    );
    for ma in ["1.001193", "2.000001", "2.000002", "1.000999", "1.000998"] {
        read(dir.path(), &format!("thu-tuc/{ma}/index.html"));
    }
    for page in [
        "index.html",
        "tin-tuc/trang/2/index.html",
        "chuyen-muc/cai-cach-hanh-chinh/index.html",
        "the/mot-cua/index.html",
        "luu-tru/2025/10/index.html",
        "luu-tru/2025/10/05/index.html",
        "trang/gioi-thieu/index.html",
        "thu-tuc/index.html",
        "thu-tuc/linh-vuc/ho-tich/index.html",
        "thu-tuc/co-quan/ubnd-cap-xa/index.html",
        "thu-tuc/cap/xa/index.html",
        "quyet-dinh/100-qd-ubnd/index.html",
        "tu-viet-tat/index.html",
        "ban-do-trang/index.html",
        "sitemap.xml",
        "atom.xml",
        "robots.txt",
        "404.html",
        "tep/mau/to-khai.docx",
    ] {
        read(dir.path(), page);
    }
}

#[test]
fn drafts_are_published_with_the_flag() {
    let dir = site("basic");
    let out = dir.path().join("public");
    let run = niemyet(&[
        "build",
        "--root",
        dir.path().to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
        "--drafts",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    read(dir.path(), "tin-tuc/nhap/index.html");
}

#[test]
fn titles_are_escaped_and_nfc() {
    let dir = site("basic");
    assert_eq!(build(dir.path()).code, 0);
    let html = read(dir.path(), "tin-tuc/hoi-nghi-cchc/index.html");
    assert!(
        html.contains("<h1>Hội nghị CCHC &lt;b&gt;quý III&lt;&#x2F;b&gt; &amp; kế hoạch</h1>")
            || html.contains("<h1>Hội nghị CCHC &lt;b&gt;quý III&lt;/b&gt; &amp; kế hoạch</h1>"),
        "title not escaped"
    );
    assert!(!html.contains("<b>quý III</b>"));
    let nfd = read(dir.path(), "tin-tuc/nfd/index.html");
    assert!(
        nfd.contains("<h1>Đường lại họp</h1>"),
        "NFD title not normalised"
    );
    let bom = read(dir.path(), "tin-tuc/bom-crlf/index.html");
    assert!(bom.contains("<h1>Tin có BOM và CRLF</h1>"));
    assert!(!bom.contains('\r'));
}

#[test]
fn vietnamese_details_dates_numbers_glossary_metadata() {
    let dir = site("basic");
    assert_eq!(build(dir.path()).code, 0);
    let html = read(dir.path(), "tin-tuc/hoi-nghi-cchc/index.html");
    assert!(
        html.contains("Chủ Nhật, 05/10/2025 22:34 (GMT+7)"),
        "date format"
    );
    assert_eq!(
        html.matches("<abbr title=\"Cải cách hành chính\">CCHC</abbr>")
            .count(),
        1,
        "glossary on first use only"
    );
    assert!(html.contains("<abbr title=\"Thủ tục hành chính\">TTHC</abbr>"));
    assert!(html.contains("<meta name=\"DC.title\""));
    assert!(html.contains("\"@type\":\"NewsArticle\""));
    assert!(html.contains("<h2 id=\"ket-qua\">"));
    let proc = read(dir.path(), "thu-tuc/2.000001/index.html");
    assert!(proc.contains("\"@type\":\"GovernmentService\""));
    assert!(
        proc.contains("Lệ phí: 50.000 đồng"),
        "fee formatted the Vietnamese way"
    );
    let replaced = read(dir.path(), "thu-tuc/1.000999/index.html");
    assert!(replaced.contains("12,5 giờ"), "fractional duration");
    let home = read(dir.path(), "index.html");
    assert!(
        home.contains("<strong>3</strong> thủ tục hành chính"),
        "home counts current procedures only"
    );
}

#[test]
fn replaced_and_abolished_procedures_keep_a_page_with_status() {
    let dir = site("basic");
    assert_eq!(build(dir.path()).code, 0);
    let replaced = read(dir.path(), "thu-tuc/1.000999/index.html");
    assert!(
        replaced.contains("Hết hiệu lực — được thay thế bởi thủ tục 1.001193"),
        "{replaced}"
    );
    assert!(
        replaced.contains("href=\"/thu-tuc/1.001193/\""),
        "link to the replacement"
    );
    let abolished = read(dir.path(), "thu-tuc/1.000998/index.html");
    assert!(abolished.contains("Hết hiệu lực — bãi bỏ theo Quyết định số 200/QĐ-UBND"));
    // Paired both ways: the replacement names what it replaces.
    let replacement = read(dir.path(), "thu-tuc/1.001193/index.html");
    assert!(replacement.contains("Thay thế thủ tục"), "{replacement}");
    let list = read(dir.path(), "thu-tuc/index.html");
    assert!(
        !list.contains("1.000998") && !list.contains("1.000999"),
        "only current procedures are listed"
    );
    let decision = read(dir.path(), "quyet-dinh/200-qd-ubnd/index.html");
    assert!(
        decision.contains("Thủ tục hành chính được thay thế")
            && decision.contains("Thủ tục hành chính bị bãi bỏ")
    );
    let new = read(dir.path(), "thu-tuc/1.001193/index.html");
    assert!(
        new.contains("Thay thế thủ tục"),
        "the replacement names what it replaces"
    );
}

#[test]
fn procedure_list_uses_vietnamese_collation() {
    let dir = site("basic");
    assert_eq!(build(dir.path()).code, 0);
    let list = read(dir.path(), "thu-tuc/index.html");
    // Fields: "Chứng thực" before "Hộ tịch"; within Hộ tịch "Đăng ký giám hộ"
    // before "Đăng ký khai sinh"; byte order would put "Đ" after "Ủ".
    let pos = |s: &str| list.find(s).unwrap_or_else(|| panic!("{s} missing"));
    assert!(pos("Chứng thực") < pos("Hộ tịch"));
    assert!(pos("Đăng ký giám hộ") < pos("Đăng ký khai sinh"));
}

#[test]
fn aliases_redirect_and_feeds_list_articles() {
    let dir = site("basic");
    assert_eq!(build(dir.path()).code, 0);
    let alias = read(dir.path(), "tin-tuc/hoi-nghi-cu.html");
    assert!(alias.contains("url=/tin-tuc/hoi-nghi-cchc/"));
    let atom = read(dir.path(), "atom.xml");
    assert_eq!(atom.matches("<entry>").count(), 4);
    let sitemap = read(dir.path(), "sitemap.xml");
    assert!(sitemap.contains("<loc>https://thunghiem.example.gov.vn/thu-tuc/1.001193/</loc>"));
    assert!(!sitemap.contains("404.html"));
}

#[test]
fn two_builds_are_byte_identical() {
    let dir = site("basic");
    assert_eq!(build(dir.path()).code, 0);
    let first = snapshot(&dir.path().join("public"));
    assert_eq!(build(dir.path()).code, 0);
    let second = snapshot(&dir.path().join("public"));
    assert_eq!(first.len(), second.len());
    for (a, b) in first.iter().zip(&second) {
        assert_eq!(a.0, b.0);
        assert!(a.1 == b.1, "{} differs between builds", a.0.display());
    }
}

#[test]
fn portal_basics_favicon_previews_and_clean_metadata() {
    let dir = site("basic");
    assert_eq!(build(dir.path()).code, 0);
    let svg = read(dir.path(), "favicon.svg");
    assert!(
        svg.contains(">UX</text>"),
        "initials of UBND xã Thử Nghiệm: {svg}"
    );
    let article = read(dir.path(), "tin-tuc/nfd/index.html");
    for tag in [
        "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">",
        "<meta property=\"og:type\" content=\"article\">",
        "<meta property=\"og:url\" content=\"https://thunghiem.example.gov.vn/tin-tuc/nfd/\">",
        "<meta name=\"twitter:card\" content=\"summary\">",
    ] {
        assert!(article.contains(tag), "missing {tag}");
    }
    assert!(
        !article.contains("\"image\":null"),
        "JSON-LD without null values"
    );
    let not_found = read(dir.path(), "404.html");
    assert!(
        !not_found.contains("rel=\"canonical\""),
        "404 is not canonical"
    );
}

#[test]
fn search_is_reachable_from_every_page() {
    let dir = site("basic");
    assert_eq!(build(dir.path()).code, 0);
    let mut pages = 0;
    for (path, bytes) in snapshot(&dir.path().join("public")) {
        let html = String::from_utf8_lossy(&bytes);
        // Redirect pages of aliases only point on.
        if path.extension().is_none_or(|e| e != "html") || html.contains("http-equiv=\"refresh\"") {
            continue;
        }
        pages += 1;
        assert!(
            html.contains("href=\"/tim-kiem/\""),
            "{} has no way to search",
            path.display()
        );
    }
    assert!(pages > 20);
}

#[test]
fn a_date_without_a_time_shows_no_midnight() {
    let dir = site("basic");
    assert_eq!(build(dir.path()).code, 0);
    let page = read(dir.path(), "tin-tuc/nfd/index.html");
    assert!(page.contains(">Thứ Bảy, 01/11/2025</time>"), "{page}");
    assert!(!page.contains("01/11/2025 00:00"));
}

#[test]
fn sample_site_builds_cleanly() {
    let out = tempfile::tempdir().unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    let run = niemyet(&[
        "build",
        "--root",
        root,
        "--output",
        out.path().join("public").to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !run.stderr.contains("warning"),
        "the sample site should build without warnings:\n{}",
        run.stderr
    );
}

#[test]
fn posting_board_has_every_current_procedure_with_qr_and_feedback() {
    let dir = site("basic");
    assert_eq!(build(dir.path()).code, 0);
    let board = read(dir.path(), "niem-yet/ubnd-cap-xa/index.html");
    for ma in ["1.001193", "2.000001", "2.000002"] {
        assert!(
            board.contains(&format!("Mã {ma}")),
            "{ma} missing from the board"
        );
    }
    assert!(
        !board.contains("Mã 1.000999"),
        "replaced procedures are not posted"
    );
    assert_eq!(
        board.matches("<svg").count(),
        3,
        "one QR code per procedure"
    );
    assert_eq!(
        board
            .matches("Căn cứ pháp lý của thủ tục hành chính")
            .count(),
        3
    );
    assert!(board.contains("Địa chỉ tiếp nhận phản ánh, kiến nghị"));
    assert!(board.contains("kstthc@mau.example.gov.vn"));
    assert!(board.contains("Cập nhật ngày 15/07/2025"));
    assert!(
        board.contains("https://thunghiem.example.gov.vn/tep/mau/to-khai.docx"),
        "forms listed with their address"
    );
}

#[test]
fn statistics_are_computed_from_current_procedures() {
    let dir = site("basic");
    assert_eq!(build(dir.path()).code, 0);
    let stats = read(dir.path(), "thong-ke/index.html");
    assert!(
        stats.contains("<strong>1/3</strong> thủ tục trực tuyến toàn trình (33,33%)"),
        "share fully online"
    );
    assert!(
        stats.contains("<strong>2/3</strong> thủ tục có cung cấp dịch vụ công trực tuyến (66,67%)")
    );
    assert!(
        stats.contains("role=\"img\""),
        "charts have a text alternative"
    );
}

#[test]
fn open_data_exports_every_procedure() {
    let dir = site("basic");
    assert_eq!(build(dir.path()).code, 0);
    let json: serde_json::Value =
        serde_json::from_str(&read(dir.path(), "du-lieu/thu-tuc.json")).unwrap();
    let list = json["thu_tuc"].as_array().unwrap();
    assert_eq!(list.len(), 5);
    assert_eq!(json["so_thu_tuc_hien_hanh"], 3);
    let birth = list.iter().find(|p| p["ma"] == "1.001193").unwrap();
    assert_eq!(birth["ten"], "Đăng ký khai sinh");
    assert_eq!(birth["hien_hanh"], true);
    assert_eq!(birth["can_cu_phap_ly"][0]["so_ky_hieu"], "60/2014/QH13");
    let csv = std::fs::read(dir.path().join("public/du-lieu/thu-tuc.csv")).unwrap();
    assert!(
        csv.starts_with(b"\xEF\xBB\xBFma,ten,"),
        "CSV starts with a BOM and a header"
    );
    assert_eq!(String::from_utf8(csv).unwrap().lines().count(), 6);
}

/// `khong` stays a statement in the JSON; the schema, the CSVW metadata
/// and the workbook keep codes as text; /du-lieu/ describes every field.
#[test]
fn open_data_is_described_and_keeps_codes_as_text() {
    let dir = site("basic");
    assert_eq!(build(dir.path()).code, 0);
    let json: serde_json::Value =
        serde_json::from_str(&read(dir.path(), "du-lieu/thu-tuc.json")).unwrap();
    let list = json["thu_tuc"].as_array().unwrap();
    assert!(
        list.iter().any(|p| p["phi_le_phi"] == "khong"),
        "a fee stated as khong is written as khong, not null"
    );
    let schema: serde_json::Value =
        serde_json::from_str(&read(dir.path(), "du-lieu/thu-tuc.schema.json")).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let record = &schema["$defs"]["Record"]["properties"];
    assert_eq!(record["ma"]["type"], "string");
    let page = read(dir.path(), "du-lieu/index.html");
    for p in list {
        for key in p.as_object().unwrap().keys() {
            assert!(record.get(key).is_some(), "the schema has {key}");
            assert!(
                page.contains(&format!("<code>{key}</code>")),
                "/du-lieu/ describes {key}"
            );
        }
    }
    let csvw: serde_json::Value =
        serde_json::from_str(&read(dir.path(), "du-lieu/thu-tuc.csv-metadata.json")).unwrap();
    let columns = csvw["tableSchema"]["columns"].as_array().unwrap();
    assert_eq!(columns[0]["name"], "ma");
    assert_eq!(columns[0]["datatype"], "string");
    let csv = read(dir.path(), "du-lieu/thu-tuc.csv");
    let header: Vec<&str> = csv
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap()
        .split(',')
        .collect();
    let declared: Vec<&str> = columns
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(header, declared, "CSVW declares the CSV's columns in order");

    // The workbook: every cell a string (t="s"), the codes among the
    // shared strings exactly as written.
    let file = std::fs::File::open(dir.path().join("public/du-lieu/thu-tuc.xlsx")).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut part = |name: &str| {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
        text
    };
    let sheet = part("xl/worksheets/sheet1.xml");
    let strings = part("xl/sharedStrings.xml");
    assert!(strings.contains("<t>1.001193</t>"), "the code is text");
    let cells = sheet.matches("<c ").count();
    assert_eq!(cells, 13 * 6, "13 columns, a header and 5 procedures");
    assert_eq!(
        sheet.matches(" t=\"s\"").count(),
        cells,
        "every cell is text"
    );
    assert!(!sheet.contains("<f>"), "no formulas");
}

#[test]
fn relative_alias_is_taken_from_the_site_root() {
    let dir = site("basic");
    edit(
        dir.path(),
        "content/tin-tuc/2025-11-01-nfd.md",
        "date: 2025-11-01",
        "date: 2025-11-01\naliases: [\"tin-cu/duong.html\", \"/tin-cu/thu-muc\"]",
    );
    let run = build(dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(read(dir.path(), "tin-cu/duong.html").contains("url=/tin-tuc/nfd/"));
    assert!(read(dir.path(), "tin-cu/thu-muc/index.html").contains("url=/tin-tuc/nfd/"));
}

#[test]
fn hugo_section_files_are_not_articles() {
    let dir = site("basic");
    std::fs::write(
        dir.path().join("content/tin-tuc/_index.md"),
        "---\ntitle: \"Tin tức\"\n---\n",
    )
    .unwrap();
    let run = build(dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn stylesheets_and_scripts_are_named_by_their_content() {
    let dir = site("basic");
    let root = dir.path();
    assert_eq!(build(root).code, 0);
    let page = read(root, "index.html");
    let css = page
        .split("href=\"/")
        .filter_map(|s| s.split('"').next())
        .find(|s| s.ends_with(".css"))
        .expect("a stylesheet")
        .to_owned();
    // style.<10 hex digits>.css, published under that name only.
    let hash = css.trim_start_matches("style.").trim_end_matches(".css");
    assert!(
        hash.len() == 10 && hash.chars().all(|c| c.is_ascii_hexdigit()),
        "{css}"
    );
    assert!(root.join("public").join(&css).is_file());
    assert!(!root.join("public/style.css").exists());
    // A site's own stylesheet gets its own name; the pages follow.
    std::fs::create_dir_all(root.join("themes/rieng/static")).unwrap();
    std::fs::write(
        root.join("themes/rieng/static/style.css"),
        "body{color:#000}",
    )
    .unwrap();
    edit(
        root,
        "site.yaml",
        "news_per_page: 2",
        "news_per_page: 2\ntheme: rieng",
    );
    assert_eq!(build(root).code, 0);
    let page = read(root, "index.html");
    assert!(!page.contains(&css), "the old name is gone");
    assert!(page.contains("href=\"/style."), "{page}");
}

/// Puts `text` at `rel` among the templates of the site's own theme
/// "rieng", and has the site use that theme.
fn own_template(root: &std::path::Path, rel: &str, text: &str) {
    let path = root.join("themes/rieng/templates").join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    let config = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    if !config.contains("theme: rieng") {
        edit(
            root,
            "site.yaml",
            "news_per_page: 2",
            "news_per_page: 2\ntheme: rieng",
        );
    }
}

/// A site's own card partial is what every news list shows: rendered
/// once per article for all lists, still escaped, still told its heading
/// level; the home page includes it as before.
#[test]
fn a_sites_card_partial_shapes_every_news_list() {
    let dir = site("basic");
    let root = dir.path();
    own_template(
        root,
        "partials/news_item.html",
        "<p class=\"the-rieng\" data-hl=\"{{ hl | default(value=3) }}\">{{ item.title }}</p>",
    );
    assert_eq!(build(root).code, 0);
    let card = "<p class=\"the-rieng\" data-hl=\"2\">Hội nghị CCHC &lt;b&gt;quý III&lt;/b&gt; &amp; kế hoạch</p>";
    for list in [
        "chuyen-muc/cai-cach-hanh-chinh/index.html",
        "the/cchc/index.html",
        "luu-tru/2025/10/index.html",
        "luu-tru/2025/10/05/index.html",
    ] {
        let page = read(root, list);
        assert!(page.contains(card), "{list}: {page}");
        assert!(!page.contains("news-item"), "{list}: the built-in card");
    }
    let news: String = ["tin-tuc/index.html", "tin-tuc/trang/2/index.html"]
        .iter()
        .map(|p| read(root, p))
        .collect();
    assert_eq!(news.matches("class=\"the-rieng\" data-hl=\"2\"").count(), 4);
    assert!(read(root, "index.html").contains("class=\"the-rieng\" data-hl=\"3\""));
}

/// The parts of every page that do not depend on it (`partials/once/`,
/// rendered once per build) are the site's own when it has them, on
/// every kind of page. One that does not render (here it asks for the
/// page, which it cannot see) stops the build with its name, and the
/// published site stays as it was.
#[test]
fn once_partials_are_the_sites_own_and_a_broken_one_stops_the_build() {
    let dir = site("basic");
    let root = dir.path();
    own_template(
        root,
        "partials/once/footer.html",
        "<footer class=\"chan-rieng\">{{ site.organisation.address }} · {{ site.title }}</footer>\n",
    );
    assert_eq!(build(root).code, 0);
    for page in [
        "index.html",
        "tin-tuc/hoi-nghi-cchc/index.html",
        "thu-tuc/2.000001/index.html",
        "the/cchc/index.html",
        "404.html",
    ] {
        let html = read(root, page);
        assert!(
            html.contains("<footer class=\"chan-rieng\">Số 1 đường Chính, xã Thử Nghiệm · "),
            "{page}: {html}"
        );
        assert!(!html.contains("site-footer"), "{page}: the built-in footer");
        // The header's part is still the built-in one.
        assert!(html.contains("<span class=\"brand-name\">"), "{page}");
    }
    let published = read(root, "index.html");
    own_template(
        root,
        "partials/once/footer.html",
        "<footer>{{ page.title }}</footer>\n",
    );
    let run = build(root);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("partials/once/footer.html"),
        "{}",
        run.stderr
    );
    assert_eq!(read(root, "index.html"), published);
}

#[test]
fn articles_end_with_related_news_and_plain_share_links() {
    let dir = site("basic");
    let root = dir.path();
    assert_eq!(build(root).code, 0);
    let page = read(root, "tin-tuc/hoi-nghi-cchc/index.html");
    let related = page
        .split("<section class=\"related\"")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .expect("a related news section");
    let links = related.matches("<li>").count();
    assert!((1..=4).contains(&links), "{related}");
    assert!(
        !related.contains("/tin-tuc/hoi-nghi-cchc/\""),
        "links to itself: {related}"
    );
    // Sharing is plain links: no script from another site.
    assert!(page.contains("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2F"));
    assert!(!page.contains("<script src=\"http"), "a third-party script");
}

/// The procedure's JSON-LD states only what the content states: its
/// `areaServed` is the place `organisation.area` names (never an agency),
/// and without that key there is none.
#[test]
fn area_served_is_a_stated_place_or_absent() {
    let dir = site("basic");
    assert_eq!(build(dir.path()).code, 0);
    let ld = |root: &std::path::Path| {
        let html = read(root, "thu-tuc/2.000001/index.html");
        let start = html.find("\"@type\":\"GovernmentService\"").unwrap();
        let open = html[..start].rfind('{').unwrap();
        let end = open + html[open..].find("</script>").unwrap();
        serde_json::from_str::<serde_json::Value>(&html[open..end]).unwrap()
    };
    let before = ld(dir.path());
    assert!(before.get("areaServed").is_none(), "{before}");
    assert!(!before.to_string().contains("UBND tỉnh Mẫu"), "{before}");
    edit(
        dir.path(),
        "site.yaml",
        "  managing_agency: \"UBND tỉnh Mẫu\"\n",
        "  managing_agency: \"UBND tỉnh Mẫu\"\n  area: \"xã Thử Nghiệm, tỉnh Mẫu\"\n",
    );
    assert_eq!(build(dir.path()).code, 0);
    let after = ld(dir.path());
    assert_eq!(
        after["areaServed"],
        serde_json::json!({ "@type": "AdministrativeArea", "name": "xã Thử Nghiệm, tỉnh Mẫu" })
    );
}

/// Procedure pages say things the way a reader expects (issue 11, point
/// 10): the online element as a sentence with "Lý do:", a zero fee as
/// "Miễn …", a description that repeats the amount not repeated, the
/// channel table stating the time and fee instead of pointing elsewhere,
/// "do cấp xã thực hiện", and abbreviations explained on first use.
#[test]
fn procedure_wording_reads_naturally() {
    let dir = site("basic");
    edit(
        dir.path(),
        "content/thu-tuc/qd-100.yaml",
        "    phi_le_phi: [{ loai: le_phi, muc: 50000 }]",
        "    phi_le_phi: [{ loai: le_phi, muc: 0, mo_ta: \"Miễn lệ phí với người cao tuổi\" }, { loai: phi, muc: 8000, mo_ta: \"8.000 đồng/việc khi nộp trực tiếp tại UBND xã\" }]",
    );
    assert_eq!(build(dir.path()).code, 0);
    let p = read(dir.path(), "thu-tuc/2.000001/index.html");
    assert!(
        p.contains("Dịch vụ công trực tuyến một phần. Lý do: Phải ký trước mặt người thực hiện chứng thực.</p>"),
        "{p}"
    );
    assert!(
        !p.contains("Lý do chỉ thực hiện") && !p.contains(".."),
        "{p}"
    );
    assert!(p.contains("Miễn lệ phí với người cao tuổi"), "{p}");
    assert!(!p.contains("0 đồng ("), "{p}");
    assert!(p.contains("Phí: 8.000 đồng/việc khi nộp trực tiếp"), "{p}");
    assert!(!p.contains("8.000 đồng (8.000"), "{p}");
    assert!(!p.contains("Theo mục"), "{p}");
    assert!(
        p.contains("<td>Trong ngày</td>"),
        "the channel row states the time: {p}"
    );
    assert_eq!(
        p.matches("<abbr title=\"Ủy ban nhân dân\">UBND</abbr>")
            .count(),
        1,
        "{p}"
    );
    let list = read(dir.path(), "thu-tuc/cap/xa/index.html");
    assert!(
        list.contains("đang được công khai do cấp xã thực hiện."),
        "{list}"
    );
}
