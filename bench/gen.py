#!/usr/bin/env python3
"""Generate a niemyet site and an equivalent Hugo site for benchmarks.

    python3 bench/gen.py OUT_DIR --articles 10000 --procedures 2000 [--seed 1]

Writes OUT_DIR/niemyet (site.yaml + content/) and OUT_DIR/hugo (config.toml,
content/, layouts/). Articles are ~730 words of Vietnamese text with
headings, a list, a table, 4 tags and a category; procedures follow
DESIGN §2.4, 100 per catalog. Deterministic for a given seed.
"""
import argparse
import os
import random

PHRASES = [
    "cải cách hành chính", "thủ tục hành chính", "dịch vụ công trực tuyến", "bộ phận một cửa",
    "chuyển đổi số", "người dân và doanh nghiệp", "hồ sơ giải quyết đúng hạn", "cơ sở dữ liệu hộ tịch",
    "Ủy ban nhân dân tỉnh", "chính quyền địa phương hai cấp", "đề án 06", "định danh điện tử",
    "kiểm soát thủ tục hành chính", "chỉ số hài lòng", "trung tâm phục vụ hành chính công",
    "cắt giảm thời gian giải quyết", "số hóa hồ sơ", "thanh toán trực tuyến", "lý lịch tư pháp",
    "đăng ký khai sinh", "chứng thực bản sao", "hòa giải ở cơ sở", "trợ giúp pháp lý",
]
WORDS = ("tăng cường triển khai thực hiện hiệu quả nâng cao chất lượng phục vụ nhân dân đồng thời "
         "kết quả đạt được trong năm qua tiếp tục đẩy mạnh công tác phối hợp giữa các sở ngành "
         "địa phương bảo đảm công khai minh bạch rút ngắn thời gian giảm chi phí tuân thủ "
         "cán bộ công chức viên chức thái độ trách nhiệm hướng dẫn tận tình kịp thời").split()
TAGS = ["CCHC", "một cửa", "dịch vụ công", "chuyển đổi số", "hộ tịch", "chứng thực", "PCI", "PAR Index",
        "Đề án 06", "VNeID", "lý lịch tư pháp", "hòa giải", "trợ giúp pháp lý", "TTHC", "số hóa",
        "thanh toán trực tuyến", "SIPAS", "kiểm soát TTHC", "phản ánh kiến nghị", "công chứng"]
CATEGORIES = ["Cải cách hành chính", "Chuyển đổi số", "Hoạt động của Sở", "Phổ biến giáo dục pháp luật", "Thông báo"]
FIELDS = ["Hộ tịch", "Chứng thực", "Lý lịch tư pháp", "Luật sư", "Công chứng", "Trợ giúp pháp lý",
          "Quốc tịch", "Hòa giải ở cơ sở", "Bồi thường nhà nước", "Giám định tư pháp", "Đấu giá tài sản",
          "Trọng tài thương mại", "Quản tài viên", "Thừa phát lại", "Nuôi con nuôi"]
AGENCIES = ["Sở Tư pháp", "UBND cấp xã", "Trung tâm Phục vụ hành chính công tỉnh", "Sở Nội vụ", "Sở Tài chính"]


def sentence(rng):
    n = rng.randint(12, 22)
    words = [rng.choice(WORDS) for _ in range(n)]
    words.insert(rng.randint(0, n), rng.choice(PHRASES))
    s = " ".join(words)
    return s[0].upper() + s[1:] + "."


def paragraph(rng, n=4):
    return " ".join(sentence(rng) for _ in range(n))


def body(rng, i):
    parts = [paragraph(rng), "", "## Kết quả nổi bật", "", paragraph(rng), ""]
    parts += [f"- {sentence(rng)}" for _ in range(4)] + [""]
    parts += ["| Chỉ tiêu | Kế hoạch | Thực hiện |", "|---|--:|--:|"]
    parts += [f"| {rng.choice(PHRASES).capitalize()} | {rng.randint(100, 2000)} | {rng.randint(100, 2000)} |" for _ in range(4)]
    parts += ["", "## Nhiệm vụ thời gian tới", "", paragraph(rng), "", paragraph(rng), "", paragraph(rng, 3), ""]
    return "\n".join(parts)


