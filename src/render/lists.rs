//! News lists: the news index, categories, tags and date archives, each
//! paginated under `trang/N/`.

use serde::Serialize;
use tera::Context;

use super::context::{Done, Page, Shared, finish, month_link};
use super::theme::ThemeError;
use super::views::{Counted, Link};
use crate::urls::{Route, paged};

#[derive(Clone)]
pub(super) enum List {
    News,
    Category(usize),
    Tag(usize),
    Month(usize),
    Day(usize, usize),
}

#[derive(Serialize)]
struct Pagination {
    current: usize,
    total: usize,
    prev: Option<String>,
    next: Option<String>,
    /// The first, last and nearby pages; `None` marks a gap ("…").
    pages: Vec<PageLink>,
}

#[derive(Serialize)]
struct PageLink {
    number: Option<usize>,
    url: Option<String>,
}

/// Page numbers to link from page `current` of `total`: the first, the
/// last and two either side, with gaps as `None`. Linking every page would
/// make pagination quadratic in the size of the site.
fn page_window(current: usize, total: usize) -> Vec<Option<usize>> {
    let mut pages: Vec<usize> = [1, total]
        .into_iter()
        .chain(current.saturating_sub(2).max(1)..=(current + 2).min(total))
        .collect();
    pages.sort_unstable();
    pages.dedup();
    let mut out = Vec::with_capacity(pages.len() * 2);
    for (k, &p) in pages.iter().enumerate() {
        if k > 0 && p > pages[k - 1] + 1 {
            out.push(None);
        }
        out.push(Some(p));
    }
    out
}

pub(super) fn pages_for(n: usize, per: usize) -> usize {
    n.div_ceil(per.max(1)).max(1)
}

pub(super) fn list_page(
    sh: &Shared,
    tera: &tera::Tera,
    list: &List,
    page: usize,
) -> Result<Done, ThemeError> {
    let tax = &sh.tax;
    let (heading, first_url, items, crumb): (String, String, &[usize], Option<Link>) = match list {
        List::News => ("Tin tức".into(), sh.urls.news(1), &[], None),
        List::Category(i) => {
            let g = &tax.categories[*i];
            (
                format!("Chuyên mục: {}", g.name),
                sh.urls.category(&g.name),
                &g.items,
                Some(Link {
                    name: "Chuyên mục".into(),
                    url: sh.urls.at(Route::Categories),
                }),
            )
        }
        List::Tag(i) => {
            let g = &tax.tags[*i];
            (
                format!("Thẻ: {}", g.name),
                sh.urls.tag(&g.name),
                &g.items,
                Some(Link {
                    name: "Thẻ".into(),
                    url: sh.urls.at(Route::Tags),
                }),
            )
        }
        List::Month(i) => {
            let m = &tax.months[*i];
            (
                format!("Tin bài tháng {:02}/{}", m.month, m.year),
                sh.urls.month(m.year, m.month),
                &m.items,
                Some(Link {
                    name: "Lưu trữ".into(),
                    url: sh.urls.at(Route::Archive),
                }),
            )
        }
        List::Day(i, d) => {
            let m = &tax.months[*i];
            let (day, items) = &m.days[*d];
            let crumb = Link {
                name: format!("Tháng {:02}/{}", m.month, m.year),
                url: sh.urls.month(m.year, m.month),
            };
            (
                format!("Tin bài ngày {:02}/{:02}/{}", day, m.month, m.year),
                sh.urls.day(m.year, m.month, *day),
                items,
                Some(crumb),
            )
        }
    };
    let all: Vec<usize>;
    let items = if matches!(list, List::News) {
        all = (0..sh.site.articles.len()).collect();
        &all[..]
    } else {
        items
    };
    let per = sh.site.config.news_per_page.max(1);
    let total = pages_for(items.len(), per);
    let slice = items.iter().skip((page - 1) * per).take(per);
    let cards = slice
        .map(|&i| sh.list_card(tera, i))
        .collect::<Result<Vec<_>, _>>()?;
    let pagination = Pagination {
        current: page,
        total,
        prev: (page > 1).then(|| paged(first_url.clone(), page - 1)),
        next: (page < total).then(|| paged(first_url.clone(), page + 1)),
        pages: page_window(page, total)
            .into_iter()
            .map(|p| PageLink {
                number: p,
                url: p.map(|n| paged(first_url.clone(), n)),
            })
            .collect(),
    };
    // Days with news in this month, for "Tìm theo ngày".
    let days = match list {
        List::Month(i) | List::Day(i, _) => sh.month_days[*i]
            .get_or_init(|| {
                let m = &tax.months[*i];
                let days: Vec<Counted> = m
                    .days
                    .iter()
                    .rev()
                    .map(|(day, v)| {
                        Counted::new(
                            format!("{day:02}/{:02}/{}", m.month, m.year),
                            sh.urls.day(m.year, m.month, *day),
                            v.len(),
                        )
                    })
                    .collect();
                tera::Value::from_serializable(&days)
            })
            .clone(),
        _ => tera::Value::from(Vec::<tera::Value>::new()),
    };
    let months = sh
        .months
        .get_or_init(|| {
            let months: Vec<Counted> = tax
                .months
                .iter()
                .take(12)
                .map(|m| month_link(sh, m))
                .collect();
            tera::Value::from_serializable(&months)
        })
        .clone();
    let mut ctx = Context::new();
    let title = if page > 1 {
        format!("{heading} – Trang {page}")
    } else {
        heading.clone()
    };
    ctx.insert("heading", &heading);
    ctx.insert_value("items", cards.into());
    ctx.insert("pagination", &pagination);
    ctx.insert_value("days", days);
    ctx.insert_value("months", months);
    let mut meta = sh.meta(title, paged(first_url, page));
    meta.dc_type = "Collection";
    meta.breadcrumbs = crumb.into_iter().collect();
    finish(tera, ctx, Page::listed("news_list.html", meta))
}

#[cfg(test)]
mod tests {
    use super::page_window;

    #[test]
    fn pagination_links_a_window() {
        assert_eq!(page_window(1, 1), vec![Some(1)]);
        assert_eq!(page_window(1, 3), vec![Some(1), Some(2), Some(3)]);
        assert_eq!(
            page_window(50, 100),
            vec![
                Some(1),
                None,
                Some(48),
                Some(49),
                Some(50),
                Some(51),
                Some(52),
                None,
                Some(100)
            ]
        );
        assert_eq!(
            page_window(2, 100),
            vec![Some(1), Some(2), Some(3), Some(4), None, Some(100)]
        );
    }
}
