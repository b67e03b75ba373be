//! A missing picture never reaches the live site: from the body or the
//! front matter, it fails `build` (and `serve`) at the article's line.
//! `tep/…` means `content/tep/…` everywhere; an article in its own folder
//! shows its own files by name.

mod common;

use common::*;

fn article(root: &std::path::Path, rel: &str, text: &str) {
    let path = root.join("content/tin-tuc").join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Builds `root`, expecting exit 1 with `message` among the diagnostics.
fn fails_with(root: &std::path::Path, message: &str) -> Run {
    let run = build(root);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains(message), "{}", run.stderr);
    run
}

#[test]
fn a_missing_image_in_the_body_fails_the_build_at_its_line() {
    let dir = site("basic");
    let root = dir.path();
    article(
        root,
        "2025-11-05-anh.md",
        "---\ntitle: \"Ảnh\"\ndate: 2025-11-05\n---\nĐoạn một.\n\nẢnh: ![Hội nghị](tep/anh/khong-co.jpg)\n",
    );
    fails_with(
        root,
        "content/tin-tuc/2025-11-05-anh.md:7:6: image `tep/anh/khong-co.jpg` does not exist",
    );
    assert!(!root.join("public").exists(), "nothing published");
}

#[test]
fn a_missing_front_matter_image_is_an_error_too() {
    let dir = site("basic");
    let root = dir.path();
    article(
        root,
        "2025-11-05-anh.md",
        "---\ntitle: \"Ảnh\"\ndate: 2025-11-05\nimage: \"tep/anh/khong-co.jpg\"\nimage_alt: \"Hội nghị\"\n---\nx\n",
    );
    let run = build(root);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("2025-11-05-anh.md:4:8: image file `tep/anh/khong-co.jpg` does not exist"),
        "{}",
        run.stderr
    );
}

#[test]
fn tep_paths_and_bundle_files_resolve_one_documented_way() {
    let dir = site("basic");
    let root = dir.path();
    std::fs::create_dir_all(root.join("content/tep/anh")).unwrap();
    std::fs::write(root.join("content/tep/anh/hoi-nghi.jpg"), "jpg").unwrap();
    article(
        root,
        "2025-11-05-anh.md",
        "---\ntitle: \"Ảnh\"\ndate: 2025-11-05\n---\n![a](tep/anh/hoi-nghi.jpg) ![b](/tep/anh/hoi-nghi.jpg) [tải](tep/anh/hoi-nghi.jpg)\n",
    );
    article(
        root,
        "bai-co-anh/index.md",
        "---\ntitle: \"Bài có ảnh\"\ndate: 2025-11-06\n---\n![c](anh.jpg)\n",
    );
    std::fs::write(root.join("content/tin-tuc/bai-co-anh/anh.jpg"), "jpg").unwrap();
    let run = build(root);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = read(root, "tin-tuc/anh/index.html");
    assert_eq!(
        page.matches("src=\"/tep/anh/hoi-nghi.jpg\"").count(),
        2,
        "{page}"
    );
    assert!(page.contains("href=\"/tep/anh/hoi-nghi.jpg\""));
    assert!(read(root, "tin-tuc/bai-co-anh/index.html").contains("src=\"anh.jpg\""));
    assert!(root.join("public/tin-tuc/bai-co-anh/anh.jpg").is_file());
}

#[test]
fn a_missing_linked_file_fails_the_build_at_its_line() {
    let dir = site("basic");
    let root = dir.path();
    article(
        root,
        "2025-11-05-tep.md",
        "---\ntitle: \"Tệp\"\ndate: 2025-11-05\n---\nTải [mẫu tờ khai](tep/mau/to-khai.docx) và [kế hoạch](/tep/ke-hoach-2026.pdf).\n",
    );
    let run = fails_with(
        root,
        "content/tin-tuc/2025-11-05-tep.md:5:44: the linked file `/tep/ke-hoach-2026.pdf` does not exist",
    );
    // The form that exists is not reported.
    assert!(
        !run.stderr.contains("to-khai.docx` does not"),
        "{}",
        run.stderr
    );
    assert!(!root.join("public").exists(), "nothing published");
}

#[test]
fn an_internal_link_that_leads_nowhere_fails_the_build_and_keeps_the_old_site() {
    let dir = site("basic");
    let root = dir.path();
    assert_eq!(build(root).code, 0);
    let before = snapshot(&root.join("public"));
    article(
        root,
        "2025-11-05-lien-ket.md",
        "---\ntitle: \"Liên kết\"\ndate: 2025-11-05\n---\nXem [thủ tục](/thu-tuc/9.999999/) và [mục lục](/thu-tuc/#khong-co).\n",
    );
    let run = fails_with(
        root,
        "content/tin-tuc/2025-11-05-lien-ket.md:5:15: link to `/thu-tuc/9.999999/` leads nowhere",
    );
    assert!(
        run.stderr.contains("the page has no anchor `#khong-co`"),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(&root.join("public")), before, "the old site stays");
}

