//! One insta snapshot per corpus article: the full JSON record.
//! Review changes with `cargo insta review`.

use tieup::{Article, Extractor, Rules};

#[test]
fn corpus_records() {
    let extractor = Extractor::new(Rules::default_rules().expect("default rules"));
    insta::glob!("../corpus", "*.txt", |path| {
        let bytes = std::fs::read(path).unwrap();
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        let shown = format!("corpus/{}", path.file_name().unwrap().to_string_lossy());
        let article = Article::from_bytes(id, shown, &bytes).unwrap();
        let record = extractor.extract(&article);
        insta::assert_json_snapshot!(record);
    });
}