def article_meta(rng, i):
    year = 2016 + (i * 10 // max(1, ARGS.articles))
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    hour, minute = rng.randint(7, 21), rng.randint(0, 59)
    date = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00+07:00"
    title = f"{rng.choice(PHRASES).capitalize()}: {rng.choice(PHRASES)} tại {rng.choice(AGENCIES)} (số {i})"
    tags = rng.sample(TAGS, 4)
    return year, date, title, tags, rng.choice(CATEGORIES)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def procedure(rng, n):
    ma = f"{1 + n % 3}.{100000 + n:06d}"
    field = FIELDS[n % len(FIELDS)]
    level = rng.choice(["tinh", "xa"])
    online = rng.choice(["toan_trinh", "mot_phan", "khong"])
    days = rng.randint(1, 15)
    lines = [
        f"  - ma: {q(ma)}",
        f"    ten: {q('Thủ tục ' + rng.choice(PHRASES) + ' ' + str(n))}",
        f"    linh_vuc: {q(field)}",
        f"    cap_thuc_hien: [{level}]",
        f"    doi_tuong: [\"Công dân Việt Nam\", \"Tổ chức\"]",
        f"    co_quan_thuc_hien: {q(rng.choice(AGENCIES))}",
        "    trinh_tu:",
    ] + [f"      - {q('Bước ' + str(k) + ': ' + sentence(rng))}" for k in range(1, 4)] + [
        "    cach_thuc:",
        "      - hinh_thuc: truc_tiep",
        "      - hinh_thuc: truc_tuyen",
        "        phi_le_phi: \"Giảm 50% lệ phí\"",
        f"    thoi_han: {{ so: {days}, don_vi: ngay_lam_viec, ghi_chu: \"kể từ ngày nhận đủ hồ sơ hợp lệ\" }}",
        f"    thoi_han_luat_dinh: {{ so: {days + rng.randint(0, 5)}, don_vi: ngay_lam_viec }}",
        "    thanh_phan_ho_so:",
        "      - giay_to:",
        "          - { ten: \"Tờ khai theo mẫu\", ban_chinh: 1 }",
        "          - { ten: \"Giấy tờ tùy thân\", ban_sao: 1 }",
        "    so_luong_ho_so: \"01 bộ\"",
        f"    ket_qua: [{q('Kết quả ' + rng.choice(PHRASES))}]",
        "    phi_le_phi:",
        f"      - {{ loai: le_phi, muc: {rng.randint(1, 20) * 5000} }}",
        "    mau_don: khong",
        "    yeu_cau_dieu_kien: khong",
        "    can_cu_phap_ly:",
        "      - { so_ky_hieu: \"60/2014/QH13\", trich_yeu: \"Luật Hộ tịch\" }",
        f"    dich_vu_cong_truc_tuyen: {online}",
    ]
    if online == "mot_phan":
        lines.append("    ly_do_mot_phan: \"Phải xuất trình bản chính giấy tờ\"")
    lines.append(f"    tu_khoa: [{q(rng.choice(PHRASES))}]")
    return ma, field, "\n".join(lines)


SITE_YAML = """title: "Cổng thông tin điện tử thử nghiệm hiệu năng"
base_url: "https://bench.example.gov.vn"
organisation:
  name: "Sở Tư pháp tỉnh Thử Nghiệm"
  managing_agency: "UBND tỉnh Thử Nghiệm"
  responsible: "Giám đốc Sở"
  address: "Số 1 đường Chính"
  phone: "0229.3000.000"
  email: "stp@example.gov.vn"
feedback:
  agency: "Văn phòng UBND tỉnh"
  address: "Số 2 đường Chính"
  postal_address: "Số 2 đường Chính"
  phone: "0229.3111.111"
  email: "kstthc@example.gov.vn"
  website: "https://dichvucong.example.gov.vn"
news_per_page: 20
"""

HUGO_CONFIG = """baseURL = "https://bench.example.gov.vn/"
languageCode = "vi"
title = "Cổng thông tin điện tử thử nghiệm hiệu năng"
disableKinds = ["RSS"]
paginate = 20
[taxonomies]
  tag = "tags"
  category = "categories"
[markup.goldmark.renderer]
  unsafe = false
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><header>{{ .Site.Title }}</header><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n",
    "_default/single.html": "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format \"02/01/2006 15:04\" }}</time>{{ .Content }}<p>{{ range .Params.tags }}<a href=\"{{ \"/tags/\" | relURL }}{{ . | urlize }}/\">{{ . }}</a> {{ end }}</p></article>{{ end }}\n",
    "_default/list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<article><h2><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></h2><p>{{ .Summary }}</p></article>{{ end }}{{ template \"_internal/pagination.html\" . }}{{ end }}\n",
    "_default/terms.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href=\"{{ .Page.RelPermalink }}\">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}\n",
    "index.html": "{{ define \"main\" }}<h1>{{ .Site.Title }}</h1>{{ range first 6 (where .Site.RegularPages \"Section\" \"posts\") }}<h2><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></h2>{{ end }}{{ end }}\n",
    "thu-tuc/single.html": "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><p>Mã {{ .Params.ma }} · {{ .Params.linh_vuc }}</p>{{ .Content }}</article>{{ end }}\n",
}


def main():
    global ARGS
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--procedures", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-hugo", action="store_true")
    ARGS = ap.parse_args()
    rng = random.Random(ARGS.seed)
    nm, hg = os.path.join(ARGS.out, "niemyet"), os.path.join(ARGS.out, "hugo")
    write(os.path.join(nm, "site.yaml"), SITE_YAML)
    if not ARGS.no_hugo:
        write(os.path.join(hg, "config.toml"), HUGO_CONFIG)
        for rel, text in HUGO_LAYOUTS.items():
            write(os.path.join(hg, "layouts", rel), text)
    for i in range(ARGS.articles):
        year, date, title, tags, cat = article_meta(rng, i)
        text = body(rng, i)
        tag_list = ", ".join(q(t) for t in tags)
        write(os.path.join(nm, "content", "tin-tuc", str(year), f"bai-{i:06d}.md"),
              f"---\ntitle: {q(title)}\ndate: {date}\ncategory: {q(cat)}\ntags: [{tag_list}]\n---\n{text}")
        if not ARGS.no_hugo:
            write(os.path.join(hg, "content", "posts", str(year), f"bai-{i:06d}.md"),
                  f"---\ntitle: {q(title)}\ndate: {date}\ncategories: [{q(cat)}]\ntags: [{tag_list}]\n---\n{text}")
    per_file = 100
    for f in range((ARGS.procedures + per_file - 1) // per_file):
        items = []
        for n in range(f * per_file, min(ARGS.procedures, (f + 1) * per_file)):
            ma, field, yaml_item = procedure(rng, n)
            items.append(yaml_item)
            if not ARGS.no_hugo:
                write(os.path.join(hg, "content", "thu-tuc", f"{ma}.md"),
                      f"---\ntitle: \"Thủ tục {n}\"\nma: \"{ma}\"\nlinh_vuc: {q(field)}\n---\n"
                      + "\n".join(f"## {h}\n\n{sentence(rng)}\n" for h in ["Trình tự thực hiện", "Cách thức thực hiện", "Thành phần hồ sơ", "Thời hạn giải quyết", "Căn cứ pháp lý"]))
        header = (f"quyet_dinh_cong_bo:\n  so: \"{1000 + f}/QĐ-UBND\"\n  ngay: 2025-{1 + f % 12:02d}-15\n"
                  f"  co_quan_ban_hanh: \"UBND tỉnh Thử Nghiệm\"\nthu_tuc:\n")
        write(os.path.join(nm, "content", "thu-tuc", f"qd-{1000 + f}.yaml"), header + "\n".join(items) + "\n")


if __name__ == "__main__":
    main()
