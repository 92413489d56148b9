use super::*;
use crate::Rules;

fn keyer() -> CompanyKeyer {
    CompanyKeyer::new(&Rules::default_rules().unwrap())
}

const TEXT: &str = "Zorvex Corp is in talks with Quillon Inc. Said Mara Venn, chief of Zorvex.";

fn record(path: &str, bytes: usize) -> String {
    serde_json::json!({
        "doc": {"id": "a1", "path": path, "title": "Zorvex </script> talks", "bytes": bytes},
        "entities": [
            {"id": "c1", "type": "company", "name": "Zorvex Corp", "mentions": [
                {"text": "Zorvex Corp", "start": 0, "end": 11, "rule": "x"},
                {"text": "Zorvex", "start": 67, "end": 73, "rule": "x"},
                {"text": "Wrong", "start": 12, "end": 17, "rule": "x"}]},
            {"id": "c2", "type": "company", "name": "Quillon Inc", "mentions": [
                {"text": "Quillon Inc", "start": 29, "end": 40, "rule": "x"}]},
            {"id": "p1", "type": "person", "name": "Mara Venn", "mentions": [
                {"text": "Mara Venn", "start": 47, "end": 56, "rule": "x"}]}],
        "events": [{"type": "partnership", "status": "talks", "parties": ["Quillon Inc", "Zorvex Corp"],
            "evidence": [{"start": 0, "end": 41, "text": &TEXT[..41], "trigger": "In talks", "rule": "t"}]}],
        "diagnostics": [{"level": "warning", "code": "invalid-utf8", "message": "m"}]
    })
    .to_string()
}

#[test]
fn segments_cover_the_text_and_skip_bad_spans() {
    let rec: crate::Record = serde_json::from_str(&record("", TEXT.len())).unwrap();
    let (segs, skipped) = segments(TEXT, &rec);
    assert_eq!(skipped, 1, "the mention 'Wrong' does not slice the text");
    let joined: String = segs.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(joined, TEXT);
    let marked: Vec<(&str, &str, &str)> = segs
        .iter()
        .filter(|s| !s.1.is_empty())
        .map(|s| (s.0.as_str(), s.1.as_str(), s.2.as_str()))
        .collect();
    assert_eq!(
        marked,
        [
            ("Zorvex Corp", "company", "ORG"),
            ("in talks", "trigger", "partner talks"),
            ("Quillon Inc", "company", "ORG"),
            ("Mara Venn", "person", "PER"),
            ("Zorvex", "company", "ORG"),
        ]
    );
}

#[test]
fn report_counts_reads_text_and_embeds_json_safely() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a1.txt"), format!("\u{feff}{TEXT}")).unwrap();
    let mut b = ReportBuilder::new(keyer(), Limits::default(), Some(dir.path().into()));
    b.add_line(&record("elsewhere/a1.txt", TEXT.len())).unwrap();
    let r = b.finish();
    assert_eq!((r.summary.articles, r.summary.events), (1, 1));
    assert_eq!((r.summary.companies, r.summary.people), (2, 1));
    assert_eq!(r.summary.by_type["partnership"]["talks"], 1);
    assert_eq!(r.summary.diagnostics["warning/invalid-utf8"], 1);
    assert_eq!(r.events[0][4], "a1");
    assert_eq!(r.events[0][6], "in talks");
    assert_eq!(r.edges.len(), 1);
    assert_eq!(
        r.articles[0].note,
        "1 spans did not match the text: not shown"
    );
    let mut html = Vec::new();
    r.write_html(&mut html).unwrap();
    let html = String::from_utf8(html).unwrap();
    assert_eq!(
        html.matches("</script>").count(),
        3,
        "only the three closing tags"
    );
    let start = html.find("id=\"report-data\">").unwrap() + 17;
    let end = start + html[start..].find("</script>").unwrap();
    let v: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap();
    assert_eq!(v["articles"][0]["title"], "Zorvex </script> talks");
}

#[test]
fn limits_cut_and_prefer_articles_with_events() {
    let limits = Limits {
        max_articles: 1,
        max_events: 0,
        max_edges: 0,
        top: 1,
    };
    let mut b = ReportBuilder::new(keyer(), limits, None);
    let empty = r#"{"doc":{"id":"e","path":"","title":"","bytes":0},"entities":[],"events":[],"diagnostics":[]}"#;
    b.add_line(empty).unwrap();
    b.add_line(&record("missing/a1.txt", TEXT.len())).unwrap();
    let r = b.finish();
    assert_eq!(r.articles.len(), 1);
    assert_eq!(r.articles[0].id, "a1");
    assert!(
        r.articles[0].note.starts_with("text not found"),
        "{}",
        r.articles[0].note
    );
    assert!(r.events.is_empty() && r.edges.is_empty());
    assert_eq!((r.meta.total_edges, r.summary.events), (1, 1));
}

#[test]
fn a_changed_text_is_shown_without_highlights() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a1.txt");
    std::fs::write(&path, "changed").unwrap();
    let mut b = ReportBuilder::new(keyer(), Limits::default(), None);
    b.add_line(&record(path.to_str().unwrap(), TEXT.len()))
        .unwrap();
    let r = b.finish();
    assert!(r.articles[0].note.contains("shown without highlights"));
    assert_eq!(r.articles[0].segments, [Segment::plain("changed")]);
}