#[test]
fn files_named_in_vietnamese_are_found_however_the_link_is_written() {
    let dir = site("basic");
    let root = dir.path();
    std::fs::create_dir_all(root.join("content/tep/anh")).unwrap();
    std::fs::write(root.join("content/tep/anh/hội-nghị.jpg"), b"\xff\xd8\xff").unwrap();
    std::fs::write(root.join("content/tep/Mẫu số 35.docx"), b"PK").unwrap();
    article(
        root,
        "2025-11-05-tieng-viet.md",
        "---\ntitle: \"Tệp\"\ndate: 2025-11-05\n---\n![Hội nghị](tep/anh/hội-nghị.jpg)\n\nTải [mẫu 35](<tep/Mẫu số 35.docx>) hoặc [bản này](tep/M%E1%BA%ABu%20s%E1%BB%91%2035.docx).\n",
    );
    let run = build(root);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Linked, so not reported as a file nobody links to.
    assert!(!run.stderr.contains("Mẫu số 35.docx"), "{}", run.stderr);
    // A missing one is blamed on the article's line, never a generated page.
    article(
        root,
        "2025-11-05-tieng-viet.md",
        "---\ntitle: \"Tệp\"\ndate: 2025-11-05\n---\nTải [mẫu 36](<tep/Mẫu số 36.docx>).\n",
    );
    let run = build(root);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/tin-tuc/2025-11-05-tieng-viet.md:5:5:"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("public/"), "{}", run.stderr);
}

/// The header of an 800 × 450 PNG: all a build reads of an image.
fn png_800x450() -> Vec<u8> {
    let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    b.extend(800u32.to_be_bytes());
    b.extend(450u32.to_be_bytes());
    b.extend([8, 2, 0, 0, 0, 0, 0, 0, 0]);
    b
}

/// Pictures keep their place while they load: width and height come from
/// the file, in the body, the article's lead image and the news list.
#[test]
fn images_carry_the_size_read_from_the_file() {
    let dir = site("basic");
    let root = dir.path();
    std::fs::create_dir_all(root.join("content/tep/anh")).unwrap();
    std::fs::write(root.join("content/tep/anh/hoi-nghi.png"), png_800x450()).unwrap();
    article(
        root,
        "2025-11-06-anh/index.md",
        "---\ntitle: \"Hội nghị\"\ndate: 2025-11-06\nimage: tep/anh/hoi-nghi.png\nimage_alt: \"Quang cảnh hội nghị\"\n---\nĐoạn một.\n\n![Đại biểu dự hội nghị](tep/anh/hoi-nghi.png)\n\n![Ảnh riêng](rieng.png)\n",
    );
    std::fs::write(
        root.join("content/tin-tuc/2025-11-06-anh/rieng.png"),
        png_800x450(),
    )
    .unwrap();
    let run = build(root);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = read(root, "tin-tuc/anh/index.html");
    assert!(
        page.contains(r#"<img src="/tep/anh/hoi-nghi.png" alt="Quang cảnh hội nghị" width="800" height="450">"#),
        "lead image: {page}"
    );
    assert!(
        page.contains(r#"<img src="/tep/anh/hoi-nghi.png" alt="Đại biểu dự hội nghị" width="800" height="450" loading="lazy">"#),
        "body image: {page}"
    );
    assert!(
        page.contains(
            r#"<img src="rieng.png" alt="Ảnh riêng" width="800" height="450" loading="lazy">"#
        ),
        "bundle image: {page}"
    );
    let list = read(root, "tin-tuc/index.html");
    assert!(
        list.contains(r#"alt="Quang cảnh hội nghị" loading="lazy" width="800" height="450">"#),
        "news card: {list}"
    );
}

/// A picture that is a symlink out of the site is not the site's: the
/// build refuses it as missing and reads nothing from the file.
#[cfg(unix)]
#[test]
fn an_image_linked_out_of_the_site_is_missing() {
    let dir = site("basic");
    let root = dir.path();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("bi-mat.png"), png_800x450()).unwrap();
    article(
        root,
        "2025-11-07-ngoai/index.md",
        "---\ntitle: \"Ngoài\"\ndate: 2025-11-07\n---\nĐoạn một.\n\n![Ảnh](ngoai.png)\n",
    );
    std::os::unix::fs::symlink(
        outside.path().join("bi-mat.png"),
        root.join("content/tin-tuc/2025-11-07-ngoai/ngoai.png"),
    )
    .unwrap();
    let run = build(root);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("image `ngoai.png` does not exist"),
        "{}",
        run.stderr
    );
}

/// The same for an article's lead picture (front matter `image`): refused
/// at its line, never shown broken.
#[cfg(unix)]
#[test]
fn a_lead_image_linked_out_of_the_site_is_missing() {
    let dir = site("basic");
    let root = dir.path();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("bi-mat.png"), png_800x450()).unwrap();
    std::fs::create_dir_all(root.join("content/tep/anh")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("bi-mat.png"),
        root.join("content/tep/anh/ngoai.png"),
    )
    .unwrap();
    article(
        root,
        "2025-11-07-ngoai.md",
        "---\ntitle: \"Ngoài\"\ndate: 2025-11-07\nimage: tep/anh/ngoai.png\nimage_alt: \"Ảnh\"\n---\nĐoạn một.\n",
    );
    fails_with(
        root,
        "error: content/tin-tuc/2025-11-07-ngoai.md:4:8: image file `tep/anh/ngoai.png` does not exist",
    );
}
